import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();

const CHART = 'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "2.0.0"\n';

describe('QA35 containers6 D2: images in lists of Helm values files (extraContainers, sidecars, initContainers)', () => {
  // The examiner's repro (d2/chart): a container spec list, an image block in a list entry, a nested `containers` list.
  const d2 = {
    'chart/Chart.yaml': CHART,
    'chart/values.yaml': 'image:\n  repository: acme/app\n  tag: 2.0.0\nextraContainers:\n  - name: oauth2-proxy\n    image: quay.io/oauth2-proxy/oauth2-proxy:latest\n    args: ["--provider=github"]\n  - name: cloud-sql-proxy\n    image:\n      repository: gcr.io/cloud-sql-connectors/cloud-sql-proxy\n      tag: latest\nworker:\n  containers:\n    - name: w\n      image: acme/worker\n',
    'chart/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n        {{- with .Values.extraContainers }}\n        {{- toYaml . | nindent 8 }}\n        {{- end }}\n',
  };

  it('judges each container-like list entry at its image or tag line', async () => {
    const out = (await shown(imageTagPinned, d2)).filter((f) => !f.startsWith('NOTE'));
    expect(out).toEqual([
      "chart/values.yaml:11:12 Helm value extraContainers[1].image gcr.io/cloud-sql-connectors/cloud-sql-proxy:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      "chart/values.yaml:15:14 Helm value worker.containers[0].image acme/worker has no tag, so it pulls 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      "chart/values.yaml:6:12 Helm value extraContainers[0].image quay.io/oauth2-proxy/oauth2-proxy:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('sidecars and initContainers lists too; pinned entries pass', async () => {
    const files = {
      'chart/Chart.yaml': CHART,
      'chart/values.yaml': 'sidecars:\n  - name: log\n    image: fluent/fluent-bit:3.1.4\n  - name: proxy\n    image: envoyproxy/envoy\ninitContainers:\n  - name: migrate\n    image:\n      repository: ghcr.io/acme/migrate\n      tag: latest\n  - name: wait\n    image: busybox:1.36@sha256:' + 'a'.repeat(64) + '\n',
    };
    expect((await shown(imageTagPinned, files)).map((f) => f.split(' ').slice(0, 4).join(' '))).toEqual([
      'chart/values.yaml:10:12 Helm value initContainers[0].image',
      'chart/values.yaml:5:12 Helm value sidecars[1].image',
    ]);
  });

  it('keeps precision: lists that hold no container spec are not read, and a development values file gives notes', async () => {
    const files = {
      'chart/Chart.yaml': CHART,
      'chart/values.yaml': 'image:\n  repository: acme/app\n  tag: 2.0.0\ntolerations:\n  - key: dedicated\n    value: latest\nextraEnv:\n  - name: IMAGE\n    value: busybox\ningress:\n  hosts:\n    - host: latest.example.com\n      paths: [/]\nargs: ["nginx", "latest"]\n',
      'chart/values-dev.yaml': 'extraContainers:\n  - name: debug\n    image: busybox:latest\n',
    };
    expect(await shown(imageTagPinned, files)).toEqual([
      "NOTE chart/values-dev.yaml:3:12 Helm value extraContainers[0].image busybox:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`) (development values file)",
    ]);
  });
});

/** `helm create`'s deployment template (the classic form: `toYaml .Values.X` below each key). */
const CLASSIC = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
spec:
  template:
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
/** The newer form: each key inside `{{- with .Values.X }}`, so an empty value renders no key. */
const WITH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
spec:
  template:
    spec:
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: app
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
`;
const IMAGE = 'image:\n  repository: acme/app\n  tag: ""\n';
const chart = (template: string, values: string, more: Record<string, string> = {}) => ({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': values, 'chart/templates/deployment.yaml': template, ...more });

describe('QA35 containers6 D3: a Helm chart template is judged with the values it renders', () => {
  // The examiner's repro (d3/chart): a root pod user and an empty `resources: {}` in values.yaml.
  const d3 = chart(CLASSIC, `${IMAGE}podSecurityContext:\n  runAsUser: 0\n  fsGroup: 0\nsecurityContext:\n  runAsNonRoot: false\n  privileged: true\nresources: {}\n`);

  it('a root setting in values.yaml fails at its line', async () => {
    const out = await runCase(k8sRunAsNonRoot, { name: 'd3', files: d3 });
    expect(out.skipped).toBeUndefined();
    expect(out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.severity ?? 'high'}`)).toEqual(['chart/values.yaml:5:3 high']);
    expect(out.findings[0]!.message).toMatch(/container 'app' .* runs as root \(pod securityContext\.runAsUser: 0, Helm value podSecurityContext\.runAsUser\)/);
  });

  it("an empty resources: {} (helm create's default) fails at the check's severity, the message saying so", async () => {
    const out = await runCase(resourceLimits, { name: 'd3', files: d3 });
    expect(out.skipped).toBeUndefined();
    expect(out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column}`)).toEqual(['chart/values.yaml:10:1']);
    expect(out.findings[0]!.message).toMatch(/container 'app' .* has no memory limit \(Helm value resources is empty, `resources: \{\}` as helm create writes it\); set resources\.limits\.memory in the chart's values/);
  });

  it("helm create's defaults in both template forms: the values blocks that lack the settings fail", async () => {
    const values = `${IMAGE}podSecurityContext: {}\nsecurityContext: {}\nresources: {}\n`;
    for (const template of [CLASSIC, WITH]) {
      const root = await shown(k8sRunAsNonRoot, chart(template, values));
      expect(root).toHaveLength(1);
      expect(root[0]).toMatch(/^chart\/values\.yaml:5:1 container 'app' .* neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0 \(Helm values securityContext and podSecurityContext set neither: both are empty, as helm create writes them\)/);
      expect((await shown(resourceLimits, chart(template, values))).map((f) => f.split(' ')[0])).toEqual(['chart/values.yaml:6:1']);
    }
  });

  it('values that set the settings pass', async () => {
    const values = `${IMAGE}podSecurityContext:\n  fsGroup: 2000\nsecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 256Mi\n`;
    for (const template of [CLASSIC, WITH]) {
      const out = await runCase(k8sRunAsNonRoot, { name: 'ok', files: chart(template, values) });
      expect(out.findings).toEqual([]);
      expect(out.skipped).toBeUndefined();
      const limits = await runCase(resourceLimits, { name: 'ok', files: chart(template, values) });
      expect(limits.findings).toEqual([]);
      expect(limits.skipped).toBeUndefined();
    }
  });

  it('a production values file that sets them leaves values.yaml alone a note; one that sets root fails at its line', async () => {
    const values = `${IMAGE}podSecurityContext: {}\nsecurityContext: {}\nresources: {}\n`;
    const prod = { 'chart/values-production.yaml': 'securityContext:\n  runAsNonRoot: true\nresources:\n  limits:\n    memory: 512Mi\n' };
    for (const template of [CLASSIC, WITH]) {
      expect((await shown(k8sRunAsNonRoot, chart(template, values, prod))).map((f) => f.replace(/ container .*\(with/, ' (with'))).toEqual(["NOTE chart/values.yaml:5:1 (with the chart's values.yaml alone: chart/values-production.yaml overrides it for production)"]);
      expect((await shown(resourceLimits, chart(template, values, prod))).map((f) => f.replace(/ container .*\(with/, ' (with'))).toEqual(["NOTE chart/values.yaml:6:1 (with the chart's values.yaml alone: chart/values-production.yaml overrides it for production)"]);
    }
    const root = { 'chart/values-production.yaml': 'securityContext:\n  runAsUser: 0\nresources:\n  limits:\n    memory: 0\n' };
    const good = `${IMAGE}podSecurityContext: {}\nsecurityContext:\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 256Mi\n`;
    expect((await shown(k8sRunAsNonRoot, chart(CLASSIC, good, root))).map((f) => f.split(' ')[0])).toEqual(['chart/values-production.yaml:2:3']);
    const zero = await shown(resourceLimits, chart(CLASSIC, good, root));
    expect(zero).toHaveLength(1);
    expect(zero[0]).toMatch(/^chart\/values-production\.yaml:5:13 container 'app' .* \(Helm value resources\.limits\.memory: 0 sets none\)/);
  });

  it("a subchart is judged with the parent chart's values for it", async () => {
    const files = {
      'parent/Chart.yaml': 'apiVersion: v2\nname: parent\nversion: 1.0.0\ndependencies:\n  - name: child\n    version: 1.0.0\n',
      'parent/values.yaml': 'child:\n  securityContext:\n    runAsUser: 0\n',
      'parent/charts/child/Chart.yaml': 'apiVersion: v2\nname: child\nversion: 1.0.0\n',
      'parent/charts/child/values.yaml': `${IMAGE}podSecurityContext: {}\nsecurityContext:\n  runAsNonRoot: true\n  runAsUser: 1000\nresources:\n  limits:\n    memory: 256Mi\n`,
      'parent/charts/child/templates/deployment.yaml': CLASSIC,
    };
    expect((await shown(k8sRunAsNonRoot, files)).map((f) => f.split(' (')[0])).toEqual(["parent/values.yaml:3:5 container 'app' of Deployment '<fullname>'"]);
  });

  it('keeps precision: what a helper, a range or an if/else with another branch may write is not judged as missing', async () => {
    const template = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "pg.fullname" . }}
spec:
  template:
    spec:
      {{- include "pg.podSecurity" . | nindent 6 }}
      containers:
        - name: postgresql
          image: bitnami/postgresql:16.4.0
          {{- include "pg.containerSecurity" . | nindent 10 }}
          {{- if .Values.resources }}
          resources: {{- toYaml .Values.resources | nindent 12 }}
          {{- else if ne .Values.resourcesPreset "none" }}
          resources: {{- include "common.resources.preset" (dict "type" .Values.resourcesPreset) | nindent 12 }}
          {{- end }}
        {{- range .Values.sidecars }}
        - name: {{ .name }}
          image: {{ .image }}
        {{- end }}
`;
    const files = chart(template, 'resourcesPreset: nano\nresources: {}\nsidecars: []\n');
    const root = await runCase(k8sRunAsNonRoot, { name: 'helpers', files });
    expect(root.findings).toEqual([]);
    expect(root.skipped).toMatch(/only in Helm chart templates: checked for a root setting they write .*not judged for missing settings/);
    const limits = await runCase(resourceLimits, { name: 'helpers', files });
    expect(limits.findings).toEqual([]);
    expect(limits.skipped).toMatch(/Kubernetes containers only in Helm chart templates, which are not judged/);
  });

  it('a repository that installs charts with values of its own (helmfile, Flux, Argo CD) makes a setting the values leave out a note', async () => {
    const values = `${IMAGE}podSecurityContext: {}\nsecurityContext: {}\nresources: {}\n`;
    const deployers = {
      'helmfile.yaml': 'releases:\n  - name: app\n    chart: ./chart\n    values: [envs/prod.yaml]\n',
      'clusters/prod/app.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: app\nspec:\n  chart:\n    spec:\n      chart: ./chart\n  values:\n    resources:\n      limits:\n        memory: 1Gi\n',
      'argocd/app.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\nspec:\n  source:\n    path: chart\n    helm:\n      valuesObject:\n        resources: {}\n',
    };
    // (QA39 helm2 D1: a note only when the install's unread values may set what is missing: the Flux and Argo CD values
    // here set `resources` only, so the missing securityContext still fails.)
    const sets: Record<string, string[]> = { 'helmfile.yaml': ['securityContext', 'resources'], 'clusters/prod/app.yaml': ['resources'], 'argocd/app.yaml': ['resources'] };
    for (const [file, text] of Object.entries(deployers)) {
      const files = chart(CLASSIC, values, { [file]: text });
      for (const check of [k8sRunAsNonRoot, resourceLimits]) {
        const out = await shown(check, files);
        expect(out).toHaveLength(1);
        if (sets[file]!.includes(check === resourceLimits ? 'resources' : 'securityContext')) expect(out[0]).toMatch(new RegExp(`^NOTE chart/values\\.yaml:\\d+:1 .* \\(${file.replace('.', '\\.')} installs this chart with values or patches that are not read\\)$`));
        else expect(out[0]).toMatch(/^chart\/values\.yaml:\d+:1 .*not guaranteed to run as non-root/);
      }
    }
    // A root setting the values write still fails.
    const root = await shown(k8sRunAsNonRoot, chart(CLASSIC, `${IMAGE}podSecurityContext: {}\nsecurityContext:\n  runAsUser: 0\nresources: {}\n`, { 'helmfile.yaml': deployers['helmfile.yaml'] }));
    expect(root.map((f) => f.split(' ')[0])).toEqual(['chart/values.yaml:6:3']);
  });

  it('a container the chart renders with no securityContext or resources at all (no key, no action that could write one) fails at its name', async () => {
    const template = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n        {{- with .Values.extraContainers }}\n        {{- toYaml . | nindent 8 }}\n        {{- end }}\n';
    const files = chart(template, `${IMAGE}extraContainers: []\n`);
    for (const check of [k8sRunAsNonRoot, resourceLimits]) expect((await shown(check, files)).map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual(["chart/templates/deployment.yaml:9:11 container 'app'"]);
    // A kustomization rendering charts (`helmCharts`) may patch them: a note.
    const kust = { ...files, 'deploy/kustomization.yaml': 'helmGlobals:\n  chartHome: ..\nhelmCharts:\n  - name: chart\n    valuesFile: ../chart/values.yaml\npatches:\n  - path: sc.yaml\n' };
    for (const check of [k8sRunAsNonRoot, resourceLimits]) expect((await shown(check, kust)).map((f) => f.replace(/ container .*\(deploy/, ' (deploy'))).toEqual(['NOTE chart/templates/deployment.yaml:9:11 (deploy/kustomization.yaml installs this chart with values or patches that are not read)']);
  });

  it('a template outside a chart (no Chart.yaml and values.yaml) is judged only for what it writes, as before', async () => {
    const files = { 'chart/templates/deployment.yaml': CLASSIC };
    expect((await runCase(k8sRunAsNonRoot, { name: 'bare', files })).findings).toEqual([]);
    expect((await runCase(resourceLimits, { name: 'bare', files })).skipped).toMatch(/only in Helm chart templates/);
  });

  it('a values path the values do not set is reported at the template key that renders it', async () => {
    const out = await shown(resourceLimits, chart(CLASSIC, `${IMAGE}securityContext:\n  runAsUser: 1000\n`));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^chart\/templates\/deployment\.yaml:15:11 container 'app' .* \(Helm value resources is not set in the chart's values\)/);
  });
});
