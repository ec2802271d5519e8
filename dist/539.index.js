export const id = 539;
export const ids = [539];
export const modules = {

/***/ 84592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ isMainComposeFile),
/* harmony export */   Aj: () => (/* binding */ isNginxCandidate),
/* harmony export */   Bt: () => (/* binding */ aspNetSettings),
/* harmony export */   EB: () => (/* binding */ nonProductionEnvironment),
/* harmony export */   EC: () => (/* binding */ DEV_INSTALL_NAME),
/* harmony export */   Ee: () => (/* binding */ isVendored),
/* harmony export */   Fl: () => (/* binding */ isTemplate),
/* harmony export */   GR: () => (/* binding */ hasDevWord),
/* harmony export */   GV: () => (/* binding */ devEnvironmentName),
/* harmony export */   Gk: () => (/* binding */ isVendoredOrGenerated),
/* harmony export */   Gt: () => (/* binding */ DEV_VALUES_FILE),
/* harmony export */   IJ: () => (/* binding */ pathFact),
/* harmony export */   Ke: () => (/* binding */ isComposeCandidate),
/* harmony export */   Kr: () => (/* binding */ isWorkflowFile),
/* harmony export */   Ok: () => (/* binding */ isRoleSettingsModule),
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   Pv: () => (/* binding */ isComposeFile),
/* harmony export */   Qe: () => (/* binding */ isSystemdUnit),
/* harmony export */   RN: () => (/* binding */ isProcfile),
/* harmony export */   Rm: () => (/* binding */ isRenderedEnvTemplate),
/* harmony export */   S2: () => (/* binding */ classifyDocsApps),
/* harmony export */   Vd: () => (/* binding */ classifyUnder),
/* harmony export */   Yz: () => (/* binding */ renderedEnvName),
/* harmony export */   ZT: () => (/* binding */ isTestDockerfile),
/* harmony export */   _U: () => (/* binding */ hasDeployWord),
/* harmony export */   az: () => (/* binding */ isTerraformArgumentFile),
/* harmony export */   b3: () => (/* binding */ DEV_WORD),
/* harmony export */   bC: () => (/* binding */ isTfvarsFile),
/* harmony export */   d_: () => (/* binding */ LOCAL_CLUSTER),
/* harmony export */   eh: () => (/* binding */ isJavaScript),
/* harmony export */   eo: () => (/* binding */ filesEndingIn),
/* harmony export */   hl: () => (/* binding */ isTestFile),
/* harmony export */   iq: () => (/* binding */ rememberPathFacts),
/* harmony export */   jK: () => (/* binding */ filesWhere),
/* harmony export */   mh: () => (/* binding */ isTerraformSource),
/* harmony export */   ot: () => (/* binding */ isRenderedElsewhere),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   pZ: () => (/* binding */ isDockerfile),
/* harmony export */   qb: () => (/* binding */ isEnvFile),
/* harmony export */   r2: () => (/* binding */ isPython),
/* harmony export */   rt: () => (/* binding */ ENV_TEMPLATE_SUFFIX),
/* harmony export */   s2: () => (/* binding */ RENDERED_TEMPLATE_EXTENSIONS),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   uL: () => (/* binding */ isDevOnly),
/* harmony export */   vB: () => (/* binding */ composeNamePart),
/* harmony export */   we: () => (/* binding */ isSpringConfig),
/* harmony export */   wl: () => (/* binding */ isYamlFile),
/* harmony export */   zc: () => (/* binding */ springFileProfile)
/* harmony export */ });
/* unused harmony export devNamePart */
/** File-name classification shared by the snapshot and the checks (pure, path-only). */
/**
 * A path function that keeps its answer for the last path it was asked about: the classifiers
 * below each ask for the basename of the path in hand, one after the other.
 */
function lastPathMemo(fn) {
    let last = null;
    let value;
    return (path) => {
        if (path !== last) {
            value = fn(path);
            last = path;
        }
        return value;
    };
}
/**
 * Answers of the costlier path predicates (several regexes each: tests, templates, dev-only, code
 * files), two bits each (asked, answer) in one small integer per path. Checks walk the whole file
 * list with these again and again (40,000 files, dozens of walks) and a file pass asks each file
 * several times; a lookup (~45 ns) costs a fraction of the regexes (~300 ns for isTestFile), but
 * more than a single short regex, so the one-regex predicates are not memoised. Paths
 * are the listing's own strings, so the map holds no copies (~1.5 MB for 40,000 files); it is
 * cleared when it grows past MAX_FACT_PATHS (a long-lived process that scans many repositories).
 */
const facts = new Map();
const MAX_FACT_PATHS = 400_000;
/** 15 predicates \u00d7 2 bits stay within V8's small integers (31 bits). */
const MAX_FACTS = 15;
let factCount = 0;
/**
 * The scanned folder, relative to the repository root (`--dir examples/app`): paths are classified by
 * their place under it, so a folder the user points at is judged as a project of its own even when the
 * repository keeps it under `examples/` or `test/`. Set by the snapshot (and a scan worker) before any
 * path is classified; changing it forgets the answers kept for the previous folder.
 */
let scanBase = '';
/** Classify paths relative to `base` (see scanBase); '' for the repository root. */
function classifyUnder(base) {
    if (base === scanBase)
        return;
    scanBase = base;
    docsAppsRel = docsAppsUnderScan();
    facts.clear();
    lastPath = null;
    folderEpoch++;
}
/**
 * The `docs/` folders (repository paths with their trailing `/`) that are apps of a monorepo, not documentation
 * (docs-apps.ts docsAppFolders: `apps/docs/` in a workspace, one with its own Dockerfile): the illustration-folder test
 * passes over that one `docs` folder. Set by the snapshot (and a scan worker) from the repository's files, with the
 * scanned folder; changing it forgets the answers kept.
 */
let docsApps = [];
/** docsApps relative to the scanned folder: those strictly under it. */
let docsAppsRel = new Set();
/**
 * The documentation folders of those apps (docs-apps.ts docsAppContentFolders: `apps/docs/versioned_docs/`,
 * `apps/docs/i18n/`, a chapter `apps/docs/self-hosting/`), repository paths with their trailing `/`: illustrations still.
 */
let docsContent = [];
/** docsContent relative to the scanned folder: those strictly under it. */
let docsContentRel = new Set();
/** Judge the `docs/` folders `folders` as apps (see docsApps), but for their documentation folders `content`; [] for none. */
function classifyDocsApps(folders, content = []) {
    const same = (a, b) => a.length === b.length && a.every((f, i) => f === b[i]);
    if (same(folders, docsApps) && same(content, docsContent))
        return;
    docsApps = [...folders];
    docsContent = [...content];
    docsAppsRel = docsAppsUnderScan();
    facts.clear();
    lastPath = null;
    folderEpoch++;
}
function docsAppsUnderScan() {
    docsContentRel = underScanSet(docsContent);
    return underScanSet(docsApps);
}
function underScanSet(folders) {
    return new Set(folders.filter((d) => scanBase === '' || (d.startsWith(`${scanBase}/`) && d.length > scanBase.length + 1)).map((d) => (scanBase === '' ? d : d.slice(scanBase.length + 1))));
}
/** Whether the folder `rel` (relative to the scanned folder, with its trailing `/`) is in a docs app's documentation folder (docsContentRel). */
function inDocsAppContent(rel) {
    if (!docsContentRel.size)
        return false;
    for (let i = rel.indexOf('docs/'); i >= 0; i = rel.indexOf('docs/', i + 5)) {
        if (i > 0 && rel.charCodeAt(i - 1) !== 47)
            continue;
        if (!docsAppsRel.has(rel.slice(0, i + 5)))
            continue;
        const end = rel.indexOf('/', i + 5);
        if (end > i + 5 && docsContentRel.has(rel.slice(0, end + 1)))
            return true;
    }
    return false;
}
/** `rel` (a path relative to the scanned folder) without the `docs/` folders that are apps (docsAppsRel): `apps/docs/k8s/` \u2192 `apps/k8s/`. */
function withoutDocsApps(rel) {
    if (!docsAppsRel.size)
        return rel;
    let out = '';
    let from = 0;
    for (let i = rel.indexOf('docs/'); i >= 0; i = rel.indexOf('docs/', i + 5)) {
        if (i > 0 && rel.charCodeAt(i - 1) !== 47)
            continue;
        if (docsAppsRel.has(rel.slice(0, i + 5))) {
            out += rel.slice(from, i);
            from = i + 5;
        }
    }
    return from ? out + rel.slice(from) : rel;
}
/** Bumped when the scanned folder changes: folder facts (folderFact) kept for the previous one are stale. */
let folderEpoch = 0;
/**
 * A predicate of a path's folder only (`fn` gets the folder with its trailing `/`, '' at the root), keeping its answer for
 * the last folder asked: a listing holds a folder's files together (39,013 paths, 3,654 runs of one folder in the
 * monorepo), and a file pass asks each path's folder tests (tests, illustrations, vendored copies: a few regexes over the
 * whole path) once per scanner. The path's own folder is compared in place, never cut out, until it changes.
 */
function folderFact(fn) {
    let last = null;
    let epoch = -1;
    let value = false;
    return (path) => {
        const end = path.lastIndexOf('/') + 1;
        if (last !== null && epoch === folderEpoch && end === last.length && path.startsWith(last))
            return value;
        last = path.slice(0, end);
        epoch = folderEpoch;
        value = fn(last);
        return value;
    };
}
/** `path` relative to the scanned folder (unchanged when it lies elsewhere). */
function underScan(path) {
    return scanBase && path.startsWith(scanBase) && path.charCodeAt(scanBase.length) === 47 ? path.slice(scanBase.length + 1) : path;
}
function pathFact(fn) {
    if (factCount >= MAX_FACTS)
        throw new Error('too many path facts');
    const asked = 1 << (2 * factCount);
    const yes = asked << 1;
    factCount++;
    return (path) => {
        const bits = path === lastPath ? lastBits : (facts.get(path) ?? 0);
        lastPath = path;
        lastBits = bits;
        if (bits & asked)
            return (bits & yes) !== 0;
        const answer = fn(path);
        if (facts.size >= MAX_FACT_PATHS)
            facts.clear();
        // Read again: `fn` may have recorded other facts of this path (isCodeFile asks isTestFile). The last path's bits are
        // always those kept in `facts`: the map is asked only when `fn` went on to another path.
        const now = (path === lastPath ? lastBits : remember ? (facts.get(path) ?? 0) : 0) | asked | (answer ? yes : 0);
        if (remember)
            facts.set(path, now);
        lastPath = path;
        lastBits = now;
        return answer;
    };
}
/**
 * Whether answers are kept for every path (`facts`), or only for the last one. A scan worker asks about each file once,
 * every scanner in a row (the last path's bits serve that), and nothing after its pass: a map of its 40,000 paths
 * (~1.8 MB, and as much again in the tables it outgrew on the way) would be kept for nothing.
 */
let remember = true;
/** Keep answers for the last path only (`false`: a scan worker), or for every path (the default). */
function rememberPathFacts(on) {
    remember = on;
    if (!on)
        facts.clear();
}
/**
 * The last path asked and its bits (always those in `facts`): a file pass asks one path many facts
 * in a row (every scanner's `accepts`), and a comparison is cheaper than a map lookup.
 */
let lastPath = null;
let lastBits = 0;
/**
 * The files of `files` (a listing: an array never changed once made) that `test`, a path predicate, accepts, in their
 * order: found once per list and predicate. The checks walk the whole listing for the same kinds of files again and
 * again (kustomizations, platform configs, env files: ~70 walks of 40,000 paths per scan, a few ms each); each kind is
 * one walk now, and every later reader goes through the few files it found. `test` must be defined once (at module
 * level): a function made anew on each call is never found again (and only fills the list's map).
 */
function filesWhere(files, test) {
    let found = filesFound.get(files);
    // The answers are relative to the scanned folder (classifyUnder): another folder asks again.
    if (!found || found.base !== scanBase)
        filesFound.set(files, (found = { base: scanBase, lists: new Map() }));
    let out = found.lists.get(test);
    if (!out)
        found.lists.set(test, (out = files.filter((f) => test(f))));
    return out;
}
const filesFound = new WeakMap();
/**
 * The files of `files` (a listing, as for filesWhere) whose name ends in `.<ext>` for one of `exts` (lowercase, no dot;
 * the name's own case does not matter), in their order. Most of a repository is code, and most of the checks' walks look
 * for a few kinds of configuration (YAML, JSON, `.conf`, `.tf`): such a walk goes through these files instead of every
 * path, its own tests unchanged (this is only a prefilter: every file whose name ends so is here). One walk of the list
 * indexes every extension: the part of the name after its last dot, and '' for a name without a dot (`Makefile`).
 */
function filesEndingIn(files, ...exts) {
    let index = extensionIndex.get(files);
    if (!index) {
        index = { byExt: new Map(), lists: new Map() };
        for (let i = 0; i < files.length; i++) {
            const f = files[i];
            const dot = f.lastIndexOf('.');
            const ext = dot > f.lastIndexOf('/') ? f.slice(dot + 1).toLowerCase() : '';
            const at = index.byExt.get(ext);
            if (at)
                at.push(i);
            else
                index.byExt.set(ext, [i]);
        }
        extensionIndex.set(files, index);
    }
    const key = exts.join('\0');
    let out = index.lists.get(key);
    if (!out) {
        const at = exts.flatMap((e) => index.byExt.get(e) ?? []);
        if (exts.length > 1)
            at.sort((a, b) => a - b);
        index.lists.set(key, (out = at.map((i) => files[i])));
    }
    return out;
}
const extensionIndex = new WeakMap();
/** The last component of a repository path (kept for the last path: classifiers ask it in turn). */
const basename = lastPathMemo((p) => p.slice(p.lastIndexOf('/') + 1));
const dirname = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/**
 * `rel` resolved against the repository folder `dir` (`.` and `..` applied, `/`-separated; ''
 * is the repository root); null when it climbs out of the repository.
 */
