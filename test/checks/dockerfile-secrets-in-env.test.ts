import { describe, expect, it } from 'vitest';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const value = ['s3', 'cr3t-', 'V4lue-9xQ'].join('');

testCheck(dockerfileSecretsInEnv, {
  valid: [
    { name: 'QA stop 18: a Dockerfile under a test or example folder holds illustrations', files: { 'tests/fixtures/app/Dockerfile': 'FROM python:3.12-slim\nENV SECRET_KEY=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n', Dockerfile: 'FROM python:3.12-slim\nENV APP_ENV=production\n' } },
    { name: 'a file path names where the secret is mounted', files: { Dockerfile: 'FROM python:3.12\nENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json\nENV DB_PASSWORD_FILE=/run/secrets/db\nENV API_KEY_PATH=./certs/api.key\n' } },
    { name: 'no secret-like names', files: { Dockerfile: 'FROM python:3.12\nENV PORT=8000 APP_HOME=/app\nARG VERSION=1.0\n' } },
    { name: 'ARG without default', files: { Dockerfile: 'FROM node:22\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm npm ci\n' } },
    { name: 'empty values', files: { Dockerfile: 'FROM node:22\nENV API_KEY=""\nARG DB_PASSWORD=\n' } },
    { name: '_FILE indirection and names about secrets', files: { Dockerfile: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\nENV PASSWORD_MIN_LENGTH=12 TOKEN_URL=https://auth.example.com/token SECRET_NAME=prod-db\nENV DB_USER=app JWT_PUBLIC_KEY=/keys/pub.pem TOKEN_TTL=3600\n' } },
    { name: 'value under /run/secrets', files: { Dockerfile: 'FROM alpine:3.20\nENV DB_PASSWORD=/run/secrets/db\n' } },
    { name: 'ENV from a runtime variable that is not a build arg', files: { Dockerfile: 'FROM alpine:3.20\nENV API_TOKEN=$API_TOKEN\n' } },
    { name: 'builder stage secrets do not ship', files: { Dockerfile: 'FROM node:22 AS build\nARG NPM_TOKEN=abc\nENV NPM_TOKEN=$NPM_TOKEN\nRUN npm ci\nFROM gcr.io/distroless/nodejs22\nCOPY --from=build /app /app\n' } },
    { name: 'ARG scope ends with its stage: an ARG of a stage the final stage does not build on is not in scope', files: { Dockerfile: 'FROM node:22 AS base\nARG GITHUB_TOKEN\nFROM node:22 AS other\nARG NPM_TOKEN\nFROM base\nENV NPM_TOKEN=${NPM_TOKEN}\n' } },
    { name: 'PATH, a GPG key fingerprint (the official images\' GPG_KEY) and keys of records or caches are no secrets', files: { Dockerfile: 'FROM python:3.12\nENV PATH=/opt/venv/bin:$PATH GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\nENV CACHE_KEY=build-cache-v2 SORT_KEY=created_at PUBLIC_KEY=/keys/pub.pem\n' } },
    { name: 'MAX_TOKENS is not a token', files: { Dockerfile: 'FROM python:3.12\nENV MAX_TOKENS=4096 TOKENIZERS_PARALLELISM=false\n' } },
    { name: 'template Dockerfile', files: { 'Dockerfile.template': `FROM alpine\nENV API_KEY=${value}\n` } },
    { name: 'the default of ${VAR:-default} is judged as the value: a path, a flag, empty; a ${VAR:?message} is an error text', files: { Dockerfile: 'FROM alpine:3.20.3\nENV TLS_PRIVATE_KEY=${TLS_PRIVATE_KEY:-/etc/ssl/private/tls-2048.key} \\\n    SECRET_KEY_BASE_DUMMY=${SECRET_KEY_BASE_DUMMY:-1} \\\n    JWT_KEY=${JWT_KEY-./keys/jwt.pem} \\\n    API_TOKEN=${API_TOKEN:-} \\\n    DB_PASSWORD=${DB_PASSWORD:?required} \\\n    RAILS_MASTER_KEY=${RAILS_MASTER_KEY}\n' } },
    { name: 'settings about a secret (encoder, encoding, leeway, skew, renewal) are no secrets', files: { Dockerfile: 'FROM mysql:8.4.2\nENV AUTH_TOKEN_LEEWAY=30s \\\n    JWT_SECRET_ENCODING=base64 \\\n    TOKEN_REFRESH_SKEW=60 \\\n    VAULT_TOKEN_RENEWAL=enabled \\\n    PASSWORD_ENCODER=bcrypt \\\n    PASSWORD_PROMPT="Enter your password"\n' } },
    { name: 'flag values are no secrets (Rails SECRET_KEY_BASE_DUMMY=1)', files: { Dockerfile: 'FROM ruby:3.3\nENV JWT_SECRET="" SECRET_KEY_BASE_DUMMY=1\nARG DISABLE_TOKEN_AUTH=false\nENV API_KEY_REQUIRED="yes" SECRET_SCANNING=0 TOKEN_AUTH=disabled VAULT_TOKEN=enabled\n' } },
    { name: 'QA stop 20: a reference with only an authorization scheme or punctuation around it ships no literal; a filler of one repeated character is no secret', files: { Dockerfile: 'FROM alpine:3.20\nENV API_TOKEN="Bearer ${UNDECLARED}" AUTH_HEADER_TOKEN="Basic ${CREDS}"\nENV DB_PASSWORD=${DB_USER}:${DB_PASS}\nARG TELEGRAM_TOKEN=00000000000000000000000\nARG API_KEY=xxxxxxxx\n' } },
  ],
  invalid: [
    { name: 'QA stop 20: a word beside a reference still ships (a scheme word does not hide a literal)', files: { Dockerfile: `FROM alpine:3.20\nENV API_TOKEN="Bearer ${value}\${SUFFIX}"\nENV DB_PASSWORD=hunter2\${SUFFIX}\nARG SECRET_KEY=0000abcd\n` }, errors: [{ file: 'Dockerfile', line: 2 }, { file: 'Dockerfile', line: 3 }, { file: 'Dockerfile', line: 4 }] },
    { name: 'literal ENV secret', files: { Dockerfile: `FROM python:3.12\nENV SECRET_KEY=${value}\n` }, errors: [{ file: 'Dockerfile', line: 2, message: 'ENV SECRET_KEY bakes a literal value' }] },
    { name: 'legacy ENV form with space', files: { Dockerfile: `FROM python:3.12\nENV DB_PASSWORD ${value}\n` }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'personal access tokens (GITHUB_PAT, GH_PAT, AZURE_DEVOPS_PAT) and vendor keys (STRIPE_KEY, OPENAI_KEY)', files: { Dockerfile: `FROM node:22\nENV GITHUB_PAT=${value}\nARG GH_PAT=${value}\nENV AZURE_DEVOPS_PAT=${value} STRIPE_KEY=${value}\nARG OPENAI_KEY=${value}\n` }, errors: [
      { file: 'Dockerfile', line: 2, message: 'ENV GITHUB_PAT bakes a literal value' }, { file: 'Dockerfile', line: 3, message: 'ARG GH_PAT has a default' },
      { file: 'Dockerfile', line: 4, message: 'ENV AZURE_DEVOPS_PAT' }, { file: 'Dockerfile', line: 4, message: 'ENV STRIPE_KEY' }, { file: 'Dockerfile', line: 5, message: 'ARG OPENAI_KEY' },
    ] },
    { name: 'ARG default', files: { Dockerfile: 'FROM node:22\nARG NPM_TOKEN=abc123\nRUN npm ci\n' }, errors: [{ file: 'Dockerfile', line: 2, message: 'ARG NPM_TOKEN has a default' }] },
    { name: 'QA 22: a bare ARG in the final stage takes the default of the global ARG of that name; a global ARG not declared again is out of scope', files: { Dockerfile: `ARG DB_PASSWORD=${value}\nARG API_TOKEN=${value}\nARG NODE_AUTH_TOKEN=\nFROM python:3.12-slim\nARG DB_PASSWORD\nARG NODE_AUTH_TOKEN\nENV API_TOKEN=$API_TOKEN\nRUN ./setup.sh\n` }, errors: [{ file: 'Dockerfile', line: 5, message: 'ARG DB_PASSWORD takes the default of the global ARG DB_PASSWORD' }] },
    { name: 'qa30 D1: an ARG declared in a parent stage is inherited by FROM <stage> children: an ENV there copies it', files: { Dockerfile: 'FROM node:20-alpine AS base\nARG NPM_TOKEN\nARG GITHUB_TOKEN\nFROM base AS deps\nENV NPM_TOKEN=${NPM_TOKEN}\nFROM deps AS runner\nARG GITHUB_TOKEN\nENV GITHUB_TOKEN=$GITHUB_TOKEN\nUSER 1000\n' }, errors: [{ file: 'Dockerfile', line: 5, message: "ENV NPM_TOKEN copies build argument 'NPM_TOKEN'" }, { file: 'Dockerfile', line: 8, message: "ENV GITHUB_TOKEN copies build argument 'GITHUB_TOKEN'" }] },
    { name: 'qa30 D1: an inherited ARG default is reported once, at the parent\'s ARG, naming the child\'s ENV', files: { Dockerfile: `FROM python:3.12 AS base\nARG API_TOKEN=${value}\nFROM base\nARG API_TOKEN\nENV API_TOKEN=\${API_TOKEN}\n` }, errors: [{ file: 'Dockerfile', line: 2, message: 'ENV API_TOKEN on line 5 bakes it into the image config' }] },
    { name: 'ENV copies a build arg', files: { Dockerfile: 'FROM node:22\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN}\n' }, errors: [{ file: 'Dockerfile', line: 3, message: "copies build argument 'NPM_TOKEN'" }] },
    { name: 'ENV default in substitution', files: { Dockerfile: 'FROM python:3.12\nENV SECRET_KEY=${SECRET_KEY:-changeme}\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'a literal default or alternative of a substitution ships; a path default does not hide a literal elsewhere', files: { Dockerfile: `FROM python:3.12\nENV API_TOKEN=\${API_TOKEN-${value}} \\\n    JWT_SECRET=\${JWT_SECRET:+${value}} \\\n    TLS_KEY_PASSWORD=\${TLS_KEY_FILE:-/etc/ssl/key}:${value}\nARG DB_PASSWORD=\${DB_PASSWORD:-${value}}\n` }, errors: [{ file: 'Dockerfile', line: 2 }, { file: 'Dockerfile', line: 3 }, { file: 'Dockerfile', line: 4 }, { file: 'Dockerfile', line: 5, message: 'ARG DB_PASSWORD has a default' }] },
    { name: 'several properties on one instruction', files: { Dockerfile: `FROM python:3.12\nENV PORT=8000 \\\n    apiKey=${value} \\\n    CLIENT_SECRET="${value}"\n` }, errors: [{ file: 'Dockerfile', line: 3 }, { file: 'Dockerfile', line: 4 }] },
    { name: 'inherited from an earlier stage', files: { Dockerfile: `FROM python:3.12 AS base\nENV AWS_SECRET_ACCESS_KEY=${value}\nFROM base AS final\nCMD ["python"]\n` }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: 'dev Dockerfile still counts', files: { 'Dockerfile.dev': `FROM python:3.12\nENV DATABASE_PASSWORD=${value}\n` }, errors: [{ file: 'Dockerfile.dev', line: 2 }] },
  ],
});

describe('dockerfile-secrets-in-env output', () => {
  it('never prints the value and skips without Dockerfiles', async () => {
    const out = await runCase(dockerfileSecretsInEnv, { name: 'x', files: { 'svc/Dockerfile': `FROM alpine\nENV API_TOKEN=${value}\n` } });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.message).not.toContain(value);
    expect(out.findings[0]!.secret).toBe(value);
    const none = await runCase(dockerfileSecretsInEnv, { name: 'y', files: { 'app.py': 'print(1)\n' } });
    expect(none.skipped).toBe('no Dockerfile');
  });
});

describe('QA31 creds D5: variables tools read credentials from (COMPOSER_AUTH, NPM_CONFIG__AUTH, YARN_NPM_AUTH_IDENT)', () => {
  it('are secret-like whatever their words; COMPOSER_AUTH is judged by its JSON values, not its keys', async () => {
    const out = await runCase(dockerfileSecretsInEnv, { name: 'x', files: { Dockerfile: [
      'FROM php:8.3-fpm',
      'ARG GITHUB_TOKEN',
      `ENV COMPOSER_AUTH='{"github-oauth": {"github.com": "${value}"}}'`,
      'ENV COMPOSER_AUTH=\'{"github-oauth": {"github.com": "${GITHUB_TOKEN}"}}\'',
      'ENV COMPOSER_AUTH=\'{"github-oauth": {"github.com": "${NOT_AN_ARG}"}}\'',
      'ENV COMPOSER_AUTH=\'{"http-basic": {"repo.example.com": {"username": "bot", "password": ""}}}\'',
      `ENV NPM_CONFIG__AUTH=${Buffer.from(`bot:${value}`).toString('base64')}`,
      `ARG YARN_NPM_AUTH_IDENT=bot:${value}`,
      `ENV NPM_CONFIG_//registry.npmjs.org/:_authToken=${value}`,
      'ENV COMPOSER_HOME=/tmp/composer COMPOSER_ALLOW_SUPERUSER=1 NPM_CONFIG_REGISTRY=https://registry.npmjs.org/',
      'USER www-data',
    ].join('\n') + '\n' } });
    expect(out.findings.map((f) => `${f.line}: ${f.message.split(/[,;(]/)[0]!.trim()}`)).toEqual([
      '3: ENV COMPOSER_AUTH bakes a literal value into the image',
      "4: ENV COMPOSER_AUTH copies build argument 'GITHUB_TOKEN' into the image",
      '7: ENV NPM_CONFIG__AUTH bakes a literal value into the image',
      '8: ARG YARN_NPM_AUTH_IDENT has a default value',
      '9: ENV NPM_CONFIG_//registry.npmjs.org/:_authToken bakes a literal value into the image',
    ]);
    expect(out.findings.map((f) => f.message).join('\n')).not.toContain(value);
  });
});

it('settings about a secret are not secrets (CREDENTIALS_REFRESH_MARGIN, PASSWORD_COMPLEXITY)', async () => {
  const out = await runCase(dockerfileSecretsInEnv, { name: 'settings', files: { Dockerfile: 'FROM node:20-alpine\nENV CREDENTIALS_REFRESH_MARGIN=5m PASSWORD_COMPLEXITY=strong\nUSER node\n' } });
  expect(out.findings).toEqual([]);
});

describe('QA25 D1: a trailing # in a legacy ENV is part of the value; the value before it is judged', () => {
  it('still fails a literal before the comment (the secret is the value before it), and passes a switch, an empty value or a reference before one', async () => {
    const out = await runCase(dockerfileSecretsInEnv, { name: 'trailing', files: { Dockerfile: `FROM python:3.12-slim\nARG NPM_TOKEN\nENV API_TOKEN ${value} # rotate monthly\nENV DB_PASSWORD "" # set at run time\nENV SECRET_KEY_BASE_DUMMY 1 # rails assets:precompile\nENV SECRET_KEY \${SECRET_KEY} # from the orchestrator\nENV NPM_TOKEN \${NPM_TOKEN} # from the build\nUSER 1000\n` } });
    expect(out.findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      '3 ENV API_TOKEN bakes a literal value into the image (readable with docker inspect); inject it at run time instead',
      "7 ENV NPM_TOKEN copies build argument 'NPM_TOKEN' into the image, so the value passed with --build-arg ships with it; use RUN --mount=type=secret or inject it at run time",
    ]);
    expect(out.findings[0]!.secret).toBe(value);
  });
});

describe('QA26 D3: an ENV copying a build argument whose default leaks is one finding, at the default', () => {
  it('reports the ARG default once, saying the ENV bakes it into the image config; never blames --build-arg for the default', async () => {
    const out = await runCase(dockerfileSecretsInEnv, { name: 'grafana', files: { Dockerfile: 'FROM grafana/grafana-oss:11.2.0\nARG GF_SECURITY_ADMIN_PASSWORD=admin\nENV GF_SECURITY_ADMIN_PASSWORD=${GF_SECURITY_ADMIN_PASSWORD}\nHEALTHCHECK CMD true\n' } });
    expect(out.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '2:5 ARG GF_SECURITY_ADMIN_PASSWORD has a default value, which is stored in the image history, and ENV GF_SECURITY_ADMIN_PASSWORD on line 3 bakes it into the image config (readable with docker inspect); drop the default and use RUN --mount=type=secret',
    ]);
    expect(out.findings[0]!.secret).toBe('admin');
  });
  it('a global default taken by the stage ARG and copied by two ENVs is still one finding', async () => {
    const out = await runCase(dockerfileSecretsInEnv, { name: 'global', files: { Dockerfile: 'ARG DB_PASSWORD=Xk9vLm2q\nFROM python:3.12-slim\nARG DB_PASSWORD\nENV DB_PASSWORD=$DB_PASSWORD PGPASSWORD=${DB_PASSWORD}\nUSER 1000\n' } });
    expect(out.findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      '3 ARG DB_PASSWORD takes the default of the global ARG DB_PASSWORD (before the first FROM), which is stored in the image history, and ENV DB_PASSWORD on line 4 and ENV PGPASSWORD on line 4 bake it into the image config (readable with docker inspect); drop the default and use RUN --mount=type=secret',
    ]);
  });
  it('an ENV copying a non-secret-named ARG with a default names the default as well as --build-arg; without a default only --build-arg', async () => {
    const out = await runCase(dockerfileSecretsInEnv, { name: 'other-arg', files: { Dockerfile: 'FROM node:22\nARG SEED=Zq8mLx2Vt7Rp\nARG NPM_TOKEN\nARG OFF=0\nENV APP_SECRET=${SEED}\nENV NPM_TOKEN=${NPM_TOKEN}\nENV API_TOKEN=${OFF}\nUSER 1000\n' } });
    expect(out.findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      "5 ENV APP_SECRET copies build argument 'SEED' into the image, so its default (line 2) or the value passed with --build-arg ships with it; use RUN --mount=type=secret or inject it at run time",
      "6 ENV NPM_TOKEN copies build argument 'NPM_TOKEN' into the image, so the value passed with --build-arg ships with it; use RUN --mount=type=secret or inject it at run time",
      "7 ENV API_TOKEN copies build argument 'OFF' into the image, so the value passed with --build-arg ships with it; use RUN --mount=type=secret or inject it at run time",
    ]);
  });
  it('an ENV with a literal around the copied ARG is its own leak', async () => {
    const out = await runCase(dockerfileSecretsInEnv, { name: 'literal', files: { Dockerfile: 'FROM node:22\nARG DB_PASSWORD=hunter2x\nENV DATABASE_PASSWORD=prefix-${DB_PASSWORD}\nUSER 1000\n' } });
    expect(out.findings.map((f) => f.line)).toEqual([2, 3]);
  });
});

