import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { findSuppressions } from '../../src/repo/suppress.js';
import { makeRepo } from '../helpers/repo.js';

// QA49 (second read of stop 48, review 3 S2 and S4.3): the suppression comments of a notebook are read from its parsed cells
// by the reader the secret scan uses. A `# preflight-ignore` inside a source written as one string (Kaggle, generators) is
// honoured for the cell's next Python line only, though the whole cell sits on one line of the file; one that matches
// nothing is still reported; a lone `\r` breaks a line as in Python; a notebook whose JSON does not read is read by
// nbformat's layout, never throws, and lets no secret through.
async function cli(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: () => {}, isTTY: false, env: {}, cwd });
  return { code, stdout };
}
const CHECKLIST = 'version: 1\nfail-on: high\nitems:\n  - { id: secrets, check: hardcoded-secret }\n';
const nb = (sources: (string | string[])[], indent?: number) => JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: 'Mute it with:\n# preflight-ignore hardcoded-secret: shown in prose\n' },
    ...sources.map((source) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source })),
  ],
  metadata: {}, nbformat: 4, nbformat_minor: 5,
}, null, indent) + '\n';
/** Where `needle` starts in `text`: `line:column`. */
const where = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  expect(i, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return `${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
};
type Row = { check: string; file: string; line: number; column: number; suppressed?: boolean; suppressedBy?: string; message: string };
async function findings(files: Record<string, string>): Promise<Row[]> {
  const r = await cli(['--no-probes', '--checklist', 'c.yml', '--format', 'json'], makeRepo({ ...files, 'c.yml': CHECKLIST }));
  return JSON.parse(r.stdout).findings as Row[];
}
const API_KEY = 'Zq8vN3xR7tK2mW9pL4sJ6hY1';
const PASSWORD = 'Hq3Nv8Wc5Ry2Ub7EzK4m';
const TOKEN = 'Xk9mP2vL7qR4tW8zN3cB6hJ1';
const cell = [
  'import os',
  '# preflight-ignore hardcoded-secret: demo key for the tutorial',
  `API_KEY = "${API_KEY}"`,
  `password = "${PASSWORD}"`,
  `secret_token = "${TOKEN}"  # preflight-ignore hardcoded-secret: revoked`,
  '# preflight-ignore hardcoded-secret: stale',
  'x = 1',
  '',
].join('\n');

