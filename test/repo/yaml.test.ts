import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { LineCounter, parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Document, type Node as YNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlFast, parseYamlPrecise, type YamlPath } from '../../src/repo/yaml.js';
import { fuzzOptions, fuzzTimeout, tokenText, yamlText } from '../fuzz/arbitraries.js';

// ---------------------------------------------------------------------------------------------
// Oracle: the original `yaml`-library implementation of parseYaml, kept verbatim in spirit.

interface OracleDoc { value: unknown; loc(path: YamlPath, key?: boolean): { line: number; column: number } | null }
interface OracleFile { docs: OracleDoc[]; errors: { message: string; line: number; column: number }[] }

function oracle(text: string): OracleFile {
  const lineCounter = new LineCounter();
  const errors: OracleFile['errors'] = [];
  const docs: OracleDoc[] = [];
  let parsed: Document.Parsed[] = [];
  try {
    parsed = parseAllDocuments(text.replace(/^\uFEFF/, ''), { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true, logLevel: 'error' }) as Document.Parsed[];
    if (!Array.isArray(parsed)) parsed = [];
  } catch (e) {
    errors.push({ message: (e as Error).message, line: 1, column: 1 });
  }
  const at = (offset: number) => { const p = lineCounter.linePos(offset); return { line: p.line, column: p.col }; };
  for (const doc of parsed) {
    for (const err of doc.errors) { const p = at(err.pos[0]); errors.push({ message: err.message.split('\n')[0]!, line: p.line, column: p.column }); }
    let value: unknown;
    try {
      value = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      errors.push({ message: (e as Error).message.split('\n')[0]!, line: 1, column: 1 });
    }
    docs.push({ value, loc(path, key = false) { const r = range(doc, path, key); return r === null ? null : at(r); } });
  }
  return { docs, errors };
}

function range(doc: Document.Parsed, path: YamlPath, key: boolean): number | null {
  let node: unknown = doc.contents;
  let keyNode: unknown = null;
  for (const seg of path) {
    // A path through an alias continues in the anchored node (`environment: *env` → the anchor's entries).
    if (isAlias(node)) node = node.resolve(doc);
    const found = child(node, seg, doc);
    if (!found) return null;
    node = found.value;
    keyNode = found.key;
  }
  // A value given by an alias (`image: *app_image`) is located at its anchor, where it is written.
  if (!key && isAlias(node)) node = node.resolve(doc) ?? node;
  const target = (key && keyNode ? keyNode : node) as YNode | null;
  if (target && target.range) return target.range[0];
  if (keyNode && (keyNode as YNode).range) return (keyNode as YNode).range![0];
  return null;
}

function child(node: unknown, seg: string | number, doc: Document.Parsed, depth = 0): { key: unknown; value: unknown } | null {
  // Merge sources can refer to their own ancestors (`a: &x {<<: *x}`): bound the search.
  if (depth > 100) return null;
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (k === seg || String(k) === String(seg)) return { key: pair.key, value: pair.value };
    }
    for (const pair of node.items) {
      if (isScalar(pair.key) && (pair.key.source === '<<' || typeof pair.key.value === 'symbol')) {
        const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
        for (const src of sources) {
          const hit = child(isAlias(src) ? src.resolve(doc) : src, seg, doc, depth + 1);
          if (hit) return hit;
        }
      }
    }
    return null;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const v = node.items[seg];
    return v === undefined ? null : { key: v, value: v };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Differential comparison.

/** An order- and sign-preserving rendering of a value (toEqual ignores key order and -0). */
function canon(v: unknown, budget = { n: 20_000 }, open: unknown[] = []): unknown {
  if (--budget.n < 0) return '…';
  if (typeof v === 'symbol') return `Symbol(${v.description})`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v;
  if (v && typeof v === 'object') {
    if (open.includes(v)) return `<cycle ${open.length - open.indexOf(v)}>`;
    open.push(v);
    const out = Array.isArray(v) ? v.map((x) => canon(x, budget, open)) : Object.entries(v).map(([k, x]) => [k, canon(x, budget, open)]);
    open.pop();
    return out;
  }
  return v;
}

