import { parentPort, workerData } from 'node:worker_threads';
import { CHECKS } from '../checks/index.js';
import { classifyDocsApps, classifyUnder, rememberPathFacts } from '../repo/classify.js';
import { docsAppContentFolders, docsAppFolders } from '../repo/docs-apps.js';
import { RepoReader, SCAN_LIMIT_SKIPS, UNREADABLE_SKIP } from '../repo/read.js';
import { scanChunks, type ScanJob } from './scan.js';

/**
 * Serves a file pass in a worker thread. The worker is started with the files (workerData) as
 * soon as they are listed, loads the checks, and waits for its jobs: then it claims chunks of
 * files until none are left and posts what it found.
 */
export function serve(): void {
  const { root, realRoot, files, base, textLinks } = workerData as { root: string; realRoot?: string; files: string[]; base?: string; textLinks?: Record<string, string> };
  classifyUnder(base ?? '');
  // The same `docs/` apps as the snapshot's (their package.json and workspace files are read once more here).
  const docsReader = new RepoReader(root, realRoot, textLinks);
  const docsApps = docsAppFolders(files, base ?? '', (f) => docsReader.read(f) ?? undefined);
  classifyDocsApps(docsApps, docsAppContentFolders(files, docsApps));
  // Each file is asked about once here (its scanners in a row): no map of every path's answers (see rememberPathFacts).
  rememberPathFacts(false);
  const defs = new Map(CHECKS.map((c) => [c.id, c]));
  parentPort!.once('message', ({ chunk, jobs, counter }: { chunk: number; jobs: ScanJob[]; counter: Int32Array }) => {
    const reader = new RepoReader(root, realRoot, textLinks);
    const part = scanChunks(files, chunk, jobs, defs, (f) => reader.read(f), () => Atomics.add(counter, 0, 1), (f) => reader.readChunks(f));
    parentPort!.postMessage({ ...part, reads: reader.reads, unreadable: reader.skipped.filter((k) => k.reason === UNREADABLE_SKIP).map((k) => k.file), partial: reader.skipped.filter((k) => SCAN_LIMIT_SKIPS.has(k.reason)) });
  });
}
