import { z } from 'zod';
import { defineCheck } from './define.js';
import { noComposeReason } from './util/compose-read.js';
import { analyseEntry, composeEnvRunners, DEV_LAUNCHER_PHRASES, devRemark, entryPoints, FRAMEWORK_ENV, MAX_CHAIN, noDockerfileReason, railsRunners, resolveFile, runnerValues, shippedStages } from './util/commands.js';
import { effectiveInstructions, jsonWithTrailer, singleQuotedArray, SUPPRESS_HINT } from '../repo/dockerfile.js';
import { onePerLocation } from './util/once.js';
import { namedServices } from './util/groups.js';
import { basename, isTemplate, isTestFile } from '../repo/classify.js';
import { kamalDeployments } from './util/kamal.js';
import { scriptDevBranch } from './util/code.js';
import type { EntryPoint, EnvFramework } from './util/commands.js';
import { COPILOT_COMMAND_DOC, PLATFORM_PARSE_DOC, withUnreadPlatform } from './util/platform.js';
import { programOf } from './util/programs.js';
import type { SnapshotView } from '../repo/snapshot.js';

/** The Python framework whose development server a module starts (for the advice): Quart (ASGI), Dash (a Flask app at `app.server`), else Flask's. */
function pythonStack(text: string | undefined, what: string): 'quart' | 'dash' | null {
  if (/\brun_server\(\)/.test(what) || /^[ \t]*(?:from\s+dash\b[\w.]*\s+import\b|import\s+dash\b)/m.test(text ?? '')) return 'dash';
  if (/^[ \t]*(?:from\s+quart\b[\w.]*\s+import\b|import\s+quart\b)/m.test(text ?? '')) return 'quart';
  return null;
}

/**
 * The Django project package, for the advice (`mysite.wsgi`): the settings package the repository's `manage.py` names
 * (`os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")`, cookiecutter-django's `config.settings.local` → `config`),
 * else the package of the settings' `WSGI_APPLICATION`/`ASGI_APPLICATION` (`"chat.asgi.application"` → `chat`), when every one
 * names the same package; else null (the advice says `project`). `asgi`: the settings name an ASGI application and no WSGI one
 * (a Channels project: `chat.asgi` is what to serve).
 */