function joinPath(dir, rel) {
    const out = [];
    for (const p of (dir ? dir.split('/') : []).concat(rel.split('/'))) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (!out.length)
                return null;
            out.pop();
        }
        else
            out.push(p);
    }
    return out.join('/');
}
/**
 * `Dockerfile`, `Dockerfile.<name>`, `<name>.Dockerfile`, `Containerfile` (any case), and the dash and underscore spellings
 * `Dockerfile-prod`, `Dockerfile_production` (a name after the separator, with no extension: `dockerfile_parser.go`,
 * `Dockerfile-lint.sh` are code). A file a deploy configuration builds is a Dockerfile whatever its name (the snapshot's).
 */
function isDockerfile(path) {
    const b = basename(path);
    // (`s`: any characters after the dot, a newline included: a name must not hide a Dockerfile from the checks.)
    return (/^(Dockerfile|Containerfile)(\..+)?$/is.test(b) && !NOT_DOCKERFILE.test(b)) || /\.(Dockerfile|Containerfile)$/i.test(b)
        || (/^(?:Dockerfile|Containerfile)[-_][A-Za-z0-9][\w-]*$/i.test(b) && !NOT_DOCKERFILE_NAME.test(b));
}
/** Words that mark a copy of a file rather than the file: a backup, an editor's or a merge's leftovers (`Dockerfile.old`, `Dockerfile-bak`). */
const LEFTOVER_WORDS = 'orig|bak|backup|old|swp|tmp|rej|patch|diff';
/** Files named after a Dockerfile that are not one: BuildKit's `Dockerfile.dockerignore`, docs, backups, data, scripts. */
const NOT_DOCKERFILE = new RegExp(`\\.(?:dockerignore|md|markdown|mdx|rst|txt|adoc|html?|${LEFTOVER_WORDS}|json|ya?ml|toml|lock|env|ini|cfg|properties|xml|csv|log|sh|bash|ps1|py|js|ts|sig|asc|sha256|png|svg|jpe?g|gif|ico|pdf|bin|exe|dll|so|gz|tgz|tar|zip|7z|xz|bz2)$`, 'i');
/**
 * The dash and underscore names that are no Dockerfile: a last word that marks a leftover copy (`Dockerfile-old`,
 * `Dockerfile_backup`, `Dockerfile-api-orig`) or a tool for Dockerfiles (`dockerfile-lint`, `dockerfile_parser`). A word
 * that names the image's service is no such mark: `Dockerfile-backup-service`, `Dockerfile-parser-api`, `Dockerfile-linter`.
 */
const NOT_DOCKERFILE_NAME = new RegExp(`^(?:Dockerfile|Containerfile)(?:[-_][\\w-]*)?[-_](?:${LEFTOVER_WORDS}|copy|lint|parser)$`, 'i');
/** `docker-compose.yml`, `compose.yaml`, `docker-compose.<name>.yml`, `docker-compose-<name>.yml`, `<name>.docker-compose.yml`. */
function isComposeFile(path) {
    const b = basename(path);
    return /^(docker-compose|compose)(\.[^/]+)?\.ya?ml$/i.test(b) || /^docker-compose-[^/]+\.ya?ml$/i.test(b) || /^[^/.][^/]*\.docker-compose\.ya?ml$/i.test(b);
}
/** The main compose file of a folder, the one `docker compose` reads by default: `docker-compose.yml`, `compose.yaml`. */
const isMainComposeFile = (path) => /^(?:docker-)?compose\.ya?ml$/i.test(basename(path));
/**
 * Name parts that mark a file as for development, tests or CI only (`docker-compose.ci.yml`,
 * `compose.debug.yaml`, `Dockerfile.e2e`): never what production deploys. Staging, prod and
 * other names are judged as production. The one list every file kind reads (compose files, Dockerfiles, Procfiles, env files,
 * manifests' dotted suffixes, folders, environment and profile names): the development environments (`dev`, `local`, `localdev`,
 * `sandbox`), tests and CI (`test`, `ci`, `e2e`, `integration`, `debug`), the development environments of tools \u2014 dev containers
 * and cloud IDEs (`devcontainer`, `codespaces`, `gitpod`, `vscode`), Tilt's inner loop (`tilt`, `hotreload`) \u2014 and the test tools
 * whose images and stacks only tests run (`cypress`, `selenium`, `playwright`, `storybook`, `mock`/`mocks`).
 */
const DEV_NAME = 'dev|devel|develop|development|local|localdev|sandbox|test|tests|testing|ci|e2e|integration|debug|devcontainer|codespaces?|gitpod|vscode|tilt|hotreload|cypress|selenium|playwright|storybook|mocks?';
/** One word that names development, tests or CI (an environment, profile or stage name: `dev`, `local`, `test`, `ci`\u2026). */
const DEV_WORD = new RegExp(`^(?:${DEV_NAME})$`, 'i');
/**
 * Words that may qualify a development name without changing what it is for (`Dockerfile.dev.arm64`, `docker-compose.dev.local.yml`,
 * `docker-compose.dev-tools.yml`, `Procfile.dev.windows`): a platform, an architecture or an operating system, a GPU flavour, a base
 * image's flavour, a version number, and `override`/`tools`/`deps`. Alone they say nothing of development (`Dockerfile.arm64` is judged).
 */
const NAME_QUALIFIER = /^(?:arm|arm32|arm64|armv[678]|amd64|x86|x64|x86-64|aarch64|i386|64|32|linux|windows|win|mac|macos|osx|darwin|apple|m1|m2|gpu|cpu|cuda|rocm|alpine|slim|debian|ubuntu|bookworm|bullseye|override|tools|tooling|deps|\d+)$/i;
/**
 * Whether the variable part of a file's name (`dev` in `Dockerfile.dev`, `dev.local` in `docker-compose.dev.local.yml`) names
 * development: split at `-`, `_` and `.`, each part a development word (DEV_WORD) or a qualifier (NAME_QUALIFIER), one at least
 * a development word. Not `prod-dev-tools` or `non-dev` (another word beside it), nor `arm64` alone.
 */
function devNamePart(name) {
    const parts = name.replace(/^\./, '').split(/[-_.]/);
    return parts.some((w) => DEV_WORD.test(w)) && parts.every((w) => DEV_WORD.test(w) || NAME_QUALIFIER.test(w));
}
/** Whether a name has a part (split at `-`, `_` and `.`) that is a DEV_WORD: `dev-envs`, `application.local`, `e2e_tests`; not `devops`, `prod`. */
const hasDevWord = (name) => name.split(/[-_.]/).some((w) => DEV_WORD.test(w));
/**
 * Words that name a deployed environment of the application: production (`prod`, `production`, `prd`, `live`, and `release`,
 * `deploy`, `deployment`) and the stages before it that are deployed as production is (`staging`, `stage`, `stg`, `preprod`,
 * `pre-prod`, `uat`, `qa`). What a compose overlay (`docker-compose.prod.yml`, `compose.staging.yaml`) must be named with to stand
 * for production (composeOverlayPurpose).
 */
const DEPLOY_WORD = /^(?:prod|production|prd|live|release|deploy|deployment|staging|stage|stg|preprod|uat|qa)$/i;
/** Whether a name has a part (split at `-`, `_` and `.`) that names a deployed environment (DEPLOY_WORD): `prod`, `staging-eu`, `pre-prod`. */
const hasDeployWord = (name) => name.split(/[-_.]/).some((w) => DEPLOY_WORD.test(w));
/**
 * Name parts of the throw-away environments platforms start for pull requests: Railway's `pr` override (its PR environments), preview
 * deployments and review apps (`preview`, `review`, `pr-42`, `review-app`). Not production, but kept out of DEV_NAME, which also names
 * files (`.github/workflows/pr.yml` is a workflow, `k8s/review.yaml` may deploy a reviews service): only environments' names read it.
 */
const PREVIEW_WORD = /^(?:pr|preview|previews|review|ephemeral)$/i;
/**
 * What kind of non-production environment a deploy config's environment name (a Railway environment) names: `development` for a
 * DEV_WORD part (`dev`, `local`, `test`\u2026), `preview` for a pull-request or preview one (`pr`, `preview`, `review-app`); null for any other
 * (`production`, `staging`: judged as production).
 */
function nonProductionEnvironment(name) {
    return hasDevWord(name) ? 'development' : name.split(/[-_.]/).some((w) => PREVIEW_WORD.test(w)) ? 'preview' : null;
}
/**
 * Whether an environment's name, as a file names it (a Rails `config/environments/<env>.rb`, an ASP.NET Core
 * `appsettings.<Environment>.json`), is for development or tests: a development word (DEV_WORD: `development`, `Local`, `test`) alone
 * or first, the words after it naming no deployed environment (`development_docker`, `Development.Local`, `test_ci`; not
 * `development_prod`, `local-staging`, nor `docker_development`, whose first word names something else). The one rule by name for them.
 */
function devEnvironmentName(name) {
    const parts = name.split(/[-_.]/);
    return DEV_WORD.test(parts[0]) && !parts.some((w) => DEPLOY_WORD.test(w));
}
/**
 * ASP.NET Core's settings files: `appsettings.json` (environment null) and `appsettings.<Environment>.json`;
 * `dev` when the environment is a development one by name (devEnvironmentName: `Development`, `Local`, `Test`,
 * `Development.Local`\u2026). Null for other files.
 */
function aspNetSettings(path) {
    const m = /^appsettings(?:\.([\w.-]+))?\.json$/i.exec(basename(path));
    return m ? { environment: m[1] ?? null, dev: m[1] !== undefined && devEnvironmentName(m[1]) } : null;
}
const SPRING_CONFIG = /^application(?:-([^/]+))?\.(?:properties|ya?ml)$/i;
/** Spring Boot configuration files: `application.properties`, `application.yml`, `application-prod.yaml`. */
const isSpringConfig = (path) => SPRING_CONFIG.test(basename(path));
/** The profile a Spring configuration file is for by name (`application-prod.yml` \u2192 `prod`), or null for the base file. */
function springFileProfile(path) {
    return SPRING_CONFIG.exec(basename(path))?.[1] ?? null;
}
function isYamlFile(path) {
    return /\.ya?ml$/i.test(path);
}
/**
 * YAML files that may be compose files by their content, whatever their names (the snapshot reads their
 * shape: older cookiecutter-django's `production.yml`, `local.yml`): not compose-named files (those are by
 * name), GitHub workflows and actions, GitLab CI (`.gitlab-ci.yml`, `.gitlab/`), other CI configs (`.drone.yml`,
 * `.woodpecker.yml`, `.woodpecker/`, `bitbucket-pipelines.yml`, `.travis.yml`, `.circleci/`), Render blueprints
 * (`render.yaml`), or Ansible variables (`group_vars/`, `host_vars/`, a role's `vars/`/`defaults/`).
 */
