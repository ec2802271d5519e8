import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA43 fullrepos23 D4: "Production does not run `next dev`" bound production-server, "Production doesn't run `next dev`"
// stayed manual: the negation before the dev server read "not" only, not a contraction's "n't".
describe('production-server: a contracted negation before the dev server', () => {
  it.each([
    'Production does not run `next dev`',
    "Production doesn't run `next dev`",
    "Production doesn't use nodemon",
    "Production isn't running a dev server",
    'The app isn’t started with nodemon in prod',
    "We don't run `rails server` in production",
  ])('%s binds production-server', (text) => {
    expect(matchItem(text, { headings: [] }).checks).toEqual(['production-server']);
  });
  it.each([
    "Don't point the mobile app at the dev server",
    "We don't run load tests against the development server",
    "Devs shouldn't run `next dev` in CI",
  ])('%s stays manual', (text) => {
    expect(matchItem(text, { headings: [] }).checks).toEqual([]);
  });
});
