/** File-name classification shared by the snapshot and the checks (pure, path-only). */

export const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
export const dirname = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/**
 * `rel` resolved against the repository folder `dir` (`.` and `..` applied, `/`-separated);
 * '' when it climbs out of the repository.
 */
export function joinPath(dir: string, rel: string): string {
  const out: string[] = [];
  for (const p of (dir ? dir.split('/') : []).concat(rel.split('/'))) {
    if (p === '' || p === '.') continue;
    if (p === '..') { if (!out.length) return ''; out.pop(); } else out.push(p);
  }
  return out.join('/');
}

export function isDockerfile(path: string): boolean {
  const b = basename(path);
  return /^(Dockerfile|Containerfile)(\..+)?$/i.test(b) || /\.(Dockerfile|Containerfile)$/i.test(b);
}

export function isComposeFile(path: string): boolean {
  return /^(docker-compose|compose)(\.[^/]+)?\.ya?ml$/i.test(basename(path));
}

export function isYamlFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** GitHub workflow files are YAML but never deploy config. */
export function isWorkflowFile(path: string): boolean {
  return /(^|\/)\.github\/(workflows|actions)\//.test(path) || /(^|\/)action\.ya?ml$/.test(path);
}

/** `.env`, `.env.<anything>`, `<name>.env`. */
export function isEnvFile(path: string): boolean {
  const b = basename(path);
  return b === '.env' || b.startsWith('.env.') || (/^[^.].*\.env$/.test(b));
}

export function isProcfile(path: string): boolean {
  return /^Procfile(\..+)?$/.test(basename(path));
}

export function isNginxCandidate(path: string): boolean {
  // Debian-style site files have no extension: `sites-available/default`.
  return /\.conf(\.template)?$/i.test(basename(path)) || /(^|\/)(sites-available|sites-enabled|conf\.d)\/[^/]+$/.test(path);
}

export function isPython(path: string): boolean {
  return /\.py$/i.test(path);
}

export function isJavaScript(path: string): boolean {
  return /\.(c|m)?(j|t)sx?$/i.test(path) && !/\.d\.ts$/.test(path) && !/\.min\.js$/.test(path);
}

/** Template files (`.env.example`, `example.env`, `config.sample`, …) are exempt from value checks. */
export function isTemplate(path: string): boolean {
  const b = basename(path).toLowerCase();
  return /\.(example|sample|template|tpl|dist)$/.test(b) || /^(example|sample)\./.test(b) || /\.(example|sample|template|dist)\./.test(b);
}

/** Files that are by name for development only: their findings become `info` notes. */
export function isDevOnly(path: string): boolean {
  const b = basename(path).toLowerCase();
  if (/^(docker-)?compose\.(override|dev|development|local|test)\.ya?ml$/.test(b)) return true;
  if (/^(dockerfile|containerfile)\.(dev|development|local|test)$/.test(b) || /^(dev|development|local)\.dockerfile$/.test(b)) return true;
  if (b === 'procfile.dev' || b === '.env.development' || b === '.env.dev' || b === '.env.local' || b === '.env.test') return true;
  if (/(^|\/)settings\/(local|dev[^/]*|test[^/]*)\.py$/.test(path)) return true;
  // By place: dev containers and dev-only deploy folders (`compose/local/django/Dockerfile`, `docker/dev/…`).
  if (/(^|\/)(\.devcontainer|dev|development|local)\//i.test(path)) return true;
  return false;
}

/** Lockfiles, minified and vendored files: skipped by content scanners. */
export function isVendoredOrGenerated(path: string): boolean {
  const b = basename(path);
  if (/^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|Cargo\.lock|composer\.lock|Gemfile\.lock|go\.sum|bun\.lockb?|uv\.lock|Podfile\.lock|mix\.lock|flake\.lock|packages\.lock\.json|gradle\.lockfile)$/.test(b)) return true;
  if (/\.min\.(js|css)$/.test(b) || /\.map$/.test(b)) return true;
  return /(^|\/)(node_modules|_?vendor|third_party|bower_components|\.yarn|site-packages|dist-packages)\//.test(path);
}

const TEST_PATH_RE = /(?:^|\/)(?:tests?|testing|__tests__|spec|specs|fixtures?|testdata|test-data|mocks?|__mocks__|e2e|cypress)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec|stories)\.[a-z]+|conftest\.py)$/i;

/** Tests, fixtures, mocks and stories (by folder or name): what they configure never reaches production. */
export function isTestFile(path: string): boolean {
  return TEST_PATH_RE.test(path);
}
