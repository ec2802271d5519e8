import { describe, expect, it } from 'vitest';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { defaultCredentials, defaultReason } from '../../src/checks/default-credentials.js';
import { namesPasswordSetting } from '../../src/checks/util/secrets.js';

// QA42 oss13 D1: Next.js `headers()` rules judged by their `source` path, as vercel.json's header rules are.
const UMAMI_NEXT_CONFIG = `const trackerHeaders = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Cache-Control', value: 'public, max-age=86400, must-revalidate' },
];
const fontHeaders = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
];
const headers = [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }];
module.exports = {
  async headers() {
    return [
      { source: '/:path*', headers },
      { source: '/script.js', headers: trackerHeaders },
      { source: '/fonts/:path*', headers: fontHeaders },
    ];
  },
};
`;
const STATIC_NOTE = /^next\.config\.(?:js|mjs|ts) headers\(\) set Access-Control-Allow-Origin: \* for .*which serves? public static assets only/;

describe('cors-wildcard: Next.js headers() on public static paths (QA42 oss13 D1)', () => {
  it('a header array constant named by rules for /script.js and /fonts/:path* gives notes naming the route, as vercel.json does', async () => {
    const out = await runCase(corsWildcard, { name: 'umami', files: {
      'next.config.js': UMAMI_NEXT_CONFIG,
      'vercel.json': '{\n  "headers": [\n    { "source": "/fonts/(.*)", "headers": [ { "key": "Access-Control-Allow-Origin", "value": "*" } ] }\n  ]\n}\n',
    } });
    expect(out.findings.filter((f) => !f.note)).toEqual([]);
    const notes = out.findings.filter((f) => f.file === 'next.config.js').map((f) => `${f.line} ${f.message}`);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^2 next\.config\.js headers\(\) set Access-Control-Allow-Origin: \* for \/script\.js, which serves public static assets only/);
    expect(notes[1]).toMatch(/^6 next\.config\.js headers\(\) set Access-Control-Allow-Origin: \* for \/fonts\/:path\*, which serves/);
    expect(out.findings.some((f) => f.file === 'vercel.json' && f.note)).toBe(true);
  });

  testCheck(corsWildcard, {
    valid: [
      { name: 'a rule that lists its origin', files: {
        'next.config.js': "module.exports = {\n  async headers() {\n    return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }] }];\n  },\n};\n",
      } },
    ],
    notes: [
      { name: 'inline rule for /_next/static/:path* in next.config.mjs', files: {
        'next.config.mjs': "export default {\n  async headers() {\n    return [{ source: '/_next/static/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] }];\n  },\n};\n",
      }, notes: [{ file: 'next.config.mjs', line: 3, message: STATIC_NOTE }] },
      { name: 'a typed constant spread into two static rules of next.config.ts', files: {
        'next.config.ts': "import type { NextConfig } from 'next';\nconst cors: { key: string; value: string }[] = [\n  { key: 'Access-Control-Allow-Origin', value: '*' },\n];\nconst config: NextConfig = {\n  async headers() {\n    return [\n      { source: '/:path*.woff2', headers: [...cors, { key: 'Cache-Control', value: 'public' }] },\n      { source: '/assets/:path*', headers: cors },\n    ];\n  },\n};\nexport default config;\n",
      }, notes: [{ file: 'next.config.ts', line: 3, message: /for \/:path\*\.woff2, \/assets\/:path\*, which serve public static assets only/ }] },
    ],
    invalid: [
      { name: 'an API route still fails, and the message names it', files: {
        'next.config.js': "module.exports = {\n  async headers() {\n    return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] }];\n  },\n};\n",
      }, errors: [{ file: 'next.config.js', line: 3, severity: 'high', message: 'the Access-Control-Allow-Origin header is set to * for /api/:path*; list the allowed origins explicitly' }] },
      { name: 'a constant shared by a font rule and /:path* fails for /:path*', files: {
        'next.config.js': "const open = [{ key: 'Access-Control-Allow-Origin', value: '*' }];\nmodule.exports = {\n  async headers() {\n    return [\n      { source: '/fonts/:path*', headers: open },\n      { source: '/:path*', headers: open },\n    ];\n  },\n};\n",
      }, errors: [{ file: 'next.config.js', line: 1, message: /is set to \* for \/:path\*;/ }] },
      { name: 'a constant also used some other way, or a computed source, is judged as written', files: {
        'a/next.config.js': "const open = [{ key: 'Access-Control-Allow-Origin', value: '*' }];\nmodule.exports = {\n  async headers() {\n    return [{ source: '/fonts/:path*', headers: open }, ...routes.map((source) => ({ source, headers: open }))];\n  },\n};\n",
        'b/next.config.js': "const basePath = process.env.BASE_PATH || '';\nmodule.exports = {\n  async headers() {\n    return [{ source: `${basePath}/fonts/:path*`, headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] }];\n  },\n};\n",
      }, errors: [{ file: 'a/next.config.js', line: 1, message: /is set to \*; list/ }, { file: 'b/next.config.js', line: 4, message: /is set to \*; list/ }] },
    ],
  });
});

// QA42 oss13 D2: PostHog hobby's MinIO login, a password that spells a setting's name.
const POSTHOG_MINIO = `services:
  objectstorage:
    image: minio/minio:RELEASE.2022-06-25T15-50-16Z
    environment:
      MINIO_ROOT_USER: object_storage_root_user
      MINIO_ROOT_PASSWORD: object_storage_root_password
    ports:
      - '19000:19000'
`;

