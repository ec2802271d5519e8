import { devNamedDockerfile } from './dev-built.js';
import picomatch from 'picomatch';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { TOO_LARGE_SKIP } from '../../repo/read.js';
import { basename, DEV_WORD, dirname, isComposeFile, isDevOnly, isDockerfile, isNginxCandidate, isTemplate, isVendoredOrGenerated, isTestFile, joinPath } from '../../repo/classify.js';
import { composeBindMounts, composeBuild, composeDevOnly } from '../../repo/compose.js';
import { isObject } from '../../repo/yaml.js';
import { hasTemplateTags, NGINX_DIRECTIVES, parseNginx, walkNginx, type NginxDirective, type NginxProblem } from '../../repo/nginx.js';
import { configMapData } from '../../repo/k8s.js';

/** Folders whose files nginx (its distributions' `nginx.conf`, the official image's templates) loads without an include the repository shows. */
const LOADED_BY_DEFAULT = /(?:^|\/)(?:conf\.d|sites-enabled|templates|http\.d|stream\.d|default\.d|modules-enabled)\//;
/** Blocks that make a file a configuration of its own rather than a snippet of bare directives. */
const OWN_CONTEXT = new Set(['http', 'server', 'stream', 'mail', 'events']);

/**
 * Which files an `include` argument may name: a plain path its file by name (an absolute path outside the repository's
 * layout, `/etc/letsencrypt/options-ssl-nginx.conf`, is still that file), a glob those of its last folder and name pattern
 * (`conf.d/*.conf`); one with a variable any file. Built once per argument (a glob's matchers compiled once).
 */
function mayInclude(target: string): (file: string) => boolean {
  const t = target.replace(/^\.\//, '').replace(NGINX_PREFIX, '').replace(/^\/+/, '');
  if (t.includes('$')) return () => true;
  const segs = t.split('/');
  if (!/[*?[]/.test(t)) return (file) => segs.at(-1) === file.slice(file.lastIndexOf('/') + 1);
  const tail = segs.slice(-2).join('/');
  const under = picomatch(`**/${tail}`, { dot: true });
  const at = picomatch(tail, { dot: true });
  return (file) => under(file) || at(file);
}

/** Names of files a template engine renders (Ansible/Salt `.j2`, Chef `.erb`, Puppet `.epp`, Go `.tmpl`/`.tpl`, autoconf `.in`…), or naming nginx. */
const TEMPLATE_LIKE = /\.(?:j2|jinja2?|erb|epp|tmpl|tpl|gotmpl|ctmpl|mustache|hbs|handlebars|liquid|njk|in|template|example|sample|dist)$|nginx/i;
/** A template tag (`{{ site }}`, `{% … %}`, `<%= @name %>`, `@VAR@`): it renders to a name not known here, any name. */
const TEMPLATE_TAG = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<%[\s\S]*?%>|@\w+@/g;

/**
 * The `include` arguments of nginx configuration templates the judged configurations leave out (`templates/nginx.conf.j2`,
 * `nginx.conf.erb`, `site.conf.tmpl`, `nginx.conf.in`, `nginx.example.conf`): tracked files, whatever their extension, whose
 * text has nginx directives; a template tag in an argument stands for any name (`include sites/{{ site }}.conf;`).
 */
function templateIncludes(snapshot: SnapshotView, judged: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const f of snapshot.files) {
    if (judged.has(f) || !(TEMPLATE_LIKE.test(f.slice(f.lastIndexOf('/') + 1)) || isNginxCandidate(f)) || isVendoredOrGenerated(f)) continue;
    const text = snapshot.text(f);
    if (text === undefined || !text.includes('include') || !NGINX_DIRECTIVES.test(text)) continue;
    for (const m of text.replace(TEMPLATE_TAG, '*').matchAll(/(?:^|[;{}])[ \t]*include[ \t]+(?:"([^"\n]+)"|'([^'\n]+)'|([^\s;'"]+))[ \t]*;/gm)) out.push(m[1] ?? m[2] ?? m[3]!);
  }
  return out;
}

/**
 * The nginx snippet files of `configs` (deployedNginxConfigs) that no configuration includes, so nginx never reads them: a file
 * of bare directives (no `http`, `server`, `stream`, `mail` or `events` block of its own) that no `include` of any configuration
 * in the repository can name (mayInclude: globs too), outside the folders nginx loads by default (`conf.d/`, `sites-enabled/`,
 * `templates/`…), not named by a Dockerfile, compose file or manifest (which may copy it where nginx loads it). Only when the
 * repository's own includes resolve to its files (some file is included): a lone snippet, or includes of paths only the server
 * holds, tell nothing of what is used. h5bp's `tls/policy_deprecated.conf` beside the included `policy_intermediate.conf`.
 */
export const unincludedNginxSnippets = perView(function unincludedNginxSnippets(snapshot: SnapshotView): ReadonlySet<string> {
  const out = new Set<string>();
  const configs = deployedNginxConfigs(snapshot);
  if (!configs.some((c) => c.includedBy?.length)) return out;
  const files = new Set(snapshot.nginxFiles());
  // What the includes may name: built for the first snippet that is not included otherwise (templateIncludes reads template-like files).
  let targets: ((file: string) => boolean)[] | undefined;
  const included = (file: string) => (targets ??= [...new Set([...configs.flatMap((c) => c.directives.filter((d) => d.name === 'include' && d.args[0]).map((d) => d.args[0]!.value)), ...templateIncludes(snapshot, new Set(configs.map((c) => c.file)))])].map(mayInclude)).some((includes) => includes(file));
  let mentions: string | undefined;
  for (const c of configs) {
    if (c.includedBy?.length || !files.has(c.file) || !c.directives.length || c.directives.some((d) => OWN_CONTEXT.has(d.name))) continue;
    const name = c.file.slice(c.file.lastIndexOf('/') + 1);
    if (name === 'nginx.conf' || c.file.endsWith('.conf.template') || LOADED_BY_DEFAULT.test(c.file) || included(c.file)) continue;
    mentions ??= snapshot.files.filter((f) => isDockerfile(f) || /\.ya?ml$/i.test(f)).map((f) => snapshot.text(f) ?? '').join('\n');
    if (mentions.includes(name)) continue;
    out.add(c.file);
  }
  return out;
});

