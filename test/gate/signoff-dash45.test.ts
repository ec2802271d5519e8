import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '../../src/checklist/title.js';
import { nearMissTicks, parseAttestations } from '../../src/gate/attest.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA45 markdown20 D6: a tick that wrote the title's em dash as `-`, `--` or `–` (no key for `—`) signed nothing off and said
// nothing, though dropping the dash got the near-miss warning. D8: "the checks `a` and `b` decides it".

const items = [{ id: 'escalation', title: 'Escalation policy — 24/7 coverage', status: 'pending' }];

describe('a tick with the title\'s words and other punctuation between them', () => {
  it.each(['Escalation policy - 24/7 coverage', 'Escalation policy -- 24/7 coverage', 'Escalation policy – 24/7 coverage', 'Escalation policy: 24/7 coverage'])('%s gets the near-miss warning naming the item', (tick) => {
    const hints = nearMissTicks(parseAttestations(`- [x] ${tick}\n`), items, normaliseTitle);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain("pending item 'escalation'");
  });
  it('other words are still no near miss of it', () => {
    expect(nearMissTicks(parseAttestations('- [x] Escalation - paging tested\n'), items, normaliseTitle)).toEqual([]);
  });
});

describe('the summary says that two checks decide a ticked bound item', () => {
  it('"the checks … decide it"', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '## Release\n- [ ] Containers run as non-root\n',
      'Dockerfile': 'FROM python:3.12-slim\nCMD ["python", "app.py"]\n',
      'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n',
    });
    const logger = { debug: () => {}, info: () => {}, warn: () => {}, notice: () => {} };
    const { report, signoffHints } = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body: '- [x] Containers run as non-root\n', by: 'alice' } });
    const item = report.items.find((i) => Array.isArray(i.check) && i.check.length === 2);
    expect(item, JSON.stringify(report.items)).toBeDefined();
    const md = renderMarkdown(report, { signoffHints });
    expect(md).toMatch(/ticked in the description: the checks `[\w-]+` and `[\w-]+` decide it, a tick does not change it/);
    expect(md).not.toMatch(/the checks [^_]* decides it/);
  });
});
