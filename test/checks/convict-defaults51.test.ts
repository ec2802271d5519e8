import { testCheck } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';

// QA51 configlibs D13: a convict schema's `default` is the value production gets unless the variable its `env` names is set:
// a CORS origin '*' and a secret default are judged as `process.env.X || default` is.
const PKG = '{"name":"api","dependencies":{"convict":"^6.2.4","cors":"^2.8.5","express":"^4.19.2","express-session":"^1.18.0"}}\n';
const CONFIG = `const convict = require('convict');
const config = convict({
  corsOrigin: { doc: 'Allowed CORS origin', format: String, default: '*', env: 'CORS_ORIGIN' },
  sessionSecret: { doc: 'Session secret', format: String, default: 'keyboard cat', env: 'SESSION_SECRET', sensitive: true },
  dbPassword: { doc: 'Database password', format: String, default: 'changeme', env: 'DB_PASSWORD', sensitive: true },
});
config.validate({ allowed: 'strict' });
module.exports = config;
`;
const SERVER = "const cors = require('cors');\nconst config = require('./config');\napp.use(cors({ origin: config.get('corsOrigin'), credentials: true }));\n";
const DF = (env = '') => `FROM node:20.14.0-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nENV NODE_ENV=production${env}\nUSER node\nCMD ["node", "src/server.js"]\n`;
const MULTI = `import convict from 'convict';
export default convict({
  jwt: {
    secret: {
      doc: 'JWT signing secret',
      format: String,
      default: 'changeme',
      env: 'JWT_SECRET',
    },
  },
  cors: { origins: { doc: 'Allowed origins', format: String, default: 'https://app.example.com', env: 'CORS_ORIGINS' } },
  port: { doc: 'port', format: 'port', default: 3000, env: 'PORT' },
});
`;

testCheck(corsWildcard, {
  valid: [
    { name: 'the deploy environment sets the variable', files: { 'package.json': PKG, 'src/config.js': CONFIG, 'src/server.js': SERVER, Dockerfile: DF('\nENV CORS_ORIGIN=https://app.example.com') } },
    { name: 'a default that names an origin', files: { 'package.json': PKG, 'src/config.ts': MULTI } },
    { name: 'a plain object (no convict) with default *', files: { 'src/opts.js': "const cors = require('cors');\nconst corsOrigin = { doc: 'x', default: '*', env: 'CORS_ORIGIN' };\n" } },
  ],
  invalid: [
    { name: "corsOrigin: { default: '*', env: 'CORS_ORIGIN' }", files: { 'package.json': PKG, 'src/config.js': CONFIG, 'src/server.js': SERVER, Dockerfile: DF() },
      errors: [{ file: 'src/config.js', line: 3, column: 71, message: /^convict setting corsOrigin defaults to \* when CORS_ORIGIN is unset and allows any origin/ }] },
  ],
});

testCheck(defaultCredentials, {
  valid: [
    { name: 'a secret setting without a default and a strong one', files: { 'package.json': PKG, 'src/config.js': "const convict = require('convict');\nmodule.exports = convict({\n  sessionSecret: { doc: 'Session secret', format: String, default: '', env: 'SESSION_SECRET' },\n  apiKey: { doc: 'key', format: String, default: null, env: 'API_KEY' },\n});\n" } },
  ],
  invalid: [
    { name: 'secret defaults bound to variables', files: { 'package.json': PKG, 'src/config.js': CONFIG, Dockerfile: DF() }, errors: [
      { file: 'src/config.js', line: 4, severity: 'high', message: /^sessionSecret falls back to a well-known default value when SESSION_SECRET is unset/ },
      { file: 'src/config.js', line: 5, message: /^dbPassword falls back to a placeholder value when DB_PASSWORD is unset/ },
    ] },
    { name: 'a nested schema over several lines', files: { 'package.json': PKG, 'src/config.ts': MULTI },
      errors: [{ file: 'src/config.ts', line: 7, column: 17, message: /^secret falls back to a placeholder value when JWT_SECRET is unset/ }] },
  ],
});
