import { describe, expect, it } from 'vitest';
import { omnibusSettings } from '../../src/checks/util/omnibus.js';
import { snapshotOf } from '../helpers/check-tester.js';

// Review S5 of stop 44: each GITLAB_OMNIBUS_CONFIG setting was looked for line by line over all the lines its value may be
// on, twice when not found (a folded value, a double-quoted one with escapes): settings × lines. The lines are joined
// once now, and a text not found below a line is not looked for there again; each setting is where it was.

const where = (files: Record<string, string>) => omnibusSettings(snapshotOf(files)).map((s) => `${s.shown}@${s.file}:${s.line}:${s.column}`);

const SETTINGS = ["gitlab_rails['initial_root_password'] = 'changeme'", "postgresql['sql_user_password'] = 'changeme'", "redis['password'] = 'changeme'"];

const FILES: Record<string, string> = {
  // A block scalar: each setting on its own line of the file.
  'block/compose.yml': `services:\n  gitlab:\n    image: gitlab/gitlab-ce\n    environment:\n      GITLAB_OMNIBUS_CONFIG: |\n        external_url 'https://gitlab.example.com'\n${SETTINGS.map((s) => `        ${s}`).join('\n')}\n`,
  // Double-quoted with \\n escapes: the settings on one line; one with an escaped quote inside is found by its statement.
  'quoted/compose.yml': `services:\n  gitlab:\n    image: gitlab/gitlab-ce\n    environment:\n      GITLAB_OMNIBUS_CONFIG: "external_url 'https://g.example.com'\\n${SETTINGS[0]}\\ngitlab_rails['smtp_password'] = \\"pass\\\\\\"word\\"\\n${SETTINGS[1]}"\n`,
  // Folded: the value's lines joined; a statement split over two lines of the file is at the value's start.
  'folded/compose.yml': `services:\n  gitlab:\n    image: gitlab/gitlab-ce\n    environment:\n      GITLAB_OMNIBUS_CONFIG: >\n        external_url 'https://g.example.com';\n        ${SETTINGS[0]};\n        postgresql['sql_user_password'] =\n        'changeme'; ${SETTINGS[2]}\n`,
  // Several settings on a line parted by `;`, and the same statement twice (the second below the first).
  'semi/compose.yml': `services:\n  gitlab:\n    image: gitlab/gitlab-ce\n    environment:\n      - GITLAB_OMNIBUS_CONFIG=${SETTINGS[0]}; ${SETTINGS[2]}; ${SETTINGS[0]}\n`,
};

const EXPECTED: Record<string, string[]> = {
  'block/compose.yml': ["gitlab_rails['initial_root_password']@block/compose.yml:7:50", "postgresql['sql_user_password']@block/compose.yml:8:44", "redis['password']@block/compose.yml:9:30"],
  'quoted/compose.yml': ["gitlab_rails['initial_root_password']@quoted/compose.yml:5:110", "gitlab_rails['smtp_password']@quoted/compose.yml:5:30", "postgresql['sql_user_password']@quoted/compose.yml:5:206"],
  'folded/compose.yml': ["gitlab_rails['initial_root_password']@folded/compose.yml:7:50", "postgresql['sql_user_password']@folded/compose.yml:5:30", "redis['password']@folded/compose.yml:5:30"],
  'semi/compose.yml': ["gitlab_rails['initial_root_password']@semi/compose.yml:5:72", "redis['password']@semi/compose.yml:5:104", "gitlab_rails['initial_root_password']@semi/compose.yml:5:156"],
};

describe('GITLAB_OMNIBUS_CONFIG settings are located as before', () => {
  it.each(Object.keys(FILES))('%s', (file) => {
    expect(where({ [file]: FILES[file]! })).toEqual(EXPECTED[file]);
  });
});

describe('GITLAB_OMNIBUS_CONFIG settings are looked for in the lines once', () => {
  it('2,000 settings not found as written (escaped quotes), in a value followed by 3,000 lines: each line read a bounded number of times', () => {
    const n = 2000;
    const value = Array.from({ length: n }, (_, i) => `gitlab_rails['k${i}'] = \\"pa\\\\\\"ss${i}\\"`).join('\\n');
    const text = `services:\n  gitlab:\n    image: gitlab/gitlab-ce\n    environment:\n      GITLAB_OMNIBUS_CONFIG: "${value}"\n${Array.from({ length: 3000 }, (_, i) => `# line ${i}`).join('\n')}\n`;
    const snapshot = snapshotOf({ 'compose.yml': text });
    let reads = 0;
    const lines = snapshot.lines.bind(snapshot);
    snapshot.lines = (file: string) => {
      const l = lines(file);
      return l && new Proxy(l, { get: (t, k, r) => { if (typeof k === 'string' && /^\d+$/.test(k)) reads++; return Reflect.get(t, k, r) as unknown; } });
    };
    const found = omnibusSettings(snapshot);
    expect(found).toHaveLength(n);
    // Not found as written: at the value's start, as before.
    expect(new Set(found.map((s) => `${s.line}:${s.column}`))).toEqual(new Set(['5:30']));
    expect(reads).toBeLessThan(5 * 3005);
  });
});
