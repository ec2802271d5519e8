import { expect, it } from 'vitest';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

testCheck(envFileNotIgnored, {
  valid: [
    { name: 'plain .env rule', files: { '.gitignore': 'node_modules/\n.env\n', 'app.py': '' } },
    { name: '.env* with template re-included', files: { '.gitignore': '.env*\n!.env.example\n', '.env.example': 'A=\n', 'api/.env.example': 'A=\n' } },
    { name: '*.env matches .env', files: { '.gitignore': '*.env\n', '.env.example': 'A=\n' } },
    { name: '.env.* plus .env with production template', files: { '.gitignore': '.env\n.env.*\n!*.example\n', '.env.production.example': 'A=\n' } },
    { name: 'nested .gitignore covers its folder', files: { '.gitignore': '/.env\n', 'services/api/.gitignore': '.env\n', 'services/api/.env.sample': 'A=\n' } },
    { name: 'CRLF gitignore', files: { '.gitignore': 'dist\r\n.env\r\n', '.env.example': 'A=\n' } },
    { name: 'ignored with a later negation of another name', files: { '.gitignore': '**/.env\n!.env.example\n', 'web/.env.template': 'A=\n' } },
  ],
  invalid: [
    { name: 'gitignore without env rule', files: { '.gitignore': 'node_modules/\n__pycache__/\n', 'app.py': '' }, errors: [{ file: '.gitignore', line: 1, message: "does not ignore '.env'" }] },
    { name: 'negated .env', files: { '.gitignore': '.env*\n!.env\n', '.env.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1 }] },
    { name: 'root-anchored rule misses sub-folder', files: { '.gitignore': '/.env\n', 'api/.env.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1, message: "'api/.env'" }] },
    { name: 'template names an unignored real file', files: { '.gitignore': '.env\n', '.env.production.example': 'A=\n' }, errors: [{ file: '.gitignore', line: 1, message: "'.env.production'" }] },
    { name: 'no gitignore: points at the template', files: { '.env.example': 'A=\n', 'app.py': '' }, errors: [{ file: '.env.example', line: 1, message: 'no .gitignore' }] },
    { name: 'nested gitignore is the nearest', files: { '.gitignore': '/.env\n', 'svc/.gitignore': 'build/\n', 'svc/.env.sample': 'A=\n' }, errors: [{ file: 'svc/.gitignore', line: 1, message: "'svc/.env'" }] },
    { name: 'committed env file next to no rule', files: { '.gitignore': 'dist/\n', 'deploy/prod.env': 'A=1\n' }, errors: [{ file: '.gitignore', line: 1, message: "'.env', 'deploy/.env'" }] },
  ],
});

it('lists every unignored path in one finding per .gitignore', async () => {
  const out = await runCase(envFileNotIgnored, { name: 'x', files: { '.gitignore': 'x\n', 'a/.env.example': '', 'b/.env.example': '' } });
  expect(out.findings).toHaveLength(1);
  expect(out.findings[0]!.message).toContain("'.env', 'a/.env', 'b/.env'");
});
