import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_DIR_SKIP, LINE_OVERLAP, MAX_FILE_BYTES, RepoReader, crLineBreaks, isLfsPointer } from '../../src/repo/read.js';

function dirWith(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-read-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

describe('RepoReader.readChunks (files over 1 MiB)', () => {
  it('gives the whole file in chunks of whole lines, each with the number of its first line', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `line ${i + 1} ${'x'.repeat(i % 70)}`);
    const text = `${lines.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES);
    const reader = new RepoReader(dirWith({ 'big.txt': text, 'small.txt': 'a\n' }));
    expect(reader.read('big.txt')).toBeNull();
    expect(reader.readChunks('small.txt')).toBeNull();
    expect(reader.readChunks('missing.txt')).toBeNull();
    const chunks = [...reader.readChunks('big.txt')!];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks) {
      expect(c.text.endsWith('\n')).toBe(true);
      expect(c.text.slice(0, c.text.indexOf(' ', 5))).toBe(`line ${c.firstLine}`);
    }
  });

  it('cuts a line longer than a chunk at a character boundary, never inside a UTF-8 sequence', () => {
    const line = 'é€😀'.repeat(200_000); // 2, 3 and 4 bytes: 1.8 MB, no newline
    const reader = new RepoReader(dirWith({ 'min.js': line }));
    const chunks = [...reader.readChunks('min.js', true)!];
    expect(chunks.length).toBeGreaterThan(1);
    // Each chunk but the last starts again before its end (`rereadFrom`), and says where its text is in the line (`lineOffset`).
    let at = 0;
    for (const c of chunks) {
      expect(c.lineOffset ?? 0).toBe(at);
      expect(line.slice(at, at + c.text.length)).toBe(c.text);
      at += c.rereadFrom ?? c.text.length;
    }
    expect(at).toBe(line.length);
    expect(chunks.every((c) => c.firstLine === 1 && !c.text.includes('\uFFFD'))).toBe(true);
  });

  it('a line longer than a chunk: the next chunk starts again up to LINE_OVERLAP bytes back, after a delimiter, and the lines after it are numbered (QA30 paths D3)', () => {
    const word = 'abcdefghij'.repeat(5); // no delimiter for 50 bytes
    const long = Array.from({ length: 60_000 }, (_, i) => `${word}${i}`).join(';'); // ~3 MB, one line
    const text = `first\n${long}\nthird é\n${'x'.repeat(1000)}\n`;
    const reader = new RepoReader(dirWith({ 'bundle.js': text }));
    const chunks = [...reader.readChunks('bundle.js', true)!];
    expect(chunks.length).toBeGreaterThan(3);
    const lines = text.split('\n');
    for (const c of chunks) {
      const first = lines[c.firstLine - 1]!;
      const off = c.lineOffset ?? 0;
      expect(first.slice(off, off + Math.min(c.text.split('\n')[0]!.length, 1000))).toBe(c.text.split('\n')[0]!.slice(0, 1000));
      // A restart is just after a delimiter, never inside a word; at most LINE_OVERLAP bytes (here one-byte characters) back.
      if (off) expect(first[off - 1]).toBe(';');
      if (c.rereadFrom !== undefined) {
        expect(c.text.length - c.rereadFrom).toBeLessThanOrEqual(LINE_OVERLAP);
        expect(c.text.length - c.rereadFrom).toBeGreaterThan(LINE_OVERLAP - 60);
      }
    }
    expect(chunks.at(-1)!.text.endsWith(`third é\n${'x'.repeat(1000)}\n`)).toBe(true);
    expect(chunks.at(-1)!.firstLine).toBe(2);
  });

  it('gives nothing for a binary file, and refuses a link out of the repository', () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 10, 65);
    // A PNG header and a NUL: binary (one stray NUL in text alone is read as text, see read45.test.ts).
    big.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    big[100] = 0;
    const outside = dirWith({ 'secret.txt': 'x'.repeat(MAX_FILE_BYTES + 10) });
    const root = dirWith({ 'blob.bin': big });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    const reader = new RepoReader(root);
    // A large binary is refused as binary (read once), and gives no chunks.
    expect(reader.read('blob.bin')).toBeNull();
    expect(reader.skipped.at(-1)).toEqual({ file: 'blob.bin', reason: 'binary' });
    expect(reader.readChunks('blob.bin')).toBeNull();
    expect([...reader.readChunks('blob.bin', true)!]).toEqual([]);
    expect(reader.readChunks('link.txt', true)).toBeNull();
    expect(reader.readChunks('../x', true)).toBeNull();
  });

  it("refuses a tracked link into the repository's .git folder (a checkout's credentials), file or folder (QA31 robust4 D2)", () => {
    const root = dirWith({ '.git/config': '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==\n', 'app/settings.env': 'A=1\n', '.github-notes': 'x\n' });
    fs.symlinkSync('.git/config', path.join(root, '.env.production'));
    fs.symlinkSync('.git', path.join(root, 'gitmeta'));
    fs.symlinkSync('app/settings.env', path.join(root, 'settings.env'));
    const reader = new RepoReader(root);
    expect(reader.read('.env.production')).toBeNull();
    expect(reader.skipped).toContainEqual({ file: '.env.production', reason: GIT_DIR_SKIP });
    expect(reader.read('gitmeta/config')).toBeNull();
    // A link inside the repository elsewhere, and a name that merely starts with `.git`, are read.
    expect(reader.read('settings.env')).toBe('A=1\n');
    expect(reader.read('.github-notes')).toBe('x\n');
  });

  it('asks the file system only for the file read() just refused for its size, unless told to look', () => {
    const reader = new RepoReader(dirWith({ 'a.txt': 'x\n'.repeat(600_000), 'b.txt': 'y\n'.repeat(600_000) }));
    expect(reader.read('a.txt')).toBeNull();
    expect(reader.readChunks('b.txt')).toBeNull();
    expect(reader.readChunks('a.txt')).not.toBeNull();
    expect(reader.readChunks('b.txt', true)).not.toBeNull();
  });
});

describe('RepoReader.readChunks and PEM blocks', () => {
  it('never cuts a PEM block in two: the chunk ends before its BEGIN line', () => {
    const body = Array.from({ length: 25 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}`.repeat(64)).join('\n');
    const block = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`;
    // Filler puts the block across the first chunk's end, wherever that falls.
    for (const shift of [200, 900, 1500]) {
      const filler = 'x'.repeat(99) + '\n';
      const head = filler.repeat(Math.floor((MAX_FILE_BYTES - shift) / filler.length));
      const text = `${head}${block}${filler.repeat(2000)}`;
      const reader = new RepoReader(dirWith({ 'big.log': text }));
      const chunks = [...reader.readChunks('big.log', true)!];
      expect(chunks.map((c) => c.text).join('')).toBe(text);
      const holder = chunks.find((c) => c.text.includes('-----BEGIN'))!;
      expect(holder.text).toContain(block);
      expect(holder.text.split('\n')[0] === '-----BEGIN RSA PRIVATE KEY-----' || holder.firstLine === 1).toBe(true);
    }
  });
});

describe('QA28 robust2 D3: lone-CR line breaks (classic Mac files)', () => {
  it('a file whose line breaks are lone CRs reads like its LF twin, one character for one', () => {
    expect(crLineBreaks('a: 1\rb: 2\r')).toBe('a: 1\nb: 2\n');
    // Mostly CR, a line appended by an LF tool: the lone CRs are the line breaks.
    expect(crLineBreaks('a\rb\rc\nd')).toBe('a\nb\nc\nd');
    // CRLF stays (every reader drops the CR before LF), and a CR-only file with a CRLF in it keeps it.
    expect(crLineBreaks('a\r\nb\r\n')).toBe('a\r\nb\r\n');
    expect(crLineBreaks('a\rb\rc\r\n')).toBe('a\nb\nc\r\n');
    // A stray CR inside a line of an LF file: the lines stay git's (which GitHub's annotations use).
    expect(crLineBreaks('KEY=a\rb\nOTHER=1\nX=2\n')).toBe('KEY=a\rb\nOTHER=1\nX=2\n');
    expect(crLineBreaks('no breaks')).toBe('no breaks');
  });

  it('RepoReader.read gives LF lines for a CR-only file (UTF-16 too), never for git\'s own files', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A=1\rB=2\r', 'utf16le')]);
    const reader = new RepoReader(dirWith({ 'compose.yml': 'services:\r  db:\r    image: postgres:16\r', '.env': utf16, 'crlf.yml': 'a: 1\r\nb: 2\r\n', '.gitignore': 'x\r.env\r', 'sub/.gitignore': '.env\r', '.gitattributes': '* text\r' }));
    expect(reader.read('compose.yml')).toBe('services:\n  db:\n    image: postgres:16\n');
    expect(reader.read('.env')).toBe('A=1\nB=2\n');
    expect(reader.read('crlf.yml')).toBe('a: 1\r\nb: 2\r\n');
    // git splits .gitignore on LF only: `x\r.env\r` is one pattern to it, ignoring nothing.
    expect(reader.read('.gitignore')).toBe('x\r.env\r');
    expect(reader.read('sub/.gitignore')).toBe('.env\r');
    expect(reader.read('.gitattributes')).toBe('* text\r');
  });

  it('RepoReader.readChunks cuts a large CR-only file at its lone CRs and numbers its lines', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `line ${i + 1} ${'x'.repeat(i % 70)}`);
    const text = `${lines.join('\r')}\r`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES);
    const reader = new RepoReader(dirWith({ 'big.txt': text }));
    expect(reader.read('big.txt')).toBeNull();
    const chunks = [...reader.readChunks('big.txt')!];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe(text.replace(/\r/g, '\n'));
    for (const c of chunks) expect(c.text.slice(0, c.text.indexOf(' ', 5))).toBe(`line ${c.firstLine}`);
  });
});

describe('QA28 robust2 D1: Git LFS pointers', () => {
  it('recognises a pointer file (what a checkout without lfs: true holds), not text that mentions one', () => {
    const oid = 'oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393';
    expect(isLfsPointer(`version https://git-lfs.github.com/spec/v1\n${oid}\nsize 312\n`)).toBe(true);
    expect(isLfsPointer(`version https://git-lfs.github.com/spec/v1\next-0-foo sha256:${'a'.repeat(64)}\n${oid}\nsize 1\n`)).toBe(true);
    expect(isLfsPointer(`# version https://git-lfs.github.com/spec/v1\n${oid}\nsize 312\n`)).toBe(false);
    expect(isLfsPointer('version https://git-lfs.github.com/spec/v1\nFROM python:3.12\n')).toBe(false);
    expect(isLfsPointer(`FROM python:3.12\nversion https://git-lfs.github.com/spec/v1\n${oid}\n`)).toBe(false);
  });
});
