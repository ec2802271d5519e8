import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { run, recorded, write } from './baseline51-cli.js';
import { makeRepo } from '../helpers/repo.js';
import { fingerprint, lineKey } from '../../src/gate/gate.js';

const DOCKERFILE = 'FROM python:3.12\nUSER 1000\nHEALTHCHECK CMD true\nCMD ["flask", "run", "--host=0.0.0.0"]\n';
const APP = 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app)\napp.config["SESSION_COOKIE_SECURE"] = False\n';

describe('baseline: formatting-only edits of a line keep its finding known (adoption D3)', () => {
  it('an exec-form CMD written without spaces after its commas is the same CMD', async () => {
    const repo = await recorded({ Dockerfile: DOCKERFILE, '.gitignore': '.env\n' });
    write(repo, 'Dockerfile', DOCKERFILE.replace('["flask", "run", "--host=0.0.0.0"]', '[ "flask","run" , "--host=0.0.0.0" ]'));
    const r = await run(repo);
    expect(r.doc.findings.map((f) => `${f.check} ${f.baseline ?? false}`)).toContain('production-server true');
    expect([r.code, r.fresh, r.doc.baselineFixed]).toEqual([0, [], 0]);
    expect(r.stderr).not.toMatch(/no longer match/);
  });

  it('a trailing Python comment and the spacing around = keep cors-wildcard and cookie-flags known', async () => {
    const repo = await recorded({ 'app.py': APP, '.gitignore': '.env\n' });
    const before = await run(repo);
    const known = before.doc.findings.filter((f) => f.baseline && f.file === 'app.py').map((f) => f.check).sort();
    expect(known).toEqual(expect.arrayContaining(['cookie-flags', 'cors-wildcard']));
    write(repo, 'app.py', APP.replace('CORS(app)', 'CORS(app)  # legacy, see #12').replace('"] = False', '"]=False'));
    const r = await run(repo);
    expect(r.fresh).toEqual([]);
    expect(r.doc.findings.filter((f) => f.baseline && f.file === 'app.py').map((f) => f.check).sort()).toEqual(known);
  });

  it('records the line reformatted as the entry\'s form, never as its fingerprint (reports and earlier baselines keep theirs)', async () => {
    const repo = await recorded({ Dockerfile: DOCKERFILE, 'app.py': APP, '.gitignore': '.env\n' });
    const base = JSON.parse(fs.readFileSync(path.join(repo, 'base.json'), 'utf8')) as { findings: { check: string; file: string; fingerprint: string; form?: string }[] };
    const cmd = base.findings.find((f) => f.check === 'production-server')!;
    expect(cmd.fingerprint).toBe(fingerprint('production-server', 'Dockerfile', 'CMD ["flask", "run", "--host=0.0.0.0"]'));
    expect(cmd.form).toBe(fingerprint('production-server', 'Dockerfile', 'CMD["flask","run","--host=0.0.0.0"]'));
    // A line that is its own key (`CORS(app)`) records no form; a finding known by a subject or a secret never does.
    expect(base.findings.find((f) => f.check === 'cors-wildcard')!.form).toBeUndefined();
    expect(base.findings.filter((f) => f.form).map((f) => f.check).sort()).toEqual(['cookie-flags', 'production-server']);
  });

  it('what the line says still counts: another argument is another line', async () => {
    const repo = await recorded({ Dockerfile: DOCKERFILE, '.gitignore': '.env\n' });
    write(repo, 'Dockerfile', DOCKERFILE.replace('"--host=0.0.0.0"', '"--host=0.0.0.0", "--port", "5000"'));
    expect((await run(repo)).fresh).toEqual(['production-server Dockerfile:4']);
  });

  it('a baseline recorded before (line text with its spaces and comment) still knows its unchanged lines', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, 'app.py': APP.replace('CORS(app)', 'CORS(app)  # legacy'), '.gitignore': '.env\n' });
    // What earlier releases wrote: the line's text, whitespace collapsed.
    const entries = [
      { check: 'production-server', file: 'Dockerfile', fingerprint: fingerprint('production-server', 'Dockerfile', 'CMD ["flask", "run", "--host=0.0.0.0"]'), line: 4 },
      { check: 'cors-wildcard', file: 'app.py', fingerprint: fingerprint('cors-wildcard', 'app.py', 'CORS(app) # legacy'), line: 4 },
    ];
    for (const version of [1, 2]) {
      fs.writeFileSync(path.join(repo, 'base.json'), JSON.stringify({ version, tool: 'preflight', findings: entries.map((e) => ({ ...e, message: '…' })) }));
      const r = await run(repo);
      const known = r.doc.findings.filter((f) => f.baseline).map((f) => `${f.check} ${f.file}:${f.line}`);
      expect(known).toEqual(expect.arrayContaining(['production-server Dockerfile:4', 'cors-wildcard app.py:4']));
    }
  });

  it('never drops a # that may be part of a value: Dockerfile instructions, .env files; quotes are kept as written', () => {
    expect(lineKey('Dockerfile', 'CMD flask run # dev')).toBe('CMD flask run # dev');
    expect(lineKey('Dockerfile', 'CMD ["flask", "run"]')).toBe('CMD["flask","run"]');
    expect(lineKey('.env', 'SECRET = abc #def')).toBe('SECRET=abc #def');
    expect(lineKey('.env.production', 'A=b#c')).toBe('A=b#c');
    expect(lineKey('app.py', 'DEBUG = True # TODO')).toBe('DEBUG=True');
    expect(lineKey('app.py', 'URL = "http://x/#a" # b')).toBe('URL="http://x/#a"');
    expect(lineKey('app.py', '# a comment line')).toBe('# a comment line');
    expect(lineKey('k8s/deploy.yaml', 'image: nginx # pin later')).toBe('image:nginx');
    expect(lineKey('k8s/deploy.yaml', 'value: a#b')).toBe('value:a#b');
    expect(lineKey('k8s/deploy.yaml', 'value: "a # b"')).toBe('value:"a # b"');
    expect(lineKey('server.js', "app.use(cors({ origin: '*' })) // TODO")).toBe("app.use(cors({origin:'*'}))");
    expect(lineKey('server.ts', "const u = 'http://x' // y")).toBe("const u='http://x'");
    expect(lineKey('nginx.conf', 'ssl_protocols TLSv1 TLSv1.1; # old')).toBe('ssl_protocols TLSv1 TLSv1.1; # old');
  });
});
