import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { helmInstalls } from '../../src/repo/helm-installs.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
const shown = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
/** Only where and whether a note: `[NOTE ]file:line`. */
const places = async (check: CheckDef, files: Record<string, string>) => (await shown(check, files)).map((f) => f.replace(/^((?:NOTE )?\S+?:\d+):\d+ .*$/, '$1'));

/** `helm create`'s shape: securityContext, podSecurityContext and resources from the values, empty by default. */
const TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
spec:
  template:
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .Chart.Name }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
const VALUES = 'image:\n  repository: ghcr.io/acme/web\n  tag: ""\npodSecurityContext: {}\nsecurityContext: {}\nresources: {}\n';
const CHART = { 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.16.0"\n', 'charts/web/values.yaml': VALUES, 'charts/web/templates/deployment.yaml': TEMPLATE };
const CURES = 'podSecurityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\nresources:\n  limits:\n    memory: 256Mi\n';

describe('QA39 helm2 D1: an installer silences a local chart\'s failures only when it installs that chart with values that may set them', () => {
  const remoteRelease = 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ingress-nginx\nspec:\n  chart:\n    spec:\n      chart: ingress-nginx\n      sourceRef:\n        kind: HelmRepository\n        name: ingress-nginx\n  values:\n    controller:\n      replicaCount: 2\n';

  it('a Flux HelmRelease, Argo CD app, helmfile release or kustomization of another chart changes nothing (r05-unrelated-hr)', async () => {
    const others = {
      'clusters/prod/ingress-nginx.yaml': remoteRelease,
      'argocd/pg.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: pg\nspec:\n  source:\n    repoURL: registry-1.docker.io/bitnamicharts\n    chart: postgresql\n    helm:\n      valuesObject:\n        primary:\n          podSecurityContext:\n            runAsUser: 1001\n',
      'helmfile.yaml': 'releases:\n  - name: redis\n    chart: bitnami/redis\n    values:\n      - resources:\n          limits:\n            memory: 1Gi\n',
      'infra/kustomization.yaml': 'helmCharts:\n  - name: grafana\n    repo: https://grafana.github.io/helm-charts\n    valuesInline:\n      resources: {}\npatches:\n  - path: patch.yaml\n',
    };
    expect(await places(k8sRunAsNonRoot, { ...CHART, ...others })).toEqual(['charts/web/values.yaml:5']);
    expect(await places(resourceLimits, { ...CHART, ...others })).toEqual(['charts/web/values.yaml:6']);
  });

  it('an install of this chart whose inline values set the setting gives a note naming it', async () => {
    const installers: Record<string, string> = {
      'argocd/web.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  source:\n    repoURL: https://github.com/acme/platform.git\n    path: charts/web\n    helm:\n      valuesObject:\n        podSecurityContext:\n          runAsNonRoot: true\n        resources:\n          limits:\n            memory: 256Mi\n',
      'clusters/prod/web.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\nspec:\n  chart:\n    spec:\n      chart: ./charts/web\n      sourceRef:\n        kind: GitRepository\n        name: platform\n  values:\n    podSecurityContext:\n      runAsNonRoot: true\n    resources:\n      limits:\n        memory: 256Mi\n',
      'helmfile/helmfile.yaml': 'releases:\n  - name: web\n    chart: ../charts/web\n    set:\n      - name: podSecurityContext.runAsNonRoot\n        value: true\n      - name: resources.limits.memory\n        value: 256Mi\n',
      '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          helm upgrade --install web charts/web \\\n            --set podSecurityContext.runAsNonRoot=true --set resources.limits.memory=256Mi --wait\n',
      'deploy/kustomization.yaml': 'helmGlobals:\n  chartHome: ../charts\nhelmCharts:\n  - name: web\n    valuesInline:\n      podSecurityContext:\n        runAsNonRoot: true\n      resources:\n        limits:\n          memory: 256Mi\n',
    };
    for (const [file, text] of Object.entries(installers)) {
      const files = { ...CHART, [file]: text };
      expect(await shown(k8sRunAsNonRoot, files)).toEqual([expect.stringMatching(new RegExp(`^NOTE charts/web/values\\.yaml:5:1 .*\\(${file.replace(/\./g, '\\.')} installs this chart with values or patches that are not read\\)$`))]);
      expect(await shown(resourceLimits, files)).toEqual([expect.stringMatching(new RegExp(`^NOTE charts/web/values\\.yaml:6:1 .*\\(${file.replace(/\./g, '\\.')} installs this chart with values or patches that are not read\\)$`))]);
    }
  });

  it('values the install gives that do not touch the setting leave it failing: `--set image.tag`, inline image values', async () => {
    const files = { ...CHART, '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: helm upgrade --install web ./charts/web --namespace prod --set image.tag=${{ github.sha }} --atomic\n' };
    expect(await places(k8sRunAsNonRoot, files)).toEqual(['charts/web/values.yaml:5']);
    expect(await places(resourceLimits, files)).toEqual(['charts/web/values.yaml:6']);
    // A Flux release of the chart whose values set only the limit: the limit is a note, the user still fails.
    const flux = { ...CHART, 'flux/web.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\nspec:\n  chart:\n    spec:\n      chart: ./charts/web\n      sourceRef:\n        kind: GitRepository\n        name: platform\n  values:\n    resources:\n      limits:\n        memory: 256Mi\n' };
    expect(await places(k8sRunAsNonRoot, flux)).toEqual(['charts/web/values.yaml:5']);
    expect(await places(resourceLimits, flux)).toEqual(['NOTE charts/web/values.yaml:6']);
    // valuesFrom or a post-renderer may give anything: a note.
    const from = { ...CHART, 'flux/web.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\nspec:\n  chart:\n    spec:\n      chart: ./charts/web\n      sourceRef:\n        kind: GitRepository\n        name: platform\n  valuesFrom:\n    - kind: ConfigMap\n      name: web-values\n' };
    expect(await places(k8sRunAsNonRoot, from)).toEqual(['NOTE charts/web/values.yaml:5']);
  });
});

describe('QA39 helm2 D4: values files outside the chart folder that an install passes are that chart\'s values sets', () => {
  const workflow = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        env: [staging, prod]\n    steps:\n      - run: helm upgrade --install web charts/web -f environments/${{ matrix.env }}/values.yaml --namespace web-${{ matrix.env }} --atomic\n';
  const r10b = {
    ...CHART,
    '.github/workflows/deploy.yml': workflow,
    'environments/prod/values.yaml': `image:\n  tag: "2.4.1"\n${CURES}postgresql:\n  auth:\n    password: changeme\n`,
    'environments/staging/values.yaml': `image:\n  tag: latest\n${CURES}`,
    // Not in the matrix: not read.
    'environments/qa/values.yaml': 'image:\n  tag: latest\n',
  };

  it('every environment curing the chart leaves notes naming the production file; their own latest tag and changeme fail (r10b)', async () => {
    expect(await shown(k8sRunAsNonRoot, r10b)).toEqual([expect.stringMatching(/^NOTE charts\/web\/values\.yaml:5:1 .*\(with the chart's values\.yaml alone: environments\/prod\/values\.yaml overrides it for production\)$/)]);
    expect(await shown(resourceLimits, r10b)).toEqual([expect.stringMatching(/^NOTE charts\/web\/values\.yaml:6:1 .*\(with the chart's values\.yaml alone: environments\/prod\/values\.yaml overrides it for production\)$/)]);
    expect((await places(imageTagPinned, r10b)).filter((f) => !f.startsWith('NOTE'))).toEqual(['environments/staging/values.yaml:2']);
    expect(await shown(defaultCredentials, r10b)).toEqual(['environments/prod/values.yaml:11:15 postgresql.auth.password is set to a placeholder value; set a strong generated secret from a secret store instead']);
  });

  it('an environment that does not cure the chart still fails (r10-envdirs); a development environment is not production', async () => {
    const envdirs = { ...r10b, 'environments/staging/values.yaml': 'image:\n  tag: "2.5.0-rc.1"\n' };
    expect(await places(k8sRunAsNonRoot, envdirs)).toEqual(['charts/web/values.yaml:5']);
    expect(await places(resourceLimits, envdirs)).toEqual(['charts/web/values.yaml:6']);
    const dev = { ...r10b, '.github/workflows/deploy.yml': workflow.replace('[staging, prod]', '[dev, prod]'), 'environments/dev/values.yaml': 'image:\n  tag: latest\n' };
    expect(await places(k8sRunAsNonRoot, dev)).toEqual(['NOTE charts/web/values.yaml:5']);
    expect((await places(imageTagPinned, dev)).filter((f) => f.includes('environments/'))).toEqual(['NOTE environments/dev/values.yaml:2']);
  });

  it('helmfile `values:` files and Argo CD `valueFiles` too; a path that is only an expansion reads nothing', async () => {
    const helmfile = { ...CHART, 'deploy/helmfile.yaml': 'releases:\n  - name: web\n    chart: ../charts/web\n    values:\n      - ../charts/web/values.yaml\n      - envs/{{ .Environment.Name }}.yaml\n', 'deploy/envs/production.yaml': CURES, 'deploy/envs/local.yaml': 'resources: {}\n' };
    expect(await places(k8sRunAsNonRoot, helmfile)).toEqual(['NOTE charts/web/values.yaml:5']);
    expect(await places(resourceLimits, helmfile)).toEqual(['NOTE charts/web/values.yaml:6']);
    const argo = { ...CHART, 'argocd/web.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  source:\n    path: charts/web\n    helm:\n      valueFiles:\n        - ../../envs/prod/web.yaml\n', 'envs/prod/web.yaml': `${CURES}image:\n  tag: latest\n` };
    expect(await places(resourceLimits, argo)).toEqual(['NOTE charts/web/values.yaml:6']);
    expect((await places(imageTagPinned, argo)).filter((f) => !f.startsWith('NOTE'))).toEqual(['envs/prod/web.yaml:8']);
    const opaque = { ...CHART, 'scripts/deploy.sh': '#!/bin/sh\nhelm upgrade --install "$RELEASE" "$CHART" -f "$VALUES"\n', 'other.yaml': CURES };
    expect(await places(k8sRunAsNonRoot, opaque)).toEqual(['charts/web/values.yaml:5']);
  });

  it('lists the installs a repository writes, with the chart, the values files and what is not read', () => {
    const files: Record<string, string> = { ...r10b, 'Makefile': 'deploy:\n\thelm upgrade --install pg bitnami/postgresql -f deploy/pg.yaml --set auth.username=app\n', 'deploy/pg.yaml': 'auth:\n  password: x\n' };
    const installs = helmInstalls({ files: Object.keys(files).sort(), text: (f) => files[f] });
    expect(installs.map((i) => [i.file, i.chart, i.valueFiles, i.unread, i.dev])).toEqual([
      ['.github/workflows/deploy.yml', 'charts/web', ['environments/prod/values.yaml'], [], false],
      ['.github/workflows/deploy.yml', 'charts/web', ['environments/staging/values.yaml'], [], false],
      ['Makefile', null, ['deploy/pg.yaml'], ['auth.username'], false],
    ]);
  });
});

describe('QA39 helm2 D3: default-credentials applies the production override rule to Helm values', () => {
  const umbrella = (prod: string) => ({
    'deploy/platform/Chart.yaml': 'apiVersion: v2\nname: platform\nversion: 1.0.0\ndependencies:\n  - name: postgresql\n    repository: oci://registry-1.docker.io/bitnamicharts\n  - name: redis\n    repository: oci://registry-1.docker.io/bitnamicharts\n',
    'deploy/platform/values.yaml': 'postgresql:\n  auth:\n    username: platform\n    password: changeme\nredis:\n  auth:\n    password: redis\n',
    ...(prod ? { 'deploy/platform/values-prod.yaml': prod } : {}),
  });

  it('a default that the production values file replaces, or whose block it gives an existingSecret, is a note naming that file (r03b)', async () => {
    expect(await shown(defaultCredentials, umbrella('postgresql:\n  auth:\n    password: "q8ZrT3vLw9XmN2kPa7Yd"\nredis:\n  auth:\n    existingSecret: platform-redis\n'))).toEqual([
      'NOTE deploy/platform/values.yaml:4:15 postgresql.auth.password is set to a placeholder value; set a strong generated secret from a secret store instead (overridden by deploy/platform/values-prod.yaml for production)',
      'NOTE deploy/platform/values.yaml:7:15 redis.auth.password is set to a well-known default value; set a strong generated secret from a secret store instead (deploy/platform/values-prod.yaml sets redis.auth.existingSecret for production, which the chart reads instead)',
    ]);
  });

  it('without an override, with a default in production too, or with a staging file that keeps it, the default fails', async () => {
    expect(await places(defaultCredentials, umbrella(''))).toEqual(['deploy/platform/values.yaml:4', 'deploy/platform/values.yaml:7']);
    // The production file's own default fails, and the base one with it.
    expect(await places(defaultCredentials, umbrella('postgresql:\n  auth:\n    password: postgres\nredis:\n  auth:\n    existingSecret: ""\n'))).toEqual(['deploy/platform/values-prod.yaml:3', 'deploy/platform/values.yaml:4', 'deploy/platform/values.yaml:7']);
    const staging = { ...umbrella('postgresql:\n  auth:\n    existingSecret: pg\nredis:\n  auth:\n    existingSecret: redis\n'), 'deploy/platform/values-staging.yaml': 'redis:\n  auth:\n    existingSecret: redis\n' };
    expect(await places(defaultCredentials, staging)).toEqual(['NOTE deploy/platform/values.yaml:7', 'deploy/platform/values.yaml:4']);
  });
});

describe('QA39 helm2 D5: default-credentials reads chart values installers give inline, at their lines', () => {
  it('Argo CD values string, valuesObject and parameters; Flux values; helmfile values and set; kustomize valuesInline', async () => {
    const files = {
      'argocd/postgres.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: postgres\nspec:\n  source:\n    chart: postgresql\n    repoURL: registry-1.docker.io/bitnamicharts\n    helm:\n      values: |\n        auth:\n          username: app\n          postgresPassword: changeme\n      parameters:\n        - name: image.tag\n          value: latest\n        - name: auth.replicationPassword\n          value: postgres\n',
      'argocd/appset.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: services\nspec:\n  template:\n    metadata:\n      name: \'{{.name}}\'\n    spec:\n      source:\n        path: \'services/{{.name}}/chart\'\n        helm:\n          valuesObject:\n            image:\n              tag: \'{{.tag}}\'\n            redis:\n              auth:\n                password: admin\n',
      'flux/redis.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: redis\nspec:\n  chart:\n    spec:\n      chart: redis\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n  values:\n    auth:\n      password: redis\n',
      'helmfile.yaml': 'releases:\n  - name: rabbitmq\n    chart: bitnami/rabbitmq\n    values:\n      - auth:\n          username: user\n          password: guest\n    set:\n      - name: auth.adminPassword\n        value: changeme\n',
      'k8s/infra/kustomization.yaml': 'helmCharts:\n  - name: grafana\n    repo: https://grafana.github.io/helm-charts\n    valuesInline:\n      adminUser: admin\n      adminPassword: admin\n',
    };
    expect(await places(defaultCredentials, files)).toEqual([
      'argocd/appset.yaml:18', 'argocd/postgres.yaml:13', 'argocd/postgres.yaml:18', 'flux/redis.yaml:14', 'helmfile.yaml:10', 'helmfile.yaml:7', 'k8s/infra/kustomization.yaml:6',
    ]);
    const out = await shown(defaultCredentials, files);
    expect(out).toContain("argocd/postgres.yaml:13:29 auth.postgresPassword (Argo CD Application 'postgres' Helm values) is set to a placeholder value; set a strong generated secret from a secret store instead");
    expect(out).toContain("argocd/postgres.yaml:18:18 auth.replicationPassword (Argo CD Application 'postgres' Helm parameters) is set to a well-known default value; set a strong generated secret from a secret store instead");
    expect(out).toContain("helmfile.yaml:10:16 auth.adminPassword (helmfile release 'rabbitmq' Helm set) is set to a placeholder value; set a strong generated secret from a secret store instead");
  });

  it('strong and templated inline values, and other keys, pass', async () => {
    const files = {
      'argocd/app.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\nspec:\n  source:\n    chart: postgresql\n    repoURL: registry-1.docker.io/bitnamicharts\n    helm:\n      values: |\n        auth:\n          existingSecret: pg-auth\n          username: postgres\n      valuesObject:\n        auth:\n          password: \'{{ .Values.pgPassword }}\'\n      parameters:\n        - name: image.tag\n          value: latest\n',
    };
    expect(await shown(defaultCredentials, files)).toEqual([]);
  });
});

describe('QA39 helm2 D6: a templated object or container name is shown readably in default-credentials', () => {
  it('names `{{ include "stack.fullname" . }}-app` as `<fullname>-app` and `{{ .Chart.Name }}` as the chart\'s name', async () => {
    const files = {
      'deploy/stack/Chart.yaml': 'apiVersion: v2\nname: stack\nversion: 1.0.0\n',
      'deploy/stack/values.yaml': 'image: nginx\n',
      'deploy/stack/templates/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "stack.fullname" . }}-app\nstringData:\n  DB_PASSWORD: postgres\n',
      'deploy/stack/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: nginx:1.27\n          env:\n            - name: ADMIN_PASSWORD\n              value: admin\n',
    };
    const out = await shown(defaultCredentials, files);
    expect(out).toEqual([
      "deploy/stack/templates/deployment.yaml:13:22 ADMIN_PASSWORD (container 'stack') is set to a well-known default value; set a strong generated secret from a secret store instead",
      "deploy/stack/templates/secret.yaml:6:3 DB_PASSWORD (Secret '<fullname>-app') is set to a well-known default value; set a strong generated secret from a secret store instead",
    ]);
  });
});
