import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { effectiveInstructions, lineage, parseDockerfile, parseImageRef, rootFrom, substitute } from '../../src/repo/dockerfile.js';
import { parseYaml, type YamlFile } from '../../src/repo/yaml.js';
import { composeEnvironment, composeExtendsFiles, composeServices } from '../../src/repo/compose.js';
import { containers, podSpec, toK8sObject } from '../../src/repo/k8s.js';
import { parseEnv } from '../../src/repo/env.js';
import { findSuppressions } from '../../src/repo/suppress.js';
import { anyText, dockerfileText, envText, fuzzOptions, fuzzTimeout, suppressText, yamlText } from './arbitraries.js';
import { SLACK } from '../helpers/slack.js';

const lineCount = (t: string) => t.split(/\r\n|\r|\n/).length;
const inRange = (line: number, t: string) => Number.isInteger(line) && line >= 1 && line <= lineCount(t);

describe('parseDockerfile', () => {
  it('never throws and yields a consistent model', () => {
    fc.assert(fc.property(dockerfileText, (text) => {
      const m = parseDockerfile('Dockerfile', text);
      expect(m.final).toBe(m.stages.at(-1) ?? null);
      m.stages.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(inRange(s.from.line, text)).toBe(true);
        expect(s.from.column).toBeGreaterThanOrEqual(1);
        expect(s.from.imageColumn).toBeGreaterThanOrEqual(1);
        // A FROM may only inherit from an earlier stage: inheritance cannot cycle.
        if (s.from.stage) expect(s.from.stage.index).toBeLessThan(i);
        const chain = lineage(s);
        expect(chain[0]).toBe(s);
        expect(new Set(chain).size).toBe(chain.length);
        expect(rootFrom(s).stage).toBeNull();
        for (const ins of effectiveInstructions(s)) {
          expect(inRange(ins.line, text)).toBe(true);
          expect(ins.endLine).toBeGreaterThanOrEqual(ins.line);
          expect(ins.keyword).toBe(ins.keyword.toUpperCase());
          for (const p of ins.properties) expect(p.line).toBeGreaterThanOrEqual(1);
        }
      });
    }), fuzzOptions());
  }, fuzzTimeout());

  it('resolves FROM through global ARG defaults exactly as substitute() does', () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);
    const val = fc.stringMatching(/^[a-z0-9][a-z0-9.:-]{0,15}$/);
    fc.assert(fc.property(name, val, fc.boolean(), (n, v, declared) => {
      const text = `${declared ? `ARG ${n}=${v}\n` : ''}FROM \${${n}}\nRUN true\n`;
      const m = parseDockerfile('Dockerfile', text);
      expect(m.stages).toHaveLength(1);
      expect(m.stages[0]!.from.raw).toBe(`\${${n}}`);
      expect(m.stages[0]!.from.image).toBe(declared ? v : null);
      expect(m.stages[0]!.from.line).toBe(declared ? 2 : 1);
    }), fuzzOptions());
  }, fuzzTimeout());

  it('substitute() never throws on arbitrary text and leaves text without $ untouched', () => {
    fc.assert(fc.property(anyText, fc.dictionary(fc.string({ maxLength: 6 }), fc.option(fc.string({ maxLength: 6 }))), (t, vars) => {
      const out = substitute(t, new Map(Object.entries(vars)));
      if (!t.includes('$')) expect(out).toBe(t);
    }), fuzzOptions());
  }, fuzzTimeout());

  it('parseImageRef() splits a reference into parts that reassemble it', () => {
    fc.assert(fc.property(anyText, (ref) => {
      const r = parseImageRef(ref);
      expect(`${r.name}${r.tag === null ? '' : `:${r.tag}`}${r.digest === null ? '' : `@${r.digest}`}`).toBe(ref.trim());
    }), fuzzOptions());
  }, fuzzTimeout());
});

/** Walks every map key and sequence index of a plain value, yielding the paths. */
function* paths(v: unknown, prefix: (string | number)[] = [], depth = 0): Generator<(string | number)[]> {
  if (depth > 6) return;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) { yield [...prefix, i]; yield* paths(v[i], [...prefix, i], depth + 1); }
  else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) { yield [...prefix, k]; yield* paths(c, [...prefix, k], depth + 1); }
}

