import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { findSuppressions } from '../../src/repo/suppress.js';
import { makeRepo } from '../helpers/repo.js';

// QA48 secrets19 D4: a `# preflight-ignore` comment in a notebook's code cell is the cell's own Python comment: it suppresses
// the cell's next source line (a whole-line comment) or its own (a trailing one), as in a .py file; one that matches nothing
// is reported. Markdown cells and outputs showing the syntax hold no suppression.
async function cli(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: () => {}, isTTY: false, env: {}, cwd });
  return { code, stdout };
}
const nb = (cells: { cell_type: string; source: string[]; outputs?: unknown[] }[]) => JSON.stringify({
  cells: cells.map((c) => (c.cell_type === 'code' ? { cell_type: 'code', execution_count: null, metadata: {}, outputs: c.outputs ?? [], source: c.source } : { cell_type: c.cell_type, metadata: {}, source: c.source })),
  metadata: {}, nbformat: 4, nbformat_minor: 5,
}, null, 1) + '\n';
const code = [
  '# preflight-ignore hardcoded-secret: revoked demo key\n',
  'api_key = "Qm7vT2xR9pLk4wZsQm7vAb12"\n',
  'secret_token = "Zk3Lm9Qx2Rv7Tw4Yb8Nc1Hd5"  # preflight-ignore hardcoded-secret: revoked\n',
  'password = "Hq3Nv8Wc5Ry2Ub7EzK4m"\n',
  '# preflight-ignore hardcoded-secret: stale\n',
  'x = 1',
];
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('preflight-ignore in a notebook code cell (D4)', () => {
  it('findSuppressions reads a code cell\'s source lines as Python, at the line and column the file shows them; markdown cells and outputs hold none', () => {
    const text = nb([
      { cell_type: 'markdown', source: ['Mute a finding with:\n', '# preflight-ignore hardcoded-secret: why\n'] },
      { cell_type: 'code', source: code, outputs: [{ name: 'stdout', output_type: 'stream', text: ['# preflight-ignore hardcoded-secret: printed\n'] }] },
    ]);
    const got = findSuppressions('demo.ipynb', text).map((s) => [s.line, s.column, s.appliesTo, s.wholeLine, s.reason]);
    const first = lineOf(text, '# preflight-ignore hardcoded-secret: revoked demo key');
    const trailing = lineOf(text, 'secret_token');
    const stale = lineOf(text, '# preflight-ignore hardcoded-secret: stale');
    const rawTrailing = text.split('\n')[trailing - 1]!;
    expect(got).toEqual([
      [first, text.split('\n')[first - 1]!.indexOf('#') + 1, first + 1, true, 'revoked demo key'],
      [trailing, rawTrailing.indexOf('# preflight-ignore') + 1, trailing, false, 'revoked'],
      [stale, text.split('\n')[stale - 1]!.indexOf('#') + 1, stale + 1, true, 'stale'],
    ]);
  });

  it('end to end: the two covered findings are suppressed, the third fails, the comment above `x = 1` is reported as matching nothing', async () => {
    const text = nb([{ cell_type: 'code', source: code }]);
    const repo = makeRepo({
      'demo.ipynb': text,
      'c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: secrets, check: hardcoded-secret }\n',
    });
    const r = await cli(['--no-probes', '--checklist', 'c.yml', '--format', 'json'], repo);
    const got = JSON.parse(r.stdout).findings.map((f: { check: string; file: string; line: number; suppressed?: boolean }) => `${f.check} ${f.file}:${f.line}${f.suppressed ? ' suppressed' : ''}`);
    expect(got.sort()).toEqual([
      `config demo.ipynb:${lineOf(text, '# preflight-ignore hardcoded-secret: stale')}`,
      `hardcoded-secret demo.ipynb:${lineOf(text, 'api_key')} suppressed`,
      `hardcoded-secret demo.ipynb:${lineOf(text, 'password =')}`,
      `hardcoded-secret demo.ipynb:${lineOf(text, 'secret_token')} suppressed`,
    ].sort());
    expect(r.code).toBe(1);
  });
});
