import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckDef, FileScanner, Scanned } from '../checks/define.js';
import { findSuppressions, type Suppression } from '../repo/suppress.js';
import { chunkPosition, safeRealpath, type Skip, type TextChunk } from '../repo/read.js';
import { LARGE_REPO_FILES, workerEntry, SCAN_WORKER } from './workers.js';

/** One check's scanner for one set of options (items with equal options share a job). */
export interface ScanJob { check: string; options: unknown }

/** What a file pass produced. `results[j]` lists job `j`'s data per file, in file order. */
export interface ScanOutput {
  results: Scanned<unknown>[][];
  /** A scanner that threw: its job's error message (the check's outcome becomes `error`). */
  errors: (string | null)[];
  suppressions: [string, Suppression[]][];
  /** Files read by worker threads (the calling thread's reads are its reader's). */
  reads: number;
  /** Worker threads that delivered their part (0: the calling thread did the whole pass). */
  threads: number;
  /** Files worker threads could not read (permission denied): the calling thread's reader records its own. */
  unreadable: string[];
  /** Large files worker threads scanned only in part (SCAN_LIMIT_SKIPS): the calling thread's reader records its own. */
  partial: Skip[];
}

/** What one thread did: data keyed by file index (in the whole list), and which chunks it did. */
export interface PartOutput {
  results: [number, unknown][][];
  errors: (string | null)[];
  suppressions: [number, Suppression[]][];
  chunks: number[];
  reads: number;
  /** Files this thread's reader could not read (permission denied); a worker fills it in. */
  unreadable?: string[];
  /** Large files this thread's reader scanned only in part; a worker fills it in. */
  partial?: Skip[];
}

export interface PassInput {
  root: string;
  realRoot?: string;
  /** The scanned folder relative to the repository root (classification is relative to it). */
  base?: string;
  files: readonly string[];
  /** FileList.textLinks: tracked symlinks checked out as plain files, read as links. */
  textLinks?: Readonly<Record<string, string>>;
  jobs: readonly ScanJob[];
}

/**
 * Files per chunk: threads claim chunks one at a time, so a fast thread takes more of them.
 * About eight chunks per thread, 16 to 256 files each.
 */
export function chunkSize(files: number, threads: number): number {
  return Math.max(16, Math.min(256, Math.ceil(files / ((threads + 1) * 8))));
}

/**
 * Scans the chunks `claim` hands out (until it returns an index past the end): reads each file
 * that at least one scanner accepts, once, and hands the text to every scanner that accepts it;
 * inline suppressions are collected on the way. Pure apart from the reads. A scanner that throws
 * is dropped for the rest of the pass and its job reports the error.
 */
export type ReadLarge = (file: string) => Iterable<TextChunk> | null;

export function scanChunks(files: readonly string[], chunk: number, jobs: readonly ScanJob[], defs: ReadonlyMap<string, CheckDef>, read: (file: string) => string | null, claim: () => number, readLarge: ReadLarge | null = null): PartOutput {
  const errors: (string | null)[] = jobs.map(() => null);
  const fail = (j: number, e: unknown) => { errors[j] = `check '${jobs[j]!.check}' failed: ${(e as Error)?.message ?? String(e)}`; };
  const scanners: (FileScanner<unknown> | null)[] = jobs.map((job, j) => {
    try {
      const def = defs.get(job.check);
      if (!def?.scan) throw new Error('no file scanner');
      return def.scan(job.options);
    } catch (e) { fail(j, e); return null; }
  });
  const results: [number, unknown][][] = jobs.map(() => []);
  const suppressions: [number, Suppression[]][] = [];
  const chunks: number[] = [];
  const wants: number[] = [];
  const total = Math.ceil(files.length / chunk);
  for (let guard = 0; guard <= total; guard++) {
    const c = claim();
    if (c < 0 || c >= total) break;
    chunks.push(c);
    const end = Math.min(files.length, (c + 1) * chunk);
    for (let i = c * chunk; i < end; i++) {
      const file = files[i]!;
      wants.length = 0;
      for (let j = 0; j < scanners.length; j++) {
        const sc = scanners[j];
        if (!sc) continue;
        try { if (sc.accepts(file)) wants.push(j); } catch (e) { fail(j, e); scanners[j] = null; }
      }
      if (!wants.length) continue;
      const text = read(file);
      if (text === null) {
        if (readLarge) scanLarge(i, file);
        continue;
      }
      const sup = findSuppressions(file, text);
      if (sup.length) suppressions.push([i, sup]);
      // (Indexed: no iterator per file.)
      for (let w = 0; w < wants.length; w++) {
        const j = wants[w]!;
        const sc = scanners[j];
        if (!sc) continue;
        try {
          const data = sc.file(file, text);
          if (data !== undefined) results[j]!.push([i, data]);
        } catch (e) { fail(j, e); scanners[j] = null; }
      }
    }
  }
  return { results, errors, suppressions, chunks, reads: 0 };

  /** A file over 1 MiB: scanners that read large files get its chunks (suppressions found on the way). */
  function scanLarge(i: number, file: string) {
    let sup: Suppression[] | null = [];
    for (const j of wants) {
      const sc = scanners[j];
      if (!sc?.largeFile) continue;
      const chunks = readLarge!(file);
      if (!chunks) return;
      const found = sup;
      const seen = found ? withSuppressions(file, chunks, found) : chunks;
      try {
        const data = sc.largeFile(file, seen);
        if (data !== undefined) results[j]!.push([i, data]);
      } catch (e) { fail(j, e); scanners[j] = null; }
      if (found?.length) suppressions.push([i, found]);
      sup = null;
    }
  }
}

