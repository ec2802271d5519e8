import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { toText } from '../../src/report/text.js';
import { runCase } from '../helpers/check-tester.js';
import { sampleReport } from '../report/sample-report.js';

/** `file:line:column note? message` of each finding, sorted. */
async function judge(check: CheckDef, files: Record<string, string>): Promise<{ findings: string[]; subjects: (string | undefined)[] }> {
  const out = await runCase(check, { name: 'iac8', files });
  expect(out.error).toBeUndefined();
  const sorted = [...out.findings].sort((a, b) => `${a.file}:${a.line}:${a.message}`.localeCompare(`${b.file}:${b.line}:${b.message}`, 'en', { numeric: true }));
  return { findings: sorted.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`), subjects: sorted.map((f) => f.subject) };
}

const WEAK = 'ELBSecurityPolicy-TLS-1-1-2017-01';
const ALB = { 'modules/alb/main.tf': 'variable "ssl_policy" {\n  type = string\n}\n\nresource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}\n' };
const ROOT = { 'root.hcl': 'remote_state {\n  backend = "s3"\n}\n' };

// QA40 iac8 D1: Terragrunt's "keep it DRY" layout: the child includes `_envcommon/<component>.hcl`, which names the module (its
// `terraform { source }`) and common inputs; the include path written the ways Terragrunt's docs write it.
describe('Terragrunt: a configuration including _envcommon/<component>.hcl', () => {
  const envcommon = (inputs = '') => `terraform {\n  source = "\${dirname(find_in_parent_folders("root.hcl"))}/modules//alb"\n}\n\ninputs = {\n  name = "shop-\${local.env}"\n${inputs}}\n`;
  const child = (path: string, inputs = '') => `include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n\ninclude "envcommon" {\n  path   = ${path}\n  expose = true\n}\n\ninputs = {\n${inputs}}\n`;

  it.each([
    '"${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/alb.hcl"',
    '"${get_repo_root()}/_envcommon/alb.hcl"',
    'find_in_parent_folders("_envcommon/alb.hcl")',
    '"../../../../_envcommon/alb.hcl"',
  ])('the module named by the include (path %s) gets the child\'s input', async (path) => {
    const out = await judge(tlsProtocolsConfig, { ...ALB, ...ROOT, '_envcommon/alb.hcl': envcommon(), 'live/prod/eu-west-1/alb/terragrunt.hcl': child(path, `  ssl_policy = "${WEAK}"\n`) });
    expect(out.findings).toEqual([expect.stringMatching(/^live\/prod\/eu-west-1\/alb\/terragrunt\.hcl:11:17 load balancer listener ssl_policy ELBSecurityPolicy-TLS-1-1-2017-01 \(the Terragrunt input ssl_policy that live\/prod\/eu-west-1\/alb\/terragrunt\.hcl passes, which modules\/alb\/main\.tf:7 uses\)/)]);
  });

  it('an input the include gives every environment is found there; a strong child input overrides it', async () => {
    const files = { ...ALB, ...ROOT, '_envcommon/alb.hcl': envcommon(`  ssl_policy = "${WEAK}"\n`), 'live/prod/eu-west-1/alb/terragrunt.hcl': child('"${get_repo_root()}/_envcommon/alb.hcl"') };
    expect((await judge(tlsProtocolsConfig, files)).findings).toEqual([expect.stringMatching(/^_envcommon\/alb\.hcl:7:17 load balancer listener ssl_policy .* \(the Terragrunt input ssl_policy of _envcommon\/alb\.hcl that live\/prod\/eu-west-1\/alb\/terragrunt\.hcl passes/)]);
    const strong = { ...files, 'live/prod/eu-west-1/alb/terragrunt.hcl': child('"${get_repo_root()}/_envcommon/alb.hcl"', '  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n') };
    expect((await judge(tlsProtocolsConfig, strong)).findings).toEqual([]);
  });
});

// QA40 iac8 D2: a configuration deploying a module from the registry or Git: its literal inputs are the call's arguments.
describe('Terragrunt: literal inputs of a remote module', () => {
  it('an ALB listener policy and a CloudFront minimum version fail at the input; the same in a development folder is a note', async () => {
    const alb = (policy: string) => `terraform {\n  source = "tfr:///terraform-aws-modules/alb/aws?version=9.9.0"\n}\n\ninputs = {\n  listeners = {\n    https = {\n      protocol   = "HTTPS"\n      ssl_policy = "${policy}"\n    }\n  }\n}\n`;
    const out = await judge(tlsProtocolsConfig, {
      'live/prod/alb/terragrunt.hcl': alb('ELBSecurityPolicy-2016-08'),
      'live/dev/alb/terragrunt.hcl': alb('ELBSecurityPolicy-2016-08'),
      'live/prod/cdn/terragrunt.hcl': 'terraform {\n  source = "git::https://github.com/acme/terraform-modules.git//cloudfront?ref=v1.2.0"\n}\n\ninputs = {\n  acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"\n  minimum_protocol_version = "TLSv1"\n}\n',
      'live/prod/alb2/terragrunt.hcl': alb('ELBSecurityPolicy-TLS13-1-2-2021-06'),
    });
    expect(out.findings).toEqual([
      expect.stringMatching(/^live\/dev\/alb\/terragrunt\.hcl:9:21 note load balancer listener ssl_policy ELBSecurityPolicy-2016-08 allows/),
      expect.stringMatching(/^live\/prod\/alb\/terragrunt\.hcl:9:21 load balancer listener ssl_policy ELBSecurityPolicy-2016-08 allows/),
      expect.stringMatching(/^live\/prod\/cdn\/terragrunt\.hcl:7:31 CloudFront minimum_protocol_version "TLSv1" allows/),
    ]);
  });

  it('the ecs and lambda modules\' containers and environment: debug-mode and image-tag-pinned read them', async () => {
    const files = {
      'live/prod/web/terragrunt.hcl': 'terraform {\n  source = "tfr:///terraform-aws-modules/ecs/aws//modules/service?version=5.12.0"\n}\n\ninputs = {\n  container_definitions = {\n    web = {\n      image       = "public.ecr.aws/acme/web:latest"\n      environment = [{ name = "DJANGO_DEBUG", value = "True" }]\n    }\n  }\n}\n',
      'live/prod/api/terragrunt.hcl': 'terraform {\n  source = "tfr:///terraform-aws-modules/lambda/aws?version=7.20.0"\n}\n\ninputs = {\n  function_name         = "api"\n  environment_variables = { FLASK_DEBUG = "1" }\n}\n',
    };
    expect((await judge(debugMode, files)).findings.map((f) => f.split(' ')[0])).toEqual(['live/prod/api/terragrunt.hcl:7:44', 'live/prod/web/terragrunt.hcl:9:56']);
    expect((await judge(imageTagPinned, files)).findings).toEqual([expect.stringMatching(/^live\/prod\/web\/terragrunt\.hcl:8:22 terragrunt\.hcl inputs container 'web' image public\.ecr\.aws\/acme\/web:latest uses the moving tag 'latest'/)]);
  });
});

// QA40 iac8 D3: default-credentials reads Terragrunt inputs as a module call's arguments.
describe('default-credentials: Terragrunt inputs', () => {
  it('a placeholder password and a password equal to the user name fail; a development folder\'s is a note', async () => {
    const out = await judge(defaultCredentials, {
      'live/prod/rds/terragrunt.hcl': 'terraform {\n  source = "../../../modules//rds"\n}\n\ninputs = {\n  db_username = "shop"\n  db_password = "changeme"\n}\n',
      'live/prod/billing/terragrunt.hcl': 'terraform {\n  source = "tfr:///terraform-aws-modules/rds/aws?version=6.10.0"\n}\n\ninputs = {\n  username                    = "billing"\n  password                    = "billing"\n  manage_master_user_password = false\n}\n',
      'live/dev/rds/terragrunt.hcl': 'terraform {\n  source = "../../../modules//rds"\n}\n\ninputs = {\n  db_password = "postgres"\n}\n',
    });
    expect(out.findings.map((f) => f.replace(/^(\S+( note)?) .*$/, '$1'))).toEqual(['live/dev/rds/terragrunt.hcl:6:18 note', 'live/prod/billing/terragrunt.hcl:7:34', 'live/prod/rds/terragrunt.hcl:7:18']);
  });
});

// QA40 iac8 D4: an image rendered from a variable that several environments set to a moving tag: one finding per environment,
// each identified by where its value comes from (a new environment's `latest` is not hidden by a baseline of another's).
describe('image-tag-pinned: every environment that renders a moving tag', () => {
  it('prod and staging Terragrunt inputs `latest`: two findings at the image with distinct subjects', async () => {
    const module = 'variable "image_tag" {\n  type = string\n}\n\nresource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = jsonencode([{\n    name  = "web"\n    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:${var.image_tag}"\n  }])\n}\n';
    const env = (tag: string) => `terraform {\n  source = "\${get_repo_root()}/modules//svc"\n}\n\ninputs = {\n  image_tag = "${tag}"\n}\n`;
    const out = await judge(imageTagPinned, { 'modules/svc/main.tf': module, 'live/prod/svc/terragrunt.hcl': env('latest'), 'live/staging/svc/terragrunt.hcl': env('latest'), 'live/qa/svc/terragrunt.hcl': env('v1.2.3') });
    expect(out.findings).toEqual([
      expect.stringMatching(/^modules\/svc\/main\.tf:9:14 .*live\/prod\/svc\/terragrunt\.hcl:6/),
      expect.stringMatching(/^modules\/svc\/main\.tf:9:14 .*live\/staging\/svc\/terragrunt\.hcl:6/),
    ]);
    expect(new Set(out.subjects).size).toBe(2);
  });
});

// QA40 iac8 D5: the text report shows each distinct fix of an item's failures (a finding's own names its file).
describe('text report: the distinct fixes of an item', () => {
  it('two findings with their own fixes show both; the same fix twice shows once', () => {
    const finding = (file: string, fix: string) => ({ check: 'tls-protocols-config', item: 'tls', severity: 'medium' as const, message: 'allows TLSv1', file, line: 1, column: 1, url: null, fix });
    const report = sampleReport({
      failOn: 'medium', result: 'fail',
      items: [{ id: 'tls', title: 'TLS 1.2+', kind: 'static', check: 'tls-protocols-config', severity: 'medium', status: 'fail' }],
      findings: [finding('live/prod/b/terragrunt.hcl', 'Set ssl_policy in live/prod/b/terragrunt.hcl'), finding('live/prod/c/terragrunt.hcl', 'Set ssl_policy in live/prod/c/terragrunt.hcl'), finding('live/prod/d/terragrunt.hcl', 'Set ssl_policy in live/prod/c/terragrunt.hcl')],
    });
    const fixes = toText(report, { color: false }).split('\n').filter((l) => l.trim().startsWith('fix'));
    expect(fixes).toEqual(['    fix: Set ssl_policy in live/prod/b/terragrunt.hcl', '    fix: Set ssl_policy in live/prod/c/terragrunt.hcl']);
  });
});
