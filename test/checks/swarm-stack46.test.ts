import { testCheck } from '../helpers/check-tester.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { restartPolicy } from '../../src/checks/restart-policy.js';

// Stop 46 platform D2: a Swarm stack file beside docker-compose.yml is its own deployment (`docker stack deploy -c
// docker-stack.yml` never reads docker-compose.yml), and a Swarm overlay (`docker-compose.swarm.yml`) is deployed by
// `docker stack deploy`, which ignores mem_limit and restart in every file.
const MAIN_LIMIT = 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:1.0.0\n    restart: unless-stopped\n    mem_limit: 512m\n';
const MAIN_BARE = 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:1.0.0\n    restart: unless-stopped\n';
const STACK_BARE = 'version: "3.9"\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    deploy:\n      replicas: 2\n      update_config:\n        parallelism: 1\n';
const STACK_LIMIT = 'version: "3.9"\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n';

testCheck(resourceLimits, {
  valid: [
    { name: 'a stack file with its own deploy limit beside a main file with mem_limit', files: { 'docker-compose.yml': MAIN_LIMIT, 'docker-stack.yml': STACK_LIMIT } },
    { name: 'a Swarm overlay that sets deploy.resources.limits.memory over a main file without limits', files: {
      'docker-compose.yml': MAIN_BARE,
      'docker-compose.swarm.yml': 'services:\n  api:\n    deploy:\n      placement:\n        constraints: [node.role == worker]\n      resources:\n        limits:\n          memory: 256M\n',
    } },
    { name: 'a Swarm overlay over a main file whose deploy limit Swarm applies', files: {
      'docker-compose.yml': 'services:\n  api:\n    image: api:1\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n',
      'docker-compose.swarm.yml': 'services:\n  api:\n    deploy:\n      replicas: 3\n',
    } },
    { name: 'a plain production overlay (no Swarm) still lets the main file\'s mem_limit count', files: {
      'docker-compose.yml': MAIN_LIMIT,
      'docker-compose.prod.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    environment:\n      LOG_LEVEL: info\n',
    } },
  ],
  invalid: [
    { name: 'the main file\'s mem_limit does not hide the stack file\'s missing limit', files: { 'docker-compose.yml': MAIN_LIMIT, 'docker-stack.yml': STACK_BARE },
      errors: [{ file: 'docker-stack.yml', line: 3, column: 3, message: /Swarm stack: docker stack deploy ignores mem_limit/ }] },
    { name: 'neither file has a limit: each is judged by itself, the stack with Swarm advice', files: { 'docker-compose.yml': MAIN_BARE, 'docker-stack.yml': STACK_BARE },
      errors: [{ file: 'docker-compose.yml', line: 2, message: /\(or mem_limit\)/ }, { file: 'docker-stack.yml', line: 3, message: /docker-stack\.yml is a Swarm stack/ }] },
    { name: 'the stack\'s own mem_limit fails as Swarm ignores it, beside a main file with mem_limit', files: {
      'docker-compose.yml': MAIN_LIMIT,
      'docker-stack.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    mem_limit: 512m\n',
    }, errors: [{ file: 'docker-stack.yml', line: 2, message: /no memory limit that Swarm applies/ }] },
    { name: 'a Swarm overlay over a main file with mem_limit only: docker stack deploy applies none', files: {
      'docker-compose.yml': MAIN_LIMIT,
      'docker-compose.swarm.yml': 'services:\n  api:\n    deploy:\n      replicas: 3\n      placement:\n        constraints: [node.role == worker]\nnetworks:\n  default:\n    driver: overlay\n',
    }, errors: [{ file: 'docker-compose.swarm.yml', line: 2, message: /Swarm overlay deployed with docker stack deploy, and docker stack deploy ignores mem_limit \(set in docker-compose\.yml\)/ }] },
    { name: 'a stack\'s deploy limit does not excuse the main compose file', files: { 'docker-compose.yml': MAIN_BARE, 'docker-stack.yml': STACK_LIMIT },
      errors: [{ file: 'docker-compose.yml', line: 2 }] },
  ],
});

testCheck(restartPolicy, {
  valid: [
    { name: 'a stack file without a policy beside a main file with one: Swarm restarts by default', files: { 'docker-compose.yml': MAIN_BARE, 'docker-stack.yml': STACK_BARE } },
    { name: 'restart: "no" in the main file under a Swarm overlay is ignored by Swarm', files: {
      'docker-compose.yml': 'services:\n  api:\n    image: api:1\n    restart: "no"\n',
      'docker-compose.swarm.yml': 'services:\n  api:\n    deploy:\n      replicas: 3\n',
    } },
  ],
  invalid: [
    { name: 'a stack file beside it does not excuse the main file\'s missing policy', files: { 'docker-compose.yml': 'services:\n  api:\n    image: api:1\n', 'docker-stack.yml': STACK_BARE },
      errors: [{ file: 'docker-compose.yml', line: 2 }] },
  ],
  notes: [
    { name: 'the stack\'s own condition: none is noted even though the main file restarts', files: {
      'docker-compose.yml': MAIN_BARE,
      'docker-stack.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    deploy:\n      restart_policy:\n        condition: none\n',
    }, notes: [{ file: 'docker-stack.yml', line: 6, message: /condition: none/ }] },
  ],
});
