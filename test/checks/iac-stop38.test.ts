/**
 * QA38 iac6 (fixer iacx):
 * D1 — a variable passed as a registry module call's argument (terraform-aws-modules/alb v9 `listeners[*].ssl_policy`, v8
 *      `listener_ssl_policy_default`, the cloudfront module's `viewer_certificate.minimum_protocol_version`) is followed to the
 *      value Terraform assigns it; one with no literal value is named in the skip reason.
 * D2 — hardcoded-secret judges the environment of the terraform-aws-modules/ecs module's containers as a task definition's.
 * D5 — SAM `AWS::Serverless::Api`/`HttpApi` `Domain.SecurityPolicy: TLS_1_0` (and in `Globals`) fails as the domain name it creates does.
 * D6 — Terraform TLS findings are at the value (inside its quotes), in `.tf` and `.tfvars` files alike.
 */
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of a check as `file:line:column note? message`, sorted, and the run's skip reason. */
async function judge(check: CheckDef, files: Record<string, string>): Promise<{ findings: string[]; fixes: string[]; skipped: string | undefined }> {
  const out = await runCase(check, { name: 'stop38-iacx', files });
  expect(out.error).toBeUndefined();
  const sorted = [...out.findings].sort((a, b) => `${a.file}:${String(a.line).padStart(5)}:${String(a.column).padStart(5)}`.localeCompare(`${b.file}:${String(b.line).padStart(5)}:${String(b.column).padStart(5)}`));
  return { findings: sorted.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`), fixes: sorted.map((f) => f.fix ?? ''), skipped: out.skipped };
}
const tls = (files: Record<string, string>) => judge(tlsProtocolsConfig, files);
const failing = (r: { findings: string[] }) => r.findings.filter((f) => !/^\S+ note /.test(f));

const WEAK = 'ELBSecurityPolicy-2016-08';
const STRONG = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
const VARS = (def?: string) => `variable "certificate_arn" { type = string }\nvariable "ssl_policy" {\n  type = string\n${def ? `  default = "${def}"\n` : ''}}\n`;

describe('D1: tls-protocols-config follows a variable passed to a registry module call', () => {
  const V9 = [
    'module "alb" {', // 1
    '  source  = "terraform-aws-modules/alb/aws"',
    '  version = "~> 9.0"',
    '  listeners = {',
    '    https = {', // 5
    '      port            = 443',
    '      protocol        = "HTTPS"',
    '      ssl_policy      = var.ssl_policy',
    '      certificate_arn = var.certificate_arn',
    '    }', // 10
    '  }',
    '}',
    '',
  ].join('\n');
  const V8 = (listeners: string) => [
    'module "alb_legacy" {', // 1
    '  source  = "terraform-aws-modules/alb/aws"',
    '  version = "~> 8.7"',
    `  https_listeners = ${listeners}`,
    '  listener_ssl_policy_default = var.ssl_policy', // 5
    '}',
    '',
  ].join('\n');

  it('the QA reproduction: alb v9 listeners[*].ssl_policy = var.ssl_policy, the production var-file weak: fails at its value', async () => {
    const out = await tls({ 'infra/main.tf': V9 + VARS(STRONG), 'infra/environments/prod.tfvars': `certificate_arn = "arn:aws:acm:eu-west-1:1:certificate/x"\nssl_policy      = "${WEAK}"\n` });
    expect(out.findings).toEqual([
      `infra/environments/prod.tfvars:2:20 module 'alb' load balancer listener ssl_policy ${WEAK} (variable "ssl_policy" as infra/environments/prod.tfvars sets it (passed with -var-file), which infra/main.tf:8 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later`,
    ]);
    expect(out.fixes[0]).toBe(`Set \`ssl_policy = "${STRONG}"\` in infra/environments/prod.tfvars (the value ssl_policy in infra/main.tf:8 gets).`);
    // terraform.tfvars, or the root default alone, reach it too; a strong value passes (judged, not skipped).
    expect(failing(await tls({ 'infra/main.tf': V9 + VARS(STRONG), 'infra/terraform.tfvars': `ssl_policy = "${WEAK}"\n` }))).toEqual([expect.stringMatching(/^infra\/terraform\.tfvars:1:15 module 'alb' load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(variable "ssl_policy" as infra\/terraform\.tfvars sets it/)]);
    expect(failing(await tls({ 'infra/main.tf': V9 + VARS(WEAK) }))).toEqual([expect.stringMatching(/^infra\/main\.tf:16:14 module 'alb' load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(the default of variable "ssl_policy", which infra\/main\.tf:8 uses/)]);
    expect(await tls({ 'infra/main.tf': V9 + VARS(STRONG), 'infra/environments/prod.tfvars': `ssl_policy = "${STRONG}"\n` })).toEqual({ findings: [], fixes: [], skipped: undefined });
  });

  it('alb v8 listener_ssl_policy_default = var.x: judged when a listener takes it, a note when none does (as its literal)', async () => {
    const tfvars = { 'infra/terraform.tfvars': `ssl_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"\n` };
    expect((await tls({ 'infra/main.tf': V8('[{ port = 443, protocol = "HTTPS" }]') + VARS(), ...tfvars })).findings).toEqual([
      `infra/terraform.tfvars:1:15 module 'alb_legacy' listener_ssl_policy_default ELBSecurityPolicy-TLS-1-1-2017-01 (variable "ssl_policy" as infra/terraform.tfvars sets it, which infra/main.tf:5 uses) allows TLSv1.1; require TLS 1.2 or later`,
    ]);
    const none = await tls({ 'infra/main.tf': V8('[{ port = 443, ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" }]') + VARS(), ...tfvars });
    expect(failing(none)).toEqual([]);
    expect(none.findings).toEqual([expect.stringMatching(/^infra\/terraform\.tfvars:1:15 note module 'alb_legacy' listener_ssl_policy_default .*\(every entry of the module call's https_listeners names its own ssl_policy/)]);
  });

  it('the cloudfront module\'s viewer_certificate map; CloudFront\'s default certificate is not judged', async () => {
    const cdn = (cert: string) => `module "cdn" {\n  source  = "terraform-aws-modules/cloudfront/aws"\n  viewer_certificate = {\n${cert}\n    minimum_protocol_version = var.cf_min_tls\n  }\n}\n\nvariable "cf_min_tls" { type = string }\n`;
    const tfvars = { 'terraform.tfvars': 'cf_min_tls = "TLSv1_2016"\n' };
    expect(failing(await tls({ 'main.tf': cdn('    acm_certificate_arn = var.certificate_arn,\n    ssl_support_method  = "sni-only"'), ...tfvars }))).toEqual([
      `terraform.tfvars:1:15 module 'cdn' CloudFront minimum_protocol_version "TLSv1_2016" (variable "cf_min_tls" as terraform.tfvars sets it, which main.tf:6 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later`,
    ]);
    expect(failing(await tls({ 'main.tf': cdn('    cloudfront_default_certificate = true'), ...tfvars }))).toEqual([]);
  });

  it('a variable with no literal value anywhere: the skip reason names it (not "no TLS policy")', async () => {
    const out = await tls({ 'infra/main.tf': V9 + VARS() });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toBe('the Terraform TLS policies are set from variables with no literal value in the repository to judge (var.ssl_policy in infra/main.tf)');
  });

  it('a registry call inside a module of the repository: followed up through that module\'s callers', async () => {
    const out = await tls({
      'modules/lb/main.tf': 'module "alb" {\n  source = "terraform-aws-modules/alb/aws"\n  listeners = {\n    https = {\n      protocol   = "HTTPS"\n      ssl_policy = var.policy\n    }\n  }\n}\n\nvariable "policy" { type = string }\n',
      'envs/prod/main.tf': `module "lb" {\n  source = "../../modules/lb"\n  policy = "${WEAK}"\n}\n`,
    });
    expect(failing(out)).toEqual([expect.stringMatching(/^envs\/prod\/main\.tf:3:13 module 'alb' load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(module "lb" argument policy, which modules\/lb\/main\.tf:6 uses\)/)]);
  });

  it('precision: a call of a module of the repository is followed from the module (one finding); other arguments are not TLS settings', async () => {
    const out = await tls({
      'main.tf': `module "web" {\n  source     = "./modules/web"\n  ssl_policy = var.ssl_policy\n}\n\n${VARS()}`,
      'modules/web/main.tf': 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}\n\nvariable "ssl_policy" { type = string }\n',
      'terraform.tfvars': `ssl_policy = "${WEAK}"\n`,
    });
    expect(out.findings).toEqual([expect.stringMatching(/^terraform\.tfvars:1:15 load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(variable "ssl_policy" as terraform\.tfvars sets it, which modules\/web\/main\.tf:3 uses\)/)]);
    // A Cloud Armor policy passed to a module as `security_policy`, and a certificate: no TLS setting, nothing judged.
    const armor = await tls({ 'main.tf': 'module "lb" {\n  source          = "GoogleCloudPlatform/lb-http/google"\n  security_policy = var.armor\n  ssl_certificates = var.certs\n}\n\nvariable "armor" {\n  default = "projects/p/global/securityPolicies/edge"\n}\n' });
    expect(armor.findings).toEqual([]);
  });
});

describe('D2: hardcoded-secret reads the terraform-aws-modules/ecs module\'s container environment', () => {
  const ECS = [
    'module "ecs" {', // 1
    '  source  = "terraform-aws-modules/ecs/aws"',
    '  version = "~> 5.11"',
    '  services = {',
    '    orders-api = {', // 5
    '      container_definitions = {',
    '        api = {',
    '          image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.2.3"',
    '          environment = [',
    '            { name = "DATABASE_PASSWORD", value = "Xk9#mQ2vL8pR4tZw7Nc" },', // 10
    '            { name = "JWT_SECRET", value = "9f8c2b7e4a1d6f3b0c5e8a2d7f4b1c9e6a3d0f7b" },',
    '            { name = "ADMIN_PASSWORD", value = "changeme" },',
    '            { name = "API_KEY", value = var.api_key },',
    '            { name = "DB_PASSWORD_SECRET_ARN", value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/db-AbCdEf" },',
    '            { name = "LOG_LEVEL", value = "Xk9#mQ2vL8pR4tZw7Nc" },', // 15
    '          ]',
    '          secrets = [{ name = "STRIPE_KEY", valueFrom = "arn:aws:ssm:eu-west-1:123456789012:parameter/stripe" }]',
    '        }',
    '      }',
    '    }', // 20
    '  }',
    '}',
    '',
  ].join('\n');

  it('the QA reproduction: the secret-named plaintext values fail at the value; a placeholder is default-credentials\', references and ARNs pass', async () => {
    const out = await judge(hardcodedSecret, { 'main.tf': ECS });
    expect(out.findings).toEqual([
      expect.stringMatching(/^main\.tf:10:52 'DATABASE_PASSWORD' is assigned a hard-coded secret value/),
      expect.stringMatching(/^main\.tf:11:45 'JWT_SECRET' is assigned a hard-coded secret value/),
    ]);
    // The weak one stays default-credentials' (one finding per value).
    expect((await judge(defaultCredentials, { 'main.tf': ECS })).findings).toEqual([expect.stringMatching(/^main\.tf:12:49 ADMIN_PASSWORD \(main\.tf module\.ecs service 'orders-api' container 'api' environment\)/)]);
    // Another module's `environment` list is not a container's.
    expect((await judge(hardcodedSecret, { 'main.tf': ECS.replace('terraform-aws-modules/ecs/aws', 'acme/widgets/aws') })).findings).toEqual([]);
  });

  it('the service and container-definition submodules alike', async () => {
    const service = 'module "svc" {\n  source = "terraform-aws-modules/ecs/aws//modules/service"\n  container_definitions = {\n    api = {\n      environment = [\n        { name = "SECRET_KEY", value = "q8W#e4R!t7Y@u1I$o3P%a6S^d9F&g2H*" },\n      ]\n    }\n  }\n}\n';
    expect((await judge(hardcodedSecret, { 'svc.tf': service })).findings).toEqual([expect.stringMatching(/^svc\.tf:6:41 'SECRET_KEY' is assigned a hard-coded secret value/)]);
    const def = 'module "api" {\n  source = "terraform-aws-modules/ecs/aws//modules/container-definition"\n  name   = "api"\n  image  = "nginx:1.27"\n  environment = [\n    { name = "SECRET_KEY", value = "q8W#e4R!t7Y@u1I$o3P%a6S^d9F&g2H*" },\n  ]\n}\n';
    expect((await judge(hardcodedSecret, { 'def.tf': def })).findings).toEqual([expect.stringMatching(/^def\.tf:6:37 'SECRET_KEY' is assigned a hard-coded secret value/)]);
  });
});

describe('D5: SAM API Domain.SecurityPolicy', () => {
  const SAM = (api: string, http: string, extra = '') => [
    'AWSTemplateFormatVersion: "2010-09-09"', // 1
    'Transform: AWS::Serverless-2016-10-31',
    extra,
    'Resources:',
    '  OrdersApi:', // 5
    '    Type: AWS::Serverless::Api',
    '    Properties:',
    '      StageName: prod',
    '      Domain:',
    '        DomainName: api.example.com', // 10
    '        CertificateArn: arn:aws:acm:eu-west-1:1:certificate/x',
    `        SecurityPolicy: ${api}`,
    '  OrdersHttpApi:',
    '    Type: AWS::Serverless::HttpApi',
    '    Properties:', // 15
    '      Domain:',
    '        DomainName: v2.example.com',
    '        CertificateArn: arn:aws:acm:eu-west-1:1:certificate/x',
    `        SecurityPolicy: ${http}`,
    '',
  ].join('\n');

  it('the QA reproduction: TLS_1_0 on a SAM Api and HttpApi fails at the value; TLS_1_2 passes (judged); a reference is not judged', async () => {
    const out = await tls({ 'template.yaml': SAM('TLS_1_0', 'TLS_1_0') });
    expect(out.findings).toEqual([
      "template.yaml:12:25 SAM API 'OrdersApi' Domain.SecurityPolicy TLS_1_0 allows TLSv1, TLSv1.1; require TLS 1.2 or later",
      "template.yaml:19:25 SAM HTTP API 'OrdersHttpApi' Domain.SecurityPolicy TLS_1_0 allows TLSv1, TLSv1.1; require TLS 1.2 or later",
    ]);
    expect(out.fixes[0]).toMatch(/^Set `Domain\.SecurityPolicy: TLS_1_2`/);
    expect(await tls({ 'template.yaml': SAM('TLS_1_2', 'TLS_1_2') })).toEqual({ findings: [], fixes: [], skipped: undefined });
    expect((await tls({ 'template.yaml': SAM('!Ref Policy', 'TLS_1_2') })).findings).toEqual([]);
  });

  it('Globals.Api Domain: fails when an API takes it (one without its own SecurityPolicy, or the implicit API of Api events)', async () => {
    const globals = 'Globals:\n  Api:\n    Domain:\n      SecurityPolicy: TLS_1_0';
    // Both APIs set their own: nothing takes the Globals value.
    expect((await tls({ 'template.yaml': SAM('TLS_1_2', 'TLS_1_2', globals) })).findings).toEqual([]);
    const fn = '\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Events:\n        Get:\n          Type: Api\n          Properties: { Path: /, Method: get }\n';
    expect((await tls({ 'template.yaml': SAM('TLS_1_2', 'TLS_1_2', globals) + fn })).findings).toEqual([
      "template.yaml:6:23 SAM Globals.Api Domain.SecurityPolicy TLS_1_0 (taken by the implicit API of the functions' Api events) allows TLSv1, TLSv1.1; require TLS 1.2 or later",
    ]);
    const own = SAM('TLS_1_2', 'TLS_1_2', globals).replace('        SecurityPolicy: TLS_1_2\n  OrdersHttpApi', '  OrdersHttpApi');
    expect((await tls({ 'template.yaml': own })).findings).toEqual([expect.stringMatching(/^template\.yaml:6:23 SAM Globals\.Api Domain\.SecurityPolicy TLS_1_0 \(taken by 'OrdersApi'\)/)]);
  });

  it('a JSON SAM template alike', async () => {
    const json = JSON.stringify({ Transform: 'AWS::Serverless-2016-10-31', Resources: { Api: { Type: 'AWS::Serverless::Api', Properties: { StageName: 'prod', Domain: { DomainName: 'a.example.com', SecurityPolicy: 'TLS_1_0' } } } } }, null, 2);
    expect((await tls({ 'template.json': json })).findings).toEqual([expect.stringMatching(/^template\.json:\d+:\d+ SAM API 'Api' Domain\.SecurityPolicy TLS_1_0 allows/)]);
  });
});

describe('D6: Terraform TLS findings are at the value, inside its quotes', () => {
  it('resources, a module call\'s own argument, a classic ELB policy attribute', async () => {
    const out = await tls({
      'lb.tf': [
        'resource "aws_lb_listener" "https" {', // 1
        '  protocol   = "HTTPS"',
        `  ssl_policy = "${WEAK}"`,
        '}',
        'resource "azurerm_linux_web_app" "app" {', // 5
        '  site_config {',
        '    minimum_tls_version     = "1.0"',
        '  }',
        '}',
        'module "alb" {', // 10
        '  source                      = "terraform-aws-modules/alb/aws"',
        '  https_listeners             = [{ port = 443 }]',
        `  listener_ssl_policy_default = "${WEAK}"`,
        '}',
        'resource "aws_load_balancer_policy" "tls" {', // 15
        '  policy_type_name = "SSLNegotiationPolicyType"',
        '  policy_attribute {',
        '    name  = "Reference-Security-Policy"',
        `    value = "${WEAK}"`,
        '  }', // 20
        '}',
        '',
      ].join('\n'),
    });
    expect(out.findings.map((f) => f.split(' ')[0])).toEqual(['lb.tf:3:17', 'lb.tf:7:32', 'lb.tf:13:34', 'lb.tf:19:14']);
  });

  it('the QA reproduction: a weak value in a .tfvars file is at the value, not column 1', async () => {
    const out = await tls({
      'envs/prod/main.tf': 'module "svc" {\n  source     = "../../modules/service"\n  ssl_policy = var.ssl_policy\n}\n\nvariable "ssl_policy" { type = string }\n',
      'envs/prod/terraform.tfvars': `name            = "orders"\nssl_policy      = "${WEAK}"\n`,
      'modules/service/main.tf': 'resource "aws_lb_listener" "https" {\n  ssl_policy = var.ssl_policy\n}\n\nvariable "ssl_policy" { type = string }\n',
    });
    expect(out.findings.map((f) => f.split(' ')[0])).toEqual(['envs/prod/terraform.tfvars:2:20']);
  });
});
