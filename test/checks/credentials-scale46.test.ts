import { describe, expect, it } from 'vitest';
import { passwordsEqualToUser, type UserNamePassword } from '../../src/checks/util/credentials.js';
import { passwordFromUserName } from '../../src/checks/util/secrets.js';
import { isAboutSecretName, isSecretName } from '../../src/checks/util/secrets.js';

// Stop 46: passwordsEqualToUser compared every password of an environment with every entry of it, reading each entry's
// key and value again for each password: a Dockerfile stage of 4,000 `ENV X_n_PASSWORD=…` took about 14 s of CPU there.
// The user names are read once and looked up by name now; what it finds is the same.

type Entry = { key: string; value: string | null };

/** An environment whose entries count how often their key and value are read. */
function counted(entries: Entry[]): { env: Entry[]; reads: () => number } {
  let n = 0;
  const env = entries.map((e) => ({ get key() { n++; return e.key; }, get value() { n++; return e.value; } }));
  return { env, reads: () => n };
}

/** The rule as it was written before (every password against every entry), as the reference of what is found. */
function reference(env: readonly Entry[]): Map<number, UserNamePassword> {
  const USER_KEY = /(?:^|[_.-]|^PG)(?:USER|USERNAME|LOGIN)$/i;
  const GLUED_USER_KEY = /^[A-Za-z][A-Za-z0-9]*?(?:USER|USERNAME|LOGIN)$|^[a-z][A-Za-z0-9]*(?:User|Username|UserName|Login)$/;
  const PASSWORD_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$/i;
  const USER_WORD = /(?:USER|USERNAME|LOGIN)$/i;
  const keyPrefix = (key: string, word: RegExp) => key.replace(word, '').replace(/(?:[_.-]?DEFAULT)?[_.-]?$/i, '').toUpperCase();
  const lit = (value: string) => { const t = value.trim(); const m = /^\$\{[A-Za-z_]\w*:?-([^}$]*)\}$/.exec(t); if (m) return m[1]!.trim() || null; return t && !t.includes('$') ? t : null; };
  const out = new Map<number, UserNamePassword>();
  env.forEach((e, i) => {
    if (e.value === null || !PASSWORD_KEY.test(e.key) || !isSecretName(e.key) || isAboutSecretName(e.key)) return;
    const v = lit(e.value);
    if (!v) return;
    const prefix = keyPrefix(e.key, PASSWORD_KEY);
    const users = env.flatMap((u, j) => {
      if (u.value === null || !(USER_KEY.test(u.key) || (GLUED_USER_KEY.test(u.key) && prefix !== '' && keyPrefix(u.key, USER_WORD) === prefix))) return [];
      const name = lit(u.value);
      const how = name === null ? null : passwordFromUserName(v, name);
      return how ? [{ u, j, how }] : [];
    });
    const rank = ({ u, j, how }: { u: { key: string }; j: number; how: 'equal' | 'suffix' }) => (how === 'equal' ? 0 : 1e9) + (keyPrefix(u.key, USER_WORD) === prefix ? 0 : 1e6) + Math.abs(j - i);
    const best = users.sort((a, b) => rank(a) - rank(b))[0];
    if (best) out.set(i, { user: best.u.key, value: v, unset: /^\$\{([A-Za-z_]\w*)/.exec(e.value.trim())?.[1] ?? null, suffix: best.how === 'suffix' });
  });
  return out;
}

describe('passwordsEqualToUser', () => {
  it('reads each entry a bounded number of times, however many passwords the environment holds', () => {
    const size = (n: number) => {
      const entries: Entry[] = [{ key: 'POSTGRES_USER', value: 'app' }];
      for (let k = 0; k < n; k++) entries.push({ key: `X_${k}_PASSWORD`, value: `v${k}Zq8Lm2Kx9Pw4Rt` }, { key: `X_${k}_USER`, value: `u${k}` });
      const { env, reads } = counted(entries);
      expect(passwordsEqualToUser(env).size).toBe(0);
      return reads();
    };
    // Quadratic work reads 4,000 entries millions of times; linear work a few times each.
    expect(size(4000)).toBeLessThan(20 * 8001);
    expect(size(4000) / size(1000)).toBeLessThan(4 * 1.5);
  });

  it('finds what the rule as written before found (equal, suffix, own prefix, nearest, glued keys, defaults)', () => {
    const keys = ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'DB_USER', 'DB_PASSWORD', 'DBUSER', 'DBPASS', 'dbUser', 'dbPassword', 'USER', 'PASSWORD', 'PGUSER', 'PGPASSWORD',
      'RABBITMQ_DEFAULT_USER', 'RABBITMQ_DEFAULT_PASS', 'ADMIN_LOGIN', 'ADMIN_PWD', 'MM_USERNAME', 'MM_PASSWORD', 'APIUSER', 'API_KEY', 'PASSWORD_HINT', 'X_USER', 'X_PASSWD'];
    const values: (string | null)[] = [null, 'app', 'app', 'app123', 'app_password', 'app-pass!', 'mmuser', 'mmuser_password', 'ab', 'ab123', '${DB_PASSWORD:-app}', '${U:-mmuser}',
      '${OTHER}', ' app ', 'root', 'rootpw', 'Zx8Kq2Lm', '', 'app.pwd123'];
    // A fixed-seed generator: the same environments each run.
    let seed = 46;
    const rnd = (n: number) => { seed = (seed * 48271) % 2147483647; return seed % n; };
    const seen = { equal: 0, suffix: 0 };
    for (let round = 0; round < 3000; round++) {
      const env: Entry[] = Array.from({ length: 1 + rnd(12) }, () => ({ key: keys[rnd(keys.length)]!, value: values[rnd(values.length)]! }));
      const found = passwordsEqualToUser(env);
      expect([...found], JSON.stringify(env)).toEqual([...reference(env)]);
      for (const p of found.values()) seen[p.suffix ? 'suffix' : 'equal']++;
    }
    // Both kinds were met, many times.
    expect(Math.min(seen.equal, seen.suffix), JSON.stringify(seen)).toBeGreaterThan(100);
  });

  it('of two user names as near, the earlier; of the own prefix before a nearer one; equal before suffixed', () => {
    const env: Entry[] = [
      { key: 'A_USER', value: 'app' }, { key: 'DB_PASSWORD', value: 'app' }, { key: 'B_USER', value: 'app' },
      { key: 'C_USER', value: 'svc' }, { key: 'X_PASSWORD', value: 'svc_password' }, { key: 'X_USER', value: 'svc_password' }, { key: 'FAR_PASSWORD', value: 'svc' },
    ];
    const found = passwordsEqualToUser(env);
    expect(found.get(1)?.user).toBe('A_USER');
    expect(found.get(4)).toMatchObject({ user: 'X_USER', suffix: false });
    expect(found.get(6)).toMatchObject({ user: 'C_USER', suffix: false });
    expect(found).toEqual(reference(env));
  });
});
