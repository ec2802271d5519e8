import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { helmInstalls } from '../../src/repo/helm-installs.js';

/** Only where and whether a note: `[NOTE ]file:line`, sorted. */
const places = async (check: CheckDef, files: Record<string, string>) =>
  (await runCase(check, { name: 'x', files })).findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}`).sort();
const installsOf = (files: Record<string, string>, list = Object.keys(files).sort()) => helmInstalls({ files: list, text: (f) => files[f] });

const chart = (dir: string, name: string) => ({
  [`${dir}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`,
  [`${dir}/values.yaml`]: 'image:\n  repository: ghcr.io/acme/app\n  tag: "1.2.3"\nresources: {}\n',
  [`${dir}/templates/deployment.yaml`]: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n`,
});

describe('review B1: helmInstalls reads the file list a bounded number of times, whatever the number of commands', () => {
  it('3,000 commands over 12,000 files: the list is walked a few times, not once (or twice) a command', () => {
    const files: Record<string, string> = { ...chart('charts/web', 'web'), 'envs/prod/values.yaml': 'resources: {}\n' };
    for (let n = 0; n < 3000; n++) {
      // A chart built at deploy time (no Chart.yaml in the repository), and a values file named through an expansion.
      files[`services/s${n}/Makefile`] = `deploy:\n\thelm upgrade --install s${n} ./build/chart --wait\n\thelm upgrade --install w${n} charts/web -f envs/$ENV/values.yaml\n`;
      files[`services/s${n}/src/main.ts`] = 'export {};\n';
      files[`services/s${n}/src/util.ts`] = 'export {};\n';
      files[`services/s${n}/README.md`] = '# s\n';
    }
    const list = Object.keys(files).sort();
    let reads = 0;
    const counted = new Proxy(list, { get: (t, k, r) => { if (typeof k === 'string' && /^\d+$/.test(k)) reads++; return Reflect.get(t, k, r); } });
    const installs = helmInstalls({ files: counted, text: (f) => files[f] });
    expect(installs.filter((i) => i.chart === 'charts/web' && i.valueFiles[0] === 'envs/prod/values.yaml')).toHaveLength(3000);
    // Without the index, each command filtered every file for a Chart.yaml (and each values path matched every file): ~10^8 reads.
    expect(reads).toBeLessThan(10 * list.length);
  });
});

describe('review B2: no install is dropped for the number of installs before it', () => {
  it('a values file passed by an install after 250 Argo CD Applications is read (a default password in it fails)', async () => {
    const files: Record<string, string> = {
      ...chart('charts/x', 'x'),
      'deploy/deploy.sh': '#!/bin/sh\nhelm upgrade --install pg bitnami/postgresql -f envs/prod/pg.yaml\n',
      'envs/prod/pg.yaml': 'auth:\n  postgresPassword: postgres\n',
    };
    for (let n = 0; n < 250; n++) files[`argocd/app${String(n).padStart(3, '0')}.yaml`] = `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app${n}\nspec:\n  source:\n    path: charts/x\n    helm:\n      parameters:\n        - name: image.tag\n          value: "1.0.${n}"\n`;
    const installs = installsOf(files);
    expect(installs).toHaveLength(251);
    expect(installs.at(-1)).toMatchObject({ file: 'deploy/deploy.sh', chart: null, valueFiles: ['envs/prod/pg.yaml'] });
    expect((await places(defaultCredentials, files)).filter((f) => f.startsWith('envs/'))).toEqual(['envs/prod/pg.yaml:2']);
  });

  it('past the bound of one file, each of its values files is still read, what the install gives besides unread (null)', () => {
    const files: Record<string, string> = { ...chart('charts/x', 'x'), 'envs/prod.yaml': 'auth:\n  password: postgres\n' };
    const commands: string[] = [];
    for (let n = 0; n < 1100; n++) {
      files[`envs/e${n}.yaml`] = 'replicaCount: 1\n';
      commands.push(`helm upgrade --install x${n} ./charts/x -f envs/e${n}.yaml --set image.tag=${n}`);
    }
    files['deploy.sh'] = [...commands, 'helm upgrade --install x ./charts/x -f envs/prod.yaml -f envs/e1.yaml', 'helm upgrade --install y ./charts/x -f envs/e1.yaml'].join('\n');
    const installs = installsOf(files);
    expect(installs[0]).toMatchObject({ line: 1, valueFiles: ['envs/e0.yaml'], unread: ['image.tag'] });
    expect(installs.filter((i) => i.valueFiles.includes('envs/prod.yaml'))).toEqual([expect.objectContaining({ line: 1101, chart: 'charts/x', valueFiles: ['envs/prod.yaml'], unread: null })]);
    // envs/e1.yaml was named already (line 2, in full): not again.
    expect(installs.filter((i) => i.valueFiles.includes('envs/e1.yaml')).map((i) => i.line)).toEqual([2]);
    expect(installs.length).toBe(1000 + 100 + 1);
  });
});

