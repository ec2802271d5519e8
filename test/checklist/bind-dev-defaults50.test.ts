import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 50 (fullrepos28 D8): items whose setting the check flags verbatim stayed manual: dev servers refused in the "not X" form
// ("Served by adapter-node (`node build`), not `vite preview`", "`astro preview` is never used in production", "Live reload
// (`quarkus:dev`) is never used in production"), defaults refused ("JWT signature secret has no default", "`APP_KEYS` are not the
// `toBeModified` defaults", "Flower protected with a strong password (not `admin:admin`)", "Grafana admin password changed from
// `admin`") and a deploy file's debug switch ("`app.json` does not turn `DJANGO_DEBUG` on").

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('fullrepos28 D8: dev servers the check fails, refused', () => {
  it.each([
    'Served by adapter-node (`node build`), not `vite preview`',
    'No `vite preview` in production',
    'Astro SSR runs the Node adapter (`node ./dist/server/entry.mjs`), not `astro preview`',
    '`astro preview` is never used in production',
    'Not `astro preview` in production',
    'Live reload (`quarkus:dev`) is never used in production',
    'Dev Services and live reload (`quarkus:dev`) never used in production',
    'The edge service runs `bun run index.ts`, not `bun --hot`',
  ])('%s → production-server', (text) => {
    expect(checksOf(text)).toEqual(['production-server']);
  });
  it.each([
    'Vite preview for QA reviewers on staging',
    'Use `vite preview` locally to check the build',
    '`astro preview` is used for QA',
    'Live reload (`quarkus:dev`) is used locally',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('fullrepos28 D8: a default or well-known value refused', () => {
  it.each([
    'JWT signature secret has no default',
    'Postgres password has no default in `docker-compose.yml`',
    'No fallback for the JWT secret',
    '`APP_KEYS` are not the `toBeModified` defaults',
    'Passwords are not the vendor defaults',
    'Flower protected with a strong password (not `admin:admin`)',
    'RabbitMQ credentials are not `guest:guest`',
    'Grafana admin password changed from `admin`',
    'Admin password is never `changeme`',
  ])('%s → default-credentials', (text) => {
    expect(checksOf(text)).toEqual(['default-credentials']);
  });
  it.each([
    'Rotate the default admin password quarterly',
    'Document the default credentials',
    'Admin password changed at first login (not `admin`)',
    'Router admin password not `admin`',
    'Password reset tokens have no default expiry',
    'API keys have no default scope',
    'Default passwords documented for the sandbox',
    'Password reset is not admin-only',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('fullrepos28 D8: a deploy file said not to turn debug on', () => {
  it.each(['`app.json` does not turn `DJANGO_DEBUG` on', 'Never switch debug mode on in production'])('%s → debug-mode', (text) => {
    expect(checksOf(text)).toEqual(['debug-mode']);
  });
  it.each(['Feature flags do not turn debug logging on', 'Tests turn `DEBUG` on'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('fullrepos28 D8: the bound items fail on what the checks flag', () => {
  it('Flower `--basic_auth=admin:admin` and `vite preview` in compose fail their items', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '# Billing\n\n## Workers\n- [ ] Flower protected with a strong password (not `admin:admin`)\n\n## Web\n- [ ] No `vite preview` in production\n',
      'package.json': '{"name":"web","scripts":{"build":"vite build","preview":"vite preview"},"devDependencies":{"vite":"^5.4.0"}}\n',
      'docker-compose.yml': 'services:\n  web:\n    image: node:20.15.1-alpine\n    command: npx vite preview --host 0.0.0.0\n  flower:\n    image: mher/flower:2.0.1\n    command: celery flower --basic_auth=admin:admin\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.items.map((i) => [i.check, i.status])).toEqual([['default-credentials', 'fail'], ['production-server', 'fail']]);
    const under = (i: number) => report.findings.filter((f) => f.item === report.items[i]!.id && !f.note).map((f) => [f.check, f.file, f.line]);
    expect(under(0)).toEqual([['default-credentials', 'docker-compose.yml', 7]]);
    expect(under(1)).toEqual([['production-server', 'docker-compose.yml', 4]]);
  });
});
