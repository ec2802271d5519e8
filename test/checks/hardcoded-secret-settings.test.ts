import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret, scanText } from '../../src/checks/hardcoded-secret.js';
import { isFilePath, isNameList, isSecretName, looksLikeSecretValue } from '../../src/checks/util/secrets.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

// Settings that are about a secret, not the secret (QA round 2): URLs, key paths, model names, keys public
// by design; and typed assignments. Fixed random-looking literals, assembled so no line of this file holds
// one whole (no rand(): the seeded sequence of hardcoded-secret.test.ts is left alone).
const k1 = ['Zx8K', 'q2mV', '7pL4', 'nR9t', 'W3hG'].join('');
const k2 = ['Qm4L', 'p9Tz', '2Wx7', 'Rb5N', 'Hy6T'].join('');
const k3 = ['Hy6T', 'q3Lz', '8Mv1', 'Pw5K', 'Qm4L'].join('');
const b64 = ['Zx8K/q2mV', '7pL4+nR9t', 'W3hG/Qm4Lp9T'].join('');
const uuid = ['6f1c9e2a', '8b3d', '4c7e', 'a951', '0d2f8e4b7c6a'].join('-');
const lowerKey = ['key-', 'k3x9', 'q7m2', 'v8d4', 'r1t6', 'w5z0', 'p2h8', 'j4n7', 'b9c3'].join('');
const p = (...parts: string[]) => parts.join('');
const deploy = (name: string, value: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:1.2.3\n          env:\n            - name: ${name}\n              value: "${value}"\n`;

testCheck(hardcodedSecret, {
  valid: [
    // 1. URLs without a password and names about a service.
    { name: 'a URL without a password under a secret name is where the secret comes from', files: {
      'app/settings.py': 'SIGNING_SECRET = "https://kms.acme.io:8443/v1/keys/signing2"\nAPI_TOKEN = os.environ.get("API_TOKEN", "http://tokens.internal:8081/v2")\n',
      'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.2.3\n    environment:\n      AUTH_TOKEN: ${AUTH_TOKEN:-https://auth.acme.io:8443/realms/prod2}\n',
      'k8s/deploy.yaml': deploy('AUTH_TOKEN', 'http://token-service.internal:8081'),
      'config/app.yml': 'sentry:\n  auth_token: https://e3b0c44298fc1c149afbf4c8996fb924@o123456.ingest.sentry.io/4504123456789012\n',
    } },
    { name: 'names of a token service, server, introspection endpoint', files: {
      'app/settings.py': 'import os\nTOKEN_SERVICE = "http://token-service.internal:8081"\nAUTH_TOKEN_SERVICE = os.getenv("AUTH_TOKEN_SERVICE", "http://auth-tokens.svc.cluster.local:8080")\n',
      'app/llm.py': 'import os\nTOKEN_INTROSPECTION = os.environ.get("TOKEN_INTROSPECTION", "http://auth-svc.internal:8080/oauth2/introspect")\n',
      'src/main/resources/application.properties': 'app.security.token-service=${TOKEN_SERVICE:http://token-service.internal:8081}\n',
      'k8s/deploy.yaml': deploy('TOKEN_SERVICE', 'http://token-service.internal:8081'),
    } },
    // 2. Parameter expansions, key paths, Spring resource locations.
    { name: 'a parameter expansion is no key: value assignment (key file defaults)', files: {
      'deploy.sh': '#!/bin/sh\nopenssl dgst -sha256 -sign "${PRIVATE_KEY:-./certs/signing-2048.pem}" release.tar.gz > release.sig\nssh -i "${DEPLOY_PRIVATE_KEY:-~/.ssh/deploy_ed25519}" deploy@host true\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27.0\n    healthcheck:\n      test: ["CMD", "wget", "-qO-", "${TOKEN_SERVICE:-http://tokens.internal:8081}/health"]\n',
    } },
    { name: 'relative key and certificate paths without ./', files: {
      'docker-compose.prod.yml': 'services:\n  signer:\n    image: ghcr.io/acme/signer:1.0.0\n    environment:\n      - TLS_PRIVATE_KEY=${TLS_PRIVATE_KEY:-certs/tls-2048.key}\n      - "JWT_PRIVATE_KEY=${JWT_PRIVATE_KEY:-./keys/jwt-rs256.pem}"\n',
      'config/app.yml': 'jwt:\n  signing_key: keys/jwt-rs256-2048.pem\n  private_key: /certs/acme-2024/tls.key\n',
      '.env.production': 'TLS_PRIVATE_KEY=certs/tls-2048.key\nGOOGLE_CREDENTIALS=secrets/sa-2024.json\n',
    } },
    { name: 'Spring resource locations', files: {
      'src/main/resources/application.properties': 'app.signing-key=${SIGNING_KEY:file:/etc/acme/keys/signing-2024.pem}\napp.jwt.private-key=${JWT_PRIVATE_KEY:classpath:keys/jwt-rs256-private.pem}\napp.jwt.secret-key=classpath*:keys/hmac-2024.bin\n',
      'src/main/resources/application.yml': 'app:\n  jwt:\n    private-key: classpath:certs/rsa2048-private.pem\n',
    } },
    // 3. Model names.
    { name: 'model names under MODEL settings', files: {
      'app/settings.py': 'import os\nTOKEN_MODEL = os.environ.get("TOKEN_MODEL", "text-embedding-3-small")\nEMBEDDING_TOKEN_MODEL = os.getenv("EMBEDDING_TOKEN_MODEL", "text-embedding-3-small")\nTOKEN_COUNTER_MODEL = os.environ.get("TOKEN_COUNTER_MODEL", "gpt-4o-2024-08-06")\n',
      'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    environment:\n      AUTH_TOKEN_MODEL: ${AUTH_TOKEN_MODEL:-gpt-4o-mini-2024-07-18}\n',
      'app/server.js': 'const tokenModel = process.env.TOKENIZER_MODEL ?? "Xenova/gpt-4o";\nconst tokenEncoding = process.env.TOKEN_ENCODING || "cl100k_base";\n',
    } },
    { name: 'lower-case identifiers of words and numbers are no generated secret', files: {
      'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    environment:\n      AZURE_OPENAI_API_KEY_DEPLOYMENT: gpt-4o-mini-2024-07-18\n      HF_TOKEN_REPO: ${HF_TOKEN_REPO:-sentence-transformers/all-minilm-l6-v2}\n',
      'app/config.py': 'embedding_api_key_alias = "text-embedding-3-small"\nsecret_slug = "qwen2.5-72b-instruct"\n',
    } },
    // 4. Keys public by design, secret-manager resource names.
    { name: 'publishable keys and client-side project tokens', files: {
      'web/analytics.js': `mixpanel.init(process.env.MIXPANEL_TOKEN || "6972a1b0f4e0a4c3d2b1a09f8e7d6c5b");\nposthog.init(process.env.POSTHOG_API_KEY || "${p('ph', 'c_')}Kq7vQ2mZ8rT4wX9yB3nD6fH1jL5pS0cV2gA8eU4iO7k");\nexport const stripe = Stripe(process.env.STRIPE_API_KEY ?? "${p('pk', '_live_')}51Hq8KzL4mN7pR2tV9xB3cD6fG1hJ5kS0wQ8eU4iO7yA2zC6vB9nM3");\n`,
      'web/echo.js': 'window.Echo = new Echo({\n  broadcaster: "pusher",\n  key: import.meta.env.VITE_PUSHER_APP_KEY ?? "3f8a2c9e1b7d4a6f5c0e",\n});\n',
      '.env.production': `STRIPE_API_KEY=${p('pk', '_live_')}51HqLyjWDarjtT1zdp7dcXJ0WkMx9aSPVn3vvCW2JVxuPKGN0ql\nPOSTHOG_API_KEY=${p('ph', 'c_')}Kq7vQ2mZ8rT4wX9yB3nD6fH1jL5pS0cV2gA8eU4iO7k\nPUSHER_APP_KEY=3f8a2c9e1b7d4a6f5c0e\nAMPLITUDE_API_KEY=9f3e2c7a1b4d6e8f0a2c4e6b8d0f2a4c\nSEGMENT_WRITE_KEY=Kq7vQ2mZ8rT4wX9yB3nD6fH1jL5pS0cV\n`,
      'k8s/web-secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web\nstringData:\n  stripe-key: ${p('pk', '_live_')}51Hq8KzL4mN7pR2tV9xB3cD6fG1hJ5kS0wQ8eU4iO7yA2zC6vB9nM3\n`,
    } },
    { name: 'regression stop 18: Supabase anon keys ship to browsers by design', files: {
      'web/.env.production': 'VITE_SUPABASE_URL=https://abcd.supabase.co\nVITE_SUPABASE_ANON_KEY=Xf3kq9LmZ2pT8vRw4NbYc7sEa1FdGuViKoR5nHy6\n',
      'web/client.js': "export const SUPABASE_ANON_KEY = 'Xf3kq9LmZ2pT8vRw4NbYc7sEa1FdGuViKoR5nHy6';\n",
    } },
    { name: 'GCP Secret Manager resource names are references', files: {
      'app/settings.py': 'import os\nDB_PASSWORD_SECRET = os.getenv("DB_PASSWORD_SECRET", "projects/987654321098/secrets/DB_PASSWORD/versions/7")\nAPI_KEY = "projects/acme-prod-4821/secrets/API_KEY_2024/versions/3"\n',
    } },
    // 5. Typed declarations without a literal secret.
    { name: 'typed declarations of non-secret names or non-literal values', files: {
      'app/config.py': 'class Settings(BaseSettings):\n    api_key: SecretStr = Field(default=None)\n    service_name: str = "Zx8Kq2mV7pL4nR9tW3hG"\n    TOKEN_URL: str = "https://auth.acme.io/oauth/token"\n',
      'src/cfg.ts': 'export const requestId: string = "Zx8Kq2mV7pL4nR9tW3hG";\nfunction f(token: string) { return token; }\n',
    } },
  ],
  invalid: [
    { name: "a secret-named XML element with a literal value (Maven's settings.xml)", files: {
      'ci/settings.xml': `<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deploy</username>\n      <password>${k1}</password>\n    </server>\n    <server><id>gpg</id><passphrase>${k2.slice(0, 10)}&amp;${k2.slice(10)}</passphrase></server>\n  </servers>\n</settings>\n`,
      // References, Maven's encrypted passwords, placeholders and commented-out examples pass.
      'pom.xml': `<project>\n  <properties>\n    <gpg.passphrase>\${env.GPG_PASSPHRASE}</gpg.passphrase>\n  </properties>\n</project>\n`,
      '.mvn/settings.xml': `<settings><servers><server><id>x</id><password>{COQLCE6DU6GtcS5P=}</password></server>\n<!-- <server><password>${k3}</password></server> -->\n<server><password>YOUR_PASSWORD</password></server></servers></settings>\n`,
    }, errors: [
      { file: 'ci/settings.xml', line: 6, column: 17, message: "'password' is assigned" },
      { file: 'ci/settings.xml', line: 8, message: "'passphrase' is assigned" },
    ] },
    // QA round 22: .NET keeps named settings as `<add key value>` pairs: web.config appSettings, NuGet.Config's
    // packageSourceCredentials (`ClearTextPassword`). Non-secret keys, references and commented-out entries pass.
    { name: ".NET <add key=\"…Password\" value=\"…\" /> settings (web.config, NuGet.Config)", files: {
      'src/Shop.Web/Web.config': `<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="SmtpHost" value="${k2}" />\n    <add key="SmtpPassword" value="${k1}" />\n    <!-- <add key="OldApiKey" value="${k3}" /> -->\n    <add key="ApiKey" value="%API_KEY%" />\n  </appSettings>\n</configuration>\n`,
      'NuGet.Config': `<configuration>\n  <packageSourceCredentials>\n    <AcmeFeed>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${k2}" />\n    </AcmeFeed>\n  </packageSourceCredentials>\n</configuration>\n`,
    }, errors: [
      { file: 'NuGet.Config', line: 5, column: 43, message: "'ClearTextPassword' is assigned" },
      { file: 'src/Shop.Web/Web.config', line: 5, column: 36, message: "'SmtpPassword' is assigned" },
    ] },
    // A random mixed-case run whose only digits come last is no word with a number (`password123`): still a secret.
    { name: 'a random mixed-case password that happens to end in digits', files: {
      'src/main/resources/application-prod.properties': `spring.datasource.url=jdbc:mysql://db.prod.acme.internal:3306/shop?user=shop&password=${p('PrRpBBXu', 'DghCfmiK98')}&useSSL=true\n`,
      'app/settings.py': `API_KEY = "${p('XkLmQpRs', 'TuVw3')}"\nAPP_TOKEN = "SuperStrongPassword2024"\n`,
    }, errors: [
      { file: 'app/settings.py', line: 1, message: "'API_KEY' is assigned" },
      { file: 'src/main/resources/application-prod.properties', line: 1, message: "'password' query parameter" },
    ] },
    // A `#` inside a bare configuration value is no comment (only ` #` is): the password is the whole value.
    { name: 'a bare YAML or .properties value holding a # is read whole', files: {
      'src/main/resources/application.yml': `spring:\n  datasource:\n    password: ${k1.slice(0, 6)}#${k1.slice(6)}\n  mail:\n    password: ${k2}   # the mail relay\n`,
      'src/main/resources/application.properties': `spring.redis.password=${k3.slice(0, 5)}#${k3.slice(5)}\n`,
      'charts/api/values.yaml': `postgresql:\n  auth:\n    postgresPassword: ${k2}#\n`,
    }, errors: [
      { file: 'charts/api/values.yaml', line: 3, column: 23, message: "'postgresPassword' is assigned" },
      { file: 'src/main/resources/application.properties', line: 1, column: 23, message: "'spring.redis.password' is assigned" },
      { file: 'src/main/resources/application.yml', line: 3, column: 15, message: "'password' is assigned" },
      { file: 'src/main/resources/application.yml', line: 5, column: 15, message: "'password' is assigned" },
    ] },
    { name: 'a URL carrying a secret-named query parameter is still judged', files: {
      'app/settings.py': `WEBHOOK_SECRET = "https://hooks.acme.io/in?token=${k1}"\n`,
    }, errors: [{ file: 'app/settings.py', line: 1, column: 50, message: "a URL's 'token' query parameter carries a hard-coded secret value" }] },
    { name: 'a literal fallback inside a parameter expansion is reported once, as a fallback', files: {
      'run.sh': `#!/bin/bash\necho "\${SECRET_KEY:-${k1}}"\nexport API_TOKEN="\${API_TOKEN:=${k2}}"\n`,
      'docker-compose.yml': `services:\n  api:\n    image: ghcr.io/acme/api:1.2.3\n    command: ["sh", "-c", "exec api --key \${SIGNING_KEY:-${k3}}"]\n`,
    }, errors: [
      { file: 'run.sh', line: 2, column: 21, message: "'SECRET_KEY' falls back" },
      { file: 'run.sh', line: 3, message: "'API_TOKEN' falls back" },
      { file: 'docker-compose.yml', line: 4, message: "'SIGNING_KEY' falls back" },
    ] },
    { name: 'secrets with a slash, UUID and lower-case keys are still secrets', files: {
      'docker-compose.yml': `services:\n  signer:\n    image: ghcr.io/acme/signer:1.0.0\n    environment:\n      - TLS_PRIVATE_KEY=\${TLS_PRIVATE_KEY:-${b64}}\n`,
      'app/settings.py': `HEROKU_API_KEY = "${uuid}"\nMAILGUN_API_KEY = "${lowerKey}"\n`,
      '.env.production': 'DB_PASSWORD=correct-horse-battery-2024\n',
    }, errors: [{ file: 'docker-compose.yml', line: 5 }, { file: 'app/settings.py', line: 1 }, { file: 'app/settings.py', line: 2 }, { file: '.env.production', line: 1 }] },
    { name: 'secrets next to public keys: Pusher and Mixpanel secrets, PostHog personal keys', files: {
      '.env.production': `PUSHER_APP_SECRET=${k1}\nMIXPANEL_API_SECRET=${k2}\nPOSTHOG_PERSONAL_API_KEY=${p('ph', 'x_')}${k3}${k1}\n`,
    }, errors: [{ file: '.env.production', line: 1 }, { file: '.env.production', line: 2 }, { file: '.env.production', line: 3 }] },
    { name: 'typed assignments: Python, TypeScript, Kotlin, Rust', files: {
      'config.py': `from pydantic_settings import BaseSettings\nAPI_TOKEN: str = "${k1}"\nclass Settings(BaseSettings):\n    secret_key: str = "${k2}"\n    JWT_SECRET: str = "${k3}"\n    refresh_token: Optional[str] = "${k1}"\n    db_password = "${k2}"\n`,
      'cfg.ts': `export const apiKey: string = "${k1}";\nclass C { private readonly clientSecret: string = "${k2}"; }\nlet authToken: string | undefined = '${k3}';\n`,
      'Cfg.kt': `val apiKey: String = "${k3}"\n`,
      'src/main.rs': `const API_KEY: &str = "${k2}";\nstatic SIGNING_SECRET: &'static str = "${k1}";\n`,
    }, errors: [
      { file: 'Cfg.kt', line: 1, column: 23, message: "'apiKey' is assigned" },
      { file: 'cfg.ts', line: 1, column: 32, message: "'apiKey'" },
      { file: 'cfg.ts', line: 2, message: "'clientSecret'" },
      { file: 'cfg.ts', line: 3, message: "'authToken'" },
      { file: 'config.py', line: 2, column: 19, message: "'API_TOKEN'" },
      { file: 'config.py', line: 4, message: "'secret_key'" },
      { file: 'config.py', line: 5, message: "'JWT_SECRET'" },
      { file: 'config.py', line: 6, message: "'refresh_token'" },
      { file: 'config.py', line: 7, message: "'db_password'" },
      { file: 'src/main.rs', line: 1, message: "'API_KEY'" },
      { file: 'src/main.rs', line: 2, message: "'SIGNING_SECRET'" },
    ] },
  ],
});

