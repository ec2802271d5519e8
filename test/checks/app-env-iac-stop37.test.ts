import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of a check as `file:line:column note? message`, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop37-appenv', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}
const failures = async (check: CheckDef, files: Record<string, string>) => (await findings(check, files)).filter((f) => !/^\S+ note /.test(f));
const notes = async (check: CheckDef, files: Record<string, string>) => (await findings(check, files)).filter((f) => /^\S+ note /.test(f));

// fnhunt3 D3: the environments Terraform gives Lambda functions, Elastic Beanstalk environments and Azure App Service apps.
describe('Terraform app environments (Lambda, Elastic Beanstalk, Azure App Service)', () => {
  const TF = [
    'resource "azurerm_linux_web_app" "api" {', // 1
    '  name                = "acme-api-prod"',
    '  service_plan_id     = azurerm_service_plan.main.id',
    '  site_config {}',
    '  app_settings = {', // 5
    '    "ASPNETCORE_ENVIRONMENT" = "Development"',
    '    "DJANGO_DEBUG"           = "True"',
    '    "LOG_LEVEL"              = "info"',
    '  }',
    '}', // 10
    '',
    'resource "aws_lambda_function" "api" {',
    '  function_name = "api-prod"',
    '  handler       = "index.handler"',
    '  environment {', // 15
    '    variables = {',
    '      NODE_ENV    = "development"',
    '      FLASK_DEBUG = "1"',
    '    }',
    '  }', // 20
    '}',
    '',
    'resource "aws_elastic_beanstalk_environment" "web" {',
    '  name        = "web-prod"',
    '  application = "web"', // 25
    '  setting {',
    '    namespace = "aws:autoscaling:launchconfiguration"',
    '    name      = "DEBUG"',
    '    value     = "True"',
    '  }', // 30
    '  setting {',
    '    namespace = "aws:elasticbeanstalk:application:environment"',
    '    name      = "DJANGO_DEBUG"',
    '    value     = "True"',
    '  }', // 35
    '}',
    '',
  ].join('\n');

  it('reads app_settings, Lambda environment variables and the application-environment settings, at the value', async () => {
    expect(await failures(debugMode, { 'main.tf': TF })).toEqual([
      expect.stringMatching(/^main\.tf:17:22 main\.tf aws_lambda_function\.api environment sets NODE_ENV=development/),
      expect.stringMatching(/^main\.tf:18:22 main\.tf aws_lambda_function\.api environment sets FLASK_DEBUG=1/),
      expect.stringMatching(/^main\.tf:34:18 main\.tf aws_elastic_beanstalk_environment\.web setting sets DJANGO_DEBUG=True/),
      expect.stringMatching(/^main\.tf:6:33 main\.tf azurerm_linux_web_app\.api app_settings sets ASPNETCORE_ENVIRONMENT=Development/),
      expect.stringMatching(/^main\.tf:7:33 main\.tf azurerm_linux_web_app\.api app_settings sets DJANGO_DEBUG=True/),
    ]);
  });

  it('stays quiet on production values, values Terraform computes and other namespaces', async () => {
    const ok = [
      'resource "aws_lambda_function" "api" {',
      '  function_name = "api"',
      '  environment {',
      '    variables = {',
      '      NODE_ENV    = "production"',
      '      FLASK_DEBUG = var.flask_debug',
      '      DEBUG       = "${local.debug}"',
      '    }',
      '  }',
      '}',
      'resource "aws_lambda_function" "worker" {',
      '  function_name = "worker"',
      '  environment {',
      '    variables = merge(local.common_env, { DJANGO_DEBUG = "True" })',
      '  }',
      '}',
      'resource "azurerm_windows_web_app" "web" {',
      '  name = "web"',
      '  app_settings = {',
      '    ASPNETCORE_ENVIRONMENT = "Production"',
      '    APP_DEBUG              = var.debug',
      '  }',
      '}',
      'resource "azurerm_app_service_plan" "plan" {',
      '  app_settings = { DJANGO_DEBUG = "True" }',
      '}',
      'resource "aws_elastic_beanstalk_environment" "web" {',
      '  name = "web"',
      '  setting {',
      '    namespace = "aws:elasticbeanstalk:application:environment"',
      '    name      = "DJANGO_DEBUG"',
      '    value     = var.debug',
      '  }',
      '  dynamic "setting" {',
      '    for_each = var.env',
      '    content {',
      '      namespace = "aws:elasticbeanstalk:application:environment"',
      '      name      = setting.key',
      '      value     = setting.value',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(await findings(debugMode, { 'main.tf': ok })).toEqual([]);
  });

  it('gives notes for an app named for development or a development folder', async () => {
    const dev = TF.replace('"api-prod"', '"api-dev"').replace('"acme-api-prod"', '"acme-api-dev"').replace('"web-prod"', '"web-dev"');
    expect(await failures(debugMode, { 'main.tf': dev })).toEqual([]);
    expect(await notes(debugMode, { 'main.tf': dev })).toHaveLength(5);
    expect(await failures(debugMode, { 'environments/dev/main.tf': TF })).toEqual([]);
  });

  it('judges the same environment for default credentials, once per value', async () => {
    const tf = [
      'resource "aws_lambda_function" "api" {',
      '  function_name = "api"',
      '  environment {',
      '    variables = {',
      '      DB_PASSWORD = "changeme"',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const got = await failures(defaultCredentials, { 'main.tf': tf });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^main\.tf:5:22 /);
  });
});

// iac5 D11: the terraform-aws-modules/ecs module's container definitions, read as a task definition's containers.
describe('terraform-aws-modules/ecs container definitions', () => {
  const MODULE = [
    'module "ecs_service" {', // 1
    '  source  = "terraform-aws-modules/ecs/aws//modules/service"',
    '  version = "~> 5.11"',
    '  name    = "web"',
    '  container_definitions = {', // 5
    '    web = {',
    '      essential = true',
    '      image     = "public.ecr.aws/nginx/nginx:latest"',
    '      environment = [',
    '        { name = "DJANGO_DEBUG", value = "True" },', // 10
    '        { name = "DB_HOST", value = aws_db_instance.main.address },',
    '      ]',
    '      command = ["python", "manage.py", "runserver", "0.0.0.0:8000"]',
    '    }',
    '    sidecar = {', // 15
    '      image = "${aws_ecr_repository.app.repository_url}:${var.tag}"',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  it('judges each container\'s image, environment and command, naming the container by its key', async () => {
    expect(await failures(imageTagPinned, { 'main.tf': MODULE })).toEqual([
      expect.stringMatching(/^main\.tf:8:20 main\.tf module\.ecs_service container 'web' image public\.ecr\.aws\/nginx\/nginx:latest uses the moving tag 'latest'/),
    ]);
    expect(await failures(debugMode, { 'main.tf': MODULE })).toEqual([
      expect.stringMatching(/^main\.tf:10:43 main\.tf module\.ecs_service container 'web' environment sets DJANGO_DEBUG=True/),
    ]);
    expect(await failures(productionServer, { 'main.tf': MODULE })).toEqual([
      expect.stringMatching(/^main\.tf:13:7 main\.tf module\.ecs_service container 'web' command starts a development server: manage\.py runserver/),
    ]);
  });

  it('reads the root module\'s services and a git source; other modules are not read', async () => {
    const root = [
      'module "ecs" {',
      '  source = "git::https://github.com/terraform-aws-modules/terraform-aws-ecs.git?ref=v5.11.0"',
      '  services = {',
      '    api = {',
      '      container_definitions = {',
      '        app = { image = "nginx:latest", entrypoint = ["flask"], command = ["run", "--host=0.0.0.0"] }',
      '      }',
      '    }',
      '  }',
      '}',
      'module "other" {',
      '  source = "./modules/ecs"',
      '  container_definitions = { web = { image = "nginx:latest" } }',
      '}',
      '',
    ].join('\n');
    expect(await failures(imageTagPinned, { 'main.tf': root })).toEqual([
      expect.stringMatching(/^main\.tf:6:26 main\.tf module\.ecs service 'api' container 'app' image nginx:latest/),
    ]);
    expect(await failures(productionServer, { 'main.tf': root })).toEqual([
      expect.stringMatching(/^main\.tf:6:65 main\.tf module\.ecs service 'api' container 'app' command starts .*flask run/),
    ]);
  });

  it('passes pinned images and production commands', async () => {
    const ok = MODULE.replace('nginx/nginx:latest', 'nginx/nginx:1.27.3').replace('"True"', '"False"')
      .replace('["python", "manage.py", "runserver", "0.0.0.0:8000"]', '["gunicorn", "-b", "0.0.0.0:8000", "project.wsgi"]');
    expect(await failures(imageTagPinned, { 'main.tf': ok })).toEqual([]);
    expect(await failures(debugMode, { 'main.tf': ok })).toEqual([]);
    expect(await failures(productionServer, { 'main.tf': ok })).toEqual([]);
  });
});

// fnhunt3 D4: IIS web.config's ASP.NET Core Module environment.
describe('IIS web.config environmentVariables', () => {
  const WEB_CONFIG = (env: string) => [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<configuration>',
    '  <location path="." inheritInChildApplications="false">',
    '    <system.webServer>',
    '      <aspNetCore processPath="dotnet" arguments=".\\Api.dll" hostingModel="inprocess">', // 5
    '        <environmentVariables>',
    `          <environmentVariable name="ASPNETCORE_ENVIRONMENT" value="${env}" />`,
    '          <!-- <environmentVariable name="DOTNET_ENVIRONMENT" value="Development" /> -->',
    '        </environmentVariables>',
    '      </aspNetCore>', // 10
    '    </system.webServer>',
    '  </location>',
    '</configuration>',
    '',
  ].join('\n');

  it('reports ASPNETCORE_ENVIRONMENT=Development in web.config, at the value', async () => {
    expect(await failures(debugMode, { 'web.config': WEB_CONFIG('Development') })).toEqual([
      expect.stringMatching(/^web\.config:7:69 web\.config <aspNetCore> environmentVariables sets ASPNETCORE_ENVIRONMENT=Development/),
    ]);
  });

  it('reads HttpPlatformHandler\'s environment too, with XML character references decoded', async () => {
    const http = [
      '<configuration><system.webServer>',
      '  <httpPlatform processPath="python" arguments="app.py">',
      '    <environmentVariables>',
      '      <environmentVariable value="&#49;" name="FLASK_DEBUG" />',
      '      <environmentVariable name="OTHER" value="&#x110000;" />',
      '    </environmentVariables>',
      '  </httpPlatform>',
      '</system.webServer></configuration>',
      '',
    ].join('\n');
    expect(await failures(debugMode, { 'web.config': http })).toEqual([
      expect.stringMatching(/^web\.config:4:35 web\.config <httpPlatform> environmentVariables sets FLASK_DEBUG=1/),
    ]);
  });

  it('stays quiet on production values, tokens, comments and configuration transforms', async () => {
    expect(await findings(debugMode, { 'web.config': WEB_CONFIG('Production') })).toEqual([]);
    expect(await findings(debugMode, { 'web.config': WEB_CONFIG('#{AspNetCoreEnvironment}#') })).toEqual([]);
    expect(await findings(debugMode, { 'web.Debug.config': WEB_CONFIG('Development') })).toEqual([]);
    expect(await findings(debugMode, { 'Properties/launchSettings.json': '{"profiles":{"Api":{"environmentVariables":{"ASPNETCORE_ENVIRONMENT":"Development"}}}}' })).toEqual([]);
  });
});

// fnhunt3 D5: fly.toml's `[build] image`, the image `fly deploy` runs.
describe('fly.toml [build] image', () => {
  const FLY = (image: string) => `app = "shop-api"\nprimary_region = "fra"\n\n[build]\n  image = "${image}"\n`;

  it('judges the image fly deploys, at the value', async () => {
    expect(await failures(imageTagPinned, { 'fly.toml': FLY('ghcr.io/acme/shop-api:latest') })).toEqual([
      "fly.toml:5:12 fly.toml [build] image ghcr.io/acme/shop-api:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    expect(await failures(imageTagPinned, { 'fly.toml': FLY('ghcr.io/acme/shop-api') })).toEqual([
      expect.stringMatching(/^fly\.toml:5:12 .*has no tag/),
    ]);
  });

  it('passes a pinned image, notes a development config, and leaves an image a workflow deploys to it', async () => {
    expect(await failures(imageTagPinned, { 'fly.toml': FLY('ghcr.io/acme/shop-api:2.4.1') })).toEqual([]);
    expect(await failures(imageTagPinned, { 'fly.dev.toml': FLY('ghcr.io/acme/shop-api:latest') })).toEqual([]);
    expect(await notes(imageTagPinned, { 'fly.dev.toml': FLY('ghcr.io/acme/shop-api:latest') })).toHaveLength(1);
    const workflow = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: superfly/flyctl-actions/setup-flyctl@master\n      - run: flyctl deploy --remote-only --image ghcr.io/acme/shop-api:${{ github.sha }}\n';
    expect(await failures(imageTagPinned, { 'fly.toml': FLY('ghcr.io/acme/shop-api:latest'), '.github/workflows/deploy.yml': workflow })).toEqual([]);
  });
});
