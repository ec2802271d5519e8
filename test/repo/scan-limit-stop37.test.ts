/**
 * QA stop 37 (robust8 D4): the secret scan reads at most the first 64 MiB of a file; a token past that point was missed
 * with the item `pass` and no word. The part not read is now said in an `info` note, whichever thread scanned the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const CHECKLIST = 'version: 1\nitems:\n  - { id: secrets, check: hardcoded-secret }\n';

function dumpRepo(bytes: number): string {
  const dir = makeRepo({ 'c.yml': CHECKLIST, 'dump.sql': '' });
  const row = "INSERT INTO events VALUES (1, 'page_view', '2026-01-01 00:00:00');\n";
  const fd = fs.openSync(path.join(dir, 'dump.sql'), 'w');
  try {
    const block = row.repeat(Math.floor((1024 * 1024) / row.length));
    for (let written = 0; written < bytes; written += block.length) fs.writeSync(fd, block);
  } finally { fs.closeSync(fd); }
  return dir;
}

describe('a file larger than the secret scan reads', () => {
  for (const threads of ['0', '2']) {
    it(`gets a note saying only its first 64 MiB were scanned (PREFLIGHT_THREADS=${threads})`, async () => {
      const dir = dumpRepo(65 * 1024 * 1024);
      try {
        const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: { PREFLIGHT_THREADS: threads } });
        expect(report.findings.filter((f) => f.file === 'dump.sql')).toEqual([expect.objectContaining({ check: 'parse-error', note: true, severity: 'info', message: 'dump.sql was not wholly checked: scanned for secrets only in its first 64 MiB (the rest of the file was not read)' })]);
      } finally { fs.rmSync(dir, { recursive: true, force: true }); }
    }, 60_000);
  }

  it('and a file the scan reads whole gets none', async () => {
    const dir = dumpRepo(3 * 1024 * 1024);
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: { PREFLIGHT_THREADS: '0' } });
    expect(report.findings.filter((f) => f.file === 'dump.sql')).toEqual([]);
  });
});
