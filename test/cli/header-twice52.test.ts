import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { parseInputs } from '../../src/action/inputs.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, type Running } from '../servers/node.js';

/**
 * QA 52 cliux D6: `--header` with the same name twice (in any case) kept only the last value, silently. The last still
 * wins, but a warning names the header (never its values); the action's `headers` input alike.
 */
const received: (string | string[] | undefined)[] = [];
let server: Running;
afterAll(async () => { await server?.close(); });

describe('a header given twice (QA 52 cliux D6)', () => {
  it('the CLI sends the last value and warns by name', async () => {
    server = await startHttp((req, res) => { received.push(req.headers['x-a']); res.writeHead(200); res.end('ok'); });
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: h\n    check: health-endpoint\n' });
    let stderr = '';
    const code = await main(['--checklist', 'c.yml', '--url', server.url, '--header', 'X-A: first-value', '--header', 'x-a: second-value'], { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: repo });
    expect(code).toBe(0);
    expect(received.length).toBeGreaterThan(0);
    expect(new Set(received)).toEqual(new Set(['second-value']));
    expect(stderr).toBe('preflight: --header x-a is given twice with different values: only the last one is sent (the values are not shown)\n');
  });

  it('the same value twice is one value: no warning', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: h\n    check: health-endpoint\n' });
    let stderr = '';
    await main(['--checklist', 'c.yml', '--url', server.url, '--header', 'X-A: same-value', '--header', 'X-A: same-value'], { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: repo });
    expect(stderr).toBe('');
  });

  it('the action input: the last line wins, its name listed for the warning', () => {
    const inputs = parseInputs({ headers: 'X-Api-Key: one-secret\nAuthorization: Bearer abcdef\nx-api-key: two-secret' });
    expect(inputs.headers).toEqual({ 'Authorization': 'Bearer abcdef', 'x-api-key': 'two-secret' });
    expect(inputs.repeatedHeaders).toEqual(['x-api-key']);
    expect(parseInputs({ headers: 'X-A: v1' }).repeatedHeaders).toEqual([]);
  });
});
