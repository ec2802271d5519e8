import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 50 (fullrepos28 D4): CORS items that name the any-origin call or setting cors-wildcard fails ("No `Cors::permissive()`
// in production", "CORS does not use `anyHost()`", "No `CORS(app)` without origins", "No `allow_origins=["*"]` in production") or
// say CORS is not permissive / wide open stayed manual, while the check reported that very call critical.

const checksOf = (text: string, headings: string[] = ['API']) => matchItem(text, { headings }).checks;

describe('fullrepos28 D4: an any-origin call or setting refused binds cors-wildcard', () => {
  it.each([
    'No `Cors::permissive()` in production',
    '`actix-cors` is not `Cors::permissive()` in production',
    'No `CorsLayer::permissive()` on the API router',
    'CORS does not use `anyHost()`',
    'CORS: no `anyHost()` — only `allowHost("notes.example.com")`',
    'No `anyHost()` in the CORS plugin',
    '`anyHost()` removed from the CORS plugin',
    'Never call `allow_any_origin()`',
    'No `AllowAnyOrigin()` in Program.cs',
    'No `allow_origins=["*"]` in production',
    'rack-cors does not use `origins \'*\'`',
    'No `origin: true` in the cors() options',
    'No `CORS(app)` without origins',
    'Express `cors()` is not called without options',
    'Spring `@CrossOrigin` is not used without origins',
    'No `@CrossOrigin("*")` on controllers',
    'Gin does not use `cors.Default()`',
  ])('%s', (text) => {
    expect(checksOf(text)).toEqual(['cors-wildcard']);
  });
  it.each([
    // The call named as the setup, granted, kept, reviewed or given credentials only.
    '`Cors::permissive()` for the public API',
    '`CORS(app)` without origins on the public status API',
    '`anyHost()` is used in development only',
    'Review `Cors::permissive()` usage',
    'We allow `origins \'*\'` on the public API',
    '`allow_origins=["*"]` is fine for the public API',
    'No credentials with `allow_origins=["*"]`',
    'Do not remove `allow_origins=["*"]` from the CORS middleware',
    'Never remove `anyHost()`',
    'CORSMiddleware is not given `allow_origins=["*"]`',
    'Origins `\'*\'` only for the public API',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('fullrepos28 D4: CORS said not to be permissive or wide open binds what "No wildcard CORS" binds', () => {
  it.each(['CORS is not permissive', 'No permissive CORS in production', 'CORS not wide open', 'actix-cors is not permissive in production', 'CORS policy is never wide-open'])('%s', (text) => {
    expect(checksOf(text)).toEqual(['cors-policy', 'cors-wildcard']);
  });
  it.each(['Permissive CORS for the public API', 'CORS is permissive on purpose (public API)', 'File permissions are not permissive', 'Document the default CORS policy'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('fullrepos28 D4: the bound item fails on the call it names', () => {
  it('Ktor `anyHost()` with credentials fails "CORS: no `anyHost()`"', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '# Notes API\n\n## Application\n- [ ] CORS: no `anyHost()` — only `allowHost("notes.example.com")`\n',
      'build.gradle.kts': 'dependencies { implementation("io.ktor:ktor-server-cors:2.3.12") }\n',
      'src/main/kotlin/com/acme/Application.kt': 'package com.acme\n\nimport io.ktor.server.application.*\nimport io.ktor.server.plugins.cors.routing.*\n\nfun Application.module() {\n    install(CORS) {\n        allowCredentials = true\n        anyHost()\n    }\n}\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const item = report.items[0]!;
    expect(item).toMatchObject({ check: 'cors-wildcard', status: 'fail' });
    expect(report.findings.filter((f) => f.item === item.id).map((f) => [f.check, f.file, f.severity])).toEqual([['cors-wildcard', 'src/main/kotlin/com/acme/Application.kt', 'critical']]);
  });
});
