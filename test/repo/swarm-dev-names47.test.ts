import { describe, expect, it } from 'vitest';
import { isDevOnly } from '../../src/repo/classify.js';
import { composeOverlayPurpose } from '../../src/repo/compose.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 46 review: a compose file named for development that also says swarm/stack (`docker-compose.swarm.dev.yml`) is a
// development Swarm overlay, not a production one; `docker-compose.swarm.yml`, `stack.prod.yml`, `docker-stack.yml` stay production.

describe('compose file names with a Swarm word beside a development word', () => {
  for (const name of ['docker-compose.swarm.dev.yml', 'docker-compose.dev.swarm.yml', 'docker-compose-swarm-test.yml', 'compose.stack.local.yaml', 'docker-compose.swarm.ci.yml', 'deploy/docker-compose.swarm.dev.arm64.yml']) {
    it(`${name} is development-only`, () => {
      expect(isDevOnly(name)).toBe(true);
      expect(composeOverlayPurpose(name)).toBe('development');
    });
  }
  for (const name of ['docker-compose.swarm.yml', 'docker-compose.swarm.prod.yml', 'compose.stack.yaml', 'docker-compose.swarm.prod-dev-tools.yml', 'stack.prod.yml', 'docker-stack.yml', 'docker-compose.swarm.devops.yml']) {
    it(`${name} is not development-only`, () => {
      expect(isDevOnly(name)).toBe(false);
      expect(composeOverlayPurpose(name)).not.toBe('development');
    });
  }
});

describe('a development Swarm overlay\'s memory limit does not count for production', () => {
  const BASE = 'services:\n  web:\n    image: example/web:1.2.3\n    ports: ["8080:8080"]\n';
  const OVERLAY = 'services:\n  web:\n    deploy:\n      replicas: 2\n      update_config: {parallelism: 1}\n      resources:\n        limits:\n          memory: 256M\n';
  const failures = async (files: Record<string, string>) =>
    (await runCase(resourceLimits, { name: 'x', files })).findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);
  for (const overlay of ['docker-compose.swarm.dev.yml', 'docker-compose.dev.swarm.yml']) {
    it(`${overlay} beside docker-compose.yml: the main file's service has no production limit`, async () => {
      expect(await failures({ 'docker-compose.yml': BASE, [overlay]: OVERLAY })).toEqual(['docker-compose.yml:2']);
    });
  }
  it('a production Swarm overlay (docker-compose.swarm.yml) still provides the limit', async () => {
    expect(await failures({ 'docker-compose.yml': BASE, 'docker-compose.swarm.yml': OVERLAY })).toEqual([]);
  });
});
