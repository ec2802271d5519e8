import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { isExampleValue } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// QA43 (secrets16 D1, D2; fullrepos22 D1, D3): GitHub's published example tokens under every prefix, credentials in HTTP
// recordings (cassettes), Sinatra's `set :session_secret, "…"`, and a Quarkus profile key named with its `%`. Test files are
// searched for token formats: the tokens below are built at run time, so this file holds none.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { files });
  expect(out.error).toBeUndefined();
  return [...out.findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const at = (findings: Awaited<ReturnType<typeof run>>) => findings.map((f) => [f.file, f.line, f.column]);
/** A deterministic random-looking string of `n` characters of `alphabet`. */
const random = (seed: number, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') => {
  let x = seed * 2654435761 + 12345;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[Math.floor((x / 2147483648) * alphabet.length)];
  }
  return out;
};
const b64 = (s: string) => Buffer.from(s).toString('base64');
/** Where `value` starts on line `line` (1-based) of `text`: [line, column]. */
const pos = (text: string, line: number, value: string): [number, number] => {
  const column = text.split('\n')[line - 1]!.indexOf(value) + 1;
  expect(column, value).toBeGreaterThan(0);
  return [line, column];
};

describe("GitHub's published example tokens, whatever the prefix (secrets16 D1)", () => {
  const body = ['16C7e42F292c6912E7710', 'c838347Ae178B4a'].join('');
  const refresh = ['gh', 'r_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498'].join('');
  const oldHex = ['e72e16c7e42f292c6912e7710', 'c838347ae178b4a'].join('');

  it('the example body is an example under gho_, ghu_, ghs_, ghr_ as under ghp_; another body is not', () => {
    for (const p of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) expect(isExampleValue(`${p}${body}`), p).toBe(true);
    expect(isExampleValue(refresh)).toBe(true);
    expect(isExampleValue(oldHex)).toBe(true);
    // One character changed, or the body under another vendor's prefix: no example.
    expect(isExampleValue(`ghs_${body.slice(0, -1)}b`)).toBe(false);
    expect(isExampleValue(`npm_${body}`)).toBe(false);
  });

  it("GitHub's documented responses pass in docs, fixtures and code; a real token beside them is found", async () => {
    const real = `ghs_${random(1, 36)}`;
    const near = `gho_${body.slice(0, -1)}b`;
    const findings = await run({
      'docs/oauth.md': `# OAuth\n\n\`\`\`\naccess_token=gho_${body}&scope=repo%2Cgist&token_type=bearer\n\`\`\`\n\nA user token looks like \`ghu_${body}\`, a classic one \`ghp_${body}\`.\n`,
      'test/fixtures/installation-token.json': `{\n  "token": "ghs_${body}",\n  "expires_at": "2016-07-11T22:14:10Z"\n}\n`,
      'src/github/responses.json': `{\n  "access_token": "ghu_${body}",\n  "expires_in": 28800,\n  "refresh_token": "${refresh}",\n  "legacy_token": "${oldHex}",\n  "token_type": "bearer"\n}\n`,
      'src/github/app.py': `INSTALLATION_TOKEN = "ghs_${body}"\nREAL_TOKEN = "${real}"\nNEAR_TOKEN = "${near}"\n`,
    });
    expect(at(findings)).toEqual([['src/github/app.py', 2, 15], ['src/github/app.py', 3, 15]]);
    expect(findings[0]!.message).toMatch(/^GitHub token \(ghs_…\) committed in plain text/);
    expect(findings[1]!.message).toMatch(/^GitHub token \(gho_…\) committed in plain text/);
  });
});

