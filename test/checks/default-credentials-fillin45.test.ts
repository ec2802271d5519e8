import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { isSpacedFillIn } from '../../src/checks/util/fill-in.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 oss16 D1: spaced fill-ins (`set your password here`, `place your secret here`, `your password here`, Pi-hole's README
// `set a secure password here or it will be random`) passed unless the verb was put/insert/add/paste, while the dashed
// `set-a-secure-password-here` was flagged.
const compose = (rows: Record<string, string>) => ['services:', '  a:', '    image: pihole/pihole:2024.07.0', '    environment:',
  ...Object.entries(rows).map(([k, v]) => `      ${k}: '${v}'`), ''].join('\n');
const run = async (rows: Record<string, string>) => (await runCase(defaultCredentials, { name: 'fillin45', files: { 'docker-compose.yml': compose(rows) } })).findings;

describe('default-credentials: spaced fill-in placeholders (QA45 oss16 D1)', () => {
  it('set/place/possessive/Pi-hole fill-ins fail at the value, described as placeholders, never printed', async () => {
    const found = await run({
      D_PASSWORD: 'set your password here', C_SECRET: 'place your secret here', F_PASSWORD: 'your password here',
      WEBPASSWORD: 'set a secure password here or it will be random', G_TOKEN: 'Please add a strong API token here.',
    });
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual(['5:20', '6:18', '7:20', '8:21', '9:17']);
    expect(found.every((f) => !f.note && / is set to a placeholder value; /.test(f.message))).toBe(true);
    expect(found.map((f) => f.message).join('\n')).not.toMatch(/your password|secure password/);
  });

  it('the lookalikes pass: a passphrase, prompts, link texts, sentences, and a value with a word that is no description', async () => {
    const found = await run({
      A_PASSWORD: 'correct horse battery staple', B_PASSWORD: 'Enter your password here', C_PASSWORD: 'Type your password here',
      D_PASSWORD: 'Click here to reset your password', E_PASSWORD: 'Change your password here', F_PASSWORD: 'set a new password',
      G_PASSWORD: 'set the kettle password here', H_PASSWORD: 'your password here is wrong', I_PASSWORD: 'here is your password',
    });
    expect(found).toEqual([]);
  });

  it('isSpacedFillIn: the rule alone', () => {
    for (const v of ['set your password here', 'your api key here', 'fill in your secret here', 'use your own jwt secret here', 'please set the admin password here, or it will be random'])
      expect(isSpacedFillIn(v), v).toBe(true);
    for (const v of ['correct horse battery staple', 'amber falcon ridge here', 'enter your password here', 'password here', 'set-your-password-here', 'set your password here 123'])
      expect(isSpacedFillIn(v), v).toBe(false);
  });
});
