import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

describe('QA52 compose D2: an empty USER after expansion is the default user, root', () => {
  const run = async (dockerfile: string) => (await runCase(dockerfileNonRoot, { name: 'empty user', files: { Dockerfile: dockerfile } })).findings.map((f) => `${f.line}${f.note ? ' note' : ''} ${f.message}`);

  it('USER "" (the last USER wins) fails high at that line, saying why', async () => {
    expect(await run('FROM python:3.12-slim\nUSER 10001\nUSER ""\nCMD ["gunicorn","app:app"]\n')).toEqual([
      '3 the final stage runs as root: USER "" is empty, and Docker takes an empty USER as the default user, root; end with an unprivileged numeric user (USER 10001:10001)',
    ]);
  });

  it('USER ${X} with ARG X="" (or ENV X=) fails high: it resolves to an empty user name', async () => {
    expect(await run('FROM python:3.12-slim\nARG RUNUSER=""\nUSER ${RUNUSER}\nCMD ["gunicorn","app:app"]\n')).toEqual([
      '3 the final stage runs as root: USER ${RUNUSER} resolves to an empty user name (ARG RUNUSER defaults to "", and no build of the repository passes --build-arg RUNUSER), and Docker takes an empty USER as the default user, root; end with an unprivileged numeric user (USER 10001:10001), or give the ARG a non-root default',
    ]);
    const env = await run('FROM python:3.12-slim\nENV RUNUSER=\nUSER $RUNUSER\n');
    expect(env).toHaveLength(1);
    expect(env[0]).toMatch(/^3 the final stage runs as root: USER \$RUNUSER resolves to an empty user name/);
    // An empty user part with a group is root too.
    expect(await run('FROM python:3.12-slim\nARG U=\nUSER "${U}:10001"\n')).toEqual([
      expect.stringMatching(/^3 the final stage runs as root: USER "\$\{U\}:10001" resolves to ':10001', an empty user name \(ARG U defaults to "", and no build of the repository passes --build-arg U\), and Docker takes/),
    ]);
  });

  it('never shows a garbled "resolves to )"; a non-empty name stays a note and an unset ARG stays unverifiable', async () => {
    const all = [
      ...await run('FROM python:3.12-slim\nUSER ""\n'),
      ...await run('FROM python:3.12-slim\nARG RUNUSER=""\nUSER ${RUNUSER}\n'),
    ];
    expect(all.join('\n')).not.toMatch(/resolves to \)|is a name/);
    expect(await run('FROM python:3.12-slim\nARG RUNUSER=app\nUSER ${RUNUSER}\n')).toEqual([expect.stringMatching(/^3 note USER \$\{RUNUSER\} \(resolves to app\) is a name/)]);
    expect(await run('FROM python:3.12-slim\nARG RUNUSER\nUSER ${RUNUSER}\n')).toEqual([expect.stringMatching(/^3 note USER \$\{RUNUSER\} is unverifiable/)]);
  });
});
