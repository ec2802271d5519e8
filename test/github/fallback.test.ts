import { describe, expect, it } from 'vitest';
import { emitFallbackAnnotations } from '../../src/github/fallback.js';
import type { CommandProps } from '../../src/github/fallback.js';
import type { Annotation, AnnotationLevel } from '../../src/report/annotations.js';

function sink() {
  const calls: { type: string; message: string; props: CommandProps }[] = [];
  const rec = (type: string) => (message: string, props: CommandProps) => { calls.push({ type, message, props }); };
  return { calls, sink: { error: rec('error'), warning: rec('warning'), notice: rec('notice') } };
}
const ann = (level: AnnotationLevel, i: number, extra: Partial<Annotation> = {}): Annotation => ({
  file: `f${i}.yml`, line: i + 1, endLine: null, column: 2, level, severity: level === 'failure' ? 'critical' : 'medium', check: 'c', title: `t${i}`, message: `m${i}`, ...extra,
});

describe('emitFallbackAnnotations', () => {
  it('emits at most 10 per level, most severe first, then one notice counting the rest', () => {
    const { calls, sink: s } = sink();
    const list = [...Array.from({ length: 15 }, (_, i) => ann('failure', i)), ...Array.from({ length: 3 }, (_, i) => ann('warning', 20 + i)), ...Array.from({ length: 12 }, (_, i) => ann('notice', 40 + i))];
    const omitted = emitFallbackAnnotations(list, s);
    expect(calls.filter((c) => c.type === 'error')).toHaveLength(10);
    expect(calls.filter((c) => c.type === 'warning')).toHaveLength(3);
    // 9 notices plus the closing one: GitHub shows 10 notices per step.
    expect(calls.filter((c) => c.type === 'notice')).toHaveLength(10);
    expect(omitted).toBe(5 + 3);
    expect(calls.at(-1)!.message).toMatch(/^8 more findings are not annotated/);
    expect(calls[0]).toMatchObject({ type: 'error', message: 'm0', props: { file: 'f0.yml', startLine: 1, startColumn: 2 } });
  });
  it('a name with a \\ is annotated under its own name; a file that is no repository path is named in the message (QA30 paths D5)', () => {
    const { calls, sink: s } = sink();
    emitFallbackAnnotations([ann('failure', 0, { file: '\\back/Dockerfile' }), ann('failure', 1, { file: '../outside/Dockerfile' })], s, { workspace: '/ws/repo' });
    if (process.platform !== 'win32') expect(calls[0]).toMatchObject({ message: 'm0', props: { file: '\\back/Dockerfile', startLine: 1 } });
    expect(calls[1]!.message).toBe('../outside/Dockerfile: m1');
    expect(calls[1]!.props.file).toBeUndefined();
  });
  it('says where the rest are listed, as the caller knows it', () => {
    const { calls, sink: s } = sink();
    emitFallbackAnnotations(Array.from({ length: 12 }, (_, i) => ann('failure', i)), s, { listedIn: 'the job summary (not every finding fits there) and the JSON report' });
    expect(calls.at(-1)!.message).toBe('2 more findings are not annotated here (GitHub shows 10 annotations per level): see the job summary (not every finding fits there) and the JSON report.');
  });
  it('keeps the slots the caller reserves', () => {
    const { calls, sink: s } = sink();
    const omitted = emitFallbackAnnotations(Array.from({ length: 12 }, (_, i) => ann('failure', i)), s, { reserved: { failure: 1 } });
    expect(calls.filter((c) => c.type === 'error')).toHaveLength(9);
    expect(omitted).toBe(3);
  });
  it('emits no closing notice when everything fits, and handles findings without a file', () => {
    const { calls, sink: s } = sink();
    expect(emitFallbackAnnotations([ann('warning', 0, { file: null }), ann('failure', 1, { endLine: 9 })], s)).toBe(0);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.props.file).toBeUndefined();
    expect(calls[1]!.props).toMatchObject({ startLine: 2, endLine: 9 });
    expect(calls[1]!.props.startColumn).toBeUndefined();
  });
  it('cuts a long title at 255 UTF-8 bytes with a marker, never inside a surrogate pair', () => {
    const { calls, sink: s } = sink();
    emitFallbackAnnotations([ann('failure', 0, { title: `${'a'.repeat(251)}🚀 launch` }), ann('failure', 1, { title: 'b'.repeat(300) })], s);
    // 251 + the emoji's 4 bytes would leave no room for the 3-byte `…`: the emoji goes whole.
    expect(calls[0]!.props.title).toBe(`${'a'.repeat(251)}…`);
    expect(calls[1]!.props.title).toBe(`${'b'.repeat(252)}…`);
  });
});
