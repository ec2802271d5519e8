import { describe, expect, it } from 'vitest';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings as `file:line:column note? message`, sorted, and the run's skip reason. */
async function judge(files: Record<string, string>): Promise<{ findings: string[]; fixes: string[]; skipped: string | undefined }> {
  const out = await runCase(tlsProtocolsConfig, { name: 'stop37', files });
  expect(out.error).toBeUndefined();
  const sorted = [...out.findings].sort((a, b) => `${a.file}:${a.line}`.localeCompare(`${b.file}:${b.line}`, 'en', { numeric: true }));
  return {
    findings: sorted.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`),
    fixes: sorted.map((f) => f.fix ?? ''),
    skipped: out.skipped,
  };
}
const failing = (r: { findings: string[] }) => r.findings.filter((f) => !/^\S+ note /.test(f));

const LISTENER = (policy: string) => `resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n  protocol          = "HTTPS"\n  ssl_policy        = ${policy}\n}\n`;
const STRONG = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
const WEAK = 'ELBSecurityPolicy-2016-08';

// iac5 D1: `.tfvars` values set a root module's variables as Terraform assigns them.
describe('tls-protocols-config: Terraform variables set by .tfvars files', () => {
  const root = (def: string) => ({ 'main.tf': `variable "ssl_policy" {\n  type    = string\n  default = "${def}"\n}\n\n${LISTENER('var.ssl_policy')}` });

  it('the QA reproduction: terraform.tfvars (always loaded) decides over the default, and fails at its line', async () => {
    const out = await judge({ ...root(STRONG), 'terraform.tfvars': `ssl_policy = "${WEAK}"\n` });
    expect(out.findings).toEqual([
      `terraform.tfvars:1:15 load balancer listener ssl_policy ${WEAK} (variable "ssl_policy" as terraform.tfvars sets it, which main.tf:9 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later`,
    ]);
    expect(out.fixes[0]).toBe(`Set \`ssl_policy = "${STRONG}"\` in terraform.tfvars (the value ssl_policy in main.tf:9 gets).`);
    // A strong value there over a weak default: the default never deploys (judged, passes).
    expect(await judge({ ...root(WEAK), 'terraform.tfvars': `ssl_policy = "${STRONG}"\n` })).toEqual({ findings: [], fixes: [], skipped: undefined });
  });

  it('*.auto.tfvars is loaded after terraform.tfvars (the last one wins); terraform.tfvars.json is read at its value', async () => {
    expect((await judge({ ...root(STRONG), 'terraform.tfvars': `ssl_policy = "${WEAK}"\n`, 'lb.auto.tfvars': `ssl_policy = "${STRONG}"\n` })).findings).toEqual([]);
    expect(failing(await judge({ ...root(STRONG), 'terraform.tfvars': `ssl_policy = "${STRONG}"\n`, 'lb.auto.tfvars': `# the listener policy\nssl_policy = "${WEAK}"\n` })))
      .toEqual([expect.stringMatching(/^lb\.auto\.tfvars:2:15 load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(variable "ssl_policy" as lb\.auto\.tfvars sets it/)]);
    expect(failing(await judge({ ...root(STRONG), 'terraform.tfvars.json': `{\n  "region": "eu-west-1",\n  "ssl_policy": "${WEAK}"\n}\n` })))
      .toEqual([expect.stringMatching(/^terraform\.tfvars\.json:3:18 load balancer listener ssl_policy ELBSecurityPolicy-2016-08/)]);
  });

  it('named variable files (-var-file): a production one fails, another environment\'s is a note, and the value production overrides is a note', async () => {
    const files = {
      'main.tf': `module "web" {\n  source     = "./modules/web"\n  ssl_policy = var.ssl_policy\n}\n\nvariable "ssl_policy" {\n  type    = string\n  default = "${WEAK}"\n}\n`,
      'modules/web/main.tf': LISTENER('var.ssl_policy'),
      'modules/web/variables.tf': `variable "ssl_policy" {\n  type    = string\n  default = "${STRONG}"\n}\n`,
      'environments/prod.tfvars': `certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd"\nssl_policy      = "ELBSecurityPolicy-TLS-1-1-2017-01"\n`,
      'environments/staging.tfvars': `ssl_policy = "${WEAK}"\n`,
    };
    const out = await judge(files);
    expect(out.findings).toEqual([
      expect.stringMatching(/^environments\/prod\.tfvars:2:20 load balancer listener ssl_policy ELBSecurityPolicy-TLS-1-1-2017-01 \(variable "ssl_policy" as environments\/prod\.tfvars sets it \(passed with -var-file\), which modules\/web\/main\.tf:4 uses\) allows TLSv1\.1; require TLS 1\.2 or later$/),
      expect.stringMatching(/^environments\/staging\.tfvars:1:15 note load balancer listener ssl_policy ELBSecurityPolicy-2016-08 .*\(a variable file for an environment not named production\)$/),
      expect.stringMatching(/^main\.tf:8:14 note load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(the default of variable "ssl_policy" \(what applies when no -var-file sets it\), which modules\/web\/main\.tf:4 uses\) allows TLSv1, TLSv1\.1; require TLS 1\.2 or later \(environments\/prod\.tfvars, passed with -var-file, sets it for production\)$/),
    ]);
    // The module's own strong default is not what deploys (every call passes the variable): not judged.
    expect(out.findings.join('\n')).not.toContain('modules/web/variables.tf');
    // With a strong production file, nothing fails.
    expect(failing(await judge({ ...files, 'environments/prod.tfvars': `ssl_policy = "${STRONG}"\n` }))).toEqual([]);
    // A development file is a note (as default-credentials reads it).
    expect((await judge({ ...root(STRONG), 'dev.tfvars': `ssl_policy = "${WEAK}"\n` })).findings).toEqual([expect.stringMatching(/^dev\.tfvars:1:15 note /)]);
  });

  it('the QA reproduction (b): a root .tfvars value does not hide a module default the root does not pass', async () => {
    const out = await judge({
      'main.tf': `module "web" {\n  source          = "./modules/web"\n  certificate_arn = var.certificate_arn\n}\n\nvariable "certificate_arn" {\n  type = string\n}\n\nvariable "ssl_policy" {\n  type = string\n}\n\n${LISTENER('var.ssl_policy')}`,
      'modules/web/main.tf': LISTENER('var.ssl_policy'),
      'modules/web/variables.tf': `variable "ssl_policy" {\n  description = "ELB security policy"\n  type        = string\n  default     = "${WEAK}"\n}\n`,
      'terraform.tfvars': `certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd"\nssl_policy = "${STRONG}"\n`,
    });
    expect(out.findings).toEqual([
      `modules/web/variables.tf:4:18 load balancer listener ssl_policy ${WEAK} (the default of variable "ssl_policy", which modules/web/main.tf:4 uses and no module call or .tfvars file in the repository sets) allows TLSv1, TLSv1.1; require TLS 1.2 or later`,
    ]);
    expect(out.fixes[0]).toMatch(/^Set the `default = "ELBSecurityPolicy-TLS13-1-2-2021-06"` of variable "ssl_policy"/);
  });

  it('a module argument passing a root variable through: the root\'s terraform.tfvars reaches the module listener', async () => {
    const out = await judge({
      'main.tf': `module "web" {\n  source     = "./modules/web"\n  ssl_policy = var.ssl_policy\n}\n\nvariable "ssl_policy" {\n  default = "${STRONG}"\n}\n`,
      'modules/web/main.tf': LISTENER('var.ssl_policy'),
      'modules/web/variables.tf': `variable "ssl_policy" {\n  default = "${WEAK}"\n}\n`,
      'terraform.tfvars': `ssl_policy = "${WEAK}"\n`,
    });
    expect(out.findings).toEqual([expect.stringMatching(/^terraform\.tfvars:1:15 load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(variable "ssl_policy" as terraform\.tfvars sets it, which modules\/web\/main\.tf:4 uses\)/)]);
  });

  it('a variable with no value anywhere in the repository is not judged, and the skip says so', async () => {
    const out = await judge({ 'main.tf': `variable "ssl_policy" {\n  type = string\n}\n\n${LISTENER('var.ssl_policy')}`, 'terraform.tfvars': 'region = "eu-west-1"\n' });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toMatch(/variables with no literal value in the repository to judge \(var\.ssl_policy in main\.tf\)/);
  });
});

