import { describe, expect, it } from 'vitest';
import { MAX_BODY, descriptionCut, parseAttestations } from '../../src/gate/attest.js';

describe('stop 42: a description is read within its first MAX_BODY characters (action11 D2)', () => {
  it('a CRLF line end straddling the bound is not read, and the count never passes the bound', () => {
    // The line `- [x] Late tick\r\n` ends with its `\n` at index MAX_BODY, the first character past the bound.
    const tick = '- [x] Late tick\r\n';
    const head = `- [x] Early tick\r\n\r\n${'a'.repeat(MAX_BODY - (tick.length - 1) - 24)}\r\n\r\n`;
    const body = `${head}${tick}\r\n- [x] After\r\n`;
    expect(body.indexOf('\n', head.length)).toBe(MAX_BODY);
    const cut = descriptionCut(body)!;
    expect(body.length - cut.unread).toBe(head.length);
    expect(body.length - cut.unread).toBeLessThanOrEqual(MAX_BODY);
    expect(cut.lines).toBe(4);
    const ticks = parseAttestations(body);
    expect(ticks.has('early tick')).toBe(true);
    expect(ticks.has('late tick')).toBe(false);
  });
  it('a line ending exactly at the bound is read whole', () => {
    const body = `- [x] Fits\n\n${'b'.repeat(MAX_BODY - 12 - 1)}\nmore\n`;
    expect(body.lastIndexOf('\n', MAX_BODY - 1)).toBe(MAX_BODY - 1);
    expect(body.length - descriptionCut(body)!.unread).toBe(MAX_BODY);
    expect(parseAttestations(body).has('fits')).toBe(true);
  });
});
