#!/usr/bin/env node
import { main } from './cli.js';

const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
// An open handle (a keep-alive socket, a stray timer) must not keep a finished CLI alive.
setTimeout(() => process.exit(code), 5000).unref();