/**
 * A deployed nginx configuration file with its directives, every block walked; `includedBy`: the
 * `include` directives that pull it in (an included snippet inherits their place in the config). A
 * configuration a Kubernetes ConfigMap holds is its manifest, with positions in the YAML file.
 */
export interface NginxConfig { file: string; directives: NginxDirective[]; includedBy?: NginxDirective[] }

/** The `ssl_protocols` values nginx (and the ingress-nginx controller's `ssl-protocols`) would offer below TLS 1.2, lower case. */
export const WEAK_NGINX_PROTOCOLS: ReadonlySet<string> = new Set(['sslv2', 'sslv3', 'tlsv1', 'tlsv1.1']);

/** Extensions of public static assets: web fonts, images, styles and scripts. */
const STATIC_EXT = /^(?:eot|otf|ttf|ttc|woff2?|a?png|jpe?g|jxl|gif|svgz?|webp|avifs?|ico|cur|bmp|css|js|mjs|map)$/i;

/**
 * Whether a directive sits in a `location` that serves only public static assets: an extension match
 * (`location ~* \.(?:eot|otf|tt[cf]|woff2?)$`, h5bp's fonts and images) or a prefix such as `/static/`,
 * `/fonts/`, `/assets/`. An included snippet counts when every include of it sits in one.
 */
export function inStaticLocation(d: NginxDirective, config?: NginxConfig): boolean {
  for (let p = d.parent; p; p = p.parent) if (p.name === 'location' && isStaticLocation(p)) return true;
  return !d.parent && (config?.includedBy?.length ?? 0) > 0 && config!.includedBy!.every((inc) => inStaticLocation(inc));
}

function isStaticLocation(loc: NginxDirective): boolean {
  const pattern = loc.args.at(-1)?.value ?? '';
  const regex = loc.args.length >= 2 && /^~\*?$/.test(loc.args[0]!.value);
  if (isStaticPattern(pattern, regex)) return true;
  // A regex over a list of folders that the location serves from disk, whatever their names (jitsi-meet's
  // `location ~ ^/(libs|css|…|connection_optimization|.well-known)/(.*)$ { alias /usr/share/jitsi-meet/$1/$2; }`): files.
  const body = loc.block ?? [];
  return regex && FOLDER_LIST.test(pattern) && body.some((d) => d.name === 'alias' || d.name === 'root')
    && !body.some((d) => /^(?:proxy_pass|fastcgi_pass|uwsgi_pass|scgi_pass|grpc_pass|memcached_pass|return|rewrite|(?:content|access)_by_lua\w*)$/.test(d.name));
}

/** A regex location anchored at a list of folders: `^/(libs|css|static)/(.*)$`, `^/(?:img|fonts)/`. */
const FOLDER_LIST = /^\^\/\((?:\?:)?([^()]+)\)\/(?:\(\.[*+]\)|\.[*+])?\$?$/;

/**
 * Whether a location's pattern names only public static assets: a regex (`regex`) matching extensions (`\.(?:eot|otf|tt[cf]|woff2?)$`),
 * or a prefix such as `/static/` (or a regex anchored at one, `^/assets/`). Also Apache's `<FilesMatch>`/`<LocationMatch>`/`<Location>`.
 */
export function isStaticPattern(pattern: string, regex: boolean): boolean {
  const ext = /^\\?\.\((?:\?:)?([^()]+)\)\$$/.exec(pattern) ?? /^\\?\.([a-z0-9]+)\$$/i.exec(pattern);
  if (ext && regex) return ext[1]!.split('|').every((e) => STATIC_EXT.test(e.replace(/\[(.)[^\]]*\]/g, '$1').replace(/\?/g, '')));
  // A regex anchored at a list of such folders (jitsi-meet's `location ~ ^/(libs|css|static|images|fonts|lang|sounds|.well-known)/(.*)$`).
  const dirs = regex ? FOLDER_LIST.exec(pattern) : null;
  if (dirs) return dirs[1]!.split('|').every((d) => STATIC_DIR.test(d));
  // A prefix (`location /static/`, `location ^~ /fonts/`) or a regex anchored at one (`location ~ ^/assets/`).
  return /^\^?\/(?:static|fonts?|assets|images?|img|css|js)\/?$/i.test(pattern);
}

/** Folders of public static files, in a regex location's list of folders. */
const STATIC_DIR = /^(?:static|fonts?|assets|images?|img|css|js|libs?|lang|sounds|media|icons?|\\?\.well-known)$/i;

/** nginx's usual install prefixes: `include /etc/nginx/snippets/ssl-params;` names the repository's copy of that folder. */
const NGINX_PREFIX = /^\/(?:etc\/nginx|usr\/local\/nginx\/conf|usr\/local\/etc\/nginx|etc\/openresty|usr\/local\/openresty\/nginx\/conf)\//;

/**
 * A template-named nginx file that is rendered, not filled in by hand: the official image's `*.conf.template` (envsubst at
 * container start) and a `.tpl` Terraform's `templatefile()` (or envsubst) renders (`nginx.conf.tpl`), unless the name
 * under it is an example's (`nginx.example.conf.tpl`).
 */
const renderedTemplate = (f: string) => f.endsWith('.conf.template') || (/\.tpl$/i.test(f) && !isTemplate(f.slice(0, -4)));

/**
 * The nginx configuration files a check judges, each parsed once per view: not tests, not vendored,
 * not templates — except rendered ones (renderedTemplate: `*.conf.template`, which the official nginx image renders into its
 * configuration at start, and `.tpl`) — and the files they `include` (`include snippets/ssl-params;`,
 * `include sites-available/*;`, `include /etc/nginx/snippets/ssl-params;`) whatever their names: tracked
 * files, resolved from the including file's folder or the nearest folder above it that holds them, globs
 * matched, a few levels deep.
 */
