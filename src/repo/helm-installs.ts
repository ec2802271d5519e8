/**
 * Where the repository installs Helm charts itself, and with what: `helm upgrade|install|template … <chart> -f <file>` in CI
 * workflows, scripts and Makefiles, helmfile releases, Argo CD `Application`/`ApplicationSet` Helm sources, Flux
 * `HelmRelease`s, kustomize `helmCharts` and Terraform `helm_release` resources. For each install: the local chart folder it
 * installs (or null for a remote chart), the values files of the repository it passes (read as that chart's values sets, as
 * `values-production.yaml` beside `Chart.yaml` is), and what it gives that is not read from a file (inline values, `--set`,
 * parameters: their values paths; valuesFrom, post-renderers and patches: anything).
 */
import { isObject, parseYaml, type YamlFile, type YamlPath } from './yaml.js';
import { DEV_INSTALL_NAME, filesEndingIn, joinPath, LOCAL_CLUSTER } from './classify.js';
import { hclArgument, hclAttribute, hclBlocks, hclNestedBlocks, scanString, sequenceEnd, UNKNOWN } from '../checks/util/hcl.js';
import { lineColumnAt, valueStart } from '../checks/util/text.js';
import { commandLines, commandWords } from './command-lines.js';

/** Values an install gives inline (Argo CD `helm.values`/`valuesObject`/`parameters`, Flux `values`, helmfile `values:` maps and `set:`, kustomize `valuesInline`), where they are written. */
export interface HelmInlineValues {
  /** A mapping of values (`map`), a YAML string of values (`string`, Argo CD's `helm.values: |`), or a `{ name, value }` list (`params`). */
  kind: 'map' | 'string' | 'params';
  /** The document and path of the node in the installer's file. */
  doc: number;
  path: YamlPath;
}

export interface HelmInstall {
  /** The file that installs the chart. */
  file: string;
  /** The 1-based line of the install in that file (the command, the release, the object, the helmCharts entry). */
  line: number;
  /** How a message names the installer: `helm upgrade`, `helmfile release 'web'`, `Argo CD Application 'web'`, `Flux HelmRelease 'web'`, `kustomize helmCharts 'web'`. */
  what: string;
  /** The local chart folder it installs (`charts/web`, '' for the repository root), or null for a chart from a repository or registry. */
  chart: string | null;
  /** The repository's values files it installs the chart with, in the order Helm merges them. */
  valueFiles: string[];
  /**
   * What it gives that no values file of the repository holds: the values paths its inline values, `--set` flags and
   * parameters set (`image.tag`), or null when that cannot be listed (valuesFrom, a post-renderer, patches, a values
   * file that is not in the repository or is a template).
   */
  unread: string[] | null;
  /** A development install (a values file or environment named for development: `environments/dev/values.yaml`, `values-kind.yaml`). */
  dev: boolean;
  /** Its inline values, as written (for the checks that read values where they are written). */
  inline: HelmInlineValues[];
  /**
   * The values it sets by name with a literal value (a Terraform `helm_release`'s `set { name = "image.tag" value = "1.4.2" }`),
   * each at its value in the installer's file; absent for the other installers.
   */
  sets?: HelmSetValue[];
}

/** A value an install sets by name (`image.tag`), with its literal value and where that is written (inside its quotes). */
export interface HelmSetValue { name: string; value: string | number | boolean; line: number; column: number }

/** What helmInstalls reads of the repository. */
export interface HelmInstallRepo {
  files: readonly string[];
  text(path: string): string | undefined;
  /** Whether `path` is one of `files` (a snapshot's set of them); without it a set of `files` is built. */
  has?(path: string): boolean;
}

const DEV_WORD = new RegExp(`^(?:${DEV_INSTALL_NAME})$`, 'i');
/** A development install's word that spans parts (`docker-desktop`, `rancher-desktop`), in a folder's or file's name. */
const DEV_WORDS_IN = new RegExp(`(?:^|[/._-])(?:${DEV_INSTALL_NAME})(?:[/._-]|$)`, 'i');
const PROD_WORD = /^(?:prod|production|prd|live)$/i;
/** Whether a path names an environment by a word: a folder of that name (`environments/dev/`), or a part of the file name (`values-kind.yaml`, `prod.values.yaml`). */
const names = (p: string, word: RegExp): boolean => {
  const parts = p.split('/');
  const file = parts.pop()!.replace(/\.ya?ml(?:\.gotmpl)?$/i, '');
  return parts.some((d) => word.test(d)) || file.split(/[._-]/).some((w) => word.test(w));
};
/** Whether a values file is a development install's: `environments/dev/values.yaml`, `values-kind.yaml`, `ci-values.yaml`. */
export const isDevValuesPlace = (p: string): boolean => names(p, DEV_WORD) || DEV_WORDS_IN.test(p.replace(/\.ya?ml(?:\.gotmpl)?$/i, ''));
/** Whether a values file is a production install's: `environments/prod/values.yaml`, `values.production.yaml`, `live.yaml`. */
export const isProdValuesPlace = (p: string): boolean => names(p, PROD_WORD);
/** A folder named for development holding an installer (`clusters/dev/`, `argocd/local/`). */
const DEV_DIR = new RegExp(`(?:^|/)(?:dev|development|local|localdev|${LOCAL_CLUSTER}|sandbox|test|testing|e2e)(?:/|$)`, 'i');

const memo = new WeakMap<readonly string[], HelmInstall[]>();

/**
 * The installs one file keeps in full; past that (a generated file of thousands of commands), each pair of chart and
 * values file it names is kept once more, that file alone, with what else it gives unread (null), up to the second bound:
 * every values file an install names is still read, and what the lost combinations might give makes a note, not silence.
 */
const FULL_INSTALLS_PER_FILE = 1000;
const INSTALLS_PER_FILE = 10_000;
/** A path or chart reference longer than this names no file (PATH_MAX is 4096): not matched. */
const MAX_PATH = 1024;

