import { describe, expect, it } from 'vitest';
import { isLoopback, LOOPBACK_HOST } from '../../src/checks/util/net.js';

describe('isLoopback', () => {
  it('accepts localhost, 127.0.0.0/8 and ::1 in any spelling, bracketed or not', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1', '0::1', '[0:0:0:0:0:0:0:1]']) expect(isLoopback(host), host).toBe(true);
  });
  it('refuses every other interface and names that only contain a loopback one', () => {
    for (const host of ['0.0.0.0', '*', '::', '[::]', '10.0.0.1', '128.0.0.1', '127.0.0', 'localhost.example.com', 'mylocalhost', '::10', 'host.docker.internal', '']) expect(isLoopback(host), host).toBe(false);
  });
  it('embeds in larger patterns', () => {
    const bind = new RegExp(`--bind[\\s=]+${LOOPBACK_HOST}\\b`, 'i');
    expect(bind.test('redis-server --bind 127.0.0.1')).toBe(true);
    expect(bind.test('redis-server --bind ::1')).toBe(true);
    expect(bind.test('redis-server --bind 0.0.0.0')).toBe(false);
    expect(bind.test('redis-server --bind 127.0.0.10x')).toBe(false);
  });
});
