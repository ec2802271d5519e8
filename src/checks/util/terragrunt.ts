/**
 * Terragrunt configurations (`terragrunt.hcl`) as deployments of Terraform modules: the module each deploys (its `terraform { source
 * = … }`, its own or an included configuration's) and the `inputs` it gives the module's variables (its own over those of the
 * configurations it includes: `include "root" { path = find_in_parent_folders("root.hcl") }`, the `_envcommon/<component>.hcl` of
 * Terragrunt's "keep it DRY" layout). Read by terraform-vars (a module of the repository gets its variables from the inputs) and by
 * the readers of literal settings (a remote module's inputs are its arguments, as a `module` call's are).
 */
import { basename, dirname, filesEndingIn, hasDevWord, isTemplate, isTestFile, isVendoredOrGenerated, joinPath } from '../../repo/classify.js';
import { isObject } from '../../repo/yaml.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { hclArgument, hclAttribute, hclBlocks, scanString, type HclValue } from './hcl.js';

/** Bounds: parent folders searched by `find_in_parent_folders`, includes read per configuration. */
const MAX_TG_PARENTS = 16;
const MAX_TG_INCLUDES = 8;

/** A Terragrunt configuration of the deployment: `terragrunt.hcl` (not a test fixture, template or vendored copy). */
export const isTerragruntFile = (f: string): boolean => basename(f) === 'terragrunt.hcl' && !isTemplate(f) && !isTestFile(f) && !isVendoredOrGenerated(f);

/** The `inputs` object a configuration file writes, with the file (the child's own, or an included one's). */
export interface TgInputs { file: string; text: string; value: HclValue }

/**
 * A Terragrunt configuration: the module it deploys — `local` (a path in the repository, resolved), `remote` (`git::…`, `tfr:///…`, its `ref` without quotes or query,
 * a URL: not in the repository), or null (a source Terragrunt computes, or none) —, its `inputs` (own first, then the included
 * configurations', in the order written; Terragrunt merges them, the child's winning) and `note` for a configuration of a
 * development folder (`live/dev/…`).
 */
export interface TgConfig {
  file: string; source: { kind: 'local'; dir: string } | { kind: 'remote'; ref: string } | null; inputs: TgInputs[]; note?: string;
  /** Some `inputs` (own or included) are written as an expression Terragrunt computes (`merge(local.common, {…})`): what they set is unknown. */
  computedInputs?: true;
}

const REMOTE = /^[a-z][\w+.-]*::|^[a-z][\w+.-]*:\/\//i;
const FIND_UP = /^find_in_parent_folders\(\s*(?:"([^"]+)")?\s*\)$/;

