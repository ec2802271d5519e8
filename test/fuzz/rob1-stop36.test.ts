import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist, tickedItems } from '../../src/checklist/markdown.js';
import { imageTagPinned, judgeImage } from '../../src/checks/image-tag-pinned.js';
import { stableSubject } from '../../src/gate/gate.js';
import { imageRefProblem } from '../../src/repo/dockerfile.js';
import { isTemplated } from '../../src/repo/snapshot.js';
import { parseYaml } from '../../src/repo/yaml.js';
import { ConfigError } from '../../src/types.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

// QA36 robust7 D2–D4: adversarial inputs that crashed or took seconds (the results are asserted, never the time).

function configError(fn: () => unknown): ConfigError {
  try { fn(); } catch (e) { if (e instanceof ConfigError) return e; throw e; }
  throw new Error('no ConfigError');
}

describe('D2: list markers nested on one line', () => {
  const known = ['hsts'];
  it('a checklist line of thousands of list markers is a configuration error at its line, not a crash', () => {
    for (const marker of ['- ', '* ', '1. ', '- > ']) {
      const text = `# Launch\n\n- [ ] Backups\n${marker.repeat(3000)}[ ] HSTS enabled\n`;
      expect(configError(() => parseMarkdownChecklist('C.md', text, { known, match: false })).format()).toMatch(/^C\.md:4:1: nested too deeply/);
    }
  });
  it('markers nested as far as a checklist does still make items', () => {
    const list = parseMarkdownChecklist('C.md', `# Launch\n\n- - [ ] HSTS enabled\n${'- '.repeat(20)}[ ] Backups\n`, { known, match: false });
    expect(list.items.map((i) => i.title)).toEqual(['HSTS enabled', 'Backups']);
  });
  it('a pull-request description with such a line still yields its other ticks', () => {
    const body = `${'- '.repeat(3000)}[x] Deep\n- [x] HSTS enabled\n${'1. '.repeat(3000)}[x] Deeper\n`;
    expect(tickedItems(body).map((t) => t.text)).toEqual(['HSTS enabled']);
  });
});

