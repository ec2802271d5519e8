import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { SCAN_WORKER, setWorkerEntry } from './engine/workers.js';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[SCAN_WORKER]) {
  // Started by a file pass on a large repository (src/engine/scan.ts): serve it, nothing else.
  (await import('./engine/scan-worker.js')).serve();
} else {
  setWorkerEntry(fileURLToPath(import.meta.url));
  const { main } = await import('./action/main.js');
  await main();
}
