import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 49 (fullrepos27 D1): "No debug flags in deploy config", "No debug flags in production", "No debug settings in the
// production config" stayed manual while "Debug flags off in production" bound debug-mode: the negated-risk form names the
// debug switch by its flags or settings.

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('fullrepos27 D1: the debug switch named by its flags or settings', () => {
  it.each([
    'No debug flags in deploy config',
    'No debug flags in production',
    'No debug settings in the production config',
    'No debug switches in prod',
    'No DEBUG env vars in deploy config',
    "Don't enable debug flags in production",
    'Debug flags removed from deploy config',
    'Remove debug settings from the production config',
  ])('binds debug-mode: %s', (text) => {
    expect(checksOf(text)).toEqual(['debug-mode']);
  });
  it.each([
    // None needed somewhere, a negated removal, a mobile app, logging, a build type, another subject, a verb.
    'No debug flags needed for staging',
    'We do not remove debug flags',
    'Debug flags not removed yet',
    'No debug flags in the mobile app',
    'No debug logging flags in production',
    'No debug builds in production',
    'No feature flags in debug',
    'Debug the flaky deploy',
    'Document the debug flags',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
