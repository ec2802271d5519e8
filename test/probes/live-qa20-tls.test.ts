import { execFile } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// QA round 20 (apache2 / haproxy / caddy): behaviours only a real server showed.

describe('a request pending on a socket nothing keeps alive still times out (no exit 13)', () => {
  // HAProxy `http-request silent-drop` on an HTTP/2 connection: undici sometimes left a request pending on a session
  // whose socket it had unref'd, and the CLI died with "unsettled top-level await" (exit 13, no report) instead of
  // reporting the timeout. The child unrefs every socket to make that deterministic; a server that never answers.
  let server: net.Server;
  let port = 0;
  const held: net.Socket[] = [];
  beforeAll(async () => {
    server = net.createServer((s) => { held.push(s); s.on('error', () => {}); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => { for (const s of held) s.destroy(); await new Promise((r) => server.close(r)); });

  it('the probe reports the timeout as its error', async () => {
    const child = fileURLToPath(new URL('../servers/unref-sockets-child.mjs', import.meta.url));
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--no-warnings', '--experimental-transform-types', child, `http://127.0.0.1:${port}/`, 'server-version-leak', '1000'],
        { timeout: 30_000 }, (err, stdout, stderr) => resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, stdout, stderr }));
    });
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ findings: [], error: `no answer from 127.0.0.1:${port} within 1 s (timeout)` });
  });

  it('the CLI exits 3 with the bug hint, not 13 without a word, if a run still stops with work pending', async () => {
    const child = fileURLToPath(new URL('../servers/unref-sockets-child.mjs', import.meta.url));
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--no-warnings', '--experimental-transform-types', child, '--cli', '--dir', dir, '--url', `http://127.0.0.1:${port}/`, '--timeout', '1', '--format', 'json'],
        { timeout: 30_000 }, (err, stdout, stderr) => resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, stdout, stderr }));
    });
    expect([code, stdout]).toEqual([3, '']);
    expect(stderr).toMatch(/^preflight: internal error: the run stopped before it finished .*\nThis is a bug in Preflight — please report it\.\n$/);
  });
});
