import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 secrets18 D6: credentials a command writes with white space instead of `=` were missed: `npm config set
// //registry/:_authToken <token>` (npm's documented way to write the `.npmrc` setting) and a `.netrc` written by printf.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'cmdcreds45', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column}`).sort();
};

describe('registry and .netrc credentials written by commands', () => {
  it('a literal token or password is reported at its value, in a Dockerfile and a shell script', async () => {
    expect(await run({
      Dockerfile: 'FROM node:20.11-alpine\nRUN npm config set //registry.acme.io/:_authToken Cf7Vt2LmZ9xPR4sWbN8eJc31 && npm ci\nRUN printf "machine git.acme.io\\nlogin ci\\npassword Nr7Vt2LmZ9xPR4sWbN8eJc31\\n" > /root/.netrc\nUSER node\n',
      'scripts/publish.sh': '#!/bin/sh\nyarn config set npmAuthToken "Yt4Kq9WzR2mX7bN5cV8pL3sD" \necho "machine gh.io login bot password Pq8Wn3Kz7Xr2Vt5Lm9Bc4Hd" >> ~/.netrc\n',
    })).toEqual(['Dockerfile:2:51', 'Dockerfile:3:53', 'scripts/publish.sh:2:31', 'scripts/publish.sh:3:40']);
  });
  it('a command with many flags and no credential is read in linear time (review B1: nested quantifiers backtracked exponentially)', async () => {
    const flags = Array.from({ length: 60 }, () => '--a').join(' ');
    const third = `npm config set --location=project ${flags} //r.io/:_authToken `;
    expect(await run({ 'deploy.sh': `#!/bin/sh\nnpm config set ${flags} x\n${third}Kq7Vt2LmZ9xPR4sWbN8eJc31\n` })).toEqual([`deploy.sh:3:${third.length + 1}`]);
  });
  it('references, placeholders and other settings pass', async () => {
    expect(await run({
      Dockerfile: 'FROM node:20.11-alpine\nRUN npm config set //registry.acme.io/:_authToken ${NPM_TOKEN} && npm ci\nRUN npm config set registry https://registry.acme.io/\nRUN printf "machine git.acme.io\\nlogin ci\\npassword $NETRC_PASSWORD\\n" > /root/.netrc\nUSER node\n',
      'scripts/publish.sh': '#!/bin/sh\nnpm config set //r.io/:_authToken "$TOKEN"\necho "password changeme" >> ~/.netrc\necho "your password please" > notes.txt\n',
    })).toEqual([]);
  });
});
