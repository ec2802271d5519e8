import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';

/** Findings as `[NOTE ]file:line:column`, sorted. */
const at = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column}`).sort();
};

const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.0.0"\n';
/** `helm create`'s classic template: securityContext and resources from the values. */
const TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
const chart = (more: Record<string, string>, values = 'image:\n  repository: ghcr.io/acme/web\n  tag: "1.0.0"\n') => ({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': values, 'chart/templates/deployment.yaml': TEMPLATE, ...more });
const LATEST = 'image:\n  tag: latest\n';

// QA stop 45 (iac14 D2): one notion of a chart's values files for every check — image-tag-pinned reads the files the
// other Kubernetes checks render the chart with.
describe('image-tag-pinned reads every values file of the chart', () => {
  it('values_prod.yaml, prod-values.yaml and values/production.yaml fail at their tag', async () => {
    const files = chart({ 'chart/values_prod.yaml': LATEST, 'chart/prod-values.yaml': LATEST, 'chart/values/production.yaml': LATEST });
    expect(await at(imageTagPinned, files)).toEqual(['chart/prod-values.yaml:2:8', 'chart/values/production.yaml:2:8', 'chart/values_prod.yaml:2:8']);
  });

  it('development ones give notes; chart-testing inputs, subcharts and a values file outside any chart are not read', async () => {
    const files = {
      ...chart({ 'chart/values_dev.yaml': LATEST, 'chart/values/dev.yaml': LATEST, 'chart/dev-values.yaml': LATEST, 'chart/ci/test-values.yaml': LATEST }),
      'chart/charts/sub/values-prod.yaml': LATEST,
      'config/prod-values.yaml': LATEST,
    };
    expect(await at(imageTagPinned, files)).toEqual(['NOTE chart/dev-values.yaml:2:8', 'NOTE chart/values/dev.yaml:2:8', 'NOTE chart/values_dev.yaml:2:8']);
  });

  it("another chart in a folder of this one owns its values files (named for that chart's values)", async () => {
    const files = { ...chart({}), 'chart/extra/Chart.yaml': CHART.replace('web', 'extra'), 'chart/extra/values.yaml': 'image:\n  repository: ghcr.io/acme/extra\n  tag: "2.0.0"\n', 'chart/extra/values_prod.yaml': LATEST };
    const out = await runCase(imageTagPinned, { name: 'x', files });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' uses')[0]}`)).toEqual(['chart/extra/values_prod.yaml:2 Helm value image ghcr.io/acme/extra:latest']);
  });
});

// QA stop 45 (iac14 D3): `values_prod.yaml` (underscore) is a production values file, as `values-prod.yaml` is.
describe('a production values file named with an underscore', () => {
  const values = 'image:\n  repository: ghcr.io/acme/web\n  tag: "1.0.0"\nsecurityContext: {}\nresources: {}\n';
  const sets = 'securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 256Mi\n';

  it('makes what values.yaml alone lacks an info note naming it', async () => {
    for (const name of ['values_prod.yaml', 'values_production.yaml', 'prod_values.yaml']) {
      const files = chart({ [`chart/${name}`]: sets }, values);
      expect(await at(k8sRunAsNonRoot, files)).toEqual(['NOTE chart/values.yaml:4:1']);
      expect(await at(resourceLimits, files)).toEqual(['NOTE chart/values.yaml:5:1']);
      const out = await runCase(resourceLimits, { name: 'x', files });
      expect(out.findings[0]!.message).toContain(`with the chart's values.yaml alone: chart/${name} overrides it for production`);
    }
  });

  it('lookalikes are no production file: values_staging.yaml, values_preprod.yaml, values_product.yaml', async () => {
    for (const name of ['values_staging.yaml', 'values_preprod.yaml', 'values_product.yaml']) {
      const files = chart({ [`chart/${name}`]: sets }, values);
      expect(await at(k8sRunAsNonRoot, files)).toEqual(['chart/values.yaml:4:1']);
      expect(await at(resourceLimits, files)).toEqual(['chart/values.yaml:5:1']);
    }
  });
});
