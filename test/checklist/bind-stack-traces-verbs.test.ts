import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA39 sweep 2: "No stack traces on the 500 page" bound while "500 page does not leak stack traces" stayed manual.
describe('matcher: stack traces kept from clients, with does not / will not', () => {
  it.each(['500 page does not leak stack traces', "The API doesn't return stack traces", 'Error pages will not show stack traces', "Errors won't expose stack traces"])('binds: %s', (text) => {
    expect(matchItem(text, { headings: [] }).checks).toEqual(['debug-mode']);
  });
  it.each(['Logging does not drop stack traces', 'Sentry does not receive stack traces yet'])('stays manual: %s', (text) => {
    expect(matchItem(text, { headings: [] }).checks).toEqual([]);
  });
});