/** The repository's Terragrunt configurations (read once per view). */
export const terragruntConfigs = perView(function terragruntConfigs(snapshot: SnapshotView): TgConfig[] {
  const configs = filesEndingIn(snapshot.files, 'hcl').filter(isTerragruntFile);
  if (!configs.length) return [];
  /** `find_in_parent_folders(name)` from configuration `file`: the nearest `name` in the folders above the configuration's own (where Terragrunt starts looking). */
  const findUp = (file: string, name: string): string | null => {
    const own = dirname(file);
    let dir: string | null = own ? dirname(own) : null;
    for (let hops = 0; dir !== null && hops < MAX_TG_PARENTS; hops++) {
      const candidate = joinPath(dir, name);
      if (candidate !== null && snapshot.has(candidate)) return candidate;
      dir = dir ? dirname(dir) : null;
    }
    return null;
  };
  /**
   * A path expression as Terragrunt evaluates it in configuration `file` (functions run in the child's context, also in an included
   * file): a bare `find_in_parent_folders("x")`, or a string — relative to the child's folder, or led by `${get_repo_root()}`,
   * `${get_terragrunt_dir()}`, `${get_parent_terragrunt_dir()}` (`parentDir`), `${dirname(find_in_parent_folders("x"))}` or
   * `${find_in_parent_folders("x")}`. `remote` for a remote source; null for anything else (a local, another function).
   */
  const evalPath = (expr: string, file: string, parentDir: string | null): string | 'remote' | null => {
    // The expression without a comment after it (a string's own `//`, Terragrunt's module separator, is not one).
    const t = expr.trim();
    const str = t.startsWith('"') ? scanString(t, 0, t.length) : null;
    const e = str ? t.slice(0, str.next) : t.replace(/[ \t]*(?:(?:#|\/\/).*)?\r?$/, '');
    const bare = FIND_UP.exec(e);
    if (bare) return findUp(file, bare[1] ?? 'terragrunt.hcl');
    if (e.length < 2 || !e.startsWith('"') || !e.endsWith('"')) return null;
    let s = e.slice(1, -1).replace(/\?.*$/, '');
    if (REMOTE.test(s)) return 'remote';
    let base = dirname(file);
    const lead = /^\$\{\s*([^{}]*?)\s*\}/.exec(s);
    if (lead) {
      const fn = lead[1]!;
      const up = /^(dirname\(\s*)?find_in_parent_folders\(\s*(?:"([^"]+)")?\s*\)(\s*\))?$/.exec(fn);
      let at: string | null;
      if (fn === 'get_repo_root()') at = '';
      else if (fn === 'get_terragrunt_dir()') at = dirname(file);
      else if (/^get_parent_terragrunt_dir\(\s*(?:"[^"]*")?\s*\)$/.test(fn)) at = parentDir;
      else if (up && Boolean(up[1]) === Boolean(up[3])) {
        const found = findUp(file, up[2] ?? 'terragrunt.hcl');
        at = found === null ? null : up[1] ? dirname(found) : found;
      } else return null;
      if (at === null) return null;
      base = at;
      s = s.slice(lead[0].length);
    } else if (!/^\.\.?\//.test(s)) return null;
    if (s.includes('${')) return null;
    return joinPath(base, s);
  };
  const expression = (text: string, block: { labels: string[]; start: number; end: number }, name: string): string | null => {
    const attr = hclAttribute(text, block, name);
    if (!attr) return null;
    const nl = text.indexOf('\n', attr.at);
    return text.slice(attr.at, nl < 0 ? text.length : nl);
  };
  let computed = false;
  const inputsOf = (file: string, text: string): TgInputs[] => {
    if (!text.includes('inputs')) return [];
    const whole = { labels: [], start: 0, end: text.length };
    const value = hclArgument(text, whole, 'inputs');
    if (value && isObject(value.value)) return [{ file, text, value }];
    if (hclAttribute(text, whole, 'inputs')) computed = true;
    return [];
  };
  return configs.flatMap((file): TgConfig[] => {
    const text = snapshot.text(file);
    if (text === undefined) return [];
    // The included configurations, in the order written (each read once).
    const includes: { file: string; text: string }[] = [];
    for (const inc of hclBlocks(text, 'include').slice(0, MAX_TG_INCLUDES)) {
      const expr = expression(text, inc, 'path');
      const path = expr === null ? null : evalPath(expr, file, null);
      const incText = path === null || path === 'remote' || !snapshot.has(path) ? undefined : snapshot.text(path);
      if (incText !== undefined && path !== null && path !== 'remote' && !includes.some((i) => i.file === path)) includes.push({ file: path, text: incText });
    }
    const parentDir = includes.length ? dirname(includes[0]!.file) : null;
    // The module deployed: the child's `terraform { source }`, else an included configuration's (evaluated in the child's context).
    let source: TgConfig['source'] = null;
    for (const c of [{ file, text }, ...includes]) {
      const expr = hclBlocks(c.text, 'terraform').map((b) => expression(c.text, b, 'source')).find((v) => v !== null);
      if (expr === undefined || expr === null) continue;
      const at = evalPath(expr, file, parentDir);
      source = at === 'remote' ? { kind: 'remote', ref: expr.trim().replace(/^"|"$/g, '').replace(/\?.*$/, '') } : at === null ? null : { kind: 'local', dir: at };
      break;
    }
    computed = false;
    const inputs = [...inputsOf(file, text), ...includes.flatMap((i) => inputsOf(i.file, i.text))];
    const dev = dirname(file).split('/').some(hasDevWord);
    return [{ file, source, inputs, ...(dev ? { note: 'a Terragrunt configuration of a development environment' } : {}), ...(computed ? { computedInputs: true as const } : {}) }];
  });
});

/** A Terragrunt input of a configuration: its own value, else the first included configuration's that sets it; undefined when none does. */
export function terragruntInput(config: TgConfig, name: string): { file: string; line: number; column: number; value: unknown } | undefined {
  for (const i of config.inputs) {
    const v = (i.value.value as Record<string, unknown>)[name];
    if (v === undefined) continue;
    const loc = i.value.loc([name]);
    // A string is located at its opening quote: the value starts after it.
    return { file: i.file, line: loc?.line ?? 1, column: (loc?.column ?? 0) + (typeof v === 'string' ? 1 : 0), value: v };
  }
  return undefined;
}