describe('credentials in HTTP recordings (secrets16 D2)', () => {
  const bearer = random(2, 40);
  const access = random(3, 48);
  const refresh = random(4, 48);
  const password = random(5, 20);

  it("a vcrpy cassette's Authorization header and recorded access_token/refresh_token are found, in a test folder", async () => {
    const cassette = [
      'interactions:',
      '- request:',
      '    body: null',
      '    headers:',
      `      Authorization: [Bearer ${bearer}]`,
      '    method: GET',
      '    uri: https://api.billing-vendor.com/v2/invoices',
      '  response:',
      `    body: {string: '{"access_token": "${access}", "refresh_token": "${refresh}"}'}`,
      '    headers: {}',
      '    status: {code: 200, message: OK}',
      '- request:',
      '    headers:',
      `      Authorization: [Basic ${b64(`svc-billing:${password}`)}]`,
      '    method: GET',
      '    uri: https://api.billing-vendor.com/v2/me',
      "  response: {body: {string: ''}, headers: {}, status: {code: 200, message: OK}}",
      'version: 1',
      '',
    ].join('\n');
    const findings = await run({ 'tests/cassettes/test_billing.yaml': cassette });
    const f = 'tests/cassettes/test_billing.yaml';
    expect(at(findings)).toEqual([[f, ...pos(cassette, 5, bearer)], [f, ...pos(cassette, 9, access)], [f, ...pos(cassette, 9, refresh)], [f, ...pos(cassette, 14, 'c3ZjLW')]]);
    expect(findings.map((x) => x.note ?? false)).toEqual([false, false, false, false]);
    expect(findings[0]!.message).toMatch(/^an HTTP recording \(cassette\) holds the Authorization credential of a recorded request/);
    expect(findings[1]!.message).toMatch(/holds the 'access_token' of a recorded exchange/);
    expect(findings[2]!.message).toMatch(/holds the 'refresh_token' of a recorded exchange/);
    for (const f of findings) expect(f.message).not.toContain(f.secret ?? '\0');
  });

  it("Ruby VCR's, betamax's, Polly.js's and go-vcr's recordings are read as they lay their headers and bodies out", async () => {
    const vcr = [
      '---',
      'http_interactions:',
      '- request:',
      '    method: post',
      '    uri: https://auth.acme.io/oauth/token',
      '    body:',
      '      encoding: UTF-8',
      `      string: grant_type=refresh_token&refresh_token=${refresh}`,
      '    headers:',
      '      Authorization:',
      `      - Bearer ${bearer}`,
      '  response:',
      '    body:',
      '      encoding: UTF-8',
      `      string: '{"access_token":"${access}","token_type":"bearer"}'`,
      'recorded_with: VCR 6.2.0',
      '',
    ].join('\n');
    const betamax = `{"http_interactions": [{"request": {"body": {"encoding": "utf-8", "string": ""}, "headers": {"Authorization": ["Basic ${b64(`api:${password}`)}"]}, "method": "GET", "uri": "https://api.acme.io/v1/me"}, "response": {"body": {"encoding": "utf-8", "string": "{\\"access_token\\": \\"${access}\\"}"}}}], "recorded_with": "betamax/0.8.1"}\n`;
    const har = [
      '{',
      '  "log": {',
      '    "entries": [',
      '      {',
      '        "request": {',
      '          "headers": [',
      '            {',
      '              "_fromType": "array",',
      '              "name": "authorization",',
      `              "value": "Bearer ${bearer}"`,
      '            }',
      '          ],',
      '          "method": "GET",',
      '          "url": "https://api.acme.io/v1/orders"',
      '        }',
      '      }',
      '    ]',
      '  }',
      '}',
      '',
    ].join('\n');
    const goVcr = ['---', 'version: 2', 'interactions:', '- id: 0', '  request:', '    headers:', '      Authorization:', `      - token ${bearer}`, '    url: https://api.acme.io/v1/repos', '    method: GET', ''].join('\n');
    const findings = await run({
      'spec/fixtures/vcr_cassettes/refresh.yml': vcr,
      'tests/cassettes/betamax/test_auth.json': betamax,
      'test/recordings/orders_123/recording.har': har,
      'pkg/client/testdata/fixtures/repos.yaml': goVcr,
    });
    const [g, v, h, bm] = ['pkg/client/testdata/fixtures/repos.yaml', 'spec/fixtures/vcr_cassettes/refresh.yml', 'test/recordings/orders_123/recording.har', 'tests/cassettes/betamax/test_auth.json'];
    expect(at(findings)).toEqual([
      [g, ...pos(goVcr, 8, bearer)],
      [v, ...pos(vcr, 8, refresh)], [v, ...pos(vcr, 11, bearer)], [v, ...pos(vcr, 15, access)],
      [h, ...pos(har, 10, bearer)],
      [bm, ...pos(betamax, 1, b64(`api:${password}`))], [bm, ...pos(betamax, 1, access)],
    ]);
  });

  it('redacted values, placeholder logins and interactions with a local or documentation host pass; plain test fixtures stay illustrations', async () => {
    const redacted = [
      'interactions:',
      '- request:',
      '    headers:',
      '      Accept: [\'*/*\']',
      '      Authorization: [<AUTHORIZATION>]',
      '      X-Api-Key: [\'**********\']',
      '    uri: https://api.acme.io/v1/charges',
      '  response:',
      `    body: {string: '{"access_token": "<ACCESS_TOKEN>", "refresh_token": "REDACTED", "client_secret": "pi_${random(6, 24)}_secret_${random(7, 25)}"}'}`,
      '- request:',
      '    headers:',
      '      Authorization: [Bearer FILTERED]',
      '      Proxy-Authorization: [Bearer <TOKEN>]',
      '    uri: https://api.acme.io/v1/customers?api_key=REDACTED',
      '  response: {body: {string: \'{"access_token": "**********"}\'}}',
      '- request:',
      '    headers:',
      `      Authorization: [Basic ${b64('<ACME_USER>:<ACME_PASSWORD>')}]`,
      `      authorization: [Basic ${b64('admin:password')}]`,
      '    uri: https://api.acme.io/v1/me',
      '  response: {body: {string: \'\'}}',
      '- request:',
      '    headers:',
      `      Authorization: [Bearer ${bearer}]`,
      '    uri: http://localhost:3000/api/orders',
      '  response:',
      `    body: {string: '{"access_token": "${access}"}'}`,
      '- request:',
      '    headers:',
      `      Authorization: [Bearer ${random(8, 40)}]`,
      '    uri: https://api.example.com/v1/orders',
      '  response: {body: {string: \'\'}}',
      'version: 1',
      '',
    ].join('\n');
    const vcrFiltered = ['---', 'http_interactions:', '- request:', '    method: get', '    uri: https://api.github.com/user', '    headers:', '      Authorization:', '      - token <GITHUB_TOKEN>', 'recorded_with: VCR 6.2.0', ''].join('\n');
    // Not a recording: a fixture a test builds its requests from (its values are illustrations, as before).
    const fixture = `{\n  "headers": {"Authorization": "Bearer ${bearer}"},\n  "access_token": "${access}",\n  "refresh_token": "${refresh}"\n}\n`;
    const findings = await run({
      'tests/cassettes/test_charges.yaml': redacted,
      'spec/fixtures/vcr_cassettes/github.yml': vcrFiltered,
      'test/fixtures/auth.json': fixture,
    });
    expect(at(findings)).toEqual([]);
  });

  it('a provider token in a cassette is reported once, by its format', async () => {
    const gh = `ghp_${random(9, 36)}`;
    const cassette = ['interactions:', '- request:', '    headers:', `      Authorization: [token ${gh}]`, '    uri: https://api.github.com/user', '  response:', `    body: {string: '{"access_token":"${gh}"}'}`, 'version: 1', ''].join('\n');
    const findings = await run({ 'tests/cassettes/test_user.yaml': cassette });
    expect(at(findings)).toEqual([['tests/cassettes/test_user.yaml', ...pos(cassette, 4, gh)], ['tests/cassettes/test_user.yaml', ...pos(cassette, 7, gh)]]);
    for (const f of findings) expect(f.message).toMatch(/^GitHub token \(ghp_…\)/);
  });
});

