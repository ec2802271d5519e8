import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 50 (fullrepos28 D3): "Database password not hard-coded" bound hardcoded-secret alone, which wants a random-looking
// value, and passed green while `password: catalog` (the user name) sat in application.yml: default-credentials, which reads
// exactly that, was not bound (as it is for "`SECRET_KEY` not hard-coded (no `django-insecure-` fallback)").

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;
const BOTH = ['default-credentials', 'hardcoded-secret'];

describe('fullrepos28 D3: a password said not to be hard-coded binds default-credentials too', () => {
  it.each([
    'Database password not hard-coded',
    'Datasource password not hard-coded',
    'No hard-coded database password',
    'Passwords are not hardcoded in config files',
    '`DB_PASSWORD` is never hard-coded',
    'No hardcoded passwords',
    'Never hard-code passwords',
  ])('%s', (text) => {
    expect(checksOf(text)).toEqual(BOTH);
  });
  it.each<[string, string[]]>([
    // Other secrets keep what they bound (the seeds' "credentials … (not hardcoded)" among them); a password policy, tests, devices.
    ['`SECRET_KEY` not hard-coded', ['hardcoded-secret']],
    ['API keys not hard-coded', ['hardcoded-secret']],
    ['All credentials stored in environment variables (not hardcoded)', ['hardcoded-secret']],
    ['Password policy is not hard-coded', ['hardcoded-secret']],
    ['No hard-coded passwords in tests', ['hardcoded-secret']],
    ['Router passwords are not hard-coded', ['hardcoded-secret']],
    ['Passwords are hard-coded for now', []],
  ])('%s binds %j', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
});

describe('fullrepos28 D3: the item fails on a literal password equal to the user name', () => {
  it('Micronaut `password: catalog` beside `username: catalog`', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '# Catalog\n\n## Config\n- [ ] Database password not hard-coded\n',
      'build.gradle': 'dependencies { implementation("io.micronaut.sql:micronaut-jdbc-hikari") }\n',
      'src/main/resources/application.yml': 'micronaut:\n  application:\n    name: catalog\ndatasources:\n  default:\n    url: jdbc:postgresql://db:5432/catalog\n    username: catalog\n    password: catalog\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const item = report.items[0]!;
    expect(item).toMatchObject({ check: BOTH, status: 'fail' });
    expect(report.findings.filter((f) => f.item === item.id && !f.note).map((f) => [f.check, f.file, f.line])).toEqual([['default-credentials', 'src/main/resources/application.yml', 8]]);
  });
});