function djangoProject(snapshot: { files: readonly string[]; text(path: string): string | undefined }): { name: string; asgi: boolean } | null {
  const found = new Set<string>();
  const apps = { wsgi: new Set<string>(), asgi: new Set<string>() };
  for (const f of snapshot.files) {
    if (!f.endsWith('.py') || isTestFile(f) || isTemplate(f)) continue;
    if (basename(f) === 'manage.py') {
      const m = /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([A-Za-z_][\w.]*?)\.settings\b/.exec(snapshot.text(f) ?? '');
      if (m) found.add(m[1]!);
      continue;
    }
    if (!/(?:^|\/)settings(?:\.py$|\/)/.test(f)) continue;
    for (const m of (snapshot.text(f) ?? '').matchAll(/^[ \t]*(WSGI|ASGI)_APPLICATION[ \t]*=[ \t]*["']([A-Za-z_][\w.]*?)\.(?:wsgi|asgi)\.\w+["']/gm)) apps[m[1] === 'WSGI' ? 'wsgi' : 'asgi'].add(m[2]!);
  }
  const names = found.size ? found : new Set([...apps.wsgi, ...apps.asgi]);
  if (names.size !== 1) return null;
  const name = [...names][0]!;
  return { name, asgi: apps.asgi.has(name) && !apps.wsgi.has(name) };
}

/**
 * What keeps a dev-server promise from being one (installing or tuning the server, CI, tests, local work): `unless` over the
 * item; tuning only in the clause that holds the match ("with workers sized for the CPU limit" after a comma leaves "Gunicorn
 * (not the Flask development server) serves the app" the promise).
 */
const NOT_A_DEV_SERVER_PROMISE = {
  unless: /\b(?:install|installed|ci|pipelines?|tests?|testing|local(?:ly)?|staging)\b/,
  clauseUnless: /\b(?:tune|tuned|workers?|timeouts?)\b/,
};

/** Production servers an item may name as the one production runs ("Production server: gunicorn"). */
const PRODUCTION_SERVERS = String.raw`(?:gunicorn|uwsgi|waitress|puma|unicorn|passenger|uvicorn|hypercorn|granian|daphne|pm2(?:-runtime)?|php-fpm|kestrel|tomcat|jetty|next start|fastapi run)`;

/**
 * Development servers and reloaders a checklist item may name beside the ones its rules spell out (as the matcher reads it:
 * lower case, code spans unquoted), each one the check fails in a start command: "Runs `fastapi run`, not `fastapi dev`",
 * "No `watchmedo` in production", "Served by the Node build, never `vite dev`", "Served by adapter-node (`node build`), not
 * `vite preview`", "`astro preview` is never used in production" (the check fails Vite's and Astro's preview servers).
 */
const MORE_DEV_COMMANDS = String.raw`fastapi dev|(?:uvicorn|gunicorn|hypercorn|granian) --reload|watchmedo(?: auto-restart)?|nuxi? dev|vite (?:dev|serve|preview)|(?:astro|remix|react-router) dev|astro preview|ng serve|ember serve|wrangler dev|vercel dev|netlify dev|react-scripts start|vue-cli-service serve|gatsby develop|strapi develop|webpack serve|webpack-dev-server|ts-node-dev|tsx watch|node --watch|nest start --watch|docusaurus start|vitepress dev|expo start|symfony serve|php -s|hugo server|jekyll serve|mkdocs serve|cargo watch|${DEV_LAUNCHER_PHRASES}|(?:(?:\.\/)?mvnw |mvn )?(?:spring-boot:run|quarkus:dev)|(?:(?:\.\/)?gradlew |gradle )?(?:bootrun|quarkusdev)|quarkus dev|(?:php )?(?:artisan )?octane:\w+ --watch|deno run --watch|bun --(?:watch|hot)|(?:yarn|pnpm|bun) (?:run )?dev`;

/**
 * A file-watching reloader as an item names it: a server's flag (`--reload`, `--watch`, `--hot`), the words (autoreload, hot or
 * live reload, the reloader, a file watcher, watch mode) or a watcher (watchmedo, watchfiles, CompileDaemon, nodemon).
 */
const RELOADER = String.raw`(?:--reload|--watch|--hot|auto[- ]?reload(?:er|ing)?|(?:hot|live)[- ]?reload(?:er|ing)?|reloaders?|file[- ]?watch(?:ers?|ing)|watch mode|watchmedo|watchfiles|compiledaemon|nodemon)`;
/**
 * The servers and tools whose reloader the check fails in a start command, whatever an item calls it (`--reload`, `--watch`, hot
 * or live reload, the reloader): the WSGI/ASGI servers' `--reload` (and their config files' and variables'), FastAPI's, Litestar's
 * and Sanic's, Flask's and Django's development servers (the reloader is theirs), the watch modes of Octane, FrankenPHP, Nest, Fastify, pm2,
 * Bun and Deno, the development servers of Next.js and Vite, webpack's watch and dev server, uWSGI's py-autoreload, and the
 * watchers themselves (nodemon, watchmedo, watchfiles, CompileDaemon, air as the live reload it is, Reflex, tsc-watch, ts-node-dev, node-dev); Node by its
 * own `--watch` only (a Node app's reloader may be `forever -w`). Not Quart, Shiny, Panel, hupper, aiohttp-devtools' `adev
 * runserver`, Celery's `--autoreload`, Puma, Rails' code reloading or a Go app's live reload in general (gin, fresh): the check
 * does not fail those, so an item refusing them (or a reloader no server is named for: "No `--reload` in production") stays manual.
 */
const RELOADING_TOOLS = String.raw`(?:uvicorn|gunicorn|hypercorn|granian|fastapi|litestar|sanic|flask|django|(?<!adev )runserver|octane|frankenphp|nest(?:\.?js)?|fastify|pm2(?:-runtime)?|bun|deno|next\.?js|next (?:dev|start)|vite|webpack(?:-dev-server)?|uwsgi|nodemon|watchmedo|watchfiles|compiledaemon|(?:cosmtrek\/|air-verse\/)?air(?:'s)?(?= (?:live|hot)[- ]?reload)|air\.toml|reflex|tsc-watch|ts-node-dev|node-dev|node(?:\.?js)?(?=[^;]*?(?:^|\s)--watch\b))(?![\w-])`;
/** One of RELOADING_TOOLS named before this point or after it in the same clause (up to a `;`). */
const RELOADING_TOOL_NAMED = String.raw`(?:(?<=(?:^|[^\w-])${RELOADING_TOOLS}[^;]*)|(?=[^;]*?(?:^|[^\w-])${RELOADING_TOOLS}))`;
/** Words between a refusal and the reloader it refuses: an article, a possessive, the server or the watcher named. */
const RELOADER_OWNER = String.raw`(?: (?:the|a|any|its|[\w-]+'s|code|source|dev(?:elopment)?|watchdog|celery|${RELOADING_TOOLS}))`;

/**
 * The Node meta-framework a Vite command serves (for the advice: `vite dev` of a SvelteKit app is no static bundle), read from the
 * `package.json` the command is written in (a package script), else the one the entry point runs from (the nearest one up from its
 * folder): SvelteKit with the adapter its `svelte.config.js` imports (else the one its dependencies name), SolidStart, Qwik City,
 * TanStack Start, Analog. Null for a plain Vite app (a static bundle) or when no `package.json` is read.
 */
type MetaFramework = { name: 'sveltekit'; adapter: 'node' | 'static' | 'other' | null } | { name: 'solid-start' | 'qwik-city' | 'tanstack-start' | 'analog' };
function viteFramework(snapshot: SnapshotView, entry: EntryPoint, commands: readonly { argv: readonly string[]; file?: string }[]): MetaFramework | null {
  const written = commands.find((c) => c.file && basename(c.file) === 'package.json' && c.argv.some((w) => /^vite(?:@[^/\s]*)?$/.test(basename(w))))?.file;
  let pkg = written ?? resolveFile(snapshot, 'package.json', entry, false);
  for (let dir = entry.dir; !pkg; dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '') {
    const f = dir ? `${dir}/package.json` : 'package.json';
    if (snapshot.has(f)) pkg = f;
    if (!dir) break;
  }
  if (!pkg) return null;
  let json: unknown;
  try { json = JSON.parse(snapshot.text(pkg) ?? ''); } catch { return null; }
  if (!json || typeof json !== 'object') return null;
  const deps = new Set<string>();
  for (const k of ['dependencies', 'devDependencies']) {
    const d = (json as Record<string, unknown>)[k];
    if (d && typeof d === 'object') for (const name of Object.keys(d)) deps.add(name);
  }
  if (deps.has('@sveltejs/kit')) {
    const folder = pkg.includes('/') ? pkg.slice(0, pkg.lastIndexOf('/') + 1) : '';
    const config = ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.ts'].map((f) => snapshot.text(`${folder}${f}`)).find((t) => t !== undefined);
    const imported = config && /\bfrom\s+["']@sveltejs\/adapter-([\w-]+)["']/.exec(config)?.[1];
    const named = imported ?? (deps.has('@sveltejs/adapter-node') ? 'node' : deps.has('@sveltejs/adapter-static') ? 'static' : [...deps].some((d) => /^@sveltejs\/adapter-/.test(d)) ? 'other' : null);
    return { name: 'sveltekit', adapter: named === 'node' || named === 'static' || named === null ? named : 'other' };
  }
  if (deps.has('@solidjs/start')) return { name: 'solid-start' };
  if (deps.has('@builder.io/qwik-city') || deps.has('@qwik.dev/router')) return { name: 'qwik-city' };
  if (deps.has('@tanstack/react-start') || deps.has('@tanstack/solid-start') || deps.has('@tanstack/start')) return { name: 'tanstack-start' };
  if (deps.has('@analogjs/platform')) return { name: 'analog' };
  return null;
}

/** The advice for a Vite command of a Node meta-framework: its production server, not a static bundle (or, for a static adapter, that bundle). */
function metaAdvice(fw: MetaFramework): string {
  switch (fw.name) {
    case 'sveltekit':
      if (fw.adapter === 'node') return 'build the app (vite build) and run the server adapter-node outputs (node build)';
      if (fw.adapter === 'static') return 'build the site (vite build; adapter-static writes build/) and serve build/ with nginx or a CDN';
      return 'build the app (vite build) with SvelteKit\'s Node adapter (@sveltejs/adapter-node in svelte.config.js) and run the server it outputs (node build), or deploy to the platform your adapter targets';
    case 'solid-start': return 'build the app (its build script: vinxi build, or vite build) and run the server it outputs (node .output/server/index.mjs)';
    case 'qwik-city': return 'build the app with a Node server adapter (qwik add express, or node-server) and run the server it outputs (node server/entry.express, node server/entry.node-server)';
    case 'tanstack-start': return 'build the app (vite build, or vinxi build) and run the server it outputs (node .output/server/index.mjs)';
    case 'analog': return 'build the app (ng build, or vite build) and run the Nitro server it outputs (node dist/analog/server/index.mjs)';
  }
}

/** What to run instead, by the dev server found (and, for a Python module's run call, its framework). */
function advice(what: string, stack: 'quart' | 'dash' | null = null, django: { name: string; asgi: boolean } = { name: 'project', asgi: false }, meta: MetaFramework | null = null): string {
  // A package script named for development (`npm run dev` running `node server`): the script production should run instead.
  const named = /^(npm|yarn|pnpm|bun|deno) (?:run |task )?\S+(?: \(workspace [^)]*\))? runs the '[^']+' script \(.*\), a development script by its name$/.exec(what);
  if (named) return `run the app's production script instead (${named[1] === 'deno' ? 'deno task start' : named[1] === 'bun' ? 'bun run start' : `${named[1]} start`}, running the built output with NODE_ENV=production), not the one named for development`;
  // Rails (or mix) told its development environment by the deploy itself (`RAILS_ENV: development` in Kamal's `env.clear`): that
  // setting overrides the image's ENV, so it is what to change, where it is written.
  const told = /(?:^|→ )(?:rails server|(?:mix|iex -S mix|elixir -S mix) phx\.server) with (\w+)=(\w+), set by (.+?) \((?:Rails|mix)/.exec(what);
  if (told) {
    const prod = told[1] === 'MIX_ENV' ? 'prod' : 'production';
    const over = /^ENV in |^the command line$/.test(told[3]!) ? '' : ' (the deploy\'s setting overrides the image\'s ENV)';
    return `remove ${told[1]}=${told[2]} from ${told[3]}${over}, or set ${told[1]}=${prod} there`;
  }
  // Phoenix under mix's dev environment: a release (what `mix phx.gen.release --docker` builds), or MIX_ENV=prod.
  if (/(?:^|→ )(?:mix|iex -S mix|elixir -S mix) phx\.server\b/.test(what)) return 'build a release (MIX_ENV=prod mix release; mix phx.gen.release --docker writes the Dockerfile) and run it (bin/server, or bin/<app> start with PHX_SERVER=true), or at least set MIX_ENV=prod for the process (ENV MIX_ENV=prod in the image, or the service\'s or the container\'s environment)';
  // A file watcher (watchexec, wgo) restarting the command on every change: build the app once (when the command builds it) and run it without the watcher.
  if (/^(?:watchexec|wgo)\b|→ (?:watchexec|wgo)\b/.test(what)) {
    if (/^wgo\b|→ wgo\b|restarting go run\b/.test(what)) return 'build the binary in a build stage (go build -o /app .) and run it from a slim runtime image without the file watcher (it restarts the app on every file change, for development; go run compiles it from source on every start)';
    if (/restarting cargo (?:run|watch)\b/.test(what)) return 'build a release binary in a build stage (cargo build --release) and run it from a slim runtime image without the file watcher (it restarts the app on every file change, for development; cargo run compiles it from source on every start)';
    return 'run the command without watchexec (it restarts the command on every file change, for development); the container\'s restart policy or a process manager restarts it on crashes';
  }
  if (/(?:^|→ )cargo run\b/.test(what)) return 'build a release binary in a build stage (cargo build --release) and run it from a slim runtime image: cargo run compiles the app from source on every start (a debug build without --release) and needs the whole Rust toolchain and the sources in the image';
  // The JVM's, Haskell's, Crystal's and Nim's launchers and watchers: build the app once, run what the build writes.
  if (/(?:^|→ )sbtn? ~?run\b/.test(what)) return 'stage the app (sbt stage, or sbt dist) and run the start script it writes (target/universal/stage/bin/<app>): sbt run is Play\'s development mode (auto-reload, error pages showing the source) and compiles the app from source on every start';
  if (/(?:^|→ )lein ring server/.test(what)) return 'build an uberjar (lein ring uberjar, or lein uberjar) and run it (java -jar target/<app>-standalone.jar): lein ring server is lein-ring\'s development server (auto-reload, stack traces in the browser)';
  if (/(?:^|→ )lein run\b/.test(what)) return 'build an uberjar (lein uberjar) and run it (java -jar target/uberjar/<app>-standalone.jar), or at least leave the dev profile out (lein with-profile production trampoline run): lein run compiles the app from source on every start with Leiningen\'s dev profile (its dev dependencies and source paths) active';
  if (/(?:^|→ )frankenphp php-server --watch\b/.test(what)) return 'drop --watch (FrankenPHP restarts its workers on every file change: a development feature)';
  if (/(?:^|→ )frankenphp run --watch\b/.test(what)) return 'drop --watch (it reloads the server whenever the Caddyfile changes, which Caddy\'s docs mark for local development only)';
  if (/(?:^|→ )(?:crystal run|lucky (?:dev|watch))\b/.test(what)) return `build a release binary in a build stage (${/lucky/.test(what) ? 'crystal build --release src/start_server.cr, or shards build --release' : 'crystal build --release src/app.cr, or shards build --release'}) and run it from a slim runtime image: ${/lucky/.test(what) ? 'lucky dev is Lucky\'s development server, rebuilding and restarting on every change' : 'crystal run compiles the app from source on every start'}`;
  if (/(?:^|→ )(?:stack run|cabal (?:v2-|new-)?run)\b/.test(what)) return `build the executable in a build stage (${/stack/.test(what) ? 'stack install --local-bin-path /out' : 'cabal install --installdir=/out --install-method=copy'}) and run it from a slim runtime image: ${/stack/.test(what) ? 'stack run' : 'cabal run'} builds the app from source on start and needs the whole Haskell toolchain and the sources in the image`;
  if (/(?:^|→ )ghcid\b/.test(what)) return 'build the executable (stack install, or cabal install) and run it without ghcid (it reloads the code in GHCi on every change, for development)';
  if (/(?:^|→ )nimble run\b/.test(what)) return 'build a release binary in a build stage (nimble build -d:release) and run it from a slim runtime image: nimble run compiles the app from source on every start';
  if (/(?:^|→ )mkdocs serve\b/.test(what)) return 'build the site (mkdocs build) and serve site/ with nginx or a CDN';
  if (/\buwsgi (?:--py-autoreload|with py-autoreload)\b/.test(what)) return 'remove py-autoreload (uWSGI reloads the workers whenever a module changes; its docs mark the option for development only)';
  // Quart is ASGI (hypercorn is its documented server); a Dash app serves its Flask instance, `app.server`.
  if (stack === 'quart' && /python|app\.run/.test(what)) return 'serve the ASGI app with hypercorn (hypercorn --workers 4 --bind 0.0.0.0:8000 app:app) or uvicorn';
  if (stack === 'dash' && /python|app\.run/.test(what)) return 'serve the Dash app\'s Flask server with gunicorn (server = app.server, then gunicorn -w 4 -b 0.0.0.0:8000 app:server)';
  // The server production runs is right; the module it imports starts a second, development one.
  if (/\(\) at module level, run when /.test(what)) return 'remove that call or guard it with if __name__ == "__main__": (the server imports the module and serves its app itself)';
  if (/http\.server|SimpleHTTPServer/.test(what)) return 'serve static files with nginx or a CDN (or the app with a production server)';
  // An ASGI server started from Python (`uvicorn.run(app, reload=True)`) before the WSGI advice.
  // Sanic's own app.run is its production server: only the development keyword goes.
  const sanic = /Sanic \w+\.run\((\w+=True)\)/.exec(what);
  if (sanic) return `drop ${sanic[1]} (Sanic's app.run is production-grade without it: app.run(host="0.0.0.0", workers=4), or sanic server:app --workers 4)`;
  if (/uvicorn\.run\(\)/.test(what)) return 'drop reload=True and start uvicorn as the server (uvicorn main:app --workers 4, or gunicorn -k uvicorn.workers.UvicornWorker)';
  if (/fastapi dev/.test(what)) return 'use fastapi run (production mode: no reload), with several workers (fastapi run --workers 4)';
  if (/^(?:litestar|sanic)\b/.test(what)) return `drop ${what.split(' ').pop()} (production mode: no reloader, no debug; several workers)`;
  // gunicorn's reloader watches the code and restarts the workers on every change: its docs call it a development setting.
  if (/^gunicorn with reload = True in /.test(what)) return 'remove reload = True from the config file (gunicorn\'s reloader restarts the workers on every code change; its docs say it is intended for development)';
  if (/^hypercorn with use_reloader = /.test(what)) return 'remove use_reloader from the config file (hypercorn\'s reloader restarts the server on every code change: a development setting); run several workers instead (workers = 4)';
  if (/\bgunicorn --reload\b/.test(what)) return `drop --reload${/GUNICORN_CMD_ARGS/.test(what) ? ' from GUNICORN_CMD_ARGS' : ''} (gunicorn's reloader restarts the workers on every code change; its docs say it is intended for development)`;
  // The reloader turned on by the server's own variable (`UVICORN_RELOAD=true`): that variable goes.
  const reloadVar = /\b((?:UVICORN|GRANIAN)_RELOAD)=/.exec(what);
  if (reloadVar) return `remove ${reloadVar[1]} from the process's environment (or set it to false): it turns on the reloader, which restarts the server on every code change (development only); run several workers instead (${reloadVar[1] === 'UVICORN_RELOAD' ? 'uvicorn --workers 4, or gunicorn -k uvicorn.workers.UvicornWorker' : 'granian --workers 4'})`;
  // tiangolo's uvicorn-gunicorn images: their development start script, where their production one (the image's CMD) is meant.
  if (/(?:^|→ )\/start-reload\.sh of the tiangolo\/uvicorn-gunicorn\S* image\b/.test(what)) return 'use the image\'s /start.sh in production (gunicorn with uvicorn workers, the image\'s own CMD: remove the command to get it): /start-reload.sh runs a single uvicorn --reload process, which the image\'s docs give for development only';
  if (/uvicorn|hypercorn|granian|fastapi/.test(what)) return 'drop --reload (and run several workers: uvicorn --workers 4, or gunicorn -k uvicorn.workers.UvicornWorker)';
  if (/flask|python|app\.run/.test(what)) return 'serve the WSGI app with gunicorn (gunicorn -w 4 -b 0.0.0.0:8000 app:app) or waitress';
  if (/runserver/.test(what)) return django.asgi ? `serve ${django.name}.asgi with daphne or uvicorn (the settings name ASGI_APPLICATION only)` : `serve ${django.name}.wsgi with gunicorn (or ${django.name}.asgi with uvicorn/daphne)`;
  if (/next dev/.test(what)) return 'build (next build) and run next start or the standalone server.js';
  if (/\bnuxt \(Nuxt 2/.test(what)) return 'build the app (nuxt build) and run Nuxt 2\'s production server (nuxt start)';
  // Platform emulators: the platform runs the app in production, or the framework's own production server does.
  if (/\b(?:vercel|netlify) dev\b/.test(what)) return `deploy to the platform (${/vercel/.test(what) ? 'vercel deploy --prod' : 'netlify deploy --prod'}), or build the app and run the framework's production server (next start, node on the built output) or serve the static build with nginx: ${/vercel/.test(what) ? 'vercel' : 'netlify'} dev is a local emulator of the platform`;
  if (/\b(?:serverless|sls) offline\b/.test(what)) return 'deploy the functions (serverless deploy), or run an HTTP server of the app\'s own: serverless-offline emulates Lambda and API Gateway locally, for development';
  if (/\bnx (?:serve|dev)\b/.test(what)) return 'build the app (nx build <app> --configuration=production) and run its output (node dist/apps/<app>/main.js, next start for a Next.js app) or serve the static bundle with nginx';
  if (/\bturbo run \S+/.test(what)) return 'build the apps (turbo run build) and run each app\'s production start command (turbo run start, next start, node on the built output)';
  if (/\bsapper dev\b/.test(what)) return 'build the app (sapper build) and run its output (node __sapper__/build)';
  if (/\b(?:solid-start|vinxi) dev\b/.test(what)) return 'build the app (vinxi build; solid-start build before SolidStart 0.4) and run the server it outputs (node .output/server/index.mjs; solid-start start before 0.4)';
  if (/\bquasar dev\b/.test(what)) return 'build the app (quasar build) and serve dist/spa with nginx or a CDN (an SSR build: node dist/ssr/index.js)';
  if (/\bumi dev\b/.test(what)) return 'build the app (umi build) and serve dist/ with nginx or a CDN';
  if (/\bhexo server\b/.test(what)) return 'generate the site (hexo generate) and serve public/ with nginx or a CDN';
  if (/\btsc-watch\b/.test(what)) return 'compile once (tsc) and run node on the built output without a file watcher (node dist/index.js)';
  // Each meta-framework's own production server (`nuxi dev` is Nuxt's too; `astro dev` is no Nuxt).
  if (/\bnux[ti] dev\b/.test(what)) return 'build the app (nuxi build) and run the Nitro server it outputs (node .output/server/index.mjs)';
  if (/\bastro (?:dev|preview)\b/.test(what)) return 'build the site (astro build) and run the server the Node adapter outputs (node ./dist/server/entry.mjs), or serve the static dist/ with nginx or a CDN';
  if (/\breact-router dev\b/.test(what)) return 'build the app (react-router build) and serve the build with react-router-serve (react-router-serve ./build/server/index.js) or your own server';
  if (/\bremix dev\b/.test(what)) return 'build the app (remix build, or remix vite:build) and serve the build with remix-serve (remix-serve ./build/server/index.js) or your own server';
  if (/\bsvelte-kit dev\b/.test(what)) return 'build the app (vite build) and run the adapter-node output (node build)';
  if (/^(?:storybook dev|start-storybook)\b|→ (?:storybook dev|start-storybook)\b/.test(what)) return 'build the static Storybook (storybook build) and serve storybook-static/ with nginx or a CDN, or do not deploy it';
  if (/\bvitepress dev\b/.test(what)) return 'build the site (vitepress build) and serve .vitepress/dist with nginx or a CDN';
  if (/\beleventy --serve\b/.test(what)) return 'build the site (eleventy) and serve _site/ with nginx or a CDN';
  if (/\bslidev\b/.test(what)) return 'build the slides (slidev build) and serve dist/ with nginx or a CDN';
  if (/\bexpo (?:start|web)\b/.test(what)) return 'export the web build (npx expo export --platform web) and serve dist/ with nginx or a CDN';
  if (/\b(?:live-server|lite-server|browser-sync start)\b/.test(what)) return 'serve the built files with nginx or a CDN (live-reload servers inject a reload script and watch the files)';
  if (/\bjson-server --watch\b/.test(what)) return 'run the real API server (json-server is a mock API for prototyping; --watch reloads its database file on every change)';
  if (/\bprisma studio\b/.test(what)) return 'do not deploy Prisma Studio (a development database GUI with no authentication): remove the service, or run it on your machine against the database through an SSH tunnel';
  if (/\bstrapi develop\b/.test(what)) return 'build the admin panel (strapi build) and run strapi start with NODE_ENV=production';
  if (/\bkc\.sh start-dev\b/.test(what)) return 'run kc.sh start (production mode: HTTPS, a hostname and a production database), ideally from an image built with kc.sh build and started with --optimized';
  // A Vite command of a server framework (SvelteKit's `vite dev`, `vite preview`): that framework's production server.
  if (meta && /\bvite\b/.test(what)) return metaAdvice(meta);
  if (/vite|webpack|ng serve|react-scripts|react-app-rewired|craco|rescripts|parcel|docusaurus|vue-cli|gatsby|ember/.test(what)) return 'build the static bundle and serve it with nginx or a CDN';
  if (/octane:\w+ --watch/.test(what)) return 'drop --watch (Octane reloads workers on every file change)';
  if (/artisan|php -S|symfony serve/.test(what)) return 'run php-fpm behind nginx (or FrankenPHP/Octane)';
  if (/\bcargo watch\b/.test(what)) return 'build a release binary (cargo build --release) and run it without cargo-watch';
  if (/(?:^|→ )rails server without RAILS_ENV/.test(what)) return 'set RAILS_ENV=production for the process (ENV RAILS_ENV=production in the image, the service\'s environment or the container\'s env, or rails server -e production), or start puma itself (bundle exec puma -C config/puma.rb)';
  if (/rails/.test(what)) return 'run the server with RAILS_ENV=production';
  if (/quarkusDev/.test(what)) return 'build the app (./gradlew build) and run it (java -jar build/quarkus-app/quarkus-run.jar), where dev mode and the Dev UI are off';
  if (/quarkus:dev|quarkus dev/.test(what)) return 'package the app (./mvnw package, or quarkus build) and run it (java -jar target/quarkus-app/quarkus-run.jar), where dev mode and the Dev UI are off';
  if (/(?:^|→ )gradlew? run\b/.test(what)) return 'build the app in a build stage (./gradlew installDist, or a fat jar: ./gradlew shadowJar) and run what it writes from a JRE image (build/install/<app>/bin/<app>, or java -jar app-all.jar): gradle run compiles the app from source on every start and needs Gradle, the JDK and the sources in the image';
  if (/spring-boot:run|bootRun/.test(what)) return 'package the app (mvn package, ./gradlew bootJar) and run the jar (java -jar app.jar), where DevTools is off';
  if (/\bdotnet watch\b/.test(what)) return 'publish the app (dotnet publish -c Release) and run the published output (dotnet App.dll) without the file watcher';
  if (/\bdotnet run\b/.test(what)) return 'publish the app (dotnet publish -c Release) and run the published output (dotnet App.dll): dotnet run builds a Debug build from source and applies the launch profile (launchSettings.json: ASPNETCORE_ENVIRONMENT=Development)';
  if (/\bdeno\b/.test(what)) return 'run deno without the file watcher (deno run --allow-net main.ts, or deno serve)';
  if (/\bbun (?:--watch|--hot|watch)\b/.test(what)) return 'run bun without --watch/--hot (bun run src/index.ts, or the built output)';
  if (/^go run\b|→ go run\b/.test(what)) return 'build the binary in a build stage (go build -o /app .) and run it from a slim runtime image: go run compiles the app from source on every start and needs the whole Go toolchain and the sources in the image';
  if (/^reflex run\b|→ reflex run\b/.test(what)) return 'run Reflex in production mode (reflex run --env prod), or export the frontend (reflex export --frontend-only) and serve it with nginx next to reflex run --env prod --backend-only';
  if (/^(?:air|reflex|CompileDaemon)\b|→ (?:air|reflex|CompileDaemon)\b/.test(what)) return 'build the Go binary (go build) and run it without the live-reload tool';
  if (/hugo|jekyll/.test(what)) return 'build the site (hugo, jekyll build) and serve the output with nginx or a CDN';
  if (/wrangler/.test(what)) return 'deploy the worker (wrangler deploy) instead of running the local dev server';
  if (/fastify start --watch/.test(what)) return 'drop --watch (fastify start restarts the server on every file change)';
  if (/^pm2 watch: /.test(what)) return 'set watch: false in the process file (pm2 restarts the app on every file change); pm2-runtime without it restarts on crashes only';
  if (/\bpm2(?:-runtime|-docker| start)? --watch\b/.test(what)) return 'drop --watch (pm2 restarts the app on every file change); pm2-runtime without it restarts on crashes only';
  // NestJS builds to dist/ and its entry is main.ts: `nest build`, then `node dist/main`.
  if (/\bnest start\b/.test(what)) return 'build the app (nest build) and run its output without the watcher or the debugger (node dist/main)';
  if (/^watchfiles\b|→ watchfiles\b/.test(what)) return 'run the command without watchfiles (it restarts the command on every file change, for development)';
  if (/^(?:rerun|shotgun)\b|→ (?:rerun|shotgun)\b/.test(what)) return 'start the Rack app with a production server and no reloader (bundle exec puma -C config/puma.rb, or rackup -E production); the container\'s restart policy or a process manager restarts it on crashes';
  if (/^watchmedo auto-restart\b|→ watchmedo auto-restart\b/.test(what)) return 'run the command without watchmedo auto-restart (it restarts the command on every file change, for development); the container\'s restart policy or a process manager restarts it on crashes';
  if (/nodemon|ts-node-dev|node --watch|watch|supervisor|node-dev/.test(what)) return 'run node on the built output without a file watcher (node dist/server.js)';
  if (/^(npm|yarn|pnpm|bun) /.test(what)) return 'build the app and start it with its production script (next start, node dist/server.js…)';
  return 'run the production server the framework documents';
}

/**
 * How the Kamal roles that run a Dockerfile's entry point as it is (a production deployment building that Dockerfile's stage — the final
 * one, or `builder.target` —, roles without a `cmd` of their own) give Rails' (or mix's) environment, as railsRunners does for compose
 * services: `sets` (a clear value other than development, or a secret or a host tag's value that may set it), `missing` the others, each
 * once per place its role is written. Null when no Kamal deployment runs it.
 */
function kamalRunners(snapshot: SnapshotView, entry: EntryPoint, fw: EnvFramework): { sets: { label: string; where: string }[]; missing: { label: string; at: { file: string; line: number; column: number }; why: string; setsDev: boolean; set?: { name: string; where: string } }[] } | null {
  const stage = entry.stage;
  const df = stage && snapshot.dockerfiles().find((x) => x.path === entry.file);
  if (!stage || !df) return null;
  const { names, dev } = FRAMEWORK_ENV[fw];
  const sets: { label: string; where: string }[] = [];
  const missing: { label: string; at: { file: string; line: number; column: number }; why: string; setsDev: boolean; set?: { name: string; where: string } }[] = [];
  const seen = new Set<string>();
  for (const d of kamalDeployments(snapshot)) {
    if (d.dev || d.dockerfile !== entry.file) continue;
    // Kamal builds the final stage, or the one `builder.target` names (stage names are case-insensitive).
    const built = d.target === null ? stage === df.final : stage.name?.toLowerCase() === d.target.toLowerCase();
    if (!built) continue;
    const of = d.destination ? `, destination '${d.destination.destination}'` : '';
    for (const r of d.runs) {
      if (r.cmd) continue;
      const label = `Kamal role '${r.role}' (${basename(d.base.file)}${of})`;
      // RAILS_ENV, else RACK_ENV: the first set with a value wins, else the first set at all.
      const name = names.find((n) => r.vars.get(n)?.value) ?? names.find((n) => r.vars.has(n));
      const v = name === undefined ? undefined : r.vars.get(name);
      if (v && v.value !== dev) { sets.push({ label, where: v.where }); continue; }
      const key = `${r.at.file}:${r.at.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      missing.push({ label, at: r.at, why: v ? `sets ${names[0]}=${dev} (${v.where})` : `sets no ${names[0]}`, setsDev: !!v, ...(v ? { set: { name: name!, where: v.where } } : {}) });
    }
  }
  return sets.length || missing.length ? { sets, missing } : null;
}

/** The process production starts must not be a development server. */
export const productionServer = defineCheck({
  id: 'production-server',
  title: 'Production runs a production-grade server',
  severity: 'critical',
  description: 'The process production starts (final CMD/ENTRYPOINT, compose command, Procfile web, render/Railway startCommand, fly.toml processes, heroku.yml/App Engine/DigitalOcean start commands, AWS Copilot commands, Kubernetes command/args) is not a development server.',
  match: [
    {
      // "No Flask dev server in production", "Gunicorn, not the Flask development server", "Not using the Flask
      // development server", "`next start`, not `next dev`": the negation governs the dev server itself. (The
      // server names recur below: flask run, runserver, dev server, next dev, nodemon.) A dev server kept out of
      // CI, tests or local work is no promise about production. "Production uses a WSGI server (gunicorn/uwsgi)" names the server kind.
      // "Production runs a production-grade server" (the check's title), "Served by a production-grade web server".
      pattern: new RegExp(String.raw`\b(?:runs?|running|uses?|using|served (?:by|with)|behind|on) (?:a |an )?production[- ]grade (?:(?:web|app|application|http|wsgi|asgi) )?servers?\b|\b(?:no|not) (?:using |running )?(?:the |a )?(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in )?(?:dev(?:elopment)? servers?|flask run|runserver|next dev|nodemon|npm run dev\b|${MORE_DEV_COMMANDS}|app\.run\(\))(?!\w)|\bproduction[- ](?:grade )?(?:wsgi|asgi) server\b|\b(?:uses?|using|runs? (?:on|under|behind|with)|served (?:by|with|behind)|behind) (?:a |an )?(?:real |proper )?(?:wsgi|asgi) server\b`),
      ...NOT_A_DEV_SERVER_PROMISE,
      note: 'a promise that production does not run a development server: the check reads start commands',
    },
    {
      // The production server named: "Production server: gunicorn" (as a label's state reads: "production server gunicorn"),
      // "Production server is Puma", "Gunicorn as the production server". Not with a reloader or a dev mode beside it
      // ("Production server: uvicorn --reload"), nor a server refused ("Production server: not gunicorn yet").
      pattern: new RegExp(String.raw`\bproduction (?:(?:web|app|application|http|wsgi|asgi) )?servers?(?: (?:is|are|=))? (?:the |a )?${PRODUCTION_SERVERS}(?![\w-])|${PRODUCTION_SERVERS} (?:is |as )(?:the |our |a )?production (?:(?:web|app|application|http|wsgi|asgi) )?servers?\b`),
      unless: /--reload|--watch|\b(?:reload(?:er|ing)?|dev|development|debug|install|installed|ci|pipelines?|tests?|testing|local(?:ly)?|staging)\b/,
      clauseUnless: /\b(?:not|no|never|instead of|rather than|no longer)\b|n't\b/,
      note: 'a promise that production runs a named production server: the check reads start commands',
    },
    {
      // A negated use/run/serve whose instrument is the dev server: "Never use runserver", "Don't serve the
      // app with the development server", "Don't use nodemon in production"; not "Don't point the mobile app at
      // the dev server" nor "Do not run load tests against the development server" (nor "… for load tests").
      pattern: new RegExp(String.raw`\b(?:never|don't|do not|must not|should not) (?:use|run|serve|start|deploy)(?: (?:the |your )?(?:app|application|site|api|service|it|production(?: traffic)?|traffic|requests))?(?: (?:with|from|on|via|through|under|using))? (?:the |a )?(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in )?(?:dev(?:elopment)? servers?|flask run|(?:(?:python3? )?(?:\.\/)?manage\.py )?runserver|next dev|nodemon|npm run dev\b|${MORE_DEV_COMMANDS}|app\.run\(\))(?!\w)`),
      ...NOT_A_DEV_SERVER_PROMISE,
      note: 'a promise that production does not run a development server: the check reads start commands',
    },
    {
      // "Gunicorn is used instead of the Flask dev server", "Served with gunicorn, never `manage.py runserver`",
      // "Next.js runs `next start`, never `next dev`", "gunicorn, not `python app.py`", "Stop running the Flask dev server",
      // "never `rails server`", "not `php artisan serve`", "not `dotnet watch`", "Production doesn't run `next dev`", "isn't started with
      // nodemon", "No `rails server` in production" (not
      // "No `rails server` restart needed").
      pattern: new RegExp(String.raw`(?:(?<=\w)n't|\b(?:instead of|rather than|never|not|no longer|stop|no(?= (?:the |a )?(?:(?:bin\/)?rails (?:server|s)|(?:php )?artisan serve|dotnet watch|python app\.py|(?:python )?(?:\.\/)?manage\.py runserver)\b(?! (?:restarts?|reboots?|logs?|errors?|crash\w*|downtime|changes?|warnings?)\b))))(?: using| running| serving with| via| with| (?:runs?|uses?|starts?)| (?:be )?(?:run|served|started) (?:with|by|under|on))? (?:the |a )?(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in |next\.?js(?:'s)? )?(?:dev(?:elopment)? servers?|flask run|(?:python )?(?:\.\/)?manage\.py runserver|runserver|next dev|nodemon|python app\.py|(?:bin\/)?rails (?:server|s)(?! -e prod)|(?:php )?artisan serve|${MORE_DEV_COMMANDS})\b|\breplace (?:the )?(?:flask(?:'s)? |django(?:'s)? )?(?:dev(?:elopment)? servers?|flask run|runserver|nodemon|next dev) with (?:gunicorn|uvicorn|waitress|hypercorn|granian|next start|node|pm2)\b`),
      ...NOT_A_DEV_SERVER_PROMISE,
      note: 'a promise that production does not run a development server: the check reads start commands',
    },
    {
      // "The development server is never used in production", "Django dev server (`runserver`) is never used",
      // "`php artisan serve` is never used in production".
      // The command may stand in an aside after what it is ("Live reload (`quarkus:dev`) is never used in production", "Dev Services
      // and live reload (`quarkus:dev`) never used in production").
      pattern: new RegExp(String.raw`\b(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in )?(?:dev(?:elopment)? servers?|flask run|runserver|next dev|nodemon|npm run dev|app\.run\(\)|(?:bin\/)?rails (?:server|s)|(?:php )?artisan serve|${MORE_DEV_COMMANDS})(?: \([^()]{1,40}\))? (?:is |are )?(?:never|not) (?:be )?(?:used|run|deployed)\b|\((?:flask run|(?:(?:python3? )?(?:\.\/)?manage\.py )?runserver|next dev|nodemon|npm run dev|(?:bin\/)?rails (?:server|s)|(?:php )?artisan serve|${MORE_DEV_COMMANDS})\) (?:is |are )?(?:never|not) (?:be )?(?:used|run|deployed)\b`),
      ...NOT_A_DEV_SERVER_PROMISE,
      note: 'a promise that production does not run a development server: the check reads start commands',
    },
    {
      // An ASGI server started without its reloader: "Uvicorn runs without `--reload` in production", "No `--reload`
      // on uvicorn", "`--reload` is never passed to uvicorn" (what the check fails as `uvicorn --reload`). A reloader refused
      // for another server the check fails with one (gunicorn's `--reload` too) is the last rule's.
      pattern: /\b(?:uvicorn|hypercorn|granian)\b[^;]*(?:\b(?:without|no|never with|not with|never|not)(?: the| a| any)? --reload\b|(?:^|\s)--reload (?:flag |option )?(?:is |are )?(?:never|not) (?:be )?(?:used|set|passed|enabled)\b)|(?:^|\s)(?:no|without|never)(?: the| a| any)? --reload\b[^;]*\b(?:uvicorn|hypercorn|granian)\b|(?:^|\s)--reload (?:flag |option )?(?:is |are )?(?:never|not) (?:be )?(?:used|set|passed|enabled) (?:with|for|on|to) (?:the )?(?:uvicorn|hypercorn|granian)\b/,
      unless: /\b(?:gunicorn|install|installed|tune|tuned|timeouts?|ci|pipelines?|tests?|testing|local(?:ly)?|staging|dev(?:elopment)?(?! server))\b/,
      note: 'a promise that production runs uvicorn/hypercorn/granian without the reloader: the check fails `uvicorn --reload` in start commands',
    },
    {
      // The reloader refused by name beside the server run instead: "Run with gunicorn -k uvicorn.workers.UvicornWorker,
      // not uvicorn --reload", "gunicorn instead of `uvicorn --reload`".
      pattern: /\b(?:not|never|instead of|rather than|no longer|no more)(?: with| via| using| run(?:ning)?(?: with)?)? (?:uvicorn|hypercorn|granian)\b[^;,]*?(?:^|\s)--reload\b/,
      unless: /\b(?:install|installed|tune|tuned|timeouts?|ci|pipelines?|tests?|testing|local(?:ly)?|staging|dev(?:elopment)?(?! server))\b/,
      note: 'a promise that production does not run uvicorn/hypercorn/granian with the reloader: the check fails `uvicorn --reload` in start commands',
    },
    {
      // A reloader or file watcher refused for a server or tool the check fails with one (RELOADING_TOOLS, named in the item, or in
      // the heading or parent item it is read under: "No `--reload`" under "## Uvicorn"): "Octane runs without `--watch` in
      // production", "Celery workers run without autoreload (no `watchmedo`)", "No `air` live reload in the production image",
      // "Gunicorn's hot reload disabled". Not a reloader of a server the check does not judge ("Quart runs without `--reload`") nor
      // one no server is named for ("No `--reload` in production"): the check would pass a repository that breaks them. Not a
      // proxy's, a certificate's or a configuration's reload ("Nginx reloads config without downtime"), a Kubernetes or Vault
      // reloader's (ConfigMaps, secrets, tokens, pods: Stakater's Reloader), PHP's opcache, templates' or feature flags', a build
      // watcher's (tsc, Tailwind), a mobile app's hot reload, tests or CI.
      pattern: new RegExp(String.raw`(?:^|[\s(])(?:no|never|without|not(?: using| with| running| under)?|disable[ds]?|turn(?:ed)? off)${RELOADER_OWNER}{0,2} ${RELOADER}(?![\w-])${RELOADING_TOOL_NAMED}|(?:^|[\s(])${RELOADER}${RELOADING_TOOL_NAMED}(?: (?:flag|option|mode))? (?:is |are )?(?:(?:never|not) (?:be )?(?:used|set|passed|enabled|on|run)|disabled|off|turned off|removed)\b`),
      unless: /\b(?:install|installed|ci|pipelines?|tests?|testing|local(?:ly)?|staging|dev(?:elopment)?(?! server)|config(?:uration)?s?|config-?maps?|secrets?|vault|tokens?|pods?|kubectl|kubernetes|k8s|stakater|opcache|certificates?|certs?|nginx|prometheus|haproxy|envoy|traefik|caddy|dns|tls|ssl|sighup|graceful(?:ly)?|downtime|tsc|typescript|jest|vitest|rollup|esbuild|tailwind|sass|css|assets?|build(?:s|ing)?|built|templates?|translations?|feature[- ]flags?|flutter|react native|mobile|ios|android)\b/,
      clauseUnless: /\b(?:tune|tuned|timeouts?)\b/,
      note: 'a promise that a server or watcher the check judges (named in the item, its heading or its parent item) runs no file-watching reloader: the check fails `--reload`/`--watch` servers and watchers in start commands',
    },
  ],
  docs: {
    why: 'Development servers are single-process, unhardened and often ship an interactive debugger: slow under load and, with debug on, remote code execution.',
    fix: 'Run the production server of the stack (each finding says which): gunicorn/uvicorn workers/waitress for Python, node on the built output, nginx for static bundles, puma with RAILS_ENV=production, a Phoenix release, a compiled Go/Rust binary.',
    details: [
      '- Entry points: the Dockerfile final stage\'s `ENTRYPOINT` + `CMD` (inherited through stage names; exec and shell form; a later-stage',
      '  `ENTRYPOINT` resets an inherited `CMD`), compose `command`/`entrypoint` (string or list), Procfile `web:`, render.yaml (run in the service\'s `rootDir`; a Docker service\'s `dockerCommand` too, which replaces the `CMD` of its `dockerfilePath`, `./Dockerfile` by default) and Railway `startCommand` (railway.toml `[deploy]` and `[environments.<name>.deploy]`; railway.json\'s `deploy`, compact or not, and `environments.<name>.deploy`, an environment named for development — or `pr`, the override Railway\'s PR environments take, and other preview names: `preview`, `review`, `pr-42` — giving notes), fly.toml `[processes]` (and `[experimental] cmd`; also `fly.<env>.toml`, `fly deploy -c fly.production.toml`, one named for development — `fly.dev.toml`, `fly.local.toml` — giving notes), heroku.yml `run: web` (a string or `command:` list; other process types are not web servers; a production fly.toml with `[processes]` or `[experimental] cmd`, unless it deploys a `[build] image`, heroku.yml `run.web`, a DigitalOcean service\'s `run_command` beside its `dockerfile_path` and Kamal roles that all have a `cmd` replace the `CMD` of the Dockerfile they build — fly.toml\'s `[build] dockerfile` or the one beside it, heroku.yml\'s `build.docker.web`, Kamal\'s `builder.dockerfile` or the project\'s `Dockerfile` —, which then gives an `info` note unless a compose service builds that Dockerfile too and runs its `CMD` as it is, or another production platform config deploys it with its `CMD` — a fly.toml without `[processes]` or `[experimental] cmd` building it, a render.yaml Docker service without `dockerCommand`, heroku.yml\'s `build.docker.web` without `run.web`), an App Engine app.yaml\'s `entrypoint` (an app.yaml whose `runtime` is an App Engine runtime; also another service\'s file, `worker.yaml` with `runtime:` and `service:`), a DigitalOcean app spec\'s (`.do/app.yaml`, also wrapped in `spec:` as the deploy button\'s `.do/deploy.template.yaml` is) services\' `run_command`, Kamal roles\' `cmd` (`config/deploy.yml` and its destinations\' `config/deploy.<destination>.yml`, one named for development giving notes; run in the image of Kamal\'s Dockerfile — its final stage, or `builder.target` — with the variables each deployment gives the role over the image\'s `ENV`: the app\'s `env` and the role\'s, a destination\'s file merged over the base file, an `env.secret` name or a host tag\'s value setting one to a value not read here; a `cmd` that deployments run with different variables is judged once per deployment, naming its destination; the base file alone is a deployment when no production destination is written), the `entryPoint` and `command` of an ECS task definition\'s (also Terraform `aws_ecs_task_definition` `container_definitions` written in the `.tf` file as `jsonencode([…])` or a heredoc of JSON (`var.*`, `${…}` interpolations, calls and `for` expressions are values Terraform computes, not read)) and a `Dockerrun.aws.json` v2\'s `containerDefinitions` and of CloudFormation `AWS::ECS::TaskDefinition` `ContainerDefinitions` (`EntryPoint`/`Command`: the two joined, as the container runs them; one holding `!Ref`/`!Sub` or a placeholder is not read; a task definition named for development giving notes) and of the terraform-aws-modules/ecs module\'s containers (`entrypoint`/`command` of the service submodule\'s `container_definitions` map, of the root module\'s `services.<name>.container_definitions`, or the container-definition submodule\'s own arguments), systemd units\' `ExecStart=` (`*.service`, and a unit template a deploy tool renders onto the host, `*.service.j2`/`.jinja2`/`.tmpl`/`.erb` or a `*.service` whose text holds template tags (`roles/app/templates/app.service`), read as the unit it renders: its template tags unknown words, its conditional blocks and its comments (`{# … #}`, `<%# … %>`, also across lines) set aside; a program that is a template tag as a whole (`ExecStart={{ python }} manage.py runserver`) has the command after it judged, and one with nothing but options after it (`ExecStart={{ app_command }}`) gets an `info` note that it was not checked; with the section\'s `Environment=`; with the `@` prefix the word after the executable is only argv[0], not an argument; lines ending in `\\` continue on the next as systemd joins them, comment lines among them skipped; reported at the `ExecStart=` line) — Procfiles and units under test and illustration folders (`tests/fixtures/`, `examples/`, `docs/`) are not read, as the platform files there are not —, Kubernetes',
      '  `command` + `args` of `containers` (init containers are not servers; read as each production kustomize overlay renders the workload, merged as the Kubernetes workload checks merge it (see k8s-run-as-non-root): a strategic-merge or JSON 6902 patch that sets `command` or `args` is judged where it writes it (an op at its line), the message naming the overlay (`container \'api\' args in kustomize overlay k8s/overlays/prod`), and a base\'s `command`/`args` that every production overlay deploying it sets again is an `info` note (`overridden in kustomize overlay k8s/overlays/prod`), while a development overlay\'s patch (`overlays/dev/`) is read on its own, for notes; `$(NAME)` in them expands from the container\'s `env` as the kubelet expands it — `command: [python, manage.py, "$(SERVER_CMD)"]` with `SERVER_CMD: runserver` runs `runserver`; `$$(NAME)` is the literal text, a name `env` does not set stays as written — and the `env` read for the server\'s own variables is the kubelet\'s, the last entry of a name winning; in a Helm chart template, a `command` or `args` the chart renders from its values — `command:` / `{{- toYaml .Values.command | nindent 12 }}`, `toYaml .` inside `{{- with .Values.args }}` — is read as each values set of the chart renders it (`values.yaml` alone, and with each other values file of the chart, not a development one such as `values-dev.yaml`; for a subchart, the parent chart\'s values for it) and reported at the values key, with the container\'s `env` from the values too; a command only the chart\'s `values.yaml` alone gives, while a production values file sets another, is an `info` note naming that file; one a helper (`include`) or a `range` may write is not read); a container running an image this repository builds — its repository, tag or digest aside, one a production compose service tags beside its `build:` or a deploy build tags (`docker build -t`, kaniko\'s `--destination`, build-push-action\'s `tags:` or the metadata-action `images:` they come from, a skaffold artifact\'s `image`) — runs it as Kubernetes does: `args` without a `command` are the argument list of the built stage\'s exec-form `ENTRYPOINT` (`ENTRYPOINT ["flask"]` with `args: ["run", "--host=0.0.0.0"]` is `flask run`, reported at `args`, naming the `ENTRYPOINT`; a shell-form `ENTRYPOINT` ignores them), a `command` replaces the `ENTRYPOINT` and the `CMD`, and either runs in the stage\'s layout with its `ENV` under the container\'s `env`. A command given without an entrypoint of its own to Keycloak\'s image',
      '  (`quay.io/keycloak/keycloak`, `keycloak/keycloak`: compose `command: start-dev`, Kubernetes `args`, a Dockerfile exec-form `CMD` on that base, or a compose',
      '  service building a stage whose `ENTRYPOINT` is `kc.sh`) is the argument list of its `kc.sh` entrypoint: `kc.sh start-dev` (Keycloak\'s development',
      '  mode: plain HTTP, development defaults) fails, `kc.sh start` passes; other images\' `start-dev` arguments are their own. So on the official Deno image',
      '  (`denoland/deno`, or a stage whose exec-form `ENTRYPOINT` is `["deno"]`), whose entrypoint runs `deno` with a command that starts with an option or a deno',
      '  sub-command: `CMD ["task", "start"]` is `deno task start`, `CMD ["deno", "run", …]` and `CMD ["sh", "-c", …]` run as written. tiangolo\'s `uvicorn-gunicorn` images (`tiangolo/uvicorn-gunicorn`, `-fastapi`, `-starlette`) ship `/start.sh` (gunicorn with uvicorn workers, their CMD: passes) and `/start-reload.sh` (`uvicorn --reload`, for development): a compose `command`, Dockerfile `CMD`/`ENTRYPOINT`, Kubernetes `command`/`args` or platform command that runs `/start-reload.sh` in such an image (its `image`, or a stage built `FROM` it) fails, naming the script and `/start.sh`, unless the repository has a `start-reload.sh` the image copies in, judged by its content as any start script; on another image the script is not known and passes. A stage a compose service builds as its `build.target`',
      '  (`target: web`) is judged too, at its own `CMD`/`ENTRYPOINT` (a development-only compose file or profile makes it a note;',
      '  so does a base compose file\'s `command` that a production overlay beside it — `docker-compose.prod.yml` — sets again, and a main file\'s build',
      '  that such an overlay replaces with a published image of its own, `image: chatwoot/chatwoot` and no `build:`: compose pulls it instead).',
      '  A Dockerfile only development builds make gives notes, naming why (as in `dockerfile-non-root`): among them a final stage named for development',
      '  that a compose service builds as its `target` (Ghost\'s `FROM node AS development`, `target: development`; not from a compose file named for',
      '  production, and a development target before the final stage leaves the final stage judged), and one built on an image the project\'s compose',
      '  builds locally (`FROM chatwoot:development`) only by main-file services that a production overlay replaces with a published image, and one',
      '  built only by main-file services whose production overlays, each merged alone, all build another Dockerfile of the repository',
      '  (`docker-compose.prod.yml` building `Dockerfile.prod`; overlays named `prod`/`production`/`live` decide when there are any).',
      '- A compose service that builds a Dockerfile (`build: .`, `build: { context, dockerfile }`, its `build.target`) runs its own `command` in',
      '  place of the stage\'s `CMD`, and its own `entrypoint` in place of both `ENTRYPOINT` and `CMD` (Compose spec; an empty one, `entrypoint: []`,',
      '  replaces nothing here). When every production compose service running the stage replaces it so — a `command` replaces a `CMD` alone or the',
      '  `CMD` after an exec-form `ENTRYPOINT`; a shell-form `ENTRYPOINT`, or an exec-form one without a `CMD`, only an `entrypoint` —, and so does',
      '  every production Kubernetes container running the image built from it (linked by name as above; a `command` replaces either, `args` a `CMD`),',
      '  with at least one such runner, the stage\'s start command gives an `info` note `(replaced by compose command in compose.yaml)`,',
      '  `(replaced by Kubernetes args in k8s/deployment.yaml)`, as for the platforms above; it stays judged when a service runs it as it is,',
      '  when a CI job, bake file or platform also builds it without replacing its `CMD` (the image may run elsewhere with it; not a build',
      '  whose every tag is an image those Kubernetes containers run; a fly.toml without `[processes]` or a render.yaml Docker service without',
      '  `dockerCommand` runs it, also beside a platform that replaces it), when the image those services tag or that build pushes (`image: ghcr.io/acme/web:1.0` beside `build:`) runs elsewhere in the',
      '  repository without a command of its own — a production Kubernetes container without `command`/`args` (as kustomize renders it),',
      '  another production compose service naming it without `build`, `command` or `entrypoint`, a Nomad task without `command`/`args`, a',
      '  production fly.toml `[build] image` without `[processes]`/`[experimental] cmd`, a render.yaml `image.url` without `dockerCommand` —,',
      '  the message naming where (the same repository, its tag or digest aside: `acme/web:1.0` and `acme/web:${TAG}` are one image, unless',
      '  another build tags exactly the reference run there), and when nothing in the repository runs it. The compose `command` is judged as what runs: without an',
      '  `entrypoint` of its own it is the argument list of the built stage\'s exec-form `ENTRYPOINT`, as Docker appends it (`ENTRYPOINT ["flask"]`',
      '  with `command: ["run", "--host", "0.0.0.0"]` is `flask run`, `ENTRYPOINT ["python", "manage.py"]` with `command: runserver 0.0.0.0:8000`',
      '  is `manage.py runserver`: reported at the `command`, naming the `ENTRYPOINT`), a shell-form `ENTRYPOINT` ignores it (not judged:',
      '  the `ENTRYPOINT` is what runs), and a service\'s own `entrypoint` runs with its `command` after it.',
      '- Command lines are unwrapped: `sh -c "…"` scripts (split on `&&`, `;`, `|`), `exec`, `env`, leading `VAR=…`, `tini --`, `dumb-init`,',
      '  `gosu user`, `poetry run`/`uv run`/`pipenv run`, `npx` (and `npm exec`/`npm x`, `pnpm dlx`, `yarn dlx`, `bun x`), `ddtrace-run`, `newrelic-admin run-program`, `python -m debugpy --listen … -m`; `concurrently` runs each command it is given (`npm:server`,',
      '  `yarn:x`… name package scripts, `npm:dev:*` every script the pattern matches) and `npm-run-all`/`run-p`/`run-s` each package script their',
      '  patterns name (`dev:*`: `*` within a `:` segment, `**` across), so a `start` running nodemon and the CRA dev server side by side fails. A `cd DIR` the script always',
      '  runs moves the commands after it (`web: cd spa && npm start` reads `spa/package.json`). Commands inside `if`/`case`',
      '  branches of a start script are not judged (a dev branch is not what production runs), except the `case` branch that an argument the',
      '  script is known to be given selects (`case "$1" in server) … ;; dev_server) … ;; esac` with `CMD ["server"]` after the `ENTRYPOINT`',
      '  script, `${1:-server}` with none, a variable set from `$1`; also written with tests, `if [ "$1" = "server" ]; then … elif [ "$1" = "dev" ]; then … fi`, `=`, `==`',
      '  or `!=` between two words in `[ ]` or `[[ ]]`): that branch is what production runs, the others are not. A shell function',
      '  runs where it is called, not where it is defined (Redash\'s `server() { exec gunicorn … }` beside a `dev_server() { … runserver … }` that',
      '  only the `dev_server` argument calls); a call, or a `{ …; }` group, behind a test (`[ -n "$DEV" ] && dev_server`) stays a branch. The variables a start script exports (`export X=v`,',
      '  `X=v` then `export X`, anything after `set -a`) reach the commands after it, and so do the defaults it gives a variable only when it is unset',
      '  (`export X=${X:-v}`, `: "${X:=v}"` then `export X`, `if [ -z "$X" ]; then export X=v; fi`, `[ -z "$X" ] && export X=v`): the value unless',
      '  the command line, the image\'s `ENV`, the compose service\'s `environment`/`env_file` or the container\'s `env` sets the variable (not when an',
      '  unseen source may: a Procfile\'s platform, an `env_file` not in the repository, `envFrom`); a shell variable never exported does not reach them,',
      '  while the variables the command line gives a script (`RAILS_ENV=production bin/start`) do. A dev server a start script starts is named at',
      '  the script line that runs it (`flask run (bin/start:3)`). Start scripts (`./start.sh`, `bin/start`,',
      '  `docker-entrypoint.sh`, a Python script by its shebang) are read when they are in the repository (a Ruby launcher by its shebang: its first unindented `exec` with literal arguments, Rails 8\'s `bin/dev` `exec "./bin/rails", "server", *ARGV`), and the rest of the argv is',
      '  judged too (`exec "$@"`). `supervisord` configs are read and every `[program:*] command=` is judged, also in the program files its `[include]` loads that the image copies there (Debian\'s `/etc/supervisor/conf.d/*.conf`, RHEL\'s `/etc/supervisord.d/*.ini`; the globs of `[include] files =` when the repository gives the main config); a `command=` continued on lines indented deeper (the INI continuation supervisord reads) is read whole, in LF and CRLF files alike, and an expansion in it (`%(ENV_PORT)s`, `%(process_num)02d`) is a word whose value is not known, the words after it read all the same; a dev server there is',
      '  reported at its `command=` line (naming the entry point that runs supervisord). A supervisord config no entry point starts is not read (as an ecosystem file below): without an image, unit or script in the repository that runs supervisord nothing shows the conf is deployed (it may be a stray, or a development VM\'s: Vagrant provisioning). pm2 started with a process file',
      '  (`pm2-runtime [start] ecosystem.config.js`, `pm2 start ecosystem.config.cjs --no-daemon`, `.json`/`.yml` files; `--only` apps) is read the',
      '  same way: each app\'s `script` + `args` (with its `interpreter` and `cwd`; `script: npm, args: run dev` reads the package script)',
      '  is judged like a command, and `watch: true` (or a list of paths) is watch mode; a dev server is reported at the app\'s `args`',
      '  (else `script`) line, watch mode at its `watch` line, naming the entry point — each app (and each supervisord program) that starts one, not only the first, also when several run the same script (two apps with `args: run dev` are two findings). An ecosystem file no entry point starts is not read.',
      '  pm2 started with a script (`pm2-runtime start npm -- run dev`, `pm2 start app.py --interpreter python3`) runs that script, its',
      '  own arguments after `--`. Procfile process managers (`foreman start`, `overmind start`, `honcho start`, `hivemind`: Rails\' `bin/dev` runs',
      '  `foreman start -f Procfile.dev`) start each process of the Procfile they are given (`-f`, else `Procfile`; only the processes named, foreman\'s and',
      '  honcho\'s operands or overmind\'s `-l`), with the variables of the `.env` they load (or `-e`) when the repository has it: each is judged like a',
      '  command, and a dev server found is named at its Procfile line (`foreman process \'web\' → rails server … (Procfile.dev:1)`).',
      '- Dev servers: `flask run`, `python -m flask run`, `manage.py runserver`/`runserver_plus`, `django-admin runserver`,',
      '  `manage.py run` of a Flask project\'s `FlaskGroup` (`flask run`), `gunicorn`/`uvicorn`/`hypercorn`/`granian --reload` (anywhere on the line; gunicorn\'s also through `GUNICORN_CMD_ARGS` (split as gunicorn splits it, like a shell: a quoted word is one argument), on the command line or set by the stage\'s `ENV`, the compose service\'s `environment` or the Kubernetes container\'s `env`, and through `reload = True` in the config file gunicorn loads: the one `-c`/`--config` names (the last one, when given more than once, as gunicorn takes it), else `gunicorn.conf.py` in its working directory, which gunicorn 20+ loads by default — reported at that line; gunicorn\'s `--reload-engine`/`--reload-extra-file` only tune a reloader `--reload` turns on, and pass alone; uvicorn\'s and granian\'s through `UVICORN_RELOAD`/`GRANIAN_RELOAD` (their command lines read `UVICORN_*`/`GRANIAN_*` variables) with a true value (`true`, `1`, `yes`, `on`; `false`/`0` is off), set where `GUNICORN_CMD_ARGS` is read — a Dockerfile\'s `CMD`/`ENTRYPOINT` that compose services run as it is (building its stage, with no `command`/`entrypoint` of their own) gets their `env_file`/`environment` for these switches, overlay by overlay (a production overlay that sets the variable again wins), and is reported at the value that turns the reloader on, naming the service (a development overlay\'s, `docker-compose.override.yml`, or a development-only file\'s: a note); hypercorn\'s through `use_reloader = true` in the config file `-c`/`--config` names (TOML at its top level, `file:` a Python file, `python:` a module; hypercorn loads none by default), reported at that line), `litestar run --reload`/`--debug`, `sanic --dev`/`--debug`/`--auto-reload`, `python -m http.server`, `next dev` (and `next` alone: dev is its default command), `nuxt dev` (and Nuxt 2\'s `nuxt` alone, create-nuxt-app\'s `"dev": "nuxt"`: dev is its default command; `nuxt start` passes), platform emulators `vercel dev`, `netlify dev` and `serverless offline`/`sls offline`, `tsc-watch`, Nx `nx serve <app>`/`nx run <app>:serve` and `nx dev` (a production configuration, `-c production`, `--prod`, `<app>:serve:production`, is not judged), Turborepo `turbo run dev`/`turbo dev` (each package\'s `dev` script; other task names are not judged), `sapper dev`, `quasar dev`, `umi dev`, `solid-start dev`, `vinxi dev`, `hexo server`,',
      '  `vite` (any sub-command but `build`: `vite`, `vite <root>`, `dev`, `serve`, `preview` — Vite documents preview as not a production',
      '  server; the advice follows the framework the app\'s `package.json` depends on: SvelteKit runs `node build` with adapter-node (or serves build/ with adapter-static), SolidStart, TanStack Start and Analog their Nitro server, Qwik City its Node adapter\'s `server/entry.*`; a plain Vite app serves its static bundle), `nodemon`, `ts-node-dev`, watchdog\'s `watchmedo auto-restart` (a file-watching reloader, whatever command it wraps: `watchmedo auto-restart -- celery -A app worker` too) and `watchfiles \'python -m app\' src`, Ruby\'s `rerun` (`bundle exec rerun -- rackup`, restarting what it wraps on every change) and `shotgun` (reloading the Rack app on every request), `nest start --watch`/`--debug` (the advice: `nest build`, then `node dist/main`), `fastify start --watch`, `node --watch` (before the script: later options are the script\'s), `pm2-runtime --watch` and `pm2 start --watch` (before `--`), `tsx watch`, `webpack serve`,',
      '  `webpack-dev-server`, `ng serve`, `react-scripts start` (and the CRA wrappers `react-app-rewired`/`craco`/`rescripts start`), `vue-cli-service serve`, `astro/remix dev`, React Router 7\'s `react-router dev`, `astro preview` (Astro\'s docs: not designed to be run in production; `astro build` and the Node adapter\'s `node ./dist/server/entry.mjs` pass), `gatsby develop`, `strapi develop` (`strapi dev`),',
      '  `parcel` (any sub-command but `build`/`watch`: it serves by default), `docusaurus start`, `storybook dev` and Storybook 6\'s `start-storybook`, `vitepress dev` (and `vitepress` alone), `slidev` (any sub-command but `build`/`export`/`format`/`theme`: it serves by default), `eleventy --serve`, `live-server`, `lite-server`, `browser-sync start`, `json-server --watch`, `prisma studio` (Prisma\'s development database GUI, with no authentication; `npx prisma studio` too), `expo start` (and the old `expo web`), `php artisan serve`, Laravel Octane\'s file watcher `php artisan octane:start --watch` (also `octane:frankenphp`, `octane:swoole`, `octane:roadrunner`), `php -S`, `symfony serve`/`server:start`, `rails server -e development` and `rails server`/`rails s` (also `bin/rails`, `bundle exec rails`) without `-e`/`--environment` where no `RAILS_ENV` (else `RACK_ENV`) reaches the process — the command line (`RAILS_ENV=production rails s`, an `export` its script runs first, or the production default it gives when unset: `export RAILS_ENV=${RAILS_ENV:-production}`, `: "${RAILS_ENV:=production}"` then `export RAILS_ENV`, `if [ -z "$RAILS_ENV" ]; then export RAILS_ENV=production; fi`; a default of `development` is Rails\' own), the image\'s `ENV` (a build argument\'s too), the compose service\'s `environment`/`env_file`, the container\'s `env` or a Kamal role\'s `env` — as Rails then starts its development environment; when one of these sets it to `development` itself (Kamal\'s `env.clear`, the compose service\'s `environment`, the container\'s `env`, the image\'s `ENV`, the command line), the finding names that setting and says to remove it there or set `production` in its place (`MIX_ENV=dev` likewise). A Dockerfile\'s `CMD`/`ENTRYPOINT` that production compose services run as it is (building its stage, with no `command`/`entrypoint` of their own) gets their environment, and so does one that Kamal\'s production deployments run (the roles without a `cmd` of their own, building that Dockerfile\'s stage) theirs: when each of them sets `RAILS_ENV` (or may: an `env_file` not in the repository, an `env.secret` name, a host tag\'s value) it passes, when only some do each other one fails at its service key or role key (naming the Kamal destination), naming one that sets it; a production compose service running it as it is that sets `RAILS_ENV=development` (`MIX_ENV=dev`) fails at its service key even when the image\'s `ENV` sets `RAILS_ENV=production`, as the service\'s value is the one the process gets, and so does a Kamal role running it as it is whose env (its own or the app\'s `env.clear`) sets it, at its role key; when none does, or nothing runs it, the Dockerfile is judged on its own — and when the services or roles running it as it is set `RAILS_ENV=development` (`MIX_ENV=dev`) themselves over an image that sets none, the finding at its `CMD` names that setting and says to remove it there (an `ENV` in the image would not help: the deploy\'s value overrides it), adding that to the advice when only some of them set it; a Kamal role\'s `cmd` is judged like a compose `command` (Kamal runs the repository\'s image, with no buildpack: the role\'s and the app\'s `env` and the image\'s `ENV` are all that set it), while a Procfile or another platform\'s start command (Heroku\'s and Dokku\'s Ruby buildpacks set `RAILS_ENV=production`), an `env_file` not in the repository, a variable passed from the shell (`environment: [RAILS_ENV]`), a Kubernetes `envFrom`/`valueFrom`, or an image built elsewhere (a Kubernetes container, a compose service without `build`) when a Dockerfile of the repository sets `RAILS_ENV` are not judged, and such an image gives an `info` note when the repository has no Dockerfile at all (nothing shows its environment: it may set `RAILS_ENV=production`, as the Dockerfile Rails 7.1+ generates does), while Dockerfiles that all leave it unset make it a failure (an image built elsewhere that is a stock official language image, `ruby:3.3`, `elixir:1.16`, also written `docker.io/library/…`, and `hexpm/elixir`, is no app image and sets neither `RAILS_ENV` nor `MIX_ENV`: unset there it fails, the message saying so, whatever a Dockerfile of the repository sets); `bundle exec puma` passes, `hugo server`, `jekyll serve`, `air`, `CompileDaemon`, Go\'s `reflex` file watcher (`reflex -r \'\\.go$\' -s -- go run .`, `reflex -c reflex.conf`), the file watcher `watchexec` (cargo-watch\'s engine and successor: `watchexec -r -e go -- go run .`, `watchexec -w src -r cargo run`, `watchexec -r \'go run .\'`; it restarts whatever command it wraps on every change, a production binary too, and the finding names a wrapped `go run`/`cargo run`, whose advice builds the binary) and `wgo`, Go\'s file watcher (`wgo run .`, `wgo -file .go go build -o app . :: ./app`), Python Reflex\'s `reflex run` without `--env prod` (or with `--env dev`: its dev mode, the hot-reloading development server; `reflex run --env prod` and `reflex export` pass), `dotnet watch`, `dotnet run` (the SDK\'s launcher: a Debug build from source with the project\'s launch profile, whose `launchSettings.json` profiles set `ASPNETCORE_ENVIRONMENT=Development`; Microsoft\'s docs advise against running production with it; only `-c Release --no-launch-profile` together, before any `--`, passes), `go run` (`go run .`, `go run main.go`, `go run ./cmd/api`: it compiles the app from source on every start, so the image ships the Go toolchain and the sources; `go build` and running the binary is the deploy; a tool named with its module version, `go run github.com/pressly/goose/v3/cmd/goose@v3.20.0 up`, is not the app and passes), `cargo watch`, `cargo run` (with or without `--release`: it compiles the app from source on every start, as `go run` does; `cargo build --release` and running the binary is the deploy), the other build tools that compile the app from source on every start: `stack run`, `cabal run` (`v2-run`, `new-run`), `crystal run` (and `crystal src/app.cr`, whose default command is run), `nimble run` (`stack install`, `cabal install`, `crystal build --release`, `nimble build` and running the binary are the deploy; `stack exec` runs a binary already built and passes), `ghcid` (GHCi reloading the code on every change), Lucky\'s development server `lucky dev` (and `lucky watch`), Play\'s development mode `sbt run` (also `sbt ~run`, `sbt "run 9000"`, `sbt clean web/run`, `sbtn run`: auto-reload, error pages showing the source, the app compiled on every start; `sbt stage`/`sbt dist` and the start script it writes, `target/universal/stage/bin/<app>`, is the deploy), lein-ring\'s development server `lein ring server`/`lein ring server-headless` (auto-reload, stack traces in the browser; `lein ring uberjar` and `java -jar` is the deploy), `lein run` with Leiningen\'s dev profile active (also through `trampoline`, `lein do …, run`, or `with-profile +prod`: the dev profile stays; `lein with-profile production trampoline run`, the form Heroku runs a Clojure app with without an uberjar, drops it and passes, as `lein uberjar` and `java -jar` does), FrankenPHP\'s watchers `frankenphp php-server --watch` (the workers restarted on every file change) and `frankenphp run --watch` (`-w`: Caddy\'s config watcher, which Caddy\'s docs mark for local development only; `frankenphp run` and `frankenphp php-server` without it are its production server), Phoenix started by mix (`mix phx.server`, `iex -S mix phx.server`, `elixir -S mix phx.server`) where `MIX_ENV` is `dev` or unset (mix\'s default: `config/dev.exs`, with the code reloader and debug error pages), read as `RAILS_ENV` is for `rails server` (the command line, a start script, the image\'s `ENV`, the compose service\'s, the container\'s or a Kamal role\'s environment; a Procfile, whose Elixir buildpack sets `MIX_ENV=prod`, is not judged; a release, `bin/server` or `bin/<app> start`, passes), `mkdocs serve`, uWSGI\'s Python auto-reloader (`--py-autoreload N` with N > 0, or `py-autoreload` in the `[uwsgi]` section — or the one `--ini file:section` names — of the ini file `--ini` loads, reported at its line), Spring Boot\'s build-tool launchers `mvn spring-boot:run` and `gradle bootRun` (DevTools on; a packaged `java -jar` is the deploy), Gradle\'s application plugin `gradle run` (`./gradlew run`, `./gradlew :app:run`: the app compiled from source on every start, as `cargo run` does; `./gradlew installDist` or a fat jar run by `java -jar` is the deploy), Quarkus dev mode (`mvn quarkus:dev`, `gradle quarkusDev`, the Quarkus CLI\'s `quarkus dev`: live reload and the Dev UI), `php artisan octane:start --watch`,',
      '  `deno run --watch`, `bun --watch`/`--hot`; the advice names each runtime\'s own production command.',
      '- Options are read the way each tool reads them, so an option\'s value is never taken for a sub-command (`vite --host 0.0.0.0`,',
      '  `flask --app web run`, `manage.py --settings x runserver`, `nice -n 10 …`, `npx -p @angular/cli ng serve`); an option the tool is',
      '  not known to have is read both as a flag and as taking a value, and only a verdict both readings share counts.',
      '- Package scripts: `npm start`, `npm run X`, `yarn X`, `pnpm X`, `bun run X` are resolved through the `package.json` of the folder',
      '  they run in: the container\'s working directory as the image\'s `WORKDIR` and `COPY`/`ADD` or the compose service\'s `working_dir`',
      '  and bind mounts make it (`./frontend:/app` with `working_dir: /app` reads `frontend/package.json`), the folder named by',
      '  `npm --prefix`, `yarn --cwd` or `pnpm -C`, else the nearest `package.json` up from the entry point',
      '  (CRA\'s `"start": "react-scripts start"` fails; `"start": "node server.js"` passes; no `start` script means `node server.js`).',
      `  Scripts that run scripts are followed up to ${MAX_CHAIN} steps deep (\`npm start\` → \`npm run s1\` → …; a script already read is not read again, so cycles end);`,
      '  a chain deeper than that gives an `info` note naming the command not followed, rather than passing silently.',
      '  Workspace scripts (`yarn workspace @acme/web dev`, `npm run start --workspace=@acme/web`, `npm -w apps/web start`,',
      '  `pnpm --filter @acme/web start`, pnpm\'s scope-less `--filter web` and `./apps/web`) are read from the workspace\'s own',
      '  `package.json`, found by its `name` (or folder); a workspace not in the repository, or a pattern (`@acme/*`), is judged by the script name.',
      '  `deno task X` runs the task of the `deno.json`/`deno.jsonc` Deno finds (the one `-c`/`--config` names, else the nearest up from where it runs, `--cwd` moving it;',
      '  JSONC: comments and trailing commas allowed): a command string, or `{ command, dependencies }` whose dependencies are judged too; tasks that run',
      '  tasks are followed (bounded depth, cycles end); a task not there is the `package.json` script of that name, as Deno runs it (`-r`/`--filter`/`--eval` are not followed).',
      '  When `package.json` (or, for `deno task`, the Deno configuration) is not in the repository, script names `dev`, `develop`, `start:dev`, `watch` count as dev servers.',
      '  When it is, a script so named (also `dev:server`, `serve:dev`, `start:watch`) that runs no dev server the list below knows is a development script by its name',
      '  (`npm run dev` whose `"dev": "node server"` is Vite\'s SSR template, which starts Vite\'s dev middleware unless `NODE_ENV=production`; `NODE_ENV=production`',
      '  in the image does not clear the name), the same for `yarn dev`, `pnpm dev` and `bun run dev`; it passes when it runs a production server itself (a WSGI/ASGI',
      '  server, `pm2-runtime`, `next start`, `nuxt start`, `strapi start`, `remix-serve`, `react-router-serve`, node or bun on the built output: `dist/`, `build/`, `.output/`),',
      '  hands over to a production-named script (`npm start`, `npm run start:prod`), or is the very command the `start` script runs (or the script `start` hands over to: `"start": "npm run dev"`). A `package.json`',
      '  the entry point reads is read strictly, as npm reads it: one that is not valid JSON (trailing commas, comments) is a `parse-error` at its place.',
      '- Files named on the command line (`python /app/app.py`, `/start`, a script copied onto the PATH) are found by replaying the',
      "  image's `WORKDIR` and `COPY`/`ADD` from the build context (compose `build.context`/`dockerfile`, else the Dockerfile's folder",
      '  or the repository root), the files its here-documents write (BuildKit\'s `COPY <<EOF /start.sh`, `<<-EOF`, `COPY <<a.sh <<b.sh /dir/`,',
      '  and `RUN cat > /start.sh <<EOF` or `tee`; a later `COPY` to the same path replaces one; a dev server there is named at its line of',
      '  the Dockerfile) and compose bind mounts; failing that, by path suffix, nearest to the Dockerfile first and',
      '  preferring files whose dev-only status matches the entry point (a production compose file never reads `compose/local/start`).',
      '  A Python module the image holds (`app.py` or the package `app/__init__.py`) beats a suffix match elsewhere, and when a',
      '  `COPY`/`ADD` of repository paths covers the path, a suffix match outside what it copies from the build context is not used;',
      '  an image whose Dockerfile copies nothing from its build context is never matched with a file of another folder.',
      '- `python app.py` (or `python -m pkg`) fails when the module calls the Flask dev server (`app.run(...)`, `app.run_server(...)`,',
      '  Flask-SocketIO `socketio.run(..., allow_unsafe_werkzeug=True)`, `uvicorn.run(..., reload=True)`, also `reload=RELOAD` of a module constant that is on, or on with its variable unset: `RELOAD = True`, `RELOAD = os.getenv("RELOAD", "true") == "true"`, and `reload=settings.reload` of a pydantic-settings field `reload: bool = True` (also `Field(default=True)`, `Field(True, …)`) in a `BaseSettings` class of the project whose variable, with the class\'s `env_prefix` (or the field\'s `alias`), no production deploy config sets) at module level, under',
      '  `if __name__ == "__main__"` or in a function called from there; the app built and run in one expression (`create_app().run(debug=True)`, `Flask(__name__).run()`) too. `app` built by another framework does not count;',
      '  a Sanic app\'s `app.run(...)` is its production server except with `dev=True` (debug + auto-reload), `auto_reload=True` or `debug=True` (as `sanic --dev`).',
      '  Bottle\'s `run(app, ...)` (`bottle.run(...)`, `app.run(...)` of a `Bottle()` app, in a module that imports bottle) fails with `reloader=True` or on its default',
      '  server, `wsgiref` (the standard library\'s single-threaded development server; also `server="wsgiref"` written out); one naming another server (`server="gunicorn"`, `"waitress"`) passes.',
      '  A development server in a development-only branch (`if os.environ.get("FLASK_ENV") == "development":`, `if DEBUG:`, `if args.dev:`, read as',
      '  `cors-wildcard` and `default-credentials` read development branches) beside a production server the same block starts outside it',
      '  (its `else:` runs waitress\' `serve(app)`, `uvicorn.run(app)` without reload, gevent, an embedded gunicorn…) is an `info` note: production takes',
      '  the other branch. It stays a failure when the branch runs anyway: its condition holds with its variables unset (`os.getenv("ENV", "development")',
      '  == "development"`), a constant of the module is set on (`DEBUG = True`), the image\'s `ENV`, the command line, a start script or a production compose service running the image (`environment`, `env_file`;',
      '  an `env_file` not in the repository counts as on) sets a variable it reads to a value that turns it on, or the command passes the option it tests (`--dev`).',
      '- gunicorn/uvicorn/waitress/daphne/hypercorn pass (without `--reload`); the module they import (`app:app` → `app.py`, also with `--reload`) is read, and the project modules it',
      '  imports at module level, one hop deep (`gunicorn wsgi:application` whose `wsgi.py` says `from app import app` reads `app.py`; found from the folder the server imports from, relative imports from the package): an unguarded module-level',
      '  `app.run()` starts the dev server on import and fails; `app.run(debug=True)` under `if __name__ == "__main__"` there is only an',
      '  `info` note (it is not what production runs; `debug-mode` fails only when production does run it).',
      `- ${COPILOT_COMMAND_DOC}`,
      `- ${PLATFORM_PARSE_DOC}`,
      '- Dev-only files (`Dockerfile.dev`, `docker-compose.override.yml`, `Procfile.dev`…; compose files, Dockerfiles and Procfiles named for',
      '  development, tests or CI: `.dev`, `.development`, `.local`, `.test`/`.testing`, `.ci`, `.e2e`, `.integration`, `.debug`, also',
      '  `docker-compose-dev.yml` and `dev.docker-compose.yml`, and Heroku\'s `Procfile.windows`, for `heroku local`; `.staging`/`.prod` are production;',
      '  Kubernetes manifests named so, `deployment.dev.yaml`, `configmap-dev.yaml`, `dev-deployment.yaml`, `minikube.yaml`; files under',
      '  development folders, `dev/`, `local/`, `sandbox/`, local clusters\' `kind/`, `minikube/`, `k3d/`, `kind-dev/`) and compose services only in development/tooling',
      '  profiles (`profiles: [dev]`, `debug`, `test`, `tools`…: they do not start with `docker compose up`) give `info` notes. Skipped when',
      '  nothing starts a process.',
      '- A `CMD` or `ENTRYPOINT` written as a JSON array with text after its `]` (`CMD ["flask", "run"] # dev only`) is no exec form to Docker,',
      '  which parses the array strictly: it runs the whole line as a shell command (`/bin/sh -c \'["flask","run"] # …\'`), which starts no program',
      '  (under an `ENTRYPOINT`, a `CMD` so written hands it those words); the image\'s final one gets an `info` note saying so, and that a',
      '  `preflight-ignore` there suppresses nothing (Dockerfile suppressions go on a line of their own).',
      '  So does one written with single quotes (`CMD [\'gunicorn\', \'app:app\']`: JSON strings take double quotes, so Docker runs',
      '  `/bin/sh -c "[\'gunicorn\',\'app:app\']"`; hadolint DL3025); the note gives the array with double quotes.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report: reportNow, skip }) {
    const entries = entryPoints(snapshot);
    // Platform deploy files that could not be parsed (a fly.toml or railway.toml TOML refuses): named, never "no platform start command" alone.
    if (!entries.length) { skip(withUnreadPlatform(noDockerfileReason(snapshot, {
        withDockerfile: noComposeReason(snapshot, { withCompose: 'no CMD/ENTRYPOINT, compose command, Procfile web, platform start command, systemd ExecStart or Kubernetes command', without: 'no CMD/ENTRYPOINT, Procfile web, platform start command, systemd ExecStart or Kubernetes command' }),
        without: noComposeReason(snapshot, { withCompose: 'no compose command, Procfile web, platform start command, systemd ExecStart or Kubernetes command', without: 'no Procfile web, platform start command, systemd ExecStart or Kubernetes command' }),
      }), snapshot, 'commands')); return; }
    const noted = new Set<string>();
    // A dev server written outside the entry point (a supervisord program) is reported on its own line, once;
    // a failure (reached from a production entry point) beats a development-only note.
    const atLine = onePerLocation();
    // A `__main__` app.run() that a production entry point runs as a script (`python app.py`) is a failure
    // there: no "local entry point only" note for it when another entry point imports the module.
    const ranInProduction = new Set<string>();
    const mainNotes: Parameters<typeof report>[0][] = [];
    // Findings in the order found, given at the end: a compose command several services reach takes its place once, and is
    // given naming every one of them.
    const pending: (() => void)[] = [];
    const report = (f: Parameters<typeof reportNow>[0]) => { pending.push(() => reportNow(f)); };
    const composeShared = new Map<string, { services: string[] }>();
    for (const entry of entries) {
      // A command whose program is a template tag (a unit template's `ExecStart={{ app_command }}`): not judged, said in a note.
      if (entry.unknownCommand !== undefined) {
        report({
          file: entry.file, line: entry.line, column: entry.column, note: true,
          message: `${entry.where} runs ${entry.unknownCommand}, whose program is a template tag not known here: the server it starts was not checked; check the command the deploy renders there`,
        });
        continue;
      }
      const launch = analyseEntry(snapshot, entry);
      // A Dockerfile entry point compose services run as it is gets their environment: a reloader their switches turn on
      // (`GUNICORN_CMD_ARGS: --reload`, `UVICORN_RELOAD: "true"`) is reported at the value that turns it on.
      if (!launch.dev) {
        for (const r of composeEnvRunners(snapshot, entry)) {
          const dev = analyseEntry(snapshot, { ...entry, serverEnv: r.serverEnv }).dev;
          const cause = dev && !dev.at && dev.setBy !== undefined && r.at[dev.setBy] ? dev.setBy : undefined;
          if (!dev || !cause) continue;
          const at = r.at[cause]!;
          const devReason = entry.devOnly ? devRemark(entry) : r.devReason;
          const todo = advice(dev.what, dev.file ? pythonStack(snapshot.text(dev.file), dev.what) : null, undefined, /\bvite\b/.test(dev.what) ? viteFramework(snapshot, entry, launch.commands) : null);
          atLine.put({
            file: at.file, line: at.line, column: at.column, note: devReason !== null || undefined, fix: `${todo[0]!.toUpperCase()}${todo.slice(1)}.`, program: programOf(dev.what),
            message: `compose service '${r.svc.name}' runs ${entry.file}'s ${entry.where} (${entry.file}:${entry.line}) with its environment, which starts a development server: ${dev.what}; ${todo}${devReason !== null ? ` (${devReason})` : ''}`,
          });
        }
        // The image sets Rails' (or mix's) environment for production (`ENV RAILS_ENV=production`), so its `rails server` passes on
        // its own; a production compose service running it as it is that sets the variable back to development (`RAILS_ENV: development`)
        // gives the process that value: it fails at its service key, as a service whose own `command` runs the server with it does.
        const imageSets = (k: string) => Object.values(FRAMEWORK_ENV).some((f) => f.names.includes(k));
        if (!entry.devOnly && entry.serverEnv && Object.keys(entry.serverEnv).some(imageSets)) {
          const bare = analyseEntry(snapshot, { ...entry, serverEnv: Object.fromEntries(Object.entries(entry.serverEnv).filter(([k]) => !imageSets(k))) }).dev;
          const fw = bare && !bare.at ? bare.envDefault : undefined;
          for (const { r, why, setsDev } of (fw && railsRunners(snapshot, entry, fw)?.missing) || []) {
            if (!setsDev || !bare) continue;
            const { names, prod } = FRAMEWORK_ENV[fw!];
            const image = names.map((n) => entry.serverEnv![n]).find(Boolean)!;
            const set = `${names[0]}=${prod}`;
            report({
              file: r.svc.file, line: r.svc.line, column: r.svc.column, subject: `service ${r.svc.name}`, fix: `Set ${set} in the service's environment (or remove the variable there, so the image's ENV applies).`, program: programOf(bare.what),
              message: `compose service '${r.svc.name}' runs ${entry.file}'s ${entry.where} (${entry.file}:${entry.line}), which starts a development server: ${bare.what}${bare.file ? ` (${bare.file}:${bare.line})` : ''}, and the service ${why}, which the process gets over the image's (${image.where}); set ${set} in its environment`,
            });
          }
          // Kamal's roles running the image as it is likewise: a role whose env (its own or the app's `env.clear`) sets RAILS_ENV=development.
          for (const { label, at: role, why, setsDev } of (fw && kamalRunners(snapshot, entry, fw)?.missing) || []) {
            if (!setsDev || !bare) continue;
            const { names, prod } = FRAMEWORK_ENV[fw!];
            const image = names.map((n) => entry.serverEnv![n]).find(Boolean)!;
            const set = `${names[0]}=${prod}`;
            report({
              file: role.file, line: role.line, column: role.column, subject: label, fix: `Set ${set} in the role's env (env: clear:) or the app's (or remove the variable there, so the image's ENV applies).`, program: programOf(bare.what),
              message: `${label} runs ${entry.file}'s ${entry.where} (${entry.file}:${entry.line}), which starts a development server: ${bare.what}${bare.file ? ` (${bare.file}:${bare.line})` : ''}, and the role ${why}, which the process gets over the image's (${image.where}); set ${set} in its env (env: clear:) or the app's`,
            });
          }
        }
      }
      if (launch.dev) {
        // The first development server found, and each other one written elsewhere (every broken pm2 app or supervisord program, at its line).
        for (const dev of new Set([launch.dev, ...launch.located])) {
          if (!entry.devOnly && dev.file) ranInProduction.add(`${dev.file}:${dev.line}`);
          const where = dev.file ? ` (${dev.file}:${dev.line})` : '';
          // A start command compose replaces but the image runs with elsewhere (a Kubernetes Deployment of it) says where it runs as it is.
          const remark = entry.devOnly ? ` (${devRemark(entry)})` : entry.runsAsIs ? ` (${entry.runsAsIs})` : '';
          const at = dev.at;
          // The advice fits the stack found; it is the finding's fix line too (the check's generic one names several stacks).
          const todo = advice(dev.what, dev.file ? pythonStack(snapshot.text(dev.file), dev.what) : null, (/runserver/.test(dev.what) && djangoProject(snapshot)) || undefined, /\bvite\b/.test(dev.what) ? viteFramework(snapshot, entry, launch.commands) : null);
          const fix = `${todo[0]!.toUpperCase()}${todo.slice(1)}.`;
          const program = programOf(dev.what);
          // `if os.environ.get("FLASK_ENV") == "development": app.run(debug=True)` / `else: serve(app)`: production takes the
          // other branch unless the deploy turns this one on (a note, as development branches are in cors-wildcard).
          const branch = !at && dev.file && dev.line !== undefined ? scriptDevBranch(snapshot, entry, launch, dev.file, dev.line, runnerValues(snapshot, entry)) : null;
          if (branch) {
            report({
              file: entry.file, line: entry.line, column: entry.column, note: true, fix, program,
              message: `${entry.where} starts a development server only in a development branch: ${dev.what}${where} under ${branch.header.replace(/:$/, '')}, which the deploy does not turn on; the other branch starts ${branch.server.what} (line ${branch.server.line}), a production server${remark}`,
            });
            continue;
          }
          if (at) {
            atLine.put({
              file: at.file, line: at.line, column: at.column, note: entry.devOnly || undefined, fix, program,
              message: `${at.via} starts a development server: ${dev.what} (run by ${entry.where} in ${entry.file}:${entry.line}); ${todo}${remark}`,
            });
            continue;
          }
          // Rails' (or mix's) environment the compose services running the image give it: when every one sets RAILS_ENV, the process
          // gets it; when only some do, each other one runs it in development, reported at its service key.
          // Kamal's roles running the image likewise (`env.clear` in config/deploy.yml).
          const runners = !entry.devOnly && dev.envDefault ? railsRunners(snapshot, entry, dev.envDefault) : null;
          const kamal = !entry.devOnly && dev.envDefault ? kamalRunners(snapshot, entry, dev.envDefault) : null;
          if (runners?.sets.length || kamal?.sets.length) {
            const composeSets = runners?.sets ?? [];
            const first = composeSets[0];
            const by = first && !kamal?.sets.length
              ? `compose ${composeSets.length > 1 ? `services ${composeSets.map((x) => `'${x.r.svc.name}'`).join(', ')} set it` : `service '${first.r.svc.name}' sets it`} in ${first.where}`
              : (() => {
                const all = [...composeSets.map((x) => ({ label: `compose service '${x.r.svc.name}'`, where: x.where })), ...(kamal?.sets ?? [])];
                return `${all.map((x) => x.label).join(', ')} ${all.length > 1 ? 'set' : 'sets'} it in ${all[0]!.where}`;
              })();
            const set = `${FRAMEWORK_ENV[dev.envDefault!].names[0]}=${FRAMEWORK_ENV[dev.envDefault!].prod}`;
            for (const { r, why } of runners?.missing ?? []) {
              report({
                file: r.svc.file, line: r.svc.line, column: r.svc.column, subject: `service ${r.svc.name}`, fix: `Set ${set} in the service's environment too, or ENV ${set} in the image.`, program,
                message: `compose service '${r.svc.name}' runs ${entry.file}'s ${entry.where} (${entry.file}:${entry.line}), which starts a development server: ${dev.what}${where}, and the service ${why} (${by}); set ${set} in its environment too, or ENV ${set} in the image`,
              });
            }
            for (const { label, at: role, why } of kamal?.missing ?? []) {
              report({
                file: role.file, line: role.line, column: role.column, subject: label, fix: `Set ${set} in the role's env (env: clear:) or the app's, or ENV ${set} in the image.`, program,
                message: `${label} runs ${entry.file}'s ${entry.where} (${entry.file}:${entry.line}), which starts a development server: ${dev.what}${where}, and the role ${why} (${by}); set ${set} in its env (env: clear:) or the app's, or ENV ${set} in the image`,
              });
            }
            continue;
          }
          // No deploy running the image sets production, and some set the development value themselves (compose `environment:
          // RAILS_ENV: development`, Kamal's `env.clear`) over an image that sets none: that setting is what to change (an ENV
          // in the image would not help: the deploy's value overrides it), named where it is written, as for a service's own command.
          let what = dev.what;
          let told = todo;
          const setters = [...(runners?.missing ?? []), ...(kamal?.missing ?? [])].flatMap((m) => (m.set ? [m.set] : []));
          if (setters.length && / without \w+=\w+ \(/.test(what)) {
            const places = [...new Set(setters.map((x) => x.where))];
            const by = places.length > 2 ? `${places.slice(0, 2).join(', ')} and ${places.length - 2} more` : places.join(' and ');
            const devValue = `${setters[0]!.name}=${FRAMEWORK_ENV[dev.envDefault!].dev}`;
            // Every deploy running it sets it: the server is told development there. Else the others give none (the image's default).
            if (setters.length === (runners?.missing.length ?? 0) + (kamal?.missing.length ?? 0)) {
              what = what.replace(/ without \w+=\w+ \(/, ` with ${devValue}, set by ${by} (`);
              told = advice(what);
            } else told = `${todo}; and remove ${devValue} from ${by} (the deploy's setting overrides the image's ENV)`;
          }
          const unverified = dev.unverified ? ` (${dev.unverified})` : '';
          const note = entry.devOnly || !!dev.unverified || undefined;
          const tail = `starts a development server: ${what}${where}; ${told}${remark}${unverified}`;
          const fixed = told === todo ? fix : `${told[0]!.toUpperCase()}${told.slice(1)}.`;
          // Compose services that reach one command where it is written (an `extends` base, a merge-key anchor) but were read
          // apart (their environments differ): one finding there, naming them all.
          if (entry.compose) {
            const place = `${entry.file}:${entry.line}:${entry.column}:${note ?? false}:${tail}`;
            const prev = composeShared.get(place);
            if (prev) { for (const n of entry.compose.services) if (!prev.services.includes(n)) prev.services.push(n); continue; }
            const shared = { services: [...entry.compose.services] };
            composeShared.set(place, shared);
            const { key } = entry.compose;
            pending.push(() => reportNow({ file: entry.file, line: entry.line, column: entry.column, note, fix: fixed, program, message: `${namedServices(shared.services)} ${key} ${tail}` }));
            continue;
          }
          report({
            file: entry.file, line: entry.line, column: entry.column, note, fix: fixed, program,
            message: `${entry.where} ${tail}`,
          });
        }
        continue;
      }
      // A chain of scripts too deep to follow: what it ends in was not judged (a note, not a silent pass).
      if (launch.truncated) {
        const t = launch.truncated;
        report({
          file: entry.file, line: entry.line, column: entry.column, note: true,
          message: `${entry.where} runs a chain of scripts more than ${MAX_CHAIN} steps deep: '${t.command}'${t.file ? ` (in ${t.file})` : ''} was not followed, so what it starts was not checked; shorten the chain or check that command by hand`,
        });
      }
      for (const { file, call, via } of launch.calls) {
        const key = `${file}:${call.line}`;
        if (via !== 'import' || !call.dev || call.scope !== 'main' || noted.has(key)) continue;
        noted.add(key);
        mainNotes.push({ file, line: call.line, column: call.column, note: true, message: `${call.call}(${call.debug ? 'debug=True' : '...'}) under if __name__ == "__main__" is a local entry point only: production imports this module through ${entry.where} (${entry.file}:${entry.line})` });
      }
    }
    for (const n of mainNotes) if (!ranInProduction.has(`${n.file}:${n.line}`)) report(n);
    // `CMD ["flask", "run"] # …`: text after the array makes Docker run the line as a shell command, which starts nothing
    // (a note, so the author learns that a comment there neither comments nor suppresses).
    for (const { df, stage } of shippedStages(snapshot)) {
      const effective = effectiveInstructions(stage);
      for (const keyword of ['ENTRYPOINT', 'CMD']) {
        const ins = effective.filter((i) => i.keyword === keyword).at(-1);
        // `CMD ['gunicorn', 'app:app']`: single quotes are no JSON, so this too is the shell form (hadolint DL3025).
        const quoted = ins && singleQuotedArray(ins);
        if (ins && quoted) {
          const what = keyword === 'CMD' && effective.some((i) => i.keyword === 'ENTRYPOINT')
            ? `the ENTRYPOINT gets /bin/sh -c "${ins.args}" as its arguments instead of the array's`
            : `it runs the whole line as a shell command (/bin/sh -c "${ins.args}"), which starts no program and the container exits`;
          atLine.put({
            file: df.path, line: ins.line, column: ins.column, note: true, fix: `Write it with double quotes: ${keyword} ${quoted}.`,
            message: `${keyword} ${ins.args} is no JSON array to Docker (JSON strings take double quotes): ${what}; write it with double quotes, ${keyword} ${quoted}`,
          });
          continue;
        }
        const broken = ins && jsonWithTrailer(ins);
        if (!ins || !broken) continue;
        const rest = broken.rest.length > 60 ? `${broken.rest.slice(0, 60)}…` : broken.rest;
        const hint = /preflight-ignore/i.test(broken.rest) ? SUPPRESS_HINT : '';
        // Under an ENTRYPOINT, a shell-form CMD is its arguments: `/bin/sh -c '…'`.
        const what = keyword === 'CMD' && effective.some((i) => i.keyword === 'ENTRYPOINT')
          ? `the ENTRYPOINT gets /bin/sh -c '${broken.json} …' as its arguments instead of the array's`
          : `it runs the whole line as a shell command (/bin/sh -c '${broken.json} …'), which starts no program and the container exits`;
        atLine.put({
          file: df.path, line: ins.line, column: ins.column, note: true,
          message: `${keyword} ${broken.json} is followed by '${rest}', so it is no JSON array to Docker: ${what}; remove the text after the ]${hint || ' (a Dockerfile comment goes on a line of its own)'}`,
        });
      }
    }
    for (const f of atLine.findings()) report(f);
    for (const give of pending) give();
  },
});
