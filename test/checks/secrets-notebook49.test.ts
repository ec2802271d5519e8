import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA49 (review 3 S4.3, second read of stop 48): the secret scan reads a notebook's cells with the reader the suppressions
// use. A lone `\r` breaks a line as Python's universal newlines do (an old-Mac notebook's `SECRET_KEY` is found under its
// own name); a source written as one string is decoded even when it is one line; a notebook whose JSON does not read is
// read by nbformat's layout, its one-string source decoded too. Findings stay where the value is in the file as written.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'secrets-notebook49', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const where = (file: string, text: string, value: string) => {
  const i = text.indexOf(value);
  expect(i, value).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return `${file}:${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
};
const notebook = (source: string | string[], indent?: number, markdown: string | string[] = '# Setup') => JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: markdown },
    { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source },
  ],
  metadata: {}, nbformat: 4, nbformat_minor: 5,
}, null, indent);
const KEY = 'Zq8vN3xR7tK2mW9pL4sJ6hY1';
const TOKEN = 'Xk9mP2vL7qR4tW8zN3cB6hJ1';
const named = (f: { message: string }) => /^'(\w+)'/.exec(f.message)?.[1];

describe('a lone \\r in a notebook source breaks the line (S4.3)', () => {
  it.each([['compact', undefined], ['indented', 1]] as const)('%s one-string source: each assignment after a \\r is found under its own name, at its value', async (_layout, indent) => {
    const nb = notebook(`import os\rSECRET_KEY = "${KEY}"\rapi_token = "${TOKEN}"\r`, indent);
    const f = await run({ 'mac.ipynb': nb });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([where('mac.ipynb', nb, KEY), where('mac.ipynb', nb, TOKEN)]);
    expect(f.map(named)).toEqual(['SECRET_KEY', 'api_token']);
  });

  it('a list item holding a \\r: the name after it is its own (not `rAPI_TOKEN`); \\r\\n items read as before', async () => {
    const nb = notebook([`import os\rAPI_TOKEN = "${TOKEN}"\n`, `SECRET_KEY = "${KEY}"\r\n`, 'x = 1'], 1);
    const f = await run({ 'list.ipynb': nb });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([where('list.ipynb', nb, TOKEN), where('list.ipynb', nb, KEY)]);
    expect(f.map(named)).toEqual(['API_TOKEN', 'SECRET_KEY']);
  });

  it('lookalikes still pass: a markdown cell with \\r-broken assignments, a reference after a \\r', async () => {
    const nb = notebook(`import os\rSECRET_KEY = os.environ["SECRET_KEY"]\r`, 1, `Set it:\rSECRET_KEY = "${KEY}"\r`);
    expect(await run({ 'nb.ipynb': nb })).toEqual([]);
  });
});

describe('a source written as one string of one line', () => {
  it.each([['compact', undefined], ['indented', 1]] as const)('%s: decoded and found under its name, at its value', async (_layout, indent) => {
    const nb = notebook(`password = "Hq3Nv8Wc5Ry2Ub7EzK4m"`, indent);
    const f = await run({ 'one.ipynb': nb });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([where('one.ipynb', nb, 'Hq3Nv8Wc5Ry2Ub7EzK4m')]);
    expect(f.map(named)).toEqual(['password']);
  });

  it('a notebook whose JSON does not read: its one-string source is read by nbformat\'s layout, decoded', async () => {
    const nb = notebook(`import os\nSECRET_KEY = "${KEY}"\n`, 1).replace('"nbformat": 4', '"nbformat": 4,,');
    expect(() => JSON.parse(nb)).toThrow();
    const f = await run({ 'broken.ipynb': nb });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([where('broken.ipynb', nb, KEY)]);
    expect(f.map(named)).toEqual(['SECRET_KEY']);
  });
});
