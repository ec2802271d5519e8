import { main } from './cli.js';

/** The CLI process: argv in, report out, exit status set. */
export async function runCli(): Promise<void> {
  // `preflight list | head`: a closed pipe ends the output quietly, not with a stack trace.
  // Any other write error (a full disk, a closed terminal) is one line and exit 3, never a stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`preflight: cannot write the report: ${e.message}\n`);
    process.exit(3);
  });
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
    cwd: process.cwd(),
  });
  process.off('beforeExit', early);
  process.exitCode = code;
  // An open handle (a keep-alive socket, a stray timer) must not keep a finished CLI alive.
  setTimeout(() => process.exit(code), 5000).unref();
}
