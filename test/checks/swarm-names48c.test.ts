import { testCheck } from '../helpers/check-tester.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';

// Stop 48 review S3: when a compose service and its Swarm stack twin share a name, the messages say which file each is in (the
// health-check opt-out too), and the non-root note gives each service its own `user:` value and where it is set.
const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
const COMPOSE_BARE = 'services:\n  api:\n    build: .\n    image: reg.example.com:5000/acme/api:${TAG:-latest}\n';
const OFF = '    healthcheck:\n      disable: true\n';
const HC = '    healthcheck:\n      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]\n';
const stack = (extra: string) => `services:\n  api:\n    image: reg.example.com:5000/acme/api:\${TAG}\n${extra}    deploy:\n      replicas: 2\n`;

testCheck(dockerfileHealthcheck, {
  valid: [
    { name: 'both declare a healthcheck', files: { Dockerfile: DOCKERFILE, 'docker-compose.yml': `${COMPOSE_BARE}${HC}`, 'docker-stack.yml': stack(HC) } },
  ],
  invalid: [
    { name: 'the stack twin opts out, the compose service builds it without: both named with their files', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': COMPOSE_BARE, 'docker-stack.yml': stack(OFF),
    }, errors: [{ file: 'Dockerfile', line: 1, message: /\(compose service 'api' in docker-stack\.yml disables the health check, but service 'api' in docker-compose\.yml builds it without opting out\)/ }] },
    { name: 'the compose service opts out, the stack twin runs it without: both named with their files', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': `${COMPOSE_BARE}${OFF}`, 'docker-stack.yml': stack(''),
    }, errors: [{ file: 'Dockerfile', line: 1, message: /\(compose service 'api' in docker-compose\.yml disables the health check, but service 'api' in docker-stack\.yml runs it without opting out\)/ }] },
    { name: 'services of distinct names keep their bare names', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': `services:\n  web:\n    build: .\n${OFF}  worker:\n    build: .\n    command: ["node", "worker.js"]\n`,
    }, errors: [{ file: 'Dockerfile', line: 1, message: /\(compose service 'web' disables the health check, but service 'worker' builds it without opting out\)/ }] },
  ],
  notes: [
    { name: 'both opt out: the note names the one it quotes with its file', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': `${COMPOSE_BARE}${OFF}`, 'docker-stack.yml': stack(OFF),
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' in docker-compose\.yml explicitly disables the health check \(healthcheck: disable: true at docker-compose\.yml:6\)/ }] },
  ],
});

const USER = (u: string) => `    user: "${u}"\n`;
testCheck(dockerfileNonRoot, {
  valid: [
    { name: 'an image with a non-root USER', files: {
      Dockerfile: 'FROM node:20-alpine\nUSER 10001\nCMD ["node", "server.js"]\n', 'docker-compose.yml': COMPOSE_BARE, 'docker-stack.yml': stack(''),
    } },
  ],
  invalid: [
    { name: 'the stack twin runs as root: the compose service is quoted with its own value and location', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': `${COMPOSE_BARE}${USER('1000')}`, 'docker-stack.yml': stack(''),
    }, errors: [{ file: 'docker-stack.yml', line: 2, message: /compose service 'api' in docker-stack\.yml runs .*\(compose service 'api' in docker-compose\.yml sets user: 1000 at docker-compose\.yml:5\)/ }] },
  ],
  notes: [
    { name: 'compose and stack set different non-root users: each with its own value and location', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': `${COMPOSE_BARE}${USER('1000')}`, 'docker-stack.yml': stack(USER('1001')),
    }, notes: [{ file: 'Dockerfile', line: 1, message: /\(compose service 'api' in docker-compose\.yml sets user: 1000 at docker-compose\.yml:5 and service 'api' in docker-stack\.yml sets user: 1001 at docker-stack\.yml:4, so their containers do not run as root/ }] },
    { name: 'compose and stack set the same user: one value, both locations', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': `${COMPOSE_BARE}${USER('1000')}`, 'docker-stack.yml': stack(USER('1000')),
    }, notes: [{ file: 'Dockerfile', line: 1, message: /\(compose services 'api' in docker-compose\.yml, 'api' in docker-stack\.yml set user: 1000 at docker-compose\.yml:5, docker-stack\.yml:4, so their/ }] },
  ],
});
