import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of a check as `file:line:column note? message`, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop36', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}
const failures = async (check: CheckDef, files: Record<string, string>) => (await findings(check, files)).filter((f) => !/^\S+ note /.test(f));

const SECRET = 'pR7vK2mX9qL4nT8wZ3bY6cJ1';

// D1: an ECS container's `environment` written in Terraform (jsonencode or a heredoc of JSON) is read as a task definition file's.
describe('hardcoded-secret: ECS container definitions written in Terraform', () => {
  const ECS_TF = [
    'resource "aws_ecs_task_definition" "api" {',
    '  family = "acme-api"',
    '  container_definitions = jsonencode([',
    '    {',
    '      name  = "api"',
    '      image = "acme/api:1.2.3"',
    '      environment = [',
    `        { name = "DB_PASSWORD", value = "${SECRET}" },`,
    '        { name = "LOG_LEVEL", value = "info" },',
    '      ]',
    '    }',
    '  ])',
    '}',
    '',
    'resource "aws_ecs_task_definition" "worker" {',
    '  family                = "acme-worker"',
    '  container_definitions = <<EOF',
    '[',
    '  {',
    '    "name": "worker",',
    '    "image": "acme/worker:1.2.3",',
    '    "environment": [',
    `      {"name": "JWT_SECRET", "value": "${SECRET}"}`,
    '    ]',
    '  }',
    ']',
    'EOF',
    '}',
    '',
  ].join('\n');

  it('the QA reproduction: both forms are reported at the value, which no message shows', async () => {
    const out = await findings(hardcodedSecret, { 'infra/ecs.tf': ECS_TF });
    expect(out).toEqual([
      expect.stringMatching(/^infra\/ecs\.tf:23:40 'JWT_SECRET' is assigned a hard-coded secret value/),
      expect.stringMatching(/^infra\/ecs\.tf:8:42 'DB_PASSWORD' is assigned a hard-coded secret value/),
    ]);
    expect(out.join('\n')).not.toContain(SECRET);
  });

  it('values Terraform computes, references and non-secret names are not reported', async () => {
    const tf = [
      'resource "aws_ecs_task_definition" "api" {',
      '  family = "acme-api"',
      '  container_definitions = jsonencode([{',
      '    name  = "api"',
      '    image = "acme/api:1.2.3"',
      '    environment = [',
      '      { name = "DB_PASSWORD", value = var.db_password },',
      '      { name = "API_TOKEN", value = "${random_password.token.result}" },',
      '      { name = "SECRET_NAME", value = "prod/acme/api" },',
      `      { name = "CACHE_KEY_PREFIX", value = "${SECRET}" },`,
      '    ]',
      '    secrets = [{ name = "JWT_SECRET", valueFrom = "arn:aws:ssm:eu-west-1:123456789012:parameter/jwt" }]',
      '  }])',
      '}',
      '',
    ].join('\n');
    expect(await failures(hardcodedSecret, { 'infra/ecs.tf': tf })).toEqual([]);
  });
});

