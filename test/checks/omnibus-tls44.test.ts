import { describe, expect, it } from 'vitest';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 oss15 D4: GitLab Omnibus' bundled nginx takes its ssl_protocols from `nginx['ssl_protocols']` in gitlab.rb or
// GITLAB_OMNIBUS_CONFIG; TLSv1/TLSv1.1 there passed unnoticed.
const run = async (files: Record<string, string>) => (await runCase(tlsProtocolsConfig, { name: 'omnibus-tls44', files }));
const at = async (files: Record<string, string>) => (await run(files)).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column}`).sort();

describe('tls-protocols-config: GitLab Omnibus nginx[\'ssl_protocols\'] (QA44 oss15 D4)', () => {
  it('gitlab.rb allowing TLSv1 and TLSv1.1 fails at the value, naming the weak versions', async () => {
    const out = await run({ 'config/gitlab.rb': "external_url 'https://gitlab.example.com'\nnginx['ssl_protocols'] = \"TLSv1 TLSv1.1 TLSv1.2 TLSv1.3\"\n" });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['config/gitlab.rb:2:27']);
    expect(out.findings[0]!.message).toBe('nginx[\'ssl_protocols\'] (GitLab Omnibus settings) allows TLSv1, TLSv1.1; use nginx[\'ssl_protocols\'] = "TLSv1.2 TLSv1.3" (GitLab\'s default)');
  });

  it('GITLAB_OMNIBUS_CONFIG in compose (and the registry\'s nginx) at the block line; a development overlay gives a note', async () => {
    const compose = (name: string) => `services:\n  gitlab:\n    image: gitlab/gitlab-ce:17.5.1-ce.0\n    environment:\n      GITLAB_OMNIBUS_CONFIG: |\n        external_url 'https://gitlab.example.com'\n        ${name}['ssl_protocols'] = "TLSv1.1 TLSv1.2"\n`;
    expect(await at({ 'docker-compose.yml': compose('nginx') })).toEqual(['docker-compose.yml:7:35']);
    expect(await at({ 'docker-compose.yml': compose('registry_nginx') })).toEqual(['docker-compose.yml:7:44']);
    expect(await at({ 'docker-compose.dev.yml': compose('nginx') })).toEqual(['NOTE docker-compose.dev.yml:7:35']);
  });

  it('a Kubernetes container\'s GITLAB_OMNIBUS_CONFIG is judged, and alone it is enough for the item not to be skipped', async () => {
    const deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: gitlab }\nspec:\n  template:\n    spec:\n      containers:\n        - name: gitlab\n          image: gitlab/gitlab-ce:17.5.1-ce.0\n          env:\n            - name: GITLAB_OMNIBUS_CONFIG\n              value: \"nginx['ssl_protocols'] = 'TLSv1 TLSv1.2'\"\n";
    const out = await run({ 'k8s/gitlab.yaml': deploy });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['k8s/gitlab.yaml:12']);
    // A strong setting is judged too: the item passes instead of being skipped for want of anything to read.
    const strong = await run({ 'k8s/gitlab.yaml': deploy.replace('TLSv1 TLSv1.2', 'TLSv1.2 TLSv1.3') });
    expect(strong).toEqual({ findings: [], skipped: undefined });
  });

  it('lookalikes pass: TLS 1.2+ only, commented out, proxy settings, another component, a template', async () => {
    expect(await at({ 'gitlab.rb': "nginx['ssl_protocols'] = \"TLSv1.2 TLSv1.3\"\n# nginx['ssl_protocols'] = \"TLSv1 TLSv1.1 TLSv1.2\"\ngitlab_rails['smtp_tls_protocols'] = 'TLSv1'\nnginx['ssl_ciphers'] = 'TLSv1'\n" })).toEqual([]);
    expect(await at({ 'config/gitlab.rb.example': "nginx['ssl_protocols'] = \"TLSv1 TLSv1.1 TLSv1.2\"\n" })).toEqual([]);
  });
});
