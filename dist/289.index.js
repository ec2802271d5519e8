export const id = 289;
export const ids = [289];
export const modules = {

/***/ 70289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ scanChunks),
/* harmony export */   prestartWorkers: () => (/* binding */ prestartWorkers),
/* harmony export */   threadCount: () => (/* binding */ threadCount),
/* harmony export */   yF: () => (/* binding */ startScan)
/* harmony export */ });
/* unused harmony export chunkSize */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var _repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77941);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10053);




/**
 * Files per chunk: threads claim chunks one at a time, so a fast thread takes more of them.
 * About eight chunks per thread, 16 to 256 files each.
 */
function chunkSize(files, threads) {
    return Math.max(16, Math.min(256, Math.ceil(files / ((threads + 1) * 8))));
}
function scanChunks(files, chunk, jobs, defs, read, claim, readLarge = null) {
    const errors = jobs.map(() => null);
    const fail = (j, e) => { errors[j] = `check '${jobs[j].check}' failed: ${e?.message ?? String(e)}`; };
    const scanners = jobs.map((job, j) => {
        try {
            const def = defs.get(job.check);
            if (!def?.scan)
                throw new Error('no file scanner');
            return def.scan(job.options);
        }
        catch (e) {
            fail(j, e);
            return null;
        }
    });
    const results = jobs.map(() => []);
    const suppressions = [];
    const chunks = [];
    const wants = [];
    const total = Math.ceil(files.length / chunk);
    for (let guard = 0; guard <= total; guard++) {
        const c = claim();
        if (c < 0 || c >= total)
            break;
        chunks.push(c);
        const end = Math.min(files.length, (c + 1) * chunk);
        for (let i = c * chunk; i < end; i++) {
            const file = files[i];
            wants.length = 0;
            for (let j = 0; j < scanners.length; j++) {
                const sc = scanners[j];
                if (!sc)
                    continue;
                try {
                    if (sc.accepts(file))
                        wants.push(j);
                }
                catch (e) {
                    fail(j, e);
                    scanners[j] = null;
                }
            }
            if (!wants.length)
                continue;
            const text = read(file);
            if (text === null) {
                if (readLarge)
                    scanLarge(i, file);
                continue;
            }
            const sup = (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__/* .findSuppressions */ .A)(file, text);
            if (sup.length)
                suppressions.push([i, sup]);
            for (const j of wants) {
                const sc = scanners[j];
                if (!sc)
                    continue;
                try {
                    const data = sc.file(file, text);
                    if (data !== undefined)
                        results[j].push([i, data]);
                }
                catch (e) {
                    fail(j, e);
                    scanners[j] = null;
                }
            }
        }
    }
    return { results, errors, suppressions, chunks, reads: 0 };
    /** A file over 1 MiB: scanners that read large files get its chunks (suppressions found on the way). */
    function scanLarge(i, file) {
        let sup = [];
        for (const j of wants) {
            const sc = scanners[j];
            if (!sc?.largeFile)
                continue;
            const chunks = readLarge(file);
            if (!chunks)
                return;
            const found = sup;
            const seen = found ? withSuppressions(file, chunks, found) : chunks;
            try {
                const data = sc.largeFile(file, seen);
                if (data !== undefined)
                    results[j].push([i, data]);
            }
            catch (e) {
                fail(j, e);
                scanners[j] = null;
            }
            if (found?.length)
                suppressions.push([i, found]);
            sup = null;
        }
    }
}
/** `chunks`, collecting the suppression comments of each (at their line in the whole file) into `out`. */
function* withSuppressions(file, chunks, out) {
    for (const c of chunks) {
        for (const s of (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__/* .findSuppressions */ .A)(file, c.text))
            out.push({ ...s, line: s.line + c.firstLine - 1, appliesTo: s.appliesTo + c.firstLine - 1, ...(s.appliesToEnd ? { appliesToEnd: s.appliesToEnd + c.firstLine - 1 } : {}) });
        yield c;
    }
}
/**
 * How many worker threads help a pass over `files` files: `PREFLIGHT_THREADS` when set (0 = none),
 * else none for small repositories (starting a worker costs more than it saves) and one per CPU
 * beyond the first for large ones, at most 2: the calling thread scans too, and each worker costs
 * ~20 MB of memory (peak memory is a target: ≤ 200 MB on a 40,000-file monorepo).
 */