/** Every install of a Helm chart the repository writes (bounded per file: see FULL_INSTALLS_PER_FILE). */
export function helmInstalls(repo: HelmInstallRepo): HelmInstall[] {
  let out = memo.get(repo.files);
  if (out) return out;
  out = [];
  const charts = filesEndingIn(repo.files, 'yaml').filter((f) => f === 'Chart.yaml' || f.endsWith('/Chart.yaml')).map(dirOf);
  const chartSet = new Set(charts);
  // A snapshot's own set of its files, not a new one (a set of a 40,000-file list is a megabyte of large objects).
  let has: (f: string) => boolean;
  if (repo.has) has = (f) => repo.has!(f);
  else { const set = new Set(repo.files); has = (f) => set.has(f); }
  const ctx: Ctx = { repo, has, isChart: (dir) => chartSet.has(dir), charts: new PathIndex(charts), files: new PathIndex(repo.files), out, kept: new Map(), readable: new Map() };
  // Only the files the tests below may take (most of a repository is code): by name, Makefiles and the like have no extension.
  for (const file of filesEndingIn(repo.files, 'yml', 'yaml', 'gotmpl', 'tf', 'tofu', 'sh', 'bash', 'mk', 'ps1', '')) {
    // A chart's own templates (an app-of-apps chart's Applications) are rendered with values: what they install is not read here.
    if (/(?:^|\/)(?:templates|node_modules|vendor)\//.test(file)) continue;
    if (/(?:^|\/)helmfile(?:\.ya?ml(?:\.gotmpl)?|\.d\/[^/]+\.ya?ml(?:\.gotmpl)?)$/i.test(file)) { helmfileInstalls(ctx, file); continue; }
    if (/\.(?:tf|tofu)$/i.test(file)) {
      // Terraform's module cache (`.terraform/modules/`) holds other people's modules, not this repository's installs.
      const tf = /(?:^|\/)\.terraform\//.test(file) ? undefined : repo.text(file);
      if (tf?.includes('helm_release')) terraformInstalls(ctx, file, tf);
      continue;
    }
    const text = /\.(?:ya?ml|sh|bash|mk|ps1)$|(?:^|\/)(?:Makefile|GNUmakefile|Jenkinsfile|[Jj]ustfile|Taskfile)$/.test(file) ? repo.text(file) : undefined;
    if (text === undefined || !text.includes('helm') && !text.includes('kind')) continue;
    if (/\.ya?ml$/i.test(file)) {
      // Substrings first: the regexes and the YAML parse run only on the files that may hold an install.
      if (text.includes('kind') && /^[ \t]*kind:[ \t]*["']?(?:Application|ApplicationSet|HelmRelease)["']?[ \t]*\r?$/m.test(text)) objectInstalls(ctx, file, text);
      else if (text.includes('helmCharts') && /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/.test(file) && /^helmCharts[ \t]*:/m.test(text)) kustomizeInstalls(ctx, file, text);
    }
    if (text.includes('helm') && /\bhelm[0-9]?\s+(?:(?:secrets|diff)\s+)?(?:upgrade|install|template)\b/.test(text)) commandInstalls(ctx, file, text);
  }
  memo.set(repo.files, out);
  return out;
}

interface Ctx {
  repo: HelmInstallRepo;
  has(path: string): boolean;
  isChart(dir: string): boolean;
  /** The chart folders (each with a Chart.yaml), and the repository's files, for matching paths with expansions. */
  charts: PathIndex;
  files: PathIndex;
  out: HelmInstall[];
  /** Per installing file: how many installs it gave, and the chart and values file pairs kept past FULL_INSTALLS_PER_FILE. */
  kept: Map<string, { n: number; pairs: Set<string> }>;
  /** Per Terraform template named as a values file: whether it reads as YAML values (terraformValues). */
  readable: Map<string, boolean>;
}

/** Each file is read once per file list (helmInstalls is memoized), so its YAML is parsed here as it is. */
const parse = (file: string, text: string): YamlFile => parseYaml(file, text);

const yaml = (f: string) => /\.ya?ml$/i.test(f);
/** A kind of path a pattern may name (its name keys PathIndex's memo). */
interface PathKind { name: string; takes(path: string): boolean }
const YAML_FILES: PathKind = { name: 'yaml', takes: yaml };
/** The folder of a repository path ('' at the root). */
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/** A path as written resolved against a folder (a leading `/` is taken from the repository root); null when it leaves the repository. */
const resolvePath = (dir: string, p: string): string | null => joinPath(p.startsWith('/') ? '' : dir, p.replace(/^\/+/, ''));

/**
 * Template and shell expansions in a path: `${{ matrix.env }}`, `{{ .Environment.Name }}`, `{{.name}}`, `${ENV}`, `$ENV`,
 * `$(ENV)`. Each bounded (`{0,200}`), so a run of unclosed `${{` costs a bounded scan each, not one to the end of the text.
 */
const EXPANSION = /\$\{\{[^}\n]{0,200}\}\}|\{\{[^}\n]{0,200}\}\}|\$\{[^}\n]{0,200}\}|\$\([^)\n]{0,200}\)|\$[A-Za-z_]\w*/g;

/**
 * Paths (the repository's files, or its chart folders) looked up by what a path with expansions writes literally: its
 * start before the first expansion, or its end after the last (`…/values.yaml`, `-prod.yaml`), each a range of the sorted
 * paths (the ends sorted reversed), so matching one is not a pass over every file of the repository; each pattern once.
 */
class PathIndex {
  private sorted: string[] | null = null;
  private reversed: string[] | null = null;
  private order: Map<string, number> | null = null;
  private readonly matched = new Map<string, readonly string[]>();
  constructor(readonly paths: readonly string[]) {}

