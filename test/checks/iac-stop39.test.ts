import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings as `file:line:column note? message` (messages cut at `;`), sorted, and the run's skip reason. */
async function run(check: CheckDef, files: Record<string, string>): Promise<{ findings: string[]; skipped: string | undefined }> {
  const out = await runCase(check, { name: 'iac-stop39', files });
  expect(out.error).toBeUndefined();
  const sorted = [...out.findings].sort((a, b) => `${a.file}:${a.line}`.localeCompare(`${b.file}:${b.line}`, 'en', { numeric: true }));
  return { findings: sorted.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`), skipped: out.skipped };
}

// QA39 iac7 D1: SAM's Globals.Api/HttpApi Domain applies to the implicit API SAM creates for the functions' events.
describe('tls-protocols-config: SAM Globals domain taken by the implicit API', () => {
  const globals = (section: string, policy: string) => `Globals:\n  ${section}:\n    Domain:\n      DomainName: api.example.com\n      CertificateArn: arn:aws:acm:eu-west-1:1:certificate/x\n      SecurityPolicy: ${policy}\n`;
  const fn = (event: string, props = '{ Path: /orders, Method: get }') => `Resources:\n  ListFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: list.handler\n      Runtime: python3.12\n      Events:\n        Ev:\n          Type: ${event}\n          Properties: ${props}\n`;
  const head = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n";

  it('fails Globals.Api / Globals.HttpApi TLS_1_0 when only functions with Api/HttpApi events take it (no AWS::Serverless::Api in the file)', async () => {
    expect((await run(tlsProtocolsConfig, {
      'a/template.yaml': head + globals('Api', 'TLS_1_0') + fn('Api'),
      'd/template.yaml': head + globals('HttpApi', 'TLS_1_0') + fn('HttpApi'),
      // Without AWSTemplateFormatVersion (sam init writes none).
      'e/template.yaml': 'Transform: AWS::Serverless-2016-10-31\n' + globals('Api', 'TLS_1_0') + fn('Api'),
    })).findings).toEqual([
      "a/template.yaml:8:23 SAM Globals.Api Domain.SecurityPolicy TLS_1_0 (taken by the implicit API of the functions' Api events) allows TLSv1, TLSv1.1",
      "d/template.yaml:8:23 SAM Globals.HttpApi Domain.SecurityPolicy TLS_1_0 (taken by the implicit HTTP API of the functions' HttpApi events) allows TLSv1, TLSv1.1",
      "e/template.yaml:7:23 SAM Globals.Api Domain.SecurityPolicy TLS_1_0 (taken by the implicit API of the functions' Api events) allows TLSv1, TLSv1.1",
    ]);
  });

  it('no API takes it: functions without Api events, an HttpApi section for Api events, or events naming an explicit API with its own policy', async () => {
    const out = await run(tlsProtocolsConfig, {
      'sched/template.yaml': head + globals('Api', 'TLS_1_0') + fn('Schedule', '{ Schedule: rate(5 minutes) }'),
      'other/template.yaml': head + globals('HttpApi', 'TLS_1_0') + fn('Api'),
      'explicit/template.yaml': head + globals('Api', 'TLS_1_0') + fn('Api', '{ Path: /orders, Method: get, RestApiId: !Ref MyApi }')
        + '  MyApi:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:x\n        SecurityPolicy: TLS_1_2\n',
    });
    expect(out.findings).toEqual([]);
  });

  it('a TLS_1_2 Globals domain is judged and passes (the item applies)', async () => {
    expect(await run(tlsProtocolsConfig, { 'template.yaml': head + globals('Api', 'TLS_1_2') + fn('Api') })).toEqual({ findings: [], skipped: undefined });
  });
});

// QA39 iac7 D2: the JSON form of Terraform variable files is read as `.tfvars` is.
describe('default-credentials: terraform.tfvars.json and *.auto.tfvars.json', () => {
  const main = 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\nvariable "db_username" { type = string }\nresource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = var.db_username\n  password = var.db_password\n}\n';

  it('a placeholder and a password equal to the user name beside it fail at the value, as in .tfvars', async () => {
    expect((await run(defaultCredentials, {
      'a/main.tf': main, 'a/terraform.tfvars': 'db_username = "orders"\ndb_password = "changeme"\n',
      'b/main.tf': main, 'b/terraform.tfvars.json': '{\n  "db_username": "orders",\n  "db_password": "changeme"\n}\n',
      'c/main.tf': main, 'c/prod.auto.tfvars.json': '{\n  "db_username": "orders",\n  "db_password": "orders"\n}\n',
      // An object value's entries are read among themselves.
      'd/main.tf': main, 'd/terraform.tfvars.json': '{\n  "db": {\n    "username": "orders",\n    "password": "orders"\n  },\n  "region": "eu-west-1"\n}\n',
    })).findings).toEqual([
      'a/terraform.tfvars:2:16 db_password is set to a placeholder value',
      'b/terraform.tfvars.json:3:19 db_password is set to a placeholder value',
      'c/prod.auto.tfvars.json:3:19 db_password is set to the user name of db_username',
      'd/terraform.tfvars.json:4:18 password is set to the user name of username',
    ]);
  });

  it('a development variable file gives a note; a strong value, a number and a secret name pass', async () => {
    expect((await run(defaultCredentials, {
      'main.tf': main,
      'dev.tfvars.json': '{ "db_password": "changeme" }\n',
      'terraform.tfvars.json': '{\n  "db_username": "orders",\n  "db_password": "Xq7vK2mPz9Lw4Rt8",\n  "db_port": 5432,\n  "db_password_secret_name": "prod/db/password"\n}\n',
    })).findings).toEqual(['dev.tfvars.json:1:19 note db_password is set to a placeholder value']);
  });
});

// QA39 iac7 D3: an ECS image Terraform interpolates is judged by its literal text; a variable in it is followed.
describe('image-tag-pinned: Terraform ECS images written with interpolations', () => {
  const td = (image: string, name = 'app') => `resource "aws_ecs_task_definition" "${name}" {\n  family = "${name}"\n  container_definitions = jsonencode([\n    {\n      name  = "${name}"\n      image = "${image}"\n    }\n  ])\n}\n`;

  it('a literal moving tag fails whatever the interpolated repository; a literal version passes', async () => {
    expect((await run(imageTagPinned, {
      'ecr.tf': td('${aws_ecr_repository.app.repository_url}:latest'),
      'each.tf': td('public.ecr.aws/acme/${each.key}:latest', 'workers'),
      'pinned.tf': td('${aws_ecr_repository.app.repository_url}:1.4.2', 'pinned'),
      // A heredoc of JSON: the same string.
      'heredoc.tf': 'resource "aws_ecs_task_definition" "h" {\n  family = "h"\n  container_definitions = <<EOF\n[{ "name": "h", "image": "${var.registry}/h:latest", "essential": true }]\nEOF\n}\n',
    })).findings).toEqual([
      "each.tf:6:16 each.tf aws_ecs_task_definition.workers container 'workers' image public.ecr.aws/acme/${each.key}:latest uses the moving tag 'latest'",
      "ecr.tf:6:16 ecr.tf aws_ecs_task_definition.app container 'app' image ${aws_ecr_repository.app.repository_url}:latest uses the moving tag 'latest'",
      "heredoc.tf:4:27 heredoc.tf aws_ecs_task_definition.h container 'h' image ${var.registry}/h:latest uses the moving tag 'latest'",
    ]);
  });

  it('an interpolated variable is followed to its default and .tfvars values; a tag no literal value reaches is an unverifiable note', async () => {
    const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop-web:${var.image_tag}';
    const variable = (def: string) => `variable "image_tag" {\n  type = string\n${def}}\n`;
    expect((await run(imageTagPinned, { 'main.tf': variable('  default = "latest"\n') + td(image, 'web') })).findings).toEqual([
      `main.tf:10:16 main.tf aws_ecs_task_definition.web container 'web' image ${image} uses the moving tag 'latest' (var.image_tag: the default of variable "image_tag", main.tf:3)`,
    ]);
    // terraform.tfvars decides over the default (both ways).
    expect((await run(imageTagPinned, { 'main.tf': variable('  default = "latest"\n') + td(image, 'web'), 'terraform.tfvars': 'image_tag = "2024.06.1"\n' })).findings).toEqual([]);
    expect((await run(imageTagPinned, { 'main.tf': variable('  default = "1.0.0"\n') + td(image, 'web'), 'terraform.tfvars.json': '{ "image_tag": "latest" }\n' })).findings).toEqual([
      `main.tf:10:16 main.tf aws_ecs_task_definition.web container 'web' image ${image} uses the moving tag 'latest' (var.image_tag: variable "image_tag" as terraform.tfvars.json sets it, terraform.tfvars.json:1)`,
    ]);
    // Another environment's variable file: a note.
    expect((await run(imageTagPinned, { 'main.tf': variable('  default = "1.0.0"\n') + td(image, 'web'), 'envs/staging.tfvars': 'image_tag = "latest"\n' })).findings).toEqual([
      `main.tf:10:16 note main.tf aws_ecs_task_definition.web container 'web' image ${image} uses the moving tag 'latest' (var.image_tag: variable "image_tag" as envs/staging.tfvars sets it (passed with -var-file), envs/staging.tfvars:1)`,
    ]);
    // Set by CI (`-var image_tag=$GITHUB_SHA`), or computed: unverifiable, as `app:$TAG` is.
    expect((await run(imageTagPinned, { 'main.tf': variable('') + td(image, 'web'), 'each.tf': td('acme/api:${each.value.tag}', 'api') })).findings).toEqual([
      "each.tf:6:16 note each.tf aws_ecs_task_definition.api container 'api' image acme/api:${each.value.tag} is unverifiable: its tag comes from a variable without a default (each.value.tag is a value Terraform computes)",
      `main.tf:9:16 note main.tf aws_ecs_task_definition.web container 'web' image ${image} is unverifiable: its tag comes from a variable without a default (var.image_tag has no literal value in the repository)`,
    ]);
  });

  it('a value set through a module call of the repository and a local value are followed as for TLS settings', async () => {
    const mod = 'variable "tag" { type = string }\n' + td('acme/api:${var.tag}', 'api');
    expect((await run(imageTagPinned, {
      'modules/svc/main.tf': mod,
      'envs/prod/main.tf': 'module "svc" {\n  source = "../../modules/svc"\n  tag    = "latest"\n}\n',
      'locals.tf': 'locals {\n  web_tag = "stable-latest"\n}\n' + td('acme/web:${local.web_tag}', 'web'),
    })).findings).toEqual([
      "locals.tf:9:16 locals.tf aws_ecs_task_definition.web container 'web' image acme/web:${local.web_tag} uses the moving tag 'stable-latest' (local.web_tag: the value of local \"web_tag\", locals.tf:2)",
      "modules/svc/main.tf:7:16 main.tf aws_ecs_task_definition.api container 'api' image acme/api:${var.tag} uses the moving tag 'latest' (var.tag: module \"svc\" argument tag, envs/prod/main.tf:3)",
    ]);
  });
});

// QA39 iac7 D7: JSON and `jsonencode` values are reported at the first character inside their quotes in every check.
describe('values in JSON and Terraform strings are reported inside their quotes', () => {
  it('image-tag-pinned and dockerfile-non-root: ECS task definition JSON and jsonencode', async () => {
    const files = {
      'taskdefs/task-definition.json': '{\n  "family": "web",\n  "containerDefinitions": [\n    {\n      "name": "web",\n      "image": "ghcr.io/acme/shop-web:latest",\n      "user": "0"\n    }\n  ]\n}\n',
      'ecs.tf': 'resource "aws_ecs_task_definition" "api" {\n  family = "api"\n  container_definitions = jsonencode([\n    {\n      name  = "api"\n      image = "nginx:latest"\n      user  = "root"\n    }\n  ])\n}\n',
    };
    expect((await run(imageTagPinned, files)).findings.map((f) => f.split(' ')[0])).toEqual(['ecs.tf:6:16', 'taskdefs/task-definition.json:6:17']);
    expect((await run(dockerfileNonRoot, files)).findings.map((f) => f.split(' ')[0])).toEqual(['ecs.tf:7:16', 'taskdefs/task-definition.json:7:16']);
  });

  it('tls-protocols-config: CloudFormation JSON and terraform.tfvars.json', async () => {
    const cfn = '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Listener": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": {\n        "Protocol": "HTTPS",\n        "SslPolicy": "ELBSecurityPolicy-2016-08"\n      }\n    }\n  }\n}\n';
    const tf = { 'tf/main.tf': 'variable "ssl_policy" { type = string }\nresource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}\n', 'tf/terraform.tfvars.json': '{"ssl_policy": "ELBSecurityPolicy-2016-08"}\n' };
    expect((await run(tlsProtocolsConfig, { 'cfn/app.template.json': cfn, ...tf })).findings.map((f) => f.split(' ')[0])).toEqual(['cfn/app.template.json:8:23', 'tf/terraform.tfvars.json:1:17']);
  });
});

// QA39 iac7 D4 (its skip reason only): with a Terragrunt configuration whose inputs cannot be read (a computed input), the reason
// does not claim no value exists. (Stop 40 reads Terragrunt inputs: test/checks/terragrunt-inputs.test.ts.)
describe('tls-protocols-config: a Terragrunt repository\'s skip reason', () => {
  const module = { 'modules/alb/main.tf': 'variable "ssl_policy" { type = string }\nresource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}\n' };

  it('says what Terragrunt configurations are not read, not that the repository holds no literal value', async () => {
    expect((await run(tlsProtocolsConfig, { ...module, 'live/prod/alb/terragrunt.hcl': 'terraform {\n  source = "../../../modules/alb"\n}\ninputs = {\n  ssl_policy = dependency.config.outputs.policy\n}\n' })).skipped)
      .toBe('the Terraform TLS policies are set from variables with no literal value in the Terraform, .tfvars or terragrunt.hcl files to judge (var.ssl_policy in modules/alb/main.tf); a Terragrunt configuration whose `source` is not a folder of the repository, or whose inputs are computed, is not read');
    expect((await run(tlsProtocolsConfig, module)).skipped).toBe('the Terraform TLS policies are set from variables with no literal value in the repository to judge (var.ssl_policy in modules/alb/main.tf)');
  });
});
