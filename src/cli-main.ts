import { main } from './cli.js';
import { writeProblem } from './types.js';
import { currentDirectory, readStream } from './user-file.js';

/** The CLI process: argv in, report out, exit status set. */
export async function runCli(): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => stdoutFailed(e, { stderr: (m) => process.stderr.write(m), exit: (code) => process.exit(code), exitCode: () => process.exitCode }));
  // A promise nothing keeps alive (a request on a socket the HTTP client unref'd, no timer left) would end the
  // process with Node's "unsettled top-level await" (13) and no report: exit 3 with the bug hint instead.
  const early = () => {
    process.stderr.write('preflight: internal error: the run stopped before it finished (a pending operation that nothing could complete)\nThis is a bug in Preflight — please report it.\n');
    process.exit(3);
  };
  process.once('beforeExit', early);
  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
    // Null when it no longer exists: main() then takes absolute paths only (`--version` and `list` need none).
    cwd: currentDirectory(),
    stdin: () => readStream(0),
  });
  process.off('beforeExit', early);
  process.exitCode = code;
  // An open handle (a keep-alive socket, a stray timer) must not keep a finished CLI alive.
  setTimeout(() => process.exit(code), 5000).unref();
}

/**
 * A write to standard output failed. `preflight list | head`: a closed pipe (EPIPE) ends the output quietly, with the
 * status the run has so far. Any other write error (a full disk, a closed terminal) is the environment's, as a failed
 * `--output` write is: one line naming standard output and exit 2, never a stack or the "bug" exit 3 (and not "the
 * report": `--version` and `list` write to it too).
 */
export function stdoutFailed(e: NodeJS.ErrnoException, proc: { stderr: (s: string) => void; exit: (code: number) => void; exitCode: () => number | string | null | undefined }): void {
  if (e.code === 'EPIPE') { proc.exit(Number(proc.exitCode() ?? 0)); return; }
  proc.stderr(`preflight: cannot write to standard output: ${writeProblem(e, 'standard output')}\n`);
  proc.exit(2);
}
