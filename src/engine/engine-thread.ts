import os from 'node:os';
import v8 from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { FileList } from '../repo/files.js';
import type { RunOptions, RunResult } from '../run.js';
import { ConfigError, type Logger } from '../types.js';
import { threadCount } from './scan.js';
import { ENGINE_WORKER, LARGE_REPO_FILES, workerEntry } from './workers.js';

/**
 * Large scans run on an engine thread whose young generation is bounded: under a scan's
 * allocation rate V8 grows the main thread's to 64 MB, most of a run's peak memory, and heap
 * flags cannot be set once a process runs. Small scans stay on the calling thread: starting a
 * thread costs ~40 ms.
 */
const ENGINE_YOUNG_MB = 8;

/** Whether `run()` hands a scan of `files` files to an engine thread. */
export function wantsEngineThread(files: number, env: Record<string, string | undefined>): boolean {
  if (!isMainThread || !workerEntry()) return false;
  const set = env['PREFLIGHT_ENGINE_THREAD'];
  if (set === '0' || set === '1') return set === '1';
  return files >= LARGE_REPO_FILES;
}

interface EngineMessage {
  log?: { level: keyof Logger; message: string; where?: ConfigError['where'] };
  result?: RunResult;
  error?: { config: boolean; message: string; stack?: string; where?: ConfigError['where']; more?: { message: string; where?: ConfigError['where'] }[]; omitted?: number };
}

/** Runs the pipeline after listing (src/engine/pipeline.ts) on an engine thread; logs come back as messages. */
export function runOnEngineThread(opts: RunOptions, listing: FileList, logger: Logger): Promise<RunResult> {
  const { logger: _own, ...plain } = opts;
  // Engine and scan threads run small young generations (see above), so they scavenge often; on a
  // runner with few cores, V8's parallel scavenging spends more on waking helper threads (busy
  // with the other scan thread) than it saves: measured on 2 vCPUs, 230 → 150 ms of scavenge
  // pauses per 40,000-file scan. Read at each scavenge, so setting it now takes effect.
  v8.setFlagsFromString('--no-parallel-scavenge');
  // When the engine and its scan workers take every core, V8's background optimizing compiler
  // waits for one while the function it optimizes keeps running unoptimized: compiling on the
  // thread that asked is faster (measured on 2 vCPUs: 1.33 → 1.25 s and 8% less CPU per
  // 40,000-file scan). Read when an isolate starts, so the threads started below compile in place.
  if (1 + threadCount(listing.files.length, opts.env ?? process.env) >= os.availableParallelism()) v8.setFlagsFromString('--no-concurrent-recompilation');
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => { if (!settled) { settled = true; f(); void worker.terminate(); } };
    const worker = new Worker(workerEntry()!, {
      workerData: { [ENGINE_WORKER]: { opts: plain, listing } },
      resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_MB },
      // Everything the run says goes through `logger`; nothing may reach stdout on its own.
      stdout: true,
      stderr: true,
    });
    worker.on('message', (m: EngineMessage) => {
      if (m.log) { if (m.log.level === 'warn') logger.warn(m.log.message, m.log.where); else (logger[m.log.level] ?? logger.warn)(m.log.message); }
      else if (m.result) { const result = m.result; settle(() => resolve(result)); }
      else if (m.error) {
        const e = m.error;
        // The engine's stack, not this handler's: `--debug` must show where the error happened.
        const err = e.config ? Object.assign(new ConfigError(e.message, e.where), { more: (e.more ?? []).map((m) => new ConfigError(m.message, m.where)), omitted: e.omitted ?? 0 }) : Object.assign(new Error(e.message), e.stack ? { stack: e.stack } : {});
        settle(() => reject(err));
      }
    });
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', () => settle(() => reject(new Error('the engine thread stopped without a result'))));
  });
}

/** The engine thread's side: runs the scan it was given and posts the result (or the error). */
export async function serveEngine(): Promise<void> {
  const { opts, listing } = (workerData as Record<string, { opts: RunOptions; listing: FileList }>)[ENGINE_WORKER]!;
  const post = (m: EngineMessage) => parentPort!.postMessage(m);
  const logger: Logger = {
    info: (message) => post({ log: { level: 'info', message } }),
    warn: (message, where) => post({ log: { level: 'warn', message, ...(where ? { where } : {}) } }),
    notice: (message) => post({ log: { level: 'notice', message } }),
    debug: (message) => post({ log: { level: 'debug', message } }),
  };
  // The scan workers start first: they load the checks while this thread loads the pipeline,
  // parses the checklist and plans, and get their jobs when the plan is known.
  const { prestartWorkers, threadCount } = await import('./scan.js');
  const pool = prestartWorkers({ root: listing.root, base: listing.base, files: listing.files, textLinks: listing.textLinks ?? {} }, threadCount(listing.files.length, opts.env ?? process.env));
  try {
    const { runListed } = await import('./pipeline.js');
    const result = await runListed({ ...opts, logger }, listing, pool);
    post({ result });
  } catch (e) {
    pool.release();
    const err = e as Error;
    post({ error: { config: e instanceof ConfigError, message: err?.message ?? String(e), ...(err?.stack ? { stack: err.stack } : {}), ...(e instanceof ConfigError && e.where ? { where: e.where } : {}), ...(e instanceof ConfigError && e.more.length ? { more: e.more.map((m) => ({ message: m.message, ...(m.where ? { where: m.where } : {}) })), omitted: e.omitted } : {}) } });
  }
}
