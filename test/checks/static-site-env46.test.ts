import { testCheck } from '../helpers/check-tester.js';
import { debugMode } from '../../src/checks/debug-mode.js';

// Stop 46 platform D3: a static site's variables (render.yaml `runtime: static`, a DigitalOcean app spec's `static_sites`)
// exist only at build time: no server runs in development mode with them. A note naming why, not a critical failure.
const STATIC_NOTE = /static site 'site' sets NODE_ENV=development.*\(a static site: its variables exist only at build time, and no server process runs with them\)$/;

testCheck(debugMode, {
  valid: [
    { name: 'a render.yaml static site with NODE_ENV=production', files: { 'render.yaml': 'services:\n  - type: web\n    name: site\n    runtime: static\n    buildCommand: npm run build\n    staticPublishPath: ./dist\n    envVars:\n      - key: NODE_ENV\n        value: production\n' } },
  ],
  invalid: [
    { name: 'a render.yaml Node web service with NODE_ENV=development still fails', files: {
      'render.yaml': 'services:\n  - type: web\n    name: api\n    runtime: node\n    startCommand: node server.js\n    envVars:\n      - key: NODE_ENV\n        value: development\n',
    }, errors: [{ file: 'render.yaml', line: 8, severity: 'critical', message: /service 'api' sets NODE_ENV=development/ }] },
    { name: 'a DigitalOcean service beside a static site still fails', files: {
      '.do/app.yaml': 'name: acme\nservices:\n  - name: api\n    run_command: node server.js\n    envs:\n      - key: NODE_ENV\n        value: development\nstatic_sites:\n  - name: site\n    build_command: npm run build\n    envs:\n      - key: NODE_ENV\n        value: development\n',
    }, errors: [{ file: '.do/app.yaml', line: 7, message: /service 'api' sets NODE_ENV=development/ }] },
  ],
  notes: [
    { name: 'render.yaml runtime: static', files: { 'render.yaml': 'services:\n  - type: web\n    name: site\n    runtime: static\n    buildCommand: npm run build\n    staticPublishPath: ./dist\n    envVars:\n      - key: NODE_ENV\n        value: development\n' },
      notes: [{ file: 'render.yaml', line: 9, message: STATIC_NOTE }] },
    { name: 'render.yaml env: static (the older spelling)', files: { 'render.yaml': 'services:\n  - type: web\n    name: site\n    env: static\n    staticPublishPath: ./dist\n    envVars:\n      - key: NODE_ENV\n        value: development\n' },
      notes: [{ file: 'render.yaml', line: 8, message: STATIC_NOTE }] },
    { name: 'DigitalOcean static_sites envs', files: { '.do/app.yaml': 'name: acme\nstatic_sites:\n  - name: site\n    build_command: npm run build\n    envs:\n      - key: NODE_ENV\n        value: development\n' },
      notes: [{ file: '.do/app.yaml', line: 7, message: STATIC_NOTE }] },
  ],
});