function threadCount(files, env = process.env) {
    const set = env['PREFLIGHT_THREADS'];
    if (set !== undefined && /^\d+$/.test(set.trim()))
        return Math.min(Number(set), 16);
    if (files < _workers_js__WEBPACK_IMPORTED_MODULE_3__/* .LARGE_REPO_FILES */ .Vq)
        return 0;
    return Math.max(0, Math.min(node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism() - 1, MAX_AUTO_THREADS));
}
const MAX_AUTO_THREADS = 2;
/**
 * Starts `n` scan workers for the files of `input` (none without a registered entry module, see
 * workers.ts). Each settles its `part` with what it scanned, or null when it failed or was
 * released: a pass never waits on a dead worker.
 */
function prestartWorkers(input, n) {
    const entry = (0,_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .workerEntry */ .xA)();
    const workers = entry && n > 0 ? Array.from({ length: n }, () => startWorker(entry, input)) : [];
    return {
        input,
        workers,
        release() { for (const w of workers)
            void w.worker?.terminate(); },
    };
}
function startWorker(entry, input) {
    let settle;
    const part = new Promise((resolve) => {
        let settled = false;
        settle = (p) => { if (!settled) {
            settled = true;
            resolve(p);
        } };
    });
    try {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, {
            workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .SCAN_WORKER */ .js]: true, root: input.root, realRoot: input.realRoot, files: input.files },
            // A worker holds one file at a time; a bounded heap keeps the pass's memory bounded.
            resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 4 },
            // Nothing a worker prints may reach the report on stdout (or the log).
            stdout: true,
            stderr: true,
        });
        worker.once('message', (p) => { settle(p); void worker.terminate(); });
        worker.once('error', () => settle(null));
        worker.once('exit', () => settle(null));
        return { worker, part };
    }
    catch {
        settle(null);
        return { worker: null, part };
    }
}
/**
 * Starts the file pass for `jobs`. With worker threads (`workers` > 0, or a pool started earlier
 * for the same files) the workers scan right away, claiming chunks of files from a shared
 * counter; `finish()` makes the calling thread claim chunks too (with `read`), so whichever thread
 * is free does the work. Chunks of a worker that failed (out of memory, crash) are redone on the
 * calling thread: a pass always completes with the same results, whatever the threads did.
 */
function startScan(input, defs, workers, read, readLarge = null) {
    const { files, jobs } = input;
    const pool = typeof workers === 'number' ? null : workers;
    const count = pool ? pool.workers.length : workers;
    const chunk = chunkSize(files.length, count);
    const total = Math.ceil(files.length / chunk);
    const useful = jobs.length ? Math.min(count, total - 1) : 0;
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const claim = () => Atomics.add(counter, 0, 1);
    let started;
    if (pool) {
        if (pool.input.files !== files)
            throw new Error('the worker pool was started for other files');
        started = pool.workers.slice(0, Math.max(0, useful));
        for (const w of pool.workers.slice(started.length))
            void w.worker?.terminate();
    }
    else {
        const entry = (0,_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .workerEntry */ .xA)();
        started = entry ? Array.from({ length: Math.max(0, useful) }, () => startWorker(entry, input)) : [];
    }
    for (const w of started) {
        try {
            w.worker?.postMessage({ chunk, jobs, counter });
        }
        catch {
            void w.worker?.terminate();
        }
    }
    return {
        async finish() {
            const mine = scanChunks(files, chunk, jobs, defs, read, claim, readLarge);
            const theirs = (await Promise.all(started.map((w) => w.part))).filter((p) => p !== null);
            const parts = [mine, ...theirs];
            const done = new Set(parts.flatMap((p) => p.chunks));
            const missing = Array.from({ length: total }, (_, c) => c).filter((c) => !done.has(c));
            if (missing.length) {
                let k = 0;
                parts.push(scanChunks(files, chunk, jobs, defs, read, () => (k < missing.length ? missing[k++] : total), readLarge));
            }
            return merge(files, jobs.length, parts, theirs.length);
        },
    };
}
/** Back to paths, in file order. */
function merge(files, jobCount, parts, threads) {
    const results = Array.from({ length: jobCount }, () => []);
    const errors = Array.from({ length: jobCount }, () => null);
    const suppressions = [];
    let reads = 0;
    const unreadable = [];
    for (const part of parts) {
        unreadable.push(...(part.unreadable ?? []));
        part.results.forEach((rows, j) => { for (const row of rows)
            results[j].push(row); });
        part.errors.forEach((e, j) => { errors[j] ??= e; });
        suppressions.push(...part.suppressions);
        reads += part.reads;
    }
    const byIndex = (a, b) => a[0] - b[0];
    for (const r of results)
        r.sort(byIndex);
    suppressions.sort(byIndex);
    return {
        results: results.map((rows) => rows.map(([i, data]) => ({ file: files[i], data }))),
        errors,
        suppressions: suppressions.map(([i, sup]) => [files[i], sup]),
        reads,
        threads,
        unreadable,
    };
}


