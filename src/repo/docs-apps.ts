/**
 * The `docs/` folders that are applications of a monorepo, not documentation (see {@link docsAppFolders}). A `docs/`
 * folder is otherwise an illustration folder (classify.ts): what it holds shows how to run something.
 */
import picomatch from 'picomatch';
import { basename, isDockerfile } from './classify.js';
import { parseJsonc } from './json.js';
import { isObject, parseYaml } from './yaml.js';

/** The folders of a monorepo that hold one app or service per subfolder (`apps/docs/`, `services/docs/`, `sites/docs/`). */
const APP_COLLECTION = /^(?:apps|services|packages|microservices|projects|svc|servers|sites)$/i;
/** The package.json scripts of an app that is built and served (Next.js' `dev`/`build`/`start`, Docusaurus' `start`/`build`/`serve`). */
const APP_SCRIPT = /^(?:build|start|dev|serve|preview)$/;
/** At most this many candidate folders are weighed (a repository with more `…/docs/` folders keeps the rest illustrations). */
const MAX_CANDIDATES = 500;
/** Ancestors asked for a workspace definition above a candidate (the repository root included). */
const MAX_WORKSPACE_DEPTH = 12;

/**
 * The `docs/` folders (repository paths with their trailing `/`) that are an app of a monorepo, judged like any other
 * app: a `docs` folder below some other folder (`apps/docs/`, `packages/docs/`, never the repository's own top-level
 * `docs/`) that is either
 * - a workspace package with an app's scripts: its own `package.json` has a `build`, `start`, `dev`, `serve` or `preview`
 *   script, and a workspace definition above it lists it (a `package.json`'s `workspaces`, `pnpm-workspace.yaml`'s or
 *   `lerna.json`'s `packages` — the ones Turborepo and Nx run on — whose globs match it, one folder or more below that
 *   workspace's root: a workspace's own `docs/` is its documentation); or an Nx application (its `project.json` has
 *   `projectType: application`, or no `projectType` and a `serve`, `start`, `dev` or `preview` target) one folder or more
 *   below an `nx.json` that parses (an object); or
 * - a folder of a monorepo's app collection (`apps/`, `services/`, `packages/`, `sites/`, `microservices/`, `projects/`…)
 *   that builds an image of its own: a Dockerfile directly in it. A deployment-named folder alone (`k8s/`, `deployment/`,
 *   `helm/`) is no app signal: a documentation package has chapters named so, with sample manifests (QA48 review B2).
 * Any other `docs/` (a repository's top-level `docs/`, `website/docs/`, `packages/foo/docs/`) stays documentation, and so
 * do the illustration folders inside an app (`apps/docs/examples/`, `apps/docs/docs/`).
 *
 * `files` are the listed files (repository paths) of the scanned folder `base` ('' for the repository root); `readFile`
 * gives a repository file's text, undefined when it is not there: only listed files are read, and files outside the
 * scanned folder (a workspace root above it).
 */