function isComposeCandidate(path) {
    if (!isYamlFile(path) || isComposeFile(path) || isWorkflowFile(path))
        return false;
    if (/(?:^|\/)(?:\.gitlab|\.woodpecker|\.circleci|group_vars|host_vars)\//.test(path) || /(?:^|\/)roles\/[^/]+\/(?:vars|defaults)\//.test(path))
        return false;
    return !/^(?:\.gitlab-ci|\.drone|\.woodpecker|bitbucket-pipelines|\.travis|render)\.ya?ml$/i.test(basename(path));
}
/** GitHub workflow files are YAML but never deploy config. */
function isWorkflowFile(path) {
    return /(^|\/)\.github\/(workflows|actions)\//.test(path) || /(^|\/)action\.ya?ml$/.test(path);
}
/**
 * `.env`, `.env.<anything>`, `<name>.env`, in any case (`.ENV`, `.Env.Production`, `DB.ENV`: one file to a dotenv loader on
 * Windows and macOS, and a `.env` rule does not ignore it in git on Linux, so it gets committed).
 */
const ENV_WORD = /\.env/i;
function isEnvFile(path) {
    // Every such name holds `.env` (any case): the test without a lowercase copy first (most paths are no env file).
    if (!ENV_WORD.test(basename(path)))
        return false;
    const b = basename(path).toLowerCase();
    // (Any characters before `.env`, a newline included: a name must not hide an env file from the check.)
    return b === '.env' || b.startsWith('.env.') || (b.endsWith('.env') && b.length > 4 && b[0] !== '.');
}
/**
 * The extensions of templates that a tool renders into the file at deploy time, the one list every check reads (env files'
 * templates, their real names, templates rendered on the managed hosts): envsubst, consul-template and gomplate (`.tmpl`),
 * consul-template and Vault Agent (`.ctmpl`), Go templates for helmfile and gomplate (`.gotmpl`), Terraform's `templatefile()`
 * (`.tftpl`), Ansible, Salt and Jinja (`.j2`, `.jinja`, `.jinja2`), Chef and Puppet (`.erb`, Puppet's `.epp`), autoconf and
 * CMake's `configure_file` (`.in`), Handlebars and Mustache (`.hbs`, `.handlebars`, `.mustache`), EJS (`.ejs`), Elixir's EEx
 * (`.eex`), Liquid (`.liquid`), Nunjucks (`.njk`) and Twig (`.twig`). Example templates, copied by hand and filled in
 * (`.example`, `.sample`, `.template`, `.dist`, `.tpl`: `.env.tpl` is most often one, and 1Password's `op inject` template
 * holds only `op://` references), are {@link isTemplate}'s.
 */
const RENDERED_TEMPLATE_EXTENSIONS = ['tmpl', 'ctmpl', 'gotmpl', 'tftpl', 'j2', 'jinja', 'jinja2', 'erb', 'epp', 'in', 'hbs', 'handlebars', 'mustache', 'ejs', 'eex', 'liquid', 'njk', 'twig'];
const RENDERED_TEMPLATE_SUFFIX = new RegExp(`\\.(?:${RENDERED_TEMPLATE_EXTENSIONS.join('|')})$`, 'i');
/**
 * An env template's suffix, copied by hand (`.env.production.example`, `.sample`, `.template`, `.tpl`, `.dist`) or rendered at
 * deploy time ({@link RENDERED_TEMPLATE_EXTENSIONS}: `.env.production.j2`, `.tftpl`); the real name is before it.
 */
const ENV_TEMPLATE_SUFFIX = new RegExp(`\\.(?:example|sample|template|tpl|dist|${RENDERED_TEMPLATE_EXTENSIONS.join('|')})$`, 'i');
/**
 * An env file's template that a tool renders at deploy time (`.env.j2`, `.env.tmpl`, `.env.production.erb`, `app.env.j2`,
 * `.env-prod.tmpl`): no env file itself. Its placeholders (`{{ app_secret_key }}`, `${SECRET_KEY}`, `<%= \u2026 %>`,
 * `@SECRET_KEY@`) are filled in when it is rendered; a literal in it is deployed as written, and hardcoded-secret reads
 * it as such (it is no {@link isTemplate} template).
 */
function isRenderedEnvTemplate(path) {
    const b = basename(path);
    const m = RENDERED_TEMPLATE_SUFFIX.exec(b);
    if (!m)
        return false;
    const real = b.slice(0, m.index);
    return isEnvFile(real) || /^\.env[-_][^/]+$/i.test(real);
}
/**
 * The env file a rendered env template renders to (`.env.production.j2` \u2192 `.env.production`, `deploy/.env.tftpl` \u2192 `deploy/.env`):
 * its literal lines reach that file as written, so checks that judge env files by name read the template as it. Any other path
 * is itself.
 */
function renderedEnvName(path) {
    return isRenderedEnvTemplate(path) ? path.replace(RENDERED_TEMPLATE_SUFFIX, '') : path;
}
/**
 * Folders whose templates a configuration-management or deploy tool renders onto the machines it manages, never next to
 * themselves in the repository: any `templates/` folder (Ansible roles' and playbooks', Chef cookbooks' `templates/default/`,
 * Puppet modules', Helm charts', Salt formulas'), an Ansible role (`roles/<role>/\u2026`), a Chef cookbook (`cookbooks/\u2026`) and
 * a Salt state or pillar tree (`salt/\u2026`, `pillar/\u2026`).
 */
const RENDERED_ELSEWHERE_DIR = /(?:^|\/)(?:templates|roles\/[^/]+\/[^/]+|cookbooks|salt|pillar)\//i;
/**
 * A rendered template ({@link isRenderedEnvTemplate}'s suffixes) in a folder whose templates a tool renders on the hosts it
 * deploys to (`roles/app/templates/app.env.j2`, `cookbooks/app/templates/default/.env.erb`, `chart/templates/.env.tmpl`):
 * the file it renders is written there (Ansible's `dest: /srv/app/.env`), not beside the template in the repository.
 */
function isRenderedElsewhere(path) {
    // Terraform's `templatefile()` renders a `.tftpl` into a string (user data, a secret's value), never a file beside it.
    return RENDERED_TEMPLATE_SUFFIX.test(basename(path)) && (RENDERED_ELSEWHERE_DIR.test(path) || /\.tftpl$/i.test(path));
}
function isProcfile(path) {
    return /^Procfile(\..+)?$/s.test(basename(path));
}
/** A systemd unit that runs a service (`app.service`), or one a deploy tool renders into one (`app.service.j2`, `.service.in`). */
const SYSTEMD_UNIT = new RegExp(`\\.service(?:\\.(?:${RENDERED_TEMPLATE_EXTENSIONS.join('|')}))?$`);
function isSystemdUnit(path) {
    return SYSTEMD_UNIT.test(basename(path));
}
/**
 * Files that may be nginx configuration (the snapshot keeps those whose text has nginx directives): `*.conf`, the official
 * image's `*.conf.template`, configuration templates a deploy tool renders onto the server ({@link RENDERED_TEMPLATE_EXTENSIONS}:
 * Ansible's `site.conf.j2`, `nginx.conf.jinja2`, consul-template's `.conf.tmpl`, Chef's `.conf.erb`, Terraform's `templatefile()`
 * `.conf.tftpl`, and its older `.conf.tpl`; also `nginx.j2`, `vhost.j2` as geerlingguy.nginx names them), and Debian-style site
 * files, which have no extension (`sites-available/default`).
 */
function isNginxCandidate(path) {
    const b = basename(path);
    return NGINX_NAME.test(b) || NGINX_TEMPLATE_NAME.test(b) || /(^|\/)(sites-available|sites-enabled|conf\.d)\/[^/]+$/.test(path);
}
const NGINX_NAME = new RegExp(`\\.conf(?:\\.(?:template|tpl|${RENDERED_TEMPLATE_EXTENSIONS.join('|')}))?$`, 'i');
const NGINX_TEMPLATE_NAME = new RegExp(`^(?:nginx|vhosts?)[^/]*\\.(?:tpl|${RENDERED_TEMPLATE_EXTENSIONS.join('|')})$`, 'i');
function isPython(path) {
    return /\.py$/i.test(path);
}
function isJavaScript(path) {
    return /\.(c|m)?(j|t)sx?$/i.test(path) && !/\.d\.ts$/.test(path) && !/\.min\.js$/.test(path);
}
/** Template files (`.env.example`, `example.env`, `config.sample`, \u2026) are exempt from value checks. */
const isTemplate = pathFact((path) => {
    // Each name below holds one of these words (any case): the test without a lowercase copy first (most paths hold none).
    if (!TEMPLATE_WORD.test(basename(path)))
        return false;
    const b = basename(path).toLowerCase();
    // `.env.example`, `example.env`, `.env.example.local`, and the dash/underscore spellings (`.env.dev-sample`, `.env_sample`).
    // A domain named after the reserved example domains is no template: nginx's `www.example.org.conf`,
    // `sites-available/example.com`, Traefik's `shop.example.com.yml` are vhost files named for their site (RFC 2606).
    // Not `dev`, `test` or `app`, top-level domains that name a template's variant far more often (`.env.example.dev`,
    // `config.sample.test.yml`), nor a dotfile (`.env.example.io` is no site).
    return /[._-](example|sample|template|tpl|dist)$/.test(b) || (/^(example|sample)\./.test(b) && !EXAMPLE_DOMAIN_START.test(b)) || /\.(?:template|dist)\./.test(b) || (/\.(example|sample)\./.test(b) && (b.startsWith('.') || !EXAMPLE_DOMAIN_INSIDE.test(b)));
});
const TEMPLATE_WORD = /example|sample|template|tpl|dist/i;
/** Top-level domains after `example.`/`sample.` that make a name a site's (`www.example.org.conf`). */
const EXAMPLE_TLD = '(?:com|org|net|edu|io|co|info|biz|cloud|tech|ai|xyz|site|online|internal|invalid|us|uk|de|fr|eu|nl|ca|au|jp|ch|se|es|it|br)(?:\\.|$)';
/** A name starting with an example domain (`example.com`, `example.org.conf`, `sample.co.uk.yml`), not `example.env`. */
const EXAMPLE_DOMAIN_START = new RegExp(`^(?:example|sample)\\.${EXAMPLE_TLD}`);
/** A name holding an example domain (`www.example.org.conf`, `shop.example.com.yml`), not `config.example.yml`. */
const EXAMPLE_DOMAIN_INSIDE = new RegExp(`\\.(?:example|sample)\\.${EXAMPLE_TLD}`);
/**
 * The variable part of a compose file's name (`dev` in `docker-compose.dev.yml`, `compose.dev.local.yaml`, `docker-compose-dev.yml`,
 * `dev.docker-compose.yml`); null for the main file (`docker-compose.yml`, `compose.yaml`) and other names.
 */
function composeNamePart(path) {
    const m = /^(?:(?:docker-)?compose\.(.+)|docker-compose-(.+)|(.+)\.docker-compose)\.ya?ml$/i.exec(basename(path));
    return m ? (m[1] ?? m[2] ?? m[3]) : null;
}
/** Words that say how a compose file is deployed (Docker Swarm, `docker stack deploy`), not for which environment: `swarm`, `stack`. */
const COMPOSE_DEPLOY_QUALIFIER = /^(?:swarm|stack)$/i;
/**
 * Compose files named for development: `docker-compose.override.yml` (which `docker compose up` merges by default) and devNamePart
 * names, a Swarm word beside the development one too (`docker-compose.swarm.dev.yml`, `docker-compose.dev.swarm.yml`, `compose.stack-local.yaml`:
 * a development Swarm overlay); not `docker-compose.swarm.yml` alone, a production Swarm overlay.
 */
const devComposeName = (b) => {
    const part = composeNamePart(b);
    if (part === null)
        return false;
    const rest = part.split(/[-_.]/).filter((w) => !COMPOSE_DEPLOY_QUALIFIER.test(w)).join('.');
    return /^override$/i.test(part) || (rest !== '' && devNamePart(rest));
};
/**
 * YAML files named only for development, tests, CI or docs (`local.yml`, `dev.yml`, `test.yml`, `docs.yml`):
 * older cookiecutter-django's compose files beside `production.yml`, compose files by content.
 */
const DEV_YAML_RE = new RegExp(`^(${DEV_NAME}|docs)\\.ya?ml$`);
/** A Dockerfile's variable part: `dev` in `Dockerfile.dev`, `Dockerfile-dev`, `dev.Dockerfile`; `.gitpod` in Gitpod's `.gitpod.Dockerfile`. */
const DOCKERFILE_NAME_PART = /^(?:(?:dockerfile|containerfile)[._-](.+)|(.+)\.(?:dockerfile|containerfile))$/;
const devDockerfileName = (b) => {
    const m = DOCKERFILE_NAME_PART.exec(b);
    return m !== null && devNamePart((m[1] ?? m[2]));
};
/** `.env.development`, `.env.test`, `.env.ci`, `.env.development.local`\u2026: the same development names as compose files and Dockerfiles. */
const devEnvName = (b) => b.startsWith('.env.') && devNamePart(b.slice(5));
/** A Terraform variable file; group 1: its name without the extension (`terraform.dev`, `dev.auto`). */
const TFVARS_RE = /^(.+)\.tfvars(?:\.json)?$/i;
/** A Terraform variable file by name: `prod.tfvars`, `terraform.tfvars.json`, `app.auto.tfvars`. */
const isTfvarsFile = (path) => TFVARS_RE.test(basename(path));
/** A Terraform source file: `main.tf`, and OpenTofu's own `main.tofu` (read by OpenTofu 1.8+ as `.tf` is). */
const isTerraformSource = (path) => /\.(?:tf|tofu)$/i.test(path);
/** Terragrunt configurations by name: `terragrunt.hcl`, a root `root.hcl`, the shared `_envcommon/<component>.hcl` they include. */
const TERRAGRUNT_NAME = /(?:^|\/)(?:terragrunt|root)\.hcl$|(?:^|\/)_envcommon\/[^/]+\.hcl$/i;
/**
 * A file whose HCL arguments are Terraform values: Terraform sources, `.tfvars` files (not their JSON form) and Terragrunt
 * configurations, whose `inputs` are a module's arguments. What default-credentials' Terraform reading and the user-name pairs
 * it hands over (userNamePasswordSites) both read.
 */
const isTerraformArgumentFile = (path) => /\.(?:tf|tofu|tfvars)$/i.test(path) || TERRAGRUNT_NAME.test(path);
/**
 * `Procfile.dev` and the other Procfiles named for development, tests or CI (`Procfile.local`, `.development`, `.test`, `.e2e`, `.ci`\u2026),
 * and Heroku's `Procfile.windows` (for `heroku local -f Procfile.windows`): Heroku reads only `Procfile`, and no platform deploys these.
 */
const devProcfileName = (b) => {
    if (!b.startsWith('procfile.'))
        return false;
    const part = b.slice(9);
    return /^windows$/.test(part) || devNamePart(part);
};
/**
 * systemd units named for development (`app-dev.service`, `app.dev.service`, `app.local.service`, `web_test@.service`, and the
 * templates rendered into them, `app-dev.service.j2`): the unit's name (before `@` and `.service`) ends with a development
 * environment's word (DEV_ENV_PART, or CI's) set apart by `-`, `_` or `.`, qualifiers after it aside (`app-dev-arm64`), or with a
 * dotted part of DEV_NAME (`app.integration.service`): Kubernetes manifests' reading of a name (devYamlName) \u2014 a unit, like a
 * manifest, is named for the program it runs, so `slack-integration.service` and `mock-server.service` are judged.
 */
const SYSTEMD_UNIT_STEM = new RegExp(`^(.+?)@?\\.service(?:\\.(?:${RENDERED_TEMPLATE_EXTENSIONS.join('|')}))?$`);
const devUnitName = (b) => {
    const stem = SYSTEMD_UNIT_STEM.exec(b)?.[1];
    if (stem === undefined)
        return false;
    if (DEV_DOTTED_RE.test(stem))
        return true;
    const parts = stem.split(/[-_.]/);
    for (let i = parts.length - 1; i >= 0; i--) {
        if (DEV_ENV_PART.test(parts[i]) || (CI_PART.test(parts[i]) && !(i > 0 && CI_SYSTEM_PART.test(parts[i - 1]))))
            return true;
        if (!NAME_QUALIFIER.test(parts[i]))
            break;
    }
    return false;
};
/**
 * The names of local clusters, development by definition (`kind/`, `minikube/`, `k3d/`, `values-kind.yaml`: as Helm installs read
 * them): kind, minikube, k3d, MicroK8s, and the clusters of Docker Desktop, Rancher Desktop and OrbStack. The one list folders,
 * manifests' names and Helm values files read.
 */
const LOCAL_CLUSTER = 'kind|minikube|k3d|microk8s|docker-desktop|rancher-desktop|orbstack';
/**
 * Words that name a development install in Helm values files' and installers' names and folders (`values-dev.yaml`,
 * `values.local.yaml`, `values-kind.yaml`, `values-docker-desktop.yaml`, `clusters/minikube/`): the development environments,
 * tests and CI, `sandbox`, and the local clusters.
 */
const DEV_INSTALL_NAME = `dev|devel|develop|development|local|localdev|test|testing|ci|e2e|sandbox|${LOCAL_CLUSTER}`;
/** A development install's Helm values file by name (DEV_INSTALL_NAME): `values-dev.yaml`, `values_dev.yaml`, `values.local.yaml`, `values-kind.yaml`. */
const DEV_VALUES_FILE = new RegExp(`^values[._-](?:${DEV_INSTALL_NAME})(?:[._-][\\w-]+)?\\.ya?ml$`, 'i');
/**
 * Words that name a development or test environment on their own, in a YAML file's or a folder's name (the development
 * environments of DEV_NAME, dev containers', cloud IDEs' and Tilt's among them): not `integration` or `debug`, which also
 * name what production runs (`slack-integration.yaml`), nor the test tools (`selenium-hub.yaml`, `storybook.yaml` may deploy
 * one); those count only as a dotted suffix of a file (`deployment.integration.yaml`) or beside one of these in a folder's name.
 * `ci` counts in a file's name as these do (CI_PART), not in a folder's (`ci/` holds the pipeline's own files).
 */
const DEV_ENV_NAME = 'dev|devel|develop|development|local|localdev|sandbox|devcontainer|codespaces?|gitpod|tilt|hotreload|test|testing|tests|e2e';
/**
 * Words that may follow the environment in a manifest's name: a Kubernetes kind (`deployment-dev.yaml`, `dev-configmap.yaml`,
 * `api-dev-deployment.yaml`) or a word for the whole of it (`dev-config.yaml`, `local-k8s.yaml`). Any other word after the
 * environment names something else (`dev-tools.yml`, `local-path-storage.yaml`, `dev-portal.yaml`, `test-connection.yaml`).
 */
const MANIFEST_WORD = 'deployment|deployments|deploy|service|services|svc|configmap|configmaps|cm|secret|secrets|ingress|statefulset|sts|daemonset|ds|job|jobs|cronjob|pod|pods|namespace|ns|pvc|pv|hpa|rbac|networkpolicy|manifest|manifests|resources|k8s|kube|kubernetes|config|configs|settings|env|app|all|cluster|stack';
const DEV_ENV_PART = new RegExp(`^(?:${DEV_ENV_NAME})$`, 'i');
/**
 * CI's environment, a whole part of a manifest's name in any position and with any separator, as the development words are
 * (`deployment-ci.yaml`, `configmap_ci.yaml`, `ci-deployment.yaml`, `deployment.ci.yaml` alike; not `civic-\u2026`, `circleci\u2026`,
 * `gitlab-ci-runner.yaml`, where another word follows): except after `gitlab`, GitLab CI's pipeline file (`.gitlab-ci.yml`).
 */
const CI_PART = /^ci$/i;
const CI_SYSTEM_PART = /^gitlab$/i;
const MANIFEST_PART = new RegExp(`^(?:${MANIFEST_WORD})$`, 'i');
const LOCAL_CLUSTER_PART = new RegExp(`^(?:${LOCAL_CLUSTER})$`, 'i');
/** A local cluster's name in a file's name, those of two words too (`docker-desktop.yaml`, `values.rancher-desktop.yaml`). */
const LOCAL_CLUSTER_IN = new RegExp(`(?:^|[-_.])(?:${LOCAL_CLUSTER})(?:[-_.]|$)`, 'i');
/** A dotted last part naming development, tests or CI: `deployment.ci`, `service.debug`, `api.integration`. */
const DEV_DOTTED_RE = new RegExp(`\\.(?:${DEV_NAME})$`, 'i');
/**
 * YAML files named for a development environment, the Kubernetes manifests' counterpart of `docker-compose.dev.yml`
 * (`deployment.dev.yaml`, `configmap-dev.yaml`, `k8s/dev-deployment.yaml`, `minikube.yaml`, `kind-config.yaml`): the environment a
 * separate part of the name (`devices.yaml`, `developer-portal.yaml` are not), followed by nothing or by manifest words only, or a
 * local cluster's name anywhere. Not compose files (their own names above), GitHub workflows, Spring configuration files
 * (`application-dev.yml`: a profile, read as such) or Helm values files (`values-dev.yaml`: read as a development install's).
 */
function devYamlName(b) {
    const stem = b.replace(/\.ya?ml$/, '');
    const parts = stem.split(/[-_.]/);
    if (parts.some((p) => /^values$/i.test(p)))
        return false;
    if (DEV_DOTTED_RE.test(stem))
        return true;
    for (let i = parts.length - 1; i >= 0; i--) {
        if (DEV_ENV_PART.test(parts[i]) || LOCAL_CLUSTER_PART.test(parts[i]))
            return true;
        if (CI_PART.test(parts[i]) && !(i > 0 && CI_SYSTEM_PART.test(parts[i - 1])))
            return true;
        if (!MANIFEST_PART.test(parts[i]))
            break;
    }
    return LOCAL_CLUSTER_IN.test(stem);
}
/**
 * A folder named for development on its own: `dev/`, `local/`, `localdev/`, a local cluster's (`kind/`, `minikube/`, `k3d/`,
 * `microk8s/`, `docker-desktop/`, `rancher-desktop/`, `orbstack/`), `sandbox/`, a dev container's or cloud IDE's (`.devcontainer/`,
 * `.gitpod/`) or Tilt's (`tilt/`).
 */
const DEV_DIR_NAME = new RegExp(`^(?:\\.devcontainer|\\.gitpod|dev|devel|develop|development|local|localdev|devcontainer|codespaces|gitpod|tilt|${LOCAL_CLUSTER}|sandbox)$`, 'i');
/**
 * Words beside a development word in a development folder's name (`kind-dev/`, `local-dev/`, `dev-env/`, `dev-cluster/`,
 * `integration-tests/`): the development words, CI's, and words for an environment or its setup. A folder whose name has any other
 * word is judged (`local-path-provisioner/`, `dev-portal/`, `ci-cd/`).
 */
const DEV_DIR_WORD = new RegExp(`^(?:${DEV_NAME}|${LOCAL_CLUSTER}|sandbox|env|envs|environment|environments|cluster|clusters|k8s|kube|kubernetes|setup|stack|docker|compose|deploy|deployment|deployments|manifests|config|configs|overlay|overlays)$`, 'i');
const DEV_DIR_STRONG = new RegExp(`^(?:${DEV_ENV_NAME}|${LOCAL_CLUSTER}|sandbox)$`, 'i');
/** A development word in a folder's name (every development folder has one): most paths have none, and are not split into folders. */
const DEV_DIR_HINT = new RegExp(`(?:^|[/._-])(?:${DEV_ENV_NAME}|${LOCAL_CLUSTER})[/._-]`, 'i');
/** Whether a folder's name marks it as for development only (see DEV_DIR_NAME, DEV_DIR_WORD). */
function devFolder(name) {
    if (DEV_DIR_NAME.test(name))
        return true;
    const parts = name.split(/[-_.]/);
    return parts.length > 1 && parts.every((p) => DEV_DIR_WORD.test(p)) && parts.some((p) => DEV_DIR_STRONG.test(p));
}
/**
 * Files that are by name for development only: their findings become `info` notes. Compose files,
 * Dockerfiles, Procfiles and env files whose name's variable part names development, tests or CI (devNamePart: the DEV_NAME
 * words, alone or with qualifiers \u2014 `docker-compose.override.yml`, `.dev`, `.development`, `.local`, `.dev.local`, `.devcontainer`,
 * `.sandbox`, `.tilt`, `.test`/`.testing`, `.ci`, `.e2e`, `.integration`, `.debug`, `.cypress`; also `docker-compose-dev.yml`,
 * `dev.docker-compose.yml`, `Dockerfile.ci`, `Dockerfile.dev.arm64`, `debug.Dockerfile`, Gitpod's `.gitpod.Dockerfile`, `Procfile.dev`,
 * `Procfile.localdev`, Heroku's `Procfile.windows`, `.env.development`, `.env.development.local`), systemd units named for a
 * development environment (`app-dev.service`, `app.dev.service`, `app.local.service`: devUnitName), YAML files named just so (`local.yml`,
 * `dev.yml`, `docs.yml`: older cookiecutter-django's compose files) or for a development environment (Kubernetes manifests
 * `deployment.dev.yaml`, `configmap-dev.yaml`, `dev-deployment.yaml`, `tilt-deployment.yaml`, `minikube.yaml`: devYamlName),
 * Terraform variable files named so (`dev.tfvars`, `terraform.local.tfvars`; not `*.auto.tfvars`, loaded on every run), dev and
 * test settings modules, and dev folders (`.devcontainer/`, `.gitpod/`, `dev/`, `development/`, `local/`, `localdev/`, `tilt/`,
 * local clusters' `kind/`, `minikube/`, `k3d/`, `microk8s/`, `docker-desktop/`, `rancher-desktop/`, `orbstack/`, `sandbox/`, and
 * names made of such words, `kind-dev/`). By name only: a Dockerfile so named that production builds and ships is judged all the
 * same (checks/util/dev-built.ts: devNamedDockerfile).
 */
/**
 * Words a Django settings module's name may hold beside a development word, saying where or how the development setup runs
 * (`docker_dev.py`, `dev_sqlite.py`), besides NAME_QUALIFIER's; any other word makes it another module (`local_storage.py`).
 */
const SETTINGS_QUALIFIER = /^(?:docker|compose|vagrant|k8s|kind|minikube|sqlite|postgres|mysql|personal|my)$/i;
/** Words that name a settings module's role without naming an environment (`base_settings.py`, `settings_common.py`). */
const SETTINGS_ROLE_WORD = /^(?:base|common|shared|defaults?|server|heroku)$/i;
/** The role part of a flat settings module's name: `dev` of `settings_dev.py` and of `dev_settings.py`; null for another name. */
const flatSettingsRole = (b) => { const m = /^(?:(.+)[_-]settings|settings[_-](.+))\.py$/i.exec(b); return m ? (m[1] ?? m[2]) : null; };
/**
 * Whether a settings module's name (`local_dev`, `docker_dev`, `ci`) names development: its words (split at `-` and `_`) are
 * development words (DEV_WORD) or qualifiers, one at least a development word \u2014 not `local` alone for a flat module beside
 * settings.py (`local_settings.py`, which the classic `try: from .local_settings import *` loads wherever it is deployed) \u2014 and
 * none names a deployed environment (`prod_local`, `test_prod`).
 */
function devSettingsName(name, flat) {
    const words = name.split(/[-_]/);
    return words.some((w) => DEV_WORD.test(w) && !(flat && /^local$/i.test(w))) && words.every((w) => DEV_WORD.test(w) || NAME_QUALIFIER.test(w) || SETTINGS_QUALIFIER.test(w)) && !hasDeployWord(name);
}
/**
 * A flat settings module named for its role beside settings.py (`local_settings.py`, `settings_dev.py`, `prod_settings.py`,
 * `docker_settings.py`, `settings_common.py`): every word of its name an environment's (DEV_WORD, DEPLOY_WORD), a qualifier or a
 * role; not a copy-me template (`settings_example.py`, `sample_settings.py`) or another module (`settings_devices.py`).
 */
function isRoleSettingsModule(path) {
    const role = flatSettingsRole(basename(path));
    return role !== null && role.split(/[-_]/).every((w) => DEV_WORD.test(w) || DEPLOY_WORD.test(w) || NAME_QUALIFIER.test(w) || SETTINGS_QUALIFIER.test(w) || SETTINGS_ROLE_WORD.test(w));
}
const isDevOnly = pathFact((path) => {
    const b = basename(path).toLowerCase();
    if (devComposeName(b) || devDockerfileName(b) || DEV_YAML_RE.test(b))
        return true;
    if (devProcfileName(b) || devEnvName(b) || devUnitName(b))
        return true;
    if (isYamlFile(b) && !isComposeFile(b) && !isWorkflowFile(path) && !isSpringConfig(b) && devYamlName(b))
        return true;
    // Terraform variable files named for development (`dev.tfvars`, `terraform.dev.tfvars`, `local.tfvars.json`), passed with
    // `-var-file` for that environment only; not `*.auto.tfvars`, which Terraform loads on every run.
    const tfvars = TFVARS_RE.exec(b);
    if (tfvars && !tfvars[1].endsWith('.auto') && hasDevWord(tfvars[1]))
        return true;
    if (/(^|\/)settings\/(local|dev[^/]*|test[^/]*)\.py$/.test(path) && !hasDeployWord(b.slice(0, -3)))
        return true;
    // Django settings modules named for development among other words (`settings/local_dev.py`, `settings/docker_dev.py`,
    // `settings/ci.py`, `settings/e2e.py`) and flat ones beside settings.py (`settings_dev.py`, `dev_settings.py`).
    if (b.endsWith('.py')) {
        const inFolder = /(?:^|\/)settings\/([^/]+)\.py$/.exec(path);
        const flat = flatSettingsRole(b);
        if ((inFolder && devSettingsName(inFolder[1], false)) || (flat !== null && devSettingsName(flat, true)))
            return true;
    }
    // By place: dev containers and dev-only deploy folders (`compose/local/django/Dockerfile`, `docker/dev/\u2026`, `deploy/minikube/`).
    const rel = underScan(path);
    const slash = rel.lastIndexOf('/');
    if (slash <= 0)
        return false;
    const dirs = rel.slice(0, slash + 1);
    return DEV_DIR_HINT.test(dirs) && dirs.slice(0, -1).split('/').some(devFolder);
});
/**
 * Lockfiles, minified and vendored files: skipped by content scanners. Every `vendor/` (`_vendor/`) folder is: a
 * dependency manager's (Go's `vendor/modules.txt` tree, whatever its module paths: `vendor/internal/lib/`; gb's
 * `vendor/src/github.com/\u2026`; Composer's; Bundler's), a hand-copied library (`src/vendor/chart.js`,
 * `static/vendor/bootstrap/\u2026`) \u2014 unless that `vendor` folder is a service of a monorepo (`services/vendor/src/app.py`,
 * `apps/vendor/main.py`: a folder of services, each in its own subfolder), whose Dockerfile every check already judges
 * (stop 47 monorepo27 D2; review 47 R2/R3 kept the rest).
 */
function isVendoredOrGenerated(path) {
    const b = basename(path);
    if (LOCKFILE_NAME.test(b) || GENERATED_NAME.test(b))
        return true;
    return skippedFolder(path);
}
// (Module constants: a regex literal in a function is a new object at each call, and a file pass asks this of every path several times.)
const LOCKFILE_NAME = /^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|Cargo\.lock|composer\.lock|Gemfile\.lock|go\.sum|bun\.lockb?|uv\.lock|Podfile\.lock|mix\.lock|flake\.lock|packages\.lock\.json|gradle\.lockfile)$/;
/** Minified code and source maps. */
const GENERATED_NAME = /\.min\.(js|css)$|\.map$/;
/** Each `vendor/` (`_vendor/`) folder of a path, with the folder name before it (group 1, empty at the top). */
const VENDOR_SEGMENT = /(?:^|([^/]+)\/)_?vendor\//g;
/** The folders of a monorepo that hold one service or app per subfolder (`services/vendor/`, `apps/vendor/`). */
const SERVICE_COLLECTION = /^(?:apps|services|packages|microservices|projects|svc|servers)$/i;
/**
 * Whether a folder (relative to the scanned one, with its trailing `/`) is in a `vendor/` folder that is not a monorepo's
 * service: `vendor/\u2026`, `src/vendor/\u2026`, `static/vendor/\u2026`, but not `services/vendor/\u2026` or `apps/vendor/\u2026`.
 */
