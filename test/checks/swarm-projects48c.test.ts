import { testCheck } from '../helpers/check-tester.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';

// Stop 48 review S4: a Swarm stack service is linked to the Dockerfile a compose service builds by the image name it tags. An
// unqualified name (`api`, `backend`: no registry, no namespace) links only a build in the stack file's project (its folder, an
// ancestor, or a folder inside it); a qualified `registry/org/name` or `org/name` links wherever it is built.
const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
const HC = '    healthcheck:\n      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]\n';
const compose = (image: string, build = '.') => `services:\n  api:\n    build: ${build}\n    image: ${image}\n    user: "1000"\n${HC}`;
const stack = (image: string) => `services:\n  api:\n    image: ${image}\n    deploy:\n      replicas: 2\n`;
const STACK_RUNS = /service 'api' in (?:\w+\/)*(?:docker-)?stack\.yml runs it without one/;

testCheck(dockerfileHealthcheck, {
  valid: [
    { name: 'another project folder running its own unqualified api image with a healthcheck', files: {
      'projA/Dockerfile': DOCKERFILE, 'projA/docker-compose.yml': compose('api'),
      'projB/docker-stack.yml': `services:\n  api:\n    image: api:2\n${HC}    deploy:\n      replicas: 2\n`,
    } },
  ],
  invalid: [
    { name: 'unqualified: the stack in a folder below the compose file', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('api'), 'deploy/docker-stack.yml': stack('api:1.2'),
    }, errors: [{ file: 'Dockerfile', line: 1, message: STACK_RUNS }] },
    { name: 'unqualified: the compose file in a sibling folder building the project folder (context ..)', files: {
      'projA/Dockerfile': DOCKERFILE, 'projA/docker/docker-compose.yml': compose('api', '..'), 'projA/deploy/docker-stack.yml': stack('api:${TAG}'),
    }, errors: [{ file: 'projA/Dockerfile', line: 1, message: STACK_RUNS }] },
    { name: 'unqualified: a root stack deploying what a project folder builds', files: {
      'backend/Dockerfile': DOCKERFILE, 'backend/docker-compose.yml': compose('backend'), 'docker-stack.yml': stack('backend:1'),
    }, errors: [{ file: 'backend/Dockerfile', line: 1, message: STACK_RUNS }] },
    { name: 'a registry-qualified name links across project folders', files: {
      'projA/Dockerfile': DOCKERFILE, 'projA/docker-compose.yml': compose('ghcr.io/acme/api:1.2'), 'projB/docker-stack.yml': stack('ghcr.io/acme/api:1.2'),
    }, errors: [{ file: 'projA/Dockerfile', line: 1, message: STACK_RUNS }] },
    { name: 'a namespace-qualified name links across project folders', files: {
      'projA/Dockerfile': DOCKERFILE, 'projA/docker-compose.yml': compose('acme/api:1.2'), 'projB/docker-stack.yml': stack('acme/api:1.2'),
    }, errors: [{ file: 'projA/Dockerfile', line: 1, message: STACK_RUNS }] },
  ],
  notes: [
    { name: 'unqualified: a stack in another project folder naming the same short name is not linked', files: {
      'projA/Dockerfile': DOCKERFILE, 'projA/docker-compose.yml': compose('api'), 'projB/docker-stack.yml': stack('api:latest'),
    }, notes: [{ file: 'projA/Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
    { name: 'unqualified: nested project folders of a monorepo are siblings', files: {
      'apps/web/Dockerfile': DOCKERFILE, 'apps/web/docker-compose.yml': compose('backend'), 'apps/admin/docker-stack.yml': stack('backend'),
    }, notes: [{ file: 'apps/web/Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
  ],
});

testCheck(dockerfileNonRoot, {
  valid: [
    { name: 'an image with a non-root USER', files: {
      'projA/Dockerfile': 'FROM node:20-alpine\nUSER 10001\nCMD ["node", "server.js"]\n', 'projA/docker-compose.yml': compose('api'), 'projB/docker-stack.yml': stack('api'),
    } },
  ],
  invalid: [
    { name: 'unqualified: the stack beside the compose file runs the image as root', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('api'), 'docker-stack.yml': stack('api'),
    }, errors: [{ file: 'docker-stack.yml', line: 2, message: /compose service 'api' in docker-stack\.yml runs the image of Dockerfile as root/ }] },
  ],
  notes: [
    { name: 'unqualified: a stack in another project folder is not linked', files: {
      'projA/Dockerfile': DOCKERFILE, 'projA/docker-compose.yml': compose('api'), 'projB/docker-stack.yml': stack('api'),
    }, notes: [{ file: 'projA/Dockerfile', line: 1, message: /compose service 'api' sets user: 1000 at projA\/docker-compose\.yml:5, so its container/ }] },
  ],
});
