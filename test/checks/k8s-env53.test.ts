import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { productionServer } from '../../src/checks/production-server.js';
import { expandK8sRefs, kubeletEnv } from '../../src/repo/k8s.js';
import { runCase } from '../helpers/check-tester.js';

// QA53 kubernetes D4: a container's `env` as the kubelet starts it — a later entry of a name wins, `$(NAME)` in env values,
// command and args expands from the entries before it (`$$(NAME)` is the literal text, an unknown `$(NAME)` stays as written).
const deployment = (containers: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: envs\nspec:\n  selector: {matchLabels: {app: e}}\n  template:\n    metadata: {labels: {app: e}}\n    spec:\n      securityContext: {runAsNonRoot: true}\n      containers:\n${containers}`;
const container = (name: string, env: [string, string][], extra = '') =>
  `        - name: ${name}\n          image: ghcr.io/acme/a:1.0\n          env:\n${env.map(([n, v]) => `            - name: ${n}\n              value: "${v}"\n`).join('')}${extra}`;

async function findings(check: typeof debugMode, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE' : 'FAIL'} ${f.file}:${f.line}:${f.column} ${f.message}`);
}

describe('Kubernetes `$(NAME)` expansion and duplicate env names, as the kubelet resolves them (QA53 kubernetes D4)', () => {
  it('expandK8sRefs / kubeletEnv: references, escapes, unknown names, the last entry of a name', () => {
    const env: Record<string, string> = { A: '1', B: 'x y' };
    const look = (n: string) => env[n];
    expect(expandK8sRefs('$(A)', look)).toBe('1');
    expect(expandK8sRefs('pre-$(B)-$(A)', look)).toBe('pre-x y-1');
    expect(expandK8sRefs('$$(A)', look)).toBe('$(A)');
    expect(expandK8sRefs('$$$(A)', look)).toBe('$1');
    expect(expandK8sRefs('$(NOPE)', look)).toBe('$(NOPE)');
    expect(expandK8sRefs('$(A', look)).toBe('$(A');
    expect(expandK8sRefs('a$b$', look)).toBe('a$b$');
    const resolved = kubeletEnv([
      { name: 'FLASK_DEBUG', value: '1' }, { name: 'MODE', value: '$(FLASK_DEBUG)' }, { name: 'FLASK_DEBUG', value: '0' },
      { name: 'LATER', value: '$(UNSET)' }, { name: 'SECRET', value: null }, { name: 'USES', value: '$(SECRET)' },
    ]);
    expect(resolved.map((e) => `${e.name}=${e.value}`)).toEqual(['MODE=1', 'FLASK_DEBUG=0', 'LATER=$(UNSET)', 'SECRET=null', 'USES=$(SECRET)']);
  });

  it('debug-mode: FLASK_DEBUG=1 then FLASK_DEBUG=0 passes (the later entry wins); the reverse fails at the later entry', async () => {
    expect(await findings(debugMode, { 'a.yaml': deployment(container('dup', [['FLASK_DEBUG', '1'], ['FLASK_DEBUG', '0']])) })).toEqual([]);
    const out = await findings(debugMode, { 'a.yaml': deployment(container('dup', [['FLASK_DEBUG', '0'], ['FLASK_DEBUG', '1']])) });
    expect(out).toEqual([expect.stringMatching(/^FAIL a\.yaml:18:23 container 'dup' sets FLASK_DEBUG=1, /)]);
  });

  it('debug-mode: FLASK_DEBUG="$(APP_MODE)" with APP_MODE=1 fails at that value, naming the reference; `$$(APP_MODE)` and an unknown name pass', async () => {
    const out = await findings(debugMode, { 'd.yaml': deployment([
      container('envref', [['APP_MODE', '1'], ['FLASK_DEBUG', '$(APP_MODE)']]),
      container('escaped', [['APP_MODE', '1'], ['FLASK_DEBUG', '$$(APP_MODE)']]),
      container('unknown', [['FLASK_DEBUG', '$(NOT_SET)']]),
      container('later', [['FLASK_DEBUG', '$(APP_MODE)'], ['APP_MODE', '1']]),
    ].join('')) });
    expect(out).toEqual([expect.stringMatching(/^FAIL d\.yaml:18:23 container 'envref' sets FLASK_DEBUG=1 \(expanded from \$\(APP_MODE\)\), which turns on/)]);
  });

  it('production-server: command "$(SERVER_CMD)" with SERVER_CMD=runserver fails; a later entry or an escape decides what runs', async () => {
    const cmd = (name: string, env: [string, string][], word: string) => container(name, env, `          command: ["python", "manage.py", "${word}", "0.0.0.0:8000"]\n`);
    const out = await findings(productionServer, { 'd.yaml': deployment([
      cmd('cmdvar', [['SERVER_CMD', 'runserver']], '$(SERVER_CMD)'),
      cmd('relaxed', [['SERVER_CMD', 'runserver'], ['SERVER_CMD', 'migrate']], '$(SERVER_CMD)'),
      cmd('escaped', [['SERVER_CMD', 'runserver']], '$$(SERVER_CMD)'),
    ].join('')) });
    expect(out).toEqual([expect.stringMatching(/^FAIL d\.yaml:17:11 container 'cmdvar' command starts a development server: manage\.py runserver;/)]);
  });

  it('production-server: GUNICORN_CMD_ARGS from an earlier entry through $(NAME) turns the reloader on; overridden later, it does not', async () => {
    const gunicorn = '          command: ["gunicorn", "app:app"]\n';
    const out = await findings(productionServer, {
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'd.yaml': deployment([
        container('reload', [['OPTS', '--reload'], ['GUNICORN_CMD_ARGS', '$(OPTS)']], gunicorn),
        container('quiet', [['GUNICORN_CMD_ARGS', '--reload'], ['GUNICORN_CMD_ARGS', '--workers 2']], gunicorn),
      ].join('')),
    });
    expect(out).toEqual([expect.stringMatching(/^FAIL d\.yaml:\d+:\d+ .*'reload'.*--reload/)]);
  });
});