export const deployedNginxConfigs = perView(function deployedNginxConfigs(snapshot: SnapshotView): NginxConfig[] {
  // A file nginx would refuse (unbalanced braces) is a parse problem and not judged, as a Dockerfile Docker refuses is; a
  // template whose tags break its braces is not judged either (unreadNginxConfigs lists it for a note).
  const parse = (file: string): NginxConfig => ({ file, directives: walkNginx(snapshot.nginx(file)) });
  const out = snapshot.nginxFiles().filter((f) => !(isTemplate(f) && !renderedTemplate(f)) && !isTestFile(f) && !isVendoredOrGenerated(f)).map(parse);
  const seen = new Set(out.map((c) => c.file));
  const includers = new Map<string, NginxDirective[]>();
  // A glob is tried from each folder up to the root: match each pattern once, and only the files below its folder.
  const globbed = new Map<string, string[]>();
  const glob = (pattern: string, dir: string) => {
    const isMatch = picomatch(pattern, { dot: true });
    return snapshot.files.filter((f) => (!dir || f.startsWith(`${dir}/`)) && isMatch(f));
  };
  for (let depth = 0, todo = out; depth < 4 && todo.length; depth++) {
    const next: NginxConfig[] = [];
    for (const { file, directives } of todo) {
      for (const d of directives) {
        if (d.name !== 'include' || !d.args[0]) continue;
        const target = d.args[0].value.replace(/^\.\//, '').replace(NGINX_PREFIX, '');
        if (target.startsWith('/') || target.includes('..') || target.includes('$')) continue;
        // nginx resolves a relative include against its prefix (the folder of nginx.conf), which holds
        // `conf.d/` and `sites-enabled/`: the including file's folder first, then the folders above it.
        let matches: string[] = [];
        for (let dir = dirname(file); !matches.length; dir = dirname(dir)) {
          const path = dir ? `${dir}/${target}` : target;
          if (/[*?[]/.test(target)) matches = globbed.get(path) ?? globbed.set(path, glob(path, dir)).get(path)!;
          else if (snapshot.has(path)) matches = [path];
          if (!dir) break;
        }
        for (const m of matches) {
          if (isTestFile(m)) continue;
          (includers.get(m) ?? includers.set(m, []).get(m)!).push(d);
          if (!seen.has(m)) { seen.add(m); next.push(parse(m)); }
        }
      }
    }
    out.push(...next);
    todo = next;
  }
  for (const c of out) { const by = includers.get(c.file); if (by) c.includedBy = by; }
  // Configurations mounted from a ConfigMap: their `include`s name paths inside the container, not repository files.
  out.push(...configMapNginx(snapshot).configs);
  return out;
});

/** A destination inside nginx's configuration (`/etc/nginx/conf.d/`, OpenResty's): a folder copied or mounted there is loaded. */
const NGINX_DEST = /nginx|openresty/i;
/** A name with three or more labels is a site's (`dev.example.com.conf`, a vhost for that host), not one for development. */
const SITE_NAME = /^[^.]+\.[^.]+\.[^.]+/;

/** A deploy file that puts repository files into a container: a compose bind mount or `configs:` entry, a Dockerfile `COPY`/`ADD`. */
interface ConfigUse { by: string; dev: boolean; covers(file: string): boolean }

/**
 * What a source of a mount or copy covers: the file it names, the files a glob matches, and, when the destination is inside
 * nginx's configuration (`./nginx:/etc/nginx/conf.d`, `COPY conf/ /etc/nginx/conf.d/`), every file below the folder it names.
 */
function covering(path: string, dest: string): (file: string) => boolean {
  if (/[*?[]/.test(path)) { const isMatch = picomatch(path, { dot: true }); return (f) => isMatch(f); }
  const folder = NGINX_DEST.test(dest);
  return (f) => f === path || (folder && (!path || f.startsWith(`${path}/`)));
}

/**
 * The compose files' bind mounts (`./nginx/dev.conf:/etc/nginx/conf.d/default.conf`, long syntax `source:`) and `configs:`
 * files, resolved from the compose file's folder as compose does, and the Dockerfiles' `COPY`/`ADD` sources (from the
 * Dockerfile's folder, the build contexts compose gives it and, for a path named below it, the repository root): each
 * development-only when its compose service is (composeDevOnly: file, profiles) or its Dockerfile is (`Dockerfile.dev`).
 * Tests, illustrations and templates deploy nothing.
 */
const configUses = perView(function configUses(snapshot: SnapshotView): ConfigUse[] {
  const out: ConfigUse[] = [];
  const contexts = new Map<string, Set<string>>();
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    const dir = dirname(cf.path);
    const top = snapshot.yaml(cf.path)?.docs[0]?.value;
    const configs = isObject(top) && isObject(top['configs']) ? top['configs'] : {};
    for (const svc of cf.services) {
      const dev = composeDevOnly(svc) !== null;
      const b = composeBuild(cf.path, svc);
      if (b) (contexts.get(b.dockerfile) ?? contexts.set(b.dockerfile, new Set()).get(b.dockerfile)!).add(b.context);
      const mount = (source: unknown, target: unknown) => {
        if (typeof source !== 'string' || !/^\.(?:\.?\/|\.?$)/.test(source) || source.includes('$')) return;
        const path = joinPath(dir, source);
        if (path !== null) out.push({ by: cf.path, dev, covers: covering(path, typeof target === 'string' ? target : '') });
      };
      for (const m of composeBindMounts(cf.path, svc)) out.push({ by: cf.path, dev, covers: covering(m.path, m.target) });
      for (const c of Array.isArray(svc.value['configs']) ? svc.value['configs'] : []) {
        const name = typeof c === 'string' ? c : isObject(c) && typeof c['source'] === 'string' ? c['source'] : null;
        const def = name !== null ? configs[name] : undefined;
        if (isObject(def)) mount(def['file'], isObject(c) && typeof c['target'] === 'string' ? c['target'] : `/${name}`);
      }
    }
  }
  for (const df of snapshot.dockerfiles()) {
    if (isTemplate(df.path) || isTestFile(df.path)) continue;
    const dev = devNamedDockerfile(snapshot, df.path) !== null;
    const own = [dirname(df.path), ...(contexts.get(df.path) ?? [])];
    for (const stage of df.stages) {
      for (const i of stage.instructions) {
        if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') || i.flags['from'] !== undefined || i.argv.length < 2) continue;
        const dest = i.argv.at(-1)!;
        for (const src of i.argv.slice(0, -1)) {
          if (src.startsWith('<<') || src.includes('$') || src.includes('://')) continue;
          const paths = new Set(own.map((ctx) => joinPath(ctx, src)));
          // The repository root as a last resort (a CI build from the root), only for a path it names: never the whole root.
          const fromRoot = joinPath('', src);
          if (fromRoot) paths.add(fromRoot);
          for (const path of paths) if (path !== null) out.push({ by: df.path, dev, covers: covering(path, dest) });
        }
      }
    }
  }
  return out;
});

/** How nginxDevOnly's rule reads in the checks' documentation (cors-wildcard, tls-protocols-config). */
export const NGINX_DEV_ONLY_DOC = 'A development-only nginx configuration gives an `info` note instead of a failure: one in a development place, as the other servers\' files there (`.devcontainer/`, `dev/`, `development/`, `local/`, `sandbox/`, local clusters\' `kind/`, `minikube/`, `k3d/` folders…), or named for development — the name is a development word (`dev.conf`, `devel.conf`, `development.conf`, `local.conf`, `devcontainer.conf`) or ends in one (`nginx.dev.conf`, `nginx-dev.conf`, `default.local.conf`, `app.development.conf`, `dev.conf.template`); not a name that only starts with one (`local-cache.conf`, `dev_tools.conf`), not `ci`, `integration`, `test`, `e2e` or `debug` in a name (`gitlab-ci.conf`, `integration-api.conf`), and not a site\'s name (`dev.example.com.conf`) —, unless production deploys it: a production deploy file mounts or copies it (a bind mount or `configs:` file of a compose service that is not development-only, a `COPY`/`ADD` of a Dockerfile not named for development, also through a folder mounted or copied into nginx\'s configuration: `./nginx:/etc/nginx/conf.d`), or any other file that is not for development names its path (relative to that file, to the repository root, or by its folder and name; a folder of it copied into nginx\'s configuration): a kustomize `configMapGenerator` (`default.conf=local.conf`), an Ansible task (`src: ../nginx/local.conf`, also from a role\'s `files/` or `templates/`), a deploy script or Makefile (`scp dev/app.conf web-1:/etc/nginx/conf.d/`), Terraform\'s `file()`/`templatefile()`; files named for development, tests or CI (`Dockerfile.dev`, `deploy-local.sh`, `ci.yml`), tests, templates, comments, Vagrantfiles, and a Makefile target or package.json script named so (`dev:`, `"start:dev"`) are development uses. Any other configuration is development-only when only development-only deploy files mount or copy it (`docker-compose.override.yml`, a compose service only in a `dev` profile, `Dockerfile.dev`) and no other file names it so; a file nginx `include`s when every configuration including it is development-only; a ConfigMap\'s configuration by its manifest\'s place.';

/**
 * The words that name an nginx configuration for development. Not `ci`, `integration`, `test`, `e2e` or `debug`, which name
 * production vhosts as often (a CI server's `gitlab-ci.conf`, a partner API's `integration-api.conf`).
 */
const NGINX_DEV_WORD = /^(?:dev|devel|develop|development|local|devcontainer)$/i;

/**
 * Whether an nginx configuration is named for development: its name (without `.conf` and a template's extension) is a
 * development word (`dev.conf`, `local.conf`, `dev.conf.template`) or ends in one (`nginx.dev.conf`, `nginx-dev.conf`,
 * `default.local.conf`, `app.development.conf`). Not a site's name (`dev.example.com.conf`) nor one a development word only
 * starts (`local-cache.conf`, `dev_tools.conf`: a site or service named so).
 */
export function nginxDevName(file: string): boolean {
  const stem = basename(file).replace(/\.(?:template|j2|jinja2?|erb|tmpl|tpl|tftpl)$/i, '').replace(/\.conf$/i, '');
  return !SITE_NAME.test(stem) && NGINX_DEV_WORD.test(stem.slice(stem.search(/[^-_.]*$/)));
}

/**
 * Files that deploy another by naming its path: YAML (a kustomize `configMapGenerator`, an Ansible task, a workflow), JSON,
 * Terraform, shell and PowerShell scripts, Puppet, Nix, Jsonnet, Makefiles, Capistrano and Fabric files, Dockerfiles.
 */
const DEPLOY_TEXT = /\.(?:ya?ml|json|tf|tofu|hcl|sh|bash|zsh|ps1|toml|ini|cfg|j2|jinja2?|pp|nix|mk|jsonnet|libsonnet|tftpl)$|^(?:Makefile|GNUmakefile|Justfile|Procfile|Capfile|Taskfile|fabfile\.py|deploy\.rb)$/i;
/** Name parts that mark a file for deploying (`test-and-deploy.yml`, `ci-cd.yml`), so a development word beside them does not make it a development file. */
const DEPLOY_WORD = /^(?:deploy|deployment|prod|production|release|publish|cd|live|staging|stage)$/i;
/** Development tools' files: editors' tasks (`.vscode/`, `.idea/`), Vagrant's machines, Gitpod's and DevSpace's workspaces. */
const DEV_TOOL = /(?:^|\/)(?:\.vscode\/|\.idea\/|Vagrantfile$|\.gitpod\.ya?ml$|devspace\.ya?ml$)/i;
/** Whether a deploy file is for development, tests or CI by its name (`deploy-local.sh`, `ci.yml`, `Makefile.dev`), place or tool (DEV_TOOL). */
const devNamer = (file: string): boolean => {
  const words = basename(file).replace(/\.[^.]*$/, '').split(/[-_.]/);
  return isDevOnly(file) || isTestFile(file) || isTemplate(file) || DEV_TOOL.test(file)
    || (words.some((w) => DEV_WORD.test(w)) && !words.some((w) => DEPLOY_WORD.test(w)));
};

/** `to` relative to the folder `from` (`../nginx/local.conf`). */
function relativeTo(from: string, to: string): string {
  const a = from ? from.split('/') : [];
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/**
 * The folders a deploy file names paths from: its own, and for YAML the `files/` and `templates/` folders Ansible looks in
 * (beside a playbook, and of the role whose `tasks/` or `handlers/` hold it).
 */
function namerBases(file: string): string[] {
  const dir = dirname(file);
  if (!/\.ya?ml$/i.test(file)) return [dir];
  const up = /(?:^|\/)(?:tasks|handlers)$/.test(dir) ? dirname(dir) : dir;
  return [dir, ...[dir, up].flatMap((d) => [joinPath(d, 'files')!, joinPath(d, 'templates')!])];
}

/** Where a path may start: the start of a word (a quote, `=`, `:`, a space), `./`, or a variable's value (`${path.module}/`, `{{ role_path }}/`, `$(PWD)/`). */
const PATH_START = /(?:^|[^\w.\-/$}%)])(?:\.\/)?$|(?:\$\{[^}]*\}|\$\([^)]*\)|\$\w+|\{\{[^}]*\}\}|%\w+%)\/$/;
/** A make target or Justfile recipe line (`dev:`, `run-local: build`); not an assignment (`X := y`). */
const MAKE_TARGET = /^([A-Za-z0-9_.\-/ ]+?)\s*:(?![=:])/;

