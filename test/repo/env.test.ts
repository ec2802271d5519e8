import { expect, it } from 'vitest';
import { parseEnv } from '../../src/repo/env.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

it('reads values as dotenv and Compose do: a # after white space starts a comment, also right after =', () => {
  const text = 'A=1 # for now\nB=ab#c\nC=#x\nD=   # set in vault\nE=\t# change me later\nF="# quoted" # c\nexport G = v\n';
  expect(parseEnv('.env', text).entries.map((e) => [e.key, e.value])).toEqual([
    ['A', '1'], ['B', 'ab#c'], ['C', '#x'], ['D', ''], ['E', ''], ['F', '# quoted'], ['G', 'v'],
  ]);
});

it('an env value that is only a comment is empty, not a placeholder', async () => {
  const out = await runCase(defaultCredentials, { name: 'x', files: { '.env.production': 'SECRET_KEY=   # set in vault\nDB_PASSWORD=\t\t# change me later\n' } });
  expect(out.findings).toEqual([]);
});