describe('hardcoded-secret: names and values about a secret', () => {
  it.each([
    'TOKEN_SERVICE', 'AUTH_TOKEN_SERVICE', 'TOKEN_SERVER', 'TOKEN_HOST', 'TOKEN_INTROSPECTION', 'TOKEN_MODEL', 'EMBEDDING_TOKEN_MODEL', 'tokenModel',
    'TOKEN_ENCODING', 'PASSWORD_ENCODER', 'TOKEN_STRATEGY', 'AWS_CREDENTIALS_PROFILE', 'JWT_SECRET_ALGORITHM', 'TOKEN_LEEWAY', 'TOKEN_TTL', 'TOKEN_MODE',
    'TOKEN_TYPE', 'TOKEN_FORMAT', 'MIXPANEL_TOKEN', 'mixpanelToken', 'VITE_PUSHER_APP_KEY', 'PUSHER_APP_KEY', 'PUSHER_KEY', 'AMPLITUDE_API_KEY', 'SEGMENT_WRITE_KEY',
  ])('%s is not secret-like', (name) => expect(isSecretName(name)).toBe(false));

  it.each([
    'SECRET_KEY', 'API_KEY', 'DB_PASSWORD', 'ACCESS_TOKEN', 'SERVICE_TOKEN', 'SERVICE_KEY', 'TOKEN_SERVICE_KEY', 'LDAP_SERVER_PASSWORD', 'MODEL_API_KEY',
    'PUSHER_APP_SECRET', 'MIXPANEL_API_SECRET', 'AMPLITUDE_SECRET_KEY', 'MIXPANEL_SERVICE_ACCOUNT_TOKEN', 'PUSHER_MASTER_KEY', 'POSTHOG_PERSONAL_API_KEY', 'SEGMENT_ACCESS_TOKEN',
  ])('%s is secret-like', (name) => expect(isSecretName(name)).toBe(true));

  it('takes key and certificate files for paths, never base64 with a slash', () => {
    for (const v of ['certs/tls-2048.key', 'keys/jwt.pem', 'secrets/sa-2024.json', '/certs/ca.crt', './certs/signing-2048.pem', 'config/keystore/acme-2024.p12']) expect(isFilePath(v), v).toBe(true);
    for (const v of [b64, `${b64}=`, 'certs/tls-2048', `${k1}.pem`, `${k1}/${k2}`, 'a+b/c.pem']) expect(isFilePath(v), v).toBe(false);
  });

  it('still judges random UUIDs and dashed lower-case keys under secret names', () => {
    let seed = 11;
    const rnd = (n: number, alphabet: string) => {
      let s = '';
      for (let i = 0; i < n; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; s += alphabet[(seed >>> 16) % alphabet.length]; }
      return s;
    };
    const dummy = /abc|123|xyz|qwer|asdf|0000|1111|aaaa/i;
    const make = [
      () => [8, 4, 4, 4, 12].map((n) => rnd(n, '0123456789abcdef')).join('-'),
      () => [6, 6, 6].map((n) => rnd(n, 'abcdefghijklmnopqrstuvwxyz0123456789')).join('-'),
    ];
    for (const f of make) {
      const values = Array.from({ length: 500 }, f).filter((v) => !dummy.test(v) && /[0-9]/.test(v) && /[a-z]/.test(v));
      const passed = values.filter((v) => !looksLikeSecretValue(v));
      // Under 1% of random dashed lower-case groups read as words and numbers (none of the UUIDs).
      expect(passed.length, passed.join(' ')).toBeLessThanOrEqual(values.length / 100);
    }
  });

  it('a random value of letters only is a secret; camelCase identifiers and one-case words are not (QA stop 23)', () => {
    // xorshift32: an LCG's low-order bits run in streaks, which no generator's output does.
    let seed = 0x9e3779b9;
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const rnd = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; s += letters[(seed >>> 0) % letters.length]; }
      return s;
    };
    const values = Array.from({ length: 300 }, () => rnd(20)).filter((v) => !/abc|xyz|qwer|asdf|aaaa/i.test(v));
    const found = values.filter((v) => looksLikeSecretValue(v));
    // A generator's letters-only output (about 3% of random 20-character alphanumeric secrets hold no digit): most are
    // found (none were; 55% with a vowel rule, qa30 secrets5 D1); the rest switch case too rarely to tell from names.
    expect(found.length).toBeGreaterThanOrEqual(values.length * 0.85);
    expect(looksLikeSecretValue('jZFalVtwLTLCLQjnbMWt')).toBe(true);
    for (const v of ['passwordHttpInput', 'XMLHttpRequestUpload', 'SuperStrongPasswordForAdmin', 'correcthorsebatterystaple', 'CORRECTHORSEBATTERY', 'MySecretKeyForTheApiServer', 'MyAPIKeyForTheService', 'BCryptPasswordEncoder', 'kSecAttrAccessibleWhenUnlocked', 'HTTPSProxyURLForAPIGateway', 'JwtAuthenticationFilter', 'getAWSSecretKeyID']) {
      expect(looksLikeSecretValue(v), v).toBe(false);
    }
  });

  it('random letters with vowels are a secret too; names of words, acronyms and abbreviations are not (qa30 secrets5 D1)', async () => {
    // Random letters hold vowels as often as any draw (about one in five): a vowel count told 9 of 30 of these from names.
    const drawn = [
      p('JXDCGLml', 'ZGEONYlgCtjfIZSO'), p('MzCPVNPk', 'NaHedcmp'), p('XDuCLmHo', 'OsFaQfDP'), p('AJfTquWo', 'GsbeKXgzgsye'),
      p('RanndEyT', 'zAeKOmXR'), p('vftvaAWh', 'ipTgadDZFlRJ'), p('CGmUXiAP', 'yhzAnarZLt'), p('yeefnLOp', 'aMxxNDiLEKiy'),
      p('OjtoNpUm', 'kVOJmRyEMf'), p('dggcGqpV', 'TzqAMFsHlUeioEJP'), p('bMOeEeUt', 'uieeCIxV'), p('VVTiYvwf', 'REeAYbFK'),
      p('NQyyLaMe', 'ffOhqAUv'), p('VSLDCDIf', 'HWGbtMfEboShFXNQ'), p('gOIPOZxe', 'RmmEqlTaWEITclor'), p('ISHGNWkz', 'YSofAUyiCDmO'),
      p('FfSkeIDA', 'ZzrpEFiv'), p('EHugmANb', 'qiSXbcmjoaRsuUwp'), p('wAfmOtii', 'RTFQEpTpaG'), p('fxiCvQUS', 'HLiLcbEwSt'),
    ];
    expect(drawn.filter((v) => !looksLikeSecretValue(v))).toEqual([]);
    // xorshift32 again, other lengths: 16 letters switch case too rarely more often than 24 do.
    let seed = 0x2545f491;
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const rnd = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; s += letters[(seed >>> 0) % letters.length]; }
      return s;
    };
    for (const [n, share] of [[16, 0.72], [20, 0.88], [24, 0.9]] as const) {
      const values = Array.from({ length: 300 }, () => rnd(n)).filter((v) => !/abc|xyz|qwer|asdf|aaaa/i.test(v));
      expect(values.filter((v) => looksLikeSecretValue(v)).length, String(n)).toBeGreaterThanOrEqual(values.length * share);
    }
    // Names: camelCase and PascalCase (with acronyms, two-letter words and abbreviations without vowels), placeholders
    // written as words, German compounds, one case, and vendors' documented examples.
    for (const v of [
      'getUserPasswordHash', 'MyCompanyNameHere', 'ThisIsNotASecretValue', 'ChangeMeInProduction', 'YourPasswordHere', 'SuperSecretPassword',
      'KeyHTTPSlackSslUi', 'RTCSentRtpStreamStats', 'RTCDtlsTransportEventMap', 'SVGFontFaceSrcElement', 'isBrOrWsOrPunctuatorNotDot',
      'dtsDtsxOrDtsDtsxMapRegex', 'allRootFilesAreJsOrDts', 'HTMLTableDataCellElement', 'IDBOpenDBRequestEventMap', 'checkJSDocThisTag',
      'PublicAllIntermediateCertsWithPEMCSV', 'AWSSecretsManagerSecretARN', 'JSONWebTokenSecretKey', 'SQLJsonXMLParserHTML', 'DOMHighResTimeStamp',
      'Donaudampfschifffahrtsgesellschaft', 'Kraftfahrzeughaftpflichtversicherung', 'DATENSCHUTZGRUNDVERORDNUNG', 'NotARealSecretJustForTests',
      'PleaseChangeThisPassword', 'SomeRandomStringHere', 'dummyApiKeyForTesting', 'QwErTyUiOpAsDfGhJk', 'wJalrXUtnFEMIKMDENGbPxRfiCYEXAMPLEKEY',
    ]) expect(looksLikeSecretValue(v), v).toBe(false);
    // Where the examiners met them: Maven settings.xml, a compose environment, a Kubernetes env value, Python settings.
    const pw = p('wAfmOtii', 'RTFQEpTpaG');
    const token = p('OjtoNpUm', 'kVOJmRyEMfQazL');
    const out = await runCase(hardcodedSecret, { files: {
      '.mvn/settings.xml': `<settings>\n  <servers>\n    <server>\n      <id>central</id>\n      <username>deploy</username>\n      <password>${pw}</password>\n    </server>\n  </servers>\n</settings>\n`,
      'docker-compose.yml': `services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    environment:\n      SMTP_PASSWORD: ${pw}\n      TOKEN_CLASS: JwtBearerTokenProvider\n`,
      'deploy.yaml': deploy('API_TOKEN', token),
      'settings.py': `PASSWORD_HASHER = "BCryptSHA256PasswordHasher"\nSECRET_KEY = "${p('JXDCGLml', 'ZGEONYlgCtjfIZSO')}"\nTOKEN_BACKEND = "RTCSentRtpStreamStats"\n`,
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['.mvn/settings.xml:6', 'deploy.yaml:13', 'docker-compose.yml:5', 'settings.py:2']);
  });

  it("a generated key holding `$(`, `%(`, `$$` or a leading `$` is a secret; substitutions that read as one are references (QA stop 26)", async () => {
    // Django's get_random_secret_key() alphabet has `$`, `%`, `(`, `)`: NetBox-docker's committed env/netbox.env key holds `$(`.
    const netbox = ['r(m)9nLGnz', '$(_q3N4z1k(EFsM', 'Cjjjzx08x9VhNVcfd%6RF#r!6DE@+V5Zk2X'].join('');
    const out = await runCase(hardcodedSecret, { files: {
      'env/netbox.env': `SECRET_KEY='${netbox}'\n`,
      'settings.py': ['STRIPE_SECRET = "aB3dE5$(fG7hI9jK1lM3nO5pQ7rS9tU1"', 'SECRET_KEY = "k9%(w2@mq8x$$z4!v7+np3^j6-c0tb*e1"', 'API_KEY = "$kq2m#xv7!z@4hj-ltr%n8bf^s6yd+e0"', ''].join('\n'),
      // References stay references: command and pipeline substitutions, Python interpolation, compose's escaped `$$VAR`, a whole `$VAR`.
      'deploy.env': ['DB_PASSWORD=$(cat /run/secrets/db_password)', 'API_TOKEN="$(DEPLOY_API_TOKEN)"', 'SECRET_KEY=$DJANGO_SECRET_KEY', 'JWT_SECRET=$$JWT_SECRET_FROM_HOST', ''].join('\n'),
      'alembic.ini': 'sqlalchemy_password = %(DB_PASSWORD)s\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['env/netbox.env:1', 'settings.py:1', 'settings.py:2', 'settings.py:3']);
  });

  it('a URL password holding an unencoded `#` is a password, not the start of a fragment (QA stop 26)', async () => {
    const pw = ['Xk9#', 'mP2v', 'L7qR'].join('');
    const out = await runCase(hardcodedSecret, { files: {
      'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  AMQP_URL: amqp://app:${pw}@rabbit:5672/\n  DATABASE_URL: "postgres://app:${pw}@db.internal:5432/app"\n`,
      'worker.py': `BROKER = "amqp://app:${pw}@rabbit.internal:5672/"\n`,
      // A fragment after the path, and one in a URL without a password, are fragments.
      'links.py': 'DOCS_URL = "https://docs.example.com/#/auth@v2"\nHELP = "https://help.example.com/page#token@section"\n',
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['k8s/secret.yaml:6', 'k8s/secret.yaml:7', 'worker.py:1']);
  });

  it('finds a typed assignment on an otherwise unmarked line (the candidate walk reads past the type)', () => {
    const text = `x = 1\nAPI_TOKEN: str = "${k1}"\ntoken: Optional[Dict[str, str]] = "${k2}"\n`;
    expect(scanText(text, { generic: true, yaml: false, python: true }).map((h) => h.line)).toEqual([2, 3]);
  });

  it('reads Go declarations, whose type follows the name without a colon', () => {
    const go = (text: string) => scanText(text, { generic: true, yaml: false, go: true }).map((h) => `${h.line}:${h.column} ${h.message.split(' ')[0]}`);
    expect(go(`package main\n\nvar apiKey string = "${k1}"\nconst signingSecret = "${k2}"\nvar (\n\tdbPassword string = "${k3}"\n\tserviceName string = "${k1}"\n)\n`)).toEqual([
      "3:22 'apiKey'", "4:24 'signingSecret'", "6:23 'dbPassword'",
    ]);
    // Comparisons, reads from the environment, struct tags and parameters hold no literal secret.
    expect(go(`package main\n\ntype Config struct {\n\tPassword string \`json:"password"\`\n}\n\nvar apiToken string = os.Getenv("API_TOKEN")\n\nfunc check(token string) bool {\n\treturn token == "${k1}"\n}\n`)).toEqual([]);
  });

  it("reads a call's first keyword argument (`redis.Redis(password=\"…\")`, Ruby `Redis.new(password: \"…\")`)", () => {
    const py = (text: string) => scanText(text, { generic: true, yaml: false, python: true }).map((h) => `${h.line}:${h.column}`);
    expect(py(`r = redis.Redis(password="${k1}", host="cache")\nc = Client(api_key = "${k2}")\nx = Foo(token="${k3}")\nurl = build(host="db", port=5432)\n`)).toEqual(['1:27', '2:23', '3:16']);
    expect(scanText(`r = Redis.new(password: "${k1}")\n`, { generic: true, yaml: false }).map((h) => `${h.line}:${h.column}`)).toEqual(['1:26']);
  });

  it('reads the code cells of a Jupyter notebook (JSON-escaped quotes), not its placeholders', async () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'code', source: ['import openai\n', `API_KEY = "${k1}"\n`, `client = Client(api_key="${k2}")\n`] }, { cell_type: 'markdown', source: ['Set `API_KEY = "<your key>"` first\n'] }], metadata: {}, nbformat: 4 }, null, 1);
    const out = await runCase(hardcodedSecret, { name: 'nb', files: { 'notebooks/analysis.ipynb': nb } });
    expect(out.findings.map((f) => `${f.line} ${f.message.split(' ')[0]}`)).toEqual(["7 'API_KEY'", "8 'api_key'"]);
    // Columns of the file as written (each JSON escape before the value counts).
    const lines = nb.split('\n');
    expect(out.findings.map((f) => lines[f.line - 1]!.slice(f.column - 1, f.column - 1 + 6))).toEqual([k1.slice(0, 6), k2.slice(0, 6)]);
  });

  it('reports QA round 2 settings files only for their real secrets', async () => {
    const files = {
      'app/settings.py': `import os\nTOKEN_SERVICE = "http://token-service.internal:8081"\nSECRET_KEY_VERSION = os.getenv("SECRET_KEY_VERSION", "2024-11-03T10:00:00Z")\nSECRET_KEY = os.getenv("SECRET_KEY", "${k1}")\n`,
      'run.sh': `#!/bin/bash\ncurl "\${TOKEN_SERVER:-https://gitlab.acme.io:8443}/api/v4/projects"\necho "\${SECRET_KEY:-${k2}}"\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'qa', files });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' ').slice(0, 3).join(' ')}`).sort()).toEqual([
      "app/settings.py:4 'SECRET_KEY' falls back", "run.sh:3 'SECRET_KEY' falls back",
    ]);
  });
});

