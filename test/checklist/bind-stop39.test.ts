import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 39 (fullrepos18 D1): items stated in a stack's own words — the ASP.NET Core developer exception page,
// `DetailedErrors`, Phoenix's `debug_errors`, "stack traces never returned to clients" — stayed manual although debug-mode
// (and, live, dev-server-exposed) report exactly those settings; and a shared finding went to an unrelated item.

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;
// Review C S3: debug-mode alone. dev-server-exposed cannot cause the unhandled exception that shows a developer exception
// page or a stack trace, so it binds neither promise (a pass there would replace a sign-off with a check that never saw it).
const DEBUG_MODE = ['debug-mode'];

describe('matcher: stack-specific debug promises bind (stop 39)', () => {
  it.each<[string, string[]]>([
    // The developer exception page by name: the setting (debug-mode).
    ['No developer exception page in production', DEBUG_MODE],
    ['Developer exception page is not enabled in production', DEBUG_MODE],
    ['Developer exception page disabled in prod', DEBUG_MODE],
    ['Disable the developer exception page in production', DEBUG_MODE],
    ['Developer exception page only in Development', DEBUG_MODE],
    ['Developer exception page guarded by `IsDevelopment()`', DEBUG_MODE],
    // The call is code: debug-mode's alone.
    ['`UseDeveloperExceptionPage()` only in Development', ['debug-mode']],
    ['Never call `UseDeveloperExceptionPage()` in production', ['debug-mode']],
    ['`app.UseDeveloperExceptionPage()` is never called outside Development', ['debug-mode']],
    // DetailedErrors and debug_errors, as their siblings (consider_all_requests_local, APP_DEBUG=false) are written.
    ['`DetailedErrors` is false in production', ['debug-mode']],
    ['No `"DetailedErrors": true` in appsettings.Production.json', ['debug-mode']],
    ['Do not set DetailedErrors to true', ['debug-mode']],
    ['`DetailedErrors` only in appsettings.Development.json', ['debug-mode']],
    ['`debug_errors` is false in prod', ['debug-mode']],
    ['`debug_errors: false` in config/prod.exs', ['debug-mode']],
    ['No `debug_errors: true` in prod.exs', ['debug-mode']],
    ['`debug_errors` only in dev.exs', ['debug-mode']],
    // Stack traces kept from clients: the settings that put them there.
    ['Stack traces are never returned to clients', DEBUG_MODE],
    ['No stack traces in error responses', DEBUG_MODE],
    ['Error responses never include stack traces', DEBUG_MODE],
    ["Don't leak stack traces to users", DEBUG_MODE],
    ['Stack traces hidden from users in production', DEBUG_MODE],
    ['Stack traces are never returned to clients (logged server-side instead)', DEBUG_MODE],
    ['Stack trace: never shown to clients', DEBUG_MODE],
    // The Spring setting named is debug-mode's own rule (a part of its name is no "stack trace" said).
    ['No `server.error.include-stacktrace=always` outside dev profiles', ['debug-mode']],
    // The siblings still bind as before.
    ['Phoenix debug errors disabled in production', ['debug-mode']],
    ['`APP_DEBUG=false` in production', ['debug-mode']],
    ['`GIN_MODE=release` in production', ['debug-mode']],
  ])('binds: %s', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });

  it.each([
    // The promise negated, a state stated without it, a question-like plan, a deferral.
    'We do not disable the developer exception page',
    'Developer exception page is not disabled',
    'Developer exception page not yet disabled',
    'Developer exception page enabled in production',
    '`UseDeveloperExceptionPage()` called outside `IsDevelopment()`',
    '`UseDeveloperExceptionPage()` is not only in Development',
    'Developer exception page disabled — later',
    'Developer exception page only in dev (TODO)',
    'Should we hide stack traces?',
    'Document the developer exception page',
    'Custom error page instead of the developer exception page',
    '`DetailedErrors` is not false',
    '`DetailedErrors` reviewed',
    '`debug_errors: true` in prod',
    'Not sure about `debug_errors`',
    // Where stack traces go instead, or a negated hiding.
    'Stack traces are logged to Sentry',
    'No stack traces in logs',
    'Stack traces are not sent to Sentry',
    'Stack traces are not hidden yet',
    'Mobile app: no stack traces in crash dialogs',
    '`e.printStackTrace()` not used',
    // Error tracking is not the debug switch.
    'Exception tracking set up in Sentry',
    'Configure error tracking (Sentry)',
    // MIX_ENV is no setting debug-mode reads: binding it would pass a promise nothing verified.
    '`MIX_ENV=prod` in the release image',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it("the examiner's Markdown checklist: every item debug-mode or dev-server-exposed answers binds", () => {
    const md = [
      '# Go-live', '', '## ASP.NET Core',
      '- [ ] Developer exception page is not enabled in production',
      '- [ ] `UseDeveloperExceptionPage()` only in Development',
      '- [ ] No developer exception page in production',
      '- [ ] `DetailedErrors` is false in production', '', '## Phoenix',
      '- [ ] `debug_errors` is false in prod',
      '- [ ] Phoenix debug errors disabled in production',
      '- [ ] `MIX_ENV=prod` in the release image', '', '## Spring',
      '- [ ] Stack traces are never returned to clients',
      '- [ ] Actuator endpoints are not publicly exposed', '',
    ].join('\n');
    expect(parseMarkdownChecklist('CL.md', md).items.map((i) => [i.title, i.checks])).toEqual([
      ['Developer exception page is not enabled in production', DEBUG_MODE],
      ['UseDeveloperExceptionPage() only in Development', ['debug-mode']],
      ['No developer exception page in production', DEBUG_MODE],
      ['DetailedErrors is false in production', ['debug-mode']],
      ['debug_errors is false in prod', ['debug-mode']],
      ['Phoenix debug errors disabled in production', ['debug-mode']],
      ['MIX_ENV=prod in the release image', []],
      ['Stack traces are never returned to clients', DEBUG_MODE],
      ['Actuator endpoints are not publicly exposed', []],
    ]);
  });

  it('the seed checklists bind as before: their error-tracking items stay manual', () => {
    for (const name of ['checklist-a.md', 'checklist-b.md', 'checklist-c.md']) {
      const items = parseMarkdownChecklist(name, fs.readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8')).items;
      for (const i of items.filter((x) => /\berror|exception|stack/i.test(x.title ?? ''))) {
        expect(i.checks.filter((c) => c === 'debug-mode' || c === 'dev-server-exposed'), `${name}: ${i.title}`).toEqual([]);
      }
    }
  });
});

describe('gate: a shared finding goes to the item naming its setting (stop 39)', () => {
  const PROGRAM = 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\napp.UseDeveloperExceptionPage();\n\napp.MapGet("/", () => "ok");\napp.Run();\n';
  const files = { 'Api/Program.cs': PROGRAM, 'Api/appsettings.Production.json': '{ "DetailedErrors": true }\n' };
  const owners = async (checklist: string) => {
    const dir = makeRepo({ ...files, 'PRODUCTION_CHECKLIST.md': checklist });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {} });
    return {
      owner: Object.fromEntries(report.findings.filter((f) => f.check === 'debug-mode').map((f) => [f.file, f.item])),
      items: report.items.map((i) => [i.id, i.status]),
    };
  };

  it("the developer exception page's finding is not reported under an item about ASPNETCORE_ENVIRONMENT", async () => {
    const r = await owners('# Release\n- [ ] `ASPNETCORE_ENVIRONMENT` is `Production` in every deployment\n- [ ] Developer exception page is not enabled in production\n');
    expect(r.owner['Api/Program.cs']).toBe('developer-exception-page-is-not-enabled-in-production');
    expect(r.items.map(([, s]) => s)).toEqual(['fail', 'fail']);
  });

  it('`DetailedErrors` goes to the item that names it, the call to the item naming the page, in either order', async () => {
    const page = '- [ ] No developer exception page in production';
    const detailed = '- [ ] `DetailedErrors` is false in production';
    const want = { 'Api/Program.cs': 'no-developer-exception-page-in-production', 'Api/appsettings.Production.json': 'detailederrors-is-false-in-production' };
    expect((await owners(`# Go-live\n## Error handling\n${page}\n${detailed}\n`)).owner).toEqual(want);
    expect((await owners(`# Go-live\n## Error handling\n${detailed}\n${page}\n`)).owner).toEqual(want);
    // The call named in the title: `UseDeveloperExceptionPage()` is about the call's finding.
    const call = '- [ ] `UseDeveloperExceptionPage()` only in Development';
    expect((await owners(`# Go-live\n${detailed}\n${call}\n`)).owner).toEqual({ 'Api/Program.cs': 'usedeveloperexceptionpage-only-in-development', 'Api/appsettings.Production.json': 'detailederrors-is-false-in-production' });
  });
});
