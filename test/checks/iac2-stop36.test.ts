import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of a check as `file:line:column note? message`, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop36-iac2', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}
const failures = async (check: CheckDef, files: Record<string, string>) => (await findings(check, files)).filter((f) => !/^\S+ note /.test(f));
async function status(check: CheckDef, files: Record<string, string>): Promise<string> {
  const out = await runCase(check, { name: 'stop36-iac2', files });
  return out.skipped !== undefined ? 'skipped' : out.findings.some((f) => !f.note) ? 'fail' : 'pass';
}

const SECRET = 'pR7vK2mX9qL4nT8wZ3bY6cJ1';

// D5: a heredoc of container definitions with template directives: the literal parts around them are read, what they enclose never.
describe('ECS container definitions in a Terraform heredoc with template directives', () => {
  const DIRECTIVE_TF = [
    'resource "aws_ecs_task_definition" "web" {', // 1
    '  family = "acme-web"',
    '  container_definitions = <<-EOT',
    '    [',
    '      {', // 5
    '        "name": "web",',
    '        "image": "nginx:latest",',
    '        "user": "root",',
    '        "environment": [',
    '          %{ for k, v in var.env ~}', // 10
    '          {"name": "${k}", "value": "${v}"},',
    '          %{ endfor ~}',
    '          {"name": "NODE_ENV", "value": "development"},',
    `          {"name": "DB_PASSWORD", "value": "${SECRET}"}`,
    '        ],', // 15
    '        "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "$${aws_region}" } }',
    '      }',
    '    ]',
    '  EOT',
    '}', // 20
    '',
  ].join('\n');

  it('the QA reproduction: the image, user and environment written around a %{ for } loop are judged at their lines', async () => {
    expect(await findings(imageTagPinned, { 'tf/ecs.tf': DIRECTIVE_TF })).toEqual([expect.stringMatching(/^tf\/ecs\.tf:7:19 ecs\.tf aws_ecs_task_definition\.web container 'web' image nginx:latest uses the moving tag 'latest'/)]);
    expect(await findings(dockerfileNonRoot, { 'tf/ecs.tf': DIRECTIVE_TF })).toEqual([expect.stringMatching(/^tf\/ecs\.tf:8:18 .*runs as root \(user root\)/)]);
    expect(await findings(debugMode, { 'tf/ecs.tf': DIRECTIVE_TF })).toEqual([expect.stringMatching(/^tf\/ecs\.tf:13:42 .*NODE_ENV=development/)]);
    const secrets = await findings(hardcodedSecret, { 'tf/ecs.tf': DIRECTIVE_TF });
    expect(secrets).toEqual([expect.stringMatching(/^tf\/ecs\.tf:14:45 'DB_PASSWORD' is assigned a hard-coded secret value/)]);
  });

  it('never a finding from what a directive encloses: %{ if } and %{ for } bodies are set aside, else branches too', async () => {
    const tf = [
      'resource "aws_ecs_task_definition" "web" {',
      '  family = "acme-web"',
      '  container_definitions = <<EOT',
      '[',
      '  {',
      '    "name": "web",',
      '    "image": "acme/web:1.4.2",',
      '    %{ if var.debug }',
      '    "user": "root",',
      '    "command": ["npm", "run", "dev"],',
      '    %{ else }',
      '    "user": "10001",',
      '    %{ endif }',
      '    "environment": [',
      '      %{ if var.debug ~}',
      '      {"name": "NODE_ENV", "value": "development"},',
      `      {"name": "DB_PASSWORD", "value": "${SECRET}"},`,
      '      %{ endif ~}',
      '      {"name": "LOG_LEVEL", "value": "info"}',
      '    ]',
      '  }',
      '  %{ for name in var.sidecars ~}',
      '  ,{"name": "${name}", "image": "busybox:latest", "user": "0"}',
      '  %{ endfor ~}',
      ']',
      'EOT',
      '}',
      '',
    ].join('\n');
    for (const check of [imageTagPinned, dockerfileNonRoot, debugMode, hardcodedSecret, productionServer]) expect(await findings(check, { 'infra/ecs.tf': tf })).toEqual([]);
    // The literal image around the directives is judged (a pinned one: the item passes, not skipped).
    expect(await status(imageTagPinned, { 'infra/ecs.tf': tf })).toBe('pass');
  });

  it('a command list a directive was set aside from is not judged (what runs is not the literal rest)', async () => {
    const tf = [
      'resource "aws_ecs_task_definition" "web" {',
      '  family = "acme-web"',
      '  container_definitions = <<EOT',
      '[ { "name": "web", "image": "acme/web:1.4.2",',
      '    "command": ["flask", "run" %{ if var.prod }, "--no-debugger"%{ endif }] },',
      '  { "name": "worker", "image": "acme/web:1.4.2", "command": ["npm", "run", "dev"] } ]',
      'EOT',
      '}',
      '',
    ].join('\n');
    const out = await findings(productionServer, { 'infra/ecs.tf': tf });
    expect(out).toEqual([expect.stringMatching(/^infra\/ecs\.tf:6:50 .*container 'worker' command starts a development server: npm run dev/)]);
  });

  it('nothing left to read: an info note at container_definitions, never silence', async () => {
    const tf = [
      'resource "aws_ecs_task_definition" "loop" {',
      '  family = "acme-loop"',
      '  container_definitions = <<EOT',
      '[',
      '%{ for name in var.services ~}',
      '  {"name": "${name}", "image": "nginx:latest"},',
      '%{ endfor ~}',
      ']',
      'EOT',
      '}',
      'resource "aws_ecs_task_definition" "broken" {',
      '  family = "acme-broken"',
      '  container_definitions = <<EOT',
      '[ %{ if var.a }{"name": "a", "image": "nginx:latest"}]',
      'EOT',
      '}',
      '',
    ].join('\n');
    const out = await findings(imageTagPinned, { 'infra/ecs.tf': tf });
    expect(out).toEqual([
      expect.stringMatching(/^infra\/ecs\.tf:13:3 note ecs\.tf aws_ecs_task_definition\.broken container_definitions were not read: its template directives .* do not pair up; their images are not judged$/),
      expect.stringMatching(/^infra\/ecs\.tf:3:3 note ecs\.tf aws_ecs_task_definition\.loop container_definitions were not read: with its template directives .* set aside, no container definition is left to read/),
    ]);
    expect(out.join('\n')).not.toContain('latest');
  });

  it('escaped %%{ is a literal, not a directive: the heredoc is read as before, with no note', async () => {
    const tf = [
      'resource "aws_ecs_task_definition" "web" {',
      '  family = "acme-web"',
      '  container_definitions = <<EOT',
      '[ { "name": "web", "image": "nginx:latest", "environment": [ {"name": "FMT", "value": "%%{x}"} ] } ]',
      'EOT',
      '}',
      '',
    ].join('\n');
    expect(await findings(imageTagPinned, { 'infra/ecs.tf': tf })).toEqual([expect.stringMatching(/^infra\/ecs\.tf:4:30 .*nginx:latest/)]);
  });
});

