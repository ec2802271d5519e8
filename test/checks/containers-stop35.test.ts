import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import type { CheckDef } from '../../src/checks/define.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { runCase } from '../helpers/check-tester.js';

/** The findings of a check as `file:line note? message`, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop35', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`).sort();
}
const failures = async (check: CheckDef, files: Record<string, string>) => (await findings(check, files)).filter((f) => !/^\S+ note /.test(f));

// D1: the Dockerfile of a GitHub Docker container action is a workflow step's image, which GitHub runs as root and never
// health-checks: not a production service image.
describe('the Dockerfile of a GitHub Docker container action', () => {
  const ACTION = 'name: release-notes\ndescription: Writes release notes\nruns:\n  using: docker\n  image: Dockerfile\n';
  const DOCKERFILE = 'FROM alpine:3.19\nRUN apk add --no-cache git bash jq\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
  const repro = { '.github/actions/release-notes/action.yml': ACTION, '.github/actions/release-notes/Dockerfile': DOCKERFILE, '.github/actions/release-notes/entrypoint.sh': '#!/bin/sh\n' };

  it('the QA reproduction: dockerfile-non-root and dockerfile-healthcheck give notes naming the action.yml, not failures', async () => {
    const nonRoot = await findings(dockerfileNonRoot, repro);
    expect(nonRoot).toHaveLength(1);
    expect(nonRoot[0]).toMatch(/^\.github\/actions\/release-notes\/Dockerfile:1 note the final stage runs as root, as expected: it has no USER \(base image alpine:3\.19\), and it is the image of the GitHub Docker container action \.github\/actions\/release-notes\/action\.yml/);
    const health = await findings(dockerfileHealthcheck, repro);
    expect(health).toHaveLength(1);
    expect(health[0]).toMatch(/^\.github\/actions\/release-notes\/Dockerfile:1 note the final stage \(FROM alpine:3\.19\) declares no HEALTHCHECK, which it does not need: it is the image of the GitHub Docker container action \.github\/actions\/release-notes\/action\.yml/);
  });

  it('the same Dockerfile without an action naming it still fails both checks', async () => {
    const files = { 'services/release-notes/Dockerfile': DOCKERFILE };
    expect(await failures(dockerfileNonRoot, files)).toHaveLength(1);
    expect(await failures(dockerfileHealthcheck, files)).toHaveLength(1);
  });

  it('an action repository: action.yaml at the root naming ./docker/Dockerfile; USER root is a note there too', async () => {
    const files = { 'action.yaml': "name: lint\nruns:\n  using: 'Docker'\n  image: './docker/Dockerfile'\n  args: ['--strict']\n", 'docker/Dockerfile': 'FROM python:3.12-slim\nUSER root\nENTRYPOINT ["lint"]\n', Dockerfile: DOCKERFILE };
    const nonRoot = await findings(dockerfileNonRoot, files);
    expect(nonRoot.filter((f) => f.startsWith('docker/Dockerfile:'))).toEqual([expect.stringMatching(/^docker\/Dockerfile:2 note the final stage runs as root, as expected: it ends with USER root .*action\.yaml/)]);
    // The root Dockerfile is no action's image: still judged.
    expect(nonRoot.filter((f) => f.startsWith('Dockerfile:1 the final stage has no USER'))).toHaveLength(1);
    expect((await failures(dockerfileHealthcheck, files)).map((f) => f.split(' ')[0])).toEqual(['Dockerfile:1']);
  });

  it('an action that pulls an image (docker://), a composite or JavaScript action, and an image path that is not the Dockerfile name nothing', async () => {
    for (const action of [
      'runs:\n  using: docker\n  image: docker://alpine:3.19\n',
      'runs:\n  using: composite\n  steps:\n    - run: docker build .\n      shell: bash\n',
      'runs:\n  using: node20\n  main: dist/index.js\n',
      'runs:\n  using: docker\n  image: build/Dockerfile\n',
      'runs: [docker\n',
    ]) {
      const files = { '.github/actions/x/action.yml': action, '.github/actions/x/Dockerfile': DOCKERFILE };
      expect(await failures(dockerfileNonRoot, files), action).toHaveLength(1);
      expect(await failures(dockerfileHealthcheck, files), action).toHaveLength(1);
    }
  });

  it('a production compose service building the action Dockerfile makes it a service image again', async () => {
    const files = { ...repro, 'docker-compose.yml': 'services:\n  notes:\n    build:\n      context: .github/actions/release-notes\n    restart: always\n' };
    expect(await failures(dockerfileNonRoot, files)).toHaveLength(1);
    expect(await failures(dockerfileHealthcheck, files)).toHaveLength(1);
  });

  it('image-tag-pinned and the secret checks still judge the action Dockerfile', async () => {
    const files = { ...repro, '.github/actions/release-notes/Dockerfile': 'FROM alpine:latest\nENV GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\nENTRYPOINT ["/entrypoint.sh"]\n' };
    expect(await failures(imageTagPinned, files)).toEqual([expect.stringMatching(/^\.github\/actions\/release-notes\/Dockerfile:1 /)]);
    expect(await failures(dockerfileSecretsInEnv, files)).toEqual([expect.stringMatching(/^\.github\/actions\/release-notes\/Dockerfile:2 /)]);
  });
});

// D4: an OpenShift Template's `objects` are the manifests `oc process` renders and applies.
describe('OpenShift Template objects', () => {
  const TEMPLATE = `apiVersion: template.openshift.io/v1
kind: Template
metadata:
  name: api
parameters:
  - name: IMAGE_TAG
    value: latest
  - name: REPLICAS
    value: "2"
objects:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: api
    spec:
      replicas: \${{REPLICAS}}
      selector:
        matchLabels: { app: api }
      template:
        metadata:
          labels: { app: api }
        spec:
          containers:
            - name: api
              image: quay.io/acme/api:\${IMAGE_TAG}
              securityContext:
                runAsUser: 0
  - apiVersion: v1
    kind: Service
    metadata:
      name: api-db
    spec:
      type: NodePort
      ports:
        - port: 5432
`;

  it('the QA reproduction: each Kubernetes check judges the objects, at their lines; ${IMAGE_TAG} reads as its default, as oc process renders it (stop 36)', async () => {
    const files = { 'openshift/template.yaml': TEMPLATE };
    expect(await failures(k8sRunAsNonRoot, files)).toEqual([expect.stringMatching(/^openshift\/template\.yaml:27 container 'api' of Deployment 'api' .*runAsUser: 0/)]);
    expect(await failures(databasePortExposed, files)).toEqual([expect.stringMatching(/^openshift\/template\.yaml:35 Service 'api-db' of type NodePort exposes database port 5432/)]);
    expect(await failures(k8sProbes, files)).toEqual([expect.stringMatching(/^openshift\/template\.yaml:24 container 'api' of Deployment 'api' has no readinessProbe/)]);
    expect(await failures(resourceLimits, files)).toEqual([expect.stringMatching(/^openshift\/template\.yaml:24 container 'api' of Deployment 'api' has no memory limit/)]);
    expect(await findings(imageTagPinned, files)).toEqual([expect.stringMatching(/^openshift\/template\.yaml:25 container 'api' image quay\.io\/acme\/api:latest uses the moving tag 'latest'/)]);
  });

  it('a template kept under templates/ with ${{PARAM}} values is no Helm chart template: missing settings fail', async () => {
    const files = { 'openshift/templates/api.yaml': TEMPLATE.replace('              securityContext:\n                runAsUser: 0\n', '') };
    expect(await failures(k8sRunAsNonRoot, files)).toEqual([expect.stringMatching(/^openshift\/templates\/api\.yaml:24 container 'api' of Deployment 'api' is not guaranteed to run as non-root: neither/)]);
    expect(await failures(k8sProbes, files)).toHaveLength(1);
    expect(await failures(resourceLimits, files)).toHaveLength(1);
  });

  it('${{PARAM}} and ${PARAM} settings are not judged as literal values', async () => {
    const files = { 'openshift/app.yaml': `apiVersion: v1
kind: Template
metadata:
  name: app
objects:
  - apiVersion: apps.openshift.io/v1
    kind: DeploymentConfig
    metadata:
      name: app
    spec:
      template:
        spec:
          securityContext:
            runAsNonRoot: \${{NON_ROOT}}
            runAsUser: \${{RUN_AS}}
          containers:
            - name: app
              image: quay.io/acme/app:1.4.2
              resources:
                limits: { memory: \${MEMORY_LIMIT}, cpu: \${CPU_LIMIT} }
              readinessProbe: { httpGet: { path: /, port: 8080 } }
              livenessProbe: { httpGet: { path: /, port: 8080 } }
  - apiVersion: v1
    kind: Service
    metadata:
      name: db
    spec:
      type: \${SERVICE_TYPE}
      ports:
        - port: \${{DB_PORT}}
` };
    for (const check of [k8sRunAsNonRoot, databasePortExposed, resourceLimits, k8sProbes, imageTagPinned]) expect(await failures(check, files), check.id).toEqual([]);
  });

  it('every check finds in a Template the same findings as in its objects written as documents, at the same lines', async () => {
    const secretValue = ['Qz8', 'vL2m', 'Xk9p', 'Rt4w', 'Hn6c'].join('');
    const docs = [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: nginx:latest\n          command: ["flask", "run", "--host=0.0.0.0"]\n          env:\n            - name: FLASK_DEBUG\n              value: "1"\n            - name: API_TOKEN\n              value: ' + secretValue + '\n            - name: DB_PASSWORD\n              value: changeme',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 5432',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  DEBUG: "true"',
    ];
    const asDocuments = `${docs.join('\n---\n')}\n`;
    const asTemplate = `apiVersion: template.openshift.io/v1\nkind: Template\nmetadata:\n  name: app\nobjects:\n${docs.map((d) => d.split('\n').map((l, i) => `${i ? '    ' : '  - '}${l}`).join('\n')).join('\n')}\n`;
    const norm = (l: string | undefined) => (l ?? '').trim().replace(/^- /, '');
    let judged = 0;
    for (const check of CHECKS) {
      const plain = (await runCase(check, { name: 'docs', files: { 'k8s/all.yaml': asDocuments } })).findings;
      const template = (await runCase(check, { name: 'template', files: { 'k8s/all.yaml': asTemplate } })).findings;
      const key = (f: { message: string; severity?: string; note?: boolean }) => `${f.severity ?? ''}|${f.note ?? false}|${f.message}`;
      expect(template.map(key).sort(), check.id).toEqual(plain.map(key).sort());
      const byKey = new Map(plain.map((f) => [key(f), f]));
      for (const f of template) if (f.file === 'k8s/all.yaml' && f.line !== 1) expect(norm(asTemplate.split('\n')[f.line! - 1]), `${check.id}: ${f.message}`).toBe(norm(asDocuments.split('\n')[byKey.get(key(f))!.line! - 1]));
      if (plain.length) judged++;
    }
    expect(judged).toBeGreaterThanOrEqual(8);
  });

  it('a Template of another API group, or a kind named Template with no objects, is not unwrapped', async () => {
    const other = 'apiVersion: example.com/v1\nkind: Template\nmetadata:\n  name: t\nobjects:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: api\n    spec:\n      template:\n        spec:\n          containers:\n            - name: api\n              image: nginx:latest\n';
    expect(await failures(imageTagPinned, { 'k8s/t.yaml': other })).toEqual([]);
  });
});

// D5: internal load balancers of other clouds are internal too.
describe('internal load balancer annotations of more clouds', () => {
  const service = (name: string, annotation: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  annotations:
    ${annotation}
spec:
  type: LoadBalancer
  ports:
    - port: 5432
`;
  it.each([
    ['IBM Cloud', 'service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type: private'],
    ['Alibaba Cloud', 'service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type: "intranet"'],
    ['Tencent Cloud', 'service.kubernetes.io/qcloud-loadbalancer-internal-subnetid: subnet-3fd8a1b2'],
    ['Hetzner', 'load-balancer.hetzner.cloud/disable-public-network: "true"'],
    ['DigitalOcean', 'service.beta.kubernetes.io/do-loadbalancer-network: "INTERNAL"'],
    ['Scaleway', 'service.beta.kubernetes.io/scw-loadbalancer-private: "true"'],
    ['AWS (control)', 'service.beta.kubernetes.io/aws-load-balancer-scheme: internal'],
  ])('%s: an info note, not a failure', async (_cloud, annotation) => {
    const out = await findings(databasePortExposed, { 'k8s/svc.yaml': service('pg', annotation) });
    expect(out).toEqual([expect.stringMatching(/^k8s\/svc\.yaml:10 note Service 'pg' of type LoadBalancer exposes database port 5432 \(PostgreSQL\) through an internal load balancer$/)]);
  });

  it.each([
    ['IBM Cloud public', 'service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type: public'],
    ['Alibaba Cloud internet', 'service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type: internet'],
    ['Tencent Cloud empty subnet', 'service.kubernetes.io/qcloud-loadbalancer-internal-subnetid: ""'],
    ['Hetzner public network on', 'load-balancer.hetzner.cloud/disable-public-network: "false"'],
    ['Hetzner private IP to the nodes only', 'load-balancer.hetzner.cloud/use-private-ip: "true"'],
    ['DigitalOcean external', 'service.beta.kubernetes.io/do-loadbalancer-network: "EXTERNAL"'],
    ['Scaleway public', 'service.beta.kubernetes.io/scw-loadbalancer-private: "false"'],
    ['Azure internal subnet without internal: true', 'service.beta.kubernetes.io/azure-load-balancer-internal-subnet: apps'],
  ])('%s: still a failure', async (_what, annotation) => {
    expect(await failures(databasePortExposed, { 'k8s/svc.yaml': service('pg', annotation) })).toEqual([expect.stringMatching(/^k8s\/svc\.yaml:10 Service 'pg' of type LoadBalancer exposes database port 5432 .* outside the cluster/)]);
  });
});
