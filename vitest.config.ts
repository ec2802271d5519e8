import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [{
    // Dependencies load as in the bundle (ncc adds no `development` condition): unified's packages otherwise load their
    // dev builds, whose internal assertions throw on input the shipped builds parse (a fuzzed `*\n[x]    - [x] `).
    name: 'shipped-conditions',
    configResolved(config) {
      const conditions = config.ssr.resolve?.conditions;
      if (conditions) config.ssr.resolve!.conditions = conditions.filter((c) => c !== 'development' && c !== 'development|production');
    },
  }],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One temporary root per run, removed at the end (test/helpers/temp-root.ts).
    globalSetup: ['test/helpers/temp-root.ts'],
  },
});