describe("Sinatra's set :session_secret (fullrepos22 D1)", () => {
  const hex = random(10, 96, '0123456789abcdef');
  const mixed = random(11, 64);
  const other = random(12, 64);

  it('a session secret set by symbol is found at its value, in each spelling', async () => {
    const app = [
      'require "sinatra"',
      '',
      `set :session_secret, "${hex}"`,
      `set(:session_secret, '${mixed}')`,
      `set :session_secret => "${other}"`,
      'enable :sessions',
      '',
    ].join('\n');
    const findings = await run({ 'app.rb': app });
    expect(at(findings)).toEqual([['app.rb', 3, 23], ['app.rb', 4, 23], ['app.rb', 5, 25]]);
    expect(findings[0]!.message).toMatch(/^'session_secret' is assigned a hard-coded secret value/);
  });

  it('references, placeholders, other settings, other receivers and specs pass; Rails config.secret_key_base is still found', async () => {
    const app = [
      'require "sinatra"',
      'set :bind, "0.0.0.0"',
      'set :session_secret, ENV.fetch("SESSION_SECRET") { SecureRandom.hex(64) }',
      'set :session_secret, "#{ENV[\'SESSION_SECRET\']}"',
      'set :session_secret, "your_session_secret_here"',
      'set :session_secret, "super secret"',
      `reset :api_token, "${mixed}"`,
      `set :app_name, "${other}"`,
      '',
    ].join('\n');
    const findings = await run({
      'app.rb': app,
      'spec/app_spec.rb': `set :session_secret, "${mixed}"\n`,
      'config/application.rb': `module Shop\n  class Application < Rails::Application\n    config.secret_key_base = "${hex}"\n  end\nend\n`,
    });
    expect(at(findings)).toEqual([['config/application.rb', 3, 31]]);
  });
});

describe('a Quarkus profile key is named with its % (fullrepos22 D3)', () => {
  it("'%prod.quarkus.datasource.password' is the key as written; an unprofiled key is unchanged", async () => {
    const props = [
      'quarkus.datasource.username=claims',
      `%prod.quarkus.datasource.password=${random(13, 16)}`,
      `quarkus.oidc.credentials.secret=${random(14, 32)}`,
      '',
    ].join('\n');
    const findings = await run({ 'src/main/resources/application.properties': props });
    expect(findings.map((f) => [f.line, f.column, f.message.replace(/;.*$/, '')])).toEqual([
      [2, 35, "'%prod.quarkus.datasource.password' is assigned a hard-coded secret value"],
      [3, 33, "'quarkus.oidc.credentials.secret' is assigned a hard-coded secret value"],
    ]);
  });
});
