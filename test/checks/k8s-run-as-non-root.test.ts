import { testCheck } from '../helpers/check-tester.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';

const deploy = (podSc: string, containerSc: string, init = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
${podSc}${init}      containers:
        - name: api
          image: api:1.0.0
${containerSc}`;
const podNonRoot = '      securityContext:\n        runAsNonRoot: true\n';

testCheck(k8sRunAsNonRoot, {
  valid: [
    { name: 'pod runAsNonRoot true', files: { 'd.yaml': deploy(podNonRoot, '') } },
    { name: 'container runAsUser > 0', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsUser: 10001\n') } },
    { name: 'pod runAsUser > 0', files: { 'd.yaml': deploy('      securityContext:\n        runAsUser: 1000\n        fsGroup: 1000\n', '') } },
    { name: 'container runAsNonRoot false but runAsUser > 0', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsNonRoot: false\n            runAsUser: 1000\n') } },
    { name: 'windows pods are not judged', files: { 'd.yaml': deploy('      os:\n        name: windows\n', '') } },
    { name: 'templated securityContext is not judged', files: { 'd.yaml': deploy('', '          securityContext: "from-values"\n') } },
    { name: 'helm chart template is not judged', files: { 'chart/templates/d.yaml': deploy('', '') + '          # {{ .Values.x }}\n' } },
    { name: 'Service only', files: { 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec: {}\n' } },
  ],
  invalid: [
    { name: 'no securityContext', files: { 'd.yaml': deploy('', '') }, errors: [{ file: 'd.yaml', line: 9, severity: 'high', message: /neither the pod nor the container/ }] },
    { name: 'container runAsNonRoot false overrides the pod', files: { 'd.yaml': deploy(podNonRoot, '          securityContext:\n            runAsNonRoot: false\n') }, errors: [{ file: 'd.yaml', line: 11, message: /runAsNonRoot: false/ }] },
    { name: 'container runAsUser 0 fails even with pod runAsNonRoot', files: { 'd.yaml': deploy(podNonRoot, '          securityContext:\n            runAsUser: 0\n') }, errors: [{ file: 'd.yaml', line: 11, message: /runAsUser: 0/ }] },
    { name: 'init container runs as root', files: { 'd.yaml': deploy('', '          securityContext:\n            runAsUser: 1000\n', '      initContainers:\n        - name: chown\n          image: busybox:1.36\n          securityContext:\n            runAsUser: 0\n') }, errors: [{ file: 'd.yaml', line: 9, message: /init container 'chown'/ }] },
    { name: 'CronJob without securityContext', files: { 'c.yaml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: job:1\n' }, errors: [{ file: 'c.yaml', line: 11 }] },
    { name: 'bare Pod without securityContext', files: { 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: p\n      image: p:1\n' }, errors: [{ file: 'p.yaml', line: 7 }] },
  ],
});