describe('review S1: long command lines and unclosed expansions', () => {
  it('a command line over 8 KB is not read; the commands after it are, at their lines', () => {
    const files: Record<string, string> = {
      ...chart('charts/web', 'web'),
      'envs/prod.yaml': 'resources: {}\n',
      'deploy.sh': `helm upgrade a ./charts/web -f ${'${{'.repeat(40_000)}\nhelm upgrade b ./charts/web \\\n  -f envs/prod.yaml \\\n  ${'x'.repeat(9000)} \\\n  --wait\nhelm upgrade c ./charts/web -f envs/prod.yaml\n`,
    };
    expect(installsOf(files).map((i) => [i.file, i.line, i.chart, i.valueFiles])).toEqual([['deploy.sh', 6, 'charts/web', ['envs/prod.yaml']]]);
  });

  it('an unclosed `${{` is no expansion past 200 characters: it does not swallow the options after it', () => {
    const files: Record<string, string> = {
      ...chart('charts/web', 'web'),
      'envs/prod/values.yaml': 'resources: {}\n',
      '.github/workflows/deploy.yml': `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        env: [prod]\n    steps:\n      - run: helm upgrade --install web charts/web --set note=\${{${'x'.repeat(300)} -f "envs/\${{ matrix.env }}/values.yaml"\n`,
    };
    expect(installsOf(files).map((i) => [i.chart, i.valueFiles])).toEqual([['charts/web', ['envs/prod/values.yaml']]]);
  });

  it('(guard) a helmfile that does not parse: each local chart at its line', () => {
    const files: Record<string, string> = {
      ...chart('charts/web', 'web'), ...chart('charts/api', 'api'),
      'helmfile.yaml': 'releases:\n{{ range .Values.apps }}\n  - name: web\n    chart: ./charts/web\n\n  - name: api\n    chart: "./charts/api"\n{{ end }}\n  - chart: ./charts/none\n',
    };
    expect(installsOf(files).map((i) => [i.line, i.chart])).toEqual([[4, 'charts/web'], [7, 'charts/api']]);
  });

  it('(guard) a manifest whose `kind:` line ends in a carriage return or trailing blanks is still read', () => {
    const files: Record<string, string> = {
      ...chart('charts/web', 'web'),
      'argocd/web.yaml': 'apiVersion: argoproj.io/v1alpha1\r\nkind: Application  \r\nmetadata:\r\n  name: web\r\nspec:\r\n  source:\r\n    path: charts/web\r\n    helm:\r\n      valuesObject:\r\n        resources:\r\n          limits:\r\n            memory: 1Gi\r\n',
    };
    expect(installsOf(files).map((i) => [i.file, i.chart, i.unread])).toEqual([['argocd/web.yaml', 'charts/web', ['resources.limits.memory']]]);
  });

  it('two adjacent matrix expansions take the words `expand` matched them with (N4)', () => {
    const files: Record<string, string> = {
      ...chart('charts/web', 'web'),
      'values-abc.yaml': 'a: 1\n', 'bc/extra.yaml': 'a: 1\n', 'c/extra.yaml': 'a: 1\n',
      '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        a: [a]\n        b: [bc]\n    steps:\n      - run: helm upgrade --install web charts/web -f values-${{ matrix.a }}${{ matrix.b }}.yaml -f ${{ matrix.b }}/extra.yaml\n',
    };
    expect(installsOf(files).map((i) => i.valueFiles)).toEqual([['values-abc.yaml', 'bc/extra.yaml']]);
  });
});

