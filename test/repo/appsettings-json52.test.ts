import { describe, expect, it } from 'vitest';
import { snapshotOf, runCase } from '../helpers/check-tester.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { jsoncProblem } from '../../src/repo/json.js';

// QA52 polyglot D8: a malformed appsettings.<Env>.json is reported with the JSON parser's message and place, as a task definition is.
describe('appsettings read as JSON (QA52 D8)', () => {
  it('a missing comma: the JSON parser\'s words at the next key, not the YAML reader\'s; comments and trailing commas still read', () => {
    const s = snapshotOf({
      'appsettings.Staging.json': '{\n  "DetailedErrors": true\n  "AllowedHosts": "*"\n}\n',
      'appsettings.json': '{\n  // comment\n  "Logging": { "LogLevel": { "Default": "Information", }, },\n  /* block */ "AllowedHosts": "*",\n}\n',
      'appsettings.Production.json': '\uFEFF{ DetailedErrors: true }\n',
    });
    expect(s.yaml('appsettings.Staging.json')!.docs).toEqual([]);
    expect(s.yaml('appsettings.json')!.docs[0]!.value).toEqual({ Logging: { LogLevel: { Default: 'Information' } }, AllowedHosts: '*' });
    // YAML reads an unquoted key; .NET's JSON reader refuses it.
    expect(s.yaml('appsettings.Production.json')!.docs).toEqual([]);
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      "appsettings.Staging.json:3:3 not valid JSON: Expected ',' or '}' after property value",
      "appsettings.Production.json:1:3 not valid JSON: Expected property name or '}'",
    ]);
    expect(jsoncProblem('{ "a": 1, // x\n }')).toBeNull();
  });
  it('debug-mode does not judge an appsettings file JSON refuses (.NET cannot load it)', async () => {
    const out = await runCase(debugMode, { files: { 'appsettings.Production.json': '{ DetailedErrors: true }\n', 'appsettings.Staging.json': '{\n  "DetailedErrors": true,\n}\n' } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['appsettings.Staging.json:2']);
  });
});