describe('parseYaml, composeServices, toK8sObject', () => {
  it('never throw on arbitrary YAML-shaped text; every location is inside the file', () => {
    fc.assert(fc.property(yamlText, yamlText, (text, other) => {
      const y = parseYaml('docker-compose.yml', text);
      for (const e of y.errors) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.column).toBeGreaterThanOrEqual(1);
        expect(typeof e.message).toBe('string');
      }
      for (const d of y.docs) {
        for (const p of [...paths(d.value)].slice(0, 200)) {
          for (const key of [false, true]) {
            const at = d.loc(p, key);
            if (at) { expect(inRange(at.line, text) || at.line === lineCount(text) + 1).toBe(true); expect(at.column).toBeGreaterThanOrEqual(1); }
          }
        }
        const o = toK8sObject('k8s/x.yaml', d);
        if (o) {
          expect(o.line).toBeGreaterThanOrEqual(1);
          podSpec(o);
          for (const c of containers(o)) { expect(c.line).toBeGreaterThanOrEqual(1); expect(c.column).toBeGreaterThanOrEqual(1); expect(typeof c.name).toBe('string'); }
        }
      }
      // `extends.file` may name any file, even the compose file itself or one outside the repo.
      const otherFile = parseYaml('base.yml', other);
      const load = (p: string): YamlFile | undefined => (p === 'base.yml' ? otherFile : p === 'docker-compose.yml' ? y : undefined);
      composeExtendsFiles(y);
      for (const s of composeServices(y, load)) {
        expect(s.line).toBeGreaterThanOrEqual(1);
        expect(s.loc(['image']).line).toBeGreaterThanOrEqual(1);
        for (const e of composeEnvironment(s)) expect(typeof e.key).toBe('string');
      }
    }), fuzzOptions());
  }, fuzzTimeout(40));

  it('round-trips any JSON-like value and locates every key', () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(fc.property(json, (value) => {
      // `<<` is a merge key by design (merge: true): a literal key of that name is not plain data.
      fc.pre(!JSON.stringify(value).includes('"<<"'));
      const text = stringify(value);
      const y = parseYaml('x.yml', text);
      expect(y.errors).toEqual([]);
      expect(y.docs[0]?.value ?? null).toEqual(value);
      for (const p of [...paths(value)].slice(0, 200)) expect(y.docs[0]!.loc(p, true)).not.toBeNull();
    }), fuzzOptions());
  }, fuzzTimeout());

  it('extends cycles and self-references terminate', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('a', 'b', 'c', 'zz'), fc.boolean()), { minLength: 1, maxLength: 6 }), (edges) => {
      const body = edges.map(([from, to, viaFile]) => `  ${from}:\n    image: img-${from}\n    extends:\n      service: ${to}\n${viaFile ? '      file: docker-compose.yml\n' : ''}`).join('');
      const y = parseYaml('docker-compose.yml', `services:\n${body}`);
      const names = composeServices(y, () => y).map((s) => s.name).sort();
      // Duplicate keys are a YAML error (uniqueKeys), which leaves no services.
      const distinct = [...new Set(edges.map((e) => e[0]))].sort();
      expect(names).toEqual(y.errors.length ? [] : distinct);
    }), fuzzOptions());
  }, fuzzTimeout());

  it('bounds alias expansion (billion laughs) with an error instead of exhausting memory', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const t0 = performance.now();
    const y = parseYaml('bomb.yml', levels.join('\n'));
    expect(performance.now() - t0).toBeLessThan(2000 * SLACK);
    expect(y.errors.length).toBeGreaterThan(0);
    expect(y.docs[0]?.value).toBeUndefined();
  });
});

