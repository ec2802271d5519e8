import { testCheck } from '../helpers/check-tester.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';

// QA51 configlibs D6: node-config's JSON/YAML files are read as its `.js` files are: `config/production.json` is what
// NODE_ENV=production loads, over `config/default.json` (whose settings production does not set deploy as they are).
const PKG = '{"name":"shop-api","scripts":{"start":"node src/app.js"},"dependencies":{"config":"^3.3.11","express":"^4.19.2","express-session":"^1.18.0"}}\n';
const APP = "const config = require('config');\nconst session = require('express-session');\napp.use(session({ secret: config.get('session.secret') }));\n";
const DF = 'FROM node:20.14.0-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nENV NODE_ENV=production\nUSER node\nCMD ["node", "src/app.js"]\n';
const base = { 'package.json': PKG, 'src/app.js': APP, Dockerfile: DF };

testCheck(defaultCredentials, {
  valid: [
    { name: 'default.json values production.json sets otherwise', files: { ...base,
      'config/default.json': '{\n  "session": { "secret": "keyboard cat" },\n  "db": { "user": "shop", "password": "postgres" }\n}\n',
      'config/production.json': '{\n  "session": { "secret": "Zk3v9QpL2mX8wR4tYb7n" },\n  "db": { "password": "Qw8e2Rt6Yu1Io5Pa" }\n}\n' } },
    { name: 'a default.json value a production.js sets', files: { ...base,
      'config/default.json': '{\n  "session": { "secret": "keyboard cat" }\n}\n',
      'config/production.js': 'module.exports = { session: { secret: process.env.SESSION_SECRET } };\n' } },
    { name: 'custom-environment-variables.json holds variable names', files: { ...base,
      'config/custom-environment-variables.json': '{ "session": { "secret": "SESSION_SECRET" }, "db": { "password": "DB_PASSWORD" } }\n' } },
    { name: 'a config/production.json of a project without node-config', files: { 'package.json': '{"name":"x","dependencies":{"express":"^4"}}\n', 'config/production.json': '{ "password": "changeme" }\n' } },
  ],
  invalid: [
    { name: 'config/production.json', files: { ...base,
      'config/default.json': '{ "session": { "secret": "" }, "db": { "host": "db", "user": "shop", "password": "" } }\n',
      'config/production.json': '{\n  "session": { "secret": "keyboard cat" },\n  "db": { "host": "db.internal", "user": "shop", "password": "changeme" }\n}\n' },
    errors: [
      { file: 'config/production.json', line: 2, severity: 'high', message: /^session\.secret is set to a well-known default value/ },
      { file: 'config/production.json', line: 3, severity: 'high', message: /^db\.password is set to a placeholder value/ },
    ] },
    { name: 'config/production.yml', files: { ...base, 'config/production.yml': 'db:\n  user: shop\n  password: changeme\n' },
      errors: [{ file: 'config/production.yml', line: 3, message: /^db\.password is set to a placeholder value/ }] },
    { name: 'a default.json value production inherits, mapped to a variable', files: { ...base,
      'config/default.json': '{\n  "session": { "secret": "keyboard cat" },\n  "db": { "user": "shop", "password": "postgres" }\n}\n',
      'config/production.json': '{\n  "db": { "password": "Qw8e2Rt6Yu1Io5Pa" }\n}\n',
      'config/custom-environment-variables.json': '{ "session": { "secret": "SESSION_SECRET" } }\n' },
    errors: [{ file: 'config/default.json', line: 2, message: /^session\.secret falls back to a well-known default value when SESSION_SECRET is unset/ }] },
    { name: 'a monorepo app folder', files: { 'apps/api/package.json': PKG, 'apps/api/config/default.json': '{ "jwt": { "secret": "changeme" } }\n' },
      errors: [{ file: 'apps/api/config/default.json', line: 1, message: /^jwt\.secret is set to a placeholder value/ }] },
  ],
  notes: [
    { name: 'development.json is development configuration', files: { ...base,
      'config/development.json': '{\n  "db": { "password": "postgres" }\n}\n' },
    notes: [{ file: 'config/development.json', line: 2, message: /^db\.password is set to a well-known default value.*\(development[- ]/ }] },
  ],
});
