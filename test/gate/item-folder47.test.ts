import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';

// QA stop 47 monorepo27 D3: with "API image declares a HEALTHCHECK" and "Worker has a healthcheck" both bound to
// dockerfile-healthcheck, the worker's missing HEALTHCHECK (services/worker/Dockerfile) was reported under the API item,
// whose title shares more words with the message. At equal severity the item whose title names a folder the file lies in
// carries it, in either order; without such a title the message's words decide as before.
function run(items: string, file: string, message: string): ReturnType<typeof gate> {
  const planned = plan(parseYamlChecklist('c.yml', `version: 1\nitems:\n${items}`), {});
  const hit = { file, line: 1, column: 1, message };
  const input: GateInput = {
    version: '0.0.0',
    items: planned.map((p) => ({ planned: p, outcomes: [{ findings: [hit] }] })),
    extra: [], failOn: 'high', gatesManual: true, attested: null, suppressions: [], baseline: null,
    lineText: () => undefined, now: new Date('2026-12-01T00:00:00Z'),
  };
  return gate(input);
}
const MSG = 'the final stage (FROM python:3.12.4-slim) declares no HEALTHCHECK; add one so a hung server is detected and restarted';
const API = '  - { id: api, title: API image declares a HEALTHCHECK, check: dockerfile-healthcheck }\n';
const WORKER = '  - { id: worker, title: Worker has a healthcheck, check: dockerfile-healthcheck }\n';

describe('a shared finding goes under the item naming its folder', () => {
  it('in either order of the items', () => {
    for (const items of [API + WORKER, WORKER + API]) {
      const r = run(items, 'services/worker/Dockerfile', MSG);
      expect(r.findings.map((f) => f.item)).toEqual(['worker']);
      expect(r.items.find((i) => i.id === 'api')!.reason).toBe("fails on the findings reported under 'worker' (a problem is reported once)");
      expect(r.items.find((i) => i.id === 'worker')!.reason).toBeUndefined();
    }
  });

  it("the API's own finding stays under the API item; a plural title and a hyphenated folder name count", () => {
    expect(run(API + WORKER, 'services/api/Dockerfile', MSG).findings.map((f) => f.item)).toEqual(['api']);
    const billing = '  - { id: billing, title: Billing API image has a healthcheck, check: dockerfile-healthcheck }\n';
    expect(run(API + billing, 'services/billing-api/Dockerfile', MSG).findings.map((f) => f.item)).toEqual(['billing']);
    const workers = '  - { id: workers, title: Workers declare a healthcheck, check: dockerfile-healthcheck }\n';
    expect(run(API + workers, 'apps/worker/Dockerfile', MSG).findings.map((f) => f.item)).toEqual(['workers']);
  });

  it('no title naming the folder: the message words decide, as before', () => {
    expect(run(WORKER + API, 'services/billing/Dockerfile', MSG).findings.map((f) => f.item)).toEqual(['api']);
  });
});