/** Every path of a value tree (bounded: aliases share subtrees). */
function paths(v: unknown, max = 3000): YamlPath[] {
  const out: YamlPath[] = [[]];
  const walk = (x: unknown, p: YamlPath) => {
    if (out.length >= max || p.length > 12) return;
    if (Array.isArray(x)) x.forEach((y, i) => { if (out.length < max) { out.push([...p, i]); walk(y, [...p, i]); } });
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) { if (out.length >= max) return; out.push([...p, k]); walk(y, [...p, k]); }
  };
  walk(v, []);
  return out;
}

function compare(text: string, label = JSON.stringify(text.slice(0, 200))) {
  let got!: ReturnType<typeof parseYaml>;
  expect(() => { got = parseYaml('x.yaml', text); }, label).not.toThrow();
  const want = oracle(text);
  expect(got.docs.length, `${label}: document count`).toBe(want.docs.length);
  expect(got.errors.length > 0, `${label}: errors ${JSON.stringify(got.errors)} vs ${JSON.stringify(want.errors)}`).toBe(want.errors.length > 0);
  for (const e of got.errors) {
    expect(e.line, label).toBeGreaterThanOrEqual(1);
    expect(e.column, label).toBeGreaterThanOrEqual(1);
    expect(e.message, label).not.toMatch(/\n/);
  }
  want.docs.forEach((w, i) => {
    const g = got.docs[i]!;
    expect(g.index).toBe(i);
    expect(canon(g.value), `${label}: value of doc ${i}`).toEqual(canon(w.value));
    for (const p of [...paths(w.value), ['missing'], [0], ['a', 'b'], [99]] as YamlPath[]) {
      for (const key of [false, true]) {
        let expected: unknown;
        try {
          expected = w.loc(p, key);
        } catch {
          continue; // the old loc() could throw (alias resolution in broken documents); the new one returns null
        }
        expect(g.loc(p, key), `${label}: doc ${i} loc ${JSON.stringify(p)}${key ? ' key' : ''}`).toEqual(expected);
      }
    }
  });
  return got;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== '.git') out.push(...yamlFiles(p)); } else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const EDGE_CASES: string[] = [
  '', ' ', '\n', '# only a comment\n', '---\n', '---\n---\n', '...\n', 'a: 1\n...\n', 'a: 1\n...\n# trailing\n', '---\n# c\n---\na: 1\n',
  'a: 1\n---\n', '---1\n', '----\n\n    $\n', 'a: 1\n---x: 2\n', '--- \na: 1\n--- # c\nb: 2\n', '---\n...\n---\n', 'a\n---\nb\n...\n---\nc\n',
  'hello\n', '"quoted"\n', "'single'\n", '42\n', '-1.5\n', '~\n', 'null\n', 'true\n', 'False\n', 'yes\n', 'no\n', 'on\n', 'off\n',
  'a: 0o14\nb: 0x1F\nc: 014\nd: 1e3\ne: .5\nf: -.inf\ng: .NaN\nh: +12\ni: 1_000\nj: 0b101\nk: 2024-01-02\nl: 12:30\nm: 1.\nn: -0\no: +.INF\n',
  'a: 99999999999999999999\nb: 0x7fffffffffffffffff\nc: 1e400\n',
  'a:\nb: 1\n', 'a:   \nb:\n', 'a: # c\nb: 2\n', 'a:\n  # c\n  b: 1\n', 'k:\n', 'k:', '- a\n-\n- c\n', '-\n', '- \n- b\n',
  '- a\n- b:\n    c: 1\n- - x\n  - y\n', 'seq:\n- a\n- b\nx: 1\n', 'a:\n  - 1\n  -   2   # c\n  - [3, 4]\n',
  'a: [1, 2, {b: c, d: [e]}]\n', 'a: {x: 1, y: {z: 2}}\n', 'a: []\nb: {}\nc: [ ]\n', '[1, 2]\n', '{a: 1}\n', '{a, b: 1}\n', '[a: b]\n', '[a, b: c]\n',
  'a: [\n  1,\n  2\n]\n', 'a: {\n  x: 1,\n  y: 2,\n}\n', 'a: [1, 2,]\n',
  'base: &b\n  x: 1\n  y: 2\nc:\n  <<: *b\n  y: 3\n', 'a: &a {x: 1}\nb: &b {y: 2, x: 0}\nc:\n  <<: [*a, *b]\n  z: 3\n', 'a: &a {x: 1}\nc:\n  z: 3\n  <<: *a\n  w: 4\n',
  'a: &a\n  x: 1\nb:\n  <<: *a\n  <<: {y: 2}\n', 'a: &a [1]\nb: *a\nc: [*a, *a]\n', 's: &s str\nt: *s\nu: [*s]\n', 'a: &a\nb: *a\n',
  'a: &a {x: &x 1}\nb:\n  <<: *a\n  y: *x\n', 'a: &a {x: 1}\nb: {<<: *a}\n', 'x: &x\n  <<: {a: 1}\n  b: 2\ny:\n  <<: *x\n', 'a: &a 1\na2: &a 2\nb: *a\n',
  '&r\na: 1\n', '&a key: value\n', '- &a key: value\n  k2: *a\n', 'a: &x b\nc: *x\n', '? a\n: b\n', '? a\n', '? [a, b]\n: c\n', '? |\n  block\n: v\n',
  '"<<": 1\n', "'a b': 1\n\"c\\td\": 2\n", '1: a\n2: b\n', '1: a\n"1": b\n', 'true: a\nnull: b\n', '~: a\n', '1.0: a\n0x10: b\n', '.inf: a\n-0: b\n',
  'a: 1\na: 2\n', 'a: 1\nb:\n  c: 1\n  c: 2\n', '{a: 1, a: 2}\n', 'x:\n  a: 1\n  <<: {a: 2}\n',
  'a: |\n  line1\n  line2\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\nd: |+\n  keep\n\ne: >2\n   indented\n', 'a: |\n\n  x\n', 'a: >-\n\n', 'a: |\n',
  'a: "multi\n  line"\nb: \'it\'\'s\'\nc: "esc \\u00e9 \\x41 \\n \\" \\\\"\nd: plain\n  continued\n', 'a: "\\/"\n', 'a: "\\q"\n',
  'a: b: c\n', 'a:\tb\n', 'a:\n\tb: 1\n', '\ta: 1\n', 'a: 1\n\t\n', 'a: [1,\n\t2]\n', 'a: "x"y\n', 'a: \'x\n', 'a: [1, 2\n', 'a: {b\n', ': a\n', '- - - a\n',
  '\uFEFFa: 1\n', 'a: 1\r\nb:\r\n  - x\r\n  - y\r\n', 'a: 1\rb: 2\r', 'a: 1', '   a: 1\n   b: 2\n',
  'image: "{{ .Values.image }}"\nname: {{ .Release.Name }}\n', '{{- if .Values.x }}\na: 1\n{{- end }}\n', 'a: {{ b }}\n',
  'a: !!str 1\nb: !!int "2"\n', 'a: !Ref foo\n', 'a: !!binary aGk=\n', 'a: !!set {x}\n', '%YAML 1.1\n---\na: yes\n', '%TAG ! tag:x,2000:\n---\na: 1\n',
  '---\napiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\n', 'a: 1\n---\nb: [\n---\nc: 3\n', 'a: *nope\n---\nb: 1\n', 'a: 1\n---\na: 1\na: 2\n---\nc: 3\n',
  'a: 1 # c\n# c2\nb: 2 #c3\n', '# c\na: # c\n  # c\n  - 1 # c\n  # c\n  - 2\n', 'a: x#y\nb: x #y\n', '"a": 1\n\'b\': 2\n',
  'a:\n  b:\n    c:\n      d: [1, {e: f}]\n', 'a: -\nb: - x\n', 'a: "\n"\n', 'a: \x07\n', 'a: \0\n', 'x: ' + 'k'.repeat(2000) + '\n', 'k'.repeat(1100) + ': v\n',
  '[' .repeat(200) + ']'.repeat(200) + '\n', 'a:\n' + '  - '.repeat(1) + '- '.repeat(150) + 'x\n',
  'lol: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  'a: &a x\nb: [' + Array(1200).fill('*a').join(', ') + ']\n', 'a: &a x\nb: [' + Array(900).fill('*a').join(', ') + ']\n',
  'a: &a {}\nb: [' + Array(1200).fill('*a').join(', ') + ']\n',
  '__proto__: 1\nconstructor: x\n', 'a: &a {__proto__: {x: 1}}\nb: {<<: *a}\n', 'a: "\\U0001F600 \\x41 \\0 \\e \\N \\_ \\L \\P"\n', 'a: "x\\\n  y"\nb: \'p\n  q\'\nc: "p\n\n  q"\n',
  'emoji: 😀\nkey with spaces: v\n"a\\"b": 1\n', 'a: 1\n\n\n\nb: 2\n\n', 'a:\n  b:\n  c: 1\n', 'a: b\n  c\n', 'a:\n- b\n- c\n', '- a: 1\n  b: 2\n- c: 3\n',
  'x:\n  - &p {port: 1}\n  - *p\ny: {<<: [*p]}\n', 'a: .nan\n.nan: 1\n', 'k8s: {apiVersion: v1, kind: Pod, spec: {containers: [{name: c, image: "nginx:1"}]}}\n',
  'args: ["--a=1", "--b", "x y"]\ncommand:\n  - sh\n  - -c\n  - |\n    echo hi\n    exit 0\n', 'v: >-\n  a\n\n  b\n   c\n  d\n',
];