/** A file that may name an nginx configuration's path (nginxDevOnly): its folders to name paths from (namerBases), and its text. */
interface Namer {
  file: string;
  bases: string[];
  text: string;
  /** A Makefile's (Justfile's) target lines, in order: where each starts and whether its name is for development (built once, for devMention). */
  targets?: { at: number[]; dev: boolean[] };
}

/** Whether a name (a Makefile target, a package.json script) is for development (`dev`, `start:dev`, `run-local`). */
const devName = (name: string) => name.split(/[^A-Za-z0-9]+/).some((w) => DEV_WORD.test(w));

/**
 * Whether a deploy file's mention of a file (at `index` of its text) is a development use: in a comment, or in a Makefile
 * target (Justfile recipe) or a JSON key (package.json's scripts) named for development (`dev:`, `"start:dev"`).
 */
function devMention(n: Namer, index: number): boolean {
  const { file, text } = n;
  const from = text.lastIndexOf('\n', index - 1) + 1;
  const line = text.slice(from, text.indexOf('\n', index) >>> 0);
  if (/^\s*(?:#|\/\/)/.test(line)) return true;
  if (/\.json$/i.test(file)) { const key = /^\s*"([^"]*)"\s*:/.exec(line); return key !== null && devName(key[1]!); }
  if (/^(?:GNUmakefile|Makefile|Justfile)$|\.mk$/i.test(basename(file))) {
    // The nearest target line above the mention's (lines that are empty, indented or comments are no targets): the file's
    // target lines are found once, and each mention looks its target up.
    if (!n.targets) {
      const targets: { at: number[]; dev: boolean[] } = { at: [], dev: [] };
      for (let at = 0; at < text.length;) {
        const end = text.indexOf('\n', at) >>> 0;
        const l = text.slice(at, end);
        const target = l && !/^\s|^#/.test(l) ? MAKE_TARGET.exec(l) : null;
        if (target) { targets.at.push(at); targets.dev.push(devName(target[1]!)); }
        at = end + 1;
      }
      n.targets = targets;
    }
    const { at, dev } = n.targets;
    // The last target line starting before the mention's line.
    let lo = 0, hi = at.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid]! < from) lo = mid + 1; else hi = mid; }
    return lo > 0 && dev[lo - 1]!;
  }
  return false;
}

