import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { helmInstalls, terraformTemplateYaml } from '../../src/repo/helm-installs.js';
import { runCase } from '../helpers/check-tester.js';

/** `file:line:column note? message` of each finding, sorted. */
async function judge(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'iac41', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}

// A chart as `helm create` writes it (trimmed): the tag defaults to the appVersion, resources from values.
const CHART = {
  'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.14.2"\n',
  'charts/web/values.yaml': 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/web\n  tag: ""\nresources: {}\n',
  'charts/web/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {{ .Values.replicaCount }}\n  template:\n    spec:\n      containers:\n        - name: web\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
};
const release = (values: string) => `resource "helm_release" "web" {\n  name   = "web"\n  chart  = "\${path.module}/../charts/web"\n  values = [templatefile("\${path.module}/values/${values}", { replicas = 3, tag = "1.4.2" })]\n}\n`;

// QA41 iac10 D3: `templatefile("values.yaml.tftpl", {…})`, the extension HashiCorp recommends: the values file is read as YAML,
// its interpolations unknown and its directive lines set aside.
describe('helm_release values rendered from a Terraform template (.tftpl, .tpl)', () => {
  it.each(['web.yaml.tftpl', 'web.tftpl', 'web.yaml.tpl'])('tag: latest in %s fails at the tag', async (name) => {
    const files = { ...CHART, 'infra/helm.tf': release(name), [`infra/values/${name}`]: 'replicaCount: ${replicas}\nimage:\n  tag: latest\n' };
    expect(await judge(imageTagPinned, files)).toEqual([`infra/values/${name}:3:8 Helm value image ghcr.io/acme/web:latest uses the moving tag 'latest'; pin a version tag or a digest (\`image:tag@sha256:…\`)`]);
  });

  it('directive lines are set aside: what each branch writes literally is judged', async () => {
    const tpl = '%{ if replicas > 1 ~}\nreplicaCount: ${replicas}\n%{ endif ~}\nimage:\n  tag: latest\n';
    expect(await judge(imageTagPinned, { ...CHART, 'infra/helm.tf': release('web.yaml.tftpl'), 'infra/values/web.yaml.tftpl': tpl })).toEqual([expect.stringMatching(/^infra\/values\/web\.yaml\.tftpl:5:8 Helm value image ghcr\.io\/acme\/web:latest uses the moving tag 'latest'/)]);
  });

  it.each([
    ['${tag}', 'tag: ${tag}'],
    ['${var.tag}', 'tag: "${var.tag}"'],
    ['a conditional', 'tag: ${tag == "" ? "latest" : tag}'],
  ])('a tag that is an interpolation (%s) is unknown, never "latest"', async (_, line) => {
    const out = await judge(imageTagPinned, { ...CHART, 'infra/helm.tf': release('web.yaml.tftpl'), 'infra/values/web.yaml.tftpl': `image:\n  ${line}\n` });
    expect(out.filter((f) => !/ note /.test(f))).toEqual([]);
    expect(out.join('\n')).not.toMatch(/latest/);
  });

  it('a template read so is the install\'s values: its resources are read (not an "unread values" note)', async () => {
    const tpl = 'replicaCount: ${replicas}\nimage:\n  tag: "${tag}"\nresources:\n  limits:\n    memory: 512Mi\n';
    const out = await judge(resourceLimits, { ...CHART, 'infra/helm.tf': release('web.yaml.tftpl'), 'infra/values/web.yaml.tftpl': tpl });
    expect(out.join('\n')).not.toMatch(/not read/);
    expect(out.join('\n')).toMatch(/infra\/values\/web\.yaml\.tftpl overrides it/);
  });

  it.each([
    ['a directive beside text', 'image:\n  tag: %{ if prod }1.4.2%{ else }latest%{ endif }\n'],
    ['an interpolation alone on its line', 'image:\n  tag: latest\n${extra}\n'],
    ['an encoded value', 'image:\n  tag: latest\nresources: ${jsonencode(resources)}\n'],
    ['YAML that does not parse', 'image:\n  tag: latest\n   bad: [\n'],
  ])('a template that does not read as YAML (%s) is not judged, and its install\'s values are unread', async (_, tpl) => {
    const files = { ...CHART, 'infra/helm.tf': release('web.yaml.tftpl'), 'infra/values/web.yaml.tftpl': tpl };
    expect(await judge(imageTagPinned, files)).toEqual([]);
    const installs = helmInstalls({ files: Object.keys(files), text: (f) => (files as Record<string, string>)[f] });
    expect(installs).toEqual([expect.objectContaining({ chart: 'charts/web', valueFiles: [], unread: null })]);
  });

  it('terraformTemplateYaml keeps lines and columns, and an escaped ${ is no interpolation', () => {
    expect(terraformTemplateYaml('a: ${var.x}-b\n%{ for x in xs ~}\nc: $${d}\n%{ endfor ~}\r\ne: f\n')).toBe('a: ${var_x}-b\n\nc: $${d}\n\r\ne: f\n');
    expect(terraformTemplateYaml('a: ${ "}" }\n')).toBe('a: ${_____}\n');
    expect(terraformTemplateYaml('a: ${x\n}\n')).toBeNull();
  });

  it('a chart\'s own _helpers.tpl is no Terraform template', async () => {
    const files = { ...CHART, 'charts/web/templates/_helpers.tpl': '{{- define "web.name" -}}\n{{ .Chart.Name }}\n{{- end }}\n', 'infra/helm.tf': release('../../charts/web/templates/_helpers.tpl') };
    const installs = helmInstalls({ files: Object.keys(files), text: (f) => (files as Record<string, string>)[f] });
    expect(installs[0]?.valueFiles).toEqual([]);
  });
});

