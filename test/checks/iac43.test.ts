import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings as `file:line note? message`, sorted. */
async function findings(check: typeof imageTagPinned, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'iac43', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`).sort();
}

const WEAK = 'ELBSecurityPolicy-2016-08';
const STRONG = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
// The usual layout: modules/app holds the Terraform, environments/<env>/main.tf calls it.
const APP = (tagDefault = '', policyDefault = '') => `variable "image_tag" {
  type = string${tagDefault ? `\n  default = "${tagDefault}"` : ''}
}
variable "ssl_policy" {
  type = string${policyDefault ? `\n  default = "${policyDefault}"` : ''}
}
resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name  = "api"
    image = "ghcr.io/acme/api:\${var.image_tag}"
  }])
}
resource "aws_lb_listener" "https" {
  protocol   = "HTTPS"
  ssl_policy = var.ssl_policy
}
`;
const call = (args: string) => `module "app" {\n  source = "../../modules/app"\n${args}}\n`;

describe('stop 43 D1: a value only a development environment sets through a module call or its .tfvars gives a note', () => {
  it('image-tag-pinned: `image_tag = "latest"` in environments/dev/main.tf\'s module call is a note; prod\'s pinned tag passes', async () => {
    const out = await findings(imageTagPinned, {
      'modules/app/main.tf': APP(),
      'environments/dev/main.tf': call(`  image_tag  = "latest"\n  ssl_policy = "${WEAK}"\n`),
      'environments/prod/main.tf': call(`  image_tag  = "1.2.3"\n  ssl_policy = "${STRONG}"\n`),
    });
    expect(out).toEqual([expect.stringMatching(/^modules\/app\/main\.tf:11 note .*uses the moving tag 'latest' \(var\.image_tag: module "app" argument image_tag, environments\/dev\/main\.tf:3\).*\(development-only file\)$/)]);
    // tls-protocols-config judges the same dev file the same way.
    expect(await findings(tlsProtocolsConfig, {
      'modules/app/main.tf': APP(),
      'environments/dev/main.tf': call(`  image_tag  = "latest"\n  ssl_policy = "${WEAK}"\n`),
      'environments/prod/main.tf': call(`  image_tag  = "1.2.3"\n  ssl_policy = "${STRONG}"\n`),
    })).toEqual([expect.stringMatching(/^environments\/dev\/main\.tf:4 note .*\(development-only file\)$/)]);
  });

  it('a dev terraform.tfvars passed on by the dev root\'s own variable is a note; the same in prod fails', async () => {
    const root = `variable "image_tag" {\n  type = string\n}\n${call('  image_tag  = var.image_tag\n  ssl_policy = "x"\n')}`;
    const files = {
      'modules/app/main.tf': APP(),
      'environments/dev/main.tf': root,
      'environments/dev/terraform.tfvars': 'image_tag = "latest"\n',
      'environments/prod/main.tf': root,
      'environments/prod/terraform.tfvars': 'image_tag = "2.0.1"\n',
    };
    expect(await findings(imageTagPinned, files)).toEqual([expect.stringMatching(/^modules\/app\/main\.tf:11 note .*as environments\/dev\/terraform\.tfvars sets it.*\(development-only file\)$/)]);
    const prod = await findings(imageTagPinned, { ...files, 'environments/prod/terraform.tfvars': 'image_tag = "latest"\n' });
    expect(prod).toEqual([
      expect.stringMatching(/^modules\/app\/main\.tf:11 .*environments\/prod\/terraform\.tfvars.*pin a version tag or a digest \(\x60image:tag@sha256:…\x60\)$/),
      expect.stringMatching(/^modules\/app\/main\.tf:11 note .*environments\/dev\/terraform\.tfvars/),
    ]);
    expect(prod[0]).not.toContain(' note ');
  });

  it('a production module call\'s moving tag still fails, whatever development sets', async () => {
    const out = await findings(imageTagPinned, {
      'modules/app/main.tf': APP(),
      'environments/dev/main.tf': call('  image_tag  = "1.2.3"\n  ssl_policy = "x"\n'),
      'environments/prod/main.tf': call('  image_tag  = "latest"\n  ssl_policy = "x"\n'),
    });
    expect(out).toEqual([expect.stringMatching(/^modules\/app\/main\.tf:11 main\.tf aws_ecs_task_definition\.api container 'api' image ghcr.*module "app" argument image_tag, environments\/prod\/main\.tf:3\)/)]);
  });

  it('a module default that only a development call leaves is a note (both checks); one a production call leaves fails', async () => {
    const files = {
      'modules/app/main.tf': APP('latest', WEAK),
      'environments/dev/main.tf': call(''),
      'environments/prod/main.tf': call(`  image_tag  = "1.2.3"\n  ssl_policy = "${STRONG}"\n`),
    };
    expect(await findings(imageTagPinned, files)).toEqual([expect.stringMatching(/^modules\/app\/main\.tf:\d+ note .*the default of variable "image_tag".*\(environments\/dev\/main\.tf is a development-only file\)$/)]);
    expect(await findings(tlsProtocolsConfig, files)).toEqual([expect.stringMatching(/^modules\/app\/main\.tf:\d+ note .*\(environments\/dev\/main\.tf is a development-only file\)$/)]);
    const prodLeaves = { ...files, 'environments/prod/main.tf': call('') };
    expect((await findings(imageTagPinned, prodLeaves)).filter((f) => !f.includes(' note '))).toHaveLength(1);
    expect((await findings(tlsProtocolsConfig, prodLeaves)).filter((f) => !f.includes(' note '))).toHaveLength(1);
  });

  it('a pinned tag that only a development environment sets passes (judged, not an unverifiable note)', async () => {
    const out = await runCase(imageTagPinned, { name: 'dev-only', files: { 'modules/app/main.tf': APP(), 'environments/dev/main.tf': call('  image_tag  = "1.2.3"\n  ssl_policy = "x"\n') } });
    expect(out.findings).toEqual([]);
    expect(out.skipped).toBeUndefined();
  });
});

const CLOUD_RUN = `resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/api/api:1.4.2"
      env {
        name = "DB_PASSWORD"
        value_source {
          secret_key_ref {
            secret  = "db-password"
            version = "latest"
          }
        }
      }
      env {
        name = "DB_PASS"
        value_source {
          secret_key_ref {
            secret  = "secret"
            version = "1"
          }
        }
      }
    }
  }
}
resource "google_cloud_run_v2_job" "migrate" {
  name     = "migrate"
  location = "europe-west1"
  template {
    template {
      volumes {
        name = "jwt"
        secret {
          secret = "jwt-secret"
          items {
            version = "latest"
            path    = "jwt"
          }
        }
      }
      containers {
        image = "europe-docker.pkg.dev/acme/api/api:1.4.2"
      }
    }
  }
}
resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "europe-west1"
  template {
    spec {
      containers {
        image = "gcr.io/acme/legacy:3.1.0"
        env {
          name = "SECRET_KEY"
          value_from {
            secret_key_ref {
              name = "secret"
              key  = "latest"
            }
          }
        }
      }
      volumes {
        name = "certs"
        secret {
          secret_name = "secret"
        }
      }
    }
  }
}
resource "google_cloudfunctions2_function" "fn" {
  name = "fn"
  service_config {
    secret_environment_variables {
      key        = "API_SECRET"
      project_id = "acme"
      secret     = "secret"
      version    = "latest"
    }
  }
}
`;

describe('stop 43 D2: default-credentials reads a secret reference\'s name and version as no value', () => {
  it('Cloud Run v2 secret_key_ref and volume secret, v1 secret_key_ref and volume, Cloud Functions secret_environment_variables: no finding', async () => {
    expect(await findings(defaultCredentials, { 'main.tf': CLOUD_RUN })).toEqual([]);
  });

  it('a literal secret value beside them still fails: a webhook\'s `secret`, a database password', async () => {
    const out = await findings(defaultCredentials, {
      'main.tf': `${CLOUD_RUN}resource "github_repository_webhook" "ci" {
  repository = "api"
  configuration {
    url    = "https://ci.example.com/hook"
    secret = "secret"
  }
}
resource "aws_db_instance" "db" {
  username = "app"
  password = "changeme"
}
`,
    });
    const after = CLOUD_RUN.split('\n').length - 1;
    expect(out).toEqual([
      expect.stringMatching(new RegExp(`^main\\.tf:${after + 5} secret is set to a well-known default value`)),
      expect.stringMatching(new RegExp(`^main\\.tf:${after + 10} password is set to`)),
    ]);
  });
});
