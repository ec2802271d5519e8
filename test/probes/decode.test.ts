import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/probes/collect.js';

const text = async (raw: Buffer, enc: string[], cap = 1024) => {
  const d = await decodeBody(raw, enc, cap);
  return { body: d.data.toString('utf8'), truncated: d.truncated, error: d.error };
};

describe('decodeBody (Content-Encoding)', () => {
  it('decodes gzip, x-gzip, deflate (zlib or raw), br, and codings listed in order', async () => {
    expect(await text(zlib.gzipSync('A=1'), ['gzip'])).toEqual({ body: 'A=1', truncated: undefined, error: undefined });
    expect((await text(zlib.gzipSync('A=1'), ['X-GZIP'])).body).toBe('A=1');
    expect((await text(zlib.deflateSync('A=1'), ['deflate'])).body).toBe('A=1');
    expect((await text(zlib.deflateRawSync('A=1'), ['deflate'])).body).toBe('A=1');
    expect((await text(zlib.brotliCompressSync('A=1'), ['br'])).body).toBe('A=1');
    expect((await text(zlib.brotliCompressSync(zlib.gzipSync('A=1')), ['gzip, br'])).body).toBe('A=1');
    expect((await text(zlib.brotliCompressSync(zlib.gzipSync('A=1')), ['gzip', 'identity', 'br'])).body).toBe('A=1');
  });
  it('leaves identity, unknown codings and empty bodies as they came', async () => {
    expect((await text(Buffer.from('A=1'), [])).body).toBe('A=1');
    expect((await text(Buffer.from('A=1'), ['identity'])).body).toBe('A=1');
    expect((await text(Buffer.from('A=1'), ['zz-unknown'])).body).toBe('A=1');
    expect(await text(Buffer.alloc(0), ['gzip'])).toEqual({ body: '', truncated: undefined, error: undefined });
  });
  it('inflates at most the cap, and decodes a body cut short as far as it goes', async () => {
    const big = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024, 'x'));
    expect(await text(big, ['gzip'], 1000)).toEqual({ body: 'x'.repeat(1000), truncated: true, error: undefined });
    const long = zlib.gzipSync(Buffer.from(Array.from({ length: 2000 }, (_, i) => `K${i}=${i}\n`).join('')));
    const cut = await text(long.subarray(0, Math.floor(long.length / 2)), ['gzip'], 1e6);
    expect(cut.error).toBeUndefined();
    expect(cut.body).toMatch(/^K0=0\nK1=1\n/);
  });
  it('a corrupt stream is an unreadable body with a reason, never a throw', async () => {
    // Nothing decoded: the bytes as they came (a plain body mislabelled gzip reads as what curl shows).
    expect(await text(Buffer.from('A=1 plain text'), ['gzip'])).toEqual({ body: 'A=1 plain text', truncated: undefined, error: expect.stringMatching(/^the gzip-encoded body could not be decoded \(incorrect header check\)$/) });
    expect((await text(Buffer.from('garbage!!'), ['br'])).error).toMatch(/^the br-encoded body could not be decoded/);
  });

  it('decodes zstd, and names an encoding it cannot decode', async () => {
    const zstd = (zlib as unknown as { zstdCompressSync: (b: Buffer) => Buffer }).zstdCompressSync(Buffer.from('DB_PASSWORD=hunter2\n'));
    expect((await text(zstd, ['zstd'])).body).toBe('DB_PASSWORD=hunter2\n');
    expect(await text(Buffer.from('x'), ['compress'])).toEqual({ body: 'x', truncated: undefined, error: "the body's Content-Encoding compress cannot be decoded" });
  });
});
