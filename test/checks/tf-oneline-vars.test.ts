import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';

// QA39 sweep 3 R1: a one-line variable block (`variable "tag" { default = "1.2.3" }`) was read as having no default.
describe('Terraform one-line variable blocks', () => {
  const ecs = (tags: string) => `${tags}\nresource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = jsonencode([\n    { name = "pinned", image = "ghcr.io/acme/app:\${var.tag}", user = "10001" },\n    { name = "moving", image = "ghcr.io/acme/app:\${var.badtag}", user = "10001" },\n  ])\n}\n`;
  it('image-tag-pinned follows their defaults: a version passes, latest fails, no unverifiable note', async () => {
    const out = await runCase(imageTagPinned, { name: 'oneline', files: { 'main.tf': ecs('variable "tag" { default = "1.2.3" }\nvariable "badtag" { default = "latest" }') } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.line} ${f.note ? 'note' : 'fail'}`)).toEqual(['7 fail']);
    expect(out.findings[0]!.message).toMatch(/uses the moving tag 'latest' \(var\.badtag: the default of variable "badtag"/);
  });
  it('tls-protocols-config reads a one-line default, and a block whose argument is no literal stays unread', async () => {
    const lb = (policy: string) => `${policy}\nresource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.app.arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = var.ssl_policy\n  certificate_arn   = aws_acm_certificate.app.arn\n}\n`;
    const weak = await runCase(tlsProtocolsConfig, { name: 'oneline-tls', files: { 'main.tf': lb('variable "ssl_policy" { default = "ELBSecurityPolicy-2016-08" }') } });
    expect(weak.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['main.tf:1:36']);
    const computed = await runCase(tlsProtocolsConfig, { name: 'oneline-tls2', files: { 'main.tf': lb('variable "ssl_policy" { default = local.policy }') } });
    expect(computed.findings.filter((f) => !f.note)).toEqual([]);
  });
});
