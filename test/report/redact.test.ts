import { describe, expect, it } from 'vitest';
import { fragmentRedactor, masksValue, redactReport, redactText, secretsOf, urlPassword } from '../../src/report/redact.js';
import { sampleReport } from '../report/sample-report.js';

describe('redactReport', () => {
  it('replaces secret values everywhere in the report, including ones with JSON-special characters', () => {
    const secret = 'tok"en\\with-quote';
    const report = sampleReport({ target: { url: `https://staging.example.com/?k=${secret}` } });
    report.findings[0]!.message = `leaked ${secret} and staging.example`;
    const out = redactReport(report, [secret, 'ab', 'staging.example']);
    expect(JSON.stringify(out)).not.toContain('staging.example');
    expect(out.target!.url).toBe('https://***.com/?k=***');
    expect(out.findings[0]!.message).toBe('leaked *** and ***');
    // Values shorter than 3 characters would wreck the text: left alone, like the runner does.
    expect(out.items[0]!.title).toBe(report.items[0]!.title);
  });
  it('never touches keys or non-string values', () => {
    const out = redactReport(sampleReport(), ['high', 'critical']);
    expect(Object.keys(out.counts)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(out.counts.high).toBe(2);
    expect(out.findings[1]!.line).toBe(1);
  });
  it("leaves the report's vocabulary alone: a header or URL password reading `pass`, `critical` or `secret` cannot rewrite the result, levels or check ids", () => {
    const report = sampleReport({ result: 'pass', failOn: 'critical' });
    report.findings[0]!.message = 'hardcoded-secret leaked pass';
    const out = redactReport(report, ['pass', 'critical', 'secret', 'image-tag-pinned', 'fp-env', 'markdown']);
    expect(out.result).toBe('pass');
    expect(out.failOn).toBe('critical');
    expect(out.items.map((i) => [i.severity, i.status, i.kind, i.check])).toEqual(report.items.map((i) => [i.severity, i.status, i.kind, i.check]));
    expect(out.findings.map((f) => [f.check, f.severity, f.fingerprint])).toEqual(report.findings.map((f) => [f.check, f.severity, f.fingerprint]));
    expect(out.checklist!.format).toBe('markdown');
    // Free text is still masked.
    expect(out.findings[0]!.message).toBe('hardcoded-*** leaked ***');
  });
  it('a run whose probe header value reads `pass` still passes (the CLI exit status is read from the redacted report)', async () => {
    const { run } = await import('../../src/run.js');
    const { makeRepo } = await import('../helpers/repo.js');
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["gunicorn", "app:app"]\n' });
    const r = await run({ dir, probes: false, headers: { Authorization: 'pass' }, failOn: 'critical' });
    expect(r.report.result).toBe('pass');
    expect(r.report.failOn).toBe('critical');
    expect(r.report.items.every((i) => i.status !== ('***' as never))).toBe(true);
  });
  it('returns the report untouched without secrets', () => {
    const r = sampleReport();
    expect(redactReport(r, [''])).toBe(r);
  });
});

describe('encoded secrets', () => {
  it('masks a secret percent-encoded (either hex case) and form-encoded, as a server echoes it in a URL', () => {
    const secret = "abc+SEC/RET== it's";
    const shown = [secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()), new URLSearchParams({ t: secret }).toString().slice(2), encodeURIComponent(secret).replace(/%20/g, '+')];
    const out = redactText(shown.map((v) => `token=${v}`).join(' '), ['Bearer ' + secret]);
    expect(out).toBe(shown.map(() => 'token=***').join(' '));
    // Plain values have no other spelling: nothing more to mask.
    expect(secretsOf(['plainvalue'])).toEqual(['plainvalue']);
  });
});

describe('urlPassword', () => {
  it('returns the password and the values of credential query parameters, as written and decoded', () => {
    expect(urlPassword('https://u:p%40ss@app.example/')).toEqual(['p%40ss', 'p@ss']);
    // A Vercel share link (`?_vercel_share=…`) opens a protected preview to anyone holding it; `?share=twitter` is not a credential.
    expect(urlPassword('https://app-git-pr-7.vercel.app/?_vercel_share=Zq7Kx9Wm4PtRb2&share=twitter&_vercel_jwt=eyJabc')).toEqual(['Zq7Kx9Wm4PtRb2', 'eyJabc']);
    expect(urlPassword('https://app.example/?token=QT55w9&page=2&api_key=a%2Bb7Xq&X-Amz-Signature=abcd1234&access_token=zz+top&sort=asc')).toEqual(['QT55w9', 'a%2Bb7Xq', 'a+b7Xq', 'abcd1234', 'zz+top', 'zz top']);
    expect(urlPassword('https://app.example/?page=2&q=token')).toEqual([]);
    // A URL that does not parse still has its secrets found.
    expect(urlPassword('https://app.example:99999/?secret=s3cr3t')).toEqual(['s3cr3t']);
    // Written without a scheme, which URL reads as a `deploy:` scheme and a path (QA34 sweep4).
    expect(urlPassword('deploy:Xk8mP2qR7vN4tL9w@example.com/')).toEqual(['Xk8mP2qR7vN4tL9w']);
    expect(urlPassword('mailto:ops@example.com')).toEqual([]);
    expect(urlPassword('localhost:8080')).toEqual([]);
  });
  it('masks them in the report target URL', () => {
    const report = sampleReport({ target: { url: 'https://app.example/?token=QUERYTOKEN55&page=2' } });
    expect(redactReport(report, urlPassword(report.target!.url!)).target!.url).toBe('https://app.example/?token=***&page=2');
  });
});

describe('masks of a run', () => {
  it('header values given to run() are secrets even when no probe runs', async () => {
    const { run } = await import('../../src/run.js');
    const { makeRepo } = await import('../helpers/repo.js');
    const dir = makeRepo({ 'app.py': 'print(1)\n' });
    const r = await run({ dir, probes: false, headers: { Authorization: 'Bearer s3cr3t-value' } });
    expect(r.masks).toContain('Bearer s3cr3t-value');
  });

  it('masks values under secret-like names always, others from 6 characters (a short X-Env: https would blank every URL)', async () => {
    expect(masksValue('Authorization', 'abc')).toBe(true);
    expect(masksValue('X-Api-Key', 'k1')).toBe(true);
    expect(masksValue('PREFLIGHT_TOKEN', 'tok')).toBe(true);
    expect(masksValue('X-Env', 'https')).toBe(false);
    expect(masksValue('PREFLIGHT_PORT', '8443')).toBe(false);
    expect(masksValue('X-Canary', 'canary-7d2f')).toBe(true);
    const { run } = await import('../../src/run.js');
    const { makeRepo } = await import('../helpers/repo.js');
    const dir = makeRepo({ 'app.py': 'print(1)\n' });
    const r = await run({ dir, probes: false, headers: { 'X-Env': 'https', 'X-Session': 'abc' } });
    expect(r.masks).not.toContain('https');
    expect(r.masks).toContain('abc');
  });
});

describe('fragmentRedactor', () => {
  it('takes a credential with a lone surrogate without throwing, and masks its fragments and encoded forms', () => {
    const hide = fragmentRedactor(['\uD800Zq7Kx9Wm4PtR8vLd', 'tok en+Zq7Kx9Wm4Pt']);
    expect(hide('echo: zq7kx9wm4ptr8vld')).toBe('echo: ***');
    expect(hide('next=tok+en%2BZq7Kx9Wm4Pt')).not.toContain('Zq7Kx9Wm4Pt');
  });
});