// qa34 dockerfile5 D1: every word of an ARG is a declaration, a bare one too (BuildKit's parseArg).
describe('multi-name ARG lines', () => {
  const show = async (dockerfile: string) => (await runCase(dockerfileSecretsInEnv, { name: 'x', files: { Dockerfile: dockerfile } })).findings.map((f) => `${f.line}:${f.column} ${/^ARG \w+ has a default value/.exec(f.message)?.[0] ?? f.message}`);
  it('reports a default after bare names, at its name', async () => {
    expect(await show('FROM python:3.12-slim\nARG BUILD_DATE VCS_REF DB_PASSWORD=changeme\nUSER 10001\n')).toEqual(['2:24 ARG DB_PASSWORD has a default value']);
    expect(await show('FROM python:3.12-slim\nENV API_TOKEN= \\\n    SENTRY_DSN=\nARG BUILD_DATE DEPLOY_TOKEN=Zk8Qm2Lp9XvT4rW7\nUSER 10001\n')).toEqual(['4:16 ARG DEPLOY_TOKEN has a default value']);
    expect(await show('FROM python:3.12-slim\nARG BUILD_DATE API_KEY="Zk8Q m2Lp9XvT4rW7"\nUSER 10001\n')).toEqual(['2:16 ARG API_KEY has a default value']);
  });
  it('a bare secret name first is no default (not DB_PASSWORD="BUILD_DATE VCS_REF")', async () => {
    expect(await show('FROM python:3.12-slim\nARG DB_PASSWORD BUILD_DATE VCS_REF\nUSER 10001\n')).toEqual([]);
    // Copied into an ENV it still ships what the build passes.
    expect(await show('FROM python:3.12-slim\nARG BUILD_DATE DB_PASSWORD\nENV DB_PASSWORD=$DB_PASSWORD\nUSER 10001\n')).toEqual([expect.stringMatching(/^3:5 /)]);
  });
});