/** `chunks`, collecting the suppression comments of each (at their line in the whole file) into `out`. */
function* withSuppressions(file: string, chunks: Iterable<TextChunk>, out: Suppression[]): Generator<TextChunk> {
  for (const c of chunks) {
    for (const s of findSuppressions(file, c.text)) {
      const at = chunkPosition(c, s.line, s.column);
      if (at) out.push({ ...s, ...at, appliesTo: s.appliesTo + c.firstLine - 1, ...(s.appliesToEnd ? { appliesToEnd: s.appliesToEnd + c.firstLine - 1 } : {}) });
    }
    yield c;
  }
}

/**
 * How many worker threads help a pass over `files` files: `PREFLIGHT_THREADS` when set (0 = none),
 * else none for small repositories (starting a worker costs more than it saves) and one per CPU
 * beyond the first for large ones, at most 2: the calling thread scans too, and each worker costs
 * ~20 MB of memory (peak memory is a target: ≤ 200 MB on a 40,000-file monorepo).
 */
export function threadCount(files: number, env: Record<string, string | undefined> = process.env): number {
  const set = env['PREFLIGHT_THREADS'];
  if (set !== undefined && /^\d+$/.test(set.trim())) return Math.min(Number(set), 16);
  if (files < LARGE_REPO_FILES) return 0;
  return Math.max(0, Math.min(os.availableParallelism() - 1, MAX_AUTO_THREADS));
}
const MAX_AUTO_THREADS = 2;

/** A started file pass. */
export interface FilePass {
  /** Worker threads started on the pass (they scan until `finish` joins them). */
  readonly workers: number;
  /** Joins in on this thread, then waits for the workers and merges (results in file order). */
  finish(): Promise<ScanOutput>;
}

/**
 * Worker threads started before the pass is known: they load the scanners while the calling
 * thread parses the checklist and plans, then wait for their jobs (see `startScan`). A pool that
 * is not used must be `release`d.
 */
export interface WorkerPool {
  readonly input: Omit<PassInput, 'jobs'>;
  readonly workers: PooledWorker[];
  release(): void;
}
interface PooledWorker { worker: Worker | null; part: Promise<PartOutput | null> }

/**
 * Starts `n` scan workers for the files of `input` (none without a registered entry module, see
 * workers.ts). Each settles its `part` with what it scanned, or null when it failed or was
 * released: a pass never waits on a dead worker.
 */
export function prestartWorkers(given: Omit<PassInput, 'jobs'>, n: number): WorkerPool {
  // The workers resolve nothing themselves: the root's real path travels with the files (the same list, for startScan).
  const input = given.realRoot === undefined ? { ...given, realRoot: safeRealpath(given.root) } : given;
  const entry = workerEntry();
  const workers: PooledWorker[] = entry && n > 0 ? Array.from({ length: n }, () => startWorker(entry, input)) : [];
  return {
    input,
    workers,
    release() { for (const w of workers) void w.worker?.terminate(); },
  };
}