describe('hardcoded-secret: QA round 7 (stop 13)', () => {
  it('reads Python string prefixes, Go []byte(…) and PHP define()', async () => {
    const files = {
      'app/__init__.py': `app.secret_key = b'${k1}'\nJWT_SECRET = rb"${k2}"\nAUTH = f"Bearer {token}"\nAPI_TOKEN = f"tok_{suffix}_x9"\n`,
      'internal/auth/jwt.go': `package auth\n\nvar jwtSecret = []byte("${k3}")\n`,
      'wp-config.php': `<?php\ndefine( 'DB_PASSWORD', '${k1}' );\ndefine('AUTH_KEY', 'put your unique phrase here');\ndefine('DB_NAME', 'wordpress');\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'prefixes', files });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(' ')[0]}`).sort()).toEqual([
      "app/__init__.py:1:20 'app.secret_key'", "app/__init__.py:2:17 'JWT_SECRET'", "internal/auth/jwt.go:3:25 'jwtSecret'", "wp-config.php:2:25 'DB_PASSWORD'",
    ]);
  });

  it('reads the password of a connection string and a written-out bearer token', async () => {
    const files = {
      'appsettings.json': `{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:acme.database.windows.net;Database=app;User ID=admin;Password=${k1};Encrypt=True;",\n    "Local": "Server=(localdb)\\\\mssqllocaldb;Database=app;Trusted_Connection=True;"\n  }\n}\n`,
      'src/client.ts': `const h = { "Authorization": "Bearer ${k2}${k3}" };\nconst g = { Authorization: \`Bearer \${token}\` };\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'conn', files });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`).sort()).toEqual([
      "appsettings.json:3:90 'Default' holds a connection string with a hard-coded password",
      "src/client.ts:1:38 'Authorization' holds a hard-coded bearer token",
    ]);
  });
});