function inVendorFolder(dir) {
    if (!dir.includes('vendor/'))
        return false;
    for (const m of dir.matchAll(VENDOR_SEGMENT))
        if (!SERVICE_COLLECTION.test(m[1] ?? ''))
            return true;
    return false;
}
/** isVendoredOrGenerated's folder part: a dependency's folder (isVendored), or any other `vendor/` but a service's (all of whose patterns end at a `/`). */
const skippedFolder = folderFact((dir) => isVendored(dir) || inVendorFolder(underScan(dir)));
/** The folders dependency managers copy other projects' files into: npm's, Go's, Composer's and Bundler's `vendor/`, Bazel's `third_party/`, Bower's, Yarn's, pip's. */
const VENDORED_DIR = /(^|\/)(node_modules|third_party|bower_components|\.yarn|site-packages|dist-packages)\//;
/**
 * A `vendor/` (`_vendor/`) folder and the folder under it (`vendor/github.com/\u2026`, `vendor/laravel/sail/\u2026`, `vendor/bundle/\u2026`): the
 * name alone does not make it dependencies \u2014 a team's own service, chart or overlay may be called `vendor` (`apps/vendor/`,
 * `charts/vendor/templates/`, `k8s/vendor/`). Dependency managers put nothing but folders at its top (`modules.txt`,
 * `autoload.php` aside), each a module's host or owner; a file directly in it, or under a folder a project's own layout has
 * (`templates/`, `base/`, `overlays/`, `src/`, `deploy/`\u2026), is the project's.
 */
