/**
 * Where worker threads start. The entry module (src/index.ts: dist/index.js, or lib/index.js)
 * registers its own file; the entry, started with `workerData[SCAN_WORKER]`, serves one
 * file pass (src/engine/scan-worker.ts), and with `workerData[ENGINE_WORKER]` one large scan
 * (src/engine/engine-thread.ts), instead of running the program. Without a registered
 * entry (the library imported by tests or other programs) passes run on the calling thread.
 */
export const SCAN_WORKER = 'preflight-scan-worker';
/** workerData key of an engine thread (src/engine/engine-thread.ts). */
export const ENGINE_WORKER = 'preflight-engine';

/** From this many files a scan is "large": an engine thread and worker threads pay for themselves. */
export const LARGE_REPO_FILES = 4000;

let entry: string | null = null;

export function setWorkerEntry(file: string | null): void { entry = file; }
export function workerEntry(): string | null { return entry; }

/**
 * Registers `file` (the running entry module) as where worker threads start and, on a worker
 * thread started with one of the roles above, serves that role. Returns whether it did (then the
 * entry must not run the program).
 */
export async function serveWorkerRole(file: string): Promise<boolean> {
  setWorkerEntry(file);
  const { isMainThread, workerData } = await import('node:worker_threads');
  const role = isMainThread ? null : (workerData as Record<string, unknown> | null);
  if (role?.[SCAN_WORKER]) { (await import('./scan-worker.js')).serve(); return true; }
  if (role?.[ENGINE_WORKER]) { await (await import('./engine-thread.js')).serveEngine(); return true; }
  return false;
}