/***/ }),

/***/ 84592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ isMainComposeFile),
/* harmony export */   Aj: () => (/* binding */ isNginxCandidate),
/* harmony export */   Bt: () => (/* binding */ aspNetSettings),
/* harmony export */   Fl: () => (/* binding */ isTemplate),
/* harmony export */   Gk: () => (/* binding */ isVendoredOrGenerated),
/* harmony export */   IJ: () => (/* binding */ pathFact),
/* harmony export */   Ke: () => (/* binding */ isComposeCandidate),
/* harmony export */   Kr: () => (/* binding */ isWorkflowFile),
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   Pv: () => (/* binding */ isComposeFile),
/* harmony export */   RN: () => (/* binding */ isProcfile),
/* harmony export */   ZT: () => (/* binding */ isTestDockerfile),
/* harmony export */   b3: () => (/* binding */ DEV_WORD),
/* harmony export */   eh: () => (/* binding */ isJavaScript),
/* harmony export */   hl: () => (/* binding */ isTestFile),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   pZ: () => (/* binding */ isDockerfile),
/* harmony export */   qb: () => (/* binding */ isEnvFile),
/* harmony export */   r2: () => (/* binding */ isPython),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   uL: () => (/* binding */ isDevOnly),
/* harmony export */   wl: () => (/* binding */ isYamlFile)
/* harmony export */ });
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
/** 15 predicates × 2 bits stay within V8's small integers (31 bits). */
const MAX_FACTS = 15;
let factCount = 0;
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
        // Read again: `fn` may have recorded other facts of this path (isCodeFile asks isTestFile).
        const now = (facts.get(path) ?? 0) | asked | (answer ? yes : 0);
        facts.set(path, now);
        lastPath = path;
        lastBits = now;
        return answer;
    };
}
/**
 * The last path asked and its bits (always those in `facts`): a file pass asks one path many facts
 * in a row (every scanner's `accepts`), and a comparison is cheaper than a map lookup.
 */
let lastPath = null;
let lastBits = 0;
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
function isDockerfile(path) {
    const b = basename(path);
    return (/^(Dockerfile|Containerfile)(\..+)?$/i.test(b) && !NOT_DOCKERFILE.test(b)) || /\.(Dockerfile|Containerfile)$/i.test(b);
}
/** Files named after a Dockerfile that are not one: BuildKit's `Dockerfile.dockerignore`, docs, backups, data, scripts. */
const NOT_DOCKERFILE = /\.(?:dockerignore|md|markdown|mdx|rst|txt|adoc|html?|orig|bak|backup|old|swp|tmp|rej|patch|diff|json|ya?ml|toml|lock|env|ini|cfg|properties|xml|csv|log|sh|bash|ps1|py|js|ts|sig|asc|sha256|png|svg|jpe?g|gif|ico|pdf|bin|exe|dll|so|gz|tgz|tar|zip|7z|xz|bz2)$/i;
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
 * other names are judged as production.
 */
const DEV_NAME = 'dev|devel|develop|development|local|test|tests|testing|ci|e2e|integration|debug';
/** One word that names development, tests or CI (an environment, profile or stage name: `dev`, `local`, `test`, `ci`…). */
const DEV_WORD = new RegExp(`^(?:${DEV_NAME})$`, 'i');
/**
 * ASP.NET Core's settings files: `appsettings.json` (environment null) and `appsettings.<Environment>.json`;
 * `dev` when the environment is a development one (`Development`, `Local`, `Test`…). Null for other files.
 */
