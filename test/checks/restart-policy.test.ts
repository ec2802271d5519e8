import { expect, it } from 'vitest';
import { testCheck } from '../helpers/check-tester.js';
import { restartPolicy } from '../../src/checks/restart-policy.js';

testCheck(restartPolicy, {
  valid: [
    { name: 'restart unless-stopped', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    restart: unless-stopped\n' } },
    { name: 'deploy.restart_policy', files: { 'compose.yml': 'services:\n  web:\n    image: web:1\n    deploy:\n      restart_policy:\n        condition: on-failure\n' } },
    { name: 'policy via merge key', files: { 'docker-compose.yml': 'x-common: &common\n  restart: always\nservices:\n  web:\n    <<: *common\n    image: web:1\n' } },
    { name: 'policy in the production overlay', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n', 'docker-compose.prod.yml': 'services:\n  web:\n    restart: always\n' } },
    { name: 'one-shot migration service by name', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    restart: always\n  db-migrate:\n    image: web:1\n    command: alembic upgrade head\n' } },
    { name: 'service others wait to complete', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    restart: always\n    depends_on:\n      schema:\n        condition: service_completed_successfully\n  schema:\n    image: web:1\n' } },
    { name: 'QA29: every service of a Swarm stack file restarts by default (another service\'s Swarm keys, an overlay network, an external secret, a stack file name)', files: {
      'deploy/prod.yml': 'services:\n  traefik:\n    image: traefik:v2.11\n    deploy:\n      mode: global\n  api:\n    image: api:1\n    deploy:\n      replicas: 2\n',
      'ops/net.yml': 'services:\n  api:\n    image: api:1\nnetworks:\n  backend:\n    driver: overlay\n',
      'ops/secret.yml': 'services:\n  api:\n    image: api:1\n    secrets: [db_password]\nsecrets:\n  db_password:\n    external: true\n',
      'swarm/docker-stack.prod.yml': 'services:\n  api:\n    image: api:1\n',
    } },
    { name: 'swarm stack service restarts by default', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    deploy:\n      replicas: 2\n      update_config:\n        parallelism: 1\n' } },
    { name: 'tooling profile service', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    restart: always\n  pgadmin:\n    image: dpage/pgadmin4:8\n    profiles: [tools]\n' } },
    { name: 'no compose files at all is skipped, not failed', files: { 'README.md': '# hi\n' } },
  ],
  invalid: [
    { name: 'service without policy', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n  worker:\n    image: web:1\n    restart: always\n' }, errors: [{ file: 'docker-compose.yml', line: 2, severity: 'low', message: /'web' has no restart policy/ }] },
    { name: 'service in a production profile is judged', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    profiles: [prod]\n' }, errors: [{ file: 'docker-compose.yml', line: 2 }] },
    { name: 'policy only in a dev override', files: { 'docker-compose.yml': 'services:\n  api:\n    image: api:1\n', 'docker-compose.override.yml': 'services:\n  api:\n    restart: always\n' }, errors: [{ file: 'docker-compose.yml', line: 2 }] },
    { name: 'QA29: a compose file named after a software stack (elk-stack.yml) is not a Swarm stack file', files: { 'elk-stack.yml': 'services:\n  es:\n    image: elasticsearch:8.13.0\n' }, errors: [{ file: 'elk-stack.yml', line: 2 }] },
    { name: 'deploy.replicas alone is not swarm-only', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    deploy:\n      replicas: 2\n' }, errors: [{ file: 'docker-compose.yml', line: 2 }] },
    { name: 'same service name in another folder is separate', files: { 'a/docker-compose.yml': 'services:\n  web:\n    image: web:1\n    restart: always\n', 'b/docker-compose.yml': 'services:\n  web:\n    image: web:1\n' }, errors: [{ file: 'b/docker-compose.yml', line: 2 }] },
  ],
  notes: [
    { name: 'restart "no" is explicit', files: { 'docker-compose.yml': 'services:\n  job:\n    image: job:1\n    restart: "no"\n' }, notes: [{ file: 'docker-compose.yml', line: 4, message: /explicitly never restarted/ }] },
    { name: 'swarm condition none is explicit, and named as written', files: { 'stack.yml': 'services:\n  job:\n    image: job:1\n    deploy:\n      restart_policy:\n        condition: none\n' }, notes: [{ file: 'stack.yml', line: 6, message: /never restarted \(deploy\.restart_policy\.condition: none\)/ }] },
    { name: 'dev-only file', files: { 'docker-compose.dev.yml': 'services:\n  web:\n    image: web:1\n' }, notes: [{ file: 'docker-compose.dev.yml', line: 2 }] },
    // Named for tests, like `.dev`/`.ci`: development-only, so judged with notes (a fixture under tests/ is not judged at all).
    { name: 'compose file named for tests', files: { 'docker-compose.test.yml': 'services:\n  web:\n    image: web:1\n', 'tests/docker-compose.test.yml': 'services:\n  fixture:\n    image: web:1\n' }, notes: [{ file: 'docker-compose.test.yml', line: 2 }] },
  ],
});

// QA30 compose2 D3: a compose file docker compose refuses is not judged; the items of the checks that then have nothing to
// judge say so, naming it (as for a Dockerfile Docker refuses), instead of claiming there are no compose services.
it('QA30 D3: when every compose file fails to parse, the skip reasons name it instead of saying "no compose services"', async () => {
  const { runCase } = await import('../helpers/check-tester.js');
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const { databasePortExposed } = await import('../../src/checks/database-port-exposed.js');
  const { imageTagPinned } = await import('../../src/checks/image-tag-pinned.js');
  const { productionServer } = await import('../../src/checks/production-server.js');
  const skipped = async (c: Parameters<typeof runCase>[0], files: Record<string, string>) => (await runCase(c, { name: 'x', files })).skipped;
  const badIndent = { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n  web:\n    image: app:latest\n     restart: always\n' };
  const read = 'no compose file could be read: docker-compose.yml: parse-error (see that finding)';
  expect(await skipped(restartPolicy, badIndent)).toBe(read);
  expect(await skipped(resourceLimits, badIndent)).toBe(`no Kubernetes containers, and ${read}`);
  expect(await skipped(databasePortExposed, badIndent)).toBe(`no Kubernetes Services or pods, Bitnami database charts a Helm chart depends on, Kamal accessories, fly.toml services, Nomad job files, AWS security group rules or RDS instances, and ${read}`);
  expect(await skipped(imageTagPinned, badIndent)).toBe(`no Dockerfile FROM or Kubernetes container image, and ${read}`);
  expect(await skipped(productionServer, badIndent)).toBe(`no CMD/ENTRYPOINT, Procfile web, platform start command, systemd ExecStart or Kubernetes command, and ${read}`);
  // A duplicate key (docker compose refuses it), every service refused, `services` not a mapping: the same.
  expect(await skipped(restartPolicy, { 'compose.yaml': 'services:\n  web:\n    image: app:1\n    ports: ["80:80"]\n    ports: ["81:81"]\n' })).toBe('no compose file could be read: compose.yaml: parse-error (see that finding)');
  expect(await skipped(restartPolicy, { 'compose.yaml': 'services:\n  web: [1]\n  worker: app:1\n' })).toBe('no compose file could be read: compose.yaml: parse-error (see that finding)');
  expect(await skipped(restartPolicy, { 'compose.yaml': 'services:\n  - web\n' })).toBe('no compose file could be read: compose.yaml: parse-error (see that finding)');
  // Both a compose file and a Dockerfile unreadable: each is named.
  expect(await skipped(imageTagPinned, { ...badIndent, Dockerfile: 'RUNN true\n' })).toBe(`no Kubernetes container image, and ${read}, and no Dockerfile could be read: Dockerfile: parse-error (see that finding)`);
  // Counter-cases: no compose file, an empty one, one that only includes nothing, a broken one under a test folder or a
  // template (never judged) still say "no compose services"; one that parses beside a broken one is judged: no skip.
  expect(await skipped(restartPolicy, { 'README.md': '# hi\n' })).toBe('no compose services');
  expect(await skipped(restartPolicy, { 'docker-compose.yml': 'services: {}\n' })).toBe('no compose services');
  expect(await skipped(restartPolicy, { 'docker-compose.yml': 'name: app\n' })).toBe('no compose services');
  expect(await skipped(restartPolicy, { 'tests/fixtures/docker-compose.yml': badIndent['docker-compose.yml'] })).toBe('no compose services');
  expect(await skipped(restartPolicy, { 'docker-compose.yml.example': badIndent['docker-compose.yml'] })).toBe('no compose services');
  expect(await skipped(resourceLimits, { 'app.py': 'print(1)\n' })).toBe('no compose services or Kubernetes containers');
  expect(await skipped(restartPolicy, { ...badIndent, 'api/docker-compose.yml': 'services:\n  api:\n    image: api:1\n    restart: always\n' })).toBeUndefined();
});

// QA31 robust4 D7: the skip reasons say what was not read, and only that.
it('QA31 D7: a compose file the reader refuses (a symlink out of the repository) is named; a Dockerfile read beside a broken one is not called unread', async () => {
  const fs = (await import('node:fs')).default;
  const os = await import('node:os');
  const path = await import('node:path');
  const { Snapshot } = await import('../../src/repo/snapshot.js');
  const { executeCheck } = await import('../../src/engine/execute.js');
  const { runCase } = await import('../helpers/check-tester.js');
  const { productionServer } = await import('../../src/checks/production-server.js');
  const { resourceLimits } = await import('../../src/checks/resource-limits.js');
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-outside-'));
  fs.writeFileSync(path.join(outside, 'shadow'), 'services:\n  web:\n    image: app:1\n');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-case-'));
  fs.symlinkSync(path.join(outside, 'shadow'), path.join(root, 'docker-compose.yml'));
  fs.writeFileSync(path.join(root, 'README.md'), '# app\n');
  const at = (c: typeof restartPolicy | typeof resourceLimits) => executeCheck(c, new Snapshot(root, ['docker-compose.yml', 'README.md']), c.options.parse({}), new Date('2026-12-01T00:00:00Z'));
  expect((await at(restartPolicy)).skipped).toBe('no compose file could be read: docker-compose.yml: not read (symlink pointing outside the repository)');
  expect((await at(resourceLimits)).skipped).toBe('no Kubernetes containers, and no compose file could be read: docker-compose.yml: not read (symlink pointing outside the repository)');
  // A compose file simply missing from the working tree (sparse checkout) is not "not read": nothing to say.
  const sparse = await executeCheck(restartPolicy, new Snapshot(root, ['compose.yaml', 'README.md']), restartPolicy.options.parse({}), new Date('2026-12-01T00:00:00Z'));
  expect(sparse.skipped).toBe('no compose services');
  // c07: a binary Dockerfile beside a Dockerfile.prod that was read (no CMD): the reason does not say no Dockerfile could be read.
  const skipped = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).skipped;
  expect(await skipped({ Dockerfile: 'RUNN true\n', 'Dockerfile.prod': 'FROM alpine:3.20\n' })).toBe('no CMD/ENTRYPOINT, compose command, Procfile web, platform start command, systemd ExecStart or Kubernetes command; not read: Dockerfile: parse-error (see that finding)');
  // Counter-case: the broken Dockerfile alone is still the only one, and said so.
  expect(await skipped({ Dockerfile: 'RUNN true\n' })).toBe('no compose command, Procfile web, platform start command, systemd ExecStart or Kubernetes command, and no Dockerfile could be read: Dockerfile: parse-error (see that finding)');
});
