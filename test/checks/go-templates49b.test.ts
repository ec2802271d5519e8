import { describe, expect, it } from 'vitest';
import { goTemplateStructure } from '../../src/checks/util/code.js';

// Stop 49 review 2 B1: actions inside a multi-line scalar (a PrometheusRule's description going on over lines) or a tagged or
// anchored block scalar are text, not YAML structure: the file stays a plain manifest (its workloads judged).
describe('Go template actions inside multi-line scalars are no structure (review 2 B1)', () => {
  it('a quoted scalar going on over lines', () => {
    expect(goTemplateStructure('groups:\n  - name: pods\n    rules:\n      - alert: Restarting\n        annotations:\n          description: "Container in pod\n            {{ $labels.namespace }}/{{ $labels.pod }} restarted"\n        expr: rate(x[5m]) > 0\n')).toBe(false);
  });
  it('a plain scalar going on over lines', () => {
    expect(goTemplateStructure('rules:\n  - alert: Restarting\n    annotations:\n      description: Pod {{ $labels.pod }} has been restarted\n        {{ $value }} times in the last hour\n    expr: x > 0\n')).toBe(false);
  });
  it('a block scalar with a tag or an anchor before its header', () => {
    expect(goTemplateStructure('data:\n  alert.tmpl: !!str |\n    {{ define "slack" }}\n    {{ .Status }}\n    {{ end }}\n  other: &a |\n    {{ template "x" }}\n')).toBe(false);
  });
  it('still a template: an action line after a quoted value, in a sequence entry, at the key\'s indentation', () => {
    expect(goTemplateStructure('spec:\n  containers:\n    - name: api\n      image: "ghcr.io/acme/api:{{ .Env.VERSION }}"\n      {{- if .Env.PROBES }}\n      readinessProbe:\n        httpGet: { path: /ready, port: 8080 }\n      {{- end }}\n')).toBe(true);
    expect(goTemplateStructure('spec:\n  containers:\n    - name: api\n      {{- template "resources" }}\n')).toBe(true);
    expect(goTemplateStructure('spec:\n  replicas: {{ .Replicas }}\n')).toBe(true);
  });
});
