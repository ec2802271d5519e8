import { describe, expect, it } from 'vitest';
import { run, recorded, write } from './baseline51-cli.js';

describe('baseline: a new secret value on a baselined line is not a moved line (adoption D6)', () => {
  it('says the value changed and asks to rotate the secret, never to record the baseline again', async () => {
    const repo = await recorded({ 'app.py': 'GITHUB_TOKEN = "ghp_R8xk2Lm9Qw4Zt7Vb3Np6Hy1Jc5Fd0Gs8Ae2U"\n', '.gitignore': '.env\n' });
    write(repo, 'app.py', 'GITHUB_TOKEN = "ghp_Z9yk2Lm9Qw4Zt7Vb3Np6Hy1Jc5Fd0Gs8Ae7Q"\n');
    const r = await run(repo);
    expect(r.code).toBe(1);
    expect(r.fresh).toEqual(['hardcoded-secret app.py:1']);
    expect(r.doc.baselineFixed).toBe(0);
    expect(r.stderr).toMatch(/a baseline entry no longer matches \(hardcoded-secret at app\.py:1: a different secret value is on line 1\), so it is not counted as fixed: a secret is known by its value, so a different value is a new secret/);
    expect(r.stderr).toMatch(/revoke or rotate it and remove it from the repository/);
    expect(r.stderr).not.toMatch(/record the baseline again/);
    // Neither value is ever printed.
    expect(r.stderr).not.toMatch(/ghp_[A-Za-z0-9]{10}/);
  });

  it('a finding known by its line keeps the hint to record the baseline again when its line changed', async () => {
    const dockerfile = 'FROM python:3.12\nUSER 1000\nHEALTHCHECK CMD true\nCMD ["flask", "run"]\n';
    const repo = await recorded({ Dockerfile: dockerfile, '.gitignore': '.env\n' });
    write(repo, 'Dockerfile', dockerfile.replace('"run"]', '"run", "--port", "5000"]'));
    const r = await run(repo);
    expect(r.fresh).toEqual(['production-server Dockerfile:4']);
    expect(r.stderr).toMatch(/a baseline entry no longer matches \(production-server at Dockerfile:4: a new production-server finding is on line 4\).*record the baseline again/);
    expect(r.stderr).not.toMatch(/secret/);
  });
});