// qa34 dockerfile5 D2: an ONBUILD trigger is stored with the image (Config.OnBuild) and runs in every build FROM it.
describe('ONBUILD ENV/ARG triggers', () => {
  const token = ['ghp_R8x2KqLm9ZtW4vNp7Y', 'cH3sJd6FgB1aUe0XoT'].join('');
  const show = async (dockerfile: string) => (await runCase(dockerfileSecretsInEnv, { name: 'x', files: { Dockerfile: dockerfile } })).findings.map((f) => `${f.line}:${f.column} ${f.message.split(',')[0]}`);
  it('reports a literal value at the trigger, saying ONBUILD', async () => {
    expect(await show(`FROM python:3.12-slim\nONBUILD ENV GITHUB_TOKEN=${token}\nONBUILD ARG DB_PASSWORD=Xk29vLq8TzR4mWp1\nUSER 10001\n`)).toEqual([
      '2:13 ONBUILD ENV GITHUB_TOKEN bakes a literal value', '3:13 ONBUILD ARG DB_PASSWORD has a default value',
    ]);
    // In a stage the final one builds on, and several names on one trigger line.
    expect(await show(`FROM python:3.12-slim AS base\nonbuild arg BUILD_DATE API_KEY="${token}"\nFROM base\nUSER 10001\n`)).toEqual(['2:24 ONBUILD ARG API_KEY has a default value']);
  });
  it('passes triggers without a literal, other triggers and a stage the final one does not build on', async () => {
    expect(await show('FROM python:3.12-slim\nONBUILD ARG NPM_TOKEN\nONBUILD ENV NPM_TOKEN=$NPM_TOKEN AUTH="Bearer ${API_TOKEN}"\nONBUILD ENV DB_PASSWORD_FILE=/run/secrets/db SECRET_KEY_BASE_DUMMY=1\nONBUILD RUN --mount=type=secret,id=npm npm ci\nONBUILD ENV APP_ENV=production\nUSER 10001\n')).toEqual([]);
    expect(await show(`FROM python:3.12-slim AS other\nONBUILD ENV GITHUB_TOKEN=${token}\nFROM python:3.12-slim\nUSER 10001\n`)).toEqual([]);
  });
});
