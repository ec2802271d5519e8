import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { envYamlDocument } from '../../src/checks/util/env-yaml.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 oss16 D4: Invidious' official compose file carries its config.yml in `INVIDIOUS_CONFIG: |`; its placeholder
// `hmac_key: "CHANGE_ME!!"` and `db: password: kemal` beside `user: kemal` gave no finding.
const invidious = (db: { user: string; password: string }, hmac: string) => ['services:', '  invidious:', '    image: quay.io/invidious/invidious:2024.04.26-eda7444',
  '    environment:', '      INVIDIOUS_CONFIG: |', '        db:', '          dbname: invidious', `          user: ${db.user}`, `          password: ${db.password}`,
  '          host: invidious-db', '          port: 5432', '        check_tables: true', '        # https_only: false', `        hmac_key: "${hmac}"`, ''].join('\n');
const run = async (files: Record<string, string>) => ({
  defaults: (await runCase(defaultCredentials, { name: 'env-yaml46', files })).findings,
  secrets: (await runCase(hardcodedSecret, { name: 'env-yaml46', files })).findings,
});

describe('default-credentials: a YAML mapping carried in an env value as a block scalar (QA45 oss16 D4)', () => {
  it("Invidious' layout: the placeholder and the password equal to the user beside it fail at their lines, never printed", async () => {
    const { defaults, secrets } = await run({ 'docker-compose.yml': invidious({ user: 'kemal', password: 'kemal' }, 'CHANGE_ME!!') });
    expect(defaults.map((f) => `${f.line}:${f.column}:${f.note ?? false}`)).toEqual(['9:21:false', '14:20:false']);
    expect(defaults[0]!.message).toMatch(/^db\.password \(INVIDIOUS_CONFIG of service 'invidious'\) is set to the user name of db\.user; /);
    expect(defaults[1]!.message).toMatch(/^hmac_key \(INVIDIOUS_CONFIG of service 'invidious'\) is set to a placeholder value; /);
    expect(defaults.map((f) => f.message).join('\n')).not.toMatch(/kemal|CHANGE_ME/);
    expect(secrets).toEqual([]);
  });

  it("a random-looking password equal to the user beside it is this check's, not hardcoded-secret's; a real one stays hardcoded-secret's", async () => {
    const same = await run({ 'docker-compose.yml': invidious({ user: 'Hj4kLm9PqR2sTv7W', password: 'Hj4kLm9PqR2sTv7W' }, 'Zq8vR2mX7pL4tW9kB3nC6yH1') });
    expect(same.defaults.map((f) => `${f.line}:${f.column}`)).toEqual(['9:21']);
    expect(same.secrets.map((f) => `${f.line}:${f.column}`)).toEqual(['14:20']);
    const real = await run({ 'docker-compose.yml': invidious({ user: 'kemal', password: 'Hj4kLm9PqR2sTv7W' }, 'Zq8vR2mX7pL4tW9kB3nC6yH1') });
    expect(real.defaults).toEqual([]);
    expect(real.secrets.map((f) => `${f.line}:${f.column}`)).toEqual(['9:21', '14:20']);
  });

  it('a Kubernetes container env value holding a YAML mapping is read alike, at its line', async () => {
    const deploy = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers:', '        - name: web',
      '          image: web:1.2.3', '          env:', '            - name: APP_CONFIG', '              value: |', '                server:', '                  port: 8080',
      '                secret_key: changeme', ''].join('\n');
    const { defaults } = await run({ 'k8s/deploy.yaml': deploy });
    expect(defaults.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['k8s/deploy.yaml:16:29']);
    expect(defaults[0]!.message).toMatch(/^secret_key \(APP_CONFIG of container 'web' in Deployment 'web'\) /);
  });

  it('the lookalikes pass: a shell script, prose, a one-line value and a strong config in a block', async () => {
    const compose = ['services:', '  db:', '    image: postgres:15', '    environment:',
      '      INIT_SCRIPT: |', '        #!/bin/sh', '        echo "password: changeme"', '        psql -c "select 1"',
      '      MOTD: |', '        Welcome! The admin password: changeme', '        is set on first boot.',
      '      ONE_LINE: "password: changeme"',
      '      APP_CONFIG: |', '        db:', '          user: app', '          password: Hj4kLm9PqR2sTv7Wx', ''].join('\n');
    expect((await run({ 'docker-compose.yml': compose })).defaults).toEqual([]);
  });

  it('envYamlDocument: only a mapping over several lines whose keys name settings', () => {
    expect(envYamlDocument('db:\n  password: x\nhmac_key: y\n')).not.toBeNull();
    for (const v of ['#!/bin/sh\necho "a: b"\n', 'echo "password: x"\n', 'Welcome!\nThe password: x\n', 'password: x', 'just text\nover lines\n', 'a: 1\n---\nb: 2\n', "gitlab_rails['x'] = 'y'\n"])
      expect(envYamlDocument(v), v).toBeNull();
  });
});