describe('default-credentials: a password that names a setting (QA42 oss13 D2)', () => {
  it('reads a snake_case phrase ending in a password word as a placeholder, only as a password setting\'s literal value', () => {
    for (const [name, value] of [['MINIO_ROOT_PASSWORD', 'object_storage_root_password'], ['MINIO_ROOT_PASSWORD', 'minio_root_password'], ['PGPASSWORD', 'analytics_db_password'], ['rootPassword', 'grafana_admin_secret'], ['SMTP_PASS', 'mail_relay_pass']] as const) {
      expect(namesPasswordSetting(name, value), `${name}=${value}`).toBe(true);
    }
    for (const [name, value] of [
      // Not a password setting: a key name, a file variable, an access key (the MinIO client's `…_SECRET_ACCESS_KEY`), a Secret's key.
      ['key', 'app_db_password'], ['POSTGRES_PASSWORD_FILE', 'app_db_password'], ['secretKey', 'app_db_password'], ['passwordSecretKey', 'app_db_password'], ['OBJECT_STORAGE_SECRET_ACCESS_KEY', 'object_storage_root_password'],
      // Not such a value: a path, a reference, a Kubernetes Secret's kebab-case name, upper case, MySQL's auth plugin, a random word run.
      ['DB_PASSWORD', '/run/secrets/db_password'], ['DB_PASSWORD', '${DB_PASSWORD}'], ['DB_PASSWORD', 'app-db-password'], ['DB_PASSWORD', 'APP_DB_PASSWORD'],
      ['DB_PASSWORD', 'mysql_native_password'], ['DB_PASSWORD', 'correct_horse_battery_staple'], ['DB_PASSWORD', 'password'],
    ] as const) {
      expect(namesPasswordSetting(name, value), `${name}=${value}`).toBe(false);
    }
    expect(defaultReason('MINIO_ROOT_PASSWORD', 'object_storage_root_password')?.reason).toBe('is set to a placeholder that names a setting, not a generated password');
    expect(defaultReason('MINIO_ROOT_PASSWORD', '${MINIO_ROOT_PASSWORD:-minio_root_password}')?.reason).toBe('falls back to a placeholder that names a setting, not a generated password when MINIO_ROOT_PASSWORD is unset');
    // The well-known words keep their own description.
    expect(defaultReason('POSTGRES_PASSWORD', 'postgres_password')?.reason).toBe('is set to a well-known default value');
  });

  testCheck(defaultCredentials, {
    invalid: [
      { name: 'PostHog hobby\'s MinIO root password in compose', files: { 'docker-compose.yml': POSTHOG_MINIO }, errors: [
        { file: 'docker-compose.yml', line: 6, severity: 'high', message: "MINIO_ROOT_PASSWORD (service 'objectstorage') is set to a placeholder that names a setting, not a generated password; set a strong generated secret from a secret store instead" },
      ] },
      { name: 'its own name in lower case, in a Kubernetes env and as a compose default', files: {
        'k8s/minio.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: minio\nspec:\n  template:\n    spec:\n      containers:\n        - name: minio\n          image: minio/minio:RELEASE.2024-01-01T00-00-00Z\n          env:\n            - name: MINIO_ROOT_PASSWORD\n              value: minio_root_password\n',
        'docker-compose.yml': 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-analytics_db_password}\n',
      }, errors: [{ file: 'docker-compose.yml', line: 5, message: /falls back to a placeholder that names a setting/ }, { file: 'k8s/minio.yaml', line: 13, message: /is set to a placeholder that names a setting/ }] },
      { name: 'a chart value of a password setting', files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: minio\nversion: 1.0.0\n',
        'chart/values.yaml': 'auth:\n  rootUser: minio_root_user\n  rootPassword: minio_root_password\n',
      }, errors: [{ file: 'chart/values.yaml', line: 3, message: /^auth\.rootPassword is set to a placeholder that names a setting/ }] },
    ],
    valid: [
      { name: 'names of secrets, not passwords: Docker secret files, _FILE variables, references, secretKeyRef keys, SSM parameter names', files: {
        'docker-compose.yml': 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/app_db_password\n      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD}\n      DB_PASSWORD_SECRET: app-db-password\n    secrets:\n      - app_db_password\nsecrets:\n  app_db_password:\n    file: ./secrets/app_db_password.txt\n',
        'k8s/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:1.2.3\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: app\n                  key: app_db_password\n',
        'k8s/external-secret.yaml': 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: app\nspec:\n  secretStoreRef:\n    name: vault\n    kind: ClusterSecretStore\n  target:\n    name: app\n  data:\n    - secretKey: app_db_password\n      remoteRef:\n        key: prod/app\n        property: app_db_password\n',
        'infra/main.tf': 'resource "aws_ssm_parameter" "db" {\n  name  = "app_db_password"\n  type  = "SecureString"\n  value = random_password.db.result\n}\n',
        // In code a constant spelling a setting's name is a lookup key (`os.environ[MINIO_PASSWORD]`).
        'app/keys.py': 'MINIO_PASSWORD = "minio_root_password"\nDB_PASSWORD = "analytics_db_password"\n',
        // A chart's maps from settings to the keys of a Secret.
        'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
        'chart/values.yaml': 'database:\n  existingSecret: app-db\n  secretKeys:\n    password: app_db_password\n    userPassword: app_user_password\nenvFromSecret:\n  MINIO_ROOT_PASSWORD: minio_root_password\n',
      } },
    ],
  });
});
