import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 37 (fphunt8 observation): AWS's FireLens examples run the log router as user 0; that is a note, the app
// container running as root in the same task definition still fails.
describe('an ECS FireLens log router running as user 0', () => {
  it('is a note; another container as root fails', async () => {
    const td = JSON.stringify({
      family: 'orders',
      containerDefinitions: [
        { name: 'log_router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0', essential: true, firelensConfiguration: { type: 'fluentbit' }, user: '0' },
        { name: 'app', image: 'ghcr.io/acme/orders:1.4.2', essential: true, user: 'root' },
      ],
    }, null, 2);
    const dir = makeRepo({ 'ecs/task-definition.json': `${td}\n`, 'c.yml': 'version: 1\nitems:\n  - { id: nonroot, check: dockerfile-non-root }\n' });
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    const found = report.findings.filter((f) => f.check === 'dockerfile-non-root').map((f) => ({ note: !!f.note, message: f.message }));
    expect(found).toEqual(expect.arrayContaining([
      { note: true, message: expect.stringMatching(/container 'log_router' is a FireLens log router running as root \(user 0\)/) },
      { note: false, message: expect.stringMatching(/container 'app' runs as root \(user root\)/) },
    ]));
    expect(found).toHaveLength(2);
  });
});
