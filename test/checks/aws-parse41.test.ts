import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { awsDeploy } from '../../src/checks/util/ecs.js';
import { terraformBreak } from '../../src/checks/util/hcl.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

// QA stop 41 iac9 D3: an unreadable AWS descriptor is named in the skip reasons of the checks that would read it (as a compose
// file is), never a green pass; a Terraform file whose braces do not balance is a parse error.

const outcome = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { findings: out.findings.length, skipped: out.skipped };
};

// A trailing comma: not valid JSON.
const BROKEN_TASKDEF = '{\n  "family": "web",\n  "containerDefinitions": [\n    { "name": "web", "image": "nginx:latest", }\n  ]\n}\n';
const BROKEN_CFN = '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Listener": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": {\n        "Port": 443,\n        "SslPolicy": "ELBSecurityPolicy-2016-08",\n      }\n    }\n  }\n}\n';
const UNREAD = 'no ECS task definition could be read: task-definition.json: parse-error (see that finding)';

describe('an ECS task definition or CloudFormation template that does not parse is named in skip reasons (D3a)', () => {
  it('default-credentials is skipped naming it, not passed, when it is the only input', async () => {
    expect(await outcome(defaultCredentials, { 'task-definition.json': BROKEN_TASKDEF })).toEqual({ findings: 0, skipped: `no other deploy config, env file, settings or code, and ${UNREAD}` });
  });

  it('image-tag-pinned and debug-mode name it after what else they read', async () => {
    expect((await outcome(imageTagPinned, { 'task-definition.json': BROKEN_TASKDEF })).skipped).toBe(`no Dockerfile FROM, compose image or Kubernetes container image, and ${UNREAD}`);
    expect((await outcome(debugMode, { 'task-definition.json': BROKEN_TASKDEF })).skipped).toBe(`no deploy config, production env file, settings module or framework configuration, and ${UNREAD}`);
  });

  it('tls-protocols-config names a CloudFormation template with a load balancer that does not parse', async () => {
    expect((await outcome(tlsProtocolsConfig, { 'stack.template.json': BROKEN_CFN })).skipped).toBe('no nginx config, application code or deploy files, and no CloudFormation template could be read: stack.template.json: parse-error (see that finding)');
    // `Fn::Sub` strings hold `${…}`: a template broken elsewhere is still named.
    const sub = BROKEN_CFN.replace('"Port": 443,', '"Port": 443,\n        "LoadBalancerArn": { "Fn::Sub": "arn:aws:elasticloadbalancing:${AWS::Region}:lb" },');
    expect((await outcome(tlsProtocolsConfig, { 'cdk.out/Stack.template.json': sub })).skipped).toBe('no nginx config, application code or deploy files, and no CloudFormation template could be read: cdk.out/Stack.template.json: parse-error (see that finding)');
    const yaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Port: 443\n     SslPolicy: ELBSecurityPolicy-2016-08\n';
    expect((await outcome(tlsProtocolsConfig, { 'template.yaml': yaml })).skipped).toBe('no nginx config, application code or deploy files, and no CloudFormation template could be read: template.yaml: parse-error (see that finding)');
  });

  it('a valid descriptor, a template with placeholders rendered before deploy and other broken JSON change nothing', async () => {
    const fixed = BROKEN_TASKDEF.replace('"nginx:latest", }', '"nginx:1.27" }');
    expect(await outcome(defaultCredentials, { 'task-definition.json': fixed })).toEqual({ findings: 0, skipped: undefined });
    // `{{ cpu }}` is filled in before deploy: not reported as unreadable.
    const templated = '{\n  "family": "web",\n  "cpu": {{ cpu }},\n  "containerDefinitions": []\n}\n';
    expect((await outcome(imageTagPinned, { 'task-definition.json': templated })).skipped).toBe('no Dockerfile FROM, compose image or Kubernetes container image');
    expect((await outcome(imageTagPinned, { 'data/settings.json': '{ "a": 1, }' })).skipped).toBe('no Dockerfile FROM, compose image or Kubernetes container image');
  });

  it('a descriptor under a test folder is not named (the checks do not read it)', async () => {
    expect((await outcome(imageTagPinned, { 'test/fixtures/task-definition.json': BROKEN_TASKDEF })).skipped).toBe('no Dockerfile FROM, compose image or Kubernetes container image');
  });
});

describe('Terraform files whose braces do not balance are parse errors (D3b)', () => {
  const problems = (files: Record<string, string>) => {
    const snap = snapshotOf(files);
    awsDeploy(snap.view(() => true));
    return snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
  };

  it('a block never closed is reported at its `{`, a `}` closing nothing at itself', () => {
    const unclosed = 'resource "aws_lb_listener" "https" {\n  port = 443\n  default_action {\n    type = "forward"\n  }\n';
    const extra = 'resource "aws_lambda_function" "g" {\n  function_name = "g"\n}}\n';
    expect(problems({ 'main.tf': unclosed, 'c.tf': extra })).toEqual([
      'c.tf:3:2 a `}` that closes no block or object opened before it; Terraform refuses the file (the resources and modules after that place were not read)',
      'main.tf:1:36 a `{` that is never closed (an unclosed configuration block); Terraform refuses the file (the resources and modules after that place were not read)',
    ]);
  });

  it('a Lambda function before a stray `}` is still read (what closes before the break)', async () => {
    const text = 'resource "aws_lambda_function" "g" {\n  function_name = "g"\n  environment {\n    variables = {\n      FLASK_ENV = "development"\n    }\n  }\n}\n}\n';
    const out = await runCase(debugMode, { name: 'x', files: { 'c.tf': text } });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['c.tf:5']);
  });

  it('braces in strings, interpolations, comments, heredocs and template directives do not count', () => {
    const valid = [
      '# a comment with a { brace',
      '// another }',
      '/* and a block { comment */',
      'locals {',
      '  name   = "web-${var.env == "prod" ? "{" : "}"}"',
      '  tags   = { for k, v in var.tags : k => "${v}}" }',
      '  escaped = "$${literal} %%{ not a directive }"',
      '  script = <<-EOT',
      '    #!/bin/sh',
      '    if [ -n "$X" ]; then { echo "{"; }',
      '    %{ for s in var.services ~}',
      '    echo ${s}',
      '    %{ endfor ~}',
      '  EOT',
      '  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:*"] }] })',
      '}',
      'module "eks" {',
      '  pre_bootstrap_user_data = <<-EOT',
      '    cat <<-EOF > /etc/profile.d/bootstrap.sh',
      '    export KUBELET_EXTRA_ARGS="{--max-pods=110"',
      '    EOF',
      '  EOT',
      '  private_subnets = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 4, k)]',
      '  tags = { "kubernetes.io/cluster/${local.name}" = "shared" } # see https://example.com/{x}',
      '}',
      'resource "aws_instance" "x" { user_data = <<EOF',
      '}}}',
      'EOF',
      '}',
      'module "alb" {',
      '  source = "terraform-aws-modules/alb/aws"',
      '  listeners = { https = { port = 443 } }',
      '}',
    ].join('\r\n');
    expect(terraformBreak(valid)).toBeNull();
    expect(problems({ 'main.tf': valid, 'b.tofu': valid })).toEqual([]);
  });
});
