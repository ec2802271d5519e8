import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { aspNetSettings, devEnvironmentName, isTestFile } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 polyglot D12: environment files named for development or tests, with a qualifier, are development/test by name.
const RAILS = 'Rails.application.configure do\n  config.consider_all_requests_local = true\nend\n';
const STACKTRACE = 'server:\n  error:\n    include-stacktrace: always\n';

describe('development and test environment names with a qualifier (QA52 D12)', () => {
  it('devEnvironmentName: a development or test word first, no deployed environment after it', () => {
    for (const n of ['development', 'Development', 'Local', 'test', 'development_docker', 'Development.Local', 'test_ci', 'dev-alice']) expect(devEnvironmentName(n), n).toBe(true);
    for (const n of ['production', 'Staging', 'development_prod', 'local-staging', 'docker_development', 'devices', 'Production.Local']) expect(devEnvironmentName(n), n).toBe(false);
    expect(aspNetSettings('api/appsettings.Development.Local.json')).toEqual({ environment: 'Development.Local', dev: true });
    expect(aspNetSettings('api/appsettings.Production.EU.json')).toEqual({ environment: 'Production.EU', dev: false });
    for (const f of ['src/main/resources/application-it.yml', 'src/main/resources/application-it.properties']) expect(isTestFile(f), f).toBe(true);
    expect(isTestFile('src/main/resources/application-italy.yml')).toBe(false);
  });
  it('debug-mode: application-it.yml, development_docker.rb and appsettings.Development.Local.json are not judged; their production twins are', async () => {
    const out = await runCase(debugMode, { files: {
      'api/appsettings.Local.json': '{ "DetailedErrors": true }\n',
      'api/appsettings.Development.Local.json': '{ "DetailedErrors": true }\n',
      'api/appsettings.Production.EU.json': '{ "DetailedErrors": true }\n',
      ...Object.fromEntries(['test', 'e2e', 'ci', 'it', 'prod'].map((p) => [`src/main/resources/application-${p}.yml`, STACKTRACE])),
      ...Object.fromEntries(['test', 'ci', 'development_docker', 'test_ci', 'production_eu'].map((e) => [`config/environments/${e}.rb`, RAILS])),
    } });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`).sort()).toEqual([
      'api/appsettings.Production.EU.json:1',
      'config/environments/production_eu.rb:2',
      'src/main/resources/application-prod.yml:3',
    ]);
  });
});
