import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { isAppPassword, isMailPasswordName, looksLikeSecretValue, randomLowerCase } from '../../src/checks/util/secrets.js';
import { signingSecrets } from '../../src/checks/util/credentials.js';
import { parseCsp, weakScripts } from '../../src/probes/security-headers.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole.
const app = ['hthx', 'gfxu', 'rgvm', 'ptcn'];
const app2 = ['qwhz', 'rtkp', 'mvbn', 'xjdl'];
const joined = app.join('');
const spaced = app2.join(' ');
const strong = ['Kx9v', 'R2mQ', '7tLp', '4wZt', '5Lq8', 'Yb3'].join('');

type F = { file?: string | null; line?: number | null; column?: number | null; message: string };
/** The text at each finding's file:line:column (6 characters) and its message's first words. */
const located = (files: Record<string, string>, findings: F[]) =>
  findings.map((f) => {
    const line = files[f.file!]!.split('\n')[f.line! - 1]!;
    return `${f.file}:${f.line} ${line.slice(f.column! - 1, f.column! + 5)} ${f.message.split(' ').slice(0, 2).join(' ')}`;
  }).sort();

describe('Google app passwords under mail settings are secrets (QA38 fnhunt4 D1)', () => {
  it('tells random lower-case letters from English words run together', () => {
    for (const v of [joined, app2.join(''), 'bddbqihxwmintpjq', 'fxcehpruttciggxa', 'cinohbbfjlqsecle', 'okvxwqsesbaplwjb', 'atucpcxjkeccorlx']) expect(randomLowerCase([v]), v).toBe(true);
    for (const v of ['changemechangeme', 'passwordpassword', 'mysecretpassword', 'gmailapppassword', 'smtppasswordhere', 'notificationpass', 'emailhostpassword', 'correcthorsebatterystaple', 'characterization']) expect(randomLowerCase([v]), v).toBe(false);
    expect(randomLowerCase(app)).toBe(true);
    expect(randomLowerCase(['blue', 'fish', 'cats', 'dogs'])).toBe(false);
  });

  it('knows the shape: four spaced groups under any secret name, 16 letters only under a mail setting', () => {
    expect(isAppPassword(app.join(' '), false)).toBe(true);
    expect(isAppPassword(spaced, false)).toBe(true);
    expect(isAppPassword(joined, true)).toBe(true);
    expect(isAppPassword(joined, false)).toBe(false);
    for (const v of ['abcd efgh ijkl mnop', 'qwer tyui opas dfgh', 'blue fish cats dogs', 'abcdabcdabcdabcd', `${joined.slice(0, 15)}`, `H${joined.slice(1)}`, 'changemechangeme', 'passwordpassword']) {
      expect(isAppPassword(v, true), v).toBe(false);
    }
    for (const n of ['EMAIL_HOST_PASSWORD', 'MAIL_PASSWORD', 'SMTP_PASS', 'smtpPassword', 'spring.mail.password', 'GMAIL_APP_PASSWORD', 'EMAILPASSWORD', 'MAIL2_PASSWORD', 'smtp_pwd']) expect(isMailPasswordName(n), n).toBe(true);
    for (const n of ['DB_PASSWORD', 'EMAIL_HOST_USER', 'password', 'pass', 'MAIL_PASSWORD_FILE', 'EMAIL_FROM', 'SMTP_HOST', 'API_SECRET']) expect(isMailPasswordName(n), n).toBe(false);
    expect(looksLikeSecretValue(joined, 12, 'EMAIL_HOST_PASSWORD')).toBe(true);
    expect(looksLikeSecretValue(joined, 12, 'DB_PASSWORD')).toBe(false);
  });

  it('reports one in Django settings, nodemailer, compose, Kubernetes and a Dockerfile, at the value', async () => {
    const files = {
      'mysite/settings.py': `INSTALLED_APPS = []\nEMAIL_HOST = 'smtp.gmail.com'\nEMAIL_HOST_USER = 'acme.notifications@gmail.com'\nEMAIL_HOST_PASSWORD = '${joined}'\nSMTP_PASSWORD = '${spaced}'\n`,
      'mailer.js': `const nodemailer = require('nodemailer');\nconst transporter = nodemailer.createTransport({\n  service: 'gmail',\n  auth: {\n    user: 'acme.notifications@gmail.com',\n    pass: '${joined}',\n  },\n});\n`,
      'docker-compose.yml': `services:\n  web:\n    image: acme/web:1.0\n    environment:\n      - EMAIL_HOST_USER=acme.notifications@gmail.com\n      - EMAIL_HOST_PASSWORD=${joined}\n      - MAIL_PASSWORD=${spaced}\n`,
      'deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web:1.0\n          env:\n            - name: EMAIL_HOST_PASSWORD\n              value: ${joined}\n`,
      'Dockerfile': `FROM python:3.12-slim\nENV EMAIL_HOST_PASSWORD=${joined}\nUSER 1000\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'gmail', files });
    expect(located(files, out.findings)).toEqual([
      `Dockerfile:2 ${joined.slice(0, 6)} 'EMAIL_HOST_PASSWORD' is`,
      `deploy.yaml:12 ${joined.slice(0, 6)} container 'web'`,
      `docker-compose.yml:6 ${joined.slice(0, 6)} 'EMAIL_HOST_PASSWORD' is`,
      `docker-compose.yml:7 ${spaced.slice(0, 6)} 'MAIL_PASSWORD' is`,
      `mailer.js:6 ${joined.slice(0, 6)} 'pass' is`,
      `mysite/settings.py:4 ${joined.slice(0, 6)} 'EMAIL_HOST_PASSWORD' is`,
      `mysite/settings.py:5 ${spaced.slice(0, 6)} 'SMTP_PASSWORD' is`,
    ]);
    expect((await runCase(defaultCredentials, { name: 'gmail-dc', files })).findings).toEqual([]);
  });

  it('stays quiet on words, placeholders, other passwords of 16 letters, tests and docs', async () => {
    const files = {
      'mysite/settings.py': "INSTALLED_APPS = []\nEMAIL_HOST_PASSWORD = 'changemechangeme'\nSMTP_PASSWORD = 'passwordpassword'\nMAIL_PASSWORD = 'abcd efgh ijkl mnop'\nEMAIL_PASSWORD = 'gmailapppassword'\n" +
        `DB_PASSWORD = '${joined}'\nLABEL_SECRET = 'blue fish cats dogs'\n`,
      'db.js': `module.exports = { host: 'db', user: 'app', pass: '${joined}' };\n`,
      'tests/test_mail.py': `EMAIL_HOST_PASSWORD = '${joined}'\n`,
      'docs/mail.md': `Set \`EMAIL_HOST_PASSWORD = '${joined}'\` in settings.py.\n`,
    };
    expect((await runCase(hardcodedSecret, { name: 'gmail-quiet', files })).findings).toEqual([]);
  });

  it('reads a random lower-case run with a trailing digit as random, words with a number as words', async () => {
    const files = { 'mysite/settings.py': "INSTALLED_APPS = []\nX1_PASSWORD = 'satvmmsatcccudi6'\nX2_PASSWORD = 'tcpahwdpytvpial4'\nDB_PASSWORD = 'mysqlrootpassword1'\nADMIN_PASSWORD = 'supersecretpassword2024'\n" };
    const out = await runCase(hardcodedSecret, { name: 'digit', files });
    expect(out.findings.map((f) => f.line)).toEqual([2, 3]);
  });
});

