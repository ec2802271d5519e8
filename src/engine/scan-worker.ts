import { parentPort, workerData } from 'node:worker_threads';
import { CHECKS } from '../checks/index.js';
import { RepoReader } from '../repo/read.js';
import { scanChunks, type ScanJob } from './scan.js';

/** Serves a file pass in a worker thread: claims chunks of files until none are left, posts the results. */
export function serve(): void {
  const { root, realRoot, files, chunk, jobs, counter } = workerData as { root: string; realRoot?: string; files: string[]; chunk: number; jobs: ScanJob[]; counter: Int32Array };
  const reader = new RepoReader(root, realRoot);
  const part = scanChunks(files, chunk, jobs, new Map(CHECKS.map((c) => [c.id, c])), (f) => reader.read(f), () => Atomics.add(counter, 0, 1));
  parentPort!.postMessage({ ...part, skipped: reader.skipped, reads: reader.reads });
}