describe('D3: long image references', () => {
  it('a name longer than Docker allows is a malformed reference, said without repeating it', () => {
    const problem = imageRefProblem('a'.repeat(200_000))!;
    expect(problem).toMatch(/not a valid image reference: its name is 200000 characters long \(Docker allows at most 255\)/);
    expect(problem.length).toBeLessThan(400);
    expect(imageRefProblem('a'.repeat(255))).toBeNull();
    expect(imageRefProblem(`${'a'.repeat(256)}:1.0`)).toMatch(/its name is 256 characters/);
    expect(imageRefProblem(`python:${'1'.repeat(129)}`)).toMatch(/its tag is 129 characters/);
    expect(judgeImage('a'.repeat(200_000), new Map(), ['latest'], () => false)).toEqual({ verdict: 'malformed', why: "its name is 200000 characters long (Docker allows at most 255)" });
    expect(judgeImage('nginx', new Map(), ['latest'], () => false)).toMatchObject({ verdict: 'untagged' });
  });
  it('image-tag-pinned gives a short note for a 200 KB compose image and still fails a real untagged one', async () => {
    const out = await runCase(imageTagPinned, { name: 'long', files: { 'docker-compose.yml': `services:\n  web:\n    image: ${'a'.repeat(200_000)}\n  db:\n    image: postgres\n` } });
    const notes = out.findings.filter((f) => f.note);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/^service 'web' image a{100}… is not judged: it is no image reference Docker accepts/);
    expect(notes[0]!.message.length).toBeLessThan(400);
    expect(out.findings.filter((f) => !f.note).map((f) => f.message)).toEqual([expect.stringMatching(/^service 'db' image postgres has no tag/)]);
  });
  it('a Kubernetes image of `{{` runs (no closing `}}`) is not read as templated, and its message is cut', async () => {
    const image = '{{'.repeat(50_000);
    const out = await runCase(imageTagPinned, { name: 'braces', files: { 'k8s/deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: "${image}"\n` } });
    for (const f of out.findings) expect(f.message.length).toBeLessThan(1000);
    expect(out.findings.some((f) => /is templated/.test(f.message))).toBe(false);
  });
});

describe('stableSubject: one pass over long words', () => {
  const OLD = (s: string, isFile: (p: string) => boolean) => s
    .replace(/\blines? \d+(?:\s*[-–]\s*\d+)?/g, 'line #')
    .replace(/([^\s()'"`,;:]+):\d+(?::\d+)?\b/g, (m, p: string) => (isFile(p) ? `${p}:#` : m));
  const isFile = (p: string) => /^(?:Procfile|a\.py|\.x|x)$/.test(p);
  it('matches the regex it replaces on text made of paths, line numbers and separators', () => {
    const piece = fc.constantFrom('Procfile', 'a.py', 'x', '.x', ':', '1', '12', ':3', 'a', '.', '-', ' ', '(', ')', ',', ';', "'", '`', 'line 4', 'é', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      expect(stableSubject(s, isFile)).toBe(OLD(s, isFile));
    }), { numRuns: 2000 });
    expect(stableSubject('FLASK_DEBUG (run by web in Procfile:3) x:1.a.py:2', isFile)).toBe('FLASK_DEBUG (run by web in Procfile:#) x:#.a.py:2');
  });
  it('leaves a 200 KB word as it is', () => {
    const word = `FROM ${'a'.repeat(200_000)}`;
    expect(stableSubject(word, isFile)).toBe(word);
  });
});

describe('D4: runs of braces in YAML values', () => {
  it('a kustomize literal full of `{{` is a plain string, not nested too deeply', () => {
    const value = `DEBUG=${'{{'.repeat(32_000)}`;
    const y = parseYaml('kustomization.yaml', `configMapGenerator:\n- name: a\n  literals:\n  - ${value}\n  - X={{ .Values.x }}\n`);
    expect(y.errors).toEqual([]);
    expect(y.docs[0]!.value).toEqual({ configMapGenerator: [{ name: 'a', literals: [value, 'X={{ .Values.x }}'] }] });
  });
  it('flow collections nested too deeply are still refused, after a key, a dash, a tag or a document marker', () => {
    for (const text of [`a: ${'['.repeat(600)}`, `- ${'{'.repeat(600)}`, `a: !!seq ${'['.repeat(600)}`, `--- ${'['.repeat(600)}`, `a: b\nc: {d: ${'['.repeat(600)}`]) {
      expect(parseYaml('x.yaml', text).errors[0]?.message).toMatch(/nested too deeply/);
    }
    expect(parseYaml('x.yaml', `a: b ${'['.repeat(600)}\n`).errors).toEqual([]);
  });
  it('isTemplated answers as /\\{\\{[^}]*\\}\\}/ does, and on a run of 100,000 `{`', () => {
    const piece = fc.constantFrom('{', '}', '{{', '}}', 'a', ' ', '\n', '{{ x }}', '$');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
      const s = parts.join('');
      expect(isTemplated(s)).toBe(/\{\{[^}]*\}\}/.test(s));
    }), { numRuns: 3000 });
    expect(isTemplated('{'.repeat(100_000))).toBe(false);
    expect(isTemplated(`${'{'.repeat(100_000)}}}`)).toBe(true);
    expect(isTemplated(`${'{'.repeat(100_000)}}a}}`)).toBe(false);
  });
  it('a compose value of 100,000 `{` is read as written', () => {
    const value = '{'.repeat(100_000);
    const snap = snapshotOf({ 'docker-compose.yml': `services:\n  db:\n    image: mysql:8.0\n    environment:\n      A: "${value}"\n` });
    const y = snap.yaml('docker-compose.yml')!;
    expect(y.errors).toEqual([]);
    expect((y.docs[0]!.value as { services: { db: { environment: { A: string } } } }).services.db.environment.A).toBe(value);
  });
  it('a Helm-style manifest with actions is still read as templated', () => {
    const snap = snapshotOf({ 'chart/templates/d.yaml': 'apiVersion: v1\nkind: Service\nspec:\n  type: {{ .Values.type }}\n' });
    const y = snap.yaml('chart/templates/d.yaml')!;
    expect(y.errors).toEqual([]);
    expect((y.docs[0]!.value as { spec: { type: string } }).spec.type).toBe('{{ .Values.type }}');
  });
});
