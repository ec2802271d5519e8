import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { ACTION, DOC, README, renderTables, updateDoc } from '../../scripts/gen-action-docs.mjs';
import { ROOT } from './run-action.js';

const read = (p: string) => fs.readFileSync(p, 'utf8');

describe('docs/action.md', () => {
  it('has the inputs/outputs tables generated from the current action.yml', () => {
    const doc = read(DOC);
    // Regenerate with `node scripts/gen-action-docs.mjs` when this fails.
    expect(updateDoc(doc, read(ACTION))).toBe(doc);
  });
  it('README.md carries the same generated tables', () => {
    const readme = read(README);
    expect(updateDoc(readme, read(ACTION))).toBe(readme);
    expect(readme).toContain(renderTables(read(ACTION)).inputs);
  });
  it('documents every input and output of action.yml', () => {
    const t = renderTables(read(ACTION)) as { inputs: string; outputs: string };
    expect(t.inputs).toContain('| `fail-on` | — |');
    expect(t.inputs).toContain('| `check-name` | `Preflight` |');
    expect(read(DOC)).toContain(t.outputs);
  });
});

describe('action.yml', () => {
  const yml = read(path.join(ROOT, 'action.yml'));
  it('runs the ESM bundle on node24 and gives no default to inputs the checklist can set', async () => {
    const { parse } = await import('yaml');
    const a = parse(yml) as { runs: Record<string, string>; inputs: Record<string, { default?: string; description: string }>; outputs: Record<string, { description: string }> };
    expect(a.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const name of ['fail-on', 'url', 'http-url', 'ca', 'allow-self-signed', 'headers', 'timeout', 'wait']) expect(a.inputs[name]!.default, name).toBeUndefined();
    expect(a.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(a.inputs.annotations!.default).toBe('all');
    expect(a.inputs.comment!.default).toBe('false');
    for (const spec of [...Object.values(a.inputs), ...Object.values(a.outputs)]) expect(spec.description.length).toBeGreaterThan(10);
    expect(Object.keys(a.outputs).sort()).toEqual(['critical', 'findings', 'high', 'low', 'medium', 'report', 'result', 'sarif']);
  });
});