/**
 * Whether `text` names `path` as a path (not inside a longer name): `loose` allows a longer path before it (`{{ role_path
 * }}/../nginx/local.conf` for `nginx/local.conf`); a `folder` is named followed by `/` or alone and must be copied into nginx's
 * configuration (nginx or OpenResty named within three lines). Mentions that are development uses (devMention) do not count.
 */
function namesPath(n: Namer, path: string, loose: boolean, folder: boolean): boolean {
  const { text } = n;
  // A folder of one name is named only followed by `/` or after one (`services`, alone, is a word).
  const word = folder && !path.includes('/');
  for (let i = text.indexOf(path); i >= 0; i = text.indexOf(path, i + 1)) {
    if (word && text[i + path.length] !== '/' && text[i - 1] !== '/') continue;
    const before = text.slice(Math.max(0, i - 200), i);
    if (loose ? /[\w.-]$/.test(before) : !PATH_START.test(before)) continue;
    const after = text.slice(i + path.length, i + path.length + 60);
    if (folder ? !/^\/?(?:\*[\w.*]*)?(?![\w\-./])/.test(after) : /^(?:[\w\-/]|\.\w)/.test(after)) continue;
    if (devMention(n, i)) continue;
    if (folder) {
      // Three lines either side, without the mention itself (`src: ../nginx/conf.d/` beside `dest: /etc/nginx/conf.d/`).
      let from = i, to = i + path.length;
      for (let k = 0; k < 4 && from > 0; k++) from = text.lastIndexOf('\n', from - 1) + 1 || 0;
      for (let k = 0; k < 4 && to >= 0 && to < text.length; k++) to = text.indexOf('\n', to + 1);
      if (!NGINX_DEST.test(text.slice(from, i)) && !NGINX_DEST.test(text.slice(i + path.length, to < 0 ? undefined : to))) continue;
    }
    return true;
  }
  return false;
}

