import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

// Review B / sweep 1 (stop 40).
const failing = async (check: typeof corsWildcard, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'r', files });
  expect(out.error).toBeUndefined();
  return out;
};

describe('a production flag the file sets to a literal is no environment guard (sweep 1 R2)', () => {
  it('const isProduction = false; if (!isProduction) app.use(cors()) fails; a flag read from the environment is a guard', async () => {
    const app = (flag: string) => `const express = require('express');\nconst cors = require('cors');\nconst app = express();\n${flag}\nif (!isProduction) {\n  app.use(cors());\n}\n`;
    const constant = await failing(corsWildcard, { 'server.js': app('const isProduction = false;') });
    expect(constant.findings.filter((f) => !f.note).map((f) => f.line)).toEqual([6]);
    const env = await failing(corsWildcard, { 'server.js': app("const isProduction = process.env.NODE_ENV === 'production';") });
    expect(env.findings.filter((f) => !f.note)).toEqual([]);
  });
  it('Python: IS_PRODUCTION = False then `if not IS_PRODUCTION: CORS(app)` fails', async () => {
    const py = (flag: string) => `from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\n${flag}\nif not IS_PRODUCTION:\n    CORS(app)\n`;
    expect((await failing(corsWildcard, { 'app.py': py('IS_PRODUCTION = False') })).findings.filter((f) => !f.note).map((f) => f.line)).toEqual([7]);
    expect((await failing(corsWildcard, { 'app.py': py('IS_PRODUCTION = os.environ.get("APP_ENV") == "production"') })).findings.filter((f) => !f.note)).toEqual([]);
  });
});

describe('Terragrunt inputs written as merge(…) set unknown values (review B 2)', () => {
  it('the module default is not reported as what deploys when the inputs are computed', async () => {
    const files = {
      'modules/alb/main.tf': 'variable "ssl_policy" {\n  type    = string\n  default = "ELBSecurityPolicy-2016-08"\n}\n\nresource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}\n',
      'live/stage/alb/terragrunt.hcl': 'terraform {\n  source = "../../../modules//alb"\n}\n\ninputs = merge(local.common, {\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n})\n',
    };
    const out = await failing(tlsProtocolsConfig, files);
    expect(out.findings).toEqual([]);
    // With literal inputs that leave it unset, the default deploys and fails.
    const literal = await failing(tlsProtocolsConfig, { ...files, 'live/stage/alb/terragrunt.hcl': 'terraform {\n  source = "../../../modules//alb"\n}\n\ninputs = {\n  name = "alb"\n}\n' });
    expect(literal.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['modules/alb/main.tf:3']);
  });
});

describe('image-tag-pinned: the first place a moving tag comes from keeps the image\'s identity (sweep 1 R1, review B 3)', () => {
  it('one place: the subject is the image\'s alone (a baseline made before stop 40 still matches); a second place adds a finding', async () => {
    const module = 'variable "image_tag" {\n  type    = string\n  default = "latest"\n}\n\nresource "aws_ecs_task_definition" "app" {\n  family = "app"\n  container_definitions = jsonencode([{\n    name  = "web"\n    image = "acme/web:${var.image_tag}"\n  }])\n}\n';
    const one = await failing(imageTagPinned, { 'main.tf': module });
    expect(one.findings.map((f) => f.subject)).toEqual([expect.not.stringContaining(' via ')]);
    const two = await failing(imageTagPinned, { 'main.tf': module, 'staging.tfvars': 'image_tag = "latest"\n' });
    const subjects = two.findings.map((f) => f.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects[0]).toBe(one.findings[0]!.subject);
    expect(subjects[1]).toContain(' via staging.tfvars');
  });
});

describe('an environment guard is a short test (review B 1: a long header is not read as one, which bounds the regexes)', () => {
  it('a Python `if` line of 300+ characters is no guard: the CORS call under it fails', async () => {
    const cond = `os.environ.get("APP_ENV") != "production" and ${Array.from({ length: 40 }, (_, i) => `FLAG_${i}`).join(' and ')}`;
    const out = await failing(corsWildcard, { 'app.py': `import os\nfrom flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nif ${cond}:\n    CORS(app)\n` });
    expect(cond.length).toBeGreaterThan(300);
    expect(out.findings.filter((f) => !f.note).map((f) => f.line)).toEqual([7]);
  });
});
