import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { parseYaml } from '../../src/repo/yaml.js';
import { makeRepo } from '../helpers/repo.js';

const CHECKLIST = 'version: 1\nitems:\n  - { id: db, check: database-port-exposed }\n  - { id: pin, check: image-tag-pinned }\n';
const service = (name: string, ports: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: LoadBalancer\n${ports}`;
const deployment = (name: string, extra: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${extra}spec: {}\n`;

async function findings(files: Record<string, string>) {
  const dir = makeRepo({ ...files, '.github/preflight.yml': CHECKLIST });
  const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
  return report.findings.filter((f) => !f.note).map((f) => `${f.check} ${f.file}:${f.line}:${f.column} ${f.message}`);
}

describe('a YAML syntax error in one document of a stream does not hide the others (sweep R7)', () => {
  it('each broken document has its own parse-error at its place; the documents that parse are judged', async () => {
    const out = await findings({
      'k8s/multi.yaml': [
        deployment('a', '  labels: [oops\n'),
        deployment('b', '  labels: {oops\n'),
        service('pg', '  ports:\n    - port: 3306\n'),
        service('pg2', '  ports: [{port: 5432}\n'),
      ].join('---\n'),
    });
    expect(out.filter((f) => f.startsWith('parse-error'))).toEqual([
      expect.stringMatching(/^parse-error k8s\/multi\.yaml:5:11 .*end with a \]/),
      expect.stringMatching(/^parse-error k8s\/multi\.yaml:12:11 .*end with a \}/),
      expect.stringMatching(/^parse-error k8s\/multi\.yaml:30:10 .*end with a \]/),
    ]);
    expect(out.filter((f) => f.startsWith('database-port-exposed'))).toEqual([expect.stringMatching(/k8s\/multi\.yaml:22:.*'pg'.*3306/)]);
  });

  it('a syntax error in one document and a shape kubectl refuses in another are both named', async () => {
    const out = await findings({
      'svc.yaml': [service('db', '  ports: 5432\n'), deployment('x', '  labels: [oops\n')].join('---\n'),
    });
    expect(out.filter((f) => f.startsWith('parse-error'))).toEqual([
      expect.stringMatching(/^parse-error svc\.yaml:7:.*spec\.ports of Service 'db' is a scalar/),
      expect.stringMatching(/^parse-error svc\.yaml:13:11 /),
    ]);
  });

  it('lookalikes: one document with several complaints, and an unclosed quote that runs over the markers, stay one parse-error', async () => {
    const out = await findings({
      'one.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n   labels: x\n  bad: [1\nspec: {}\n',
      'quote.yaml': `${service('q', '  ports:\n    - port: 5432\n  name: "open\n')}---\n${service('r', '  ports:\n    - port: 3306\n')}`,
    });
    const parse = out.filter((f) => f.startsWith('parse-error'));
    expect(parse.filter((f) => f.includes(' one.yaml:'))).toHaveLength(1);
    expect(parse.filter((f) => f.includes(' quote.yaml:'))).toHaveLength(1);
  });

  it('the reader says which document each error belongs to', () => {
    const y = parseYaml('m.yaml', 'a: [1\n---\nb: 2\n---\nc: {d\n');
    expect(y.errors.map((e) => [e.line, e.doc])).toEqual([[1, 0], [5, 2]]);
    expect(y.docs.map((d) => d.value)).toEqual([undefined, { b: 2 }, undefined]);
  });
});
