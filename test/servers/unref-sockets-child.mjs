// Runs one probe from the TypeScript sources (Node's type stripping, `.js` imports resolved to `.ts`) with every
// socket unref'd, as undici leaves the socket of an HTTP/2 session it thinks idle: only the probe's own timers can
// keep the process alive until the request times out. Prints the outcome as JSON; argv: URL, probe id, timeout ms.
// With `--cli ARGS…`, runs the CLI instead with the timers unref'd too: nothing at all keeps a request alive.
import { register } from 'node:module';
import net from 'node:net';

register('data:text/javascript,' + encodeURIComponent(`
export async function resolve(spec, ctx, next) {
  try { return await next(spec, ctx); } catch (e) {
    if (spec.startsWith('.') && spec.endsWith('.js')) return next(spec.slice(0, -3) + '.ts', ctx);
    throw e;
  }
}`));
const connect = net.Socket.prototype.connect;
net.Socket.prototype.ref = function () { return this; };
net.Socket.prototype.connect = function (...args) { const r = connect.apply(this, args); this.unref(); return r; };

const src = new URL('../../src/', import.meta.url);
if (process.argv[2] === '--cli') {
  const setTimeoutOrig = globalThis.setTimeout;
  globalThis.setTimeout = (...args) => setTimeoutOrig(...args).unref();
  process.argv.splice(2, 1);
  const { runCli } = await import(new URL('cli-main.ts', src).href);
  await runCli();
  process.exit(process.exitCode ?? 0);
}
const { PROBES } = await import(new URL('probes/index.ts', src).href);
const { runProbes } = await import(new URL('probes/run.ts', src).href);
const { parseOptions } = await import(new URL('engine/execute.ts', src).href);
const [url, id, timeoutMs] = process.argv.slice(2);
const probe = PROBES.find((p) => p.id === id);
const out = await runProbes([{ key: id, probe, options: parseOptions(probe, {}) }], { url, timeoutMs: Number(timeoutMs), waitMs: 0, headers: {}, allowSelfSigned: false }, { info() {}, debug() {}, warn() {} });
process.stdout.write(JSON.stringify(out.get(id)));