export function docsAppFolders(files: readonly string[], base: string, readFile: (path: string) => string | undefined): string[] {
  // Candidates and, for each, whether a Dockerfile is directly in it.
  const deployed = new Map<string, boolean>();
  for (const f of files) {
    if (!f.includes('docs/')) continue;
    for (let i = f.indexOf('/docs/'); i > 0; i = f.indexOf('/docs/', i + 1)) {
      const dir = f.slice(0, i + 6);
      if (!deployed.has(dir)) {
        if (deployed.size >= MAX_CANDIDATES) continue;
        deployed.set(dir, false);
      }
      if (deployed.get(dir)) continue;
      const rest = f.slice(dir.length);
      if (!rest.includes('/') && isDockerfile(rest)) deployed.set(dir, true);
    }
  }
  if (!deployed.size) return [];
  const listed = new Set(files);
  const read = (p: string) => (listed.has(p) || (base !== '' && !p.startsWith(`${base}/`)) ? readFile(p) : undefined);
  const workspaces = new Map<string, ((rel: string) => boolean) | null>();
  const workspaceOf = (root: string) => {
    if (!workspaces.has(root)) workspaces.set(root, workspaceMatcher(root, read));
    return workspaces.get(root)!;
  };
  const apps: string[] = [];
  for (const [dir, ownDockerfile] of deployed) {
    const parent = dir.slice(0, -'docs/'.length);
    if (ownDockerfile && APP_COLLECTION.test(basename(parent.slice(0, -1)))) { apps.push(dir); continue; }
    const npmApp = listed.has(`${dir}package.json`) && hasAppScript(read(`${dir}package.json`));
    const nxApp = listed.has(`${dir}project.json`) && isNxApp(read(`${dir}project.json`));
    if (!npmApp && !nxApp) continue;
    // A workspace root above it whose globs list it (an Nx workspace's `nx.json`, for a project.json), one folder or
    // more below the root (`apps/docs`, not `docs`).
    let root = parent;
    for (let depth = 0; depth < MAX_WORKSPACE_DEPTH; depth++) {
      root = root === '' ? '' : root.slice(0, root.lastIndexOf('/', root.length - 2) + 1);
      const rel = dir.slice(root.length, -1);
      if (rel.includes('/') && ((npmApp && workspaceOf(root)?.(rel)) || (nxApp && isObject(parseJson(read(`${root}nx.json`)))))) { apps.push(dir); break; }
      if (root === '') break;
    }
  }
  return apps.sort();
}

/**
 * The folders directly in a docs app that hold its documentation, whatever their names: Docusaurus' `docs/`,
 * `versioned_docs/`, `i18n/` (translated docs) and `blog/`, Nextra's and Contentlayer's `content/`, Mintlify's `snippets/`,
 * and the static files a site serves as they are (`static/`, `public/`: a sample compose file offered for download).
 */
const DOCS_CONTENT_FOLDER = /^(?:docs|versioned_docs|i18n|blog|content|snippets|static|public)$/;
/** A documentation page (Markdown, MDX, reStructuredText, AsciiDoc). */
const DOC_PAGE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;
/** Pages that document a folder rather than being a chapter's: a chart's or a deploy folder's README, CHANGELOG, licence. */
const FOLDER_NOTE = /^(?:readme|changelog|changes|history|licen[cs]e|notice|notes|contributing|security|code_of_conduct|authors|maintainers|owners)(?:[._-]|$)/i;
/** A docs app's code and configuration folders, its own whatever pages they hold (Next.js' `app/page.mdx`, VitePress' `.vitepress/`). */
const APP_CODE_FOLDER = /^(?:src|app|pages|api|server|lib|components|config|scripts|\..*)$/i;

/**
 * The documentation folders of the docs apps `apps` (docsAppFolders' answer), repository paths with their trailing `/`:
 * a folder directly in a docs app that is named for documentation (DOCS_CONTENT_FOLDER), or that is a chapter of it —
 * a documentation page directly in it (`apps/docs/self-hosting/docker.mdx` beside the `docker-compose.yml` it shows, a
 * docs package's `deployment/kubernetes.md` beside its sample manifest; not a README or CHANGELOG, which a deploy folder or
 * chart of the app has, nor the app's code folders, APP_CODE_FOLDER). What they hold stays an illustration; the rest of
 * the app (its Dockerfile, deploy folders, env files, package.json, code) is judged (QA48 review S1).
 */
