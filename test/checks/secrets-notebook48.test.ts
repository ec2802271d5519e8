import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA48 secrets19 D1: a notebook cell whose `source` is one JSON string holding several lines (nbformat's multiline_string,
// as Kaggle and generators write it) is read as the Python it decodes to: `token = "…"` after a `\n` escape is found under
// its own name, reported where its value is in the .ipynb file as written, as for a source written as a list of lines.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'secrets-notebook48', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
/** Where `value` starts in `text`, as `file:line:column`. */
const where = (file: string, text: string, value: string) => {
  const i = text.indexOf(value);
  expect(i, value).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return `${file}:${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
};
const SECRETS = { token: 'Xk9mP2vL7qR4tW8zN3cB6hJ1', password: 'Hq3Nv8Wc5Ry2Ub7EzK4m', secret: 'Tq8Lm3Zx7Wp2Rv5Kc9Nb', api_key: 'Vb5Nm8Qw2Er6Ty9UaZ3x' };
const python = `import os\n${Object.entries(SECRETS).map(([k, v]) => `${k} = "${v}"`).join('\n')}\n`;
const notebook = (source: string | string[], indent?: number) => JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: '# Setup\nRun the cell below.' },
    { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source },
  ],
  metadata: {}, nbformat: 4, nbformat_minor: 5,
}, null, indent);
const lines = (s: string) => s.split(/(?<=\n)/);

describe('a notebook cell source written as one string (D1)', () => {
  it.each([['compact', undefined], ['indented', 1]] as const)('%s: every assignment after a \\n escape is found under its own name, at its value', async (_layout, indent) => {
    const nb = notebook(python, indent);
    const f = await run({ 'one.ipynb': nb });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(Object.values(SECRETS).map((v) => where('one.ipynb', nb, v)));
    expect(f.map((x) => /^'(\w+)'/.exec(x.message)?.[1])).toEqual(Object.keys(SECRETS));
  });

  it('a source as a list of lines gives the same names as before, and a .py file the same four', async () => {
    const nb = notebook(lines(python), 1);
    const f = await run({ 'array.ipynb': nb, 'plain.py': python });
    expect(f.filter((x) => x.file === 'array.ipynb').map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual(Object.values(SECRETS).map((v) => where('array.ipynb', nb, v)));
    expect(f.map((x) => /^'(\w+)'/.exec(x.message)?.[1])).toEqual([...Object.keys(SECRETS), ...Object.keys(SECRETS)]);
  });

  it('a comment line before the assignment and other escapes on its line (a tab, a non-ASCII character) keep the column in the file', async () => {
    const src = '# connect\n\tdb_password = "Hq3Nv8Wc5Ry2Ub7EzK4m"  # caf\u00e9\nx = 1';
    const nb = notebook(src);
    // JSON.stringify writes the tab as `\t`: the value's column counts it as two characters, as written.
    const f = await run({ 'nb.ipynb': nb });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([where('nb.ipynb', nb, 'Hq3Nv8Wc5Ry2Ub7EzK4m')]);
    expect(f[0]!.message).toContain("'db_password' is assigned a hard-coded secret value");
  });

  it('lookalikes in a one-string source still pass: references, placeholders and a markdown cell holding an assignment', async () => {
    const src = 'import os\ntoken = os.environ["API_TOKEN"]\npassword = "<your-password>"\nsecret = "${APP_SECRET}"\n';
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'markdown', metadata: {}, source: 'Set it like this:\napi_key = "Vb5Nm8Qw2Er6Ty9UaZ3x"\n' },
        { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: src },
      ],
      metadata: {}, nbformat: 4, nbformat_minor: 5,
    });
    expect(await run({ 'nb.ipynb': nb })).toEqual([]);
  });
});