// QA41 iac10 D4: `aws_security_group` written with the attribute form (`ingress = [{ … }]`) that generated and imported
// configuration uses: each object is judged as an `ingress` block is.
describe('aws_security_group ingress written as a list of objects', () => {
  const sg = (rules: string) => `resource "aws_security_group" "db" {\n  name = "db"\n  ingress = [\n${rules}  ]\n}\n`;
  const obj = (port: number, cidrs: string, extra = '') => `    {\n      description      = "db"\n      from_port        = ${port}\n      to_port          = ${port}\n      protocol         = "tcp"\n      cidr_blocks      = ${cidrs}\n      ipv6_cidr_blocks = []\n      prefix_list_ids  = []\n      security_groups  = []\n      self             = false${extra}\n    },\n`;

  it('PostgreSQL open to 0.0.0.0/0 fails at the address; each object is its own rule', async () => {
    const out = await judge(databasePortExposed, { 'infra/sg.tf': sg(obj(443, '["0.0.0.0/0"]') + obj(5432, '["10.0.0.0/16", "0.0.0.0/0"]')) });
    expect(out).toEqual([
      "infra/sg.tf:20:43 Terraform aws_security_group 'db' ingress opens database port 5432 (PostgreSQL) to 0.0.0.0/0 (any address on the internet); allow only the application's security group or private address ranges",
    ]);
  });

  it('::/0 in ipv6_cidr_blocks fails too', async () => {
    const rules = '    {\n      from_port        = 3306\n      to_port          = 3306\n      protocol         = "6"\n      cidr_blocks      = []\n      ipv6_cidr_blocks = ["::/0"]\n    }\n';
    expect(await judge(databasePortExposed, { 'infra/sg.tf': sg(rules) })).toEqual([expect.stringMatching(/^infra\/sg\.tf:9:28 Terraform aws_security_group 'db' ingress opens database port 3306 \(MySQL\/MariaDB\) to ::\/0/)]);
  });

  it.each([
    ['a private range', obj(5432, '["10.0.0.0/16"]')],
    ['a computed CIDR list', obj(5432, 'var.allowed')],
    ['another port', obj(443, '["0.0.0.0/0"]')],
  ])('%s passes', async (_, rules) => {
    expect(await judge(databasePortExposed, { 'infra/sg.tf': sg(rules) })).toEqual([]);
  });

  it('egress written as a list is no ingress; a computed ingress list is not judged', async () => {
    const egress = 'resource "aws_security_group" "db" {\n  egress = [{ from_port = 5432, to_port = 5432, protocol = "tcp", cidr_blocks = ["0.0.0.0/0"] }]\n  ingress = var.rules\n}\n';
    expect(await judge(databasePortExposed, { 'infra/sg.tf': egress })).toEqual([]);
  });
});