describe('hardcoded-secret: QA round 8 false positives (stop 13)', () => {
  it('passes names of environment variables, Jasypt ciphertext and prose in a notebook\'s markdown cells', async () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'markdown', source: [`The rotation docs show \`api_token = "${k1}"\` as the format.\n`] }, { cell_type: 'code', source: ['import os\n', 'API_KEY = os.environ["API_KEY"]\n'] }], metadata: {}, nbformat: 4 }, null, 1);
    const files = {
      'cfg/names.py': 'SECRET_SETTING = "GOOGLE_OAUTH2_CLIENT_ID"\nAPI_KEY_SETTING = "AWS_S3_ACCESS_KEY_ID"\nTOKEN_OPTION = "K8S_SERVICE_ACCOUNT_TOKEN"\n',
      'src/main/resources/application-prod.yml': 'spring:\n  datasource:\n    password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n',
      'notebooks/auth.ipynb': nb,
    };
    const out = await runCase(hardcodedSecret, { name: 'fp8', files });
    expect(out.findings).toEqual([]);
  });
});

describe('hardcoded-secret: secret-named query parameters of URLs (QA round 18, P2-2)', () => {
  const findings = async (files: Record<string, string>) =>
    (await runCase(hardcodedSecret, { name: 'query', files })).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`).sort();

  it('judges ?password=, &api_key=, ?token= and JDBC ;password= values like assignments, at the value', async () => {
    expect(await findings({
      'src/main/resources/application.properties': `spring.datasource.url=jdbc:mysql://db.prod.internal:3306/app?useSSL=true&user=app&password=${k1}\n`,
      'config/settings.py': `DATABASE_URL = "https://api.acme-prod.net/v1?api_key=${k2}"\nWEBHOOK = "https://hooks.acme-prod.net/notify?token=${k3}"\n`,
      '.env.production': `DATABASE_URL=postgresql://app@db.prod.internal:5432/app?password=${k1}&sslmode=require\n`,
      'src/db.ts': `const url = \`jdbc:sqlserver://sql.prod.internal:1433;databaseName=app;user=sa;password=${k2}\`;\n`,
    })).toEqual([
      ".env.production:1:66 a URL's 'password' query parameter carries a hard-coded secret value",
      "config/settings.py:1:54 a URL's 'api_key' query parameter carries a hard-coded secret value",
      "config/settings.py:2:53 a URL's 'token' query parameter carries a hard-coded secret value",
      "src/db.ts:1:88 a URL's 'password' query parameter carries a hard-coded secret value",
      "src/main/resources/application.properties:1:92 a URL's 'password' query parameter carries a hard-coded secret value",
    ]);
  });

  it('passes references, placeholders, defaults, other parameters, local hosts, comments and test files', async () => {
    expect(await findings({
      'config/settings.py': [
        'DATABASE_URL = f"https://api.acme-prod.net/v1?api_key={API_KEY}"',
        'A = "https://api.acme-prod.net/v1?api_key=YOUR_API_KEY&page=2"',
        'B = "https://api.acme-prod.net/v1?token=<token>"',
        'C = "https://api.acme-prod.net/v1?api_key=%s" % key',
        'D = "https://api.acme-prod.net/v1?token=" + token',
        `E = "https://api.acme-prod.net/v1?page=2&sort=${k1}&session_id=${k2}"`,
        `F = "http://localhost:8080/hook?token=${k3}"`,
        `# GET https://api.acme-prod.net/v1?api_key=${k1}`,
        '',
      ].join('\n'),
      '.env.production': 'DATABASE_URL=postgresql://app@db.prod.internal:5432/app?password=${DB_PASSWORD}&sslmode=require\nREDIS_URL=redis://cache.prod.internal:6379/0?password=changeme\n',
      'k8s/deploy.yaml': deploy('DATABASE_URL', 'jdbc:postgresql://db.prod.internal:5432/app?user=app&password={{ .Values.dbPassword }}'),
      'tests/test_client.py': `URL = "https://api.acme-prod.net/v1?api_key=${k2}"\n`,
    })).toEqual([]);
  });
});

