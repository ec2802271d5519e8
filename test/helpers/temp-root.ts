import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: every temporary directory a test run makes (repositories, certificates,
 * server configs, runner workspaces) goes under one root of its own, removed when the run ends,
 * so a run leaves nothing behind in the system's temp directory. Test files run in forked
 * workers started after this, which inherit TMPDIR (and `os.tmpdir()` reads it on each call).
 */
export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-tests-'));
  // Servers started by tests (nginx workers, gunicorn) may read files under it as another user.
  fs.chmodSync(root, 0o755);
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (before === undefined) delete process.env['TMPDIR']; else process.env['TMPDIR'] = before;
    fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