describe('parseYaml (fast path) agrees with the yaml library', () => {
  it('on every YAML file of the repository', () => {
    const files = ['test/fixtures', 'examples', 'checklists'].flatMap((d) => yamlFiles(d));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      compare(text, f);
      // Valid files without tags must not need the precise fallback (that is the point of the fast path).
      if (!oracle(text).errors.length && !text.includes('!')) expect(parseYamlFast(f, text), `${f} took the fallback`).not.toBeNull();
    }
  });

  it('on hand-written edge cases', () => {
    for (const t of EDGE_CASES) compare(t);
    // Most of them are handled by the fast path itself, not only by the fallback.
    expect(EDGE_CASES.filter((t) => parseYamlFast('x.yaml', t)).length).toBeGreaterThan(EDGE_CASES.length / 2);
  });

  it('takes the fast path for ordinary manifests, anchors and merges included', () => {
    for (const t of [
      '---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web # the app\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: "nginx:1.27"\n          args: [--port, "8080"]\n          env:\n            - {name: A, value: "1"}\n---\napiVersion: v1\nkind: Service\n---\n',
      'x-common: &common\n  logging:\n    driver: json-file\nservices:\n  web:\n    <<: *common\n    image: app:1\n    command: >\n      run\n      --fast\n  db:\n    <<: [*common]\n    environment:\n      POSTGRES_PASSWORD: "${PW}"\n',
    ]) expect(parseYamlFast('x.yaml', t)).not.toBeNull();
  });

  it('on generated YAML-ish text', () => {
    fc.assert(fc.property(yamlText, (t) => { compare(t); }), fuzzOptions(process.env['FUZZ_RUNS'] ? undefined : 200));
  }, fuzzTimeout());

  it('on generated block-style text (block scalars, quotes, comments, indentation)', () => {
    let fast = 0;
    fc.assert(fc.property(blockishText, (t) => { compare(t); if (parseYamlFast('x.yaml', t)) fast++; }), fuzzOptions(process.env['FUZZ_RUNS'] ? undefined : 300));
    expect(fast).toBeGreaterThan(0);
  }, fuzzTimeout());

  it('on generated structured YAML (anchors, merges, flow and block styles)', () => {
    fc.assert(fc.property(structuredYaml, (t) => { compare(t); }), fuzzOptions(process.env['FUZZ_RUNS'] ? undefined : 200));
  }, fuzzTimeout());
});

