import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { urlSecretParts } from '../../src/report/redact.js';
import type { Report } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

// Review 47 sweep R1: the `?code=` exemption of the team's own item text (url-param-titles47) reached every credential
// parameter, so `--url …?token=X` printed X in item titles. Only a bare `code` parameter (an OAuth code, as often a promo
// code) is exempt; a parameter whose name says secret stays masked everywhere, titles included.

const TOKEN = 'SEKRETvalue12345';
const CODE = 'SUMMER24XY';

describe('a secret-named URL parameter stays masked in item titles (review 47 R1)', () => {
  it('urlSecretParts puts ?token= with the password (masked everywhere) and only ?code= in params', () => {
    const parts = urlSecretParts(`https://u:pw-secret-1@h/health?token=${TOKEN}&code=${CODE}#access_token=${TOKEN}x`);
    expect(parts.password).toEqual(expect.arrayContaining(['pw-secret-1', TOKEN, `${TOKEN}x`]));
    expect(parts.params).toEqual([CODE]);
    expect(urlSecretParts(`https://h/?api_key=${TOKEN}`).params).toEqual([]);
    expect(urlSecretParts(`https://h/app;jsessionid=${TOKEN}`).password).toContain(TOKEN);
  });

  it('the CLI masks ?token= in titles while keeping ?code= there', async () => {
    const repo = makeRepo({
      'PRODUCTION_CHECKLIST.md': [
        '# Checklist',
        `- [ ] https://127.0.0.1:9/health?token=${TOKEN} returns 200`,
        `- [ ] Promo page https://shop.example.com/promo?code=${CODE} loads`,
        '',
      ].join('\n'),
    });
    let out = '';
    let err = '';
    const code = await main(['--format', 'json', '--no-probes', '--url', `http://127.0.0.1:9/health?token=${TOKEN}&code=${CODE}`],
      { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, isTTY: false, env: {}, cwd: repo });
    expect(code).not.toBe(2);
    const report = JSON.parse(out) as Report;
    const titles = report.items.map((i) => i.title);
    expect(titles).toContain('https://127.0.0.1:9/health?token=*** returns 200');
    expect(titles).toContain(`Promo page https://shop.example.com/promo?code=${CODE} loads`);
    const rest = JSON.stringify({ ...report, items: report.items.map((i) => ({ ...i, id: '' })) }) + err;
    expect(rest).not.toContain(TOKEN);
  });
});