// D2: Pulumi stack config keys are namespaced (`project:key`): the name after the namespace is the secret's.
describe('hardcoded-secret: Pulumi stack config', () => {
  it('the QA reproduction: a plaintext `acme:apiToken` is reported, `aws:region` is not', async () => {
    const stack = `config:\n  aws:region: eu-west-1\n  acme:apiToken: ${SECRET}\n  acme:stripeSecretKey: 9fK2mQ7xLp4RtZ8vW1yB6nC3dH5jS0aE\n`;
    const out = await findings(hardcodedSecret, { 'Pulumi.prod.yaml': stack, 'Pulumi.yaml': 'name: acme\nruntime: nodejs\n' });
    expect(out).toEqual([
      expect.stringMatching(/^Pulumi\.prod\.yaml:3:18 'acme:apiToken' is assigned a hard-coded secret value/),
      expect.stringMatching(/^Pulumi\.prod\.yaml:4:25 'acme:stripeSecretKey' is assigned a hard-coded secret value/),
    ]);
  });

  it('`pulumi config set --secret` values (`secure:` ciphertext) are not secrets in plain text', async () => {
    const stack = 'config:\n  aws:region: eu-west-1\n  acme:apiToken:\n    secure: AAABADQXFlU0mxC9vE0g/1vBnhAq0xT2XjqGjW6mZbV7WJ0Lr3b0GQ==\n  acme:dbPassword:\n    secure: v1:Zq8mR2vX7kP4nL9t:B3wY6cH1sD5fG0aJxK2mQ7\n';
    expect(await failures(hardcodedSecret, { 'Pulumi.prod.yaml': stack })).toEqual([]);
  });

  it('a `.properties` key is still the text before its first separator (`foo:password=…` is foo\'s value)', async () => {
    expect(await failures(hardcodedSecret, { 'app.properties': `foo:password=${SECRET}\n` })).toEqual([]);
  });
});

