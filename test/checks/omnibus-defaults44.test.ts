import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 oss15 D1: GitLab Omnibus settings (`gitlab.rb`, and the GITLAB_OMNIBUS_CONFIG text the GitLab image appends to it)
// holding the well-known defaults were never reported, though hardcoded-secret reads the same statements for real values.
const run = async (files: Record<string, string>) => (await runCase(defaultCredentials, { name: 'omnibus44', files })).findings;
const at = async (files: Record<string, string>) => (await run(files)).map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column}`).sort();

const RB = [
  "external_url 'https://gitlab.example.com'",
  "gitlab_rails['initial_root_password'] = 'changeme'",
  "gitlab_rails['db_password'] = \"password\" # the database user's",
  "postgresql['sql_user_password'] = 'changeme'",
  "gitlab_rails['smtp_password'] = \"Xk9mP2vQ7rT4wZ8nL3cB\"",
  "# gitlab_rails['gitlab_shell_ssh_port'] = 22",
  "# redis['password'] = 'changeme'",
  "registry['http_secret'] = nil",
  "gitlab_rails['ldap_servers'] = { 'main' => { 'password' => 'x' } }",
  '',
].join('\n');

describe('default-credentials: GitLab Omnibus settings (QA44 oss15 D1)', () => {
  it('gitlab.rb: each default string setting at its value; a real value, comments, nil and hashes are not this check\'s', async () => {
    const found = await run({ 'config/gitlab.rb': RB });
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(['config/gitlab.rb:2:42', 'config/gitlab.rb:3:32', 'config/gitlab.rb:4:36']);
    expect(found.find((f) => f.line === 2)!.message).toMatch(/^gitlab_rails\['initial_root_password'\] \(GitLab Omnibus settings\) is set to a placeholder value; set a strong generated secret/);
    expect(found.every((f) => !f.note)).toBe(true);
    // Values are never printed.
    expect(found.map((f) => f.message).join('\n')).not.toMatch(/changeme|'password'/);
  });

  it('the random smtp_password stays hardcoded-secret\'s (the two checks split the same statements)', async () => {
    const secrets = (await runCase(hardcodedSecret, { name: 'omnibus44', files: { 'config/gitlab.rb': RB } })).findings;
    expect(secrets.map((f) => `${f.file}:${f.line}`)).toEqual(['config/gitlab.rb:5']);
  });

  it('GITLAB_OMNIBUS_CONFIG in a compose block scalar: at the setting\'s line of the block, naming the service', async () => {
    const compose = [
      'services:',
      '  gitlab:',
      '    image: gitlab/gitlab-ee:17.5.1-ee.0',
      '    environment:',
      '      GITLAB_OMNIBUS_CONFIG: |',
      "        external_url 'https://gitlab.example.com'",
      "        gitlab_rails['initial_root_password'] = 'changeme'",
      "        gitlab_rails['smtp_password'] = \"Xk9mP2vQ7rT4wZ8nL3cB\"",
      '',
    ].join('\n');
    const found = await run({ 'docker-compose.yml': compose });
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['docker-compose.yml:7:50']);
    expect(found[0]!.message).toContain("gitlab_rails['initial_root_password'] (GITLAB_OMNIBUS_CONFIG of service 'gitlab') is set to a placeholder value");
  });

  it('GITLAB_OMNIBUS_CONFIG on one line, settings parted by `;` (list syntax too)', async () => {
    const compose = [
      'services:',
      '  gitlab:',
      '    image: gitlab/gitlab-ce:17.5.1-ce.0',
      '    environment:',
      "      - \"GITLAB_OMNIBUS_CONFIG=external_url 'http://gitlab.local'; gitlab_rails['initial_root_password']='password'; redis['password'] = 'Zr8qW3nB6vK1xT5m'\"",
      '',
    ].join('\n');
    const line = compose.split('\n')[4]!;
    expect(await at({ 'docker-compose.yml': compose })).toEqual([`docker-compose.yml:5:${line.indexOf("'password'") + 2}`]);
  });

  it('a password equal to the user name set beside it under the same component', async () => {
    const found = await run({ 'gitlab/gitlab.rb': "gitlab_rails['db_username'] = 'gitlabhq'\ngitlab_rails['db_password'] = 'gitlabhq'\npostgresql['sql_user'] = 'other'\n" });
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['gitlab/gitlab.rb:2:32']);
    expect(found[0]!.message).toContain("is set to the user name of gitlab_rails['db_username']");
  });

  it('a setting assigned again later holds the later value: the earlier default is not deployed', async () => {
    expect(await at({ 'gitlab.rb': "gitlab_rails['db_password'] = 'gitlab'\ngitlab_rails['initial_root_password'] = 'changeme'\ngitlab_rails['initial_root_password'] = 'Qm7vT2xK9pL4wZ8n'\n" })).toEqual([]);
    expect(await at({ 'gitlab.rb': "gitlab_rails['initial_root_password'] = 'Qm7vT2xK9pL4wZ8n'\ngitlab_rails['initial_root_password'] = 'changeme'\n" })).toEqual(['gitlab.rb:2:42']);
  });

  it('a development-only compose file gives a note; a Kubernetes container env fails at the block line', async () => {
    const override = "services:\n  gitlab:\n    image: gitlab/gitlab-ce:17.5.1-ce.0\n    environment:\n      GITLAB_OMNIBUS_CONFIG: |\n        gitlab_rails['initial_root_password'] = 'changeme'\n";
    expect(await at({ 'docker-compose.override.yml': override })).toEqual(['NOTE docker-compose.override.yml:6:50']);
    const deploy = [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: { name: gitlab }',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: gitlab',
      '          image: gitlab/gitlab-ce:17.5.1-ce.0',
      '          env:',
      '            - name: GITLAB_OMNIBUS_CONFIG',
      '              value: |',
      "                gitlab_rails['initial_root_password'] = 'changeme'",
      '',
    ].join('\n');
    const found = await run({ 'k8s/gitlab.yaml': deploy });
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['k8s/gitlab.yaml:13:58']);
    expect(found[0]!.message).toContain("(GITLAB_OMNIBUS_CONFIG of container 'gitlab' in StatefulSet 'gitlab')");
  });

  it('lookalikes pass: a template of gitlab.rb, the same statement in another Ruby file or under another variable, computed values', async () => {
    const line = "gitlab_rails['initial_root_password'] = 'changeme'\n";
    expect(await at({ 'config/gitlab.rb.example': line })).toEqual([]);
    expect(await at({ 'lib/settings.rb': line, 'lib/app.rb': "settings = {}\nsettings['db_password'] = 'changeme'\n" })).toEqual([]);
    expect(await at({ 'docker-compose.yml': `services:\n  app:\n    image: acme/app:1.0\n    environment:\n      NOTES: |\n        ${line}` })).toEqual([]);
    expect(await at({ 'gitlab.rb': "gitlab_rails['initial_root_password'] = ENV['ROOT_PASSWORD']\ngitlab_rails['db_password'] = \"#{ENV['DB_PW']}\"\ngitlab_rails['initial_root_password_hint'] = nil\n" })).toEqual([]);
  });
});