function aspNetSettings(path) {
    const m = /^appsettings(?:\.([\w-]+))?\.json$/i.exec(basename(path));
    return m ? { environment: m[1] ?? null, dev: m[1] !== undefined && DEV_WORD.test(m[1]) } : null;
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
/** `.env`, `.env.<anything>`, `<name>.env`. */
function isEnvFile(path) {
    const b = basename(path);
    // (Any characters before `.env`, a newline included: a name must not hide an env file from the check.)
    return b === '.env' || b.startsWith('.env.') || (b.endsWith('.env') && b.length > 4 && b[0] !== '.');
}
function isProcfile(path) {
    return /^Procfile(\..+)?$/.test(basename(path));
}
function isNginxCandidate(path) {
    // Debian-style site files have no extension: `sites-available/default`.
    return /\.conf(\.template)?$/i.test(basename(path)) || /(^|\/)(sites-available|sites-enabled|conf\.d)\/[^/]+$/.test(path);
}
function isPython(path) {
    return /\.py$/i.test(path);
}
function isJavaScript(path) {
    return /\.(c|m)?(j|t)sx?$/i.test(path) && !/\.d\.ts$/.test(path) && !/\.min\.js$/.test(path);
}
/** Template files (`.env.example`, `example.env`, `config.sample`, …) are exempt from value checks. */
const isTemplate = pathFact((path) => {
    const b = basename(path).toLowerCase();
    // `.env.example`, `example.env`, `.env.example.local`, and the dash/underscore spellings (`.env.dev-sample`, `.env_sample`).
    return /[._-](example|sample|template|tpl|dist)$/.test(b) || /^(example|sample)\./.test(b) || /\.(example|sample|template|dist)\./.test(b);
});
const DEV_COMPOSE_RE = new RegExp(`^((docker-)?compose\\.(override|${DEV_NAME})|docker-compose-(override|${DEV_NAME})|(${DEV_NAME})\\.docker-compose)\\.ya?ml$`);
/**
 * YAML files named only for development, tests, CI or docs (`local.yml`, `dev.yml`, `test.yml`, `docs.yml`):
 * older cookiecutter-django's compose files beside `production.yml`, compose files by content.
 */
const DEV_YAML_RE = new RegExp(`^(${DEV_NAME}|docs)\\.ya?ml$`);
const DEV_DOCKERFILE_RE = new RegExp(`^((dockerfile|containerfile)\\.(${DEV_NAME})|(${DEV_NAME})\\.(dockerfile|containerfile))$`);
/** `.env.development`, `.env.test`, `.env.ci`…: the same development names as compose files and Dockerfiles. */
const DEV_ENV_RE = new RegExp(`^\\.env\\.(${DEV_NAME})$`);
/**
 * Files that are by name for development only: their findings become `info` notes. Compose files and
 * Dockerfiles named for development, tests or CI (`docker-compose.override.yml`, `.dev`, `.development`,
 * `.local`, `.test`/`.testing`, `.ci`, `.e2e`, `.integration`, `.debug`; also `docker-compose-dev.yml`,
 * `dev.docker-compose.yml`, `Dockerfile.ci`, `debug.Dockerfile`), YAML files named just so (`local.yml`,
 * `dev.yml`, `docs.yml`: older cookiecutter-django's compose files), `Procfile.dev`, `.env.development`/
 * `.dev`/`.local`/`.test`/`.testing`/`.ci`/`.e2e`, dev and test settings modules, and dev folders.
 */
const isDevOnly = pathFact((path) => {
    const b = basename(path).toLowerCase();
    if (DEV_COMPOSE_RE.test(b) || DEV_DOCKERFILE_RE.test(b) || DEV_YAML_RE.test(b))
        return true;
    if (b === 'procfile.dev' || DEV_ENV_RE.test(b))
        return true;
    if (/(^|\/)settings\/(local|dev[^/]*|test[^/]*)\.py$/.test(path))
        return true;
    // By place: dev containers and dev-only deploy folders (`compose/local/django/Dockerfile`, `docker/dev/…`).
    if (/(^|\/)(\.devcontainer|dev|development|local)\//i.test(path))
        return true;
    return false;
});
/** Lockfiles, minified and vendored files: skipped by content scanners. */
function isVendoredOrGenerated(path) {
    const b = basename(path);
    if (/^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|Cargo\.lock|composer\.lock|Gemfile\.lock|go\.sum|bun\.lockb?|uv\.lock|Podfile\.lock|mix\.lock|flake\.lock|packages\.lock\.json|gradle\.lockfile)$/.test(b))
        return true;
    if (/\.min\.(js|css)$/.test(b) || /\.map$/.test(b))
        return true;
    return /(^|\/)(node_modules|_?vendor|third_party|bower_components|\.yarn|site-packages|dist-packages)\//.test(path);
}
// Split in a folder part and a name part: one regex over the whole path with both was the
// costliest path test of a scan.
// Also .NET test projects, named `<Project>.Tests/`, `.UnitTests/`, `.IntegrationTests/`… by convention.
const TEST_DIR_RE = /(?:^|\/)(?:tests?|testing|__tests__|__snapshots__|spec|specs|fixtures?|testdata|test-data|mocks?|__mocks__|e2e|cypress|[^/]+\.(?:Tests?|UnitTests?|IntegrationTests?|FunctionalTests?|AcceptanceTests?|ComponentTests?|E2ETests?|Specs?))\//i;
/**
 * Illustration folders: `examples/`, `samples/`, `docs/` (plural, lower case, as written) hold compose files, manifests and
 * code that show how to run something (a library's example apps, a docs site's snippets), not the repository's production deployment (QA-P A5).
 * Singular `example/` and `sample/` are not: they are common names of the application itself (awesome-compose's Django project
 * `app/example/`, Go's `example/main.go` of a one-app repository). Not inside a JVM source tree either, whose folders are package
 * names: Spring Initializr's `src/main/java/com/example/…` is the application.
 */
const ILLUSTRATION_DIR_RE = /(?:^|\/)(?:examples|samples|docs)\//;
/** The illustration folders that hold no deployed site (`docs/` may: a documentation site's Dockerfile). */
const EXAMPLE_DIR_RE = /(?:^|\/)(?:examples|samples)\//;
const PACKAGE_TREE_RE = /(?:^|\/)(?:java|kotlin|scala|groovy)\//;
const TEST_NAME_RE = /^(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec|stories)\.[a-z]+|conftest\.py)$/i;
/**
 * Per-environment test configuration: Phoenix `config/test.exs`, Rails `config/environments/test.rb`,
 * Django `settings/test.py`/`testing.py`, Spring `application-test.yml`/`.properties`, .NET
 * `appsettings.Test.json`, the dotenv files `.env.test`/`.env.testing` (dotenv-rails, Symfony, Laravel; their `.local`
 * overrides). The test environment's settings, loaded only by the test runner (env-file-committed still reports a
 * committed one: it does not ask whether a file is a test file).
 */
