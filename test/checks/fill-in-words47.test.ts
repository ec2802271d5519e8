import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { isSpacedFillIn } from '../../src/checks/util/fill-in.js';
import { isDefaultCredential } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 47 mends: util/fill-in.ts kept its own copies of the secret words and the describing words of util/secrets.ts. It
// shares them now: a spaced fill-in ends in any placeholder secret word (plurals, `pw`, `creds` too) and may describe it with
// any describing word secrets.ts knows (`really`, `that`, `not`, `insecure`…), besides its own words for what a secret is for.
const compose = (rows: Record<string, string>) => ['services:', '  a:', '    image: pihole/pihole:2024.07.0', '    environment:',
  ...Object.entries(rows).map(([k, v]) => `      ${k}: '${v}'`), ''].join('\n');
const run = async (rows: Record<string, string>) => (await runCase(defaultCredentials, { name: 'fillin47', files: { 'docker-compose.yml': compose(rows) } })).findings;

const NOW_FILL_INS = ['put your api keys here', 'set your creds here', 'your pw here', 'place the secrets here', 'set a really strong password here',
  'specify an insecure password here', 'set that password here', 'store your tokens here'];

describe('spaced fill-ins share the secret and describing words of util/secrets.ts', () => {
  it('fill-ins ending in a plural or short secret word, or described by a word secrets.ts knows, are fill-ins', () => {
    for (const v of NOW_FILL_INS) expect(isSpacedFillIn(v), v).toBe(true);
    // Still: the verbs and purposes of a fill-in of its own.
    for (const v of ['set your password here', 'use your own jwt secret here', 'please set the admin password here, or it will be random']) expect(isSpacedFillIn(v), v).toBe(true);
  });

  it('the lookalikes stay none: prompts, sentences, words that describe no secret, nothing after the secret word but here', () => {
    for (const v of ['enter your passwords here', 'type your keys here', 'your password is here', 'here are your keys', 'set the kettle passwords here',
      'keys here', 'your passwords here are wrong', 'click here to reset your tokens', 'change your creds here'])
      expect(isSpacedFillIn(v), v).toBe(false);
    // secrets.ts's own narrower instruction rule is unchanged: `set … here` is no default credential there (only a fill-in here).
    expect(isDefaultCredential('set your password here')).toBe(false);
    expect(isDefaultCredential('put your api keys here')).toBe(true);
  });

  it('default-credentials fails them at the value as placeholders', async () => {
    const found = await run({ A_PASSWORD: 'put your api keys here', B_PASSWORD: 'set your creds here', C_PASSWORD: 'set a really strong password here', D_PASSWORD: 'your password is here' });
    expect(found.map((f) => f.line)).toEqual([5, 6, 7]);
    expect(found.every((f) => / is set to a placeholder value; /.test(f.message))).toBe(true);
  });
});
