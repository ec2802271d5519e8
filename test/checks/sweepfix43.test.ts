import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { helmDisabledBranches } from '../../src/repo/prerender.js';

/** Findings as `[NOTE ]file:line:column message` (the message up to its advice), sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.split('; ')[0]}`).sort();
};

// R2: a chart template whose env entry sits in an `{{ if }}` branch no values set turns on, in a template that also writes a
// YAML flow mapping ending in `}}` (`livenessProbe: {httpGet: {path: /, port: 80}}`), which is text, not an action's end.
describe('sweep R2: Helm env in a disabled branch, beside a flow mapping ending in }}', () => {
  const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';
  const template = (value: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: "acme/web:1.2.3"
          env:
            {{- if .Values.debugTools.enabled }}
            - name: FLASK_DEBUG
              value: ${value}
            {{- end }}
          livenessProbe: {httpGet: {path: /, port: 80}}
          resources: {limits: {memory: 256Mi}}
`;
  const chart = (value: string, values: string, extra: Record<string, string> = {}) => ({
    'chart/Chart.yaml': CHART,
    'chart/values.yaml': values,
    'chart/values-production.yaml': 'replicaCount: 3\n',
    'chart/templates/deployment.yaml': template(value),
    ...extra,
  });
  const OFF = 'debugTools:\n  enabled: false\nflaskDebug: "1"\n';

  it('blanks the branch no values set selects although a line ends a flow mapping with }}', () => {
    const out = helmDisabledBranches(template('"1"'), [{ debugTools: { enabled: false } }]);
    expect(out).not.toBeNull();
    expect(out!.split('\n')[13]).toBe('');
    expect(out!.split('\n')[15]).toBe('          livenessProbe: {httpGet: {path: /, port: 80}}');
  });

  it('still gives up on an action spread over lines', () => {
    expect(helmDisabledBranches('{{- if .Values.a }}\nx: {{ .Values.b\n}}\n{{- end }}\n', [{ a: false }])).toBeNull();
  });

  it('a values-path env value in a branch no values set renders is not reported', async () => {
    expect(await shown(debugMode, chart('{{ .Values.flaskDebug | quote }}', OFF))).toEqual([]);
  });

  it('nor a literal one', async () => {
    expect(await shown(debugMode, chart('"1"', OFF))).toEqual([]);
  });

  it('the production values file that turns the branch on makes it fail, at the values line', async () => {
    const out = await shown(debugMode, chart('{{ .Values.flaskDebug | quote }}', OFF, { 'chart/values-production.yaml': 'debugTools:\n  enabled: true\n' }));
    expect(out).toEqual([expect.stringMatching(/^chart\/values\.yaml:3:\d+ Helm value flaskDebug .*FLASK_DEBUG=1/)]);
  });

  it('values.yaml turning it on fails too', async () => {
    const out = await shown(debugMode, chart('"1"', 'debugTools:\n  enabled: true\n'));
    expect(out).toEqual([expect.stringMatching(/^chart\/templates\/deployment\.yaml:14:\d+ container 'web' sets FLASK_DEBUG=1/)]);
  });
});

// R3: Docker Official Images set no USER: a stage built on one without USER runs as root, as the message says.
describe('sweep R3: Docker Official Images run as root', () => {
  const nonRootOf = async (from: string) => shown(dockerfileNonRoot, { Dockerfile: `FROM ${from}\nCMD ["run"]\n` });
  const ROOT = (image: string) => `Dockerfile:1:1 the final stage has no USER, so it runs as root (base image ${image})`;

  it.each(['postgres:14', 'haskell:9.6', 'clojure:temurin-21-lein-2.11.2', 'docker:27.3-cli', 'library/redis:7.2', 'docker.io/library/mysql:8.4', 'public.ecr.aws/docker/library/postgres:16', 'mariadb:11.4'])('%s runs as root', async (image) => {
    expect(await nonRootOf(image)).toEqual([ROOT(image)]);
  });

  it.each(['registry.acme.io/platform/python-base:3.12', 'acme/base:1.0', 'ghcr.io/acme/postgres:16', 'haproxy:2.2', 'varnish:6.0'])('%s keeps the base image\'s user wording', async (image) => {
    const out = await nonRootOf(image);
    expect(out).toEqual([expect.stringContaining(`runs as the base image's user: root unless ${image} sets a non-root USER`)]);
    expect(out[0]).not.toMatch(/so it runs as root/);
  });

  it('an Official Image on the non-root list passes', async () => {
    expect(await nonRootOf('sonarqube:10.6-community')).toEqual([]);
  });
});

// R4: a Pact contract is written by consumer tests from their mocks, not recorded traffic.
describe('sweep R4: Pact contracts are no HTTP recordings', () => {
  const AUTH = 'ox9yimTcfipZGnzPbDFDyFKm51zfFoWbSrHAE56y';
  const TOKEN = 'DNxril3RavGD5MfvJ7NScUykT8C8UBkkpdhiG37LeXSy';
  const body = (head: string, tail: string) => `{
${head}
  "interactions": [
    {
      "description": "a request for orders",
      "request": {"method": "GET", "path": "/orders", "headers": {"Authorization": "Bearer ${AUTH}"}},
      "response": {"status": 200, "body": {"access_token": "${TOKEN}"}}
    }
  ]${tail}
}
`;
  const PACT = body('  "consumer": {"name": "web"},\n  "provider": {"name": "api"},', ',\n  "metadata": {"pactSpecification": {"version": "2.0.0"}}');

  it('a Pact file passes', async () => {
    expect(await shown(hardcodedSecret, { 'spec/pacts/web-api.json': PACT })).toEqual([]);
  });

  it('known by its metadata alone, or by its consumer and provider alone', async () => {
    expect(await shown(hardcodedSecret, { 'spec/pacts/a.json': body('', ',\n  "metadata": {"pactSpecification": {"version": "3.0.0"}}') })).toEqual([]);
    expect(await shown(hardcodedSecret, { 'test/pacts/b.json': body('  "consumer": { "name": "web" },\n  "provider": { "name": "api" },', '') })).toEqual([]);
  });

  it('the same interactions without Pact\'s shape are still a recording', async () => {
    const out = await shown(hardcodedSecret, { 'spec/fixtures/orders.json': body('', '') });
    expect(out).toEqual([
      expect.stringMatching(/^spec\/fixtures\/orders\.json:6:\d+ an HTTP recording \(cassette\) holds the Authorization credential/),
      expect.stringMatching(/^spec\/fixtures\/orders\.json:7:\d+ an HTTP recording \(cassette\) holds the 'access_token'/),
    ]);
  });

  it('a provider token in a Pact file still fails by its format', async () => {
    const gh = `ghp_${'R8d3kQw7Zt2Lm9Xc4Vb6Nn1Pa5Sd0Fg7Hj2K'.slice(0, 36)}`;
    const out = await shown(hardcodedSecret, { 'spec/pacts/web-api.json': PACT.replace(`Bearer ${AUTH}`, `token ${gh}`) });
    expect(out).toEqual([expect.stringMatching(/^spec\/pacts\/web-api\.json:7:\d+ GitHub token \(ghp_…\)/)]);
  });
});
