import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { helmInstalls } from '../../src/repo/helm-installs.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
/** Only where and whether a note: `[NOTE ]file:line`. */
const places = async (check: CheckDef, files: Record<string, string>) => (await shown(check, files)).map((f) => f.replace(/^((?:NOTE )?\S+?:\d+):\d+ .*$/, '$1'));

/** QA53 kubernetes r12: a `helm create`-shaped chart in `chart/`, its production values at the root, a workflow installing it. */
const R12 = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  'chart/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: latest\nreplicaCount: 1\npodSecurityContext: {}\nsecurityContext: {}\nresources: {}\nservice:\n  type: ClusterIP\n  port: 5432\n',
  'chart/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      securityContext:\n        {{- toYaml .Values.podSecurityContext | nindent 8 }}\n      containers:\n        - name: web\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
  'chart/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  type: {{ .Values.service.type }}\n  selector:\n    app: web\n  ports:\n    - port: {{ .Values.service.port }}\n',
  'values-prod.yaml': 'image:\n  tag: "1.4.2"\npodSecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 512Mi\nservice:\n  type: LoadBalancer\n',
};
const deploy = (chart: string, file = '.github/workflows/deploy.yml', values = 'values-prod.yaml') => ({
  ...R12,
  [file]: file.startsWith('.github/')
    ? `on: {push: {branches: [main]}}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: helm upgrade --install web ${chart} -f values-prod.yaml\n`
    : `#!/bin/sh\nset -e\nhelm upgrade --install web ${chart} -f ${values}\n`,
});

describe('QA53 kubernetes D1: every spelling of a local chart folder is an install of that chart', () => {
  for (const chart of ['./chart', 'chart', './chart/', 'chart/', 'chart/.', './chart/.']) {
    it(`\`helm upgrade --install web ${chart} -f values-prod.yaml\` installs chart/ with values-prod.yaml`, async () => {
      const files = deploy(chart);
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] }).map((i) => [i.chart, i.valueFiles])).toEqual([['chart', ['values-prod.yaml']]]);
      // values.yaml alone is what no install deploys: its failures are notes naming values-prod.yaml.
      expect(await places(imageTagPinned, files)).toEqual(['NOTE chart/values.yaml:3']);
      expect(await places(k8sRunAsNonRoot, files)).toEqual(['NOTE chart/values.yaml:6']);
      expect(await places(resourceLimits, files)).toEqual(['NOTE chart/values.yaml:7']);
      // The LoadBalancer values-prod.yaml turns on for port 5432 is caught.
      expect(await shown(databasePortExposed, files)).toEqual([expect.stringMatching(/^chart\/templates\/service\.yaml:10:\d+ .*type LoadBalancer \(service\.type: LoadBalancer in values-prod\.yaml\) exposes .*5432/)]);
    });
  }

  it('a chart two folders deep: `./charts/web`, `charts/web`, `./charts/web/`, `charts/web/.` alike', async () => {
    for (const chart of ['./charts/web', 'charts/web', './charts/web/', 'charts/web/.']) {
      const files: Record<string, string> = Object.fromEntries(Object.entries(deploy(chart)).map(([f, t]) => [f.replace(/^chart\//, 'charts/web/'), t]));
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f] }).map((i) => [i.chart, i.valueFiles])).toEqual([['charts/web', ['values-prod.yaml']]]);
      expect(await places(resourceLimits, files)).toEqual(['NOTE charts/web/values.yaml:7']);
    }
  });

  it('a path naming no chart of the repository is no chart of a chart repository, however many parts it has', () => {
    for (const chart of ['./build', './build/chart', '../build']) {
      const files = { ...deploy(chart, 'scripts/deploy.sh'), 'scripts/values-prod.yaml': 'resources: {}\n' };
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] })).toEqual([]);
    }
    // `repo/name` that is no folder of the repository is a chart of a repository: its values files are still Helm values.
    const files = deploy('bitnami/postgresql');
    expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] }).map((i) => [i.chart, i.valueFiles])).toEqual([[null, ['values-prod.yaml']]]);
  });

  it('a script in a folder: `./chart` from the repository root, and `../chart` from the script\'s folder', async () => {
    for (const chart of ['./chart', '../chart']) {
      const files = deploy(chart, 'scripts/deploy.sh', chart === './chart' ? 'values-prod.yaml' : '../values-prod.yaml');
      expect(helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f as keyof typeof files] }).map((i) => [i.chart, i.valueFiles])).toEqual([['chart', ['values-prod.yaml']]]);
      expect(await places(resourceLimits, files)).toEqual(['NOTE chart/values.yaml:7']);
    }
  });
});