describe('parseEnv', () => {
  it('never throws; entries are in order with in-range positions', () => {
    fc.assert(fc.property(envText, (text) => {
      const { entries } = parseEnv('.env', text);
      let last = 0;
      for (const e of entries) {
        expect(e.line).toBeGreaterThan(last);
        last = e.line;
        expect(e.line).toBeLessThanOrEqual(text.split(/\r?\n/).length);
        expect(e.key).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
        expect(e.column).toBeGreaterThanOrEqual(1);
        expect(e.valueColumn).toBeGreaterThan(e.column);
      }
    }), fuzzOptions());
  }, fuzzTimeout());

  it('stays linear on a long run of spaces with no comment after it (a committed file can hold one)', () => {
    const t0 = performance.now();
    const { entries } = parseEnv('.env', `DEBUG=x${' '.repeat(300_000)}y\nB=1 # c\n`);
    expect(performance.now() - t0).toBeLessThan(1000 * SLACK);
    expect(entries.map((e) => [e.key, e.value.length])).toEqual([['DEBUG', 300_002], ['B', 1]]);
  });

  it('reads back exactly the entries it was given, on the right lines', () => {
    const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/);
    const value = fc.stringMatching(/^[A-Za-z0-9 #=:/+_.-]{0,20}$/);
    const entry = fc.record({ key, value, quote: fc.constantFrom('"', "'", ''), exp: fc.boolean(), noise: fc.constantFrom('', '# comment', '   ', 'not an entry') });
    fc.assert(fc.property(fc.array(entry, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (list, eol) => {
      const lines: string[] = [];
      const want: { key: string; value: string; line: number }[] = [];
      for (const e of list) {
        if (e.noise) lines.push(e.noise);
        lines.push(`${e.exp ? 'export ' : ''}${e.key}=${e.quote}${e.value}${e.quote}`);
        // Unquoted: leading blanks belong to the separator, trailing ones are trimmed, and a `#`
        // after a blank starts a comment (as dotenv and Compose read it), also right after `=`.
        const unquoted = e.value.trimStart();
        const comment = unquoted !== e.value && unquoted.startsWith('#') ? 0 : unquoted.search(/\s#/);
        want.push({ key: e.key, value: e.quote ? e.value : (comment < 0 ? unquoted : unquoted.slice(0, comment)).trimEnd(), line: lines.length });
      }
      const got = parseEnv('.env', lines.join(eol)).entries.map(({ key: k, value: v, line }) => ({ key: k, value: v, line }));
      // A key set twice keeps its last line (last wins, as every loader reads it).
      expect(got).toEqual(want.filter((w, i) => !want.slice(i + 1).some((x) => x.key === w.key)));
    }), fuzzOptions());
  }, fuzzTimeout());
});

describe('findSuppressions', () => {
  it('never throws on arbitrary text; ids are well-formed and lines in range', () => {
    fc.assert(fc.property(suppressText, fc.constantFrom('app.py', 'Dockerfile', '.env', 'deploy.yaml'), (text, file) => {
      for (const s of findSuppressions(file, text)) {
        expect(s.file).toBe(file);
        expect(inRange(s.line, text)).toBe(true);
        expect(s.column).toBeGreaterThanOrEqual(1);
        // A comment meant as a suppression but not understood names nothing (it is reported as such).
        if (s.malformed) { expect(s.ids).toEqual([]); continue; }
        expect(s.ids.length).toBeGreaterThan(0);
        for (const id of s.ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        if (file === 'Dockerfile' || file === '.env') expect(s.wholeLine).toBe(true);
      }
    }), fuzzOptions());
  }, fuzzTimeout());

  // Regression: the original one-regex parser backtracked cubically (2,000 spaces took ~7 s).
  it('stays fast on adversarial lines (no catastrophic backtracking)', () => {
    const lines = [`# preflight-ignore a${' '.repeat(900)}!`, `// preflight-ignore a until${' '.repeat(900)}x`, `# preflight-ignore a:${' \t'.repeat(450)}*/ x`];
    for (const l of lines) {
      const t0 = performance.now();
      findSuppressions('app.py', l);
      expect(performance.now() - t0, JSON.stringify(l.slice(0, 30))).toBeLessThan(100 * SLACK);
    }
  }, 120_000);

  it('finds every well-formed comment with its ids, expiry and reason', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
    const comment = fc.record({
      lead: fc.constantFrom('#', '//', ';', '--'),
      ids: fc.array(id, { minLength: 1, maxLength: 3 }),
      until: fc.option(fc.constantFrom('2027-01-31', '2020-02-29')),
      reason: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.]{0,30}[A-Za-z0-9.]$/),
      code: fc.constantFrom('', 'x = 1 '),
    });
    fc.assert(fc.property(fc.array(comment, { maxLength: 8 }), (list) => {
      const lines = list.flatMap((c) => [`${c.code}${c.lead} preflight-ignore ${c.ids.join(', ')}${c.until ? ` until ${c.until}` : ''}: ${c.reason}`, 'value = 2']);
      const got = findSuppressions('app.py', lines.join('\n'));
      expect(got.map((s) => ({ line: s.line, ids: s.ids, until: s.until, reason: s.reason, wholeLine: s.wholeLine })))
        .toEqual(list.map((c, i) => ({ line: 2 * i + 1, ids: c.ids, until: c.until, reason: c.reason, wholeLine: c.code === '' })));
    }), fuzzOptions());
  }, fuzzTimeout());
});