const VENDOR_DIR = /(?:^|\/)_?vendor\/([^/]+)\//g;
const OWN_LAYOUT = /^(?:templates|base|bases|overlays|components|manifests|k8s|kubernetes|helm|charts?|deploy|deployment|deployments|infra|config|conf|docker|src|app|api|web|server|cmd|internal|scripts|environments?|envs?|prod|production|staging|dev|\.github|\.circleci)$/i;
/**
 * A file in a vendored dependency's folder (`node_modules/`, `vendor/`, `_vendor/`, `third_party/`, `bower_components/`,
 * `.yarn/`, `site-packages/`, `dist-packages/`), relative to the scanned folder (`--dir node_modules/pkg` judges that package
 * as a project of its own): another project's files, copied in. Its Dockerfiles, compose files, manifests, env files and
 * settings are that project's (a vendored module's integration-test `docker-compose.yml`, a package's dev `Dockerfile`), not
 * this repository's deployment, so the readers of deploy configuration leave them out, as the secret scan does; one that the
 * repository's own configuration builds or includes (a compose `build:` of `vendor/laravel/sail/runtimes/8.3`) is read.
 */
const isVendored = folderFact((dir) => {
    // (Every pattern ends at a `/`: the folder decides.)
    const rel = underScan(dir);
    if (VENDORED_DIR.test(rel))
        return true;
    if (!rel.includes('vendor/'))
        return false;
    for (const m of rel.matchAll(VENDOR_DIR))
        if (!OWN_LAYOUT.test(m[1]))
            return true;
    return false;
});
// Split in a folder part and a name part: one regex over the whole path with both was the
// costliest path test of a scan.
// Jest's own folders (`__tests__/`, `__snapshots__/`, `__mocks__/`, `__fixtures__/`) and test helper folders (`test-utils/`,
// `testutil/`, `test_helpers/`). Not `playwright/` or `puppeteer/`: a browser-automation service deployed as such has those names.
// Also .NET test projects, named `<Project>.Tests/`, `.UnitTests/`, `.IntegrationTests/`\u2026 by convention, and Semgrep's `.semgrep/`
// folder, whose rules' test targets (`.semgrep/rules/missing-user.dockerfile`) are deliberately bad files beside them.
const TEST_DIR_RE = /(?:^|\/)(?:tests?|testing|__tests__|__snapshots__|__fixtures__|spec|specs|fixtures?|testdata|test-data|test[-_]?utils?|test[-_]helpers|mocks?|__mocks__|e2e|cypress|\.semgrep|[^/]+\.(?:Tests?|UnitTests?|IntegrationTests?|FunctionalTests?|AcceptanceTests?|ComponentTests?|E2ETests?|Specs?))\//i;
/**
 * The one list of example folders' names (illustration folders bar `docs/`): `examples/`, `samples/`, `demos/`, `playground/`, and
 * Go's spelling of them, `_examples/` (`_example/`, `_samples/`, `_demos/`\u2026): the go tool ignores `_`-prefixed folders, so a
 * library's example programs there are never part of its module's build (go-chi's, Echo's `_examples/`; QA52 polyglot D11).
 */
const EXAMPLE_DIRS = 'examples|samples|demos|playground|_examples?|_samples?|_demos?|_playground';
/**
 * Illustration folders: `examples/`, `samples/`, `demos/`, `docs/` (plural, lower case, as written) and `playground/` (and Go's
 * `_examples/`: EXAMPLE_DIRS) hold compose files,
 * manifests and code that show how to run something (a library's example and demo apps, a docs site's snippets, the app a Nuxt module's
 * starter serves with `nuxi dev playground`), not the repository's production deployment (QA-P A5).
 * Singular `example/`, `sample/` and `demo/` are not: they are common names of the application itself (awesome-compose's Django project
 * `app/example/`, Go's `example/main.go` of a one-app repository, the `demo/` project Spring Initializr unzips). Not inside a JVM source tree either, whose folders are package
 * names: Spring Initializr's `src/main/java/com/example/\u2026` is the application (and so is a package `\u2026/java/com/acme/examples/`);
 * an `examples/` folder above the tree still is one (`examples/petclinic/src/main/java/\u2026`). Nor a `docs` folder that is an app of a
 * monorepo (docsApps: Turborepo's `apps/docs`, listed by the workspace, or an app folder with its own Dockerfile; QA47 monorepo27 O1):
 * the illustration test passes over that one folder, so its own `examples/` still is one, and so are its documentation
 * folders (docsContent: `apps/docs/versioned_docs/`, `i18n/`, `blog/`, a chapter of pages; QA48 review S1).
 * Docusaurus' frozen copies of `docs/` are `docs/` as well: `versioned_docs/version-1.x/` and the translated docs,
 * `i18n/<lang>/docusaurus-plugin-content-docs/` (QA48 review S1: `website/versioned_docs/` was judged, `website/docs/` not).
 */
const ILLUSTRATION_DIR_RE = new RegExp(`(?:^|/)(?:${EXAMPLE_DIRS}|docs|versioned_docs|docusaurus-plugin-content-docs)/`);
/** The illustration folders that hold no deployed site (`docs/` may: a documentation site's Dockerfile). */
const EXAMPLE_DIR_RE = new RegExp(`(?:^|/)(?:${EXAMPLE_DIRS})/`);
/**
 * Where a JVM source tree's package folders begin: after a source set's language folder (`src/main/java/`,
 * `app/src/test/kotlin/`), or without one after the first `java/`, `kotlin/`, `scala/` or `groovy/` folder (Bazel's `java/com/acme/\u2026`).
 */
const SOURCE_SET_RE = /(?:^|\/)src\/[^/]+\/(?:java|kotlin|scala|groovy)\//;
const PACKAGE_TREE_RE = /(?:^|\/)(?:java|kotlin|scala|groovy)\//;
/**
 * The folders of `path` above its JVM package tree (all of it outside one): an illustration folder counts only there, so
 * the package `com.acme.examples` is the application, while the example app `examples/petclinic/src/main/java/\u2026` is an
 * illustration as its `src/main/resources/` beside it is (QA30 jvm2 D1).
 */
function abovePackages(path) {
    const m = SOURCE_SET_RE.exec(path) ?? PACKAGE_TREE_RE.exec(path);
    return m ? path.slice(0, path.charCodeAt(m.index) === 47 ? m.index + 1 : m.index) : path;
}
const TEST_NAME_RE = /^(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec|stories)\.[a-z]+|conftest\.py)$/i;
/**
 * Per-environment test configuration: Phoenix `config/test.exs`, Rails `config/environments/test.rb`,
 * Django `settings/test.py`/`testing.py`, Spring `application-test.yml`/`.properties` (and `application-it.yml`, the integration-test
 * profile Maven Failsafe runs), .NET
 * `appsettings.Test.json`, the dotenv files `.env.test`/`.env.testing` (dotenv-rails, Symfony, Laravel; their `.local`
 * overrides). The test environment's settings, loaded only by the test runner (env-file-committed still reports a
 * committed one: it does not ask whether a file is a test file).
 */
const TEST_CONFIG_RE = /(?:^|\/)(?:config\/test\.exs|config\/environments\/test\.rb|settings\/(?:tests?|testing)\.py|application-(?:test|testing|it)\.(?:ya?ml|properties)|appsettings\.(?:test|testing)\.json|\.env\.(?:test|testing)(?:\.local)?)$/i;
/**
 * A Dockerfile that builds no production image: under a test folder (`tests/`, `e2e/`, `fixtures/`\u2026) or an
 * `examples/`/`samples/`/`demos/`/`playground/` folder. Not `docs/`: a Dockerfile there usually builds the documentation site, which is deployed.
 */
const isTestDockerfile = pathFact((full) => {
    const path = underScan(full);
    return TEST_DIR_RE.test(path) || EXAMPLE_DIR_RE.test(abovePackages(path));
});
/** Tests, fixtures, mocks and stories (by folder or name), illustration folders (`examples/`, `samples/`, `demos/`, `playground/`, `docs/` \u2014 Docusaurus' `versioned_docs/` too \u2014 but a monorepo's docs app, bar its documentation folders) and test-environment configuration: what they configure never reaches production. */
const isTestFile = pathFact((full) => {
    const path = underScan(full);
    // Every test name and test configuration's name holds one of TEST_NAME_HINT's words: most paths are tested by their folder only.
    return (TEST_NAME_HINT.test(basename(path)) && (TEST_NAME_RE.test(basename(path)) || TEST_CONFIG_RE.test(path))) || testFolder(full);
});
/** A word each name TEST_NAME_RE and TEST_CONFIG_RE match holds (any case), or Spring's integration-test profile file (`application-it.yml`). */
const TEST_NAME_HINT = /test|spec|stories|^application-it\./i;
/**
 * isTestFile's folder part: a test or illustration folder. Every pattern (TEST_DIR_RE, ILLUSTRATION_DIR_RE and abovePackages')
 * ends at a `/`, so the folder decides, and the files of a folder share the answer.
 */
const testFolder = folderFact((dir) => {
    const rel = underScan(dir);
    return TEST_DIR_RE.test(rel) || ILLUSTRATION_DIR_RE.test(abovePackages(withoutDocsApps(rel))) || inDocsAppContent(rel);
});


/***/ }),

