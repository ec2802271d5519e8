import { expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { debugMode } from '../../src/checks/debug-mode.js';

const run = async (files: Record<string, string>) => {
  const out = await runCase(debugMode, { name: 'fixes52', files });
  expect(out.error).toBeUndefined();
  return out.findings;
};

// QA 52 (polyglot D2): each debug-mode finding carries its stack's fix, not the Python `DEBUG = os.environ…` one.
it('a JDWP agent in a Kubernetes container command gets the remove-the-agent fix', async () => {
  const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    spec:\n      containers:\n        - name: orders\n          image: registry.acme.io/orders:1.0.0\n          args: ["java", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005", "-jar", "/app/orders.jar"]\n';
  const out = await run({ 'deploy.yaml': deploy });
  expect(out).toHaveLength(1);
  expect(out[0]!.message).toMatch(/JDWP remote debugger listening on all interfaces/);
  expect(out[0]!.fix).toMatch(/^Remove the JDWP agent \(-agentlib:jdwp=…/);
  expect(out[0]!.fix).not.toMatch(/Python|os\.environ/);
});

it('Gin, ASP.NET Core, Phoenix, Rails and Spring Boot findings get their own stack\'s fix', async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'main.go': 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tgin.SetMode(gin.DebugMode)\n\tr := gin.Default()\n\tr.Run()\n}\n', 'go.mod': 'module x\n\nrequire github.com/gin-gonic/gin v1.10.0\n' }, /gin\.SetMode\(gin\.ReleaseMode\)/],
    [{ 'Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.UseDeveloperExceptionPage();\napp.Run();\n' }, /only inside if \(app\.Environment\.IsDevelopment\(\)\)/],
    [{ 'config/prod.exs': 'import Config\n\nconfig :shop, ShopWeb.Endpoint,\n  debug_errors: true\n' }, /^Set debug_errors: false/],
    [{ 'config/environments/production.rb': 'Rails.application.configure do\n  config.consider_all_requests_local = true\nend\n' }, /consider_all_requests_local = false in config\/environments\/production\.rb/],
    [{ 'src/main/resources/application.yml': 'server:\n  error:\n    include-stacktrace: always\n' }, /^Spring Boot: remove the setting/],
  ];
  for (const [files, fix] of cases) {
    const out = (await run(files)).filter((f) => !f.note);
    expect(out.length, JSON.stringify(files)).toBeGreaterThan(0);
    for (const f of out) {
      expect(f.fix, f.message).toMatch(fix);
      expect(f.fix).not.toMatch(/os\.environ|in Python/);
    }
  }
});

it('Python findings keep the deploy-config fix; the rule\'s own fix (SARIF help) names the stacks, not Python alone', async () => {
  const flask = await run({ Dockerfile: 'FROM python:3.12-slim\nENV FLASK_DEBUG=1\nCMD ["gunicorn", "app:app"]\n' });
  expect(flask[0]!.fix).toMatch(/in Python: DEBUG = os\.environ\.get\("DEBUG"\) == "1"/);
  expect(debugMode.docs.fix).not.toMatch(/^Remove the debug setting from deploy config/);
  for (const s of ['GIN_MODE=release', 'RAILS_ENV=production', 'ASPNETCORE_ENVIRONMENT=Production', 'UseDeveloperExceptionPage()', 'debug_errors: false', 'include-stacktrace=never', 'JDWP']) expect(debugMode.docs.fix).toContain(s);
});
