import { describe, expect, it } from 'vitest';
import { testCheck } from '../helpers/check-tester.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { composeImageRepository } from '../../src/checks/util/commands.js';

// Stop 48 review B1: the repository of a compose `image:` value (the tag aside, variable tags too) is read in linear time; the
// old tag-stripping regex backtracked exponentially on `x:$aaaa$aaaa…/` (each `$name` split every way before failing at `/`).
const dollarRun = (n: number) => `x:${'$aaaa'.repeat(n)}/`;

describe('composeImageRepository', () => {
  it('strips a literal, variable or default tag, and a digest; a registry port is no tag', () => {
    expect(composeImageRepository('reg.example.com:5000/acme/api:${TAG:-latest}')).toBe('reg.example.com:5000/acme/api');
    expect(composeImageRepository('reg:5000/acme/api')).toBe('reg:5000/acme/api');
    expect(composeImageRepository('acme/api:$TAG')).toBe('acme/api');
    expect(composeImageRepository('acme/api:1.2-${X}')).toBe('acme/api');
    expect(composeImageRepository('acme/api:${TAG:-a/b}')).toBe('acme/api');
    expect(composeImageRepository('acme/api@sha256:0123456789abcdef')).toBe('acme/api');
    expect(composeImageRepository('acme/api:1.2@sha256:0123456789abcdef')).toBe('acme/api');
    expect(composeImageRepository('docker.io/Acme/API:1')).toBe('acme/api');
    expect(composeImageRepository('${REGISTRY:-reg:5000}/acme/api:${TAG}')).toBe('${registry:-reg:5000}/acme/api');
    expect(composeImageRepository('  api  ')).toBe('api');
  });

  it('reads a long run of $name segments (no tag after the last /) without backtracking', () => {
    expect(composeImageRepository(dollarRun(40))).toBe(dollarRun(40));
    expect(composeImageRepository(`${dollarRun(40).slice(0, -1)}`)).toBe('x');
  });

  it('does not link a value longer than any image reference', () => {
    expect(composeImageRepository(`acme/${'a'.repeat(600)}:1`)).toBeUndefined();
    expect(composeImageRepository(dollarRun(200))).toBeUndefined();
  });
});

const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
const HC = '    healthcheck:\n      test: ["CMD", "wget", "-qO-", "http://localhost:3000/health"]\n';
const compose = (image: string) => `services:\n  api:\n    build: .\n    image: "${image}"\n    restart: unless-stopped\n${HC}`;
const stack = (image: string) => `services:\n  api:\n    image: "${image}"\n    deploy:\n      replicas: 2\n`;

testCheck(dockerfileHealthcheck, {
  valid: [
    { name: 'the linked stack service (a variable tag) declares its own healthcheck', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('reg.example.com:5000/acme/api:${TAG:-latest}'),
      'docker-stack.yml': `services:\n  api:\n    image: "reg.example.com:5000/acme/api:\${TAG}"\n${HC}    deploy:\n      replicas: 2\n`,
    } },
  ],
  invalid: [
    { name: 'a 40-segment $name value links the stack service naming it (and completes)', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose(dollarRun(40)), 'docker-stack.yml': stack(dollarRun(40)),
    }, errors: [{ file: 'Dockerfile', line: 1, message: /service 'api' in docker-stack\.yml runs it without one/ }] },
    { name: 'a registry port and a defaulted variable tag link the stack\'s other tag', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('reg.example.com:5000/acme/api:${TAG:-latest}'), 'docker-stack.yml': stack('reg.example.com:5000/acme/api:$TAG'),
    }, errors: [{ file: 'Dockerfile', line: 1, message: /service 'api' in docker-stack\.yml runs it without one/ }] },
    { name: 'a digest links the repository', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('reg.example.com:5000/acme/api:1.2'), 'docker-stack.yml': stack('reg.example.com:5000/acme/api@sha256:0123456789abcdef'),
    }, errors: [{ file: 'Dockerfile', line: 1, message: /service 'api' in docker-stack\.yml runs it without one/ }] },
  ],
  notes: [
    { name: 'a repository sharing the prefix is another image', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose('reg.example.com:5000/acme/api:1.2'), 'docker-stack.yml': stack('reg.example.com:5000/acme/api-worker:1.2'),
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
    { name: 'a value longer than any image reference is not linked', files: {
      Dockerfile: DOCKERFILE, 'docker-compose.yml': compose(`acme/${'a'.repeat(600)}:1`), 'docker-stack.yml': stack(`acme/${'a'.repeat(600)}:1`),
    }, notes: [{ file: 'Dockerfile', line: 1, message: /compose service 'api' declares a healthcheck/ }] },
  ],
});