/***/ 18650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   Ao: () => (/* binding */ LFS_POINTER_PROBLEM),
/* harmony export */   CU: () => (/* binding */ UNREADABLE_SKIP),
/* harmony export */   D0: () => (/* binding */ textLinkTarget),
/* harmony export */   I: () => (/* binding */ BINARY_SKIP),
/* harmony export */   Kv: () => (/* binding */ inGitFolder),
/* harmony export */   Lh: () => (/* binding */ unquoteName),
/* harmony export */   NS: () => (/* binding */ isLfsPointer),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   Wp: () => (/* binding */ RepoReader),
/* harmony export */   X1: () => (/* binding */ TOO_LARGE_SKIP),
/* harmony export */   Z2: () => (/* binding */ chunkPosition),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   l$: () => (/* binding */ SCAN_LIMIT_SKIPS),
/* harmony export */   mP: () => (/* binding */ GIT_FOLDER_NAMED),
/* harmony export */   safeRealpath: () => (/* binding */ safeRealpath),
/* harmony export */   v_: () => (/* binding */ entryExists),
/* harmony export */   wA: () => (/* binding */ crLineBreaks),
/* harmony export */   z0: () => (/* binding */ GIT_DIR_SKIP)
/* harmony export */ });
/* unused harmony exports LINE_OVERLAP, PARTIAL_SCAN_SKIP, SCAN_BUDGET_SKIP, textWithNuls */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84592);




const MAX_FILE_BYTES = 1024 * 1024;
/**
 * How much of a larger file the secret scan reads, in chunks of whole lines (a committed
 * `terraform.tfstate` or a data dump can hold keys): files are parsed only up to MAX_FILE_BYTES.
 */
const MAX_SCAN_BYTES = 64 * 1024 * 1024;
/** What all large files of one run (per reading thread) may add together. */
const MAX_SCAN_TOTAL = 256 * 1024 * 1024;
/**
 * Where a position inside a chunk is in the whole file, or null when it lies in the part of a cut line the next chunk
 * reads again (left to that chunk, which reads it whole).
 */
function chunkPosition(c, line, column) {
    if (c.rereadFrom !== undefined && line === 1 && column - 1 >= c.rereadFrom)
        return null;
    return { line: line + c.firstLine - 1, column: line === 1 && c.lineOffset ? column + c.lineOffset : column };
}
/**
 * How far back (in bytes) the next chunk of a line longer than a chunk starts, so a token the cut goes
 * through is read whole by that chunk (tokens and secret assignments are far shorter).
 */
const LINE_OVERLAP = 64 * 1024;
/** The reason recorded for a file over MAX_FILE_BYTES whose secret scan stopped at MAX_SCAN_BYTES (the rest was not read). */
const PARTIAL_SCAN_SKIP = `scanned for secrets only in its first ${MAX_SCAN_BYTES / (1024 * 1024)} MiB (the rest of the file was not read)`;
/** The reason recorded for a large file the run's budget for large files (MAX_SCAN_TOTAL) left unread, wholly or in part. */
const SCAN_BUDGET_SKIP = `not scanned for secrets (or only in part): files over 1 MiB already took the ${MAX_SCAN_TOTAL / (1024 * 1024)} MiB a run reads of such files`;
/** Reasons that say a secret scan did not read a whole file: noted in the report, whichever thread read it. */
const SCAN_LIMIT_SKIPS = new Set([PARTIAL_SCAN_SKIP, SCAN_BUDGET_SKIP]);
/** The reason recorded for a text file over MAX_FILE_BYTES, which `read` refuses (its chunks may still be read). */
const TOO_LARGE_SKIP = `larger than ${MAX_FILE_BYTES} bytes`;
/** The reason recorded for a file the process may not read (noted in the report: its checks did not see it). */
const UNREADABLE_SKIP = 'permission denied: the file cannot be read';
/** The reason recorded for a file with NUL bytes that is not UTF-16 text. */
const BINARY_SKIP = 'binary';
const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants;
/** Open flags that refuse a symlink as the last component (ELOOP) and never block on a FIFO. */
const OPEN_FLAGS = O_NOFOLLOW !== undefined ? O_RDONLY | O_NOFOLLOW | (O_NONBLOCK ?? 0) : null;
const DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const UTF16LE = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const UTF16BE = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });
/**
 * Reads repository files as text, safely: never outside the root (no `..` or absolute paths, every
 * symlinked component resolved), never binary files or files over 1 MiB (recorded in `skipped`).
 * One shared buffer per thread serves every read, so tens of thousands of files allocate one
 * Buffer, and a regular file costs one open, usually one read and one close (no stat).
 */
class RepoReader {
    root;
    realRoot;
    textLinks;
    skipped = [];
    /** Files read (for benchmarks and the "read once" test). */
    reads = 0;
    realDirs = new Map();
    /**
     * `textLinks`: tracked symlinks the working tree holds as plain files of their target's path (FileList.textLinks:
     * `core.symlinks=false`), read as the links they are: their target, by the rules of a real link.
     */
    constructor(root, realRoot = safeRealpath(root), textLinks = {}) {
        this.root = root;
        this.realRoot = realRoot;
        this.textLinks = textLinks;
        this.anyTextLinks = Object.keys(textLinks).length > 0;
    }
    /**
     * Whether there are text links at all (almost never): `Object.hasOwn` on a path the engine has not seen as a key looks it up
     * in V8's string table, ~0.2 \u00b5s a file for nothing (~8 ms over the bench monorepo's 39,013 files).
     */
    anyTextLinks;
    /** The text of `file` (a repository path), or null when it cannot or must not be read. */
    read(file) {
        const fd = this.openFile(file);
        if (fd === null)
            return null;
        let n;
        try {
            n = readInto(fd);
            // Nothing read: an empty file, or a FIFO/device that O_NONBLOCK let open; only a file is text.
            if (n === 0 && !node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd).isFile())
                return null;
        }
        catch {
            return null;
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
        }
        // UTF-16 with a byte-order mark (what Windows PowerShell's `>` writes): text, whose NUL bytes are no sign of binary.
        // (A BOM, an even length and a NUL byte, as every UTF-16 text with ASCII in it has: `FF FE` alone also starts invalid UTF-8.)
        const bom = n >= 4 && n % 2 === 0 ? (SHARED[0] === 0xff && SHARED[1] === 0xfe ? 'utf-16le' : SHARED[0] === 0xfe && SHARED[1] === 0xff ? 'utf-16be' : null) : null;
        let utf16 = bom !== null && SHARED.subarray(2, Math.min(n, 8000)).includes(0) ? bom : null;
        // A NUL byte where git looks (the first 8000 bytes) makes a file binary, unless the bytes there say it is text all the
        // same (textWithNuls): UTF-16 without a byte-order mark, or UTF-8 text with a stray NUL. Git's own files stay bytes.
        let binary = utf16 === null && SHARED.subarray(0, Math.min(n, 8000)).includes(0);
        if (binary && readsLoneCr(file)) {
            const kind = textWithNuls(SHARED, n);
            if (kind !== 'binary') {
                binary = false;
                if (kind !== 'utf-8') {
                    utf16 = kind;
                    this.utf16NoBom.add(file);
                }
            }
        }
        if (n > MAX_FILE_BYTES && !binary) {
            this.skip(file, TOO_LARGE_SKIP);
            this.lastTooLarge = file;
            return null;
        }
        this.reads++;
        if (binary) {
            this.skip(file, BINARY_SKIP);
            return null;
        }
        const buf = SHARED.subarray(0, n);
        if (utf16)
            this.utf16.add(file);
        const text = (utf16 === 'utf-16le' ? UTF16LE : utf16 === 'utf-16be' ? UTF16BE : DECODER).decode(buf);
        return readsLoneCr(file) ? crLineBreaks(text) : text;
    }
    /** Files `read` decoded from UTF-16 (a byte-order mark): Docker and the checklist loader refuse such files, YAML and secret scans read them. */
    utf16 = new Set();
    /** The files of `utf16` that have no byte-order mark (a NUL every other byte): no YAML reader docker compose uses decodes them. */
    utf16NoBom = new Set();
    /** The last file `read` refused for its size (a text file: binaries are refused as binary). */
    lastTooLarge = null;
    /** What is left of MAX_SCAN_TOTAL for this reader's large files. */
    largeBudget = MAX_SCAN_TOTAL;
    /** What is left of MAX_SCAN_TOTAL for peeks (`readChunks` with `peek`): reads that only classify a large file. */
    peekBudget = MAX_SCAN_TOTAL;
    /**
     * The first MAX_SCAN_BYTES of a text file larger than MAX_FILE_BYTES (which `read` refuses), in
     * chunks of whole lines of at most ~1 MiB, read lazily (one chunk in memory at a time); null for
     * any other file. By default only for the file `read` just refused for its size (a file pass asks
     * after every refusal; a binary or missing file costs nothing more); `checkSize` looks itself.
     * All large files of a reader share MAX_SCAN_TOTAL bytes, so committed data dumps cannot make
     * a run arbitrarily long.
     * With `peek` (a read that only classifies the file: a manifest's kinds, nginx directives, a large `.gitignore`), the
     * bytes come from a budget of their own, and a read cut short records no skip: the secret scan's budget and notes
     * stay the secret scan's.
     */
    readChunks(file, checkSize = false, opts = {}) {
        if (!checkSize && this.lastTooLarge !== file)
            return null;
        if (checkSize) {
            const probe = this.openFile(file);
            if (probe === null)
                return null;
            let large = false;
            try {
                const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(probe);
                large = st.isFile() && st.size > MAX_FILE_BYTES;
            }
            catch { /* not readable */ }
            finally {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(probe);
            }
            if (!large)
                return null;
        }
        const peek = opts.peek === true;
        if (peek ? this.peekBudget <= 0 : this.largeBudget <= 0) {
            if (!peek)
                this.skip(file, SCAN_BUDGET_SKIP);
            return null;
        }
        const self = this;
        const budget = () => (peek ? self.peekBudget : self.largeBudget);
        return {
            *[Symbol.iterator]() {
                const fd = self.openFile(file);
                if (fd === null)
                    return;
                const buf = Buffer.allocUnsafe(MAX_FILE_BYTES);
                try {
                    let kept = 0;
                    let total = 0;
                    let line = 1;
                    let lineOffset = 0;
                    let eol = 0x0a;
                    for (let guard = 0; guard < MAX_SCAN_BYTES / 1024 + 2; guard++) {
                        const limit = Math.min(MAX_SCAN_BYTES, total + budget());
                        const got = total < limit ? node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, buf, kept, Math.min(buf.length - kept, limit - total), null) : 0;
                        total += got;
                        if (peek)
                            self.peekBudget -= got;
                        else
                            self.largeBudget -= got;
                        const n = kept + got;
                        if (n === 0)
                            return;
                        // Binary (as `read` decides): no chunks. UTF-16 too (large UTF-16 files are not read).
                        if (guard === 0 && buf.subarray(0, Math.min(n, 8000)).includes(0) && (!readsLoneCr(file) || textWithNuls(buf, n) !== 'utf-8'))
                            return;
                        // A first window with lone CRs and no LF: a CR-only file (classic Mac), its lines read as LF lines (crLineBreaks).
                        if (guard === 0)
                            eol = readsLoneCr(file) && !buf.subarray(0, n).includes(0x0a) && buf.subarray(0, n).includes(0x0d) ? 0x0d : 0x0a;
                        // Cut after the last newline; a window without one (a huge minified line) is cut at a
                        // UTF-8 character boundary, and the next chunk goes on with that line from up to
                        // LINE_OVERLAP bytes before the cut. At the end of the file (or of the budget) all of it goes.
                        let cut = got === 0 ? n : buf.lastIndexOf(eol, n - 1) + 1;
                        const midLine = cut === 0;
                        if (midLine)
                            cut = utf8Boundary(buf, n);
                        else if (got !== 0)
                            cut = beforeOpenPemBlock(buf, cut, eol);
                        const decoded = DECODER.decode(buf.subarray(0, cut));
                        const text = eol === 0x0d ? decoded.replace(LONE_CR_ALL, '\n') : decoded;
                        // A chunk that is all one piece of a line: the next one starts again before the cut (after a
                        // delimiter when there is one near, not inside a word), its first column that far on.
                        const overlap = got !== 0 && midLine && !text.includes('\n');
                        const next = overlap ? lineRestart(buf, cut) : cut;
                        const rereadFrom = overlap ? text.length - DECODER.decode(buf.subarray(next, cut)).length : 0;
                        yield { text, firstLine: line, ...(lineOffset ? { lineOffset } : {}), ...(overlap ? { rereadFrom } : {}) };
                        if (got === 0) {
                            // Stopped at a limit with more of the file left: said (a note), never a silent pass.
                            if (!peek && total >= limit && node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd).size > total)
                                self.skip(file, limit >= MAX_SCAN_BYTES ? PARTIAL_SCAN_SKIP : SCAN_BUDGET_SKIP);
                            return;
                        }
                        if (overlap)
                            lineOffset += rereadFrom;
                        else {
                            let last = -1;
                            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
                                line++;
                                last = i;
                            }
                            // Cut after a line break, as a rule; else (a CR-only file's stray LF) the next chunk goes on with the line.
                            lineOffset = text.endsWith('\n') ? 0 : last === -1 ? lineOffset + text.length : text.length - last - 1;
                        }
                        kept = n - next;
                        buf.copyWithin(0, next, n);
                    }
                }
                finally {
                    node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
                }
            },
        };
    }
    /**
     * Opens a repository file for reading, safely: never outside the root (every directory on the
     * way resolved once, a symlinked file followed only when it stays inside). Null when it cannot
     * or must not be opened (the reason recorded when it is not simply missing).
     */
    openFile(file) {
        if (!isInside(file)) {
            this.skip(file, 'path outside the repository');
            return null;
        }
        if (this.anyTextLinks && Object.hasOwn(this.textLinks, file))
            return this.openTextLink(file);
        const dir = this.realDir((0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .dirname */ .pD)(file));
        // Not there under this name: a name that is not UTF-8, listed as git quotes it, is opened by its bytes.
        if (dir === false)
            return this.openQuoted(file);
        if (dir === null) {
            this.skip(file, 'symlink pointing outside the repository');
            return null;
        }
        let real = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${(0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .basename */ .P8)(file)}`;
        try {
            return this.open(real);
        }
        catch (e) {
            const code = e.code;
            // A tracked file this user may not read: said, never silently passed over.
            if (code === 'EACCES' || code === 'EPERM') {
                this.skip(file, UNREADABLE_SKIP);
                return null;
            }
            if (code === 'ENOENT' && file.includes('\\'))
                return this.openQuoted(file);
            if (code !== 'ELOOP' && OPEN_FLAGS !== null)
                return null;
            // The last component is a symlink: follow it only when it stays inside the repository.
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(real);
                if (!isWithin(this.realRoot, real)) {
                    this.skip(file, 'symlink pointing outside the repository');
                    return null;
                }
                if (this.inGitDir(real)) {
                    this.skip(file, GIT_DIR_SKIP);
                    return null;
                }
                return node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(real, OPEN_FLAGS === null ? 'r' : O_RDONLY | (O_NONBLOCK ?? 0));
            }
            catch {
                // A link that leads nowhere (its target missing, a loop): said, so a check does not take it for a file a sparse
                // checkout left out.
                const broken = this.brokenLink(file);
                if (broken)
                    this.skip(file, broken);
                return null;
            }
        }
    }
    /**
     * Opens the target of a tracked symlink checked out as a plain file (textLinks), as openFile follows a real one: a
     * target out of the repository or into `.git` refused, a missing one said; what is recorded about the target is
     * recorded for the link, as for a real link.
     */
    openTextLink(file) {
        const to = textLinkTarget(this.textLinks, file);
        if ('reason' in to) {
            this.skip(file, to.reason);
            return null;
        }
        const before = this.skipped.length;
        const fd = this.openFile(to.target);
        for (let k = before; k < this.skipped.length; k++)
            if (this.skipped[k].file === to.target)
                this.skipped[k] = { ...this.skipped[k], file };
        if (fd === null && this.skipped.length === before)
            this.skip(file, `symlink target missing (it points to ${this.textLinks[file]})`);
        return fd;
    }
    /**
     * Opens a file listed under git's quoting of a name that is not UTF-8 (`caf\351.env`: see quoteName) by the name's
     * bytes, as safely as openFile: its folder resolved inside the root (and outside `.git`), a symlinked file followed
     * only when it stays inside. Null when `file` is no such name, or no such file is there.
     */
    openQuoted(file) {
        const bytes = unquoteName(file);
        if (bytes === null)
            return null;
        const sep = Buffer.from(node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
        const slash = bytes.lastIndexOf(0x2f);
        const root = Buffer.from(this.realRoot);
        let dir;
        try {
            dir = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(slash === -1 ? root : Buffer.concat([root, sep, bytes.subarray(0, slash)]), { encoding: 'buffer' });
        }
        catch {
            return null;
        }
        if (!this.insideBytes(dir)) {
            this.skip(file, 'symlink pointing outside the repository');
            return null;
        }
        const real = Buffer.concat([dir, sep, bytes.subarray(slash + 1)]);
        try {
            return this.open(real);
        }
        catch (e) {
            const code = e.code;
            if (code === 'EACCES' || code === 'EPERM') {
                this.skip(file, UNREADABLE_SKIP);
                return null;
            }
            if (code !== 'ELOOP' && OPEN_FLAGS !== null)
                return null;
            try {
                const target = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(real, { encoding: 'buffer' });
                if (!this.insideBytes(target)) {
                    this.skip(file, 'symlink pointing outside the repository');
                    return null;
                }
                if (this.inGitDir(target.toString('latin1'), 'latin1')) {
                    this.skip(file, GIT_DIR_SKIP);
                    return null;
                }
                return node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(target, OPEN_FLAGS === null ? 'r' : O_RDONLY | (O_NONBLOCK ?? 0));
            }
            catch {
                return null;
            }
        }
    }
    /** Whether a real path (bytes) is inside the root and not in its `.git` folder (compared byte for byte, as Latin-1 text). */
    insideBytes(real) {
        const p = real.toString('latin1');
        return isWithin(Buffer.from(this.realRoot).toString('latin1'), p) && !this.inGitDir(p, 'latin1');
    }
    /** Like `read`, for a file a user named (a checklist, a CA): the text, or why it cannot be read. */
    readNamed(file) {
        // Named, so not a listed file: a path into `.git` is refused here, the links into it in openFile.
        if (inGitFolder(file))
            return { reason: GIT_FOLDER_NAMED };
        const before = this.skipped.length;
        const text = this.read(file);
        // Like a checklist named on the command line: UTF-16 is refused with a clear reason.
        if (text !== null && this.utf16.has(file))
            return { reason: `UTF-16 text (${this.utf16NoBom.has(file) ? 'without' : 'with'} a byte-order mark): save it as UTF-8`, content: true };
        if (text !== null)
            return { text };
        const reason = this.skipped.slice(before).find((s) => s.file === file)?.reason ?? this.brokenLink(file) ?? 'not found (or not a file)';
        // What is wrong is in the file's bytes (binary), not where it is: said at 1:1 like a parse problem.
        if (reason === BINARY_SKIP)
            return { reason: 'binary (not text)', content: true };
        return this.lastTooLarge === file ? { reason, tooLarge: true } : { reason };
    }
    /**
     * Why `file` cannot be opened when it is a symlink that leads nowhere: its target is missing (a rename broke it) or
     * it is a loop. Undefined for anything else (a missing file, a link whose folders do not exist).
     */
    brokenLink(file) {
        if (!isInside(file))
            return undefined;
        const dir = this.realDir((0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .dirname */ .pD)(file));
        if (typeof dir !== 'string')
            return undefined;
        const abs = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${(0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .basename */ .P8)(file)}`;
        let link = false;
        try {
            link = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
        }
        catch { /* not looked into */ }
        if (!link)
            return undefined;
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(abs);
            return undefined;
        }
        catch (e) {
            const code = e.code;
            let to = '';
            try {
                to = ` (it points to ${node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync(abs)})`;
            }
            catch { /* gone meanwhile */ }
            if (code === 'ELOOP')
                return `symlink loop${to}`;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return `symlink target missing${to}`;
            return undefined;
        }
    }
    open(real) {
        if (OPEN_FLAGS !== null)
            return node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(real, OPEN_FLAGS);
        // No O_NOFOLLOW (Windows): look before opening.
        if (node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(real).isSymbolicLink())
            throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(real, 'r');
    }
    /**
     * The real path of a repository directory; null when it resolves outside the root, false when it
     * does not exist. Built from the parent's real path, so only a link needs resolving: one lstat per
     * directory instead of a realpath (a readlink per component).
     */
    realDir(dir) {
        const hit = this.realDirs.get(dir);
        if (hit !== undefined)
            return hit;
        let real;
        if (dir === '')
            real = this.realRoot;
        else {
            const parent = this.realDir((0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .dirname */ .pD)(dir));
            if (parent === false || parent === null)
                real = parent;
            else {
                const here = `${parent}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}${(0,_classify_js__WEBPACK_IMPORTED_MODULE_3__/* .basename */ .P8)(dir)}`;
                try {
                    const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(here, { throwIfNoEntry: false });
                    if (!st)
                        real = false;
                    else if (st.isSymbolicLink()) {
                        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(here);
                        if (!isWithin(this.realRoot, real) || this.inGitDir(real))
                            real = null;
                        else if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(real).isDirectory())
                            real = false;
                    }
                    else
                        real = st.isDirectory() ? here : false;
                }
                catch {
                    real = false;
                }
            }
        }
        this.realDirs.set(dir, real);
        return real;
    }
    skip(file, reason) { this.skipped.push({ file, reason }); }
    /**
     * Whether a resolved path lies in a `.git` folder of the repository (its own, a nested clone's): git's metadata (a checkout's credentials in
     * `.git/config`, hooks), never repository content \u2014 a tracked link there is refused like one out of the repository.
     */
    inGitDir(real, encoding) {
        const root = encoding ? Buffer.from(this.realRoot).toString(encoding) : this.realRoot;
        // Any `.git` folder of the repository (a nested clone's, a submodule's), as a text link's target is judged (inGitFolder).
        return isWithin(root, real) && inGitFolder(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, real).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
    }
}
/**
 * A file name that is not valid UTF-8 (a Latin-1 `caf\xe9.env` from an old repository), as text the way git quotes it
 * (`core.quotePath`): each byte that is not part of a UTF-8 character as a backslash and three octal digits
 * (`caf\351.env`), a backslash as two; the rest (UTF-8 characters) as it is. Its folders and extension stay what
 * they are, so it is classified as the file it is (`d\351p/Dockerfile` is a Dockerfile); unquoteName gives the bytes back.
 */
