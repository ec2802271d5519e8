import { testCheck } from '../helpers/check-tester.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';

// Stop 46 platform D1: a Dockerfile named for development that a production path builds (fly.toml, render.yaml, Railway,
// a production compose file) is production's, as the other Dockerfile checks judge it: its placeholder passwords fail.
const DEV_DF = 'FROM node:20.11\nUSER 10001\nENV DB_PASSWORD=changeme\nCMD ["node", "server.js"]\n';

testCheck(defaultCredentials, {
  valid: [
    { name: 'a real secret reference in a Dockerfile.dev that fly.toml builds', files: { 'fly.toml': 'app = "a"\n[build]\n  dockerfile = "Dockerfile.dev"\n', 'Dockerfile.dev': 'FROM node:20.11\nENV DB_HOST=db\nCMD ["node", "server.js"]\n' } },
  ],
  invalid: [
    { name: 'fly.toml [build] dockerfile builds Dockerfile.dev', files: { 'fly.toml': 'app = "a"\n[build]\n  dockerfile = "Dockerfile.dev"\n', 'Dockerfile.dev': DEV_DF },
      errors: [{ file: 'Dockerfile.dev', line: 3, column: 17, severity: 'high', message: /^DB_PASSWORD \(ENV\) is set to a placeholder value; set a strong generated secret from a secret store instead$/ }] },
    { name: 'render.yaml dockerfilePath builds docker/Dockerfile.dev', files: {
      'render.yaml': 'services:\n  - type: web\n    name: api\n    runtime: docker\n    dockerfilePath: ./docker/Dockerfile.dev\n',
      'docker/Dockerfile.dev': DEV_DF,
    }, errors: [{ file: 'docker/Dockerfile.dev', line: 3 }] },
    { name: 'railway.json build.dockerfilePath builds Dockerfile.dev', files: { 'railway.json': '{ "build": { "builder": "DOCKERFILE", "dockerfilePath": "Dockerfile.dev" } }\n', 'Dockerfile.dev': DEV_DF },
      errors: [{ file: 'Dockerfile.dev', line: 3 }] },
    { name: 'docker-compose.prod.yml builds Dockerfile.dev', files: {
      'docker-compose.prod.yml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: Dockerfile.dev\n    restart: always\n',
      'Dockerfile.dev': DEV_DF,
    }, errors: [{ file: 'Dockerfile.dev', line: 3 }] },
  ],
  notes: [
    { name: 'a Dockerfile.dev that only docker-compose.dev.yml builds stays development-only', files: {
      'docker-compose.dev.yml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: Dockerfile.dev\n',
      'Dockerfile.dev': DEV_DF,
    }, notes: [{ file: 'Dockerfile.dev', line: 3, message: /\(development-only file\)$/ }] },
    { name: 'a Dockerfile.dev nothing builds stays development-only', files: { 'Dockerfile.dev': DEV_DF },
      notes: [{ file: 'Dockerfile.dev', line: 3, message: /\(development-only file\)$/ }] },
    { name: 'a development fly config (fly.dev.toml) building Dockerfile.dev keeps it development-only', files: { 'fly.dev.toml': 'app = "a-dev"\n[build]\n  dockerfile = "Dockerfile.dev"\n', 'Dockerfile.dev': DEV_DF },
      notes: [{ file: 'Dockerfile.dev', line: 3, message: /\(development-only file\)$/ }] },
  ],
});
