import { expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';

const LIB = {
  'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\ntype: library\nversion: 0.1.0\n',
  'charts/lib/templates/_deployment.yaml': '{{- define "lib.deployment" -}}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n{{- end -}}\n',
};
const app = (name: string) => ({
  [`charts/${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\nappVersion: "1.0"\ndependencies:\n  - name: lib\n    version: 0.1.0\n    repository: file://../lib\n`,
  [`charts/${name}/templates/deployment.yaml`]: '{{ include "lib.deployment" . }}\n',
  [`charts/${name}/values.yaml`]: `image:\n  repository: ghcr.io/acme/${name}\n  tag: "1.0.0"\n`,
});
const containers = async (files: Record<string, string>) => {
  const out = await runCase(imageTagPinned, { name: 'lib45', files });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => f.file === 'charts/lib/templates/_deployment.yaml').map((f) => /container '([^']*)'/.exec(f.message)?.[1]);
};

// QA stop 45 (iac14 D5): a library chart's define renders with the .Chart of the chart that includes it.
it("a library chart's container named {{ .Chart.Name }} is named after the one chart that includes it, else <chart>", async () => {
  expect(await containers({ ...LIB, ...app('app') })).toEqual(['app']);
  expect(await containers({ ...LIB, ...app('api'), ...app('worker') })).toEqual(['<chart>']);
  expect(await containers(LIB)).toEqual(['<chart>']);
});

it('a chart that is no library keeps its own name', async () => {
  const files = {
    'web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'web/values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: "1.0.0"\n',
    'web/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: {{ include "web.image" . }}\n',
  };
  const out = await runCase(imageTagPinned, { name: 'lib45', files });
  expect(out.findings.map((f) => /container '([^']*)'/.exec(f.message)?.[1])).toEqual(['web']);
});