function quoteName(bytes) {
    let out = '';
    let from = 0;
    const flush = (to) => { out += Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8'); };
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        if (b < 0x80) {
            if (b === 0x5c) {
                flush(i);
                out += '\\\\';
                from = i + 1;
            }
            i++;
            continue;
        }
        const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (len && i + len <= bytes.length && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + len))) {
            i += len;
            continue;
        }
        flush(i);
        out += `\\${b.toString(8).padStart(3, '0')}`;
        from = ++i;
    }
    flush(bytes.length);
    return out;
}
/**
 * The bytes of a name quoteName made from a name that is not UTF-8 (so `caf\351.env` gives `caf\xe9.env`); null for
 * any other name (no backslash, an escape quoteName does not write, or bytes that quoteName would write otherwise).
 */
function unquoteName(name) {
    if (!name.includes('\\'))
        return null;
    const parts = [];
    let from = 0;
    for (let i = name.indexOf('\\'); i !== -1; i = name.indexOf('\\', from)) {
        parts.push(Buffer.from(name.slice(from, i), 'utf8'));
        if (name[i + 1] === '\\') {
            parts.push(Buffer.of(0x5c));
            from = i + 2;
            continue;
        }
        const oct = /^[23][0-7]{2}/.exec(name.slice(i + 1, i + 4));
        if (!oct)
            return null;
        parts.push(Buffer.of(parseInt(oct[0], 8)));
        from = i + 4;
    }
    parts.push(Buffer.from(name.slice(from), 'utf8'));
    const bytes = Buffer.concat(parts);
    return !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes) && quoteName(bytes) === name ? bytes : null;
}
/** The reason recorded for a tracked symlink into the repository's `.git` folder. */
const GIT_DIR_SKIP = "symlink pointing into the repository's .git folder: git's metadata, not repository content";
/** Why a named file in a `.git` folder (`baseline: .git/config`) is not read. */
const GIT_FOLDER_NAMED = "in a .git folder: git's metadata, not repository content";
/**
 * Whether a repository path (`/`-separated, relative) goes through a `.git` folder: a component `.git` in any case, which
 * git refuses to track (its verify_path), so such a path is never repository content but git's metadata \u2014 the
 * repository's own (`.git/config` holds the token actions/checkout persists), a submodule's or a nested clone's. A file
 * a checklist names there is refused, as a tracked symlink into `.git` is.
 */
/** The most links followed from one path (Linux's limit): a longer chain is a loop. */
const MAX_LINK_HOPS = 40;
/**
 * Where the tracked symlink `file` (a repository path) leads when the working tree holds it, and maybe links among the
 * folders on the way, as plain files of their targets' paths (`links`: link \u2192 target as written, FileList.textLinks):
 * the repository path it resolves to, by the rules of a real link (relative to the link's folder); or why it is not
 * followed, in the words the reader uses for a real link (out of the repository, into `.git`, a loop).
 */
function textLinkTarget(links, file) {
    const outside = { reason: 'symlink pointing outside the repository' };
    let parts = file.split('/');
    let hops = 0;
    // Component by component: a folder link checked out as text on the way is followed too (from the start again).
    for (let k = 0; k < parts.length;) {
        const here = parts.slice(0, k + 1).join('/');
        const to = Object.hasOwn(links, here) ? links[here] : undefined;
        if (to === undefined) {
            k++;
            continue;
        }
        if (++hops > MAX_LINK_HOPS)
            return { reason: `symlink loop (it points to ${links[file] ?? to})` };
        if (to.startsWith('/') || to.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(to))
            return outside;
        const joined = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize([...parts.slice(0, k), to, ...parts.slice(k + 1)].join('/'));
        if (joined === '..' || joined.startsWith('../'))
            return outside;
        parts = joined.split('/').filter((c) => c !== '' && c !== '.');
        k = 0;
    }
    const target = parts.join('/');
    if (!target)
        return { reason: `symlink to the repository's root folder (it points to ${links[file]}), not a file` };
    if (inGitFolder(target))
        return { reason: GIT_DIR_SKIP };
    return { target };
}
function inGitFolder(file) {
    return file.split(WINDOWS ? /[\\/]/ : '/').some((c) => c.toLowerCase() === '.git');
}
/**
 * Files whose readers split lines on LF only, so a lone CR is part of a line: git's own (`.gitignore`,
 * `.gitattributes`, `.gitmodules`), which git reads as bytes. Every other file is read as YAML, dotenv and
 * editors read it, a lone CR being a line break.
 */
const readsLoneCr = (file) => !/(?:^|\/)\.git(?:ignore|attributes|modules)$/.test(file);
/**
 * `text` with LF line breaks when its line breaks are lone CRs (classic Mac OS, some generators: more lone CRs than
 * LFs), so a CR-only file reads like its LF twin, line for line and column for column (one character for one). YAML
 * (`b-break`), dotenv and editors take a lone CR as a line break; the `yaml` parser and the line splitting here
 * (`\r?\n`) would read the whole file as one line. CRLF is left as it is (every reader drops the CR before LF), and so
 * is a stray CR in an LF file: the lines reported stay git's (and GitHub's), which count LFs only.
 */
