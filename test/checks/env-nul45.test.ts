import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { executeCheck } from '../../src/engine/execute.js';
import { Snapshot } from '../../src/repo/snapshot.js';
import type { CheckDef } from '../../src/checks/define.js';

const ENV = 'DATABASE_URL=postgres://app:Sup3rS3cretPassw0rd@db.internal:5432/app\nGITHUB_TOKEN=ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4\nDEBUG=1\n';

async function judge(check: CheckDef, files: Record<string, string | Buffer>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-envnul45-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  const out = await executeCheck(check, new Snapshot(root, Object.keys(files).sort()), check.options.parse({}), new Date('2026-12-01T00:00:00Z'));
  expect(out.error).toBeUndefined();
  return out.findings;
}

// robust1 D1: one stray NUL byte, or UTF-16 without a byte-order mark, made a readable `.env.production` "encrypted whole".
const VARIANTS: Record<string, string | Buffer> = {
  'trailing NUL': `${ENV}\0`,
  'NUL inside a value': ENV.replace('DEBUG=1', 'NOTE=a\0b\nDEBUG=1'),
  'UTF-16LE without a byte-order mark': Buffer.from(ENV, 'utf16le'),
  'UTF-16BE without a byte-order mark': Buffer.from(ENV, 'utf16le').swap16(),
};

for (const [name, content] of Object.entries(VARIANTS)) {
  it(`a readable .env.production with ${name} is judged as text: committed, its secrets and DEBUG=1 found`, async () => {
    const committed = await judge(envFileCommitted, { '.env.production': content });
    expect(committed).toEqual([expect.objectContaining({ file: '.env.production', message: expect.stringMatching(/committed with \d variables/) })]);
    expect(committed[0]!.note).toBeFalsy();
    const secrets = await judge(hardcodedSecret, { '.env.production': content });
    expect(secrets.filter((f) => !f.note).map((f) => [f.file, f.line, f.column])).toEqual([['.env.production', 1, 29], ['.env.production', 2, 14]]);
    const debug = await judge(debugMode, { '.env.production': content });
    expect(debug.filter((f) => !f.note).map((f) => [f.line, f.column])).toEqual([[name === 'NUL inside a value' ? 4 : 3, 7]]);
  });
}

it('a token in a settings.py or compose file with a stray NUL is found', async () => {
  const findings = await judge(hardcodedSecret, {
    'settings.py': 'GITHUB_TOKEN = "ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4"\nDEBUG = True\n\0',
    'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.25\n    environment:\n      GITHUB_TOKEN: ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4\n# \0\n',
  });
  expect(findings.filter((f) => !f.note).map((f) => f.file).sort()).toEqual(['docker-compose.yml', 'settings.py']);
});

it('real ciphertext stays "encrypted whole": a git-crypt-locked .env, a binary gpg file', async () => {
  const findings = await judge(envFileCommitted, {
    '.env': Buffer.concat([Buffer.from('\0GITCRYPT\0', 'latin1'), Buffer.from([0x12, 0x34, 0x9c, 0xff, 0x00, 0x81, 0x07]), Buffer.from('KEY=value\n')]),
    'api/.env.production': Buffer.from([0x85, 0x01, 0x0c, 0x03, 0x00, 0xd3, 0x9a, 0x11, 0x02, 0xfe, 0x00, 0x44, 0x81, 0x90]),
  });
  expect(findings.map((f) => [f.file, f.note, /encrypted whole/.test(f.message)])).toEqual([['.env', true, true], ['api/.env.production', true, true]]);
});
