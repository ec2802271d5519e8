import { describe, expect, it } from 'vitest';
import { isAttester, parseAttesters } from '../../src/gate/attesters.js';

// Second code review of stop 52, N6: role words that are no author association (`members`, `maintainers`, `admin`,
// `write`) were read as GitHub logins, so whoever owns that account could sign off and no member or maintainer could.
const parse = (text: string) => parseAttesters([{ text, label: "input 'attesters' line 1" }]);

describe('attesters: role words that are no association', () => {
  it.each(['MEMBERS', 'Owners', 'members', 'owners', 'collaborators'])('%s is a configuration error naming the association', (word) => {
    const plural = word.toUpperCase().replace(/S$/, '');
    expect(() => parse(word)).toThrow(new RegExp(`input 'attesters' line 1: "${word}" names a role, not a login: write ${plural} for the association; or write @${word} for the login`));
  });
  it.each(['maintainers', 'admins', 'admin', 'maintain', 'write'])('%s is a configuration error listing the associations', (word) => {
    expect(() => parse(word)).toThrow(/names a role, not a login: GitHub's author associations are OWNER, MEMBER, COLLABORATOR/);
  });
  it('written with @, the word is the login; other logins and exact associations are as before', () => {
    const a = parse('@members, alice, MEMBER');
    expect(isAttester(a, 'members', 'NONE')).toBe(true);
    expect(isAttester(a, 'Alice', 'NONE')).toBe(true);
    expect(isAttester(a, 'bob', 'MEMBER')).toBe(true);
    expect(isAttester(a, 'bob', 'CONTRIBUTOR')).toBe(false);
  });
});
