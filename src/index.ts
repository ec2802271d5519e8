import fs from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { serveWorkerRole } from './engine/workers.js';
import { printable } from './checks/util/text.js';

/**
 * The one bundle entry (dist/index.js). Run by the Actions runner it is the action; imported by
 * the CLI's bin (dist/cli/index.js, from src/cli-bin.ts) it exports `cli`; started as a worker
 * thread it serves a file pass or a large scan.
 */
// Cache compiled code between runs (Node ≥ 22.1): most of a cold start is compiling the bundle.
module.enableCompileCache?.();
const self = fileURLToPath(import.meta.url);
/** How long the action's process may live on after main() has done its work (open sockets, timers). */
const EXIT_GRACE_MS = 1000;

/**
 * V8 settings of a Preflight process, the CLI's and the action's (not of a program that imports the library): a small
 * young generation on the main thread (below), and no
 * TurboFan. A scan is a few seconds of CPU on an engine thread and a scan worker, and they compile optimized code in
 * place (src/engine/engine-thread.ts): in so short a run TurboFan's compiles cost more than its code gives back (a
 * 40,000-file scan: ~2.3 → ~2.0 s of CPU; 117,000 files: ~5.6 → ~5.1 s), and they hold memory at the scan's peak —
 * their compile zones in the threads' malloc arenas, and the compiler's own machine code, paged in from the node binary
 * (~5 MB resident). Maglev, the tier below, still optimizes the hot code. Set before anything is hot enough for
 * TurboFan (the listing of a large repository is), so that the compiler is never paged in; V8 reads it at each tier-up.
 */
function processFlags(): void {
  v8.setFlagsFromString('--no-turbofan');
  // The main thread's young generation capped at 1 MB semi-spaces (V8's default grows them to 16 MB): on a large repository
  // the main thread only lists the files and waits for the engine thread, yet its young generation stayed grown through the
  // scan's peak (the 39,013-file monorepo: 200–204 → 190–196 MB peak RSS, the same CPU; a small repository's run the same).
  // The engine and scan threads set their own (resourceLimits).
  v8.setFlagsFromString('--max-semi-space-size=1');
}

/**
 * Runs the CLI on process.argv (the bin's whole job). Nothing escapes it: an error main() did not map to an exit status
 * (thrown before it runs, or around it) is the contract's exit 3 with a short message, never Node's stack trace and its
 * exit 1, which reads as "gate failed".
 */
export async function cli(): Promise<void> {
  try {
    processFlags();
    await (await import('./cli-main.js')).runCli();
  } catch (e) {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`preflight: internal error: ${printable((e as Error)?.message ?? String(e))}\nThis is a bug in Preflight — please report it${debug ? '' : ' (run with --debug for the stack trace)'}.\n${debug && (e as Error)?.stack ? `${(e as Error).stack}\n` : ''}`);
    process.exitCode = 3;
  }
}

if (!(await serveWorkerRole(self)) && isProcessEntry()) {
  // @actions/github builds its `context` when it loads: JSON.parse of the event file, which throws
  // out of the import on an empty or malformed file (and it prints a note when the file is
  // missing). Preflight reads the payload itself (src/action/inputs.ts) and never uses that
  // context, so the library loads without the variable.
  const eventPath = process.env.GITHUB_EVENT_PATH;
  delete process.env.GITHUB_EVENT_PATH;
  // It also makes its proxy agent for GITHUB_API_URL when it loads, and a value that is no URL (`ghe.example.com/api/v3`)
  // throws out of the import, before Preflight could say anything: the library loads without it, and main() reports the
  // value as a configuration error (src/action/inputs.ts, apiUrlProblem).
  const apiUrl = process.env.GITHUB_API_URL;
  if (apiUrl && !URL.canParse(apiUrl)) delete process.env.GITHUB_API_URL;
  processFlags();
  const { main } = await import('./action/main.js');
  if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath;
  if (apiUrl !== undefined) process.env.GITHUB_API_URL = apiUrl;
  await main();
  // The verdict, outputs and summary are written: nothing the step does is left. A socket nobody waits for any more must
  // not hold the job (a proxy that accepted the CONNECT of a timed-out API request and never answers keeps undici's
  // tunnel open for minutes). Unref'd: a run whose event loop empties by itself ends as soon as it does.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

/** Whether this module is the script node was started with (the runner's `node dist/index.js`). */
function isProcessEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try { return fs.realpathSync(script) === fs.realpathSync(self); } catch { return false; }
}