export function docsAppContentFolders(files: readonly string[], apps: readonly string[]): string[] {
  if (!apps.length) return [];
  const appSet = new Set(apps);
  const content = new Set<string>();
  for (const f of files) {
    if (!f.includes('docs/')) continue;
    for (let i = f.indexOf('docs/'); i >= 0; i = f.indexOf('docs/', i + 5)) {
      if (i > 0 && f.charCodeAt(i - 1) !== 47) continue;
      const app = f.slice(0, i + 5);
      if (!appSet.has(app)) continue;
      const rest = f.slice(app.length);
      const slash = rest.indexOf('/');
      if (slash <= 0) continue;
      const folder = rest.slice(0, slash);
      const name = rest.slice(slash + 1);
      if (DOCS_CONTENT_FOLDER.test(folder) || (!name.includes('/') && DOC_PAGE.test(name) && !FOLDER_NOTE.test(name) && !APP_CODE_FOLDER.test(folder))) content.add(`${app}${folder}/`);
    }
  }
  return [...content].sort();
}

/** Whether a package.json text has an app's script (APP_SCRIPT). */
function hasAppScript(text: string | undefined): boolean {
  const pkg = parseJson(text);
  const scripts = isObject(pkg) ? pkg['scripts'] : undefined;
  return isObject(scripts) && Object.keys(scripts).some((k) => APP_SCRIPT.test(k) && typeof scripts[k] === 'string');
}

/** The Nx targets that serve an app: a library has none (it may have a `build`, `@nx/js:tsc`). */
const NX_SERVE_TARGET = /^(?:serve|start|dev|preview)$/;

/**
 * Whether an Nx project.json is an application's: its `projectType` when it has one (`application`; a `library` is none,
 * whatever its targets), else a target that serves it (`serve`, `start`, `dev`, `preview`; a `build` alone is a
 * library's as well).
 */
function isNxApp(text: string | undefined): boolean {
  const project = parseJson(text);
  if (!isObject(project)) return false;
  const type = project['projectType'];
  if (type !== undefined && type !== null) return type === 'application';
  const targets = project['targets'];
  return isObject(targets) && Object.keys(targets).some((k) => NX_SERVE_TARGET.test(k));
}

/** A package.json, project.json, nx.json or lerna.json text read as JSONC (Nx and editors accept comments), or undefined. */
const parseJson = (text: string | undefined): unknown => (text === undefined ? undefined : parseJsonc(text));

/**
 * The workspace packages the folder `root` (with its trailing `/`, '' for the repository root) defines, as a matcher of
 * folders relative to it: its `package.json` `workspaces` (a list, or Yarn's `{ packages: [...] }`), `pnpm-workspace.yaml`
 * `packages` and `lerna.json` `packages`, `!` globs excluding. Null when it defines none.
 */
function workspaceMatcher(root: string, read: (path: string) => string | undefined): ((rel: string) => boolean) | null {
  const globs: string[] = [];
  const add = (list: unknown) => { if (Array.isArray(list)) for (const g of list) if (typeof g === 'string' && g.trim()) globs.push(g.trim()); };
  const pkg = parseJson(read(`${root}package.json`));
  if (isObject(pkg)) {
    const ws = pkg['workspaces'];
    add(isObject(ws) ? ws['packages'] : ws);
  }
  const lerna = parseJson(read(`${root}lerna.json`));
  if (isObject(lerna)) add(lerna['packages']);
  const pnpmText = read(`${root}pnpm-workspace.yaml`) ?? read(`${root}pnpm-workspace.yml`);
  if (pnpmText !== undefined) {
    const doc = parseYaml(`${root}pnpm-workspace.yaml`, pnpmText).docs[0]?.value;
    if (isObject(doc)) add(doc['packages']);
  }
  const clean = (g: string) => g.replace(/^\.\//, '').replace(/\/+$/, '');
  const pos = globs.filter((g) => !g.startsWith('!')).map(clean).filter(Boolean);
  if (!pos.length) return null;
  const neg = globs.filter((g) => g.startsWith('!')).map((g) => clean(g.slice(1))).filter(Boolean);
  try {
    const include = picomatch(pos, { dot: true });
    const exclude = neg.length ? picomatch(neg, { dot: true }) : null;
    return (rel) => include(rel) && !exclude?.(rel);
  } catch {
    // A glob picomatch refuses (longer than it takes) lists nothing here, as the package manager would refuse it.
    return null;
  }
}
