import { describe, expect, it } from 'vitest';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings as `file:line:column note? message`, sorted, and the run's skip reason. */
async function judge(check: typeof tlsProtocolsConfig, files: Record<string, string>): Promise<{ findings: string[]; fixes: string[]; skipped: string | undefined }> {
  const out = await runCase(check, { name: 'terragrunt', files });
  expect(out.error).toBeUndefined();
  const sorted = [...out.findings].sort((a, b) => `${a.file}:${a.line}`.localeCompare(`${b.file}:${b.line}`, 'en', { numeric: true }));
  return { findings: sorted.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`), fixes: sorted.map((f) => f.fix ?? ''), skipped: out.skipped };
}

const WEAK = 'ELBSecurityPolicy-2016-08';
const STRONG = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
const ALB = { 'modules/alb/main.tf': 'variable "ssl_policy" {\n  type = string\n}\n\nresource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}\n' };
const live = (source: string, inputs: string) => `include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n\nterraform {\n  source = "${source}"\n}\n\ninputs = {\n${inputs}}\n`;

// The usual Terragrunt layout: modules/ holds the Terraform, live/<env>/<component>/terragrunt.hcl deploys it with `inputs`.
describe('tls-protocols-config: a module deployed by Terragrunt gets its variables from the configuration\'s inputs', () => {
  it('a weak policy in the production inputs fails at the input; a strong one passes (judged, not skipped)', async () => {
    const files = { ...ALB, 'live/root.hcl': 'remote_state {\n  backend = "s3"\n}\n', 'live/prod/alb/terragrunt.hcl': live('../../../modules//alb', `  ssl_policy = "${WEAK}"\n`) };
    const out = await judge(tlsProtocolsConfig, files);
    expect(out.findings).toEqual([`live/prod/alb/terragrunt.hcl:10:17 load balancer listener ssl_policy ${WEAK} (the Terragrunt input ssl_policy that live/prod/alb/terragrunt.hcl passes, which modules/alb/main.tf:7 uses) allows TLSv1, TLSv1.1; require TLS 1.2 or later`]);
    expect(out.fixes[0]).toContain('in the `inputs` of live/prod/alb/terragrunt.hcl');
    const strong = await judge(tlsProtocolsConfig, { ...files, 'live/prod/alb/terragrunt.hcl': live('../../../modules//alb', `  ssl_policy = "${STRONG}"\n`) });
    expect(strong.findings).toEqual([]);
    expect(strong.skipped).toBeUndefined();
  });

  it('sources from get_repo_root() and the included folder; the included configuration\'s inputs apply unless the child sets them', async () => {
    const files = {
      ...ALB,
      'infra/root.hcl': `inputs = {\n  ssl_policy = "${WEAK}"\n}\n`,
      'infra/prod/alb/terragrunt.hcl': live('${get_repo_root()}/modules/alb', '  name = "prod"\n'),
      'infra/prod/alb2/terragrunt.hcl': live('${dirname(find_in_parent_folders("root.hcl"))}/../modules/alb', `  ssl_policy = "${STRONG}"\n`),
    };
    const out = await judge(tlsProtocolsConfig, files);
    expect(out.findings).toEqual([expect.stringMatching(/^infra\/root\.hcl:2:17 load balancer listener ssl_policy ELBSecurityPolicy-2016-08 \(the Terragrunt input ssl_policy of infra\/root\.hcl that infra\/prod\/alb\/terragrunt\.hcl passes/)]);
  });

  it('a development environment\'s configuration gives a note; a remote module\'s literal input is judged as its call\'s argument (stop 40)', async () => {
    const out = await judge(tlsProtocolsConfig, {
      ...ALB,
      'live/root.hcl': '',
      'live/dev/alb/terragrunt.hcl': live('../../../modules//alb', `  ssl_policy = "${WEAK}"\n`),
      'live/prod/alb/terragrunt.hcl': live('../../../modules//alb', `  ssl_policy = "${STRONG}"\n`),
      'live/prod/cdn/terragrunt.hcl': live('git::git@github.com:acme/infra-modules.git//alb?ref=v1.2.0', `  ssl_policy = "${WEAK}"\n`),
    });
    expect(out.findings).toEqual([
      expect.stringMatching(/^live\/dev\/alb\/terragrunt\.hcl:10:17 note load balancer listener ssl_policy ELBSecurityPolicy-2016-08/),
      expect.stringMatching(/^live\/prod\/cdn\/terragrunt\.hcl:10:17 load balancer listener ssl_policy ELBSecurityPolicy-2016-08 allows/),
    ]);
  });
});

describe('image-tag-pinned: an ECS image tag set from a Terragrunt input', () => {
  it('`image = "…:${var.image_tag}"` with `image_tag = "latest"` in the inputs fails at the input', async () => {
    const out = await judge(imageTagPinned, {
      'modules/svc/main.tf': 'variable "image_tag" {\n  type = string\n}\n\nresource "aws_ecs_task_definition" "web" {\n  family = "web"\n  container_definitions = jsonencode([{\n    name  = "web"\n    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:${var.image_tag}"\n  }])\n}\n',
      'live/prod/svc/terragrunt.hcl': 'terraform {\n  source = "../../../modules/svc"\n}\n\ninputs = {\n  image_tag = "latest"\n}\n',
    });
    expect(out.findings).toEqual([expect.stringMatching(/^modules\/svc\/main\.tf:9:\d+ .*latest.*live\/prod\/svc\/terragrunt\.hcl/)]);
  });
});