describe('preflight-ignore in a notebook source written as one string (review 3 S2)', () => {
  it.each([['indented', 1], ['compact', undefined]] as const)('%s: the comment mutes the next Python line (reason kept) and a trailing one its own; the other secret on the same file line fails; the stale one is reported', async (_layout, indent) => {
    const text = nb([cell], indent);
    const got = await findings({ 'kaggle.ipynb': text });
    const rows = got.map((f) => `${f.check} ${f.line}:${f.column}${f.suppressed ? ` suppressed (${f.suppressedBy})` : ''}`).sort();
    expect(rows).toEqual([
      `config ${where(text, '# preflight-ignore hardcoded-secret: stale')}`,
      `hardcoded-secret ${where(text, API_KEY)} suppressed (demo key for the tutorial)`,
      `hardcoded-secret ${where(text, PASSWORD)}`,
      `hardcoded-secret ${where(text, TOKEN)} suppressed (revoked)`,
    ].sort());
    expect(got.find((f) => f.check === 'config')!.message).toContain('preflight-ignore hardcoded-secret matched no finding');
    // The prose cell's comment is text: no suppression, nothing reported of it.
    expect(got.some((f) => f.line === Number(where(text, 'shown in prose').split(':')[0]) && f.column === Number(where(text, '# preflight-ignore hardcoded-secret: shown').split(':')[1]))).toBe(false);
  });

  it('findSuppressions gives each comment at its place in the file, applying to the next Python line\'s columns of the same file line', () => {
    const text = nb([cell], 1);
    const sup = findSuppressions('kaggle.ipynb', text);
    const line = Number(where(text, API_KEY).split(':')[0]);
    const col = (needle: string) => Number(where(text, needle).split(':')[1]);
    expect(sup.map((s) => [`${s.line}:${s.column}`, s.appliesTo, s.wholeLine, s.reason])).toEqual([
      [where(text, '# preflight-ignore hardcoded-secret: demo'), line, true, 'demo key for the tutorial'],
      [where(text, '# preflight-ignore hardcoded-secret: revoked'), line, false, 'revoked'],
      [where(text, '# preflight-ignore hardcoded-secret: stale'), line, true, 'stale'],
    ]);
    // The first applies to `API_KEY = "…"` (from its first character to its `\n` escape), not to `password = …` after it.
    const applies = sup[0]!.columns!.applies;
    expect(applies[0]).toBe(col('API_KEY = '));
    expect(applies[1]).toBe(col(`${API_KEY}\\"\\npassword`) + API_KEY.length + 2);
    expect(col(API_KEY)).toBeGreaterThanOrEqual(applies[0]);
    expect(col(PASSWORD)).toBeGreaterThan(applies[1]);
  });

  it('stacked comments apply to the line below the stack; a comment ending a cell does not reach the next cell on the same file line', async () => {
    const stacked = `# preflight-ignore default-credentials: not a default\n# preflight-ignore hardcoded-secret: rotated\nAPI_KEY = "${API_KEY}"\n`;
    const last = `x = 1\n# preflight-ignore hardcoded-secret: meant for the cell below`;
    const next = `password = "${PASSWORD}"\n`;
    const text = nb([stacked, last, next]);
    const got = await findings({ 'nb.ipynb': text });
    const secret = got.filter((f) => f.check === 'hardcoded-secret').map((f) => `${f.line}:${f.column}${f.suppressed ? ' suppressed' : ''}`).sort();
    expect(secret).toEqual([`${where(text, API_KEY)} suppressed`, where(text, PASSWORD)].sort());
    expect(got.filter((f) => f.check === 'config').map((f) => `${f.line}:${f.column}`)).toContain(where(text, '# preflight-ignore hardcoded-secret: meant'));
  });

  it('a cell written on one line as a list of strings: the comment string mutes the next string only', async () => {
    const text = nb([['# preflight-ignore hardcoded-secret: demo\n', `api_key = "${API_KEY}"\n`, `password = "${PASSWORD}"\n`]]);
    const got = await findings({ 'compact.ipynb': text });
    expect(got.filter((f) => f.check === 'hardcoded-secret').map((f) => `${f.line}:${f.column}${f.suppressed ? ' suppressed' : ''}`).sort())
      .toEqual([`${where(text, API_KEY)} suppressed`, where(text, PASSWORD)].sort());
  });

  it('a list of lines as Jupyter saves it still works as before (the line below, the line itself)', async () => {
    const text = nb([cell.split(/(?<=\n)/)], 1);
    const got = await findings({ 'list.ipynb': text });
    expect(got.map((f) => `${f.check} ${f.line}:${f.column}${f.suppressed ? ` suppressed (${f.suppressedBy})` : ''}`).sort()).toEqual([
      `config ${where(text, '# preflight-ignore hardcoded-secret: stale')}`,
      `hardcoded-secret ${where(text, API_KEY)} suppressed (demo key for the tutorial)`,
      `hardcoded-secret ${where(text, PASSWORD)}`,
      `hardcoded-secret ${where(text, TOKEN)} suppressed (revoked)`,
    ].sort());
  });
});

describe('a lone \\r breaks a notebook line for suppressions as for the secret scan (review 3 S4.3)', () => {
  it('an old-Mac source: the comment mutes the next line; the line after it still fails', async () => {
    const src = `import os\r# preflight-ignore hardcoded-secret: old demo\rSECRET_KEY = "${API_KEY}"\rdb_password = "${PASSWORD}"\r`;
    const text = nb([src], 1);
    const got = await findings({ 'mac.ipynb': text });
    expect(got.map((f) => `${f.check} ${f.line}:${f.column}${f.suppressed ? ' suppressed' : ''}`).sort()).toEqual([
      `hardcoded-secret ${where(text, API_KEY)} suppressed`,
      `hardcoded-secret ${where(text, PASSWORD)}`,
    ].sort());
  });
});

describe('a notebook whose JSON does not read', () => {
  it('never throws; read by nbformat\'s layout: the suppression of a source line holds, the other secret is still reported', async () => {
    // A merge left a trailing comma and a conflict marker: no JSON.
    const good = nb([[`# preflight-ignore hardcoded-secret: demo\n`, `api_key = "${API_KEY}"\n`, `password = "${PASSWORD}"\n`]], 1);
    const text = good.replace('"nbformat": 4', '"nbformat": 4,,\n<<<<<<< HEAD');
    expect(() => JSON.parse(text)).toThrow();
    expect(() => findSuppressions('broken.ipynb', text)).not.toThrow();
    const got = await findings({ 'broken.ipynb': text });
    expect(got.filter((f) => f.check === 'hardcoded-secret').map((f) => `${f.line}:${f.column}${f.suppressed ? ' suppressed' : ''}`).sort())
      .toEqual([`${where(text, API_KEY)} suppressed`, where(text, PASSWORD)].sort());
  });

  it('truncated or garbage notebooks give no suppression and no error', () => {
    for (const text of ['{"cells": [{"cell_type": "code", "source": "# preflight-ignore hardcoded-secret: x\\nkey = 1', '# preflight-ignore hardcoded-secret: x', '{"cells": "# preflight-ignore hardcoded-secret: x"}', '['.repeat(5000) + '"# preflight-ignore hardcoded-secret: x"']) {
      expect(() => findSuppressions('x.ipynb', text)).not.toThrow();
    }
  });
});
