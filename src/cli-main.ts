#!/usr/bin/env node
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { ENGINE_WORKER, SCAN_WORKER, setWorkerEntry } from './engine/workers.js';

// Cache compiled code between runs (Node ≥ 22.1): most of a cold start is compiling the bundle.
module.enableCompileCache?.();
setWorkerEntry(fileURLToPath(import.meta.url));
const role = isMainThread ? null : (workerData as Record<string, unknown> | null);
if (role?.[SCAN_WORKER]) {
  // Started by a file pass on a large repository (src/engine/scan.ts): serve it, nothing else.
  (await import('./engine/scan-worker.js')).serve();
} else if (role?.[ENGINE_WORKER]) {
  // Started by run() for a large scan (src/engine/engine-thread.ts).
  await (await import('./engine/engine-thread.js')).serveEngine();
} else {
  // `preflight list | head`: a closed pipe ends the output quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });
  const { main } = await import('./cli.js');

  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
  // An open handle (a keep-alive socket, a stray timer) must not keep a finished CLI alive.
  setTimeout(() => process.exit(code), 5000).unref();
}