// D6: registry ALB/NLB modules' own policy arguments are judged like a listener's ssl_policy, at the argument.
describe('tls-protocols-config: load balancer policies passed to registry modules', () => {
  const V8 = (listeners: string) => [
    'module "alb" {', // 1
    '  source  = "terraform-aws-modules/alb/aws"',
    '  version = "~> 8.7"',
    '  name    = "acme"',
    '', // 5
    '  listener_ssl_policy_default = "ELBSecurityPolicy-TLS-1-1-2017-01"',
    '',
    `  https_listeners = ${listeners}`,
    '}',
    '',
  ].join('\n');

  it('terraform-aws-modules/alb v8 listener_ssl_policy_default: a failure when a listener takes it, at the argument', async () => {
    const out = await findings(tlsProtocolsConfig, { 'infra/alb.tf': V8('[{ port = 443, protocol = "HTTPS", certificate_arn = "arn:aws:acm:eu-west-1:1:certificate/x" }]') });
    expect(out).toEqual(["infra/alb.tf:6:34 module 'alb' listener_ssl_policy_default ELBSecurityPolicy-TLS-1-1-2017-01 allows TLSv1.1; require TLS 1.2 or later"]);
    // Listeners Terraform computes may take it too: a failure.
    expect(await failures(tlsProtocolsConfig, { 'infra/alb.tf': V8('local.https_listeners') })).toHaveLength(1);
  });

  it('a default every literal https_listeners entry overrides applies to no listener: a note (the entries are judged themselves)', async () => {
    const out = await findings(tlsProtocolsConfig, { 'infra/alb.tf': V8('[{ port = 443, ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" }]') });
    expect(out).toEqual([expect.stringMatching(/^infra\/alb\.tf:6:34 note module 'alb' listener_ssl_policy_default ELBSecurityPolicy-TLS-1-1-2017-01 allows TLSv1\.1; require TLS 1\.2 or later \(every entry of the module call's https_listeners names its own ssl_policy/)]);
  });

  it('cloudposse alb/nlb arguments, an in-house module\'s, and the v2 security_policy argument', async () => {
    const tf = [
      'module "alb" {',
      '  source           = "cloudposse/alb/aws"',
      '  https_enabled    = true',
      '  https_ssl_policy = "ELBSecurityPolicy-2016-08"',
      '}',
      'module "nlb" {',
      '  source         = "cloudposse/nlb/aws"',
      '  tls_enabled    = true',
      '  tls_ssl_policy = "ELBSecurityPolicy-FS-1-1-2019-08" # weak',
      '}',
      'module "old" {',
      '  source          = "terraform-aws-modules/alb/aws"',
      '  version         = "~> 2.0"',
      '  security_policy = "ELBSecurityPolicy-2016-08"',
      '}',
      'module "edge" {',
      '  source         = "../modules/edge"',
      '  alb_ssl_policy = "ELBSecurityPolicy-TLS-1-0-2015-04"',
      '}',
      '',
    ].join('\n');
    expect(await findings(tlsProtocolsConfig, { 'infra/lb.tf': tf })).toEqual([
      "infra/lb.tf:14:22 load balancer security_policy ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1.1; require TLS 1.2 or later",
      "infra/lb.tf:18:21 module 'edge' alb_ssl_policy ELBSecurityPolicy-TLS-1-0-2015-04 allows TLSv1, TLSv1.1; require TLS 1.2 or later",
      "infra/lb.tf:4:23 module 'alb' https_ssl_policy ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1.1; require TLS 1.2 or later",
      "infra/lb.tf:9:21 module 'nlb' tls_ssl_policy ELBSecurityPolicy-FS-1-1-2019-08 allows TLSv1.1; require TLS 1.2 or later",
    ]);
  });

  it('strong policies pass (judged, not skipped); the module default when nothing is set, references, comments and nested keys are not judged', async () => {
    const strong = [
      'module "alb" {',
      '  source                      = "terraform-aws-modules/alb/aws"',
      '  listener_ssl_policy_default = "ELBSecurityPolicy-TLS13-1-2-2021-06"',
      '  # listener_ssl_policy_default = "ELBSecurityPolicy-2016-08"',
      '}',
      '',
    ].join('\n');
    expect(await findings(tlsProtocolsConfig, { 'infra/alb.tf': strong })).toEqual([]);
    expect(await status(tlsProtocolsConfig, { 'infra/alb.tf': strong })).toBe('pass');
    const unset = [
      'module "alb" {',
      '  source = "terraform-aws-modules/alb/aws"',
      '  listener_ssl_policy_default = var.policy',
      '  tags = { default_ssl_policy = "ELBSecurityPolicy-2016-08" }',
      '  settings = {',
      '    https_ssl_policy = "ELBSecurityPolicy-2016-08"',
      '  }',
      '}',
      'module "alb2" {',
      '  source  = "terraform-aws-modules/alb/aws"',
      '  version = "~> 8.0"',
      '  https_listeners = [{ port = 443 }]',
      '}',
      'resource "aws_lb_listener" "https" {',
      '  protocol   = "HTTPS"',
      '  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"',
      '}',
      '',
    ].join('\n');
    expect(await findings(tlsProtocolsConfig, { 'infra/alb.tf': unset })).toEqual([]);
  });
});
