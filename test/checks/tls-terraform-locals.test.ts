import { describe, expect, it } from 'vitest';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings as `file:line:column note? message`, sorted, their fixes, and the run's skip reason. */
async function judge(files: Record<string, string>): Promise<{ findings: string[]; fixes: string[]; skipped: string | undefined }> {
  const out = await runCase(tlsProtocolsConfig, { name: 'tf-locals', files });
  expect(out.error).toBeUndefined();
  const sorted = [...out.findings].sort((a, b) => `${a.file}:${a.line}`.localeCompare(`${b.file}:${b.line}`, 'en', { numeric: true }));
  return {
    findings: sorted.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`),
    fixes: sorted.map((f) => f.fix ?? ''),
    skipped: out.skipped,
  };
}

const LISTENER = (policy: string) => `resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n  protocol          = "HTTPS"\n  ssl_policy        = ${policy}\n}\n`;
const STRONG = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
const WEAK = 'ELBSecurityPolicy-2016-08';
const CDN = (version: string, cert = '    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"\n    ssl_support_method       = "sni-only"') =>
  `resource "aws_cloudfront_distribution" "cdn" {\n  enabled = true\n  viewer_certificate {\n${cert}\n    minimum_protocol_version = ${version}\n  }\n}\n`;

// fnhunt5 D1: `local.x` is followed to the `locals { x = "…" }` of the module's folder, as `var.x` is followed to its values.
describe('tls-protocols-config: Terraform settings set from local values', () => {
  it('the examiner\'s t4: an ALB listener and an Azure storage account set from locals fail at the local\'s value, naming the local and its use', async () => {
    const out = await judge({
      'infra/locals.tf': `locals {\n  alb_ssl_policy  = "${WEAK}"\n  min_tls_version = "TLS1_0"\n}\n`,
      'infra/main.tf': `${LISTENER('local.alb_ssl_policy')}\nresource "azurerm_storage_account" "sa" {\n  name            = "acmeprodsa"\n  min_tls_version = local.min_tls_version\n}\n`,
    });
    expect(out.findings).toEqual([
      `infra/locals.tf:2:22 load balancer listener ssl_policy ${WEAK} (the value of local "alb_ssl_policy", which infra/main.tf:4 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later`,
      // Reported once (terraformTls also reads the local by its name), as the setting that uses it names it.
      'infra/locals.tf:3:22 min_tls_version "TLS1_0" (the value of local "min_tls_version", which infra/main.tf:9 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later',
    ]);
    expect(out.fixes[0]).toBe(`Set \`alb_ssl_policy = "${STRONG}"\` in the locals of infra/locals.tf (the value ssl_policy in infra/main.tf:4 gets).`);
  });

  it('a local named unlike any setting is followed by the reference (Azure, CloudFront, API Gateway, OpenSearch, Google Cloud)', async () => {
    const out = await judge({
      'locals.tf': 'locals {\n  storage_tls = "TLS1_0"\n  cdn_tls     = "TLSv1"\n  api_tls     = "TLS_1_0"\n  es_tls      = "Policy-Min-TLS-1-0-2019-07"\n  gcp_tls     = "TLS_1_1"\n}\n',
      'main.tf': [
        'resource "azurerm_storage_account" "sa" {\n  min_tls_version = local.storage_tls\n}\n',
        CDN('local.cdn_tls'),
        'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = local.api_tls\n}\n',
        'resource "aws_opensearch_domain" "es" {\n  domain_endpoint_options {\n    tls_security_policy = local.es_tls\n  }\n}\n',
        'resource "google_compute_ssl_policy" "p" {\n  min_tls_version = local.gcp_tls\n}\n',
      ].join('\n'),
    });
    expect(out.findings).toEqual([
      expect.stringMatching(/^locals\.tf:2:18 min_tls_version "TLS1_0" \(the value of local "storage_tls", which main\.tf:2 uses\) allows TLSv1, TLSv1\.1;/),
      expect.stringMatching(/^locals\.tf:3:18 CloudFront minimum_protocol_version "TLSv1" \(the value of local "cdn_tls", which main\.tf:\d+ uses\) allows TLSv1, TLSv1\.1;/),
      expect.stringMatching(/^locals\.tf:4:18 API Gateway security_policy "TLS_1_0" \(the value of local "api_tls", which main\.tf:\d+ uses\)/),
      expect.stringMatching(/^locals\.tf:5:18 OpenSearch tls_security_policy "Policy-Min-TLS-1-0-2019-07" \(the value of local "es_tls"/),
      expect.stringMatching(/^locals\.tf:6:18 min_tls_version "TLS_1_1" \(the value of local "gcp_tls", which main\.tf:\d+ uses\) allows TLSv1\.1;/),
    ]);
    // The same locals with TLS 1.2 values: judged, and the item passes (not skipped).
    const strong = await judge({
      'locals.tf': `locals {\n  storage_tls = "TLS1_2"\n  policy      = "${STRONG}"\n}\n`,
      'main.tf': `resource "azurerm_storage_account" "sa" {\n  min_tls_version = local.storage_tls\n}\n\n${LISTENER('local.policy')}`,
    });
    expect(strong).toEqual({ findings: [], fixes: [], skipped: undefined });
  });

  it('a local that names a variable or another local is followed (bounded); an attribute of a local object is read at its key', async () => {
    const out = await judge({
      'variables.tf': `variable "ssl_policy" {\n  type    = string\n  default = "${WEAK}"\n}\n`,
      'locals.tf': 'locals {\n  base_policy = var.ssl_policy\n  policy      = local.base_policy\n  tls = {\n    cdn = "TLSv1_2016"\n  }\n}\n',
      'main.tf': `${LISTENER('local.policy')}\n${CDN('local.tls.cdn')}`,
    });
    expect(out.findings).toEqual([
      expect.stringMatching(/^locals\.tf:5:12 CloudFront minimum_protocol_version "TLSv1_2016" \(the value of local "tls\.cdn", which main\.tf:\d+ uses\) allows TLSv1, TLSv1\.1;/),
      `variables.tf:3:14 load balancer listener ssl_policy ${WEAK} (the default of variable "ssl_policy", through local "base_policy", through local "policy", which main.tf:4 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later`,
    ]);
    expect(out.fixes[0]).toMatch(/^Set `cdn = "TLSv1\.2_2021"` in local "tls" \(locals\.tf\)/);
    // A terraform.tfvars setting the variable decides, through the locals as well.
    expect((await judge({
      'variables.tf': `variable "ssl_policy" {\n  type    = string\n  default = "${WEAK}"\n}\n`,
      'locals.tf': 'locals {\n  policy = var.ssl_policy\n}\n',
      'main.tf': LISTENER('local.policy'),
      'terraform.tfvars': `ssl_policy = "${STRONG}"\n`,
    })).findings).toEqual([]);
    // Locals that name each other in a loop: no value, not judged, and the run ends.
    const loop = await judge({ 'main.tf': `locals {\n  a = local.b\n  b = local.a\n}\n\n${LISTENER('local.a')}` });
    expect(loop.findings).toEqual([]);
    expect(loop.skipped).toMatch(/set from variables or locals with no literal value in the repository to judge \(local\.a in main\.tf\)/);
  });

  it('a module call passes a local of its caller: followed from the module\'s use of the variable; an external module\'s argument too', async () => {
    const out = await judge({
      'main.tf': `locals {\n  lb_policy = "${WEAK}"\n  cdn_min   = "TLSv1"\n}\n\nmodule "alb" {\n  source     = "./modules/alb"\n  ssl_policy = local.lb_policy\n}\n\nmodule "cdn" {\n  source = "terraform-aws-modules/cloudfront/aws"\n  viewer_certificate = {\n    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"\n    minimum_protocol_version = local.cdn_min\n  }\n}\n`,
      'modules/alb/main.tf': `variable "ssl_policy" {\n  type = string\n}\n\n${LISTENER('var.ssl_policy')}`,
    });
    expect(out.findings).toEqual([
      `main.tf:2:16 load balancer listener ssl_policy ${WEAK} (the value of local "lb_policy", which modules/alb/main.tf:8 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later`,
      expect.stringMatching(/^main\.tf:3:16 module 'cdn' CloudFront minimum_protocol_version "TLSv1" \(the value of local "cdn_min", which main\.tf:15 uses\)/),
    ]);
  });

  it('precision: locals of another folder, unused locals, computed locals and CloudFront\'s default certificate are not judged', async () => {
    // The listener's module has no such local: another folder's local of the same name is not its value.
    const other = await judge({
      'envs/dev/locals.tf': `locals {\n  policy = "${WEAK}"\n}\n`,
      'main.tf': `locals {\n  policy = "${STRONG}"\n}\n\n${LISTENER('local.policy')}`,
    });
    expect(other).toEqual({ findings: [], fixes: [], skipped: undefined });
    // A local no setting uses, named unlike any setting, is only a value.
    expect((await judge({ 'main.tf': `locals {\n  old_policy = "${WEAK}"\n}\n\n${LISTENER(`"${STRONG}"`)}` })).findings).toEqual([]);
    // A computed local: not a literal, not judged (the skip names the use).
    const computed = await judge({ 'main.tf': `locals {\n  policy = lookup(var.policies, terraform.workspace, "${WEAK}")\n}\n\n${LISTENER('local.policy')}` });
    expect(computed.findings).toEqual([]);
    expect(computed.skipped).toMatch(/\(local\.policy in main\.tf\)/);
    // With CloudFront's default certificate the version is CloudFront's own, as with a literal.
    expect((await judge({ 'main.tf': `locals {\n  cdn_tls = "TLSv1"\n}\n\n${CDN('local.cdn_tls', '    cloudfront_default_certificate = true')}` })).findings).toEqual([]);
  });
});