describe('parseYaml semantics', () => {
  it('keeps the valid documents of a stream with a broken one', () => {
    const y = parseYaml('x.yaml', 'a: 1\n---\nb: [\n---\nc: 3\n');
    expect(y.errors.length).toBeGreaterThan(0);
    expect(y.docs.map((d) => d.value)).toEqual([{ a: 1 }, undefined, { c: 3 }]);
    expect(y.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects alias bombs as an error on that document, quickly', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const text = `ok: 1\n---\n${bomb.join('\n')}\n---\nfine: 2\n`;
    const t0 = performance.now();
    const y = parseYaml('x.yaml', text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(y.docs.map((d) => d.value)).toEqual([{ ok: 1 }, undefined, { fine: 2 }]);
    expect(y.errors).toHaveLength(1);
    expect(y.errors[0]!.message).toMatch(/alias/i);
    expect(y.errors[0]!.line).toBeGreaterThan(2);
  });

  it('resolves merge keys and locates inherited values in their source', () => {
    const y = parseYaml('x.yaml', 'base: &b\n  image: nginx\n  env: {A: 1}\nweb:\n  <<: *b\n  env: {B: 2}\n');
    expect(y.docs[0]!.value).toEqual({ base: { image: 'nginx', env: { A: 1 } }, web: { image: 'nginx', env: { B: 2 } } });
    expect(y.docs[0]!.loc(['web', 'image'])).toEqual({ line: 2, column: 10 });
    expect(y.docs[0]!.loc(['web', 'env', 'B'], true)).toEqual({ line: 6, column: 9 });
    expect(y.docs[0]!.loc(['web', 'nope'])).toBeNull();
  });

  it('locates a value given by an alias at its anchor, where it is written; its key stays at the alias (QA compose D5)', () => {
    const text = 'x-images:\n  app: &app_image ghcr.io/acme/app:latest\nservices:\n  web:\n    image: *app_image\n  worker:\n    image: *app_image\n';
    // The fast path and the precise parser (a tag elsewhere in the file sends it there) agree.
    for (const y of [parseYaml('x.yaml', text), parseYamlPrecise('x.yaml', text), parseYaml('x.yaml', `${text}    labels: !!map {}\n`)]) {
      expect(y.docs[0]!.loc(['services', 'web', 'image'])).toEqual({ line: 2, column: 19 });
      expect(y.docs[0]!.loc(['services', 'worker', 'image'])).toEqual({ line: 2, column: 19 });
      expect(y.docs[0]!.loc(['services', 'worker', 'image'], true)).toEqual({ line: 7, column: 5 });
      // An alias of a collection is located at the anchored collection too (its entries already were).
      expect(parseYaml('x.yaml', 'e: &e\n  A: 1\nweb:\n  env: *e\n').docs[0]!.loc(['web', 'env'])).toEqual({ line: 2, column: 3 });
    }
  });

  it('names the anchor a merge key asks for when it is not defined (QA26 leftover 9)', () => {
    const errors = (text: string) => parseYaml('c.yml', text).errors.map((e) => [e.line, e.column, e.message]);
    expect(errors('x-base: &base\n  image: a\nservices:\n  web:\n    <<: *bsae\n    image: b\n'))
      .toEqual([[5, 9, 'Unresolved alias in a merge key (<<: *bsae): the anchor &bsae must be set before the alias']]);
    // In a list of merge sources, the one that is missing; an anchor set only after the merge key is missing there too.
    expect(errors('a: &a {x: 1}\nc:\n  <<:\n    - *a\n    - *zz\n')).toEqual([[5, 7, 'Unresolved alias in a merge key (<<: *zz): the anchor &zz must be set before the alias']]);
    expect(errors('web:\n  <<: [*late]\nlate: &late {x: 1}\n')).toEqual([[2, 8, 'Unresolved alias in a merge key (<<: *late): the anchor &late must be set before the alias']]);
    // Other aliases keep the library's words; a merge source that exists but is no mapping is not called missing.
    expect(errors('a: *missing\n')).toEqual([[1, 4, 'Unresolved alias (the anchor must be set before the alias): missing']]);
    expect(errors('b: &s 1\nc:\n  <<: *s\n')[0]![2]).toBe('Merge sources must be maps or map aliases');
  });

  it('treats YAML 1.1 booleans and dates as strings (core schema)', () => {
    expect(parseYaml('x.yaml', 'a: yes\nb: on\nc: 2024-01-01\nd: 0o14\ne: ~\n').docs[0]!.value).toEqual({ a: 'yes', b: 'on', c: '2024-01-01', d: 12, e: null });
  });

  it('reports duplicate keys and syntax errors with positions', () => {
    const y = parseYaml('x.yaml', 'a: 1\nb: 2\na: 3\n');
    expect(y.errors).toHaveLength(1);
    expect(y.errors[0]).toMatchObject({ line: 3, column: 1 });
    expect(y.docs[0]!.value).toBeUndefined();
    expect(parseYamlPrecise('x.yaml', 'a: 1\nb: 2\na: 3\n').errors).toEqual(y.errors);
  });

  it('stays bounded on deep nesting and huge keys', () => {
    const t0 = performance.now();
    for (const t of ['['.repeat(5000), '- '.repeat(3000) + 'x', `${'k'.repeat(100_000)}: v`, '{a: '.repeat(2000)]) parseYaml('x.yaml', t);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
  it('says a document nested past the parser\'s stack is nested too deeply, not "Maximum call stack size exceeded"', () => {
    let block = '';
    for (let i = 0; i < 3000; i++) block += `${' '.repeat(i)}k:\n`;
    for (const t of [`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, `${block}${' '.repeat(3000)}v\n`]) {
      const { errors } = parseYaml('x.yaml', t);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.message).toMatch(/^nested too deeply to read \((?:thousands of levels|more than 512 levels of \[ \] or \{ \}), more than any configuration has\)$/);
    }
  });
  it('refuses flow collections nested past 512 levels before parsing, at the bracket that goes too deep, the same every time (QA round 25)', () => {
    const text = `a: 1\nb: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    const first = parseYaml('x.yaml', text);
    expect(first.docs).toEqual([]);
    expect(first.errors).toEqual([{ message: 'nested too deeply to read (more than 512 levels of [ ] or { }, more than any configuration has)', line: 2, column: 516 }]);
    expect(parseYaml('x.yaml', text)).toEqual(first);
    // Brackets in quotes and comments are not nesting; 512 levels still parse.
    expect(parseYaml('x.yaml', `a: "${'['.repeat(600)}" # ${'{'.repeat(600)}\n`).errors).toEqual([]);
    expect(parseYaml('x.yaml', `a: ${'['.repeat(512)}${']'.repeat(512)}\n`).errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Structured YAML generator: random trees rendered in random styles, with anchors, aliases,
// merge keys and comments.

const scalarText = fc.constantFrom('a', 'b c', 'x:y', '"q"', "'s'", '"a: b"', '1', '-2', '0o7', '0x1f', '1.5', '.inf', '.nan', '~', 'null', 'true', 'yes', 'on', '2024-01-01', '""', "''", '"{{ .Values.x }}"', 'v1', '"#x"', 'a#b', '12:30', '1e3', '"\\u0041"');
const keyText = fc.constantFrom('a', 'b', 'c', 'name', 'image', 'env', '"q k"', "'s k'", '1', 'true', 'x-y', 'k.8s', 'ports');

interface Gen { anchors: string[]; n: number }

function render(tree: Tree, indent: number, g: Gen, flow: boolean): string {
  switch (tree.t) {
    case 's': return tree.v;
    case 'alias': return g.anchors.length ? `*${g.anchors[tree.i % g.anchors.length]}` : tree.fallback;
    case 'seq': {
      if (flow || tree.flow) return `[${tree.items.map((x) => render(x, indent, g, true)).join(', ')}]`;
      if (!tree.items.length) return '[]';
      const pad = ' '.repeat(indent);
      return '\n' + tree.items.map((x) => `${pad}- ${anchorFor(x, g)}${render(x, indent + 2, g, false).replace(/^\n\s*/, '')}`).join('\n');
    }
    case 'map': {
      const seen = new Set<string>();
      const entries = tree.entries.filter(([k]) => !seen.has(k) && (seen.add(k), true));
      const merge = tree.merge && g.anchors.length ? `<<: *${g.anchors[tree.merge % g.anchors.length]}` : null;
      if (flow || tree.flow) return `{${[...(merge ? [merge] : []), ...entries.map(([k, v]) => `${k}: ${render(v, indent, g, true)}`)].join(', ')}}`;
      if (!entries.length && !merge) return '{}';
      const pad = ' '.repeat(indent);
      const lines = entries.map(([k, v]) => {
        const a = anchorFor(v, g);
        const body = render(v, indent + 2, g, false);
        return `${pad}${k}:${tree.comment ? ' # c' : ''}${body.startsWith('\n') ? (a ? ` ${a.trim()}` : '') + body : ` ${a}${body}`}`;
      });
      if (merge) lines.splice(tree.merge % (lines.length + 1), 0, `${pad}${merge}`);
      return '\n' + lines.join('\n');
    }
  }
}

function anchorFor(t: Tree, g: Gen): string {
  if (!('anchor' in t) || !t.anchor) return '';
  const name = `n${g.n++}`;
  g.anchors.push(name);
  return `&${name} `;
}

type Tree =
  | { t: 's'; v: string; anchor?: boolean }
  | { t: 'alias'; i: number; fallback: string }
  | { t: 'seq'; items: Tree[]; flow: boolean; anchor: boolean }
  | { t: 'map'; entries: [string, Tree][]; flow: boolean; anchor: boolean; merge: number; comment: boolean };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('s' as const), v: scalarText, anchor: fc.boolean() }),
    fc.record({ t: fc.constant('alias' as const), i: fc.nat(), fallback: scalarText }),
    fc.record({ t: fc.constant('seq' as const), items: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean(), anchor: fc.boolean() }),
    fc.record({ t: fc.constant('map' as const), entries: fc.array(fc.tuple(keyText, tie('node')), { maxLength: 4 }), flow: fc.boolean(), anchor: fc.boolean(), merge: fc.nat({ max: 3 }), comment: fc.boolean() }),
  ),
})).node;

const structuredYaml = fc.tuple(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([docs, eol, marker]) => {
  const g: Gen = { anchors: [], n: 0 };
  return docs.map((d, i) => `${marker || i ? '---\n' : ''}${render(d, 0, g, false).replace(/^\n/, '')}\n`).join('').replace(/\n/g, eol);
});

const BLOCKISH_TOKENS = [
  'a:', 'b:', 'name:', 'env:', '"k":', "'k':", '1:', 'true:', '<<: *a', '<<: [*a, *b]', '&a ', '&b ', '*a', '*b', ': ', ' ', ' ', '  ', '    ', '\n', '\n', '\n', '\n  ', '\n    ', '\r\n',
  '- ', '-', '|', '|-', '|+', '>', '>-', '|2', '"', "'", '"x\\ny"', "'it''s'", '# c', ' # c', '{', '}', '[', ']', ', ', ',', 'x y', 'x', '1', '-1.5', '0o7', '0x1f', '~', 'null', '.inf',
  '2024-01-01', '{{ .Values.x }}', '---\n', '...\n', 'a: 1\n', '- x\n', 'k: [1, 2]\n', 'k: {x: 1}\n', 'k: |\n  text\n', 'k: >\n  folded\n  more\n', '\\', '\\u00e9', ':', '#',
];
/** YAML-ish text built from block-style fragments, avoiding constructs the fast path always hands over. */
const blockishText = tokenText(BLOCKISH_TOKENS, 60);

describe('errors of an unclosed quote or flow collection', () => {
  it('point where it opens, not one line past the end of the file', () => {
    const first = (text: string) => { const e = parseYamlPrecise('x.yml', text).errors[0]!; return `${e.line}:${e.column}`; };
    expect(first('services:\n  web:\n    image: "nginx:1.25\n')).toBe('3:12');
    expect(first('a:\n  - "A=1\n  b: 2\n')).toBe('2:5');
    expect(first("version: 1\nitems:\n  - id: a\n    check: [image-tag-pinned\n")).toBe('4:12');
    expect(first('\uFEFFa: {b: 1\n')).toBe('1:4');
  });
});

describe('YAML indentation errors', () => {
  it('point at the misplaced key, not the start of its line', () => {
    const out = parseYaml('docker-compose.yml', 'services:\n  web:\n    image: nginx:1.25\n    ports:\n      - "80:80"\n     restart: always\n');
    expect(out.errors[0]).toMatchObject({ line: 6, column: 6, message: expect.stringMatching(/same column/) });
  });
});

describe('the fast path hands over where js-yaml and the yaml library disagree (yaml-test-suite)', () => {
  // Each text was accepted by the fast path with a value, positions or errors different from the
  // `yaml` library's (the reference): the fast path must return null so parseYaml gives the precise result.
  const CASES: [string, string][] = [
    ['3HFZ: content after a `...` document end marker', '---\nimage: nginx:1.27\n... invalid\n'],
    ['9KBC: block mapping on the `---` line', '--- services: {}\n    web: {image: app:1}\n'],
    ['CXX2: anchored block mapping on the `---` line', '--- &anchor image: nginx\n'],
    ['block sequence on the `---` line', 'a: 1\n--- - x\n'],
    ['C2DT: empty flow mapping value before a line break', '{\n"adjacent":value,\n"readable": value,\n"empty":\n}\n'],
    ['empty flow mapping value before a comment', 'env: {A: 1, B: # unset\n  }\n'],
    ['Y79Y: tab on a whitespace-only line opening a nested block scalar', 'svc:\n  command: |\n  \t\n  image: nginx:latest\n'],
    ['tab on a whitespace-only line after a block scalar', 'services:\n  web:\n    command: |\n      gunicorn app:app\n  \t\n    image: nginx:latest\n'],
    ['column-1 comment in a top-level flow mapping', '{ image: nginx,\ntag: latest\n# pinned later\n}\n'],
    ['escaped line break followed by an empty line', 'command: "run \\\n\n  --fast"\n'],
  ];
  for (const [name, text] of CASES) {
    it(name, () => {
      expect(parseYamlFast('x.yaml', text)).toBeNull();
      const got = compare(text, name);
      expect(got.errors).toEqual(parseYamlPrecise('x.yaml', text).errors);
    });
  }

  it('still takes the fast path for the ordinary neighbours of those constructs', () => {
    for (const t of [
      '---\napiVersion: v1\nkind: Service\n...\n---\napiVersion: v1\nkind: Pod\n---\n',
      '--- "x"\n', '--- [a]\n', 'env: {A: 1, B: }\n', '[a,\n]\n', 'svc:\n  command: |\n    run\n\n  image: nginx\n', 'a: "x\\\n  y"\n', '[\n  b\n  # c\n]\n',
    ]) expect(parseYamlFast('x.yaml', t), JSON.stringify(t)).not.toBeNull();
  });
});

describe('a key or dash indented under a scalar', () => {
  const first = (text: string) => { const e = parseYaml('x.yml', text).errors[0]!; return `${e.line}:${e.column}`; };
  it('points at the misplaced line, as docker compose and kubectl do, not at the scalar above it', () => {
    // One space too deep under a scalar value: compose says "line 4: mapping values are not allowed".
    expect(first('services:\n  web:\n    image: nginx:1.25\n     restart: always\n')).toBe('4:6');
    expect(first('apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  # labels\n\n   labels: { app: api }\n')).toBe('7:4');
    // A `-` less indented than the key that opens its list.
    expect(first('spec:\n  template:\n    spec:\n      containers:\n     - name: web\n       image: nginx:1.25\n')).toBe('5:6');
    expect(first('\uFEFFmetadata:\r\n  name: s\r\n   labels: {a: b}\r\n')).toBe('3:4');
  });
  it('stays on the line when the nested mapping is on it', () => {
    expect(first('services:\n  web:\n    command: echo a: b\n')).toBe('3:14');
  });
});
