import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { ENGINE_WORKER, SCAN_WORKER, setWorkerEntry } from './engine/workers.js';

setWorkerEntry(fileURLToPath(import.meta.url));
const role = isMainThread ? null : (workerData as Record<string, unknown> | null);
if (role?.[SCAN_WORKER]) {
  // Started by a file pass on a large repository (src/engine/scan.ts): serve it, nothing else.
  (await import('./engine/scan-worker.js')).serve();
} else if (role?.[ENGINE_WORKER]) {
  // Started by run() for a large scan (src/engine/engine-thread.ts).
  await (await import('./engine/engine-thread.js')).serveEngine();
} else {
  const { main } = await import('./action/main.js');
  await main();
}
