import { testCheck } from '../helpers/check-tester.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';

// Stop 48: a Swarm stack file's service naming its own image is deployed alone (`docker stack deploy -c docker-stack.yml`): a
// compose service's `user:` says nothing of the stack's containers, nor the other way round. The stack service runs the Dockerfile
// the compose service builds when it names the image that service tags.
const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
const MAIN_USER = 'services:\n  api:\n    build: .\n    image: registry/acme/api:1.2\n    user: "1000:1000"\n';
const MAIN_BARE = 'services:\n  api:\n    build: .\n    image: registry/acme/api:1.2\n';
const STACK_BARE = 'version: "3.9"\nservices:\n  api:\n    image: registry/acme/api:1.2\n    deploy:\n      replicas: 2\n      update_config:\n        parallelism: 1\n';
const STACK_USER = 'version: "3.9"\nservices:\n  api:\n    image: registry/acme/api:1.2\n    user: "1000:1000"\n    deploy:\n      replicas: 2\n      update_config:\n        parallelism: 1\n';

testCheck(dockerfileNonRoot, {
  valid: [
    { name: 'an image with a non-root USER, deployed by compose and the stack', files: {
      Dockerfile: 'FROM node:20-alpine\nUSER 10001:10001\nCMD ["node", "server.js"]\n', 'docker-compose.yml': MAIN_BARE, 'docker-stack.yml': STACK_BARE,
    } },
  ],
  invalid: [
    { name: 'the compose service\'s user: does not cover the stack service running the same image as root', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_USER, 'docker-stack.yml': STACK_BARE,
    }, errors: [{ file: 'docker-stack.yml', line: 3, message: /compose service 'api' in docker-stack\.yml runs the image of Dockerfile as root.*service 'api' in docker-compose\.yml sets user: 1000:1000/ }] },
    { name: 'the stack\'s user: does not clear the compose service building the image', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_BARE, 'docker-stack.yml': STACK_USER,
    }, errors: [{ file: 'docker-compose.yml', line: 2, message: /compose service 'api' in docker-compose\.yml runs the image of Dockerfile as root.*service 'api' in docker-stack\.yml sets/ }] },
    { name: 'the stack\'s non-root user: does not hide the compose service\'s user: root', files: {
      Dockerfile: 'FROM node:20-alpine\nUSER 10001\nCMD ["node", "server.js"]\n',
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    image: registry/acme/api:1.2\n    user: root\n',
      'docker-stack.yml': STACK_USER,
    }, errors: [{ file: 'docker-compose.yml', line: 5, message: /compose service 'api' runs as root \(user: root\)/ }] },
  ],
  notes: [
    { name: 'compose and stack both set a non-root user', files: { Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_USER, 'docker-stack.yml': STACK_USER },
      notes: [{ file: 'Dockerfile', line: 1, message: /services 'api' in docker-compose\.yml, 'api' in docker-stack\.yml set user: 1000:1000/ }] },
    { name: 'a production overlay naming no image stays merged: its user: counts', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_BARE,
      'docker-compose.prod.yml': 'services:\n  api:\n    user: "1000:1000"\n    deploy:\n      placement:\n        constraints: [node.role == worker]\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' sets user: 1000:1000 at docker-compose\.prod\.yml:3/ }] },
    { name: 'a Swarm overlay naming no image stays merged: its user: counts', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': MAIN_BARE,
      'docker-compose.swarm.yml': 'services:\n  api:\n    user: "1000:1000"\n    deploy:\n      replicas: 3\n',
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' sets user: 1000:1000 at docker-compose\.swarm\.yml:3/ }] },
  ],
});
