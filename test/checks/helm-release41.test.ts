import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { helmInstalls } from '../../src/repo/helm-installs.js';
import { runCase } from '../helpers/check-tester.js';

/** `file:line:column note? message` of each finding, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'helm-release41', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}

/** `helm create`'s image line: an empty tag renders the chart's appVersion. */
const TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
const CHART = {
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.4.2"\n',
  'charts/web/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: ""\nresources:\n  limits:\n    memory: 256Mi\n',
  'charts/web/templates/deployment.yaml': TEMPLATE,
};
const release = (body: string) => `resource "helm_release" "web" {\n  name      = "web"\n  namespace = "web"\n${body}}\n`;

// QA41 iac9 D1: a Terraform helm_release is an install of the chart it names, as `helm upgrade -f` is.
describe('Terraform helm_release installs a chart of the repository', () => {
  it('its values files (file(), templatefile(), ${path.module}) are values of that chart: a moving tag there fails', async () => {
    for (const call of ['file("${path.module}/deploy/values/prod.yaml")', 'templatefile("deploy/values/prod.yaml", { env = "prod" })']) {
      const files = { ...CHART, 'deploy/values/prod.yaml': 'image:\n  tag: latest\n', 'main.tf': release(`  chart     = "\${path.module}/charts/web"\n  values    = [${call}]\n`) };
      expect(await findings(imageTagPinned, files)).toEqual([
        "deploy/values/prod.yaml:2:8 Helm value image ghcr.io/acme/web:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      ]);
    }
  });

  it('a release in a module folder resolves its chart and values from that folder', async () => {
    const files = { 'infra/charts/web/Chart.yaml': CHART['charts/web/Chart.yaml'], 'infra/charts/web/values.yaml': CHART['charts/web/values.yaml'], 'infra/charts/web/templates/deployment.yaml': TEMPLATE, 'infra/values/prod.yaml': 'image:\n  tag: latest\n', 'infra/helm.tf': release('  chart  = "./charts/web"\n  values = [\n    file("values/prod.yaml"),\n  ]\n') };
    expect(await findings(imageTagPinned, files)).toEqual([expect.stringMatching(/^infra\/values\/prod\.yaml:2:8 Helm value image ghcr\.io\/acme\/web:latest uses the moving tag 'latest'/)]);
    expect(helmInstalls({ files: Object.keys(files), text: (f) => (files as Record<string, string>)[f] })).toMatchObject([{ file: 'infra/helm.tf', line: 1, what: "Terraform helm_release 'web'", chart: 'infra/charts/web', valueFiles: ['infra/values/prod.yaml'], unread: [] }]);
  });

  it('a `set` block or the provider 3.x `set = [{ … }]` list is judged at its value, with the chart\'s repository', async () => {
    const block = release('  chart = "./charts/web"\n\n  set {\n    name  = "image.tag"\n    value = "latest"\n  }\n');
    expect(await findings(imageTagPinned, { ...CHART, 'main.tf': block })).toEqual([
      "main.tf:8:14 Helm value image.tag (set by Terraform helm_release 'web') ghcr.io/acme/web:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    const list = release('  chart = "./charts/web"\n  set = [\n    { name = "image.repository", value = "docker.io/acme/web" },\n    { name = "image.tag", value = "latest" },\n  ]\n');
    expect(await findings(imageTagPinned, { ...CHART, 'main.tf': list })).toEqual([
      "main.tf:7:36 Helm value image.tag (set by Terraform helm_release 'web') docker.io/acme/web:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('a pinned set tag, a computed one and a remote chart pass', async () => {
    for (const body of [
      '  chart = "./charts/web"\n  set {\n    name  = "image.tag"\n    value = "1.4.3"\n  }\n',
      '  chart = "./charts/web"\n  set {\n    name  = "image.tag"\n    value = var.image_tag\n  }\n',
      '  repository = "https://charts.bitnami.com/bitnami"\n  chart      = "redis"\n  set {\n    name  = "image.tag"\n    value = "latest"\n  }\n',
    ]) expect(await findings(imageTagPinned, { ...CHART, 'main.tf': release(body) })).toEqual([]);
  });

  it('a release that sets the values a missing setting is rendered from makes that failure a note naming it', async () => {
    const chart = { ...CHART, 'charts/web/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: ""\nresources: {}\n' };
    const set = release('  chart = "./charts/web"\n  set {\n    name  = "resources.limits.memory"\n    value = "512Mi"\n  }\n');
    expect(await findings(resourceLimits, { ...chart, 'main.tf': set })).toEqual([expect.stringMatching(/^charts\/web\/values\.yaml:4:1 note .*\(main\.tf installs this chart with values or patches that are not read\)$/)]);
    // A set of another path changes nothing: the failure stands.
    const other = release('  chart = "./charts/web"\n  set {\n    name  = "replicaCount"\n    value = "2"\n  }\n');
    expect(await findings(resourceLimits, { ...chart, 'main.tf': other })).toEqual([expect.stringMatching(/^charts\/web\/values\.yaml:4:1 container 'web' of Deployment/)]);
  });
});