function startWorker(entry: string, input: Omit<PassInput, 'jobs'>): PooledWorker {
  let settle!: (p: PartOutput | null) => void;
  const part = new Promise<PartOutput | null>((resolve) => {
    let settled = false;
    settle = (p) => { if (!settled) { settled = true; resolve(p); } };
  });
  try {
    const worker = new Worker(entry, {
      workerData: { [SCAN_WORKER]: true, root: input.root, realRoot: input.realRoot, base: input.base, files: input.files, textLinks: input.textLinks ?? {} },
      // A worker holds one file at a time; a bounded heap keeps the pass's memory bounded.
      resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 4 },
      // Nothing a worker prints may reach the report on stdout (or the log).
      stdout: true,
      stderr: true,
    });
    worker.once('message', (p: PartOutput) => { settle(p); void worker.terminate(); });
    worker.once('error', () => settle(null));
    worker.once('exit', () => settle(null));
    return { worker, part };
  } catch {
    settle(null);
    return { worker: null, part };
  }
}

/**
 * Starts the file pass for `jobs`. With worker threads (`workers` > 0, or a pool started earlier
 * for the same files) the workers scan right away, claiming chunks of files from a shared
 * counter; `finish()` makes the calling thread claim chunks too (with `read`), so whichever thread
 * is free does the work. Chunks of a worker that failed (out of memory, crash) are redone on the
 * calling thread: a pass always completes with the same results, whatever the threads did.
 */
export function startScan(input: PassInput, defs: ReadonlyMap<string, CheckDef>, workers: number | WorkerPool, read: (file: string) => string | null, readLarge: ReadLarge | null = null): FilePass {
  const { files, jobs } = input;
  const pool = typeof workers === 'number' ? null : workers;
  const count = pool ? pool.workers.length : (workers as number);
  const chunk = chunkSize(files.length, count);
  const total = Math.ceil(files.length / chunk);
  const useful = jobs.length ? Math.min(count, total - 1) : 0;
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const claim = () => Atomics.add(counter, 0, 1);
  let started: PooledWorker[];
  if (pool) {
    if (pool.input.files !== files) throw new Error('the worker pool was started for other files');
    started = pool.workers.slice(0, Math.max(0, useful));
    for (const w of pool.workers.slice(started.length)) void w.worker?.terminate();
  } else {
    const entry = workerEntry();
    started = entry ? Array.from({ length: Math.max(0, useful) }, () => startWorker(entry, input)) : [];
  }
  for (const w of started) {
    try { w.worker?.postMessage({ chunk, jobs, counter }); } catch { void w.worker?.terminate(); }
  }
  return {
    workers: started.length,
    async finish() {
      const mine = scanChunks(files, chunk, jobs, defs, read, claim, readLarge);
      const theirs = (await Promise.all(started.map((w) => w.part))).filter((p): p is PartOutput => p !== null);
      const parts = [mine, ...theirs];
      const done = new Set(parts.flatMap((p) => p.chunks));
      const missing = Array.from({ length: total }, (_, c) => c).filter((c) => !done.has(c));
      if (missing.length) { let k = 0; parts.push(scanChunks(files, chunk, jobs, defs, read, () => (k < missing.length ? missing[k++]! : total), readLarge)); }
      return merge(files, jobs.length, parts, theirs.length);
    },
  };
}

/** Back to paths, in file order. */
function merge(files: readonly string[], jobCount: number, parts: PartOutput[], threads: number): ScanOutput {
  const results: [number, unknown][][] = Array.from({ length: jobCount }, () => []);
  const errors: (string | null)[] = Array.from({ length: jobCount }, () => null);
  const suppressions: [number, Suppression[]][] = [];
  let reads = 0;
  const unreadable: string[] = [];
  const partial: Skip[] = [];
  for (const part of parts) {
    unreadable.push(...(part.unreadable ?? []));
    partial.push(...(part.partial ?? []));
    part.results.forEach((rows, j) => { for (const row of rows) results[j]!.push(row); });
    part.errors.forEach((e, j) => { errors[j] ??= e; });
    suppressions.push(...part.suppressions);
    reads += part.reads;
  }
  const byIndex = (a: [number, unknown], b: [number, unknown]) => a[0] - b[0];
  for (const r of results) r.sort(byIndex);
  suppressions.sort(byIndex);
  return {
    results: results.map((rows) => rows.map(([i, data]) => ({ file: files[i]!, data }))),
    errors,
    suppressions: suppressions.map(([i, sup]) => [files[i]!, sup]),
    reads,
    threads,
    unreadable,
    partial,
  };
}
