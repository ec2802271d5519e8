/**
 * Robustness regressions of QA stop 35 (robust6): a byte-order mark opening a YAML document after `---` (D1), a
 * discovered checklist path that is a broken symlink (D2), lone-CR line breaks in a checklist named on the command
 * line or read from the base commit (D3).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { run } from '../../src/run.js';
import { RepoReader } from '../../src/repo/read.js';
import { parseYaml, parseYamlPrecise } from '../../src/repo/yaml.js';
import { readUserFile } from '../../src/user-file.js';
import { makeRepo } from '../helpers/repo.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const deployment = (name: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: redis:latest\n`;
const PINNED = 'version: 1\nfail-on: high\nitems:\n  - { id: pinned, check: image-tag-pinned }\n';

describe('D1: a byte-order mark that opens a YAML document after `---`', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`is set aside, so the document is read with its keys (${JSON.stringify(eol)}), columns counted as in the file`, () => {
      const text = `a: 1${eol}---${eol}\uFEFFapiVersion: v1${eol}kind: Pod${eol}`;
      for (const parse of [parseYaml, parseYamlPrecise]) {
        const y = parse('k8s.yaml', text);
        expect(y.errors).toEqual([]);
        expect(y.docs.map((d) => d.value)).toEqual([{ a: 1 }, { apiVersion: 'v1', kind: 'Pod' }]);
        // `apiVersion` is the second character of line 3 (the mark is the first); line 4 is untouched.
        expect(y.docs[1]!.loc(['apiVersion'], true)).toEqual({ line: 3, column: 2 });
        expect(y.docs[1]!.loc(['apiVersion'])).toEqual({ line: 3, column: 14 });
        expect(y.docs[1]!.loc(['kind'])).toEqual({ line: 4, column: 7 });
      }
    });
  }

  it('also after comments at the top of the document, and before a marker; not inside a quoted value', () => {
    expect(parseYaml('a.yaml', 'a: 1\n---\n# b.yaml\n\n\uFEFFkind: Pod\n').docs[1]!.value).toEqual({ kind: 'Pod' });
    expect(parseYaml('a.yaml', 'a: 1\n---\n\uFEFF# b.yaml\nkind: Pod\n').docs[1]!.value).toEqual({ kind: 'Pod' });
    expect(parseYaml('a.yaml', 'a: 1\n\uFEFF---\nkind: Pod\n').docs[1]!.value).toEqual({ kind: 'Pod' });
    const quoted = parseYaml('a.yaml', 'a: "x\uFEFFy"\nb: 1\n');
    expect(quoted.errors).toEqual([]);
    expect(quoted.docs[0]!.value).toEqual({ a: 'x\uFEFFy', b: 1 });
  });

  it('a mark that still starts a key (inside a document) is a parse problem at that key, never a silently different key', () => {
    for (const parse of [parseYaml, parseYamlPrecise]) {
      const y = parse('k8s.yaml', 'kind: Pod\nmetadata:\n  name: a\n\uFEFFspec: {}\n');
      expect(y.errors).toHaveLength(1);
      expect(y.errors[0]).toMatchObject({ line: 4, column: 1 });
      expect(y.errors[0]!.message).toMatch(/byte-order mark .* starts the key 'spec'/);
    }
  });

  it('the workload of such a document is judged (LF and CRLF multi-document files)', async () => {
    const repo = makeRepo({
      'preflight.yml': PINNED,
      'cd.yaml': `${deployment('c')}---\n\uFEFF${deployment('d')}`,
      'ef.yaml': `${deployment('e')}---\n\uFEFF${deployment('f')}`.replace(/\n/g, '\r\n'),
    });
    const r = await cli(['--no-probes', '--format', 'json'], repo);
    const found = JSON.parse(r.stdout).findings.map((f: { file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column}`);
    expect(found).toEqual(expect.arrayContaining(['cd.yaml:10:18', 'cd.yaml:21:18', 'ef.yaml:10:18', 'ef.yaml:21:18']));
    expect(JSON.parse(r.stdout).findings.filter((f: { check: string }) => f.check === 'parse-error')).toEqual([]);
  });
});

describe('D2: a discovered checklist path that is a symlink leading nowhere', () => {
  const BAD = { Dockerfile: 'FROM python:latest\nUSER app\n' };

  for (const [where, link, target, reason] of [
    ['.github/preflight.yml', '.github/preflight.yml', '../ci/preflight.yml', /symlink target missing \(it points to \.\.\/ci\/preflight\.yml\)/],
    ['PRODUCTION_CHECKLIST.md', 'PRODUCTION_CHECKLIST.md', 'docs/CHECKLIST.md', /symlink target missing \(it points to docs\/CHECKLIST\.md\)/],
    ['a loop', '.github/preflight.yml', 'preflight.yml', /symlink loop/],
  ] as const) {
    it(`is a configuration error naming the file, never the built-in preset instead (${where})`, async () => {
      const repo = makeRepo({ ...BAD, 'ci/preflight.yaml': PINNED }, {}, { [link]: target });
      const r = await cli(['--no-probes'], repo);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^preflight: ${link.replace(/\./g, '\\.')}: the checklist cannot be read: ${reason.source}`));
      // The same through run() (what the action calls).
      await expect(run({ dir: repo, probes: false })).rejects.toThrow(reason);
    });
  }

  it('a link to a file in the repository is still read, and a missing discovery path still means the preset', async () => {
    const linked = makeRepo({ ...BAD, 'ci/preflight.yml': PINNED }, {}, { '.github/preflight.yml': '../ci/preflight.yml' });
    const r = await cli(['--no-probes'], linked);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fail-on: high/);
    const none = await cli(['--no-probes'], makeRepo(BAD));
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/fail-on: critical/);
  });

  it('RepoReader.readNamed says why a broken link cannot be read; a missing file stays "not found"', () => {
    const repo = makeRepo({ 'a.txt': 'x\n' }, {}, { 'gone.yml': 'nowhere.yml', 'loop.yml': 'loop.yml' });
    const reader = new RepoReader(repo);
    expect(reader.readNamed('gone.yml')).toEqual({ reason: 'symlink target missing (it points to nowhere.yml)' });
    expect(reader.readNamed('loop.yml')).toEqual({ reason: 'symlink loop (it points to loop.yml)' });
    expect(reader.readNamed('absent.yml')).toEqual({ reason: 'not found (or not a file)' });
  });
});

describe('D3: lone-CR (classic Mac OS) line breaks in a checklist of any size', () => {
  const markdown = (n: number) => `# Checklist\n${Array.from({ length: n }, (_, i) => `- [ ] Item ${i + 1} done\n`).join('')}`;
  const cr = (s: string) => s.replace(/\n/g, '\r');

  it('a Markdown checklist named with --checklist reads like its LF twin, item for item, line for line (12 KB)', async () => {
    const repo = makeRepo({ 'app.txt': 'x\n' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-cr-'));
    fs.writeFileSync(path.join(dir, 'lf.md'), markdown(600));
    fs.writeFileSync(path.join(dir, 'cr.md'), cr(markdown(600)));
    const items = async (file: string) => {
      const r = await cli(['--dir', repo, '--checklist', file, '--no-probes', '--format', 'json'], dir);
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout).items.map((i: { id: string; title: string; source: { line: number; column: number } }) => [i.id, i.title, i.source.line, i.source.column]);
    };
    const lf = await items('lf.md');
    expect(lf).toHaveLength(600);
    expect(lf[599]).toEqual(['item-600-done', 'Item 600 done', 601, 1]);
    expect(await items('cr.md')).toEqual(lf);
  });

  it('a YAML checklist named with --checklist, and one read from the base commit (checklistSource), read lone CRs as line breaks', async () => {
    const repo = makeRepo({ Dockerfile: 'FROM python:latest\nUSER app\n' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-cr-'));
    fs.writeFileSync(path.join(dir, 'cr.yml'), cr(PINNED));
    const named = await cli(['--dir', repo, '--checklist', 'cr.yml', '--no-probes'], dir);
    expect(named.stderr).toBe('');
    expect(named.code).toBe(1);
    const base = await run({ dir: repo, probes: false, checklistSource: { file: 'PRODUCTION_CHECKLIST.md', text: cr(markdown(600)) } });
    expect(base.report.items).toHaveLength(600);
    expect(base.report.items[599]).toMatchObject({ title: 'Item 600 done', source: { line: 601 } });
  });

  it('readUserFile reads a CR-only file as LF (one character for one) and leaves CRLF and stray CRs as they are', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-cr-'));
    const write = (name: string, text: string) => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
    expect(readUserFile(write('a', 'a\rb\rc\r'))).toBe('a\nb\nc\n');
    expect(readUserFile(write('b', 'a\r\nb\r\n'))).toBe('a\r\nb\r\n');
    expect(readUserFile(write('c', 'a\rb\nc\nd\n'))).toBe('a\rb\nc\nd\n');
  });
});
