// QA stop 46 (probes20 D1): the credential parameters of any URL written in a text are masked by the target URL's rule.
import { describe, expect, it } from 'vitest';
import { credentialParam, maskUrlCredentials, redactText, urlPassword } from '../../src/report/redact.js';

describe('maskUrlCredentials', () => {
  it('masks credential query parameters, fragments and path parameters of any URL in a text', () => {
    expect(maskUrlCredentials('high  https://h:1/home?session_token=Zx9Qw8Er7Ty6Ui5Op4&lang=en sends no header'))
      .toBe('high  https://h:1/home?session_token=***&lang=en sends no header');
    expect(maskUrlCredentials('redirects to https://app.example.net/start?access_token=Qm4Qm4Qm4Qm4 (off-host), which'))
      .toBe('redirects to https://app.example.net/start?access_token=*** (off-host), which');
    expect(maskUrlCredentials('https://h/app/home;jsessionid=9F8E7D6C5B4A39281706F5E4D3C2B1A0?x=1')).toBe('https://h/app/home;jsessionid=***?x=1');
    expect(maskUrlCredentials('https://h/app;JSESSIONID=9F8E7D6C5B4A/next')).toBe('https://h/app;JSESSIONID=***/next');
    expect(maskUrlCredentials('https://h/cb#access_token=eyJhbGciOi.xyz&token_type=Bearer')).toBe('https://h/cb#access_token=***&token_type=Bearer');
    expect(maskUrlCredentials('https://sso/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj')).toBe('https://sso/callback?code=***&state=af0ifjsldkj');
    expect(maskUrlCredentials('/dashboard?sid=a81f3c9e2b7d, then')).toBe('/dashboard?sid=***, then');
    expect(maskUrlCredentials('/x?api%5Fkey=abcdef123456')).toBe('/x?api%5Fkey=***');
  });

  it('leaves a URL without credentials, short values, flags and names about a secret as they are', () => {
    for (const text of [
      'https://h/home?lang=en&page=2',
      'https://h/home?sid=web&pat=img',
      'https://h/x?token_type=Bearer&key_id=abcdef123',
      'https://h/x?promo_code=SUMMER2024&country_code=DEUTSCH',
      'https://h/x?private=false&x-vercel-set-bypass-cookie=true',
      'https://h/app;v=1.2.3/x',
      'Set-Cookie: sessionid=abcdef123456; Path=/',
      "send `Strict-Transport-Security: max-age=31536000; includeSubDomains`",
      'https://h/haproxy?stats',
      'https://h/.env?…',
    ]) expect(maskUrlCredentials(text)).toBe(text);
  });

  it('masks OAuth\'s authorization code by name, not any name ending in code', () => {
    expect(credentialParam('code')).toBe(true);
    expect(credentialParam('promo_code')).toBe(false);
    expect(credentialParam('zipCode')).toBe(false);
  });
});

describe('urlPassword: the target URL\'s path parameters and fragment', () => {
  it('are secrets under the same rule as its query', () => {
    const url = 'https://h/app/home;jsessionid=9F8E7D6C5B4A/x?lang=en&code=SplxlOBeZQQYbYS6#id_token=eyJhbGciOiJIUzI1NiJ9&state=s1';
    expect(redactText(`probing ${url}`, urlPassword(url))).toBe('probing https://h/app/home;jsessionid=***/x?lang=en&code=***#id_token=***&state=s1');
    expect(urlPassword('https://h/app;v=1.2.3/x?page=2#section-token')).toEqual([]);
  });
});