const TEST_CONFIG_RE = /(?:^|\/)(?:config\/test\.exs|config\/environments\/test\.rb|settings\/(?:tests?|testing)\.py|application-(?:test|testing)\.(?:ya?ml|properties)|appsettings\.(?:test|testing)\.json|\.env\.(?:test|testing)(?:\.local)?)$/i;
/**
 * A Dockerfile that builds no production image: under a test folder (`tests/`, `e2e/`, `fixtures/`…) or an
 * `examples/`/`samples/` folder. Not `docs/`: a Dockerfile there usually builds the documentation site, which is deployed.
 */
const isTestDockerfile = pathFact((path) => TEST_DIR_RE.test(path) || (EXAMPLE_DIR_RE.test(path) && !PACKAGE_TREE_RE.test(path)));
/** Tests, fixtures, mocks and stories (by folder or name), illustration folders (`examples/`, `samples/`, `docs/`) and test-environment configuration: what they configure never reaches production. */
const isTestFile = pathFact((path) => TEST_NAME_RE.test(basename(path)) || TEST_DIR_RE.test(path) || TEST_CONFIG_RE.test(path) || (ILLUSTRATION_DIR_RE.test(path) && !PACKAGE_TREE_RE.test(path)));


/***/ }),

/***/ 77941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ findSuppressions)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);

/**
 * Whether a file may hold the marker, in the cases people write it (`preflight-ignore`, `Preflight-Ignore`,
 * `PREFLIGHT-IGNORE`): every file of a scan is asked, and `includes` is a fast search where a case-insensitive
 * regex over the whole text costs twice as much (measured over the bench monorepo: 25 vs 55 ms a pass).
 */
