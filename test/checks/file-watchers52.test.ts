import { expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { productionServer } from '../../src/checks/production-server.js';

const run = async (files: Record<string, string>) => {
  const out = await runCase(productionServer, { name: 'watchers52', files });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line} ${f.message}`);
};
const go = (cmd: string) => `FROM golang:1.22\nWORKDIR /app\nUSER 1000\nCMD ${cmd}\n`;
const rust = (cmd: string) => `FROM rust:1.79\nWORKDIR /app\nUSER 1000\nCMD ${cmd}\n`;

// QA 52 (polyglot D9): watchexec (cargo-watch's engine and successor) and wgo (Go's watcher) restart the command they wrap on every
// file change, as watchmedo and reflex do; the wrapped `go run`/`cargo run` is named and the advice builds the binary.
it('watchexec wrapping go run / cargo run fails, naming the watcher and the wrapped launcher', async () => {
  for (const [df, wrapped, fix] of [
    [go('["watchexec", "-r", "-e", "go", "--", "go", "run", "."]'), 'go run', /go build -o \/app \./],
    [rust('watchexec -w src -r cargo run'), 'cargo run', /cargo build --release/],
    [rust('["watchexec", "--restart", "-c", "cargo run --release"]'), 'cargo run --release', /cargo build --release/],
  ] as const) {
    const out = await run({ Dockerfile: df });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^Dockerfile:4 CMD starts a development server: watchexec \\(a file-watching reloader, restarting ${wrapped} on every change\\); `));
    expect(out[0]).toMatch(fix);
    expect(out[0]).toMatch(/without the file watcher/);
  }
});

it('watchexec wrapping a production command still fails (the watcher restarts it on every change)', async () => {
  const out = await run({ Dockerfile: go('["watchexec", "-r", "-w", "bin", "--", "/app/server"]') });
  expect(out).toHaveLength(1);
  expect(out[0]).toMatch(/^Dockerfile:4 CMD starts a development server: watchexec \(a file-watching reloader\); run the command without watchexec/);
});

it('wgo run fails with Go advice; watchexec in a Procfile web process too', async () => {
  const out = await run({ Dockerfile: go('["wgo", "run", "."]') });
  expect(out).toHaveLength(1);
  expect(out[0]).toMatch(/^Dockerfile:4 CMD starts a development server: wgo run \(a file-watching reloader running go run[^)]*\); build the binary in a build stage \(go build -o \/app \.\)/);
  expect(await run({ 'go.mod': 'module x\n', Procfile: 'web: watchexec -r -e go -- go run .\n' })).toEqual([expect.stringMatching(/^Procfile:1 Procfile web starts a development server: watchexec/)]);
});

it('lookalikes pass: watchexec --help, the word in an argument, go build then the binary', async () => {
  expect(await run({ Dockerfile: go('["watchexec", "--version"]') })).toEqual([]);
  expect(await run({ Dockerfile: go('["/app/server", "--name", "watchexec"]') })).toEqual([]);
  expect(await run({ Dockerfile: go('["/app/wgo-server"]') })).toEqual([]);
});