  /**
   * The first 16 paths (in the order of `paths`) that `re` matches (only those `only` takes, with it), `re` being that of
   * `pattern`, whose expansions span `from` (the first's start) to `to` (the last's end). Shared: not to be changed.
   */
  match(pattern: string, re: RegExp, from: number, to: number, only: PathKind | null): readonly string[] {
    const key = `${only?.name ?? ''}\u0000${re.source}`;
    const known = this.matched.get(key);
    if (known) return known;
    const takes = (p: string) => re.test(p) && (!only || only.takes(p));
    const sorted = (this.sorted ??= [...this.paths].sort());
    const reversed = (this.reversed ??= this.paths.map(reverse).sort());
    const start = range(sorted, pattern.slice(0, from));
    const end = range(reversed, reverse(pattern.slice(to)));
    let out: string[] = [];
    if (start[1] - start[0] === sorted.length && end[1] - end[0] === sorted.length) {
      for (const p of this.paths) {
        if (takes(p)) out.push(p);
        if (out.length >= 16) break;
      }
    } else {
      // The smaller range: every match in it, then the first 16 in the order of `paths`.
      out = start[1] - start[0] <= end[1] - end[0] ? sorted.slice(...start).filter(takes) : reversed.slice(...end).map(reverse).filter(takes);
      const order = (this.order ??= new Map(this.paths.map((p, i) => [p, i])));
      out = out.sort((a, b) => order.get(a)! - order.get(b)!).slice(0, 16);
    }
    this.matched.set(key, out);
    return out;
  }
}
const reverse = (s: string) => s.split('').reverse().join('');
/** Where the paths of a sorted list that start with `prefix` are, `[from, to)` (all of it for ''). */
function range(sorted: readonly string[], prefix: string): [number, number] {
  if (!prefix) return [0, sorted.length];
  return [bound(sorted, (p) => p < prefix), bound(sorted, (p) => p < prefix || p.startsWith(prefix))];
}
/** The first index of a sorted list at which `before` no longer holds (binary search). */
function bound(list: readonly string[], before: (p: string) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The regular expression of a path with expansions: each expansion one of its words (`values`) when known, else one or more path characters other than `/`, captured. */
function patternRegExp(pattern: string, values: (expansion: string) => string[] | null): { re: RegExp; expansions: string[]; from: number; to: number } {
  let re = '';
  let last = 0;
  let from = -1;
  const expansions: string[] = [];
  for (const m of pattern.matchAll(EXPANSION)) {
    if (from < 0) from = m.index;
    re += escape(pattern.slice(last, m.index));
    const words = values(m[0]);
    re += words && words.length ? `(${words.map(escape).join('|')})` : '([^/]+)';
    expansions.push(m[0]);
    last = m.index + m[0].length;
  }
  re += escape(pattern.slice(last));
  return { re: new RegExp(`^${re}$`), expansions, from: Math.max(from, 0), to: last };
}
const noValues = () => null;

/**
 * The paths of `index` (the repository's files, or its chart folders; only those `only` takes, with it) a path with
 * expansions may name: each expansion matched as one of the words `values` gives it (a workflow's matrix), when known,
 * else as one or more path characters other than `/`. At most 16.
 */
function expand(pattern: string, index: PathIndex, values: (expansion: string) => string[] | null = noValues, only: PathKind | null = null): readonly string[] {
  if (pattern.length > MAX_PATH) return [];
  EXPANSION.lastIndex = 0;
  if (!EXPANSION.test(pattern)) { EXPANSION.lastIndex = 0; return [pattern]; }
  EXPANSION.lastIndex = 0;
  // A path that is an expansion and little else (`$VALUES_FILE`, `${{ inputs.chart }}`) could be any file: none is taken.
  if (!/[A-Za-z0-9]/.test(pattern.replace(EXPANSION, (e) => (values(e)?.length ? 'x' : '')))) return [];
  const { re, from, to } = patternRegExp(pattern, values);
  return index.match(pattern, re, from, to, only);
}
/** The word each expansion of `pattern` took in `found`, a path it matches (as `expand` matched it, with the same words). */
function wordsOf(pattern: string, found: string, values: (expansion: string) => string[] | null = noValues): Map<string, string> {
  const out = new Map<string, string>();
  if (pattern.length > MAX_PATH) return out;
  const { re, expansions } = patternRegExp(pattern, values);
  if (!expansions.length) return out;
  const m = re.exec(found);
  expansions.forEach((e, i) => { if (m?.[i + 1] !== undefined) out.set(e, m[i + 1]!); });
  return out;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values paths a values mapping sets (its leaves, bounded). */
function leafPaths(v: unknown, prefix: string[] = [], out: string[] = [], depth = 0): string[] {
  if (out.length > 500 || depth > 20) return out;
  if (isObject(v) && Object.keys(v).length) for (const [k, x] of Object.entries(v)) leafPaths(x, [...prefix, k], out, depth + 1);
  else if (prefix.length) out.push(prefix.join('.'));
  return out;
}
/** The values paths `--set a.b=1,c[0].d=2` (or a parameter's name) sets. */
const setPaths = (spec: string): string[] => spec.split(/(?<!\\),/).map((s) => s.split('=')[0]!.trim().replace(/\[\d+\]/g, '')).filter(Boolean);

const lineOf = (y: YamlFile, doc: number, path: YamlPath) => y.docs[doc]?.loc(path, typeof path[path.length - 1] === 'string')?.line ?? 1;

/**
 * Values files of an install resolved in the repository: each as written relative to `dir` (expansions matched against the
 * repository's files); `missing` when one names no file of the repository (created at deploy time, or outside it).
 */
function valuesFiles(ctx: Ctx, dir: string, written: readonly string[], values?: (e: string) => string[] | null, only: PathKind = YAML_FILES): { files: string[][]; missing: boolean } {
  // Every combination of the expansions' words: one list of files per combination (the same word throughout).
  let lists: { files: string[]; words: Map<string, string> }[] = [{ files: [], words: new Map() }];
  let missing = false;
  for (const w of written) {
    const p = resolvePath(dir, w.trim());
    if (p === null || /\.gotmpl$/.test(p)) { missing = true; continue; }
    const next: typeof lists = [];
    for (const l of lists) {
      // An expansion already given a word by an earlier file keeps it.
      let pat = p;
      for (const [e, word] of l.words) pat = pat.split(e).join(word);
      const found = expand(pat, ctx.files, values, only).filter((f) => ctx.has(f) && only.takes(f));
      if (!found.length) { missing = true; next.push(l); continue; }
      for (const f of found) {
        const words = new Map([...l.words, ...wordsOf(pat, f, values)]);
        next.push({ files: [...l.files, f], words });
      }
    }
    lists = next.slice(0, 16);
  }
  return { files: lists.map((l) => l.files).filter((l) => l.length), missing };
}

function push(ctx: Ctx, install: Omit<HelmInstall, 'dev'> & { dev?: boolean }): void {
  // The chart's own values.yaml, which Helm reads first anyway, is no values file the install adds.
  const chart = install.chart;
  const own = chart === null ? null : new Set(['values.yaml', 'values.yml'].map((f) => (chart ? `${chart}/${f}` : f)));
  const i = own ? { ...install, valueFiles: install.valueFiles.filter((f) => !own.has(f)) } : install;
  const dev = i.dev ?? ((i.valueFiles.length > 0 && i.valueFiles.every((f) => isDevValuesPlace(f))) || DEV_DIR.test(dirOf(i.file)));
  let kept = ctx.kept.get(i.file);
  if (!kept) ctx.kept.set(i.file, (kept = { n: 0, pairs: new Set() }));
  const pairs = (i.valueFiles.length ? i.valueFiles : ['']).map((f) => [f, `${i.chart ?? '\u0000'}\u0000${f}`] as const);
  if (kept.n < FULL_INSTALLS_PER_FILE) {
    kept.n++;
    for (const [, pair] of pairs) kept.pairs.add(pair);
    ctx.out.push({ ...i, dev });
    return;
  }
  // Past the bound: each chart and values file not named yet, once (its values are read), what the install gives besides not listed.
  for (const [f, pair] of pairs) {
    if (kept.n >= INSTALLS_PER_FILE || kept.pairs.has(pair)) continue;
    kept.pairs.add(pair);
    kept.n++;
    ctx.out.push({ ...i, valueFiles: f ? [f] : [], unread: null, inline: [], dev });
  }
}

/** `helm upgrade|install|template` commands in a workflow, script or Makefile. */
function commandInstalls(ctx: Ctx, file: string, text: string): void {
  // A workflow's matrix: the words `${{ matrix.env }}` takes (every job's, with `include` entries).
  let matrix: Map<string, string[]> | null = null;
  const values = (e: string): string[] | null => {
    const m = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(e);
    if (!m) return null;
    matrix ??= workflowMatrix(file, text);
    return matrix.get(m[1]!) ?? null;
  };
  for (const { line: first, text: line } of commandLines(text)) {
    if (/^\s*#/.test(line)) continue;
    for (const m of line.matchAll(/\bhelm[0-9]?\s+(?:(?:secrets|diff)\s+)?(upgrade|install|template)\b([^;&|#\n]*)/g)) {
      const args = commandWords(m[2]!);
      const { positional, files, sets, opaque } = helmArgs(args);
      const chartWord = m[1] === 'install' && (args.includes('--generate-name') || args.includes('-g')) ? positional[0]
        : m[1] === 'template' && positional.length === 1 ? positional[0] : positional[1];
      if (chartWord === undefined) continue;
      const unread = opaque ? null : sets;
      // Paths are relative to the repository root (a workflow's or Makefile's working folder), else to the script's folder.
      const bases = dirOf(file) && !/^\.github\//.test(file) ? ['', dirOf(file)] : [''];
      // A chart from a repository or registry (`bitnami/postgresql`, `oci://…`): its values files of this repository are still Helm values.
      const remote = () => {
        for (const base of bases) {
          const v = valuesFiles(ctx, base, files, values);
          if (v.files.length) { for (const valueFiles of v.files) push(ctx, { file, line: first, what: `helm ${m[1]}`, chart: null, valueFiles, unread, inline: [] }); return; }
        }
      };
      // `repo/name` is a chart of a repository unless it is a chart folder of this one; a word Helm takes as a path (`./chart`,
      // `../charts/web`, `/chart`, as `chart/.`, `./chart/` and `chart` are) never is, whatever its number of parts.
      const path = /^\.{0,2}\//.test(chartWord) || bases.some((base) => ctx.isChart(resolvePath(base, chartWord) ?? '\u0000'));
      if (/^(?:oci|https?):\/\//.test(chartWord) || !path && /^[\w.-]+\/[\w.-]+$/.test(chartWord)) { remote(); continue; }
      for (const base of bases) {
        const pattern = resolvePath(base, chartWord) ?? '\u0000';
        const charts = expand(pattern, ctx.charts, values).filter((d) => ctx.isChart(d));
        if (!charts.length) continue;
        for (const chart of charts) {
          // The words the chart's expansions took (`charts/${{ matrix.app }}`) are the values files' too.
          const given = wordsOf(pattern, chart, values);
          const v = valuesFiles(ctx, base, files.map((f) => [...given].reduce((p, [e, w]) => p.split(e).join(w), f)), values);
          const lists = v.files.length ? v.files : [[]];
          for (const valueFiles of lists) push(ctx, { file, line: first, what: `helm ${m[1]}`, chart, valueFiles, unread: v.missing ? null : unread, inline: [] });
        }
        break;
      }
    }
  }
}

/** Helm's options without a value of their own (any other `--option` takes the next word unless written `--option=value`). */
const HELM_SWITCHES = new Set(['-i', '--install', '--atomic', '--wait', '--wait-for-jobs', '--create-namespace', '--dry-run', '--debug', '--force', '--reuse-values', '--reset-values', '--reset-then-reuse-values', '--cleanup-on-fail', '--devel', '--dependency-update', '--disable-openapi-validation', '--no-hooks', '--skip-crds', '--verify', '--insecure-skip-tls-verify', '--plain-http', '--pass-credentials', '--render-subchart-notes', '--enable-dns', '--take-ownership', '--rollback-on-failure', '--hide-notes', '--skip-schema-validation', '--generate-name', '-g', '--replace', '--include-crds', '--is-upgrade', '--validate', '--skip-tests', '--hide-secret', '--server-side', '--force-conflicts', '--no-color', '--allow-unreleased', '--detailed-exitcode', '--three-way-merge', '--suppress-secrets', '--show-secrets', '--normalize-manifests']);

/** A helm command's positional words, values files (`-f`, `--values`, comma lists), `--set*` paths, and whether it gives what cannot be read (a post-renderer). */
function helmArgs(args: readonly string[]): { positional: string[]; files: string[]; sets: string[]; opaque: boolean } {
  const positional: string[] = [];
  const files: string[] = [];
  const sets: string[] = [];
  let opaque = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '-') { positional.push(a); continue; }
    if (HELM_SWITCHES.has(a.replace(/=.*$/, ''))) {
      // `--dry-run server`: the mode is the option's.
      if (a === '--dry-run' && /^(?:client|server|none)$/.test(args[i + 1] ?? '')) i++;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 && a.startsWith('--') ? a.slice(0, eq) : /^-[a-zA-Z]./.test(a) ? a.slice(0, 2) : a;
    const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : /^-[a-zA-Z]./.test(a) ? a.slice(2).replace(/^=/, '') : args[++i];
    if (value === undefined) break;
    if (name === '-f' || name === '--values') files.push(...value.split(',').filter(Boolean));
    else if (/^--set(?:-string|-file|-json|-literal)?$/.test(name)) sets.push(...(name === '--set-json' || name === '--set-literal' ? [value.split('=')[0]!] : setPaths(value)));
    else if (name === '--post-renderer') opaque = true;
  }
  return { positional, files, sets, opaque };
}

/** A GitHub workflow's matrix words per key (`strategy.matrix.env: [staging, prod]`, `include` entries), over every job. */
function workflowMatrix(file: string, text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!/\.ya?ml$/.test(file)) return out;
  const doc = parse(file, text).docs[0]?.value;
  const jobs = isObject(doc) && isObject(doc['jobs']) ? Object.values(doc['jobs']) : [];
  const add = (k: string, v: unknown) => {
    if (typeof v !== 'string' && typeof v !== 'number') return;
    const list = out.get(k) ?? [];
    if (!list.includes(String(v))) list.push(String(v));
    out.set(k, list);
  };
  for (const job of jobs) {
    const strategy = isObject(job) ? job['strategy'] : undefined;
    const matrix = isObject(strategy) ? strategy['matrix'] : undefined;
    if (!isObject(matrix)) continue;
    for (const [k, v] of Object.entries(matrix)) {
      if (k === 'include' && Array.isArray(v)) { for (const e of v) if (isObject(e)) for (const [ik, iv] of Object.entries(e)) add(ik, iv); }
      else if (Array.isArray(v)) for (const x of v) add(k, x);
    }
  }
  return out;
}

/** helmfile releases (`helmfile.yaml`, `helmfile.d/*.yaml`): a local `chart:` with its `values:` files, inline values and `set:` entries. */
function helmfileInstalls(ctx: Ctx, file: string): void {
  const text = ctx.repo.text(file);
  if (text === undefined) return;
  const dir = dirOf(file);
  const y = parse(file, text);
  let any = false;
  y.docs.forEach((doc, d) => {
    const releases = isObject(doc.value) && Array.isArray(doc.value['releases']) ? doc.value['releases'] : [];
    releases.forEach((r, ri) => {
      if (!isObject(r) || typeof r['chart'] !== 'string' || r['installed'] === false) return;
      any = true;
      const base: YamlPath = ['releases', ri];
      const chartWord = r['chart'];
      const local = /^(?:\.{1,2}\/|\/)/.test(chartWord) || !/^[\w.-]+\/[\w.-]+$/.test(chartWord) || ctx.isChart(resolvePath(dir, chartWord) ?? '\u0000');
      const charts = local ? expand(resolvePath(dir, chartWord) ?? '\u0000', ctx.charts).filter((c) => ctx.isChart(c)) : [];
      const written: string[] = [];
      const inline: HelmInlineValues[] = [];
      let unread: string[] | null = [];
      (Array.isArray(r['values']) ? r['values'] : []).forEach((v, vi) => {
        if (typeof v === 'string') written.push(v);
        else if (isObject(v)) { inline.push({ kind: 'map', doc: d, path: [...base, 'values', vi] }); unread?.push(...leafPaths(v)); }
      });
      (Array.isArray(r['set']) ? r['set'] : []).forEach((s, si) => {
        if (isObject(s) && typeof s['name'] === 'string') unread?.push(...setPaths(s['name']));
        if (si === 0) inline.push({ kind: 'params', doc: d, path: [...base, 'set'] });
      });
      if (['secrets', 'valuesTemplate', 'setTemplate', 'postRenderer', 'strategicMergePatches', 'jsonPatches', 'transformers'].some((k) => r[k] !== undefined)) unread = null;
      const v = valuesFiles(ctx, dir, written);
      if (v.missing) unread = null;
      const what = `helmfile release '${typeof r['name'] === 'string' ? r['name'] : chartWord}'`;
      const line = lineOf(y, d, base);
      const lists = v.files.length ? v.files : [[]];
      if (!charts.length) { push(ctx, { file, line, what, chart: null, valueFiles: lists[0]!, unread, inline }); return; }
      for (const chart of charts) for (const valueFiles of lists) push(ctx, { file, line, what, chart, valueFiles, unread, inline });
    });
  });
  // A helmfile that does not parse (Go templates around its releases): its local charts are installed with what is not read.
  if (!any && y.errors.length) {
    // Lines counted on from the last match, not from the start of the text each time.
    let line = 1;
    let at = 0;
    for (const m of text.matchAll(/^[ \t]*(?:-[ \t]+)?chart:[ \t]*["']?([^\s"'#]+)/gm)) {
      for (let nl = text.indexOf('\n', at); nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1)) line++;
      at = m.index;
      const chart = resolvePath(dir, m[1]!);
      if (chart !== null && ctx.isChart(chart)) push(ctx, { file, line, what: 'helmfile release', chart, valueFiles: [], unread: null, inline: [], dev: false });
    }
  }
}

/** Argo CD Applications/ApplicationSets with a Helm source, and Flux HelmReleases. */
function objectInstalls(ctx: Ctx, file: string, text: string): void {
  const y = parse(file, text);
  y.docs.forEach((doc, d) => {
    const o = doc.value;
    if (!isObject(o) || typeof o['apiVersion'] !== 'string' || !isObject(o['spec'])) return;
    const name = isObject(o['metadata']) && typeof o['metadata']['name'] === 'string' ? o['metadata']['name'] : null;
    const spec = o['spec'];
    if (/^argoproj\.io\//.test(o['apiVersion']) && (o['kind'] === 'Application' || o['kind'] === 'ApplicationSet')) {
      const appSpecPath: YamlPath = o['kind'] === 'ApplicationSet' ? ['spec', 'template', 'spec'] : ['spec'];
      const app = o['kind'] === 'ApplicationSet' ? (isObject(spec['template']) && isObject(spec['template']['spec']) ? spec['template']['spec'] : null) : spec;
      if (!app) return;
      const sources: [YamlPath, unknown][] = isObject(app['source']) ? [[[...appSpecPath, 'source'], app['source']]] : Array.isArray(app['sources']) ? app['sources'].map((s, i) => [[...appSpecPath, 'sources', i], s]) : [];
      for (const [path, s] of sources) {
        if (!isObject(s)) continue;
        const helm = isObject(s['helm']) ? s['helm'] : null;
        // A chart from a Helm repository (`chart:`), or a folder of the Git repository (`path:`; a Helm chart when it has a Chart.yaml).
        const charts = typeof s['chart'] === 'string' || typeof s['path'] !== 'string' ? null : expand(resolvePath('', s['path']) ?? '\u0000', ctx.charts).filter((c) => ctx.isChart(c));
        // A folder that holds no chart of this repository (another repository's, a kustomize or plain-manifest folder): only its Helm values are read.
        if (!helm && (charts === null || !charts.length)) continue;
        const inline: HelmInlineValues[] = [];
        let unread: string[] | null = [];
        if (helm) {
          const hp = [...path, 'helm'];
          if (typeof helm['values'] === 'string') {
            inline.push({ kind: 'string', doc: d, path: [...hp, 'values'] });
            const inner = /\{\{/.test(helm['values']) ? null : parseYaml(file, helm['values']);
            if (!inner || inner.errors.length) unread = null;
            else unread?.push(...leafPaths(inner.docs[0]?.value));
          } else if (isObject(helm['values'])) { inline.push({ kind: 'map', doc: d, path: [...hp, 'values'] }); unread?.push(...leafPaths(helm['values'])); }
          if (isObject(helm['valuesObject'])) { inline.push({ kind: 'map', doc: d, path: [...hp, 'valuesObject'] }); unread?.push(...leafPaths(helm['valuesObject'])); }
          for (const k of ['parameters', 'fileParameters']) {
            if (!Array.isArray(helm[k])) continue;
            if (k === 'parameters') inline.push({ kind: 'params', doc: d, path: [...hp, k] });
            for (const p of helm[k]) if (isObject(p) && typeof p['name'] === 'string') unread?.push(...setPaths(p['name']));
          }
        }
        const what = `Argo CD ${o['kind']}${name ? ` '${name}'` : ''}`;
        const line = lineOf(y, d, path);
        const written: string[] = helm && Array.isArray(helm['valueFiles']) ? helm['valueFiles'].filter((f): f is string => typeof f === 'string') : [];
        if (charts === null || !charts.length) {
          // A chart from a Helm repository: the values files a `ref:` source of this repository gives it (`$values/envs/prod/pg.yaml`).
          const v = valuesFiles(ctx, '', written.filter((w) => /^\$[\w-]+\//.test(w)).map((w) => w.replace(/^\$[\w-]+\//, '')));
          for (const valueFiles of v.files.length ? v.files : [[]]) push(ctx, { file, line, what, chart: null, valueFiles, unread, inline });
          continue;
        }
        for (const chart of charts) {
          // Value files are relative to the source's path; `$values/…` to the repository a `ref: values` source names (this one).
          const rel = written.map((w) => (w.startsWith('$') ? `/${w.replace(/^\$[\w-]+\//, '')}` : w));
          const v = valuesFiles(ctx, chart, rel);
          const missing = v.missing && !(helm && helm['ignoreMissingValueFiles'] === true);
          for (const valueFiles of v.files.length ? v.files : [[]]) push(ctx, { file, line, what, chart, valueFiles, unread: missing ? null : unread, inline });
        }
      }
      return;
    }
    if (/^helm\.toolkit\.fluxcd\.io\//.test(o['apiVersion']) && o['kind'] === 'HelmRelease') {
      const chartSpec = isObject(spec['chart']) && isObject(spec['chart']['spec']) ? spec['chart']['spec'] : null;
      const source = chartSpec && isObject(chartSpec['sourceRef']) ? chartSpec['sourceRef']['kind'] : undefined;
      const chartWord = chartSpec && typeof chartSpec['chart'] === 'string' ? chartSpec['chart'] : null;
      // A chart from a GitRepository or Bucket is a path in it (this repository's, when it holds that chart).
      const local = chartWord !== null && (source === 'GitRepository' || source === 'Bucket' || (source === undefined && /^\.{0,2}\//.test(chartWord)));
      const charts = local ? expand(resolvePath('', chartWord!) ?? '\u0000', ctx.charts).filter((c) => ctx.isChart(c)) : [];
      const inline: HelmInlineValues[] = [];
      let unread: string[] | null = [];
      if (isObject(spec['values'])) { inline.push({ kind: 'map', doc: d, path: ['spec', 'values'] }); unread.push(...leafPaths(spec['values'])); }
      if (spec['valuesFrom'] !== undefined || spec['postRenderers'] !== undefined) unread = null;
      const what = `Flux HelmRelease${name ? ` '${name}'` : ''}`;
      const line = lineOf(y, d, ['spec']);
      if (!charts.length) { push(ctx, { file, line, what, chart: null, valueFiles: [], unread, inline }); return; }
      const written = [...(chartSpec && Array.isArray(chartSpec['valuesFiles']) ? chartSpec['valuesFiles'] : []), ...(chartSpec && typeof chartSpec['valuesFile'] === 'string' ? [chartSpec['valuesFile']] : [])].filter((f): f is string => typeof f === 'string');
      for (const chart of charts) {
        const v = valuesFiles(ctx, '', written);
        for (const valueFiles of v.files.length ? v.files : [[]]) push(ctx, { file, line, what, chart, valueFiles, unread: v.missing ? null : unread, inline });
      }
    }
  });
}

/** kustomize `helmCharts`: a chart in the kustomization's chart home (`charts/<name>`, `helmGlobals.chartHome`), its values files, inline values, and the kustomization's patches over it. */
function kustomizeInstalls(ctx: Ctx, file: string, text: string): void {
  const y = parse(file, text);
  const k = y.docs[0]?.value;
  if (!isObject(k) || !Array.isArray(k['helmCharts'])) return;
  const dir = dirOf(file);
  const globals = isObject(k['helmGlobals']) ? k['helmGlobals'] : {};
  const home = resolvePath(dir, typeof globals['chartHome'] === 'string' ? globals['chartHome'] : 'charts');
  const patched = ['patches', 'patchesStrategicMerge', 'patchesJson6902', 'replacements', 'components', 'transformers'].some((p) => k[p] !== undefined);
  k['helmCharts'].forEach((c, ci) => {
    if (!isObject(c) || typeof c['name'] !== 'string') return;
    const chartDir = home === null ? null : `${home ? `${home}/` : ''}${c['name']}`;
    const chart = chartDir !== null && ctx.isChart(chartDir) ? chartDir : null;
    const inline: HelmInlineValues[] = [];
    let unread: string[] | null = patched ? null : [];
    if (isObject(c['valuesInline'])) { inline.push({ kind: 'map', doc: 0, path: ['helmCharts', ci, 'valuesInline'] }); unread?.push(...leafPaths(c['valuesInline'])); }
    const written = [...(typeof c['valuesFile'] === 'string' ? [c['valuesFile']] : []), ...(Array.isArray(c['additionalValuesFiles']) ? c['additionalValuesFiles'].filter((f): f is string => typeof f === 'string') : [])];
    const v = valuesFiles(ctx, dir, written);
    if (v.missing) unread = null;
    const what = `kustomize helmCharts '${c['name']}'`;
    const line = lineOf(y, 0, ['helmCharts', ci]);
    for (const valueFiles of v.files.length ? v.files : [[]]) push(ctx, { file, line, what, chart, valueFiles, unread, inline });
  });
}

/** Bound: a `helm_release` body longer than this is not read (no release is written so). */
const MAX_RELEASE = 200_000;

/**
 * Where the HCL expression starting at `at` ends: the index of the newline or `,` that ends it, or of the bracket that closes
 * around it (`end` at most); with `close`, only that bracket (the `}` of a block body starting at `at`). Brackets balanced;
 * strings, comments and heredocs passed over.
 */
export function hclExprEnd(text: string, at: number, end: number, close = false): number {
  let depth = 0;
  for (let i = at; i < end; i++) {
    const c = text[i]!;
    if (c === '"') { const s = scanString(text, i, end); if (!s) return end; i = s.next - 1; continue; }
    if (c === '<' && text[i + 1] === '<') {
      const h = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (h) {
        const closing = new RegExp(`^[ \\t]*${h[1]}[ \\t]*\\r?$`, 'm').exec(text.slice(i + h[0].length, end));
        if (!closing) return end;
        i += h[0].length + closing.index + closing[0].length - 1;
        continue;
      }
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) { const nl = text.indexOf('\n', i); if (nl < 0 || nl >= end) return end; i = nl - 1; continue; }
    if (c === '/' && text[i + 1] === '*') { const e = text.indexOf('*/', i + 2); if (e < 0 || e >= end) return end; i = e + 1; continue; }
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') { if (depth === 0) return i; depth--; }
    else if (!close && depth === 0 && (c === '\n' || c === ',')) return i;
  }
  return end;
}

/** The items of a list written as a tuple (`[a, b]`) starting at `at`, each as its text and offset; null when no `[` opens there. */
function hclListItems(text: string, at: number, end: number): { text: string; at: number }[] | null {
  if (text[at] !== '[') return null;
  const out: { text: string; at: number }[] = [];
  for (let i = at + 1; i < end && out.length < 1000;) {
    const c = text[i]!;
    if (c === ',' || /\s/.test(c)) { i++; continue; }
    if (c === ']') return out;
    if (c === '#' || (c === '/' && text[i + 1] === '/')) { const nl = text.indexOf('\n', i); i = nl < 0 ? end : nl; continue; }
    const e = hclExprEnd(text, i, end);
    out.push({ text: text.slice(i, e).trim(), at: i });
    i = Math.max(e, i + 1);
  }
  return out;
}

/**
 * A path Terraform writes as a string (`"${path.module}/charts/web"`, `"./values/prod.yaml"`): the text between its quotes, the
 * module's and root's folders (`${path.module}`, `${path.root}`, `${path.cwd}`) read as the file's folder (`.`); any other
 * interpolation stays an expansion matched against the repository's paths. Null when it is no quoted string.
 */
function terraformPath(text: string, at: number, end: number): string | null {
  if (text[at] !== '"') return null;
  const s = scanString(text, at, end);
  if (!s) return null;
  const raw = s.value ?? text.slice(at + 1, s.next - 1);
  return raw.replace(/\$\{\s*path\.(?:module|root|cwd)\s*\}/g, '.');
}

/**
 * Terraform `helm_release` resources (`.tf`, `.tofu`): the chart (`chart`, a folder of the repository, or a chart of the
 * release's `repository`, an `oci://` or URL reference, `repo/name`), the values files its `values` list reads with `file(…)` or
 * `templatefile(…)` (relative to the file's folder, `${path.module}` read as it; else the repository root), and what it gives that
 * no values file holds: the paths its `set`, `set_list` and `set_sensitive` blocks (or the provider's newer `set = [{ … }]` lists)
 * name, with their literal values (`sets`); values written inline (`yamlencode({…})`, a heredoc), a `dynamic "set"` block, a
 * computed list, `reuse_values` or a `postrender` block cannot be listed (`unread` null).
 */
function terraformInstalls(ctx: Ctx, file: string, text: string): void {
  const dir = dirOf(file);
  for (const block of hclBlocks(text, 'resource')) {
    if (block.labels[0] !== 'helm_release' || block.end - block.start > MAX_RELEASE) continue;
    const what = `Terraform helm_release '${block.labels[1] ?? '?'}'`;
    const line = lineColumnAt(text, block.start - 1).line;
    const chartAttr = hclAttribute(text, block, 'chart');
    const chartWord = chartAttr ? terraformPath(text, chartAttr.at, block.end) : null;
    const repository = hclAttribute(text, block, 'repository');
    let unread: string[] | null = [];
    const sets: HelmSetValue[] = [];
    // `values = [file("…"), templatefile("…", {…})]`: values files; anything else in the list is values not read.
    const written: string[] = [];
    const valuesAttr = hclAttribute(text, block, 'values');
    if (valuesAttr) {
      const items = hclListItems(text, valuesAttr.at, block.end);
      if (!items) unread = null;
      for (const item of items ?? []) {
        const call = /^(?:file|templatefile)\s*\(\s*/.exec(item.text);
        const path = call ? terraformPath(text, item.at + call[0].length, block.end) : null;
        if (path === null) { unread = null; continue; }
        written.push(path);
      }
    }
    // A string value is placed at its first character, inside its quotes.
    const inside = valueStart(text);
    const setValue = (name: unknown, value: unknown, at: { line: number; column: number } | null) => {
      if (typeof name !== 'string' || !name) { unread = null; return; }
      unread?.push(...setPaths(name));
      if (at && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) sets.push({ name, value, ...at });
    };
    for (const kind of ['set', 'set_list', 'set_sensitive']) {
      for (const b of hclNestedBlocks(text, block, kind)) {
        const name = hclAttribute(text, b, 'name');
        const value = hclArgument(text, b, 'value');
        const at = value ? value.loc([]) : null;
        setValue(name?.value ?? null, value?.value, at && inside(at));
      }
      // The provider's 3.x form: `set = [{ name = "image.tag", value = "1.4.2" }]`.
      const list = hclAttribute(text, block, kind) ? hclArgument(text, block, kind) : undefined;
      if (!list) continue;
      if (!Array.isArray(list.value)) { unread = null; continue; }
      list.value.forEach((e, i) => {
        if (!isObject(e)) { unread = null; return; }
        const at = list.loc([i, 'value']);
        setValue(e['name'] === UNKNOWN ? null : e['name'], e['value'], at && inside(at));
      });
    }
    if (hclNestedBlocks(text, block, 'dynamic').some((b) => /^set/.test(b.labels[0] ?? '')) || hclNestedBlocks(text, block, 'postrender').length) unread = null;
    const reuse = hclAttribute(text, block, 'reuse_values');
    if (reuse && !/^false\b/.test(text.slice(reuse.at, reuse.at + 5))) unread = null;
    // Relative to the file's folder (Terraform runs in the root module's), else to the repository root.
    const bases = dir ? [dir, ''] : [''];
    // `templatefile("values.yaml.tftpl", {…})`: a Terraform template of values, read when it reads as YAML (terraformTemplateYaml).
    const only: PathKind = { name: 'terraform', takes: (f) => yaml(f) || (isTerraformTemplate(f) && terraformValues(ctx, f)) };
    const valuesFrom = (base: string) => valuesFiles(ctx, base, written, undefined, only);
    const v = bases.map(valuesFrom).find((x) => x.files.length) ?? valuesFrom(bases[0]!);
    const install = { file, line, what, unread: v.missing ? null : unread, inline: [], sets };
    const lists = v.files.length ? v.files : [[]];
    // A chart of a repository (`repository = …`), a registry or URL reference, or `repo/name`: its values files are still Helm values.
    const remote = chartWord === null || repository !== undefined || /^(?:oci|https?):\/\//.test(chartWord);
    const charts = remote ? [] : bases.map((base) => expand(resolvePath(base, chartWord) ?? '\u0000', ctx.charts).filter((c) => ctx.isChart(c))).find((c) => c.length) ?? [];
    if (!charts.length) { if (written.length) for (const valueFiles of lists) push(ctx, { ...install, chart: null, valueFiles }); continue; }
    for (const chart of charts) for (const valueFiles of lists) push(ctx, { ...install, chart, valueFiles });
  }
}

/** The installs of the local chart at `chart` (a folder, '' the root; a trailing `/` allowed). */
export const installsOf = (repo: HelmInstallRepo, chart: string): HelmInstall[] => {
  const dir = chart.replace(/\/$/, '');
  return helmInstalls(repo).filter((i) => i.chart === dir);
};

/**
 * A Terraform template file (`templatefile()`'s `.tftpl`, and the older `.tpl` outside a `templates/` folder, where Helm keeps its
 * `_helpers.tpl`): read as YAML by terraformTemplateYaml where it is a values file.
 */
export const isTerraformTemplate = (path: string): boolean => /\.tftpl$/i.test(path) || (/\.tpl$/i.test(path) && !/(?:^|\/)templates\//.test(path));

/** Whether a Terraform template file reads as YAML values (terraformTemplateYaml, then a mapping that parses), once per file. */
function terraformValues(ctx: Ctx, file: string): boolean {
  const known = ctx.readable.get(file);
  if (known !== undefined) return known;
  const text = ctx.repo.text(file);
  const neutral = text === undefined ? null : terraformTemplateYaml(text);
  const y = neutral === null ? null : parseYaml(file, neutral);
  const ok = y !== null && !y.errors.length && y.docs.length <= 1 && (y.docs[0] === undefined || y.docs[0].value === null || isObject(y.docs[0].value));
  ctx.readable.set(file, ok);
  return ok;
}

/**
 * The text of a Terraform template (`templatefile("values.yaml.tftpl", {…})`) as YAML to read before Terraform renders it, lines and
 * columns kept: a line made only of directives (`%{ if x ~}`, `%{ endif }`, `%{ for … }`) is set aside (both branches, and a loop's
 * body once, are read), and each interpolation is a variable reference whose value is not known (`${var.tag}` reads as
 * `${var_tag}`: unknown, never the literal text), so a literal `tag: latest` beside it is judged. Null when only rendering tells
 * the shape: a directive beside other text, an interpolation alone on its line or one spread over lines (it writes YAML
 * structure: `${indent(2, yamlencode(x))}`), a key's value that is an encoded one (`resources: ${jsonencode(r)}`), or a
 * sequence that does not close.
 */
export function terraformTemplateYaml(text: string): string | null {
  if (!text.includes('{')) return text;
  const lines = text.split('\n');
  let at = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const start = at;
    at += line.length + 1;
    if (!line.includes('{')) continue;
    let out = '';
    let last = 0;
    let directives = 0;
    let interpolations = 0;
    // Whether the line writes anything besides its sequences (`key:`, `- `, text around an interpolation).
    let literal = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if ((c === '$' || c === '%') && line[i + 1] === c && line[i + 2] === '{') { literal = true; i += 2; continue; }
      if ((c !== '$' && c !== '%') || line[i + 1] !== '{') { if (!/\s/.test(c)) literal = true; continue; }
      const close = sequenceEnd(text, start + i, start + line.length);
      if (close < 0) return null;
      const expr = text.slice(start + i + 2, close - 1);
      if (c === '%') directives++;
      else {
        // What an encoding function writes is YAML structure, not a scalar.
        if (/\b(?:yamlencode|jsonencode|indent)\s*\(/.test(expr)) return null;
        interpolations++;
        // Named by its first reference (`var.tag` → `var_tag`), padded to its length.
        const name = (/[A-Za-z_][\w.]*/.exec(expr)?.[0] ?? '').replace(/\./g, '_');
        out += `${line.slice(last, i + 2)}${(name || '_').padEnd(expr.length, '_').slice(0, Math.max(expr.length, 1))}`;
        last = close - 1 - start;
      }
      i = close - 1 - start;
    }
    if (directives) {
      if (interpolations || literal) return null;
      lines[n] = line.endsWith('\r') ? '\r' : '';
      continue;
    }
    // A line that is only interpolations writes structure only rendering tells.
    if (interpolations && !literal) return null;
    lines[n] = out + line.slice(last);
  }
  return lines.join('\n');
}