// iac5 D6: Azure values that turn the minimum off, or Azure's other spellings of TLS 1.0.
describe('tls-protocols-config: Azure minimum TLS values in Terraform', () => {
  it('the QA reproduction: TLSEnforcementDisabled, Disabled, Front Door TLS10, Cosmos DB Tls and Application Gateway policies fail', async () => {
    const out = await judge({
      'main.tf': [
        'resource "azurerm_cdn_frontdoor_custom_domain" "shop" {', '  tls {', '    certificate_type    = "ManagedCertificate"', '    minimum_tls_version = "TLS10"', '  }', '}',
        'resource "azurerm_postgresql_server" "legacy" {', '  ssl_enforcement_enabled          = true', '  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"', '}',
        'resource "azurerm_mssql_server" "legacy" {', '  minimum_tls_version = "Disabled"', '}',
        'resource "azurerm_cosmosdb_account" "db" {', '  minimal_tls_version = "Tls"', '}',
        'resource "azurerm_application_gateway" "agw" {', '  ssl_policy {', '    policy_type = "Predefined"', '    policy_name = "AppGwSslPolicy20150501"', '  }', '}',
        'resource "azurerm_application_gateway" "custom" {', '  ssl_policy {', '    policy_type          = "Custom"', '    min_protocol_version = "TLSv1_0"', '  }', '}',
        '',
      ].join('\n'),
    });
    expect(out.findings).toEqual([
      'main.tf:4:28 azurerm_cdn_frontdoor_custom_domain \'shop\' minimum_tls_version "TLS10" allows TLSv1, TLSv1.1; require TLS 1.2 or later',
      'main.tf:9:39 azurerm_postgresql_server \'legacy\' ssl_minimal_tls_version_enforced "TLSEnforcementDisabled" sets no minimum: it allows TLSv1, TLSv1.1; require TLS 1.2 or later',
      'main.tf:12:26 azurerm_mssql_server \'legacy\' minimum_tls_version "Disabled" sets no minimum: it allows TLSv1, TLSv1.1; require TLS 1.2 or later',
      'main.tf:15:26 azurerm_cosmosdb_account \'db\' minimal_tls_version "Tls" allows TLSv1, TLSv1.1; require TLS 1.2 or later',
      'main.tf:20:20 azurerm_application_gateway \'agw\' ssl_policy policy_name "AppGwSslPolicy20150501" allows TLSv1, TLSv1.1; require TLS 1.2 or later',
      'main.tf:26:29 azurerm_application_gateway \'custom\' min_protocol_version "TLSv1_0" allows TLSv1, TLSv1.1; require TLS 1.2 or later',
    ]);
    expect(out.fixes).toEqual([
      'Set `minimum_tls_version = "TLS12"`.',
      'Set `ssl_minimal_tls_version_enforced = "TLS1_2"`.',
      'Set `minimum_tls_version = "1.2"`.',
      'Set `minimal_tls_version = "Tls12"`.',
      'Set `policy_name = "AppGwSslPolicy20220101S"`.',
      'Set `min_protocol_version = "TLSv1_2"`.',
    ]);
  });

  it('the TLS 1.2 spellings pass (judged, not skipped)', async () => {
    expect(await judge({
      'main.tf': 'resource "azurerm_cdn_frontdoor_custom_domain" "shop" {\n  tls {\n    minimum_tls_version = "TLS12"\n  }\n}\nresource "azurerm_cosmosdb_account" "db" {\n  minimal_tls_version = "Tls12"\n}\nresource "azurerm_application_gateway" "agw" {\n  ssl_policy {\n    policy_name = "AppGwSslPolicy20220101S"\n    min_protocol_version = "TLSv1_2"\n  }\n}\nresource "azurerm_postgresql_server" "pg" {\n  ssl_minimal_tls_version_enforced = "TLS1_2"\n}\n',
    })).toEqual({ findings: [], fixes: [], skipped: undefined });
  });
});

