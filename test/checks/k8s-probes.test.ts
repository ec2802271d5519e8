import { testCheck } from '../helpers/check-tester.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';

const workload = (kind: string, container: string, extra = '') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: api
spec:
  template:
    spec:
${extra}      containers:
        - name: api
          image: api:1.0.0
${container}`;
const both = '          readinessProbe:\n            httpGet: { path: /ready, port: 8000 }\n          livenessProbe:\n            tcpSocket: { port: 8000 }\n';

testCheck(k8sProbes, {
  valid: [
    { name: 'deployment with both probes', files: { 'k8s/api.yaml': workload('Deployment', both) } },
    { name: 'job is exempt', files: { 'job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n      containers:\n        - name: once\n          image: once:1\n' } },
    { name: 'bare pod is exempt', files: { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  containers:\n    - name: debug\n      image: busybox:1.36\n' } },
    { name: 'init containers are not judged', files: { 'k8s/api.yaml': workload('Deployment', both, '      initContainers:\n        - name: wait\n          image: busybox:1.36\n') } },
    { name: 'overlay patch adds probes', files: { 'base/api.yaml': workload('Deployment', ''), 'overlays/prod/probes.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n' + both } },
    { name: 'a Service alone is not a workload', files: { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports:\n    - port: 80\n' } },
  ],
  invalid: [
    { name: 'deployment without probes', files: { 'k8s/api.yaml': workload('Deployment', '') }, errors: [{ file: 'k8s/api.yaml', line: 9, severity: 'medium', message: /no readinessProbe and no livenessProbe/ }] },
    { name: 'startupProbe does not replace readiness', files: { 'k8s/api.yaml': workload('StatefulSet', '          startupProbe:\n            tcpSocket: { port: 80 }\n          livenessProbe:\n            tcpSocket: { port: 80 }\n') }, errors: [{ file: 'k8s/api.yaml', line: 9, message: /no readinessProbe;/ }] },
    { name: 'daemonset missing liveness', files: { 'ds.yaml': workload('DaemonSet', '          readinessProbe:\n            exec: { command: [true] }\n') }, errors: [{ file: 'ds.yaml', line: 9, message: /no livenessProbe/ }] },
    { name: 'second container of a multi-document file', files: { 'all.yaml': `${workload('Deployment', both)}---\n${workload('Deployment', '').replace(/name: api/g, 'name: worker')}` }, errors: [{ file: 'all.yaml', line: 24, message: /'worker'/ }] },
  ],
});
