import { testCheck } from '../helpers/check-tester.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';

// Stop 48: a Swarm stack file's service naming its own image is deployed alone (`docker stack deploy -c docker-stack.yml` never
// reads docker-compose.yml): a compose service's healthcheck does not cover the stack's containers, nor the other way round. The
// stack service runs the Dockerfile the compose service builds when it names the image that service tags.
const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
const HC = '    healthcheck:\n      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]\n';
const MAIN_HC = `services:\n  api:\n    build: .\n    image: registry/acme/api:1.2\n    restart: unless-stopped\n${HC}`;
const MAIN_BARE = 'services:\n  api:\n    build: .\n    image: registry/acme/api:1.2\n    restart: unless-stopped\n';
const STACK_BARE = 'version: "3.9"\nservices:\n  api:\n    image: registry/acme/api:1.2\n    deploy:\n      replicas: 2\n      update_config:\n        parallelism: 1\n';
const STACK_HC = `version: "3.9"\nservices:\n  api:\n    image: registry/acme/api:1.2\n${HC}    deploy:\n      replicas: 2\n`;

testCheck(dockerfileHealthcheck, {
  valid: [
    { name: 'compose and stack both declare a healthcheck', files: { Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC, 'docker-stack.yml': STACK_HC } },
  ],
  invalid: [
    { name: 'the compose service\'s healthcheck does not cover the stack service running the same image without one', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC, 'docker-stack.yml': STACK_BARE,
    }, errors: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' in docker-compose\.yml declares its own healthcheck, but service 'api' in docker-stack\.yml runs it without one/ }] },
    { name: 'the stack\'s healthcheck does not credit the compose service building the image without one', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_BARE, 'docker-stack.yml': STACK_HC,
    }, errors: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' in docker-stack\.yml declares its own healthcheck, but service 'api' in docker-compose\.yml runs it without one/ }] },
    { name: 'a stack service of another name running the tagged repository (another tag) without a healthcheck', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC,
      'stack.prod.yml': 'services:\n  worker:\n    image: registry/acme/api:${TAG:-latest}\n    command: ["node", "worker.js"]\n    deploy:\n      placement:\n        constraints: [node.role == worker]\n',
    }, errors: [{ file: 'Dockerfile', line: 1, message: /service 'worker' runs it without one/ }] },
    { name: 'a stack service of a build target runs that target', files: {
      Dockerfile: 'FROM node:20-alpine AS base\nCMD ["node", "server.js"]\n\nFROM base AS runtime\nCMD ["node", "server.js"]\n\nFROM base AS test\nRUN npm test\n',
      'docker-compose.yml': `services:\n  api:\n    build:\n      context: .\n      target: runtime\n    image: ghcr.io/acme/api:1.2\n${HC}`,
      'docker-stack.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.2\n    deploy:\n      mode: global\n',
    }, errors: [{ file: 'Dockerfile', line: 4, message: /build target 'runtime'.*service 'api' in docker-stack\.yml runs it without one/ }] },
  ],
  notes: [
    { name: 'a production overlay naming no image stays merged: the base healthcheck counts', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC,
      'docker-compose.prod.yml': 'services:\n  api:\n    deploy:\n      replicas: 2\n      placement:\n        constraints: [node.role == worker]\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
    { name: 'a Swarm production overlay naming an image stays merged too', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC,
      'docker-compose.prod.yml': 'services:\n  api:\n    image: registry/acme/api:1.2\n    deploy:\n      placement:\n        constraints: [node.role == worker]\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
    { name: 'a Swarm overlay naming no image stays merged', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC,
      'docker-compose.swarm.yml': 'services:\n  api:\n    deploy:\n      replicas: 3\n      update_config:\n        parallelism: 1\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
    { name: 'a stack service of another image does not run the Dockerfile', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC,
      'docker-stack.yml': 'services:\n  cache:\n    image: redis:7.2\n    deploy:\n      replicas: 1\n      placement:\n        constraints: [node.role == manager]\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
    { name: 'the stack service opts out while the compose service declares one', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_HC,
      'docker-stack.yml': 'services:\n  api:\n    image: registry/acme/api:1.2\n    healthcheck:\n      disable: true\n    deploy:\n      replicas: 2\n      update_config:\n        parallelism: 1\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' in docker-compose\.yml declares a healthcheck/ }] },
  ],
});
