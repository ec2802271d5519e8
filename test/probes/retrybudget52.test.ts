import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/probes/collect.js';
import { silentLogger } from '../../src/types.js';
import { failuresOf, probeLive } from './helpers.js';
import { OK, scripted as start, type Act } from './scripted.js';

// QA stop 52 code review R2, of the dropped-request retry (`fetchOnce`): the retry had a whole new timeout, so a backend
// that holds a request and closes the connection just before the timeout (a gunicorn worker killed by its own timeout, a
// load balancer's idle timeout) cost two timeouts per request, and a `wait` overran "wait plus that attempt". The retry
// now shares the request's timeout. Real loopback servers; the bounds have generous margins (the machine is loaded).

const servers: { close: () => Promise<void> }[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });
const scripted = async (act: (n: number) => Act) => { const s = await start('/health', act); servers.push(s); return s; };

const HEALTH = { 'health-endpoint': { paths: ['/health'] } };
const health = async (url: string, timeoutMs: number) => {
  const t0 = Date.now();
  const out = (await probeLive({ url, timeoutMs }, ['health-endpoint'], HEALTH)).get('health-endpoint');
  return { out, took: Date.now() - t0, messages: failuresOf(out, 'health-endpoint').map((f) => f.message) };
};

describe('R2: the retry after a drop shares the request\'s timeout', () => {
  it('dropped late in its timeout (a worker killed by its own timeout): not asked again, the run stays within about one timeout', async () => {
    // Timeout 3 s, the connection closed 2.5 s after each request: 0.5 s left is too little. Before: asked again with a
    // new 3 s, so 5 s and two requests.
    const srv = await scripted(() => ({ drop: 2500 }));
    const { took, messages } = await health(srv.url, 3000);
    expect(messages).toEqual([expect.stringMatching(/\/health did not answer: .*closed the connection before a complete response/)]);
    expect(srv.asked()).toBe(1);
    expect(took).toBeLessThan(3000 + 900);
  });

  it('dropped early and the retry never answers: the retry has only what was left, and the drop is reported', async () => {
    // Timeout 4 s: dropped at 1.5 s, the retry held. Before: 1.5 s + a new 4 s (5.5 s), reported as a 4 s timeout.
    const srv = await scripted((n) => (n === 1 ? { drop: 1500 } : { hold: true }));
    const { took, messages } = await health(srv.url, 4000);
    expect(srv.asked()).toBe(2);
    expect(took).toBeGreaterThanOrEqual(3800);
    expect(took).toBeLessThan(4000 + 900);
    expect(messages).toEqual([expect.stringMatching(/\/health did not answer: .*closed the connection before a complete response/)]);
  });

  it('dropped half-way through the timeout and answered when asked again: passes (the retry still happens with time left)', async () => {
    const srv = await scripted((n) => (n === 1 ? { drop: 1000 } : { send: OK }));
    const { out, took } = await health(srv.url, 2000);
    expect(out.error).toBeUndefined();
    expect(failuresOf(out, 'health-endpoint')).toEqual([]);
    expect(srv.asked()).toBe(2);
    expect(took).toBeLessThan(2000 + 900);
  });

  it('a `wait` against a server dropping each poll just before the timeout ends within wait plus one attempt (one timeout)', async () => {
    // wait 4 s, polls every 2 s, timeout 2 s, each request dropped at 1.8 s: polls at 0, 2 and 4 s (the deadline), each
    // one request, so about 5.8 s. Before: each poll was two requests (3.6 s), the second started at 3.6 s and the run
    // took 7.2 s, past wait + timeout.
    const srv = await scripted(() => ({ drop: 1800 }));
    const t0 = Date.now();
    const obs = await collect({ url: srv.url, headers: {}, timeoutMs: 2000, waitMs: 4000, allowSelfSigned: false, pollMs: 2000 }, { health: ['/health'] }, silentLogger);
    const took = Date.now() - t0;
    const h = obs.health!['/health']!;
    expect(h.chain.error).toMatch(/closed the connection before a complete response/);
    expect(srv.asked()).toBe(h.attempts);
    expect(took).toBeLessThan(4000 + 2000 + 700);
  });
});
