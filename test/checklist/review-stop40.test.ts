import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { productionServer } from '../../src/checks/production-server.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { httpsRedirect } from '../../src/probes/https-redirect.js';
import { runCase } from '../helpers/check-tester.js';
import { evaluate, failures as probeFailures, obsOf, res } from '../probes/helpers.js';

const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const titles = (text: string) => parse(text).items.map((i) => i.title);
const warnings = (text: string) => parse(text).warnings ?? [];
/** The checks of the one item of a one-line checklist (under `heading` when given). */
const checksOf = (line: string, heading = 'Production') => parse(`# Checklist\n## ${heading}\n- [ ] ${line}\n`).items[0]!.checks;

// QA stop 40, review A B1: "reloader refused" bound any "without `--reload`/`--watch`/hot reload", whatever the server, but the
// check only fails the servers it knows: a Quart or Shiny item got a ✓ on a repository running `quart run --reload`.
describe('review A B1: a reloader refused binds production-server only for a server or tool the check judges', () => {
  it('the check does not fail these reloaders (why their items must stay manual)', async () => {
    const run = await runCase(productionServer, { name: 'quart', files: { Procfile: 'web: quart run --host 0.0.0.0 --reload\nworker: shiny run --reload dash.py\n' } });
    expect(run.findings.filter((f) => !f.note)).toEqual([]);
  });

  it.each<string>([
    'Quart runs without `--reload` in production',
    'Shiny dashboard served without `--reload`',
    'No hot reload (`hupper`) in production',
    'Celery runs without `--autoreload`',
    'Puma runs without `--watch`',
    'Panel serves without `--autoreload`',
    'No autoreload on `adev runserver`',
    'Node app without hot reload',
    // No server named: the check does not fail every reloader it could mean.
    'No `--reload` in production',
    'Hot reload is disabled in production',
    '`--reload` is never used in production',
    'Air conditioning without hot reload',
    'Bun bundle built without `--watch`',
  ])('%s stays manual', (line) => {
    expect(checksOf(line)).toEqual([]);
  });

  it.each<string>([
    'Uvicorn runs without `--reload` in production',
    'Gunicorn runs without `--reload`',
    "Gunicorn's reloader is disabled",
    'Octane runs without `--watch` in production',
    'Celery workers run without autoreload (no `watchmedo`)',
    'No `air` live reload in the production image',
    'Node runs without `--watch`',
    'PM2 runs without watch mode',
    'Next.js hot reload is off',
    'Flask runs without the reloader',
    'Sanic without auto-reload',
    'Bun runs without `--hot`',
    'FastAPI served by gunicorn with uvicorn workers, no `--reload`',
  ])('%s → production-server', (line) => {
    expect(checksOf(line)).toEqual(['production-server']);
  });

  it('a heading or parent item naming the server makes a bare refusal its own; one naming another server does not', () => {
    expect(checksOf('No `--reload`', 'Uvicorn')).toEqual(['production-server']);
    expect(checksOf('Hot reload disabled', 'Backend (FastAPI)')).toEqual(['production-server']);
    expect(checksOf('No `--reload`', 'Quart')).toEqual([]);
    const items = parse('# R\n- [ ] Gunicorn\n  - [ ] No `--reload`\n- [ ] Quart\n  - [ ] No `--reload`\n').items;
    expect(items.map((i) => [i.title, i.checks])).toEqual([['Gunicorn', []], ['No --reload', ['production-server']], ['Quart', []], ['No --reload', []]]);
  });
});

