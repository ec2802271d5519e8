import { describe, expect, it } from 'vitest';
import { assertChecklistText, parseYamlChecklist, resolveExtends, loadPreset, PRESET_NAMES } from '../../src/checklist/load.js';
import { globMatcher, plan } from '../../src/gate/plan.js';
import { ConfigError } from '../../src/types.js';

function err(text: string): ConfigError {
  try { parseYamlChecklist('preflight.yml', text); } catch (e) { if (e instanceof ConfigError) return e; throw e; }
  throw new Error('expected a ConfigError');
}

describe('YAML checklist', () => {
  it('parses items, probes and defaults', () => {
    const c = parseYamlChecklist('preflight.yml', `version: 1
fail-on: high
probes:
  url: https://staging.example.com
  health: /healthz
  headers: { Authorization: "Bearer \${PREFLIGHT_TOKEN}" }
items:
  - id: pinned-images
    check: image-tag-pinned
    severity: critical
    paths: ["services/**"]
  - id: backups-tested
    title: Backup restore procedure has been tested
`);
    expect(c.failOn).toBe('high');
    expect(c.probes.health).toEqual(['/healthz']);
    expect(c.items[0]).toMatchObject({ id: 'pinned-images', checks: ['image-tag-pinned'], severity: 'critical', paths: ['services/**'], source: { file: 'preflight.yml', line: 8 } });
    expect(c.items[1]!.checks).toEqual([]);
    expect(c.manualSeverity).toBe('high');
  });

  it.each([
    ['version: 2\nitems: []\n', /1:10: version/],
    ['version: 1\nitemz: []\n', /2:1: unknown key 'itemz' \(did you mean 'items'\?\)/],
    ['version: 1\nitems:\n  - id: a\n    chek: hsts\n', /4:5: unknown key 'chek' \(did you mean 'check'\?\)/],
    ['version: 1\nitems:\n  - id: a\n    check: hsts\n    severity: severe\n', /5:15: items\.0\.severity: expected one of "critical"/],
    ['version: 1\nfail-on: everything\n', /2:10: fail-on/],
    ['version: 1\nitems:\n  - id: a\n    check: [hsts, hstss]\n', /4:19: unknown check 'hstss' \(did you mean 'hsts'\?\)/],
    ['version: 1\nitems:\n  - { id: a, title: A }\n  - { id: a, title: B }\n', /4:11: duplicate item id 'a'/],
    ['version: 1\nitems:\n\t- id: a\n', /3:1: invalid YAML/],
    ['', /1:1: empty checklist/],
    ['version: 1\nprobes:\n  url: https://x\n  timeout: -1\n', /4:12: probes\.timeout/],
    ['version: 1\nitems:\n  - id: a\n    check: {id: hsts}\n', /4:12: items\.0\.check: expected a check id or a list of check ids/],
    ['version: 1\nitems:\n  - id: a\n    group: 5\n', /4:12: items\.0\.group: expected a group name or a list of names/],
    ['version: 1\nitems:\n  - id: a\n    check: healthcheck\n', /unknown check 'healthcheck' \(did you mean 'dockerfile-healthcheck'\?\)/],
    ['version: 1\nitems:\n  - id: a\n    check: non-root\n', /unknown check 'non-root' \(did you mean 'dockerfile-non-root' or 'k8s-run-as-non-root'\?\)/],
    ['version: 1\nitems:\n  - id: a\n    check: hsts\n    paths: [src/**, ../**]\n', /5:21: items\.0\.paths\.1: expected a glob relative to the repository \(no `\.\.` segment/],
    ['version: 1\nitems:\n  - id: a\n    check: hsts-header\n', /unknown check 'hsts-header' \(did you mean 'hsts'\?\)/],
    // At the repeat, not at the list (checklists7 D3, c29).
    ['version: 1\nitems:\n  - id: a\n    check: [image-tag-pinned, image-tag-pinned]\n', /4:31: items\.0\.check\.1: expected each check once .*'image-tag-pinned' is listed again/],
    ['version: 1\nitems:\n  - id: edge\n    check: [hsts, https-redirect, hsts]\n', /4:35: items\.0\.check\.2: expected each check once/],
    ['version: 1\nitems:\n  - id: a\n    check: debug-mode\n    paths: ["/etc/**"]\n', /5:13: items\.0\.paths\.0: expected a glob relative to the repository root/],
    ['version: 1\nignore: ["C:/repo/**"]\n', /2:10: ignore\.0: expected a glob relative to the repository root/],
    ['version: 1\nfail-on: high\nitems: []\nfail-on: critical\n', /4:1: invalid YAML: duplicate key 'fail-on'/],
    ['version: 1\nitems:\n  - id: pins\n    check: image-tag-pinned\n    severity: high\n    check: restart-policy\n', /6:5: invalid YAML: duplicate key 'check'/],
    ['version: 1\nitems:\n  - { id: a, check: hsts, "id": b }\n', /3:27: invalid YAML: duplicate key 'id'/],
    ['version: 1\nitems:\n  - id: a\n    check: image-tag-pinned\n    paths: ["k8s/**/*.{yml", "k8s/**/*.yaml"]\n', /5:13: items\.0\.paths\.0: expected a valid glob: Missing closing: "\}"/],
    ['version: 1\nignore: ["docs/**", "test/fixtures/[abc/**"]\n', /2:21: ignore\.1: expected a valid glob: Missing closing: "\]"/],
    // Windows separators (QA27 D5): `\` escapes the next character in a glob, so these match nothing.
    ["version: 1\nitems:\n  - id: a\n    check: dockerfile-non-root\n    paths: ['services\\api\\**']\n", /5:13: items\.0\.paths\.0: expected `\/` between folders, as git lists paths: .*'services\\api\\\*\*' matches nothing; use \/ in globs \('services\/api\/\*\*'\)/],
    ["version: 1\nitems:\n  - id: a\n    check: image-tag-pinned\n    paths: [ok/**, 'apps\\web\\Dockerfile']\n", /5:20: items\.0\.paths\.1: expected `\/` between folders/],
    ["version: 1\nignore: ['test\\']\n", /2:10: ignore\.0: expected `\/` between folders/],
    ["version: 1\nignore: ['services\\.env']\n", /2:10: ignore\.0: expected `\/` between folders/],
  ])('%j → %s', (text, re) => {
    expect(err(text).format()).toMatch(re);
  });

  it('a backslash that escapes a glob character or a backslash is no Windows separator (QA27 D5)', () => {
    const c = parseYamlChecklist('preflight.yml', "version: 1\nignore: ['docs/\\[draft\\]/**', 'odd\\\\name/**', 'a\\*b', '**/\\!keep']\nitems: []\n");
    expect(c.ignore).toEqual(['docs/\\[draft\\]/**', 'odd\\\\name/**', 'a\\*b', '**/\\!keep']);
    expect(globMatcher(['docs/\\[draft\\]/**'])('docs/[draft]/a.md')).toBe(true);
  });

  it('a glob ending in / means everything under that folder, dotfiles included', () => {
    const m = globMatcher(['test/', 'docs/**/*.md']);
    expect(['test/app.py', 'test/fixtures/.env', 'docs/a/b.md'].every(m)).toBe(true);
    expect(['src/test.py', 'testing/a.py', 'docs/a.txt'].some(m)).toBe(false);
  });

  it('a plain path without wildcards names a folder and what is in it, as in .gitignore (`ignore: [vendor]`, `paths: [services/blog]`)', () => {
    const m = globMatcher(['services/blog', 'vendor', 'Dockerfile']);
    expect(['services/blog/Dockerfile', 'services/blog/devops_project/settings.py', 'vendor/lib/.env', 'Dockerfile'].every(m)).toBe(true);
    expect(['services/blog-old/Dockerfile', 'services/other/Dockerfile', 'src/vendor/a.py', 'Dockerfile.dev'].some(m)).toBe(false);
    // Globs keep their meaning: one `*` does not cross a folder.
    expect(globMatcher(['services/*'])('services/blog/Dockerfile')).toBe(false);
  });

  it('a `!glob` excludes instead of matching every other file (`paths: [services/**, "!services/legacy/**"]`, gitignore-style `ignore`)', () => {
    const paths = globMatcher(['services/**', '!services/backend_flask/**']);
    expect(['services/api/server.js', 'services/nginx/default.conf'].every(paths)).toBe(true);
    expect(['services/backend_flask/app.py', 'docker-compose.yml', 'deploy/k8s/redis.yaml'].some(paths)).toBe(false);
    // A plain folder after `!` names what is in it, as without it.
    const ignore = globMatcher(['test/**', '!test/fixtures/app', '!test/fixtures/app/']);
    expect(['test/unit/.env', 'test/fixtures/other/.env'].every(ignore)).toBe(true);
    expect(['test/fixtures/app/.env', 'services/frontend_react/.env', 'docker-compose.yml'].some(ignore)).toBe(false);
    // Only negations: everything else.
    const only = globMatcher(['!services/**']);
    expect(only('deploy/k8s/redis.yaml')).toBe(true);
    expect(only('services/api/server.js')).toBe(false);
  });

  it('warns when signed-off sits on an item that runs a check (the check still runs)', () => {
    const c = parseYamlChecklist('.github/preflight.yml', 'version: 1\nitems:\n  - id: pinned-images\n    check: image-tag-pinned\n    signed-off: true\n  - id: backups\n    title: Backups tested\n    signed-off: true\n');
    expect(c.items[0]!.checks).toEqual(['image-tag-pinned']);
    expect(c.warnings).toEqual([expect.stringMatching(/^\.github\/preflight\.yml:5:5: item 'pinned-images' is signed off but runs image-tag-pinned: a sign-off attests manual items only, the check still runs/)]);
    expect(resolveExtends(c).warnings).toEqual(c.warnings);
  });

  it('extends presets; same id replaces the preset item in place; no extends runs only own items', () => {
    const own = parseYamlChecklist('p.yml', 'version: 1\nextends: [docker]\nitems:\n  - { id: image-tag-pinned, check: image-tag-pinned, severity: critical }\n  - { id: extra, title: Extra manual }\n');
    const merged = resolveExtends(own);
    const docker = loadPreset('docker');
    expect(merged.items.map((i) => i.id)).toEqual([...docker.items.map((i) => i.id), 'extra']);
    expect(merged.items.find((i) => i.id === 'image-tag-pinned')!.severity).toBe('critical');
    expect(merged.warnings ?? []).toEqual([]);
    // Replacing a preset's checked item without `check:` makes it manual: legal, but said (QA stop 18).
    const bare = resolveExtends(parseYamlChecklist('p.yml', 'version: 1\nextends: [docker]\nitems:\n  - { id: image-tag-pinned, severity: critical }\n'));
    expect(bare.items.find((i) => i.id === 'image-tag-pinned')!.checks).toEqual([]);
    expect(bare.warnings).toEqual([expect.stringMatching(/^p\.yml:4:5: item 'image-tag-pinned' replaces the preset's item of that id, which runs image-tag-pinned; it names no check, so it is a manual item now: add `check: image-tag-pinned`/)]);
    const alone = resolveExtends(parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: x, check: hsts }\n'));
    expect(alone.items.map((i) => i.id)).toEqual(['x']);
    expect(() => resolveExtends(parseYamlChecklist('p.yml', 'version: 1\nextends: dockr\n'))).toThrow(/unknown preset 'dockr' \(did you mean 'docker'\?\)/);
    // …at the line and column where it is written.
    try { parseYamlChecklist('p.yml', 'version: 1\nextends:\n  - docker\n  - recomended\n'); expect.unreachable(); } catch (e) {
      expect((e as ConfigError).format()).toMatch(/^p\.yml:4:5: unknown preset 'recomended' \(did you mean 'recommended'\?\)/);
    }
  });

  it('an alias without its anchor names the line and column of the alias', () => {
    try { parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - id: a\n    check: hsts\n    options: *nope\n'); expect.unreachable(); } catch (e) {
      expect((e as ConfigError).format()).toMatch(/^p\.yml:5:14: invalid YAML: Unresolved alias/);
    }
  });

  it('the published checklist JSON Schema loads in a strict validator and accepts every preset', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default as unknown as (a: InstanceType<typeof Ajv2020>) => void;
    const { parse } = await import('yaml');
    const fsm = await import('node:fs');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fsm.readFileSync(new URL('../../schemas/checklist.schema.json', import.meta.url), 'utf8')) as object);
    for (const n of PRESET_NAMES) expect(validate(parse(fsm.readFileSync(new URL(`../../checklists/${n}.yml`, import.meta.url), 'utf8'))), `${n}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate({ version: 1, probes: { health: 'healthz' } })).toBe(false);
    // What the loader refuses, the schema refuses too: unknown check ids, presets and options (QA stop 18).
    const ok = { version: 1, extends: ['recommended'], items: [{ id: 'pin', check: 'image-tag-pinned', options: { allow: ['scratch'] } }, { id: 'tls', check: ['hsts', 'tls-version'], options: { hsts: { 'min-max-age': 31536000 } } }] };
    expect(validate(ok), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: 1, items: [{ id: 'pin', check: 'image-tag-pined' }] })).toBe(false);
    expect(validate({ version: 1, extends: ['recomended'] })).toBe(false);
    expect(validate({ version: 1, items: [{ id: 'pin', check: 'image-tag-pinned', options: { alow: ['scratch'] } }] })).toBe(false);
    expect(validate({ version: 1, items: [{ id: 'tls', check: ['hsts', 'tls-version'], options: { 'min-max-age': 1 } }] })).toBe(false);
    expect(validate({ version: 1, items: [{ id: 'tls', check: ['hsts', 'hsts'] }] })).toBe(false);
    // Levels in any case, as the loader reads them; a misspelt one is refused by both (QA 26 D7).
    const levels = { version: 1, 'fail-on': 'High', items: [{ id: 'pin', check: 'image-tag-pinned', severity: 'HIGH' }, { id: 'm', severity: 'Off' }] };
    expect(validate(levels), JSON.stringify(validate.errors)).toBe(true);
    expect(resolveExtends(parseYamlChecklist('p.yml', 'version: 1\nfail-on: High\nitems:\n  - { id: pin, check: image-tag-pinned, severity: HIGH }\n  - { id: m, severity: Off }\n')).failOn).toBe('high');
    for (const bad of [{ 'fail-on': 'hihg' }, { 'fail-on': 'off' }, { 'fail-on': 'HIGH ' }, { items: [{ id: 'p', severity: 'none' }] }, { items: [{ id: 'p', severity: 'xhigh' }] }]) {
      expect(validate({ version: 1, ...bad }), JSON.stringify(bad)).toBe(false);
      expect(() => parseYamlChecklist('p.yml', JSON.stringify({ version: 1, ...bad })), JSON.stringify(bad)).toThrow(ConfigError);
    }
  });

  it('every preset parses and names only catalogue ids', () => {
    expect(PRESET_NAMES.sort()).toEqual(['django', 'docker', 'flask', 'kubernetes', 'node', 'recommended']);
    for (const n of PRESET_NAMES) expect(loadPreset(n).items.length).toBeGreaterThan(3);
    // A preset's globs are no user's typo: never warned about as matching nothing (QA28 D6); the file's own items' are located.
    for (const n of PRESET_NAMES) expect(loadPreset(n).items.filter((i) => i.pathsAt)).toEqual([]);
    expect(parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - id: a\n    check: hsts\n    paths: [a/**, "b/**"]\n').items[0]!.pathsAt!(1)).toEqual({ file: 'p.yml', line: 5, column: 19 });
  });

  it('validates options with the check schema: errors point at the offending key or value', () => {
    const at = (text: string) => { try { plan(parseYamlChecklist('p.yml', text), {}); } catch (e) { return (e as ConfigError).format(); } return 'no error'; };
    const c = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - id: h\n    check: hsts\n    options: { min-max-agee: 5 }\n');
    expect(() => plan(c, {})).toThrow(/unknown option 'min-max-agee' for check 'hsts' \(did you mean 'min-max-age'\?\); expected one of: include-subdomains, min-max-age, preload$/);
    // The unknown key itself, not the item.
    expect(at('version: 1\nitems:\n  - id: h\n    check: hsts\n    options: { min-max-agee: 5 }\n')).toMatch(/^p\.yml:5:16: unknown option 'min-max-agee'/);
    // A value of the wrong type: the value.
    expect(at('version: 1\nitems:\n  - id: i\n    check: image-tag-pinned\n    options:\n      allow: 7\n')).toMatch(/^p\.yml:6:14: options\.allow for check 'image-tag-pinned': /);
    // An option that must be a regular expression, and is not.
    expect(at('version: 1\nitems:\n  - id: c\n    check: cookie-flags\n    options:\n      sessionNames: "sess("\n')).toMatch(/^p\.yml:6:21: options\.sessionNames for check 'cookie-flags': expected a valid regular expression/);
    // Options on a manual item (no check) would configure nothing.
    expect(at('version: 1\nitems:\n  - id: m\n    title: Backups tested\n    options: { x: 1 }\n')).toMatch(/^p\.yml:5:5: options given for item 'm', which names no check/);
    // The probe's list of expressions: each one is validated (an invalid one used to be dropped, silently narrowing the default).
    expect(at('version: 1\nitems:\n  - id: c\n    check: cookie-security\n    options:\n      session-patterns: ["sid", "(sess"]\n')).toMatch(/^p\.yml:6:33: options\.session-patterns\.1 for check 'cookie-security': expected a valid regular expression/);
    // Several checks: options keyed by check id; a stray key and a nested error are located too.
    expect(at('version: 1\nitems:\n  - id: j\n    check: [hsts, image-tag-pinned]\n    options:\n      hsts: {}\n      imag-tag-pinned: {}\n')).toMatch(/^p\.yml:7:7: options of an item with several checks are keyed by check id; 'imag-tag-pinned'/);
    expect(at('version: 1\nitems:\n  - id: j\n    check: [hsts, image-tag-pinned]\n    options:\n      image-tag-pinned:\n        moving-tags: [1]\n')).toMatch(/^p\.yml:7:23: options\.moving-tags\.0 for check 'image-tag-pinned': /);
  });

  it('resolves severities: catalogue → item → override; off disables', () => {
    const c = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: a, check: hsts }\n  - { id: b, check: hsts, severity: low }\n  - { id: c, title: Manual }\n');
    const p1 = plan(c, {});
    expect(p1.map((p) => p.severity)).toEqual(['high', 'low', 'high']);
    const p2 = plan(c, { hsts: 'medium', c: 'info' });
    expect(p2.map((p) => p.severity)).toEqual(['medium', 'medium', 'info']);
    expect(plan(c, { b: 'off' })[1]!.checks[0]!.off).toBe(true);
  });

  it('reports every mistake of a checklist in one run, in file order, at most 10 (QA 26 D2)', () => {
    const errs = (text: string) => { try { plan(resolveExtends(parseYamlChecklist('p.yml', text)), {}); } catch (e) { const c = e as ConfigError; return { lines: c.all().map((x) => x.format()), omitted: c.omitted }; } return null; };
    expect(errs('version: 1\nfail-on: hihg\nitems:\n  - id: pinned\n    check: image-tag-pined\n  - id: root\n    check: dockerfile-non-root\n    serverity: high\n')).toEqual({ omitted: 0, lines: [
      'p.yml:2:10: fail-on: expected one of "critical", "high", "medium", "low", "info", "none" (did you mean \'high\'?)',
      "p.yml:5:12: unknown check 'image-tag-pined' (did you mean 'image-tag-pinned'?); run `preflight list` for the catalogue",
      "p.yml:8:5: unknown key 'serverity' (did you mean 'severity'?); expected one of: id, title, check, severity, paths, ignore, options, group, signed-off",
    ] });
    // Options are checked once the file parses: each item's, in one run.
    expect(errs('version: 1\nitems:\n  - { id: a, check: certificate, options: { min_days: 60 } }\n  - { id: b, check: certificate, options: { min-days: 12.5 } }\n')!.lines).toEqual([
      "p.yml:3:45: unknown option 'min_days' for check 'certificate' (did you mean 'min-days'?); expected 'min-days'",
      "p.yml:4:55: options.min-days for check 'certificate': expected a whole number, got 12.5",
    ]);
    // zod's words become the checklist's.
    expect(errs('version: 1\nitems:\n  - { title: x }\n')!.lines).toEqual(["p.yml:3:5: items.0.id: missing required key 'id'"]);
    expect(errs('version: 1\nitems:\n  - { id: a, check: hsts, options: [1] }\n')!.lines).toEqual(['p.yml:3:36: items.0.options: expected a mapping (`key: value`), got a list']);
    expect(errs('version: 1\nitems:\n  - { id: a, check: hsts, severity: crit }\n')!.lines[0]).toMatch(/severity: expected one of .*\(did you mean 'critical'\?\)$/);
    // One mistake, said once (a value failing several rules used to be reported per rule, in zod's words for one).
    expect(errs('version: 1\nitems:\n  - { id: a, check: restart-policy, ignore: [""] }\n')!.lines).toEqual(['p.yml:3:46: items.0.ignore.0: expected a non-empty string']);
    expect(errs('version: 1\nprobes:\n  url: https://app.example\n  health: healthz\nitems:\n  - { id: h, check: health-endpoint }\n')!.lines).toEqual(['p.yml:4:11: probes.health: expected a path on the target\'s host: one leading "/", not "//" or "/\\" (which name another host)']);
    // A probe header given as a string is not quoted back: it carries a credential (the error reaches logs unmasked).
    const leak = errs('version: 1\nprobes:\n  url: https://app.example\n  headers: "Authorization: Bearer sk_live_Zq8mLx2Vt7Rp4Kw9"\nitems: []\n')!.lines;
    expect(leak).toEqual(['p.yml:4:12: probes.headers: expected a mapping (`key: value`), got a string']);
    // The right word in the wrong type is said so, not "did you mean" itself.
    expect(errs('version: "1"\nitems: []\n')!.lines).toEqual(['p.yml:1:10: version: expected 1, got the string "1" (write it without quotes)']);
    // Bounded: 10 shown, the rest counted.
    const many = errs(`version: 1\nitems:\n${Array.from({ length: 30 }, (_, i) => `  - { id: a${i}, check: image-tag-pined, serverity: high }\n`).join('')}`)!;
    expect([many.lines.length, many.omitted]).toEqual([10, 50]);
    expect(many.lines[0]).toMatch(/^p\.yml:3:/);
    // Unknown checks alone (the schema accepts the file) are counted beyond the 10 shown too.
    const unknown = errs(`version: 1\nitems:\n${Array.from({ length: 12 }, (_, i) => `  - { id: a${i}, check: hsst }\n`).join('')}`)!;
    expect([unknown.lines.length, unknown.omitted]).toEqual([10, 2]);
    // A duplicate id and an unknown preset are said beside the schema's complaints, not once they are fixed (QA27 D6).
    expect(errs('version: 1\nextends: [recomended]\nitems:\n  - id: api-non-root\n    check: dockerfile-non-root\n  - id: api-non-root\n    check: image-tag-pinned\n  - id: other\n    check: restart-policy\n    severity: hihg\n')).toEqual({ omitted: 0, lines: [
      "p.yml:2:11: unknown preset 'recomended' (did you mean 'recommended'?); presets: " + PRESET_NAMES.join(', '),
      "p.yml:6:9: duplicate item id 'api-non-root' (first at line 4)",
      'p.yml:10:15: items.2.severity: expected one of "critical", "high", "medium", "low", "info", "off" (did you mean \'high\'?)',
    ] });
    expect(errs('version: 1\nitems:\n  - { id: a, check: hsts }\n  - { id: a, check: hsts, path: [x] }\n  - { id: b, check: hsts, ignore: ["../x/**"] }\n')!.lines).toEqual([
      "p.yml:4:11: duplicate item id 'a' (first at line 3)",
      expect.stringMatching(/^p\.yml:4:27: unknown key 'path'/),
      expect.stringMatching(/^p\.yml:5:36: items\.2\.ignore\.0: expected a glob relative to the repository/),
    ]);
    // Bounded as the rest: 10 shown, the rest counted.
    const dups = errs(`version: 1\nitems:\n${Array.from({ length: 13 }, () => '  - { id: a, check: hsts, severity: hihg }\n').join('')}`)!;
    expect([dups.lines.length, dups.omitted]).toEqual([10, 15]);
    // One mistake: one error, as before.
    expect(errs('version: 1\nitems:\n  - { id: a, check: hsst }\n')).toEqual({ omitted: 0, lines: ["p.yml:3:21: unknown check 'hsst' (did you mean 'hsts'?); run `preflight list` for the catalogue"] });
  });

  it('reports every option mistake, and the other items\' beside a broken item (QA28 D3/D4)', () => {
    const errs = (text: string) => { try { plan(resolveExtends(parseYamlChecklist('p.yml', text)), {}); } catch (e) { const c = e as ConfigError; return { lines: c.all().map((x) => x.format()), omitted: c.omitted }; } return null; };
    // Every mistake of an item's options, each at its value, not the first only.
    expect(errs('version: 1\nitems:\n  - id: rt\n    check: response-time\n    options: { max-ms: -100, samples: -3, path: "health" }\n  - id: hsts\n    check: hsts\n    options: { min-max-age: "1y", preload: "yes" }\n')).toEqual({ omitted: 0, lines: [
      "p.yml:5:24: options.max-ms for check 'response-time': expected a number greater than 0, got -100",
      "p.yml:5:39: options.samples for check 'response-time': expected a number of at least 1, got -3",
      expect.stringMatching(/^p\.yml:5:49: options\.path for check 'response-time': /),
      'p.yml:8:29: options.min-max-age for check \'hsts\': expected a number, got the string "1y"',
      'p.yml:8:44: options.preload for check \'hsts\': expected true or false, got the string "yes"',
    ] });
    // Unknown options: each at itself, in file order (the schema lists them after the values), with its own hint.
    expect(errs('version: 1\nitems:\n  - { id: h, check: hsts, options: { min-max-agee: 5, preload: 1, prelod: true } }\n')!.lines).toEqual([
      "p.yml:3:38: unknown option 'min-max-agee' for check 'hsts' (did you mean 'min-max-age'?); expected one of: include-subdomains, min-max-age, preload",
      "p.yml:3:64: options.preload for check 'hsts': expected true or false, got number 1",
      "p.yml:3:67: unknown option 'prelod' for check 'hsts' (did you mean 'preload'?); expected one of: include-subdomains, min-max-age, preload",
    ]);
    // Several checks: every stray key and each check's mistakes.
    expect(errs('version: 1\nitems:\n  - { id: d, check: [hsts, certificate], options: { hsts: { preload: 1 }, certificat: {}, min-days: 3 } }\n')!.lines).toEqual([
      "p.yml:3:70: options.preload for check 'hsts': expected true or false, got number 1",
      "p.yml:3:75: options of an item with several checks are keyed by check id; 'certificat' is not one of hsts, certificate",
      "p.yml:3:91: options of an item with several checks are keyed by check id; 'min-days' is not one of hsts, certificate",
    ]);
    // A structural mistake (an unknown key, `options` null or a list, a misspelt check) skips that item's options only.
    expect(errs('version: 1\nitems:\n  - { id: a, chek: hsts, options: { x: 1 } }\n  - { id: b, check: dockerfile-healthcheck, options: { foo: 1 } }\n  - { id: c, check: hsts, options: null }\n  - { id: e, check: hsst, options: { y: 1 } }\n  - { id: f, check: hsts, options: [1] }\n  - { id: g, check: certificate, options: { min-days: 7.5 } }\n')).toEqual({ omitted: 0, lines: [
      expect.stringMatching(/^p\.yml:3:14: unknown key 'chek'/),
      "p.yml:4:56: unknown option 'foo' for check 'dockerfile-healthcheck'",
      'p.yml:5:36: items.2.options: expected a mapping (`key: value`), got null',
      expect.stringMatching(/^p\.yml:6:21: unknown check 'hsst'/),
      'p.yml:7:36: items.4.options: expected a mapping (`key: value`), got a list',
      "p.yml:8:55: options.min-days for check 'certificate': expected a whole number, got 7.5",
    ] });
    // Beside unknown checks, duplicate ids and unknown presets (the file's schema accepts) too; options on a manual item.
    expect(errs('version: 1\nextends: [dokcer]\nitems:\n  - { id: a, check: hsst }\n  - { id: a, title: Manual, options: { x: 1 } }\n  - { id: b, check: hsts, options: { preload: 1 } }\n')).toEqual({ omitted: 0, lines: [
      expect.stringMatching(/^p\.yml:2:11: unknown preset 'dokcer'/),
      expect.stringMatching(/^p\.yml:4:21: unknown check 'hsst'/),
      "p.yml:5:11: duplicate item id 'a' (first at line 4)",
      "p.yml:5:29: options given for item 'a', which names no check (a manual item): add `check:` or remove `options`",
      "p.yml:6:47: options.preload for check 'hsts': expected true or false, got number 1",
    ] });
    // Bounded and counted as the rest: 10 shown, the rest counted, with or without another mistake.
    const opts = Array.from({ length: 6 }, (_, i) => `  - { id: h${i}, check: hsts, options: { preload: 1, min-max-age: x } }\n`).join('');
    expect(errs(`version: 1\nitems:\n${opts}`)!.lines.length).toBe(10);
    expect(errs(`version: 1\nitems:\n${opts}`)!.omitted).toBe(2);
    expect(errs(`version: 1\nfail-on: hihg\nitems:\n${opts}`)!.omitted).toBe(3);
    expect(errs(`version: 1\nitems:\n  - { id: x, check: hsst }\n${opts}`)!.omitted).toBe(3);
  });

  it('a probe setting naming a variable that is never substituted is said with the file\'s other mistakes (QA31 cli4 D2)', () => {
    const errs = (text: string) => { try { parseYamlChecklist('p.yml', text); } catch (e) { const c = e as ConfigError; return { lines: c.all().map((x) => x.format()), omitted: c.omitted }; } return null; };
    // Beside the schema's complaints and an unknown check, in file order, each at its value.
    expect(errs('version: 1\nfail-on: severe\nprobes:\n  url: https://app.example/${APP_URL}\n  http-url: "${{ vars.HTTP }}"\n  timeout: 700\n  headers: { X-Token: "${GITHUB_TOKEN}", X-Ok: "${PREFLIGHT_OK}", X-Def: "${PREFLIGHT_K:-x}" }\nitems:\n  - { id: b, check: image-tag-pined }\n')).toEqual({ omitted: 0, lines: [
      expect.stringMatching(/^p\.yml:2:10: fail-on: /),
      'p.yml:4:8: probes.url references ${APP_URL}: only ${PREFLIGHT_*} variables are substituted (a checklist must not read the runner\'s other secrets): write ${PREFLIGHT_APP_URL} and set PREFLIGHT_APP_URL in the step\'s env',
      expect.stringMatching(/^p\.yml:5:13: probes\.http-url holds '\$\{\{ vars\.HTTP \}\}', which is not substituted: GitHub expressions are not evaluated/),
      expect.stringMatching(/^p\.yml:6:12: probes\.timeout: /),
      expect.stringMatching(/^p\.yml:7:23: probes\.headers\.X-Token references \$\{GITHUB_TOKEN\}/),
      expect.stringMatching(/^p\.yml:7:74: probes\.headers\.X-Def holds '\$\{PREFLIGHT_K:-x\}'/),
      expect.stringMatching(/^p\.yml:9:21: unknown check 'image-tag-pined'/),
    ] });
    // Alone (the schema accepts the file): still an error at its value, as the run would say before probing.
    expect(errs('version: 1\nprobes:\n  headers: { X-Token: "${GITHUB_TOKEN}" }\nitems: []\n')!.lines).toEqual([expect.stringMatching(/^p\.yml:3:23: probes\.headers\.X-Token references \$\{GITHUB_TOKEN\}/)]);
    // ${PREFLIGHT_*} and plain values pass; headers of the wrong shape are the schema's alone (no crash, no double report).
    expect(errs('version: 1\nprobes:\n  url: https://x.example/${PREFLIGHT_PATH}\n  headers: { A: "Bearer ${PREFLIGHT_T}", B: "$HOME", C: "plain" }\nitems: []\n')).toBeNull();
    expect(errs('version: 1\nprobes:\n  headers: ["X: ${GITHUB_TOKEN}"]\nitems: []\n')!.lines).toEqual([expect.stringMatching(/^p\.yml:3:12: probes\.headers: expected a mapping/)]);
    expect(errs('version: 1\nprobes:\n  url: 5\n  headers: { X: 5 }\nitems: []\n')!.lines).toEqual([expect.stringMatching(/^p\.yml:3:8: probes\.url: /), expect.stringMatching(/^p\.yml:4:17: probes\.headers\.X: /)]);
  });

  it('a probes.url or probes.http-url that is no URL is said with the file\'s other mistakes, in file order (QA34 cli5 D4)', () => {
    const errs = (text: string) => { try { parseYamlChecklist('p.yml', text); } catch (e) { return (e as ConfigError).all().map((x) => x.format()); } return null; };
    expect(errs('version: 1\nfail-on: hihg\nprobes:\n  url: staging.example.com\n  timeout: 10s\n  http-url: https://x.example\nitems:\n  - { id: h, check: health-endpoint, severity: urgent }\n')).toEqual([
      expect.stringMatching(/^p\.yml:2:10: fail-on: /),
      "p.yml:4:8: invalid URL 'staging.example.com': expected http:// or https://",
      expect.stringMatching(/^p\.yml:5:12: probes\.timeout: /),
      "p.yml:6:13: probes.http-url 'https://x.example': expected a plain http:// URL (the plain-HTTP origin the https-redirect probe requests), not https://",
      expect.stringMatching(/^p\.yml:8:48: items\.0\.severity: /),
    ]);
    // Alone too, worded as the run words it (a port, a host); a password is not shown.
    expect(errs('version: 1\nprobes:\n  url: https://u:s3cretpw@app.example:99999/\nitems: []\n')).toEqual(["p.yml:3:8: invalid URL 'https://u:***@app.example:99999/': port 99999 is out of range (expected 1-65535)"]);
    expect(errs('version: 1\nprobes:\n  url: ftp://app.example/\nitems: []\n')).toEqual(["p.yml:3:8: invalid URL 'ftp://app.example/': expected http:// or https://"]);
    // URLs pass; one completed by a ${PREFLIGHT_*} variable is judged by the run once substituted.
    expect(errs('version: 1\nprobes:\n  url: https://staging.example.com/\n  http-url: http://staging.example.com:8080/\nitems: []\n')).toBeNull();
    expect(errs('version: 1\nprobes:\n  url: ${PREFLIGHT_URL}\n  http-url: ${PREFLIGHT_HTTP}\nitems: []\n')).toBeNull();
  });

  it('an override naming the item beats one naming its check, in either order (QA 26 D3)', () => {
    const c = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: pinned-api, check: image-tag-pinned, paths: [api/**] }\n  - { id: pinned-web, check: image-tag-pinned, severity: critical }\n');
    // Objects keep insertion order: both orders of the flags.
    for (const o of [{ 'image-tag-pinned': 'low', 'pinned-api': 'medium' }, { 'pinned-api': 'medium', 'image-tag-pinned': 'low' }] as const) {
      expect(plan(c, o).map((p) => p.severity)).toEqual(['medium', 'low']);
    }
    // The item's own off beats the check's level; the item's level beats the check's off.
    expect(plan(c, { 'image-tag-pinned': 'high', 'pinned-api': 'off' }).map((p) => p.checks[0]!.off)).toEqual([true, false]);
    expect(plan(c, { 'image-tag-pinned': 'off', 'pinned-api': 'low' }).map((p) => [p.checks[0]!.off, p.severity])).toEqual([[false, 'low'], [true, 'critical']]);
  });

  it('a switched-off item shows its own severity and says the item was switched off (QA 26 D4)', () => {
    const c = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: pinned-api, check: image-tag-pinned, severity: critical }\n  - { id: restart, check: restart-policy, severity: off }\n  - { id: tls, check: [hsts, tls-version], severity: medium }\n');
    const p = plan(c, { 'pinned-api': 'off', tls: 'off' });
    expect(p.map((x) => x.severity)).toEqual(['critical', 'low', 'medium']);
    expect(p.map((x) => x.checks.map((k) => k.offReason))).toEqual([
      ['item switched off (--severity pinned-api=off)'],
      ['item switched off (severity: off)'],
      ['item switched off (--severity tls=off)', 'item switched off (--severity tls=off)'],
    ]);
    // A check switched off everywhere says so, at the item's severity.
    const q = plan(c, { 'image-tag-pinned': 'off' }, "input 'severity-overrides':");
    expect([q[0]!.severity, q[0]!.checks[0]!.offReason]).toEqual(['critical', "image-tag-pinned switched off (input 'severity-overrides' image-tag-pinned=off)"]);
  });
});

describe('a checklist key indented one column too deep', () => {
  it('names the line that moved, not the value above it', async () => {
    const { parseYamlChecklist } = await import('../../src/checklist/load.js');
    expect(() => parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - id: a\n    check: hsts\n  - id: b\n     check: hsts\n')).toThrow(expect.objectContaining({ where: { file: 'p.yml', line: 6, column: 6 }, message: expect.stringMatching(/indented 5 spaces, deeper than the keys of the item above it \(line 5\)/) }));
  });
  it('a nested mapping on one line is named where it is, in the parser\'s words', async () => {
    const { parseYamlChecklist } = await import('../../src/checklist/load.js');
    expect(() => parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - id: a: b\n    check: hsts\n')).toThrow(expect.objectContaining({ where: { file: 'p.yml', line: 3, column: 9 }, message: expect.stringMatching(/^invalid YAML: Nested mappings are not allowed/) }));
  });
});

describe('a checklist with a NUL byte (QA25 D8)', () => {
  it('is said to look like UTF-16 only when a NUL comes every other byte from the start, not for any binary file', () => {
    const msg = (text: string) => { try { assertChecklistText('c.md', text); return ''; } catch (e) { return (e as ConfigError).message; } };
    expect(msg(Buffer.from('- [ ] Backups tested\n', 'utf16le').toString('latin1'))).toMatch(/a NUL byte; it looks like UTF-16/);
    expect(msg(Buffer.from('- [ ] Backups tested\n', 'utf16le').swap16().toString('latin1'))).toMatch(/a NUL byte; it looks like UTF-16/);
    expect(msg('\0\u0001\u0002binary\uFFFD\uFFFD- [ ] item\n')).toBe('the checklist is not UTF-8 text (a NUL byte): save it as UTF-8');
    expect(msg('- [ ] a\n- [ ] b\0\n')).toBe('the checklist is not UTF-8 text (a NUL byte): save it as UTF-8');
  });

  describe('every mistake in one run, in plain words (checklists7 D1–D3)', () => {
    const all = (text: string, file = 'p.yml', outside?: (v: string) => boolean) => {
      try { parseYamlChecklist(file, text, { outside }); } catch (e) { const c = e as ConfigError; return { lines: c.all().map((x) => x.format()), omitted: c.omitted }; }
      return null;
    };
    const leaves = (v: string) => v.startsWith('../') || v.startsWith('/');

    it('D1: paths outside the repository (baseline, probes.ca) are said together, in file order, beside the schema\'s complaints', () => {
      const c49 = 'version: 1\nbaseline: ../../baseline.json\nprobes:\n  url: https://127.0.0.1:47601\n  ca: /etc/ssl/certs/ca-certificates.crt\nitems:\n  - id: pinned\n    check: image-tag-pinned\n';
      expect(all(c49, 'p.yml', leaves)).toEqual({ omitted: 0, lines: [
        expect.stringMatching(/^p\.yml:2:11: baseline '\.\.\/\.\.\/baseline\.json' points outside the repository/),
        expect.stringMatching(/^p\.yml:5:7: probes\.ca '\/etc\/ssl\/certs\/ca-certificates\.crt' points outside the repository/),
      ] });
      const c52 = 'version: 1\nbaseline: ../../baseline.json\nprobes:\n  url: https://127.0.0.1:47601\n  ca: ../ca.pem\nitems:\n  - id: pinned\n    check: image-tag-pined\n  - id: nonroot\n    check: dockerfile-non-root\n    severity: hgh\n';
      expect(all(c52, 'p.yml', leaves)!.lines.map((l) => `${l.split(': ')[0]}: ${l.split(': ')[1]!.split(/[ :]/)[0]}`)).toEqual(['p.yml:2:11: baseline', 'p.yml:5:7: probes.ca', 'p.yml:8:12: unknown', 'p.yml:11:15: items.1.severity']);
      // Paths inside the repository, and no repository to judge them by (a preset, a unit test), are no error.
      expect(all('version: 1\nbaseline: known.json\nprobes:\n  ca: certs/ca.pem\nitems: []\n', 'p.yml', leaves)).toBeNull();
      expect(all(c49)).toBeNull();
    });

    it('D1: an item\'s misspelt severity or unknown key does not hide its option mistakes (c79)', () => {
      const c79 = 'version: 1\nitems:\n  - id: pinned\n    check: image-tag-pinned\n    severity: hihg\n    description: Base images must be pinned\n    options:\n      alow: [scratch]\n      moving-tags: edge\n';
      expect(all(c79)).toEqual({ omitted: 0, lines: [
        expect.stringMatching(/^p\.yml:5:15: items\.0\.severity: expected one of/),
        expect.stringMatching(/^p\.yml:6:5: unknown key 'description'/),
        expect.stringMatching(/^p\.yml:8:7: unknown option 'alow' for check 'image-tag-pinned' \(did you mean 'allow'\?\)/),
        'p.yml:9:20: options.moving-tags for check \'image-tag-pinned\': expected a list, got the string "edge"',
      ] });
      // A misspelt `check` key is not read as a manual item's options (that follows from the typo).
      expect(all('version: 1\nitems:\n  - { id: a, chek: hsts, severity: hgh, options: { x: 1 } }\n')!.lines).toEqual([
        expect.stringMatching(/^p\.yml:3:14: unknown key 'chek'/),
        expect.stringMatching(/^p\.yml:3:36: items\.0\.severity/),
      ]);
    });

    it('D2: an unknown YAML tag is named at the tag, and what follows from its bare value is not said', () => {
      expect(all('version: !!int "1"\nitems:\n  - id: pinned\n    check: !include checks.yml\n  - id: nonroot\n    check: !!str dockerfile-non-root\n')).toEqual({ omitted: 0, lines: [
        "p.yml:4:12: unknown YAML tag '!include': checklists do not support tags (no `!include` either: the value after the tag would be read as plain text); remove it (to build on other checklists, `extends` names presets)",
      ] });
      // On a value that would pass, and beside the file's other mistakes, in file order.
      expect(all('version: 1\nitems:\n  - id: a\n    check: !foo image-tag-pinned\n')!.lines).toEqual([expect.stringMatching(/^p\.yml:4:12: unknown YAML tag '!foo'/)]);
      expect(all('version: 1\nitems:\n  - id: a\n    check: hsts\n    severity: hgh\n    title: !env TITLE\n')!.lines).toEqual([expect.stringMatching(/^p\.yml:5:15: items\.0\.severity/), expect.stringMatching(/^p\.yml:6:12: unknown YAML tag '!env'/)]);
      // `!` in text, quoted or in a comment, is no tag; standard tags are plain YAML.
      expect(all('version: 1 # no tags!\nignore: ["!keep/**"]\nitems:\n  - id: a\n    title: "Ship it!"\n    check: !!str hsts\n')).toBeNull();
    });

    it('D3: seconds, a missing version, a Markdown file read as YAML, in plain words', () => {
      expect(all('version: 1\nprobes:\n  url: https://x\n  timeout: 0\n  wait: 7200\n')!.lines).toEqual([
        'p.yml:4:12: probes.timeout: expected a number of seconds greater than 0, got 0',
        'p.yml:5:9: probes.wait: expected a number of seconds of at most 3600, got 7200',
      ]);
      expect(all('version: 1\nprobes:\n  timeout: 601\n  wait: -1\n')!.lines).toEqual([
        'p.yml:3:12: probes.timeout: expected a number of seconds of at most 600, got 601',
        'p.yml:4:9: probes.wait: expected a number of seconds of at least 0, got -1',
      ]);
      expect(all('items:\n  - id: a\n    check: hsts\n')!.lines).toEqual(["p.yml:1:1: version: missing required key 'version' (expected 1)"]);
      expect(all('version: 2\nitems: []\n')!.lines).toEqual(['p.yml:1:10: version: expected 1']);
      const md = '# Release checklist\n- [ ] Backups tested\n- [x] TLS: valid\n';
      expect(all(md, 'checklist.txt')!.lines[0]).toMatch(/^checklist\.txt:\d+:\d+: .*\(checklist\.txt holds a Markdown task list but is read as YAML: a Markdown checklist is read as Markdown when its name ends in \.md or \.markdown, so rename it\)$/);
      // A YAML checklist that has a mistake is not told to be Markdown (its extension says what it is).
      expect(all('version: 1\nitems:\n  - id: a\n    title: "- [ ] x"\n    chek: hsts\n', 'checklist.yml')!.lines[0]).not.toMatch(/Markdown/);
      expect(all('version: 1\nitems:\n  - id: a\n    chek: hsts\n', 'checklist.txt')!.lines[0]).not.toMatch(/Markdown/);
    });
  });
});

