import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** `file:line:column` of each finding that is not a note, sorted. */
async function failures(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'tofu', files });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column}`).sort();
}

// OpenTofu 1.8+ reads `*.tofu` files as Terraform reads `*.tf` (a module may be written in either, or both): the
// Terraform readers of each check read them alike.
describe('OpenTofu `.tofu` files are read as Terraform files', () => {
  it('tls-protocols-config: a listener policy set in main.tofu from a variable default in variables.tofu', async () => {
    const files = {
      'infra/variables.tofu': 'variable "ssl_policy" {\n  type    = string\n  default = "ELBSecurityPolicy-2016-08"\n}\n',
      'infra/main.tofu': 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}\n\nresource "azurerm_storage_account" "sa" {\n  min_tls_version = "TLS1_0"\n}\n',
    };
    expect(await failures(tlsProtocolsConfig, files)).toEqual(['infra/main.tofu:7:22', 'infra/variables.tofu:3:14']);
    // The same module with TLS 1.2 settings passes (judged, not skipped).
    const strong = await runCase(tlsProtocolsConfig, { name: 'tofu', files: { 'infra/main.tofu': 'resource "azurerm_storage_account" "sa" {\n  min_tls_version = "TLS1_2"\n}\n' } });
    expect(strong.findings).toEqual([]);
    expect(strong.skipped).toBeUndefined();
  });

  it('hardcoded-secret and default-credentials: a secret-named variable default and a database password argument', async () => {
    const files = {
      'db/variables.tofu': 'variable "api_token" {\n  default = "q8Zr2VtL9xWm4KpB7nYc3HdF"\n}\n',
      'db/main.tofu': 'resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n  password = "changeme"\n}\n',
    };
    expect(await failures(hardcodedSecret, files)).toEqual(['db/variables.tofu:2:14']);
    expect(await failures(defaultCredentials, files)).toEqual(['db/main.tofu:4:15']);
  });

  it('debug-mode and image-tag-pinned: a Lambda environment and an ECS task definition in a .tofu file', async () => {
    const files = {
      'app/main.tofu': [
        'resource "aws_lambda_function" "api" {',
        '  function_name = "orders-api"',
        '  environment {',
        '    variables = {',
        '      FLASK_DEBUG = "1"',
        '    }',
        '  }',
        '}',
        '',
        'resource "aws_ecs_task_definition" "web" {',
        '  family = "web"',
        '  container_definitions = jsonencode([{',
        '    name  = "web"',
        '    image = "nginx:latest"',
        '  }])',
        '}',
        '',
      ].join('\n'),
    };
    expect(await failures(debugMode, files)).toEqual(['app/main.tofu:5:22']);
    expect(await failures(imageTagPinned, files)).toEqual(['app/main.tofu:14:14']);
  });
});
