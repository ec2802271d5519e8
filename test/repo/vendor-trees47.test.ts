import { describe, expect, it } from 'vitest';
import { isVendoredOrGenerated } from '../../src/repo/classify.js';

// Review 47 R2/R3: the monorepo27 D2 fix (a team's `services/vendor/` service judged by the content scanners) let the
// content scanners read real vendored trees whose first folder looks like a project's own: Go's `go mod vendor` output for
// a module path without a dot (`vendor/internal/lib/`) and gb's `vendor/src/github.com/…`. Every vendor/ folder stays out
// of the content scanners but a monorepo's service named vendor.

describe('content scanners skip every vendor/ folder but a monorepo service named vendor (review 47 R2/R3)', () => {
  it.each([
    'vendor/internal/lib/config.go',
    'vendor/src/github.com/acme/conf/conf.go',
    'vendor/modules.txt',
    'vendor/github.com/x/y/a.go',
    'static/vendor/bootstrap/js/bootstrap.js',
    'vendor/assets/javascripts/select2.js',
    'src/vendor/chart.js',
    'services/api/vendor/internal/x.go',
    'services/vendor/vendor/github.com/x/a.go',
  ])('%s is skipped', (path) => {
    expect(isVendoredOrGenerated(path)).toBe(true);
  });

  it.each([
    'services/vendor/src/app.py',
    'services/vendor/app.py',
    'apps/vendor/main.py',
    'packages/vendor/src/index.ts',
    'src/vendors/app.py',
  ])('%s is judged', (path) => {
    expect(isVendoredOrGenerated(path)).toBe(false);
  });
});