// D3: with CloudFront's default certificate the minimum protocol version is CloudFront's (only TLSv1 is accepted).
describe('tls-protocols-config: CloudFront with its default certificate', () => {
  const tf = (cert: string, version: string) => `resource "aws_cloudfront_distribution" "preview" {\n  enabled = true\n  viewer_certificate {\n${cert}\n    minimum_protocol_version       = "${version}"\n  }\n}\n`;
  const cfn = (cert: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Preview:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        ViewerCertificate:\n          ${cert}\n          MinimumProtocolVersion: TLSv1\n`;

  it('the QA reproduction: no failure in Terraform or CloudFormation, and the item is judged (not skipped)', async () => {
    const out = await runCase(tlsProtocolsConfig, { name: 'd3', files: { 'cf.tf': tf('    cloudfront_default_certificate = true', 'TLSv1'), 'cf.yaml': cfn('CloudFrontDefaultCertificate: true') } });
    expect(out.error).toBeUndefined();
    expect(out.findings.filter((f) => !f.note)).toEqual([]);
    expect(out.skipped).toBeUndefined();
  });

  it('a custom ACM certificate with TLSv1 or TLSv1_2016 still fails', async () => {
    const out = await failures(tlsProtocolsConfig, {
      'cf.tf': tf('    acm_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"\n    ssl_support_method = "sni-only"', 'TLSv1_2016'),
      'cf.yaml': cfn('AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc'),
      // The default certificate named but overridden by a custom one in the same block is the custom one's policy.
      'both.tf': tf('    cloudfront_default_certificate = true\n    acm_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"', 'TLSv1'),
    });
    expect(out).toEqual([
      expect.stringMatching(/^both\.tf:6:39 CloudFront minimum_protocol_version "TLSv1" allows TLSv1, TLSv1\.1/),
      expect.stringMatching(/^cf\.tf:6:39 CloudFront minimum_protocol_version "TLSv1_2016" allows TLSv1, TLSv1\.1/),
      expect.stringMatching(/^cf\.yaml:10:35 CloudFront distribution 'Preview' MinimumProtocolVersion TLSv1 allows/),
    ]);
  });
});

// D4: a listener's `ssl_policy = var.ssl_policy` deploys the variable's default when no caller in the repository sets it.
describe('tls-protocols-config: ssl_policy from a module variable', () => {
  const MODULE = {
    'modules/alb/main.tf': 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.this.arn\n  protocol          = "HTTPS"\n  ssl_policy        = var.ssl_policy\n}\n',
    'modules/alb/variables.tf': 'variable "name" {\n  type = string\n}\n\nvariable "ssl_policy" {\n  type    = string\n  default = "ELBSecurityPolicy-2016-08" # the module\'s default\n}\n',
  };
  const caller = (extra: string) => ({ 'envs/prod/main.tf': `module "alb" {\n  source = "../../modules/alb"\n  name   = "acme-prod"\n${extra}}\n` });

  it('the QA reproduction: the weak default fails at the variable\'s default, naming the listener that uses it', async () => {
    const out = await findings(tlsProtocolsConfig, { ...MODULE, ...caller('') });
    expect(out).toEqual([expect.stringMatching(/^modules\/alb\/variables\.tf:7:14 load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(the default of variable "ssl_policy", which modules\/alb\/main\.tf:4 uses and no module call or \.tfvars file in the repository sets\) allows TLSv1, TLSv1\.1/)]);
  });

  it('a caller that sets the variable decides: a strong policy passes, judged at the caller', async () => {
    const out = await runCase(tlsProtocolsConfig, { name: 'd4', files: { ...MODULE, ...caller('  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n') } });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toBeUndefined();
  });

  it('a strong default passes (judged); a variable a caller sets from its own variable is not judged, and the skip says so', async () => {
    const strong = { ...MODULE, 'modules/alb/variables.tf': 'variable "ssl_policy" {\n  default = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}\n' };
    const pass = await runCase(tlsProtocolsConfig, { name: 'd4', files: { ...strong, ...caller('') } });
    expect(pass.findings).toEqual([]);
    expect(pass.skipped).toBeUndefined();
    const set = await runCase(tlsProtocolsConfig, { name: 'd4', files: { ...MODULE, ...caller('  ssl_policy = var.listener_policy\n') } });
    expect(set.findings).toEqual([]);
    expect(set.skipped).toMatch(/Terraform TLS policies are set from variables with no literal value in the repository to judge \(.*var\.ssl_policy in modules\/alb\/main\.tf/);
    expect(set.skipped).not.toMatch(/no nginx config/);
  });

  it('a .tfvars file setting the variable leaves the default unjudged', async () => {
    expect(await failures(tlsProtocolsConfig, { ...MODULE, 'modules/alb/prod.tfvars': 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n' })).toEqual([]);
  });
});

// D7: a chart's values.yaml policy that the production values file overrides with a strong one is a note, as for resource-limits.
describe('tls-protocols-config: AWS Load Balancer Controller ssl-policy in Helm values', () => {
  const chart = (prod: string) => ({
    'chart/Chart.yaml': 'apiVersion: v2\nname: acme\nversion: 0.1.0\n',
    'chart/values.yaml': 'ingress:\n  enabled: true\n  className: alb\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet-facing\n    alb.ingress.kubernetes.io/ssl-policy: ELBSecurityPolicy-2016-08\n',
    'chart/values-production.yaml': `ingress:\n  annotations:\n    alb.ingress.kubernetes.io/ssl-policy: ${prod}\n`,
    'chart/templates/ingress.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: acme\n  annotations:\n    {{- toYaml .Values.ingress.annotations | nindent 4 }}\n',
  });

  it('the QA reproduction: an info note naming values-production.yaml', async () => {
    expect(await findings(tlsProtocolsConfig, chart('ELBSecurityPolicy-TLS13-1-2-2021-06'))).toEqual([
      expect.stringMatching(/^chart\/values\.yaml:6:43 note AWS Load Balancer Controller ssl-policy ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1\.1; require TLS 1\.2 or later \(with the chart's values\.yaml alone: chart\/values-production\.yaml overrides it for production\)/),
    ]);
  });

  it('a production override that is weak too: both fail', async () => {
    expect(await failures(tlsProtocolsConfig, chart('ELBSecurityPolicy-TLS-1-1-2017-01'))).toEqual([
      expect.stringMatching(/^chart\/values-production\.yaml:3:43 AWS Load Balancer Controller ssl-policy ELBSecurityPolicy-TLS-1-1-2017-01 allows TLSv1\.1/),
      expect.stringMatching(/^chart\/values\.yaml:6:43 AWS Load Balancer Controller ssl-policy ELBSecurityPolicy-2016-08 allows/),
    ]);
  });
});
