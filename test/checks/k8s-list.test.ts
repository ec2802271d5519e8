import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { expandK8sObject } from '../../src/repo/k8s.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

// A `kind: List` (what `kubectl get -o yaml` writes) holds its objects in `items`: every check that
// reads Kubernetes objects must see them, at their own lines.

const QA_LIST = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: { name: web }\n    spec:\n      template:\n        spec:\n          containers:\n            - name: web\n              image: nginx:latest\n';

const secretValue = ['Qz8', 'vL2m', 'Xk9p', 'Rt4w', 'Hn6c'].join('');
/** Manifests that give findings for every check reading Kubernetes objects. */
const DOCS = [
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: nginx:latest\n          command: ["flask", "run", "--host=0.0.0.0"]\n          env:\n            - name: FLASK_DEBUG\n              value: "1"\n            - name: API_TOKEN\n              value: ' + secretValue + '\n            - name: DB_PASSWORD\n              value: changeme\n            - name: CORS_ORIGINS\n              value: "*"\n            - name: SESSION_COOKIE_SECURE\n              value: "False"',
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 5432',
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  token: ' + secretValue,
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  DEBUG: "true"',
];
const asDocuments = `${DOCS.join('\n---\n')}\n`;
/** The same objects as the items of a List, each line indented under `items:`. */
const asList = (kind: string, apiVersion: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nitems:\n${DOCS.map((d) => d.split('\n').map((l, i) => `${i ? '    ' : '  - '}${l}`).join('\n')).join('\n')}\n`;

describe('Kubernetes List manifests', () => {
  it('the QA reproduction: a List wrapping a Deployment is judged by the workload checks, at the item lines', async () => {
    const files = { 'all.yaml': QA_LIST };
    for (const [check, line, what] of [[imageTagPinned, 12, "'latest'"], [k8sProbes, 11, 'readinessProbe'], [k8sRunAsNonRoot, 11, 'non-root'], [resourceLimits, 11, 'memory limit']] as const) {
      const out = await runCase(check, { name: check.id, files });
      expect(out.findings.map((f) => [f.file, f.line]), check.id).toEqual([['all.yaml', line]]);
      expect(out.findings[0]!.message).toContain(what);
    }
  });

  {
    it('every check finds in a v1 List what it finds in the same objects as documents', async () => {
      const listText = asList('List', 'v1');
      const docLines = asDocuments.split('\n');
      const listLines = listText.split('\n');
      const norm = (l: string | undefined) => (l ?? '').trim().replace(/^- /, '');
      let judged = 0;
      for (const check of CHECKS) {
        const docs = (await runCase(check, { name: 'docs', files: { 'k8s/all.yaml': asDocuments } })).findings;
        const list = (await runCase(check, { name: 'list', files: { 'k8s/all.yaml': listText } })).findings;
        const key = (f: { message: string; severity?: string; note?: boolean }) => `${f.severity ?? ''}|${f.note ?? false}|${f.message}`;
        expect(list.map(key).sort(), check.id).toEqual(docs.map(key).sort());
        // Each finding about an object points at the same source line in both layouts (line 1 is about the file).
        const byKey = new Map(docs.map((f) => [key(f), f]));
        for (const f of list) if (f.file === 'k8s/all.yaml' && f.line !== 1) expect(norm(listLines[f.line! - 1]), `${check.id}: ${f.message}`).toBe(norm(docLines[byKey.get(key(f))!.line! - 1]));
        if (docs.length) judged++;
      }
      // image-tag-pinned, k8s-probes, k8s-run-as-non-root, resource-limits, production-server, debug-mode, hardcoded-secret,
      // default-credentials, database-port-exposed, cors-wildcard, cookie-flags.
      expect(judged).toBeGreaterThanOrEqual(11);
    });
  }

  it('typed lists lend their kind and apiVersion to items that leave them out; nested lists and empty lists', () => {
    const text = [
      'apiVersion: apps/v1\nkind: DeploymentList\nitems:\n  - metadata: { name: a }\n    spec: { template: { spec: { containers: [{ name: a, image: "a:1" }] } } }\n',
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: List\n    items:\n      - apiVersion: v1\n        kind: Service\n        metadata: { name: s }\n  - metadata: { name: no-kind }\n',
      'apiVersion: v1\nkind: List\nitems: []\n',
      'apiVersion: example.com/v1\nkind: AllowList\nspec: { entries: [] }\n',
    ].join('---\n');
    const objects = snapshotOf({ 'k.yaml': text }).k8sObjects();
    expect(objects.map((o) => [o.apiVersion, o.kind, o.name, o.line, o.item])).toEqual([
      ['apps/v1', 'Deployment', 'a', 4, 0],
      ['v1', 'Service', 's', 14, 0],
      // A kind ending in List without `items` is an object of its own.
      ['example.com/v1', 'AllowList', null, 23, null],
    ]);
    const deployment = objects[0]!;
    expect(deployment.loc(['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual({ line: 5, column: 64 });
    // Expansion is stable: the same objects each time (checks share per-object analyses).
    const again = snapshotOf({ 'k.yaml': text }).k8sObjects();
    expect(again.map((o) => o.line)).toEqual(objects.map((o) => o.line));
    expect(expandK8sObject(objects[0]!)).toEqual([objects[0]]);
  });
});