// iac5 D7: resources whose provider default allows TLS 1.0 when the minimum is left out.
describe('tls-protocols-config: Terraform TLS resources without a minimum version', () => {
  it('the QA reproduction: a google_compute_ssl_policy without min_tls_version and a custom-certificate CloudFront distribution without minimum_protocol_version fail', async () => {
    const out = await judge({
      'main.tf': 'resource "google_compute_ssl_policy" "web" {\n  name    = "web-ssl-policy"\n  profile = "MODERN"\n}\n\nresource "aws_cloudfront_distribution" "cdn" {\n  enabled = true\n  aliases = ["cdn.example.com"]\n  viewer_certificate {\n    acm_certificate_arn = aws_acm_certificate.cdn.arn\n    ssl_support_method  = "sni-only"\n  }\n}\n',
    });
    expect(out.findings).toEqual([
      'main.tf:1:1 google_compute_ssl_policy \'web\' sets no min_tls_version: Google Cloud\'s default TLS_1_0 allows TLSv1, TLSv1.1; require TLS 1.2 or later',
      'main.tf:9:3 aws_cloudfront_distribution \'cdn\' viewer_certificate with a custom certificate sets no minimum_protocol_version: the default TLSv1 allows TLSv1, TLSv1.1; require TLS 1.2 or later',
    ]);
    expect(out.fixes[0]).toMatch(/^Set `min_tls_version = "TLS_1_2"`/);
    expect(out.fixes[1]).toMatch(/^Set `minimum_protocol_version = "TLSv1\.2_2021"` in `viewer_certificate`/);
  });

  it('a minimum set, CloudFront\'s default certificate, or a computed viewer_certificate is not flagged for a missing minimum', async () => {
    expect(await judge({
      'main.tf': 'resource "google_compute_ssl_policy" "web" {\n  profile         = "MODERN"\n  min_tls_version = "TLS_1_2"\n}\nresource "aws_cloudfront_distribution" "a" {\n  viewer_certificate {\n    acm_certificate_arn      = var.cert\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n',
    })).toEqual({ findings: [], fixes: [], skipped: undefined });
    const other = await judge({
      'main.tf': 'resource "aws_cloudfront_distribution" "b" {\n  viewer_certificate {\n    cloudfront_default_certificate = true\n  }\n}\nresource "aws_cloudfront_distribution" "c" {\n  dynamic "viewer_certificate" {\n    for_each = [1]\n    content {\n      acm_certificate_arn = var.cert\n    }\n  }\n}\n',
    });
    expect(other.findings).toEqual([]);
    expect(other.skipped).toBe('no nginx config, application code or deploy files, and the Terraform files set no TLS policy or minimum TLS version this check reads');
  });

  it('the skip reason of a repository whose only listener names no policy is true', async () => {
    const out = await judge({ 'main.tf': 'resource "aws_lb_listener" "https" {\n  protocol = "HTTPS"\n}\n' });
    expect(out.skipped).toMatch(/the Terraform files set no TLS policy or minimum TLS version this check reads/);
  });
});