describe('hardcoded-secret: <VENDOR>_KEY names, PAT and public keys (QA round 18, P2-3)', () => {
  const vendorKeys = ['STRIPE_KEY', 'OPENAI_KEY', 'MAILGUN_KEY', 'SUPABASE_KEY', 'SUPABASE_SERVICE_ROLE_KEY', 'DATADOG_KEY', 'FERNET_KEY', 'stripeKey', 'GITHUB_PAT', 'GH_PAT', 'AZURE_DEVOPS_PAT',
    // Only an anon *key* is Supabase's public one (regression stop 18).
    'ANON_SECRET', 'DB_ANON_PASSWORD', 'ANON_DB_PASSWORD'];
  const notKeys = ['SUPABASE_ANON_KEY', 'VITE_SUPABASE_ANON_KEY', 'PRIMARY_KEY', 'SORT_KEY', 'CACHE_KEY', 'PUBLIC_KEY', 'PUBLISHABLE_KEY', 'FOREIGN_KEY', 'PARTITION_KEY', 'STORAGE_KEY', 'I18N_KEY', 'translationKey', 'queryKey',
    'eventKey', 'GPG_KEY', 'SEGMENT_WRITE_KEY', 'RECAPTCHA_SITE_KEY', 'ROLE_KEY', 'PATH', 'pat', 'PAT_ID', 'GITHUB_PAT_EXPIRY'];
  it.each(vendorKeys)('%s is secret-like', (name) => expect(isSecretName(name)).toBe(true));
  it.each(notKeys)('%s is not secret-like', (name) => expect(isSecretName(name)).toBe(false));

  it('reports vendor keys wherever secret-named assignments are judged: code, .env.production, Deployment env, compose environment', async () => {
    const out = await runCase(hardcodedSecret, { name: 'vendor', files: {
      'keys.py': `STRIPE_KEY = "${k1}"\nOPENAI_KEY = "${k2}"\nSUPABASE_SERVICE_ROLE_KEY = "${k3}"\nGITHUB_PAT = "${k1}x"\n`,
      '.env.production': `MAILGUN_KEY=${k1}\nFERNET_KEY=${k2}\nDATADOG_KEY=${k3}\nAZURE_DEVOPS_PAT=${k2}y\n`,
      'k8s/deploy.yaml': deploy('OPENAI_KEY', k2),
      'docker-compose.yml': `services:\n  api:\n    image: ghcr.io/acme/api:1.2.3\n    environment:\n      MAILGUN_KEY: "${k3}"\n`,
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual([
      '.env.production:1', '.env.production:2', '.env.production:3', '.env.production:4', 'docker-compose.yml:5', 'k8s/deploy.yaml:13',
      'keys.py:1', 'keys.py:2', 'keys.py:3', 'keys.py:4',
    ]);
  });

  it('passes keys of records, caches, storage, messages and public halves, also in .env.production', async () => {
    const sshPub = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k1}${k2} deploy@ci`;
    const spki = `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${k1}${k2}${k3}IDAQAB`;
    const out = await runCase(hardcodedSecret, { name: 'not-keys', files: {
      'app/keys.py': notKeys.filter((n) => n !== 'pat').map((n, i) => `${n} = "${[k1, k2, k3][i % 3]}"`).join('\n') + `\nDEPLOY_KEY = "${sshPub}"\nJWT_VERIFY_KEY = "${spki}"\nJWT_KEY = "${spki}"\nAPI_KEY = "${sshPub}"\nupload_key = "uploads/2024/06/3f9a1c2b-avatar.png"\nS3_KEY = "media/2024/06/9d1e7a4c-report.v2.pdf"\npat = r"^[a-z]{2}[0-9]{6}[A-Z]{3}$"\n`,
      '.env.production': `SORT_KEY=created_at_desc\nCACHE_KEY=acme-cache-v2\nSTORAGE_KEY=acme-user-prefs\nPARTITION_KEY=tenant_id\nSEGMENT_WRITE_KEY=${k1}\nJWT_PUBLIC_KEY=${spki}\n`,
      Dockerfile: 'FROM python:3.12-slim\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n',
    } });
    expect(out.findings).toEqual([]);
  });
});

describe('hardcoded-secret: numbered secret names (QA round 23)', () => {
  it.each(['DB_PASSWORD2', 'password2', 'API_SECRET2', 'apiSecret2', 'smtpPassword1', 'REDIS_TOKEN12'])('%s is secret-like', (name) => expect(isSecretName(name)).toBe(true));
  it.each(['PASSWORD2_FILE', 'OAUTH2_CLIENT_ID', 'BASE64', 'SHA256', 'tokenizers2', 'MAX_TOKENS2'])('%s is not secret-like', (name) => expect(isSecretName(name)).toBe(false));
  // The words around a numbered one read as they do unnumbered (`csrfToken`, `password_hash`, `secretName` are not secrets).
  it.each(['csrfToken2', 'CSRF_TOKEN2', 'password_hash2', 'secretName2'])('%s is not secret-like either', (name) => expect(isSecretName(name)).toBe(false));

  it('a second credential is found in YAML, code and dotenv files', async () => {
    const out = await runCase(hardcodedSecret, {
      files: {
        'config/settings.yml': `smtp:\n  host: smtp.mailgun.org\n  password2: "${k1}"\n`,
        'app/config.py': `API_SECRET2 = "${k2}"\n`,
        '.env.production': `DB_PASSWORD2=${k3}\n`,
      },
    });
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['.env.production', 1], ['app/config.py', 1], ['config/settings.yml', 3]]);
  });
});

// QA (qa29 secretsfp D3): Rails' config/secrets.yml (as `rails new` wrote it in Rails 5.0–5.1) holds generated development and
// test keys; the `test:` section is test-environment configuration, as config/environments/test.rb is (no finding there). The
// development section is development-only configuration, whose findings stay failures; production and shared still fail too.
describe('hardcoded-secret: the test section of Rails config/secrets.yml (qa29 secretsfp D3)', () => {
  const kb = (a: string, b: string) => p(a, 'c4e1d9f07b2a58e3', b, '6d0f9a2c7e1b48d5');
  const kbDev = kb('808726c34169f9b7', '53f8de14f5d4bd99');
  const kbTest = kb('1d59d4a2e7b57996', 'bdc2108a43c5f0e6');
  const kbProd = kb('28900e279fb84613', '1124afc6503627a0');
  // development:'s `secret_key_base` is the key `rails new` generated for the local server: a note (secrets-dev41).
  it('test: passes (also after a merge key and in a quoted or anchored key); development:\'s secret_key_base is a note; production: and shared: fail; a provider token in test: still fails', async () => {
    const out = await runCase(hardcodedSecret, { files: {
      'config/secrets.yml': [
        '# Be sure to restart your server when you modify this file.', '', 'development:', `  secret_key_base: ${kbDev}`, '',
        'test:', `  secret_key_base: ${kbTest}`, `  api_token: ${k1}`, '', '# Do not keep production secrets in the unencrypted secrets file.',
        'production:', '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', '', 'staging:', `  secret_key_base: ${kbProd}`, '',
      ].join('\n'),
      'api/config/secrets.yml': [
        'shared: &shared', `  stripe_secret: ${k2}`, '"test": &test', '  <<: *shared', `  secret_key_base: ${kbTest}`,
        `  stripe_key: ${p('sk', '_live_', k3, k1)}`, 'production:', '  <<: *shared', `  secret_key_base: ${kbProd}`, '',
      ].join('\n'),
      'mastodon/config/secrets.yml': `test:\n  secret_key_base: ${kbTest}\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n`,
      'config/environments/test.rb': `Rails.application.configure do\n  config.secret_key_base = "${kbTest}"\nend\n`,
    } });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['api/config/secrets.yml', 2, "'stripe_secret' is assigned a hard-coded secret value"],
      ['api/config/secrets.yml', 6, 'Stripe live secret key (sk_live_…) committed in plain text'],
      ['api/config/secrets.yml', 9, "'secret_key_base' is assigned a hard-coded secret value"],
      ['config/secrets.yml', 4, "Rails' development secret_key_base (the development: section of config/secrets.yml, written by rails new): only the local development server signs its cookies with it, no production secret, but keep production's out of git (production: secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>)"],
      ['config/secrets.yml', 15, "'secret_key_base' is assigned a hard-coded secret value"],
    ]);
  });
  it('a base64 private key in the test: section is still found, as in a test file', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const b64 = Buffer.from(pem).toString('base64');
    const out = await runCase(hardcodedSecret, { files: {
      'config/secrets.yml': `test:\n  secret_key_base: ${kbTest}\n  jwt_private_key: ${b64}\nproduction:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n`,
      'spec/fixtures/keys.yml': `jwt_private_key: ${b64}\n`,
    } });
    expect(out.findings.map((f) => [f.file, f.line, f.message.split(';')[0]])).toEqual([
      ['config/secrets.yml', 3, 'a base64-encoded private key (RSA PRIVATE KEY) is committed'],
      ['spec/fixtures/keys.yml', 1, 'a base64-encoded private key (RSA PRIVATE KEY) is committed'],
    ]);
  });
  it('a test: section of another YAML file is judged as before', async () => {
    const out = await runCase(hardcodedSecret, { files: { 'config/app.yml': `test:\n  secret_key_base: ${kbTest}\n` } });
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['config/app.yml', 2]]);
  });
});

// QA (qa29 fullrepos3 D5): a plural of a secret word as the last word names a list of secrets (PostHog's committed
// `ENCRYPTION_SALT_KEYS`, django-fernet-fields' `FIELD_ENCRYPTION_KEYS`), with the singular's exclusions; a plural before the
// last word is a category, and names that list fields, entries or token counts are no secret names.
describe('hardcoded-secret: plural secret names (qa29 fullrepos3 D5)', () => {
  it.each([
    'ENCRYPTION_SALT_KEYS', 'FIELD_ENCRYPTION_KEYS', 'SECRET_KEYS', 'API_KEYS', 'JWT_SECRETS', 'TOKENS', 'PASSWORDS', 'DB_PASSWORDS', 'apiKeys',
    'ACCESS_TOKENS', 'FERNET_KEYS', 'SECRET_KEYS_V2', 'clientSecrets', 'tokens2',
  ])('%s is secret-like', (name) => expect(isSecretName(name)).toBe(true));
  it.each([
    'PUBLIC_KEYS', 'SSH_PUBLIC_KEYS', 'KEYS', 'KEYS_DIR', 'KEYS_PATH', 'NUM_KEYS', 'MAX_KEYS', 'ALLOWED_KEYS', 'REQUIRED_KEYS', 'SENSITIVE_KEYS',
    'AUTHORIZED_KEYS', 'API_KEYS_URL', 'API_KEYS_FILE', 'SECRET_KEYS_DIR', 'API_KEY_IDS', 'CACHE_KEYS', 'PRIMARY_KEYS', 'VAPID_KEYS', 'SEARCH_API_KEYS',
    'PUSHER_APP_KEYS', 'SECRETS_MANAGER_ARN', 'SECRETS_DIR', 'TOKENS_PER_MINUTE', 'PROMPT_TOKENS', 'COMPLETION_TOKENS', 'SPECIAL_TOKENS',
    'INPUT_TOKENS', 'NEXT_TOKENS', 'CSRF_TOKENS', 'MAX_TOKENS', 'COMMON_PASSWORDS', 'BANNED_PASSWORDS',
  ])('%s is not secret-like', (name) => expect(isSecretName(name)).toBe(false));
  it('a comma list of short words is a list of names; a list of keys is not', () => {
    for (const v of ['name,email,phone', 'id, created_at, updated_at', 'session:*,user:*', 'field1,field2']) expect(isNameList(v)).toBe(true);
    for (const v of [`${k1},${k2}`, `sk_${k1},sk_${k2}`, k1, 'prod-db-pass-2024,other']) expect(isNameList(v)).toBe(false);
  });

  it('reports plural secret names in a .env, compose, code and JS; the singular still fails beside them', async () => {
    const out = await runCase(hardcodedSecret, { files: {
      '.env': [
        'ENCRYPTION_SALT_KEYS=00beef0e3f8d4b1b9c6a2e7f5d0c8a3b', 'ENCRYPTION_SALT_KEY=9c6a2e7f5d0c8a3b00beef0e3f8d4b1b', `FIELD_ENCRYPTION_KEYS=${b64}=`,
        `TOKENS=${k3}`, 'PASSWORDS=prod-db-pass-2024,other-one', `STRIPE_KEYS=sk_${k1},sk_${k2}`, '',
      ].join('\n'),
      'docker-compose.yml': `services:\n  api:\n    image: ghcr.io/acme/api:1.2.3\n    environment:\n      - API_KEYS=${k1},${k2}\n      - JWT_SECRETS=${k3}\n`,
      'app/settings.py': `SECRET_KEYS = "${k2}"\nAPI_TOKENS = "${k1}"\n`,
      'src/config.js': `const apiKeys = "${k3}";\nmodule.exports = { passwords: "${k1}" };\n`,
    } });
    expect(out.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['.env', 1, 22], ['.env', 2, 21], ['.env', 3, 23], ['.env', 4, 8], ['.env', 5, 11], ['.env', 6, 13],
      ['app/settings.py', 1, 16], ['app/settings.py', 2, 15], ['docker-compose.yml', 5, 18], ['docker-compose.yml', 6, 21],
      ['src/config.js', 1, 18], ['src/config.js', 2, 32],
    ]);
  });

  it('passes plural names of categories, lists of fields and token counts, and lists of short words under a plural', async () => {
    const out = await runCase(hardcodedSecret, { files: {
      '.env': [
        'ALLOWED_KEYS=name,email,phone', 'STRIPE_KEYS=name,email', 'REDIS_KEYS=session:*,user:*', 'NUM_KEYS=3', 'KEYS_DIR=/etc/app/keys', 'KEYS_PATH=./keys',
        'API_KEYS_URL=https://keys.example.com/v1/list', `PUBLIC_KEYS=${k1}`, 'PROMPT_TOKENS=4096', 'SPECIAL_TOKENS=bos_token,eos_token',
        'SECRETS_MANAGER_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod', 'TOKENS_PER_MINUTE=90000', 'AUTHORIZED_KEYS=ops_team_default',
        'COMMON_PASSWORDS=common-passwords.txt.gz', `SECRET_KEYS_DIR=/run/${k2}`, '',
      ].join('\n'),
      '.github/workflows/ci.yml': 'on: push\njobs:\n  call:\n    uses: acme/workflows/.github/workflows/deploy.yml@v1\n    secrets: inherit\n',
      'config/auth.php': "<?php\nreturn [\n    'defaults' => ['guard' => 'web', 'passwords' => 'users'],\n    'passwords' => ['users' => ['provider' => 'users', 'table' => 'password_reset_tokens']],\n];\n",
      'chart/values.yaml': 'imagePullSecrets: regcred-production\nserviceAccount:\n  secrets: vault-secrets-store\n',
      'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.2.3\n    secrets:\n      - db_password\n    environment:\n      ALLOWED_KEYS: "name,email,phone"\n      SECRETS: "db_password,api_key"\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n',
      'app/tok.py': 'tokens = tokenizer.encode(text)\ntokens2 = "hello world"\nspecial_tokens = "<|endoftext|>"\n',
    } });
    expect(out.findings).toEqual([]);
  });

  it('reads a numbered plural as isSecretName does: a comma list of short words under TOKENS2/API_KEYS2 is a list of names', async () => {
    const out = await runCase(hardcodedSecret, { files: { '.env': 'TOKENS2=name,email,phone\nAPI_KEYS2=session:*,user:*\n' } });
    expect(out.findings).toEqual([]);
  });
});

// Follow-up of stop 38's typed settings classes (default-credentials reads weak defaults given through Field/SecretStr/field):
// a strong literal given as a Python field's default through a wrapper is judged as the bare literal is (`jwt_secret: str = "…"`),
// at the literal; a weak one stays default-credentials' finding, and no value is both checks'.
describe('hardcoded-secret: defaults given through Field, SecretStr, field and attr.ib (stop 38 sec2)', () => {
  const hex = p('9f8a7c6b', '5e4d3c2b', '1a0f9e8d', '7c6b5a4f');
  const settings = (...fields: string[]) => ['from dataclasses import dataclass, field', 'import attr', 'from pydantic import BaseModel, Field, SecretStr', 'from pydantic_settings import BaseSettings', '', '', 'class Settings(BaseSettings):', ...fields, ''].join('\n');
  const hs = async (files: Record<string, string>) => (await runCase(hardcodedSecret, { name: 'hs', files })).findings.filter((f) => !f.note).map((f) => [f.file, f.line, f.column, f.message.split(';')[0]]);

  it('reports a random default given through SecretStr, Field(default=…), Field("…"), Black-wrapped too', async () => {
    const out = await hs({ 'app/config.py': settings(
      `    jwt_secret: SecretStr = SecretStr("${hex}")`,
      `    api_token: str = Field(default="${k1}", description="upstream API")`,
      `    signing_key: str = Field("${k2}", alias="SIGNING_KEY")`,
      '    session_secret: SecretStr = Field(',
      '        description="cookie signing",',
      `        default=SecretStr("${k3}"),`,
      '    )',
      '    webhook_secret: str = SecretStr(',
      `        "${k1}x"`,
      '    )',
    ) });
    expect(out).toEqual([
      ['app/config.py', 8, 40, "'jwt_secret' is assigned a hard-coded secret value"],
      ['app/config.py', 9, 37, "'api_token' is assigned a hard-coded secret value"],
      ['app/config.py', 10, 31, "'signing_key' is assigned a hard-coded secret value"],
      ['app/config.py', 13, 28, "'session_secret' is assigned a hard-coded secret value"],
      ['app/config.py', 16, 10, "'webhook_secret' is assigned a hard-coded secret value"],
    ]);
  });

  it('reads dataclasses\' field(default=…) and attrs\' attr.ib(default=…) of configuration classes, and a keyword argument', async () => {
    const out = await hs({ 'app/settings.py': [
      'from dataclasses import dataclass, field', 'import attr', 'from pydantic import SecretStr', '',
      '@dataclass(frozen=True)', 'class AppConfig:', `    secret_key: str = field(default="${k1}")`, '',
      '@attr.s', 'class MailConf:', `    smtp_password = attr.ib(default="${k2}")`, '',
      `client = Client(api_key=SecretStr("${k3}"))`, '',
    ].join('\n') });
    expect(out.map(([file, line]) => [file, line])).toEqual([['app/settings.py', 7], ['app/settings.py', 11], ['app/settings.py', 13]]);
  });

  it('passes required fields, factories, computed values, placeholders, non-secret names, comments and docstrings', async () => {
    const out = await hs({
      'app/config.py': settings(
        '    """Settings.',
        '',
        `    jwt_secret: SecretStr = SecretStr("${hex}")`,
        '    """',
        '    secret_key: SecretStr = Field(...)',
        '    api_token: str = Field(..., min_length=32)',
        '    session_secret: str = Field(default_factory=lambda: secrets.token_urlsafe(32))',
        '    signing_key: SecretStr = SecretStr(os.environ["SIGNING_KEY"])',
        '    db_password: str = Field(default="<your-db-password>")',
        '    admin_password: SecretStr = SecretStr("changeme")',
        '    stripe_key: str = Field(default="sk_live_your_stripe_secret_key_here")',
        `    request_id: str = Field(default="${k1}")`,
        `    api_token_url: str = Field(default="https://auth.acme.io/oauth/token")`,
        `    # webhook_secret: str = Field(default="${k2}")`,
        `    auth_token: str = Field(default=None, examples=["${k3}"])`,
        `    password_regex: str = Field(default="^(?=.*[A-Z])(?=.*\\\\d).{12,}$")`,
      ),
      'tests/conftest.py': settings(`    jwt_secret: SecretStr = SecretStr("${hex}")`),
    });
    expect(out).toEqual([]);
  });

  it('judges a wrapped default as the bare literal: the same findings of both checks, never both for one value', async () => {
    const values = [
      hex, k1, `${k2}${k3}`, 'changeme', 'admin', 'secret', '<your-secret-key>', 'your-secret-key-here', 'change-me-in-production',
      `django-insecure-${k1.toLowerCase()}`, 'dev-secret-key-123', 'CHANGE_ME_123456', 'SECRET_KEY', 'supersecretjwtkey2024', uuid,
      'postgres', 'Passw0rd!2024', 'keyboard cat', '${JWT_SECRET}', 'sk-xxxxxxxxxxxxxxxxxxxxxxxx', '0123456789abcdef0123456789abcdef', 'HS256', 'X-API-Key',
      p('$2b$12$', k1, k2, 'Hy6Tq3Lz8Mv1Pw5'), p('pbkdf2_sha256$600000$', k1, '$', k2, '='), `postgres://app:${k2}@db.internal:5432/app`, `redis://:${k3}@localhost:6379/0`, `host=db user=app password=${k1} dbname=app`,
    ];
    const forms: [string, (v: string) => string][] = [
      ['bare', (v) => `"${v}"`], ['SecretStr', (v) => `SecretStr("${v}")`], ['Field(default=)', (v) => `Field(default="${v}", description="x")`],
      ['Field()', (v) => `Field("${v}")`], ['Field(default=SecretStr)', (v) => `Field(default=SecretStr("${v}"))`],
    ];
    for (const name of ['secret_key', 'db_password', 'api_token', 'database_url']) {
      for (const v of values) {
        const seen: string[] = [];
        for (const [form, wrap] of forms) {
          const files = { 'app/config.py': settings(`    ${name}: str = ${wrap(v)}`) };
          const real = (await runCase(hardcodedSecret, { name: 'hs', files })).findings.filter((f) => !f.note);
          const weak = (await runCase(defaultCredentials, { name: 'dc', files })).findings.filter((f) => !f.note);
          expect(real.length + weak.length, `${name} = ${form}(${v})`).toBeLessThanOrEqual(1);
          seen.push(`${real.map((f) => `hs:${f.line}:${f.message.split(';')[0]}`).join()}|${weak.map((f) => `dc:${f.line}:${f.message.split(';')[0]}`).join()}`);
        }
        expect(new Set(seen).size, `${name} = ${v}: ${seen.join(' / ')}`).toBe(1);
      }
    }
  }, 120_000);
});
