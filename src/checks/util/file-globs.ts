import picomatch from 'picomatch';

/**
 * Globs over repository paths as a checklist writes them, ready for picomatch: one that ends in `/` (`test/`, written as
 * in .gitignore) means everything under that folder (`test/**`), instead of matching nothing; so does a plain path
 * without wildcards (`vendor`, `services/api`): as in .gitignore and Trivy's `--skip-dirs`, naming a folder names what is
 * in it (it still matches a file of that name). The one reading of `paths`/`ignore` (globMatcher) and of the file `allow`
 * options of checks ({@link fileAllowMatcher}).
 */
export function folderGlobs(globs: readonly string[]): string[] {
  return globs.flatMap((g) => (g.endsWith('/') ? [`${g}**`] : picomatch.scan(g).isGlob ? [g] : [g, `${g}/**`]));
}

/**
 * The matcher of a check's `allow` option over repository files (hardcoded-secret, env-file-committed): picomatch globs,
 * dotfiles included. An entry with `/` is read as a `paths` glob is ({@link folderGlobs}: `test/fixtures/` and
 * `test/fixtures` cover everything under that folder); one without (`.env.ci`, `*.pem`) is a file name, at any depth (never
 * a folder: `allow: [config]` exempts files named `config`, not everything in `config/`).
 */
export function fileAllowMatcher(globs: readonly string[]): (file: string) => boolean {
  if (!globs.length) return () => false;
  const paths = globs.filter((g) => g.includes('/'));
  const byPath = paths.length ? picomatch(folderGlobs(paths), { dot: true }) : () => false;
  const names = globs.filter((g) => !g.includes('/'));
  const byName = names.length ? picomatch(names, { dot: true }) : () => false;
  return (file) => byPath(file) || byName(file.slice(file.lastIndexOf('/') + 1));
}
