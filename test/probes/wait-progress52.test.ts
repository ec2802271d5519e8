import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/probes/collect.js';
import { main } from '../../src/cli.js';
import { silentLogger, type Logger } from '../../src/types.js';
import { startHttp, type Running } from '../servers/node.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA 52 cliux D1: a `wait` polled the health endpoint in silence (nothing on stderr for up to an hour, even with
 * --debug), so a wait could not be told from a hang. It now says on the info channel when it starts (URL, how long,
 * until when), on each change of what the endpoint answers (bounded) and every ~10 s meanwhile, and when it ends;
 * never a header's value.
 */
const servers: Running[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

async function waitLines(statuses: (n: number) => number, waitMs: number, pollMs: number, headers: Record<string, string> = {}) {
  let n = 0;
  const server = await startHttp((_q, res) => { res.writeHead(statuses(n++)); res.end('x'); });
  servers.push(server);
  const lines: string[] = [];
  const logger: Logger = { ...silentLogger, info: (m) => { lines.push(m); } };
  const obs = await collect({ url: `${server.url}/`, headers, timeoutMs: 2000, waitMs, pollMs, allowSelfSigned: false, health: ['/health'] }, { health: ['/health'] }, logger);
  return { lines, obs, url: `${server.url}/health` };
}

describe('wait progress (QA 52 cliux D1)', () => {
  it('says when the wait starts, each change of state, and that the endpoint became ready', async () => {
    const { lines, url } = await waitLines((n) => (n < 2 ? 503 : n < 4 ? 502 : 200), 5000, 30, { 'X-Api-Key': 'very-secret-value-52' });
    expect(lines[0]).toMatch(new RegExp(`^waiting up to 5 s \\(until \\d\\d:\\d\\d:\\d\\d UTC\\) for ${url.replace(/[.]/g, '\\.')} to answer before probing$`));
    expect(lines).toContain(`still waiting for ${url}: HTTP 503 (attempt 1, 0 s of 5 s)`);
    expect(lines.some((l) => l.startsWith(`still waiting for ${url}: HTTP 502 (attempt 3,`))).toBe(true);
    // The same state again is not repeated within 10 s.
    expect(lines.filter((l) => l.includes('HTTP 503')).length).toBe(1);
    expect(lines.at(-1)).toBe(`${url} is ready (HTTP 200) after 0 s (5 attempts); probing`);
    expect(lines.join('\n')).not.toContain('very-secret-value-52');
  });

  it('says when it gives up, and a flapping endpoint logs a bounded number of lines', async () => {
    const { lines, url } = await waitLines((n) => 500 + (n % 2), 1500, 5);
    expect(lines.at(-1)).toMatch(new RegExp(`^gave up waiting for ${url.replace(/[.]/g, '\\.')} after 2 s \\(\\d+ attempts\\): HTTP 50[01]; probing as it is$`));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.length).toBeLessThanOrEqual(1 + 20 + 1);
  });

  it('no wait: nothing is said', async () => {
    const { lines } = await waitLines(() => 200, 0, 30);
    expect(lines).toEqual([]);
  });

  it('the CLI writes the wait on stderr', async () => {
    const server = await startHttp((_q, res) => { res.writeHead(200); res.end('ok'); });
    servers.push(server);
    const repo = makeRepo({ 'c.yml': 'version: 1\nprobes:\n  health: [/health]\nitems:\n  - id: h\n    check: health-endpoint\n' });
    let stderr = '';
    const code = await main(['--checklist', 'c.yml', '--url', server.url, '--wait', '5'], { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: repo });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^preflight: waiting up to 5 s \(until .* UTC\) for http:\/\/127\.0\.0\.1:\d+\/health to answer before probing\npreflight: http:\/\/127\.0\.0\.1:\d+\/health is ready \(HTTP 200\) after 0 s \(1 attempt\); probing\n$/);
  });
});
