import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { runCase } from '../helpers/check-tester.js';

// QA48 secrets19 D2: a secret-named variable under a front-end framework's client-public prefix (`NEXT_PUBLIC_`,
// `NUXT_PUBLIC_`, `EXPO_PUBLIC_`, SvelteKit's/Astro's `PUBLIC_`) is judged as under `VITE_`/`REACT_APP_`: the prefix's
// `PUBLIC` is the framework's, no public key's word. Keys made for browsers still pass. Test files are searched for token
// formats: the tokens below are built at run time, so this file holds none.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'secrets-public48', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
const V = 'Qm7vT2xR9pLk4wZsQm7v';
const P = 'Hq3Nv8Wc5Ry2Ub7E';

describe('secret-named values under client-public prefixes (D2)', () => {
  it('NEXT_PUBLIC_, NUXT_PUBLIC_, EXPO_PUBLIC_, NX_PUBLIC_ and PUBLIC_ secret names are reported like VITE_ ones, the message saying the prefix publishes them', async () => {
    const env = [
      `NEXT_PUBLIC_ADMIN_PASSWORD=${P}`, `NEXT_PUBLIC_JWT_SECRET=${V}`, `NEXT_PUBLIC_API_TOKEN=${V}`, `NEXT_PUBLIC_API_KEY=${V}`,
      `NUXT_PUBLIC_CLIENT_SECRET=${V}`, `EXPO_PUBLIC_API_SECRET=${V}`, `NX_PUBLIC_SERVICE_TOKEN=${V}`, `PUBLIC_SECRET=${V}`,
      `PUBLIC_API_SECRET_KEY=${V}`, `PUBLIC_DB_PASSWORD=${P}`, `VITE_API_SECRET=${V}`,
    ].join('\n') + '\n';
    const js = `const NEXT_PUBLIC_CLIENT_SECRET = "${V}";\nexport default { NEXT_PUBLIC_CLIENT_SECRET };\n`;
    const f = await run({ '.env.production': env, 'config.js': js });
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([
      ...env.trimEnd().split('\n').map((l, i) => `.env.production:${i + 1}:${l.indexOf('=') + 2}`),
      'config.js:1:36',
    ]);
    const next = f.find((x) => x.line === 2 && x.file === '.env.production')!;
    expect(next.message).toContain("'NEXT_PUBLIC_JWT_SECRET' is assigned a hard-coded secret value");
    expect(next.message).toContain("its NEXT_PUBLIC_ prefix also publishes it to every visitor's browser");
    expect(f.find((x) => x.line === 8)!.message).toContain('in SvelteKit and Astro, its PUBLIC_ prefix also publishes it');
    expect(f.find((x) => x.line === 11)!.message).toContain('its VITE_ prefix also publishes it');
    for (const x of f) expect(x.message).not.toContain(V);
  });

  it('keys public by design pass under every client-public prefix, and a bare PUBLIC_ before a key or token word is a public key', async () => {
    const jwt = (payload: object) => ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'Qm7vT2xR9pLk4wZsQm7vT2xR9pLk4wZsQm7vT2xR9pL'].join('.');
    const anon = jwt({ iss: 'supabase', ref: 'acmeacmeacme', role: 'anon', iat: 1700000000, exp: 2015576000 });
    const gkey = 'AI' + 'za' + 'SyD4x9Qm7vT2xR9pLk4wZsQm7vT2xR9pLk4';
    const env = [
      `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${'pk_' + 'live_'}51Hq3Nv8Wc5Ry2Ub7EzK4mQm7vT2xR9pLk4wZsQm7v`,
      `NEXT_PUBLIC_STRIPE_KEY=${'pk_' + 'test_'}51Hq3Nv8Wc5Ry2Ub7EzK4mQm7vT2xR9pLk4wZsQm7v`,
      `NEXT_PUBLIC_FIREBASE_API_KEY=${gkey}`,
      `NEXT_PUBLIC_GOOGLE_MAPS_API_KEY=${gkey}`,
      'NEXT_PUBLIC_SENTRY_DSN=https://3f1a7c9e2b4d6f8a0c1e3b5d7f9a2c4e@o12345.ingest.sentry.io/123456',
      `NEXT_PUBLIC_POSTHOG_KEY=${'ph' + 'c_'}Qm7vT2xR9pLk4wZsQm7vQm7vT2xR9pLk4wZsQm7v`,
      'NEXT_PUBLIC_SEGMENT_WRITE_KEY=Qm7vT2xR9pLk4wZsQm7vAb',
      'NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY=3f1a7c9e2b4d6f8a0c1e3b5d7f9a2c4e',
      `NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}`,
      `EXPO_PUBLIC_SUPABASE_ANON_KEY=${anon}`,
      'NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6LcQm7vT2xR9pLk4wZsQm7vT2xR9pLk4wZsQm7vA',
      'NUXT_PUBLIC_RECAPTCHA_SITE_KEY=6LcQm7vT2xR9pLk4wZsQm7vT2xR9pLk4wZsQm7vA',
      'NEXT_PUBLIC_MIXPANEL_TOKEN=3f1a7c9e2b4d6f8a0c1e3b5d7f9a2c4e',
      'NEXT_PUBLIC_PUSHER_APP_KEY=3f1a7c9e2b4d6f8a0c1e',
      'NEXT_PUBLIC_JWT_PUBLIC_KEY=Qm7vT2xR9pLk4wZsQm7vAb12',
      'NEXT_PUBLIC_TOKEN_URL=https://api.acme.io/oauth/token',
      'PUBLIC_KEY=Qm7vT2xR9pLk4wZsQm7vAb12',
      'PUBLIC_API_KEY=Qm7vT2xR9pLk4wZsQm7vAb12',
      'PUBLIC_SIGNING_KEY=Qm7vT2xR9pLk4wZsQm7vAb12',
      'PUBLIC_ACCESS_TOKEN=Qm7vT2xR9pLk4wZsQm7vAb12',
      'STRIPE_PUBLIC_KEY=Qm7vT2xR9pLk4wZsQm7vAb12',
    ].join('\n') + '\n';
    expect(await run({ '.env.production': env })).toEqual([]);
  });

  // Stop 49: a confidential name under a client-public prefix (NEXT_PUBLIC_JWT_SECRET) is dockerfile-secrets-in-env's too, as
  // API_SECRET is (review 1 S2: a build argument copied under such a name was reported by no check); a browser key still passes.
  it("dockerfile-secrets-in-env passes a Next.js build's public ENV NEXT_PUBLIC_… but not a secret's name under the prefix", async () => {
    const df = `FROM node:20.11-alpine\nENV NEXT_PUBLIC_STRIPE_KEY=${'pk_' + 'live_'}51Hq3Nv8Wc5Ry2Ub7EzK4mQm7vT2xR9pLk4wZsQm7v NEXT_PUBLIC_API_URL=https://api.acme.io\nENV NEXT_PUBLIC_JWT_SECRET=${V}\nENV API_SECRET=${V}\nUSER node\n`;
    const out = await runCase(dockerfileSecretsInEnv, { name: 'secrets-public48-df', files: { Dockerfile: df } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:3', 'Dockerfile:4']);
    expect((await run({ Dockerfile: df })).map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([`Dockerfile:3:${'ENV NEXT_PUBLIC_JWT_SECRET='.length + 1}`, `Dockerfile:4:${'ENV API_SECRET='.length + 1}`]);
  });
});
