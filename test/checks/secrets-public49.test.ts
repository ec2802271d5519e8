import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { isPublicName, publicName } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// QA49 (review3 S3, sweep 48 R2/R3, second read): browser SDK keys public by design pass under every client-public prefix,
// real secrets there keep failing; REACT_APP_ and the other prefixes are client-public prefixes fully (a Maps browser key under
// them passes, the message says the prefix publishes a secret); a value-based finding keeps its words and gets the prefix
// note; one rule says what PUBLIC in a name means. Token-shaped values are built at run time, so this file holds none.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'secrets-public49', files });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
};
const PREFIXES = ['NEXT_PUBLIC_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_', 'NX_PUBLIC_', 'VITE_', 'REACT_APP_', 'GATSBY_', 'VUE_APP_', ''];
const statsigClient = 'client-' + 'Kx9Tq2Lm7Vn4Bw8Rz3Yp6Hd1JfQm7vT2xR9pLk4wZsQm7';
const statsigSecret = 'secret-' + 'Kx9Tq2Lm7Vn4Bw8Rz3Yp6Hd1JfQm7vT2xR9pLk4wZsQm7';
const growthbook = 'sdk-' + 'z3T7zetC0cP11BYm';
const hex32 = '3f1a7c9e2b4d6f8a0c1e3b5d7f9a2c4e';
const gkey = 'AI' + 'za' + 'SyD4x9Qm7vT2xR9pLk4wZsQm7vT2xR9pLk4';

describe('browser SDK keys public by design (review3 S3)', () => {
  it('Statsig client keys, GrowthBook SDK client keys and DocSearch/Algolia search-only keys pass under every prefix and none', async () => {
    const env = PREFIXES.flatMap((p) => [
      `${p}STATSIG_CLIENT_KEY=${statsigClient}`,
      `${p}GROWTHBOOK_CLIENT_KEY=${growthbook}`,
      `${p}DOCSEARCH_API_KEY=${hex32}`,
      `${p}ALGOLIA_SEARCH_ONLY_API_KEY=${hex32}`,
      `${p}ALGOLIA_SEARCH_KEY=${hex32}`,
    ]).join('\n') + '\n';
    expect(await run({ '.env.production': env })).toEqual([]);
  });

  it('real secrets keep failing: Algolia admin keys, DocSearch write keys, Statsig server keys, GrowthBook secret keys, LaunchDarkly sdk- keys, a client- value under a secret name', async () => {
    const lines = [
      `NEXT_PUBLIC_ALGOLIA_ADMIN_KEY=${hex32}`,
      `DOCSEARCH_WRITE_API_KEY=${hex32}`,
      `NEXT_PUBLIC_STATSIG_SERVER_KEY=${statsigSecret}`,
      `STATSIG_SERVER_SECRET_KEY=${statsigSecret}`,
      `NEXT_PUBLIC_GROWTHBOOK_SECRET_KEY=secret_admin_Kx9Tq2Lm7Vn4Bw8Rz3Yp6Hd1Jf`,
      `LAUNCHDARKLY_SDK_KEY=sdk-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`,
      `STATSIG_SERVER_SECRET=${statsigClient}`,
      `ALGOLIA_API_KEY=${hex32}`,
    ];
    const f = await run({ '.env.production': lines.join('\n') + '\n' });
    expect(f.map((x) => x.line)).toEqual(lines.map((_, i) => i + 1));
    expect(f[0]!.message).toContain("its NEXT_PUBLIC_ prefix also publishes it");
  });
});

