import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { sensitivePaths } from '../../src/probes/sensitive-paths.js';
import { failuresOf, probeLive } from './helpers.js';

// probes14 D1: the probe's fix (deny dot-files at the proxy) blocks none of the status pages and actuator endpoints it also finds:
// each such finding carries its own fix. D2: Spring Boot 3's /actuator/env masks every value by default: no secret to rotate.
const STUB = 'Active connections: 2 \nserver accepts handled requests\n 10 10 12 \nReading: 0 Writing: 1 Waiting: 1 \n';
const env = (values: unknown[]) => JSON.stringify({ activeProfiles: ['prod'], propertySources: [{ name: 'systemEnvironment', properties: Object.fromEntries(values.map((v, i) => [`KEY_${i}`, { value: v, origin: 'System Environment Property' }])) }] }, null, 2);

async function probe(routes: Record<string, string>) {
  const server = http.createServer((req, res) => {
    const body = routes[req.url ?? ''];
    if (body === undefined) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('Not Found'); return; }
    res.writeHead(200, { 'content-type': req.url?.startsWith('/actuator') ? 'application/vnd.spring-boot.actuator.v3+json' : 'text/plain' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { get } = await probeLive({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }, ['sensitive-paths']);
    return failuresOf(get('sensitive-paths'), 'sensitive-paths').map((f) => ({ path: new URL(f.url!).pathname, severity: f.severity, message: f.message, fix: f.fix }));
  } finally { server.closeAllConnections(); server.close(); }
}

describe('sensitive-paths: each finding\'s fix remedies it', () => {
  it('nginx\'s stub_status and Spring Boot\'s actuator carry their own fixes; a served .env keeps the probe\'s (deny dot-files)', async () => {
    const out = await probe({ '/nginx_status': STUB, '/actuator/env': env(['postgres://app:s3cr3t-Pw@db/app']), '/.env': 'SECRET_KEY=abc123\nDEBUG=0\n' });
    const by = Object.fromEntries(out.map((f) => [f.path, f]));
    expect(by['/nginx_status']).toMatchObject({ severity: 'low', fix: expect.stringMatching(/^Restrict nginx's stub_status location to the monitoring host/) });
    expect(by['/actuator/env']).toMatchObject({ severity: 'critical', message: expect.stringContaining('rotate any secret it held'), fix: expect.stringContaining('management.endpoints.web.exposure.include=health') });
    expect(by['/.env']!.fix).toBeUndefined();
    expect(sensitivePaths.docs.fix).toMatch(/deny dot-files/);
    // No finding shows the secret it found.
    expect(JSON.stringify(out)).not.toContain('s3cr3t-Pw');
  }, 30_000);

  it('an /actuator/env whose every value is masked is high and says there is nothing to rotate; one unmasked value keeps it critical', async () => {
    const [masked] = await probe({ '/actuator/env': env(['******', '******', '******']) });
    expect(masked).toMatchObject({ severity: 'high', message: expect.stringContaining('its values are masked') });
    expect(masked!.message).not.toContain('rotate');
    const [partly] = await probe({ '/actuator/env': env(['******', 'hunter2-password', 8080]) });
    expect(partly).toMatchObject({ severity: 'critical', message: expect.stringContaining('rotate any secret it held') });
  }, 30_000);
});

describe('sensitive-paths: a masked /actuator/env is judged on the whole body (review C S1)', () => {
  it('a body cut at the 64 KiB cap stays critical even when what arrived is masked', async () => {
    const [cut] = await probe({ '/actuator/env': env(Array.from({ length: 3000 }, () => '******')) });
    expect(cut).toMatchObject({ severity: 'critical', message: expect.stringContaining('rotate any secret it held') });
  }, 30_000);
});

describe('sensitive-paths: a directory listing carries its own fix (review C N1)', () => {
  it('the listing finding says how to turn listings off, not to deny dot-files', async () => {
    const listing = '<html><head><title>Index of /</title></head><body><h1>Index of /</h1><hr><pre><a href="backup.sql">backup.sql</a></pre></body></html>';
    const [f] = await probe({ '/': listing });
    expect(f).toMatchObject({ path: '/', severity: 'medium', fix: expect.stringMatching(/^Turn directory listings off \(nginx `autoindex off`/) });
  }, 30_000);
});