/** A path of plain names (letters, digits, `_`, `.`, `-`), which pathMentions indexes; a configuration under any other is looked for file by file. */
const PLAIN_PATH = /^[\w.-]+(?:\/[\w.-]+)*$/;
/** Whether a character code is one of a plain name's (`[\w.-]`). */
const plainCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/**
 * Where the namers may name the paths of the nginx configurations and their folders, read in one pass over each namer's text:
 * for each repository path (`p:`) or last two names (`t:`) a mention may stand for, the namers (by index) with such a mention.
 * namesPath accepts a mention only at the start of a name (no `[\w.-]` before it) and ending where the name ends (only `.` or
 * no `[\w-]` after it), so a mention is a chain of whole plain names joined by single `/`s ending at one of a configuration's
 * names: the chain is followed back from each such name while it stays the end of a configuration's path (`suffixes`), then
 * over `..` (up to as many as the namer's folder is deep). Each chain `s` stands for the path itself, its last two names, the
 * path from the namer's folder (`s` resolved there) and from its other folders (namerBases). A superset: the callers judge
 * each candidate as before (namesPath).
 */
function pathMentions(namers: readonly Namer[], suffixes: ReadonlySet<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  // The configurations' names (single-name ends): their lengths and first characters, to pass over other names quickly.
  let longest = 0, shortest = Infinity;
  const first = new Uint8Array(128);
  for (const s of suffixes) {
    if (s.includes('/')) continue;
    longest = Math.max(longest, s.length);
    shortest = Math.min(shortest, s.length);
    first[s.charCodeAt(0)] = 1;
  }
  namers.forEach((n, i) => {
    // Each namer once per key (its mentions come together).
    const add = (key: string) => { const list = index.get(key); if (!list) index.set(key, [i]); else if (list.at(-1) !== i) list.push(i); };
    const dir = n.bases[0]!;
    const dirs = dir ? dir.split('/') : [];
    const seen = new Set<string>();
    const mention = (rest: string, ups: number) => {
      const key = `${ups}/${rest}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (!ups) {
        add(`p:${rest}`);
        if (rest.indexOf('/') === rest.lastIndexOf('/')) add(`t:${rest}`);
        for (const b of n.bases.slice(1)) add(`p:${b}/${rest}`);
      }
      const up = dirs.slice(0, dirs.length - ups).join('/');
      add(`p:${up ? `${up}/${rest}` : rest}`);
    };
    const text = n.text;
    for (let at = 0; at < text.length;) {
      if (!plainCode(text.charCodeAt(at))) { at++; continue; }
      // A run of plain characters starts here (nothing plain before it).
      const start = at;
      while (at < text.length && plainCode(text.charCodeAt(at))) at++;
      if (!first[text.charCodeAt(start)] || at - start < shortest) continue;
      const run = text.slice(start, at);
      // The name may end where the run does or at any `.` in it (`nginx.conf.` ending a sentence).
      for (let dot = run.indexOf('.'); ; dot = run.indexOf('.', dot + 1)) {
        const end = dot < 0 ? run.length : dot;
        if (end >= shortest && end <= longest && suffixes.has(run.slice(0, end))) {
          let rest = run.slice(0, end), ups = 0;
          mention(rest, 0);
          for (let s = start; s > 0 && text.charCodeAt(s - 1) === 47 /* / */;) {
            let p = s - 1;
            while (p > 0 && plainCode(text.charCodeAt(p - 1))) p--;
            if (p === s - 1) break;
            const name = text.slice(p, s - 1);
            if (name === '..') { if (++ups > dirs.length) break; mention(rest, ups); }
            else if (!ups && suffixes.has(`${name}/${rest}`)) { rest = `${name}/${rest}`; mention(rest, 0); }
            else break;
            s = p;
          }
        }
        if (dot < 0 || dot >= longest) break;
      }
    }
  });
  return index;
}

/**
 * Why each nginx configuration (deployedNginxConfigs) is development-only, for its findings' `info` notes; absent when
 * production may load it. The rule of the other servers' files (isDevOnly: `.devcontainer/`, `dev/`, `development/`,
 * `local/`), and a name for development (nginxDevName: `nginx/dev.conf`, `local.conf`, `nginx.development.conf`; not
 * `local-cache.conf`, `gitlab-ci.conf` or a site's name, `dev.example.com.conf`), unless production deploys it: a production
 * deploy file mounts or copies it (`docker-compose.yml`, `Dockerfile`), or another file not for development names its path (a
 * kustomize `configMapGenerator`, an Ansible task, a deploy script, Terraform); any other file when development-only deploy
 * files alone mount or copy it (`docker-compose.override.yml`, `Dockerfile.dev`, a compose service in a `dev` profile) and no
 * such file names it. An included snippet is development-only when every configuration including it is. A ConfigMap's
 * configuration by its manifest's place, unless such a file names the manifest.
 */
export const nginxDevOnly = perView(function nginxDevOnly(snapshot: SnapshotView): ReadonlyMap<string, string> {
  const configs = deployedNginxConfigs(snapshot);
  const out = new Map<string, string>();
  if (!configs.length) return out;
  const files = new Set(snapshot.nginxFiles());
  const byFile = new Map(configs.map((c) => [c.file, c] as const));
  const fileOf = new Map<NginxDirective, string>();
  for (const c of configs) for (const d of c.directives) fileOf.set(d, c.file);
  let namers: Namer[] | undefined;
  let index: Map<string, number[]> | undefined;
  /** The namers below each folder (by index): a folder above a namer's own is named from it by `..` alone. */
  let below: Map<string, number[]> | undefined;
  const named = new Map<string, boolean>();
  /** namesPath, once per namer, path and way. */
  const names = (i: number, p: string, folder: boolean) => {
    const key = `${i}\0${folder ? 'f' : 'p'}\0${p}`;
    let v = named.get(key);
    if (v === undefined) named.set(key, v = namesPath(namers![i]!, p, !folder && p.includes('/'), folder));
    return v;
  };
  /** Whether namer `i` names `file`'s path (relative to it, to the root, or by its folder and name). */
  const namesFile = (i: number, file: string) => {
    const n = namers![i]!;
    if (!n.text.includes(basename(file))) return false;
    const paths = new Set([file, file.split('/').slice(-2).join('/'), relativeTo(n.bases[0]!, file), ...n.bases.slice(1).filter((b) => file.startsWith(`${b}/`)).map((b) => file.slice(b.length + 1))]);
    return [...paths].some((p) => names(i, p, false));
  };
  /** Whether namer `i` copies the folder `f` into nginx's configuration. A compose build context or a Dockerfile's folder copy is no such copy: configUses reads those. */
  const copiesFolder = (i: number, f: string) => {
    const n = namers![i]!;
    if (isComposeFile(n.file) || isDockerfile(n.file) || !n.text.includes(f.slice(f.lastIndexOf('/') + 1))) return false;
    const paths = new Set([f, relativeTo(n.bases[0]!, `${f}/x`).slice(0, -2), ...n.bases.slice(1).filter((b) => f.startsWith(`${b}/`)).map((b) => f.slice(b.length + 1))]);
    return [...paths].some((p) => p && names(i, p, true));
  };
  /** The namers that copy each folder into nginx's configuration, found once per folder. */
  const copiers = new Map<string, number[]>();
  const copiersOf = (f: string) => {
    let out = copiers.get(f);
    if (!out) {
      const candidates = new Set([...(index!.get(`p:${f}`) ?? []), ...(below!.get(f) ?? [])]);
      copiers.set(f, out = [...candidates].filter((i) => copiesFolder(i, f)));
    }
    return out;
  };
  /** Whether a file that is not for development (nor one of `users`, the development deploy files that mount it) names the file's path. */
  const namedByProduction = (file: string, users: readonly string[]) => {
    if (!namers) {
      namers = snapshot.files.filter((f) => (isDockerfile(f) || DEPLOY_TEXT.test(basename(f))) && !files.has(f) && !devNamer(f) && !isVendoredOrGenerated(f))
        .map((f) => ({ file: f, bases: namerBases(f), text: snapshot.text(f) ?? '' }));
      // The ends of the configurations' paths and of their folders' (`nginx.conf`, `dev/nginx.conf`, `dev`, `svc/dev`…).
      const suffixes = new Set<string>();
      for (const c of configs) {
        if (!PLAIN_PATH.test(c.file)) continue;
        const parts = c.file.split('/');
        for (let end = parts.length; end > 0; end--) for (let start = end - 1; start >= 0; start--) suffixes.add(parts.slice(start, end).join('/'));
      }
      index = pathMentions(namers, suffixes);
      below = new Map();
      namers.forEach((n, i) => { for (let d = dirname(n.bases[0]!); d; d = dirname(d)) (below!.get(d) ?? below!.set(d, []).get(d)!).push(i); });
    }
    const ns = namers;
    const counts = (i: number) => ns[i]!.file !== file && !users.includes(ns[i]!.file);
    const folders: string[] = [];
    for (let d = dirname(file); d; d = dirname(d)) folders.push(d);
    // A path of other names than plain ones: every namer is read for it.
    if (!PLAIN_PATH.test(file)) return ns.some((_, i) => counts(i) && (namesFile(i, file) || folders.some((f) => copiesFolder(i, f))));
    const lastTwo = file.split('/').slice(-2).join('/');
    const candidates = new Set([...(index!.get(`p:${file}`) ?? []), ...(index!.get(`t:${lastTwo}`) ?? [])]);
    for (const i of candidates) if (counts(i) && namesFile(i, file)) return true;
    return folders.some((f) => copiersOf(f).some(counts));
  };
  const alone = (c: NginxConfig): string | null => {
    // A ConfigMap's configuration is its manifest: by its place.
    if (!files.has(c.file)) return isDevOnly(c.file) && !namedByProduction(c.file, []) ? 'development-only file' : null;
    const named = isDevOnly(c.file) || nginxDevName(c.file);
    const uses = configUses(snapshot).filter((u) => u.covers(c.file));
    if (uses.some((u) => !u.dev) || (!uses.length && !named)) return null;
    const by = [...new Set(uses.map((u) => u.by))];
    if (namedByProduction(c.file, by)) return null;
    if (named) return 'development-only file';
    return `development-only: only ${by.join(', ')} ${by.length > 1 ? 'mount or copy' : 'mounts or copies'} it`;
  };
  const memo = new Map<string, string | null>();
  const reason = (c: NginxConfig, seen: Set<string>): string | null => {
    const known = memo.get(c.file);
    if (known !== undefined) return known;
    // A cycle of includes: judged as production.
    if (seen.has(c.file)) return null;
    seen.add(c.file);
    let why: string | null;
    if (c.includedBy?.length) {
      const by = [...new Set(c.includedBy.map((d) => fileOf.get(d)).filter((f): f is string => f !== undefined))];
      why = by.length && by.every((f) => { const inc = byFile.get(f); return inc !== undefined && reason(inc, seen) !== null; })
        ? `development-only: included only by ${by.join(', ')}` : null;
    } else why = alone(c);
    memo.set(c.file, why);
    return why;
  };
  for (const c of configs) {
    const why = reason(c, new Set());
    if (why !== null) out.set(c.file, why);
  }
  return out;
});

/**
 * A configuration a ConfigMap holds that could not be read (nginx would refuse its braces, or its template tags break them),
 * or an nginx configuration file whose template tags break its braces: where, and why.
 */
export interface UnreadNginx { file: string; line: number; column: number; message: string }

/**
 * The nginx configurations that were not judged, for an `info` note (never a silent pass): those held in ConfigMaps whose
 * braces do not balance, also when a template tag breaks them (`{{ if }}` around a block's opening), and configuration files
 * rendered from a template (gomplate, confd, Jinja) whose tags break their braces (a file nginx refuses without any template
 * tag is a parse problem instead).
 */
export const unreadNginxConfigs = perView(function unreadNginxConfigs(snapshot: SnapshotView): UnreadNginx[] {
  const files: UnreadNginx[] = [];
  for (const { file } of deployedNginxConfigs(snapshot)) {
    const broken = snapshot.nginxTemplateBreak(file);
    if (!broken) continue;
    // A tag never closed (unclosedTemplateTag) is the template's own error; otherwise its tags break the braces.
    const why = /^the template tag /.test(broken.message) ? 'the template engine refuses it as written' : 'its template tags break the braces, so it can only be judged rendered';
    files.push({ file, line: broken.line, column: broken.column, message: `the nginx configuration template ${file} could not be read (${plainProblem(broken.message)}): ${why}; it was not judged` });
  }
  return [...files, ...configMapNginx(snapshot).unread];
});

/**
 * The nginx (or Apache) configuration files too large to read (over 1 MiB: a generated redirect `map`), which no check
 * judges (an `info` note says so): left out of what a check judges, and named in its skip reason rather than "no nginx config".
 */
export const largeServerConfigs = perView(function largeServerConfigs(snapshot: SnapshotView): string[] {
  snapshot.nginxFiles(); // notes the large nginx configurations
  return snapshot.files.filter((f) => (isNginxCandidate(f) || f.endsWith('.htaccess')) && !isTestFile(f) && !isVendoredOrGenerated(f) && snapshot.text(f) === undefined && snapshot.unreadReason(f) === TOO_LARGE_SKIP);
});

/** How a skip reason names the configurations too large to read: `nginx/site.conf was not checked (larger than 1 MiB; see that note)`. */
export function largeConfigsNote(files: readonly string[]): string {
  const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return `${named} ${files.length === 1 ? 'was' : 'were'} not checked (larger than 1 MiB; see that note)`;
}

/** A brace problem's message without its claim that nginx refuses the file (a template is rendered first). */
const plainProblem = (message: string) => message.replace(/ \(nginx refuses the file\)$/, '').replace(/ \(nginx refuses the file; ([^)]*)\)$/, ': $1');

/** A ConfigMap `data` key that is mounted as an nginx configuration file: `nginx.conf`, `default.conf`, `*.conf.template`, `nginx-site`. */
const NGINX_KEY = /\.conf(?:\.template)?$|nginx/i;

/**
 * Where the text of a literal block scalar (`nginx.conf: |`) starts in the file: the line of its indicator (`at`) and the
 * indentation of its lines, verified line for line against `value`; null for any other style (folded, quoted, plain), whose
 * lines do not map one to one.
 */
function literalBlock(lines: readonly string[], at: { line: number; column: number }, value: string): { line: number; indent: number } | null {
  if (!/^\|(?:[1-9][-+]?|[-+][1-9]?)?[ \t]*(?:#.*)?$/.test(lines[at.line - 1]?.slice(at.column - 1) ?? '')) return null;
  let indent = -1;
  const vlines = value.split('\n');
  for (let i = 0; i < vlines.length; i++) {
    const v = vlines[i]!;
    if (!v) continue;
    const f = lines[at.line + i];
    if (f === undefined) return null;
    if (indent < 0) indent = f.length - v.length;
    if (indent < 0 || f.slice(indent) !== v || f.slice(0, indent).trim()) return null;
  }
  return indent < 0 ? null : { line: at.line, indent };
}

/**
 * nginx configurations held in Kubernetes ConfigMaps (also Helm templates and Kustomize bases, as far as they parse):
 * a `data` key named like an nginx file (NGINX_KEY) whose text has nginx directives (as an nginx file's must). Positions
 * point into the YAML file: the block scalar's line plus the line inside it (for a literal block, `|`; other styles at the
 * value). A `{{ … }}` template tag is read as the word it renders to (a tag standing where a directive starts is set aside). A
 * value nginx would refuse (unbalanced braces, also braces a tag breaks) is not judged, as such a file is not: unreadNginxConfigs
 * lists it for a note.
 */
const configMapNginx = perView(function configMapNginx(snapshot: SnapshotView): { configs: NginxConfig[]; unread: UnreadNginx[] } {
  const out: NginxConfig[] = [];
  const unread: UnreadNginx[] = [];
  for (const obj of snapshot.k8sObjects()) {
    if (obj.kind !== 'ConfigMap' || isTemplate(obj.file) || isTestFile(obj.file) || isVendoredOrGenerated(obj.file)) continue;
    let lines: string[] | undefined;
    for (const e of configMapData(obj)) {
      if (!NGINX_KEY.test(e.key) || !NGINX_DIRECTIVES.test(e.value)) continue;
      const problems: NginxProblem[] = [];
      // Helm (and other engines) render `{{ … }}` tags first: each is read as the word it becomes.
      const templated = hasTemplateTags(e.value);
      const tree = parseNginx(e.value, problems, { templates: templated });
      lines ??= snapshot.lines(obj.file) ?? [];
      const block = literalBlock(lines, e, e.value);
      // Positions inside the value are moved into the YAML file in place.
      const move = (p: { line: number; column: number }) => {
        if (block) { p.column += block.indent; p.line += block.line; } else { p.line = e.line; p.column = e.column; }
      };
      const broken = problems[0];
      if (broken) {
        move(broken);
        const why = templated ? 'its template tags break the braces, so it can only be judged rendered' : 'nginx would refuse it';
        unread.push({ file: obj.file, line: broken.line, column: broken.column, message: `the nginx configuration in ConfigMap '${obj.name ?? '?'}' key ${e.key} could not be read (${plainProblem(broken.message)}): ${why}; it was not judged` });
        continue;
      }
      const directives = walkNginx(tree);
      for (const d of directives) { move(d); for (const a of d.args) move(a); }
      out.push({ file: obj.file, directives });
    }
  }
  return { configs: out, unread };
});