function crLineBreaks(text) {
    if (!text.includes('\r') || !LONE_CR.test(text))
        return text;
    let lone = 0;
    let lf = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a)
            lf++;
        else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)
            lone++;
    }
    return lone > lf ? text.replace(LONE_CR_ALL, '\n') : text;
}
const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;
/** What a Dockerfile or compose file that is a Git LFS pointer is reported as (a parse-error: no tool can read its content). */
const LFS_POINTER_PROBLEM = "a Git LFS pointer: the file's content is not checked out (actions/checkout needs `lfs: true`)";
/**
 * Whether `text` is a Git LFS pointer file (what a checkout without `git lfs pull` holds for a file stored in LFS:
 * `version https://git-lfs.github.com/spec/v1`, `oid sha256:\u2026`, `size \u2026`; under 1024 bytes by the specification).
 */
function isLfsPointer(text) {
    return text.length < 1024 && /^version https:\/\/(?:git-lfs|hawser)\.github\.com\/spec\/v1\r?\n/.test(text) && /^oid sha256:[0-9a-f]{64}\r?$/m.test(text);
}
/** How far back a chunk's end is searched for a PEM block it would cut in two (the key scanner reads up to 16,000 characters of body). */
const PEM_TAIL = 16_100;
/**
 * Moves a chunk's end (`cut`, just after a newline) back to the start of the line of a
 * `-----BEGIN` block that has no `-----END` before `cut`, so the block is read whole by the next
 * chunk; unchanged when there is none, or when the block starts on the chunk's first line.
 */
function beforeOpenPemBlock(buf, cut, eol = 0x0a) {
    const from = Math.max(0, cut - PEM_TAIL);
    const tail = buf.subarray(from, cut);
    const begin = tail.lastIndexOf('-----BEGIN');
    if (begin === -1 || tail.indexOf('-----END', begin) !== -1)
        return cut;
    const newline = tail.lastIndexOf(eol, begin);
    return newline === -1 ? cut : from + newline + 1;
}
/**
 * Where the chunk after `buf[0, cut)`, cut inside a line, starts: at most LINE_OVERLAP bytes before the cut, just
 * after the first delimiter (space, tab, `;`, `,`, brackets) there, so a word is not started in its middle; else at
 * the first UTF-8 character start from there. Always after the chunk's start, so chunks move on.
 */
function lineRestart(buf, cut) {
    let at = Math.max(1, cut - LINE_OVERLAP);
    for (let k = at; k < cut - 1; k++) {
        const b = buf[k];
        if (b === 0x20 || b === 0x09 || b === 0x3b || b === 0x2c || b === 0x28 || b === 0x29 || b === 0x7b || b === 0x7d || b === 0x5b || b === 0x5d)
            return k + 1;
    }
    while (at < cut && (buf[at] & 0xc0) === 0x80)
        at++;
    return at;
}
/** Where to cut `buf[0, n)` so no UTF-8 character is split: before a trailing incomplete one. */
function utf8Boundary(buf, n) {
    for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
        const b = buf[k];
        if ((b & 0xc0) === 0x80)
            continue;
        const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return k + len > n && k > 0 ? k : n;
    }
    return n;
}
/** The header git-crypt writes before a file's ciphertext (`\0GITCRYPT\0`, then a nonce). */
const GIT_CRYPT = Buffer.from('\0GITCRYPT\0', 'latin1');
/** Bytes that are no sign of text where they stand: C0 controls other than tab, LF, VT, FF, CR and ESC, and DEL. */
const isControl = (b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
/**
 * What a file with a NUL byte in its first 8000 bytes (where git looks: binary to git) is, judged on those bytes (one pass):
 * - `utf-16le`/`utf-16be`: UTF-16 text without a byte-order mark (what some Windows tools write): an even length, and in
 *   at least 3 of 4 code units an ASCII character (tab, line break or printable) and a zero byte \u2014 a NUL every other byte;
 * - `utf-8`: UTF-8 text with a few stray NUL bytes (an editor's or a generator's slip): valid UTF-8 there, and NULs and
 *   other control bytes together at most 1% of those bytes (up to 4 in a small file, never more than a tenth of it);
 * - `binary`: anything else \u2014 images, archives, compiled files, ciphertext (gpg, age, `openssl enc`: random bytes are
 *   control bytes one time in ten, and seldom valid UTF-8), a git-crypt file (its `\0GITCRYPT\0` header).
 */
function textWithNuls(buf, n) {
    const end = Math.min(n, 8000);
    if (end >= GIT_CRYPT.length && GIT_CRYPT.equals(buf.subarray(0, GIT_CRYPT.length)))
        return 'binary';
    if (n % 2 === 0 && end >= 4) {
        let le = 0;
        let be = 0;
        const units = end >> 1;
        for (let i = 0; i + 1 < end; i += 2) {
            const a = buf[i];
            const b = buf[i + 1];
            if (b === 0 && a !== 0 && a < 0x80 && !isControl(a))
                le++;
            else if (a === 0 && b !== 0 && b < 0x80 && !isControl(b))
                be++;
        }
        if (le * 4 >= units * 3)
            return 'utf-16le';
        if (be * 4 >= units * 3)
            return 'utf-16be';
    }
    let odd = 0;
    for (let i = 0; i < end; i++)
        if (buf[i] === 0 || isControl(buf[i]))
            odd++;
    if (odd > Math.max(4, Math.floor(end / 100)) || odd * 10 > end)
        return 'binary';
    // Valid UTF-8 up to the window's end (a character the 8000-byte cut goes through is not held against it).
    let cut = end;
    if (end < n)
        for (let k = end - 1; k >= Math.max(0, end - 3); k--)
            if ((buf[k] & 0xc0) !== 0x80) {
                cut = k;
                break;
            }
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(0, cut)) ? 'utf-8' : 'binary';
}
/** One buffer per thread, one byte longer than the limit: a full buffer means "too large". */
const SHARED = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
/** Reads a file into the shared buffer (at most MAX_FILE_BYTES + 1 bytes); returns the length. */
function readInto(fd) {
    let n = 0;
    // A short read of a regular file means end of file: usually one read call per file.
    while (n < SHARED.length) {
        const want = SHARED.length - n;
        const got = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, SHARED, n, want, null);
        n += got;
        if (got === 0 || got < want)
            break;
    }
    return n;
}
const WINDOWS = process.platform === 'win32';
function isInside(p) {
    // `c:notes.env` and `a\..\b` are ordinary names on POSIX; drive letters and backslashes count on Windows only.
    if (p === '' || node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(p) || (WINDOWS && /^[A-Za-z]:/.test(p)))
        return false;
    return !p.includes('..') || !p.split(WINDOWS ? /[\\/]/ : '/').includes('..');
}
/**
 * Whether a directory entry is at `abs`, whatever it is: a file, a folder, a FIFO, or a symlink even when its target is
 * missing (`fs.existsSync` follows links, so a broken one would look absent). Discovery uses it: a tracked checklist
 * path that holds something is the team's checklist, read (or refused with the reason), never passed over for the preset.
 */
function entryExists(abs) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(abs, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
function safeRealpath(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(p);
    }
    catch {
        return p;
    }
}
function isWithin(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel));
}


/***/ }),

/***/ 64170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readProblem),
/* harmony export */   P_: () => (/* binding */ urlNotInMessage),
/* harmony export */   WO: () => (/* binding */ itemBlocks),
/* harmony export */   YA: () => (/* binding */ MAX_CONFIG_ERRORS),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   bi: () => (/* binding */ writeProblem),
/* harmony export */   eL: () => (/* binding */ maxSeverity),
/* harmony export */   hj: () => (/* binding */ configErrorsInFileOrder),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   kV: () => (/* binding */ configErrors),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   sh: () => (/* binding */ awaitsSignOff),
/* harmony export */   w$: () => (/* binding */ inFileOrder),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Core data types shared by every part of Preflight. The JSON report (version 1) is a
 * serialisation of `Report`; fields marked "contract" are relied on by external tooling.
 */
/** Severities, most severe first. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const severityRank = (s) => SEVERITIES.indexOf(s);
/** True when `s` is at least as severe as the threshold. */
function atLeast(s, threshold) {
    if (threshold === 'none')
        return false;
    return severityRank(s) <= severityRank(threshold);
}
function isSeverity(v) {
    return typeof v === 'string' && SEVERITIES.includes(v);
}
function maxSeverity(list, fallback = 'info') {
    let best = fallback;
    let seen = false;
    for (const s of list)
        if (!seen || severityRank(s) < severityRank(best)) {
            best = s;
            seen = true;
        }
    return best;
}
/** A user-facing configuration or usage problem (exit 2). `where` is file:line:column. */
class ConfigError extends Error {
    where;
    constructor(message, where) {
        super(message);
        this.where = where;
        this.name = 'ConfigError';
    }
    /** Further errors found in the same pass (a checklist with several mistakes is reported whole, at most MAX_CONFIG_ERRORS). */
    more = [];
    /** Errors found beyond those. */
    omitted = 0;
    format() {
        if (!this.where)
            return this.message;
        const { file, line, column } = this.where;
        return `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${this.message}`;
    }
    /** This error and the ones found with it. */
    all() {
        return [this, ...this.more];
    }
}
/** At most this many configuration errors are reported from one pass over a checklist. */
const MAX_CONFIG_ERRORS = 10;
/**
 * One ConfigError for several found in one pass (in file order when located): the first, carrying the next ones
 * (at most MAX_CONFIG_ERRORS in all) and how many more there were. Undefined for none.
 */
function configErrors(errors) {
    if (!errors.length)
        return undefined;
    const flat = errors.flatMap((e) => e.all());
    const first = flat[0];
    const extra = errors.reduce((n, e) => n + e.omitted, 0);
    first.more = flat.slice(1, MAX_CONFIG_ERRORS);
    first.omitted = flat.length - Math.min(flat.length, MAX_CONFIG_ERRORS) + extra;
    return first;
}
/** Errors sorted by where they are written (a stable sort: unlocated ones keep their order, first). */
function inFileOrder(errors) {
    return [...errors].sort((a, b) => (a.where?.line ?? 0) - (b.where?.line ?? 0) || (a.where?.column ?? 0) - (b.where?.column ?? 0));
}
/** configErrors of every error given and the ones each carries, in file order (the counts of those left out kept). */
function configErrorsInFileOrder(errors) {
    const omitted = errors.reduce((n, e) => n + e.omitted, 0);
    const flat = errors.flatMap((e) => e.all());
    for (const e of flat) {
        e.more = [];
        e.omitted = 0;
    }
    const err = configErrors(inFileOrder(flat));
    if (err)
        err.omitted += omitted;
    return err;
}
const silentLogger = { info() { }, warn() { }, debug() { } };
/** Whether an item is a pending manual item that a tick in the pull request signs off (not one whose work is not done). */
const awaitsSignOff = (item) => item.status === 'pending' && !item.notDone;
/**
 * Whether an item holds the merge: an error, or a pending manual item when manual items gate, at
 * or above `fail-on`; otherwise one of its findings that gates (not a note, not suppressed, not
 * known from the baseline). The per-item view of the verdict the gate (src/gate/gate.ts)
 * computes; every reporter asks this.
 */
function itemBlocks(item, findings, report) {
    if (item.status === 'error')
        return atLeast(item.severity, report.failOn);
    if (item.status === 'pending')
        return report.context?.gatesManual !== false && atLeast(item.severity, report.failOn);
    return findings.some((f) => !f.note && !f.baseline && !f.suppressed && atLeast(f.severity, report.failOn));
}
/**
 * The URL a reporter shows beside a finding without a file, or null: a probe's message usually names its URL already
 * (`https://host/ sends no Strict-Transport-Security\u2026`), and once is enough. Every reporter asks this.
 */
function urlNotInMessage(f) {
    return !f.file && f.url && !f.message.includes(f.url) ? f.url : null;
}
/** Why a file a user named could not be read, as the end of a sentence: `not found`, `is a directory (expected a file)`\u2026 */
function readProblem(e, expected = 'a file') {
    const code = e?.code;
    if (code === 'ETOOBIG')
        return 'holds more than 1 MiB, the most read from a stream (write it to a file and name that)';
    if (code === 'ENOWRITER') {
        const waited = e.waitedMs;
        // How long it was waited on for a writer (readStream): a writer started later than that is too late.
        return `is a FIFO with nothing written to it${waited ? ` in ${Math.ceil(waited / 1000)} s` : ''} (no process wrote to it: start the writer first, or along with preflight)`;
    }
    if (code === 'ETTY')
        return `is a terminal: nothing was piped in (pipe ${expected} in, or name the file)`;
    return code === 'EISDIR' ? `is a directory (expected ${expected})` : code === 'ENOTREG' ? `is not a regular file (a device or socket; expected ${expected})` : code === 'EACCES' || code === 'EPERM' ? 'cannot be read: permission denied' : 'not found';
}
/** Why `file` could not be written (the report, the SARIF file), in words rather than an errno code. */
function writeProblem(e, file) {
    const err = e;
    switch (err?.code) {
        // mkdir -p over a file says EEXIST: what is wrong is that a parent is a file.
        case 'EEXIST':
        case 'ENOTDIR': return `a parent of ${file} is a file, not a directory`;
        case 'EISDIR': return 'it is a directory';
        // A folder on the way that cannot be made although its parent exists (`/proc/nope`).
        case 'ENOENT': return err.syscall === 'mkdir' && err.path ? `the folder ${err.path} cannot be created` : 'no such file or directory';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'ENOSPC': return 'no space left on the device';
        case 'EROFS': return 'read-only file system';
        default: return (err?.message ?? err?.code ?? String(e)).split('\n')[0];
    }
}


/***/ })

};