// fnhunt3 D6: Amazon OpenSearch Service / Elasticsearch domain TLS policies.
describe('tls-protocols-config: OpenSearch domain tls_security_policy', () => {
  it('the QA reproduction: Policy-Min-TLS-1-0-2019-07 fails in Terraform and CloudFormation; a TLS 1.2 policy passes', async () => {
    const out = await judge({
      'search.tf': 'resource "aws_opensearch_domain" "search" {\n  domain_name = "shop-prod"\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n  }\n}\nresource "aws_elasticsearch_domain" "logs" {\n  domain_endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n  }\n}\n',
      'search.yaml': 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n        TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07\n',
    });
    expect(out.findings).toEqual([
      'search.tf:5:28 aws_opensearch_domain \'search\' tls_security_policy "Policy-Min-TLS-1-0-2019-07" allows TLSv1, TLSv1.1; require TLS 1.2 or later',
      'search.yaml:7:28 OpenSearch domain \'Search\' TLSSecurityPolicy Policy-Min-TLS-1-0-2019-07 allows TLSv1, TLSv1.1; require TLS 1.2 or later',
    ]);
    expect(out.fixes[0]).toMatch(/tls_security_policy = "Policy-Min-TLS-1-2-2019-07"/);
    expect(out.fixes[1]).toMatch(/TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07/);
    expect(await judge({ 'search.tf': 'resource "aws_opensearch_domain" "s" {\n  domain_endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n}\n' })).toEqual({ findings: [], fixes: [], skipped: undefined });
  });
});

// iac5 D8: a cloud setting's finding names the cloud setting to change, not nginx's or Node's.
describe('tls-protocols-config: fixes of cloud TLS findings', () => {
  it('each kind of resource gets its own fix; none is the nginx/Node advice', async () => {
    const out = await judge({
      'main.tf': `${LISTENER(`"${WEAK}"`)}resource "aws_cloudfront_distribution" "cdn" {\n  viewer_certificate {\n    acm_certificate_arn      = var.cert\n    minimum_protocol_version = "TLSv1"\n  }\n}\nresource "aws_api_gateway_domain_name" "api" {\n  security_policy = "TLS_1_0"\n}\nresource "azurerm_storage_account" "s" {\n  min_tls_version = "TLS1_0"\n}\nresource "google_compute_ssl_policy" "p" {\n  min_tls_version = "TLS_1_1"\n}\n`,
      'template.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      SslPolicy: ${WEAK}\n`,
      'k8s/ingress.yaml': `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    alb.ingress.kubernetes.io/ssl-policy: ${WEAK}\nspec:\n  rules: []\n`,
    });
    expect(out.findings).toHaveLength(7);
    for (const fix of out.fixes) expect(fix).not.toMatch(/ssl_protocols|minVersion|current defaults are safe/);
    expect(out.fixes).toEqual([
      expect.stringMatching(/^Set `alb\.ingress\.kubernetes\.io\/ssl-policy: ELBSecurityPolicy-TLS13-1-2-2021-06`.*a listener without a policy gets `ELBSecurityPolicy-2016-08`/),
      expect.stringMatching(/^Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"`/),
      expect.stringMatching(/^Set `minimum_protocol_version = "TLSv1\.2_2021"`/),
      'Set `security_policy = "TLS_1_2"` on the API Gateway domain name.',
      'Set `min_tls_version = "TLS1_2"`.',
      expect.stringMatching(/^Set `min_tls_version = "TLS_1_2"`/),
      expect.stringMatching(/^Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06`/),
    ]);
  });

  it('the check\'s own fix no longer says dropping a cloud override is safe', () => {
    expect(tlsProtocolsConfig.docs.fix).not.toMatch(/drop the override: current defaults are safe/);
    expect(tlsProtocolsConfig.docs.fix).toMatch(/load balancer, CDN or managed service/);
  });
});