const mayHoldMarker = (text) => (text.includes('-ignore') || text.includes('-Ignore') || text.includes('-IGNORE')) && /preflight-ignore/i.test(text);
/** A whole-line comment that begins with the marker (any case), whatever follows: a suppression someone meant to write. */
const MARKER_COMMENT = /^[ \t]*(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore\b/i;
// Only the head is a regex (linear: no optional groups around `\s*` runs); the tail — `until DATE`
// and `: reason` — is parsed with string operations, so adversarial lines cannot backtrack.
const HEAD = /(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)/gi;
function parseTail(rest) {
    let tail = rest.trim().replace(/(\*\/|-->)$/, '').trim();
    let until = null;
    if (/^until\s/i.test(tail)) {
        tail = tail.slice(5).trimStart();
        const sp = tail.search(/[\s:]/);
        until = sp < 0 ? tail : tail.slice(0, sp);
        tail = sp < 0 ? '' : tail.slice(sp).trimStart();
    }
    if (tail === '')
        return { until, reason: '' };
    if (!tail.startsWith(':'))
        return null;
    return { until, reason: tail.slice(1).trim() };
}
/** Documentation and other prose: no comments there, only text about them. */
const PROSE_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?)$/i;
/** Whether the text before a marker leaves a `"`, `'` or backtick string open (escapes skipped). */
function insideQuotes(before) {
    let open = null;
    for (let i = 0; i < before.length; i++) {
        const c = before[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (open) {
            if (c === open)
                open = null;
        }
        else if (c === '"' || c === "'" || c === '`')
            open = c;
    }
    return open !== null;
}
/** The Dockerfile's escape character: `\\`, or a backtick set by a leading `# escape=` directive. */
function dockerEscape(lines) {
    for (let i = 0; i < Math.min(lines.length, 16); i++) {
        const d = /^[ \t]*#[ \t]*([A-Za-z]+)[ \t]*=[ \t]*(\S*)[ \t]*$/.exec(lines[i]);
        if (!d)
            break;
        if (d[1].toLowerCase() === 'escape' && d[2] === '`')
            return '`';
    }
    return '\\';
}
/**
 * The index of the last line of the Dockerfile instruction that starts at line index `start`:
 * continuation lines (ending in the escape character) and the comment and blank lines between
 * them belong to it. Bounded at 1,000 lines.
 */
function instructionEnd(lines, start, escape) {
    let end = start;
    for (let i = start; i < lines.length && i - start < 1000; i++) {
        const l = lines[i];
        if (i > start && /^[ \t]*(#|$)/.test(l))
            continue;
        end = i;
        if (!l.trimEnd().endsWith(escape))
            break;
    }
    return end;
}
/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
function findSuppressions(file, text) {
    // Prose (a README showing the syntax) suppresses nothing and names no check to verify.
    if (!mayHoldMarker(text) || PROSE_FILE.test(file))
        return [];
    const trailingAllowed = !((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvFile */ .qb)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file).startsWith('.env'));
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (!/preflight-ignore/i.test(l))
            continue;
        // The first marker whose tail parses (`# preflight-ignore is how to mute: # preflight-ignore ID: why`).
        let m = null;
        let tail = null;
        for (const c of l.matchAll(HEAD)) {
            tail = parseTail(l.slice(c.index + c[0].length));
            if (tail) {
                m = c;
                break;
            }
        }
        if (!m || !tail) {
            // `# preflight-ignore image_tag_pinned: …`, `# preflight-ignore image-tag-pinned no colon`, `# preflight-ignore: why`:
            // meant as a suppression, understood as none. Said, so nobody believes a finding is muted.
            const head = MARKER_COMMENT.exec(l);
            if (head)
                out.push({ file, line: i + 1, column: l.indexOf(head[1]) + 1, ids: [], until: null, reason: '', wholeLine: true, appliesTo: i + 2, malformed: true });
            continue;
        }
        const before = l.slice(0, m.index).trim();
        const wholeLine = before === '';
        if (!wholeLine && !trailingAllowed)
            continue;
        // Inside a string literal (`HELP = "add # preflight-ignore ID: why"`), not a comment: an unclosed quote before it.
        if (!wholeLine && insideQuotes(before))
            continue;
        out.push({
            file, line: i + 1, column: m.index + 1,
            ids: m[2].split(',').map((s) => s.trim().toLowerCase()),
            until: tail.until,
            reason: tail.reason,
            wholeLine,
            appliesTo: wholeLine ? i + 2 : i + 1,
        });
    }
    // Stacked comments (`# preflight-ignore a: …` above `# preflight-ignore b: …` above the line) all
    // apply to the line below the stack.
    for (let k = out.length - 2; k >= 0; k--) {
        const s = out[k];
        const next = out[k + 1];
        if (s.wholeLine && next.wholeLine && next.line === s.line + 1)
            s.appliesTo = next.appliesTo;
    }
    if (!trailingAllowed && (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file))
        for (const s of out)
            if (s.wholeLine) {
                const end = instructionEnd(lines, s.appliesTo - 1, dockerEscape(lines));
                if (end + 1 > s.appliesTo)
                    s.appliesToEnd = end + 1;
            }
    return out;
}


/***/ })

};
