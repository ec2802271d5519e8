import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, RepoReader, textWithNuls } from '../../src/repo/read.js';

function dirWith(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-read45-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

/** Deterministic pseudo-random bytes (what ciphertext and compressed data look like). */
function noise(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; }
  return b;
}

const ENV = 'DATABASE_URL=postgres://app:Sup3rS3cretPassw0rd@db.internal:5432/app\nGITHUB_TOKEN=ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4\nDEBUG=1\n';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('RepoReader: NUL bytes that are no sign of binary (robust1 D1)', () => {
  it('reads UTF-8 text with a few stray NULs as text, NULs and columns kept', () => {
    const reader = new RepoReader(dirWith({
      'trailing.env': `${ENV}\0`,
      'middle.env': 'GITHUB_TOKEN=ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4\nNUL=\0abc\0\nDEBUG=1\n',
      'settings.py': `SECRET = "x"\n# \0\nDEBUG = True\n${'# filler line\n'.repeat(50)}`,
    }));
    expect(reader.read('trailing.env')).toBe(`${ENV}\0`);
    expect(reader.read('middle.env')!.split('\n')[2]).toBe('DEBUG=1');
    expect(reader.read('settings.py')).toContain('DEBUG = True');
    expect(reader.skipped).toEqual([]);
    expect(reader.utf16.size).toBe(0);
  });

  it('reads UTF-16 without a byte-order mark (LE and BE) as UTF-16, marked as having none', () => {
    const reader = new RepoReader(dirWith({ 'le.env': Buffer.from(ENV, 'utf16le'), 'be.env': utf16be(ENV) }));
    expect(reader.read('le.env')).toBe(ENV);
    expect(reader.read('be.env')).toBe(ENV);
    expect([...reader.utf16NoBom].sort()).toEqual(['be.env', 'le.env']);
    expect(reader.readNamed('le.env')).toEqual({ reason: 'UTF-16 text (without a byte-order mark): save it as UTF-8', content: true });
  });

  it('keeps real binaries binary: git-crypt, gpg, openssl, age payloads, images, archives, NUL-padded records', () => {
    const files: Record<string, Buffer> = {
      // git-crypt's locked checkout: its header, a nonce, ciphertext — even when what follows happens to be ASCII.
      'gitcrypt.env': Buffer.concat([Buffer.from('\0GITCRYPT\0', 'latin1'), Buffer.from('DATABASE_URL=x\n')]),
      'gitcrypt2.env': Buffer.concat([Buffer.from('\0GITCRYPT\0', 'latin1'), noise(200)]),
      'gpg.env': Buffer.concat([Buffer.from([0x85, 0x01, 0x0c, 0x03, 0x00]), noise(300, 3)]),
      'salted.env': Buffer.concat([Buffer.from('Salted__'), noise(60, 11), Buffer.from([0]), noise(60, 13)]),
      'image.png': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), noise(500, 5)]),
      'archive.tar': Buffer.concat([Buffer.from('app/.env'), Buffer.alloc(92), Buffer.from('0000644\0'), Buffer.alloc(400)]),
      'ints.bin': Buffer.from([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 65, 66, 67, 10]),
      // Mostly ASCII with NUL padding far above 1%: a record format, not text with a slip.
      'records.dat': Buffer.from(`${'NAME=alpha\0\0\0\0\0\0'.repeat(20)}\n`),
    };
    const reader = new RepoReader(dirWith(files));
    for (const f of Object.keys(files)) {
      expect(reader.read(f), f).toBeNull();
      expect(reader.skipped.at(-1), f).toEqual({ file: f, reason: 'binary' });
    }
  });

  it("keeps git's own files as git reads them (bytes): a .gitignore with a NUL stays binary", () => {
    const reader = new RepoReader(dirWith({ '.gitignore': Buffer.from('.env\n', 'utf16le'), 'sub/.gitignore': 'node_modules\n\0\n' }));
    expect(reader.read('.gitignore')).toBeNull();
    expect(reader.read('sub/.gitignore')).toBeNull();
  });

  it('gives chunks of a large text file with a stray NUL, none of a large binary', () => {
    const line = 'GITHUB_TOKEN=ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4\n';
    const unit = `${line}\0\n${'x'.repeat(80)}\n`;
    const big = unit.repeat(Math.ceil((MAX_FILE_BYTES + 10) / unit.length));
    const reader = new RepoReader(dirWith({ 'big.env': big, 'big.bin': Buffer.concat([Buffer.from('\x89PNG\0', 'latin1'), Buffer.alloc(MAX_FILE_BYTES + 10, 65)]) }));
    expect(reader.read('big.env')).toBeNull();
    const chunks = [...reader.readChunks('big.env')!];
    expect(chunks[0]!.text.startsWith(line)).toBe(true);
    expect([...reader.readChunks('big.bin', true)!]).toEqual([]);
  });

  it('textWithNuls: the rule on the first 8000 bytes', () => {
    const b = (s: string) => Buffer.from(s, 'latin1');
    const one = b(`${'A=1\n'.repeat(5)}\0`);
    expect(textWithNuls(one, one.length)).toBe('utf-8');
    // A tiny file mostly NULs is not text with a slip.
    expect(textWithNuls(b('A=1\n\0'), 5)).toBe('binary');
    expect(textWithNuls(Buffer.from('A=1\n', 'utf16le'), 8)).toBe('utf-16le');
    expect(textWithNuls(utf16be('A=1\n'), 8)).toBe('utf-16be');
    // Invalid UTF-8 beside a NUL: binary (Latin-1 text with a NUL is not told from data).
    const latin = b('A=caf\xe9\n\0');
    expect(textWithNuls(latin, latin.length)).toBe('binary');
    // Control bytes beside the NUL: binary.
    const ctl = b(`${'A=1\n'.repeat(10)}\0\x01\x02\x03\x04\x05`);
    expect(textWithNuls(ctl, ctl.length)).toBe('binary');
  });
});