describe('review S2: a parent chart\'s install counts for a subchart only through that subchart\'s key', () => {
  const umbrella = (install: string, deps = '') => ({
    'deploy/platform/Chart.yaml': `apiVersion: v2\nname: platform\nversion: 1.0.0\n${deps}`,
    'deploy/platform/values.yaml': 'global: {}\n',
    ...chart('deploy/platform/charts/postgresql', 'postgresql'),
    ...chart('deploy/platform/charts/redis', 'redis'),
    'deploy.sh': `#!/bin/sh\nhelm upgrade --install platform deploy/platform ${install}\n`,
  });

  it("`--set redis.resources…` makes redis's missing resources a note, not postgresql's", async () => {
    expect(await places(resourceLimits, umbrella('--set redis.resources.limits.memory=1Gi'))).toEqual([
      'NOTE deploy/platform/charts/redis/values.yaml:4',
      'deploy/platform/charts/postgresql/values.yaml:4',
    ]);
  });

  it("a dependency's alias is its key; the name it replaces is not", async () => {
    const deps = 'dependencies:\n  - name: postgresql\n    alias: db\n    version: 1.0.0\n';
    expect(await places(resourceLimits, umbrella('--set db.resources.limits.memory=1Gi', deps))).toContain('NOTE deploy/platform/charts/postgresql/values.yaml:4');
    expect(await places(resourceLimits, umbrella('--set postgresql.resources.limits.memory=1Gi', deps))).toContain('deploy/platform/charts/postgresql/values.yaml:4');
  });

  it('the whole subchart key may give it; an image tag under it does not', async () => {
    expect(await places(resourceLimits, umbrella("--set-json 'postgresql={\"resources\":{}}'"))).toContain('NOTE deploy/platform/charts/postgresql/values.yaml:4');
    expect(await places(resourceLimits, umbrella('--set postgresql.image.tag=2.0.0'))).toContain('deploy/platform/charts/postgresql/values.yaml:4');
  });

  it('two levels up, the path under both keys counts (`backend.api.resources`); under one alone it does not', async () => {
    const files = (set: string) => ({
      'deploy/platform/Chart.yaml': 'apiVersion: v2\nname: platform\nversion: 1.0.0\n',
      'deploy/platform/values.yaml': 'global: {}\n',
      'deploy/platform/charts/backend/Chart.yaml': 'apiVersion: v2\nname: backend\nversion: 1.0.0\n',
      'deploy/platform/charts/backend/values.yaml': 'api: {}\n',
      ...chart('deploy/platform/charts/backend/charts/api', 'api'),
      'deploy.sh': `#!/bin/sh\nhelm upgrade --install platform deploy/platform --set ${set}\n`,
    });
    expect(await places(resourceLimits, files('backend.api.resources.limits.memory=1Gi'))).toEqual(['NOTE deploy/platform/charts/backend/charts/api/values.yaml:4']);
    expect(await places(resourceLimits, files('api.resources.limits.memory=1Gi'))).toEqual(['deploy/platform/charts/backend/charts/api/values.yaml:4']);
    expect(await places(resourceLimits, files('backend.resources.limits.memory=1Gi'))).toEqual(['deploy/platform/charts/backend/charts/api/values.yaml:4']);
  });
});