describe('a literal signing secret passed to jwt.sign/verify, PyJWT and cookieParser is read (QA38 fnhunt4 D2)', () => {
  it('finds the positional secret of the signing calls, in code only', () => {
    const js = `const jwt = require('jsonwebtoken');\nconst cookieParser = require('cookie-parser');\n// jwt.sign(user, 'commented-out-secret-1')\nconst t = jwt.sign(\n  { id: user.id, roles: [a, b] },\n  '${strong}',\n  { expiresIn: '1h' },\n);\njwt.verify(token, process.env.JWT_SECRET);\njwt.verify(token, secret);\napp.use(cookieParser('shhhhh'));\nconst s = "jwt.sign(x, 'in-a-string-secret')";\ncrypto.createSign('SHA256').sign(privateKey, 'base64');\n`;
    expect(signingSecrets('src/auth.js', js).map((s) => [s.call, s.value, s.line, s.column])).toEqual([
      ['jwt.sign()', strong, 6, 4],
      ['cookieParser()', 'shhhhh', 11, 23],
    ]);
    const py = `import jwt\nfrom jose import jwt as jose_jwt\ntoken = jwt.encode({"sub": uid}, "${strong}", algorithm="HS256")\nclaims = jwt.decode(token, key="secret", algorithms=["HS256"])\njwt.decode(token, options={"verify_signature": False})\njwt.encode(payload, settings.SECRET_KEY)\n`;
    expect(signingSecrets('app/auth.py', py).map((s) => [s.call, s.value, s.line])).toEqual([
      ['jwt.encode()', strong, 3],
      ['jwt.decode()', 'secret', 4],
    ]);
  });

  it('reports a strong literal as a hard-coded secret and a weak one as a default credential, never both', async () => {
    const files = {
      'src/auth.js': `const jwt = require('jsonwebtoken');\nfunction issue(user) { return jwt.sign({ id: user.id }, '${strong}', { expiresIn: '1h' }); }\nfunction check(token) { return jwt.verify(token, '${strong}'); }\nconst weak = jwt.sign({ id: 1 }, 'secret');\nconst placeholder = jwt.verify(token, 'your-secret-key');\n`,
      'src/app.ts': `import cookieParser from 'cookie-parser';\nimport { sign } from 'hono/jwt';\napp.use(cookieParser('${strong}'));\nconst t = await sign(payload, 'shhhhh');\n`,
      'app/auth.py': `import jwt\n\ndef issue(uid):\n    return jwt.encode({"sub": uid}, "${strong}", algorithm="HS256")\n\ndef weak(uid):\n    return jwt.encode({"sub": uid}, "changeme", algorithm="HS256")\n`,
    };
    const hs = await runCase(hardcodedSecret, { name: 'jwt-hs', files });
    expect(located(files, hs.findings)).toEqual([
      `app/auth.py:4 ${strong.slice(0, 6)} jwt.encode() is`,
      `src/app.ts:3 ${strong.slice(0, 6)} cookieParser() is`,
      `src/auth.js:2 ${strong.slice(0, 6)} jwt.sign() is`,
      `src/auth.js:3 ${strong.slice(0, 6)} jwt.verify() is`,
    ]);
    expect(hs.findings.map((f) => (f.note ? 'info' : (f.severity ?? hardcodedSecret.severity)))).toEqual(['critical', 'critical', 'critical', 'critical']);
    const dc = await runCase(defaultCredentials, { name: 'jwt-dc', files });
    expect(located(files, dc.findings)).toEqual([
      'app/auth.py:7 change the signing',
      'src/app.ts:4 shhhhh the signing',
      'src/auth.js:4 secret the signing',
      'src/auth.js:5 your-s the signing',
    ]);
    expect(dc.findings.map((f) => (f.note ? 'info' : (f.severity ?? defaultCredentials.severity)))).toEqual(['high', 'high', 'high', 'high']);
    expect(dc.findings.map((f) => f.message)).toContain('the signing secret passed to jwt.sign() is a well-known default value; set a strong generated secret from a secret store instead');
  });

  it('passes variables, environment reads, public keys, tests and docs', async () => {
    const pem = ['-----BEGIN PUBLIC KEY-----', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo', '-----END PUBLIC KEY-----'].join('\\n');
    const files = {
      'src/auth.js': `const jwt = require('jsonwebtoken');\nconst a = jwt.sign(p, process.env.JWT_SECRET);\nconst b = jwt.sign(p, config.jwtSecret, { expiresIn: '1h' });\nconst c = jwt.verify(token, '${pem}', { algorithms: ['RS256'] });\n`,
      'test/auth.test.js': `const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ id: 1 }, '${strong}');\nconst w = jwt.sign({ id: 1 }, 'secret');\n`,
      'README.md': `\`\`\`js\nconst t = jwt.sign({ id: 1 }, '${strong}');\n\`\`\`\n`,
    };
    expect((await runCase(hardcodedSecret, { name: 'jwt-quiet', files })).findings).toEqual([]);
    expect((await runCase(defaultCredentials, { name: 'jwt-quiet-dc', files })).findings).toEqual([]);
  });
});

describe('a CSP source that two script directives allow is named once (QA38 fnhunt4 cosmetic)', () => {
  it('names the directives instead of repeating the source', () => {
    expect(weakScripts(parseCsp("default-src 'self' 'unsafe-inline'; script-src-elem 'self' 'unsafe-inline'")[0]!))
      .toBe("script sources allow 'unsafe-inline' (default-src, script-src-elem)");
    expect(weakScripts(parseCsp("script-src 'self' 'unsafe-inline' 'unsafe-eval'; script-src-elem 'self' 'unsafe-inline'; script-src-attr 'unsafe-inline'")[0]!))
      .toBe("script sources allow 'unsafe-inline' (script-src, script-src-elem, script-src-attr) and 'unsafe-eval'");
    expect(weakScripts(parseCsp("script-src * 'self'; script-src-elem *")[0]!)).toBe('script sources allow any origin (* in script-src, script-src-elem)');
    expect(weakScripts(parseCsp("default-src 'self'; script-src-elem 'self' 'unsafe-inline'")[0]!)).toBe("script sources allow 'unsafe-inline' in script-src-elem");
    expect(weakScripts(parseCsp("default-src * 'unsafe-inline' 'unsafe-eval' data:")[0]!)).toBe("script sources allow 'unsafe-inline', 'unsafe-eval' and any origin (* data:)");
  });
});