// Review A S1: Kubernetes and Vault "reloader" wording (Stakater's Reloader, ConfigMaps, secrets, tokens) bound production-server.
describe('review A S1: a Kubernetes, Vault or certificate reload is no file-watching reloader', () => {
  it.each<string>([
    'Without the Reloader, pods are not restarted on ConfigMap changes',
    'Without the Reloader, uvicorn pods are not restarted on ConfigMap changes',
    'Secrets rotated without the reloader restarting pods',
    'Vault agent: no auto-reload of the token',
    'No hot reload for Vault secrets',
    'Never `--watch` the kubectl rollout',
    'PHP-FPM opcache: no file watching (validate_timestamps=0)',
    '`configmap-reload` sidecar: gunicorn without hot reload',
    'No cert reload',
  ])('%s stays manual', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
});

// Review A S2: the bare name refused bound an item that accepts the switch; with `fail-on: high` the gate failed on a grant.
describe('review A S2: CORS_ALLOW_ALL_ORIGINS binds cors-wildcard only when refused', () => {
  it.each<string>([
    'Public API has no auth: `CORS_ALLOW_ALL_ORIGINS` on purpose',
    'Without a gateway we rely on `CORS_ALLOW_ALL_ORIGINS`',
    'No cookies are used, CORS_ALLOW_ALL_ORIGINS allowed',
    'No Django settings change: `CORS_ALLOW_ALL_ORIGINS` stays as is',
    '`CORS_ALLOW_ALL_ORIGINS` on purpose',
    '`CORS_ALLOW_ALL_ORIGINS` is True for the public API',
    'No cookies are used, `CORS_ALLOW_ALL_ORIGINS = True`',
  ])('%s stays manual (a grant)', (line) => {
    expect(checksOf(line)).toEqual([]);
  });

  it.each<string>([
    'CORS: only our frontends (no `CORS_ALLOW_ALL_ORIGINS`)',
    'Never `CORS_ALLOW_ALL_ORIGINS` in production',
    'Not using `CORS_ALLOW_ALL_ORIGINS`',
    '`CORS_ALLOW_ALL_ORIGINS` is False',
    'Never set `CORS_ORIGIN_ALLOW_ALL = True` in production',
    '`CORS_ALLOWED_ORIGINS` configured (no `CORS_ALLOW_ALL_ORIGINS = True`)',
  ])('%s → cors-wildcard', (line) => {
    expect(checksOf(line)).toEqual(['cors-wildcard']);
  });

  it('the grant passes the gate on a repository that sets the switch (the check would fail it)', async () => {
    const run = await runCase(corsWildcard, { name: 'django', files: { 'proj/settings.py': 'CORS_ALLOW_ALL_ORIGINS = True\n' } });
    expect(run.findings.filter((f) => !f.note).length).toBeGreaterThan(0);
    expect(checksOf('Public API has no auth: `CORS_ALLOW_ALL_ORIGINS` on purpose', 'API')).toEqual([]);
  });
});

// Review A S3: a legend showing the syntax in code spans was told to become task items.
describe('review A S3: a box in a code span is an example, not a box written as text', () => {
  it('a legend of code spans draws no warning', () => {
    expect(warnings('## Legend\n\n- `[ ]` not done yet\n- `[x]` done\n- **`[~]`** in progress\n- `☐` open\n\n## Items\n\n- [ ] Backups restored\n')).toEqual([]);
  });
  it('an escaped, formatted or entity box is still warned about', () => {
    expect(warnings('- [ ] Backups restored\n- \\[ \\] escaped\n- **[ ]** bold\n- &#91; &#93; entity\n')).toEqual([
      expect.stringMatching(/^CHECKLIST\.md:2:3: `\\\[ \\\]` is an escaped checkbox/),
      expect.stringMatching(/^CHECKLIST\.md:3:3: `\[ \]` here is text to Markdown/),
      expect.stringMatching(/^CHECKLIST\.md:4:3: `\[ \]` here is text to Markdown/),
    ]);
  });
});

// Sweep 2 R1: a fenced example indented 4 spaces at top level (so an indented code block holding a fence) was warned about,
// advising the fence the author had written.
describe('sweep 2 R1: a fenced example indented 4 spaces is an example', () => {
  it('draws no warning and makes no item', () => {
    const text = '# C\n\nTo add a task, write:\n\n    ```markdown\n    - [ ] Your task\n    ```\n\n- [ ] Real item\n';
    expect(titles(text)).toEqual(['Real item']);
    expect(warnings(text)).toEqual([]);
    expect(warnings('# C\n\nExample:\n\n    ~~~yaml\n    - [ ] a\n    - [x] b\n\n- [ ] Real item\n')).toEqual([]);
  });
  it('a task line of the indented block outside its fence is still warned about', () => {
    expect(warnings('# C\n\nText:\n\n    ```\n    - [ ] in fence\n    ```\n    - [ ] after fence\n\n- [ ] Real\n')).toEqual([
      expect.stringMatching(/^CHECKLIST\.md:8:5: 'after fence' is indented 4\+ spaces, so Markdown reads it as an indented code block/),
    ]);
  });
});

describe('review A N2, N3: a tab-indented MkDocs opener; a task line in a setext heading', () => {
  it('an MkDocs opener indented with a tab holds its items, as Python-Markdown expands the tab', () => {
    expect(titles('- [ ] P\n\t!!! note\n\t\t- [ ] deep\n')).toEqual(['P', 'deep']);
    expect(warnings('- [ ] P\n\t!!! note\n\t\t- [ ] deep\n')).toEqual([]);
  });
  it('a task line indented into a setext heading\'s text is said, not dropped silently', () => {
    expect(warnings('Title\n    - [ ] lost\n---\n- [ ] a\n')).toEqual([
      "CHECKLIST.md:2:5: 'lost' is indented too far (4+ spaces past where a list item may start), so Markdown reads it as text of the heading above, as GitHub shows it: not read as a task-list item (indent it as the list's other items)",
    ]);
    expect(warnings('# Title\n\n## Section\n- [ ] a\n')).toEqual([]);
  });
});

describe('https-redirect names a scheme that is no web address without a wrong article', () => {
  it.each(['ftp://app.example/', 'about:blank', 'intent://scan/#Intent;end'])('%s', (location) => {
    const obs = obsOf({ plainHttp: { url: 'http://app.example/', response: res(302, { location }, '', 'http://app.example/') } });
    const [f] = probeFailures(evaluate(httpsRedirect, obs), httpsRedirect);
    expect(f!.message).toMatch(/^http:\/\/app\.example\/ redirects to a location with the [a-z]+: scheme, which is not a web address; redirect to https:\/\/app\.example$/);
    expect(f!.message).not.toMatch(/\ba [aeiou]\w*:/);
  });
});