describe('every client-public prefix is one fully (sweep 48 R2)', () => {
  it('a Google Maps key under any client-public prefix is a browser key and passes, a proper key or a name-judged one alike', async () => {
    const env = PREFIXES.filter(Boolean).flatMap((p) => [`${p}GOOGLE_MAPS_API_KEY=${gkey}`, `${p}GOOGLE_MAPS_KEY=${gkey}Lm`, `${p}PLACES_API_KEY=${gkey}`]).join('\n') + '\n';
    expect(await run({ '.env.production': env })).toEqual([]);
  });

  it('a Google API key without the prefix, or under one without a Maps word (Gemini), stays critical; the prefix note says it is published', async () => {
    const f = await run({ '.env.production': `GOOGLE_MAPS_API_KEY=${gkey}\nREACT_APP_GEMINI_API_KEY=${gkey}\nVITE_GOOGLE_API_KEY=${gkey}\nREACT_APP_MAPS_SECRET=${gkey}\n` });
    expect(f.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    expect(f[0]!.message).not.toContain('prefix');
    expect(f[1]!.message).toContain('Google API key');
    expect(f[1]!.message).toContain("its REACT_APP_ prefix also publishes it to every visitor's browser");
    expect(f[2]!.message).toContain('its VITE_ prefix also publishes it');
  });

  it('the same secret name fails alike under every prefix, each message naming its prefix', async () => {
    const V = 'Qm7vT2xR9pLk4wZsQm7v';
    const env = PREFIXES.filter(Boolean).map((p) => `${p}JWT_SECRET=${V}`).join('\n') + '\n';
    const f = await run({ '.env.production': env });
    expect(f.length).toBe(PREFIXES.length - 1);
    f.forEach((x, i) => expect(x.message).toContain(`its ${PREFIXES[i]} prefix also publishes it`));
  });
});

describe('a value-based finding keeps its words under a client-public prefix (sweep 48 R3)', () => {
  const jwt = (payload: object) => ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'Zk3Lm9Qx2Rv7Tw4Yb8Nc1Hd5Jf0Kg6Mp3Sq9Uz2Wx7A'].join('.');
  const serviceRole = jwt({ iss: 'supabase', ref: 'acmeprod', role: 'service_role', iat: 1700000000, exp: 4102444800 });
  it('NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY says it is a signed service_role JWT, and that the prefix publishes it', async () => {
    const f = await run({ '.env.production': `NEXT_PUBLIC_SUPABASE_URL=https://acmeprod.supabase.co\nNEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=${serviceRole}\n` });
    expect(f.map((x) => `${x.line}:${x.column}`)).toEqual([`2:${'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY='.length + 1}`]);
    expect(f[0]!.message).toContain("'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY' is assigned a signed JSON Web Token (eyJ…, role 'service_role')");
    expect(f[0]!.message).toContain('its NEXT_PUBLIC_ prefix also publishes it');
    expect(f[0]!.message).not.toContain(serviceRole);
  });
  it('a provider token under a client-public prefix gets the prefix note; without the prefix it does not', async () => {
    const sk = 'sk_' + 'live_' + '51NqXyZ8Jk3Mn9Qr5St7Uv2WcO4dY6aR0xF3gT5hU7jI9kO1lP3zA5sD7fG9hJ1kL3zX5cV7bN9mQ1wE3rT5yU7';
    const f = await run({ '.env.production': `VITE_STRIPE_KEY=${sk}\nSTRIPE_SECRET_KEY=${sk}\n`, Dockerfile: `FROM node:20.11-alpine\nENV NEXT_PUBLIC_STRIPE=${sk}\nUSER node\n` });
    expect(f.map((x) => `${x.file}:${x.line}`)).toEqual(['.env.production:1', '.env.production:2', 'Dockerfile:2']);
    expect(f[0]!.message).toMatch(/^Stripe live secret key .* \(its VITE_ prefix also publishes it/);
    expect(f[1]!.message).not.toContain('prefix');
    expect(f[2]!.message).toContain('its NEXT_PUBLIC_ prefix also publishes it');
  });
});

describe('one rule for what PUBLIC in a name means (second read)', () => {
  it('publicName: the prefix, the words it takes, and whether the rest names a public key', () => {
    expect(publicName('NEXT_PUBLIC_JWT_SECRET')).toEqual({ prefix: 'NEXT_PUBLIC_', words: 2, publicKey: false });
    expect(publicName('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY')).toEqual({ prefix: 'NEXT_PUBLIC_', words: 2, publicKey: true });
    expect(publicName('PUBLIC_DB_PASSWORD')).toEqual({ prefix: 'PUBLIC_', words: 1, publicKey: false });
    expect(publicName('PUBLIC_KEY')).toEqual({ prefix: 'PUBLIC_', words: 0, publicKey: true });
    expect(publicName('REACT_APP_API_KEY')).toEqual({ prefix: 'REACT_APP_', words: 0, publicKey: false });
    expect(publicName('STRIPE_PUBLIC_KEY')).toEqual({ prefix: null, words: 0, publicKey: true });
    expect(publicName('API_SECRET')).toEqual({ prefix: null, words: 0, publicKey: false });
    for (const n of ['NEXT_PUBLIC_JWT_SECRET', 'VITE_API_KEY', 'REACT_APP_TOKEN', 'GATSBY_API_KEY', 'VUE_APP_SECRET', 'jwtPublicKey', 'STRIPE_PUB_KEY']) expect(isPublicName(n)).toBe(true);
    for (const n of ['API_SECRET', 'REPUBLIC_TOKEN', 'VITEX_SECRET']) expect(isPublicName(n)).toBe(false);
  });

  it('dockerfile-secrets-in-env passes every client-public prefix as it passes NEXT_PUBLIC_ (a Vite/CRA build sets them with ARG/ENV); other secrets still fail', async () => {
    const df = [
      'FROM node:20.11-alpine',
      'ARG VITE_API_KEY', 'ENV VITE_API_KEY=$VITE_API_KEY',
      'ARG REACT_APP_MAPS_KEY', 'ENV REACT_APP_MAPS_KEY=${REACT_APP_MAPS_KEY}',
      'ARG GATSBY_API_TOKEN', 'ENV GATSBY_API_TOKEN=$GATSBY_API_TOKEN',
      'ARG NEXT_PUBLIC_API_KEY', 'ENV NEXT_PUBLIC_API_KEY=$NEXT_PUBLIC_API_KEY',
      'ARG NPM_TOKEN', 'ENV NPM_TOKEN=$NPM_TOKEN',
      'ENV API_SECRET=Qm7vT2xR9pLk4wZsQm7v',
      'USER node',
    ].join('\n') + '\n';
    const out = await runCase(dockerfileSecretsInEnv, { name: 'secrets-public49-df', files: { Dockerfile: df } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['Dockerfile:11', 'Dockerfile:12']);
  });
});
