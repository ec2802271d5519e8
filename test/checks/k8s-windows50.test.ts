import { describe, expect, it } from 'vitest';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 50 D5: Windows pods are judged by k8s-run-as-non-root. Kubernetes documents runAsNonRoot for Windows (it "will prevent
// containers from running as ContainerAdministrator") and windowsOptions.runAsUserName names the account; runAsUser is Linux-only.

const shown = async (files: Record<string, string>) => {
  const out = await runCase(k8sRunAsNonRoot, { name: 'x', files });
  return { skipped: out.skipped, findings: out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`) };
};
/** A Deployment 'iis' with pod-level lines (under `spec:` of the template) and the container's securityContext lines. */
const win = (pod: string, container = '', os = '      os: { name: windows }\n') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: iis }
spec:
  selector: { matchLabels: { app: iis } }
  template:
    metadata: { labels: { app: iis } }
    spec:
${os}${pod}      containers:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
${container}`;
const podUser = (name: string) => `      securityContext:\n        windowsOptions:\n          runAsUserName: "${name}"\n`;
const containerUser = (name: string) => `          securityContext:\n            windowsOptions:\n              runAsUserName: "${name}"\n`;

describe('Windows pods: the account and runAsNonRoot decide', () => {
  it('the examiner\'s case: a container that sets ContainerAdministrator over the pod\'s ContainerUser fails at that line', async () => {
    const two = win(podUser('ContainerUser')) + '        - name: admin\n          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n' + containerUser('ContainerAdministrator');
    const out = await shown({ 'k8s/win.yaml': two });
    expect(out.skipped).toBeUndefined();
    expect(out.findings).toEqual(["k8s/win.yaml:20 fail container 'admin' of Deployment 'iis' is not guaranteed to run as non-root: runs as the Windows administrator (container securityContext.windowsOptions.runAsUserName: ContainerAdministrator); set windowsOptions.runAsUserName: ContainerUser and runAsNonRoot: true"]);
  });

  it('ContainerUser (pod or container) and runAsNonRoot: true pass', async () => {
    expect((await shown({ 'k8s/a.yaml': win(podUser('ContainerUser')) })).findings).toEqual([]);
    expect((await shown({ 'k8s/a.yaml': win('', containerUser('ContainerUser')) })).findings).toEqual([]);
    expect((await shown({ 'k8s/a.yaml': win('      securityContext:\n        runAsNonRoot: true\n') })).findings).toEqual([]);
    // A node selector alone makes it a Windows pod too.
    expect((await shown({ 'k8s/a.yaml': win(podUser('ContainerUser'), '', '      nodeSelector:\n        kubernetes.io/os: windows\n') })).findings).toEqual([]);
  });

  it('the administrator in any case, at the pod, fails; with runAsNonRoot: true the kubelet refuses to start it', async () => {
    const lower = await shown({ 'k8s/a.yaml': win(podUser('containeradministrator')) });
    expect(lower.findings).toEqual([expect.stringMatching(/^k8s\/a\.yaml:12 fail container 'iis' .*runs as the Windows administrator \(pod securityContext\.windowsOptions\.runAsUserName: containeradministrator\)/)]);
    const both = await shown({ 'k8s/a.yaml': win('      securityContext:\n        runAsNonRoot: true\n        windowsOptions:\n          runAsUserName: ContainerAdministrator\n') });
    expect(both.findings).toEqual([expect.stringMatching(/contradicts runAsNonRoot: true: the kubelet refuses to start it; set windowsOptions\.runAsUserName: ContainerUser$/)]);
  });

  it('neither setting fails at the container, with Windows advice', async () => {
    const out = await shown({ 'k8s/a.yaml': win('') });
    expect(out.findings).toEqual([expect.stringMatching(/^k8s\/a\.yaml:11 fail container 'iis' .*a Windows pod whose securityContext sets neither runAsNonRoot: true nor windowsOptions\.runAsUserName.*; set runAsNonRoot: true \(on Windows the kubelet then refuses ContainerAdministrator\) and windowsOptions\.runAsUserName: ContainerUser$/)]);
  });

  it('runAsUser is a Linux setting: ignored on a Windows node, a note where spec.os.name makes the API server reject it', async () => {
    const node = await shown({ 'k8s/a.yaml': win('      securityContext:\n        runAsUser: 1000\n', '', '      nodeSelector: { kubernetes.io/os: windows }\n') });
    expect(node.findings).toEqual([expect.stringMatching(/fail .*neither runAsNonRoot: true nor windowsOptions\.runAsUserName.*\(runAsUser is a Linux setting: a Windows node ignores it\)/)]);
    const os = await shown({ 'k8s/a.yaml': win('      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n') });
    expect(os.findings).toEqual([expect.stringMatching(/^k8s\/a\.yaml:12 note .*pod securityContext\.runAsUser is a Linux setting, which the API server rejects in a Windows pod \(spec\.os\.name: windows\); remove runAsUser;/)]);
  });

  it('a templated account is not judged', async () => {
    expect((await shown({ 'k8s/a.yaml': win(podUser('${WIN_USER}')) })).findings).toEqual([]);
  });

  it('a Linux pod (the lookalike) is judged as ever: windowsOptions means nothing there', async () => {
    const linux = win('      securityContext:\n        runAsUser: 1000\n', '', '');
    expect((await shown({ 'k8s/a.yaml': linux })).findings).toEqual([]);
    const linuxUser = await shown({ 'k8s/a.yaml': win(podUser('ContainerUser'), '', '') });
    expect(linuxUser.findings).toEqual([expect.stringMatching(/neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0/)]);
  });

  it('a Helm chart renders the account from its values', async () => {
    const template = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-iis\nspec:\n  template:\n    spec:\n      os:\n        name: windows\n      containers:\n        - name: iis\n          image: "mcr.microsoft.com/windows/servercore/iis:{{ .Values.tag }}"\n          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n';
    const files = (values: string) => ({ 'chart/Chart.yaml': 'apiVersion: v2\nname: iis\nversion: 0.1.0\n', 'chart/values.yaml': values, 'chart/templates/deployment.yaml': template });
    const admin = await shown(files('tag: ltsc2022\nsecurityContext:\n  windowsOptions:\n    runAsUserName: ContainerAdministrator\n'));
    expect(admin.findings).toEqual([expect.stringMatching(/^chart\/values\.yaml:4 fail .*runs as the Windows administrator \(container securityContext\.windowsOptions\.runAsUserName: ContainerAdministrator, Helm value securityContext\.windowsOptions\.runAsUserName\)/)]);
    expect((await shown(files('tag: ltsc2022\nsecurityContext:\n  windowsOptions:\n    runAsUserName: ContainerUser\n'))).findings).toEqual([]);
  });
});
