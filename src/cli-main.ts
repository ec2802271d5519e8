#!/usr/bin/env node
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { SCAN_WORKER, setWorkerEntry } from './engine/workers.js';

// Cache compiled code between runs (Node ≥ 22.1): most of a cold start is compiling the bundle.
module.enableCompileCache?.();
const SELF = fileURLToPath(import.meta.url);
/** workerData key of the thread that runs a scan for the main thread (see runOnEngineThread). */
const ENGINE = 'preflight-engine';
/** The young generation of the engine thread, in MB (V8's default grows to 64 MB on the main thread). */
const ENGINE_YOUNG_MB = 8;

/** Commands that read no repository: they run here, without a second thread's start-up cost. */
const LIGHT = new Set(['list', 'import', '-h', '--help', '-v', '--version']);

const data = isMainThread ? null : (workerData as Record<string, unknown> | null);
setWorkerEntry(SELF);
if (data?.[SCAN_WORKER]) {
  // Started by a file pass on a large repository (src/engine/scan.ts): serve it, nothing else.
  (await import('./engine/scan-worker.js')).serve();
} else if (data?.[ENGINE]) {
  const { argv, isTTY } = data[ENGINE] as { argv: string[]; isTTY: boolean };
  const code = await cli(argv, isTTY, (stream, s) => parentPort!.postMessage({ stream, s }));
  parentPort!.postMessage({ code });
} else {
  // `preflight list | head`: a closed pipe ends the output quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });
  const argv = process.argv.slice(2);
  const write = (stream: 'stdout' | 'stderr', s: string) => { process[stream].write(s); };
  const code = LIGHT.has(argv[0] ?? '') ? await cli(argv, !!process.stdout.isTTY, write) : await runOnEngineThread(argv, write);
  process.exitCode = code;
  // An open handle (a keep-alive socket, a stray timer) must not keep a finished CLI alive.
  setTimeout(() => process.exit(code), 5000).unref();
}

async function cli(argv: string[], isTTY: boolean, write: (stream: 'stdout' | 'stderr', s: string) => void): Promise<number> {
  const { main } = await import('./cli.js');
  return main(argv, {
    stdout: (s) => write('stdout', s),
    stderr: (s) => write('stderr', s),
    isTTY,
    env: process.env,
    cwd: process.cwd(),
  });
}

/**
 * Runs a scan on a worker thread whose young generation is bounded: V8 grows the main thread's to
 * 64 MB under a scan's allocation rate, which is most of a run's peak memory, and flags cannot be
 * set once a process runs. Output arrives as ordered messages; the exit status comes last.
 */
function runOnEngineThread(argv: string[], write: (stream: 'stdout' | 'stderr', s: string) => void): Promise<number> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (code: number) => { if (!done) { done = true; resolve(code); } };
    const worker = new Worker(SELF, {
      workerData: { [ENGINE]: { argv, isTTY: !!process.stdout.isTTY } },
      resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_MB },
    });
    worker.on('message', (m: { stream?: 'stdout' | 'stderr'; s?: string; code?: number }) => {
      if (m.stream && m.s !== undefined) { write(m.stream, m.s); return; }
      if (typeof m.code !== 'number') return;
      // Messages arrive in order: the status comes after all output. A handle the run left open
      // (a keep-alive socket) must not keep the thread, and so the CLI, alive.
      finish(m.code);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      write('stderr', `preflight: internal error: ${e?.message ?? String(e)}\nThis is a bug in Preflight — please report it.\n`);
      finish(3);
    });
    worker.once('exit', () => finish(3));
  });
}
