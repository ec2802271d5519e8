import { testCheck } from '../helpers/check-tester.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';

// QA51 configlibs D12: JS/TS `*_TOKEN`/`*_KEY` (and `*_PASS`) names set to a placeholder are read as `*_SECRET` ones are, and
// as the same names are in Python and compose (the JS line search looked only for secret/password words before).
const MSG = /^\w+ is set to a placeholder value; set a strong generated secret from a secret store instead$/;

testCheck(defaultCredentials, {
  valid: [
    { name: 'publishable keys, field names, header names and a test file', files: {
      'src/ui.tsx': "const items = [{ key: 'password', label: 'Password' }];\nexport const TOKEN_TYPE = 'Bearer';\nexport const STRIPE_PUBLISHABLE_KEY = 'changeme';\nexport const API_KEY_HEADER = 'x-api-key';\nexport const TOKEN_KEY = 'token';\nexport const STORAGE_KEY = 'auth_token';\n",
      'src/config.test.ts': "export const API_KEY = 'changeme';\n",
    } },
  ],
  invalid: [
    { name: 'next.config.js env values under token and key names', files: {
      'next.config.js': "module.exports = {\n  env: {\n    STRIPE_API_KEY: 'changeme',\n    GITHUB_TOKEN: 'changeme',\n    API_SECRET: 'changeme',\n  },\n};\n",
    }, errors: [
      { file: 'next.config.js', line: 3, column: 22, severity: 'high', message: MSG },
      { file: 'next.config.js', line: 4, column: 20, message: MSG },
      { file: 'next.config.js', line: 5, message: MSG },
    ] },
    { name: 'TypeScript constants under token, key and pass names', files: {
      'src/config.ts': "export const AUTH_TOKEN = 'changeme';\nexport const API_KEY = 'changeme';\nconst DB_PASS = 'changeme';\nexport const JWT_SECRET = 'changeme';\n",
    }, errors: [
      { file: 'src/config.ts', line: 1, message: /^AUTH_TOKEN is set to a placeholder value/ },
      { file: 'src/config.ts', line: 2, message: /^API_KEY is set to a placeholder value/ },
      { file: 'src/config.ts', line: 3, message: /^DB_PASS is set to a placeholder value/ },
      { file: 'src/config.ts', line: 4, message: /^JWT_SECRET is set to a placeholder value/ },
    ] },
    { name: 'a camelCase object entry', files: { 'src/client.js': "module.exports = { apiKey: 'changeme', authToken: 'changeme' };\n" },
      errors: [{ file: 'src/client.js', line: 1, message: /^apiKey is set to a placeholder value/ }] },
  ],
});
