/**
 * Terraform variables and local values followed to the literal values Terraform assigns them: what a setting written
 * `key = var.name` or `key = local.name` gets. Shared by the checks that judge such settings (tls-protocols-config's TLS
 * policies, image-tag-pinned's ECS image tags), so that they read a module's callers, `.tfvars` files and `locals` alike.
 */
import { basename, dirname, filesEndingIn, isDevOnly, isTemplate, isTerraformSource, isTfvarsFile, joinPath, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { isObject } from '../../repo/yaml.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { hclArgument, hclAttribute, hclBlocks, type HclBlock } from './hcl.js';
import { terragruntConfigs, terragruntInput, type TgConfig } from './terragrunt.js';
import { lineColumnAt } from './text.js';

/** A Terraform file of the deployment (not a test fixture, template or vendored module copy). */
export const isTerraformFile = (f: string): boolean => isTerraformSource(f) && !isTemplate(f) && !isTestFile(f) && !isVendoredOrGenerated(f);
/**
 * A reference a setting takes its value from: a variable of its module (`var.ssl_policy`), or a local value of its module
 * (`local.alb_ssl_policy`, an attribute of a local object too: `local.tls.alb_policy`). Group 1: `var` or `local`; group 2: the name (path).
 */
export const TF_REF = '(var|local)\\.([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*){0,3})';
/** A value that passes a variable or a local of its module through (`ssl_policy = var.ssl_policy`, `policy = local.tls`), after its `=`. */
const TF_VAR_REF = new RegExp(`^${TF_REF}[ \\t]*,?[ \\t]*(?:(?:#|\\/\\/).*)?\\r?$`);
/** A reference as read: a variable (`var.x`: its name; a path is not followed) or a local value (`local.x.y`: the path). */
export const tfRef = (kind: string, name: string): { ref: 'var' | 'local'; name: string } | null => (kind === 'local' ? { ref: 'local', name } : name.includes('.') ? null : { ref: 'var', name });
/** The note of a value a development-only file sets (`environments/dev/terraform.tfvars`, `module "app"` in `environments/dev/main.tf`). */
export const TF_DEV_NOTE = 'development-only file';
/**
 * A value as a development environment sets it: a note (unless it has one) when it or a file on its way to the setting is
 * development-only (isDevOnly: `environments/dev/`, `envs/local/`, `dev.tfvars`) — a literal or variable file there, a module call
 * there that passes it or leaves the module's default: that environment's, not production's (as a Terragrunt configuration of a
 * development folder gives a note).
 */
const viaDev = (r: TfReach, via: string): TfReach => (r.note || !(isDevOnly(r.file) || isDevOnly(via)) ? r : { ...r, note: isDevOnly(r.file) ? TF_DEV_NOTE : `${via} is a ${TF_DEV_NOTE}` });
/** Bound: locals followed from one to another (`local.a` whose value is `local.b`…). */
const MAX_LOCAL_HOPS = 3;
/** Bound: module calls followed up from a module to the root that sets its variable. */
const MAX_TF_DEPTH = 8;

/** A variable file Terraform loads by itself from the folder it runs in: `terraform.tfvars(.json)`, `*.auto.tfvars(.json)`. */
const isAutoVarFile = (f: string): boolean => /^(?:terraform|.+\.auto)\.tfvars(?:\.json)?$/i.test(basename(f));
/** A variable file named for production by its name or folder below the root (`prod.tfvars`, `environments/production.tfvars`, `prd/app.tfvars`). */
const isProductionVarFile = (f: string, root: string): boolean => f.slice(root ? root.length + 1 : 0).replace(/\.tfvars(?:\.json)?$/i, '').split(/[-_./]/).some((w) => /^(?:prod|production|prd)$/i.test(w));

/**
 * Where a value that reaches a setting is written (inside its quotes), what it is (null: not a literal string) and how it reaches
 * it, for a message (`how`), and what to change (`set`); `note`: why it does not decide for production (a variable file for another
 * environment, a value a production variable file overrides, a value a development-only file sets or passes: viaDev); `arg`: the
 * argument of a `module` call of the repository that sets it as a literal (a reader that judges such arguments where they are
 * written may already have).
 */
export interface TfReach { file: string; line: number; column: number; value: string | null; how: string; set: string; note?: string; arg?: string }
/** What reaches a variable or a local value; `unresolved` when some way it is set has no literal value in the repository. */
export interface TfResolved { reaches: TfReach[]; unresolved: boolean }

export interface TerraformVariables {
  /** The repository's Terraform files (isTerraformFile). */
  files: readonly string[];
  /** The repository folder a `module` call's relative `source` names, when it holds Terraform files: the module is read there. */
  localModule(file: string, text: string, block: HclBlock): string | null;
  /**
   * What reaches variable `name` of the module in folder `dir`, as Terraform assigns it:
   * - a module some `module` block of the repository calls (its relative `source` is that folder): each call's argument — a literal,
   *   the caller's own variable or local followed up the same way — or, when the call does not set it, the variable's literal `default`;
   * - a root module (no call): a `.tfvars` file Terraform loads by itself in that folder (`terraform.tfvars`, `*.auto.tfvars`, the last
   *   in Terraform's order winning) or else the literal `default`; and each named variable file passed with `-var-file` that sets it
   *   (a `.tfvars` file in that folder or a folder below it without Terraform files of its own, `environments/prod.tfvars`): one named
   *   for production decides for production (the value it overrides is then a note), one for another environment is a note.
   * A `.tfvars` file sets only root variables: it never hides a module's default that the root does not pass.
   */
  variable(dir: string, name: string): TfResolved;
  /**
   * What reaches local value `path` of the module in folder `dir` (its name, or `name.key…` for an attribute of a local object),
   * declared in a `locals` block of any file of the folder: the literal string it is written as; or, when it names a variable or
   * another local, what reaches that (MAX_LOCAL_HOPS locals deep).
   */
  local(dir: string, path: string): TfResolved;
}

/** The Terraform variable and local resolver of a view (read once, files parsed as asked). */
export const terraformVariables = perView(function terraformVariables(snapshot: SnapshotView): TerraformVariables {
  const files = filesEndingIn(snapshot.files, 'tf', 'tofu').filter(isTerraformFile);
  const tfDirs = new Set(files.map(dirname));
  const localModule = (file: string, text: string, block: HclBlock): string | null => {
    const src = hclAttribute(text, block, 'source')?.value;
    const dir = src && /^\.\.?\//.test(src) ? joinPath(dirname(file), src) : null;
    return dir !== null && tfDirs.has(dir) ? dir : null;
  };
  let callersMemo: { dir: string; file: string; text: string; block: HclBlock }[] | undefined;
  let varFilesMemo: Map<string, { file: string; auto: boolean }[]> | undefined;
  const callersOf = () => (callersMemo ??= files.flatMap((file) => {
    const text = snapshot.text(file);
    return text === undefined ? [] : hclBlocks(text, 'module').flatMap((block) => {
      const src = hclAttribute(text, block, 'source')?.value;
      const target = src && /^\.\.?\//.test(src) ? joinPath(dirname(file), src) : null;
      return target === null ? [] : [{ dir: target, file, text, block }];
    });
  }));
  // Variable files by the root module they set: their own folder when it has Terraform files, else the nearest such folder above.
  const varFilesOf = () => {
    if (varFilesMemo) return varFilesMemo;
    const varFiles = new Map<string, { file: string; auto: boolean }[]>();
    for (const f of filesEndingIn(snapshot.files, 'tfvars', 'json')) {
      if (!isTfvarsFile(f) || isTestFile(f) || isTemplate(f) || isVendoredOrGenerated(f)) continue;
      let root: string | null = dirname(f);
      while (root !== null && !tfDirs.has(root)) root = root ? dirname(root) : null;
      if (root === null) continue;
      const list = varFiles.get(root) ?? [];
      list.push({ file: f, auto: root === dirname(f) && isAutoVarFile(f) });
      varFiles.set(root, list);
    }
    return (varFilesMemo = varFiles);
  };
  /** A value's place (`offset`: where it starts), inside its quotes: where the other Terraform readers place a value. */
  const at = (text: string, offset: number) => lineColumnAt(text, text[offset] === '"' ? offset + 1 : offset);
  /** What a variable file sets the variable to, at the value; undefined when it does not set it. */
  const varFileValue = (file: string, name: string): Omit<TfReach, 'how'> | undefined => {
    if (/\.json$/i.test(file)) {
      const j = snapshot.json(file);
      if (!j || !isObject(j.value) || !(name in j.value)) return undefined;
      const v = j.value[name];
      const loc = j.loc([name]) ?? j.loc([name], true) ?? { line: 1, column: 1 };
      // The reader locates a string at its opening quote: the value starts after it.
      if (typeof v === 'string' && snapshot.lines(file)?.[loc.line - 1]?.[loc.column - 1] === '"') loc.column++;
      return { file, ...loc, value: typeof v === 'string' ? v : null, set: `\`"${name}": "…"\` in ${file}` };
    }
    const text = snapshot.text(file);
    const attr = text === undefined ? undefined : hclAttribute(text, { labels: [], start: 0, end: text.length }, name);
    return attr && text !== undefined ? { file, ...at(text, attr.at), value: attr.value, set: `\`${name} = "…"\` in ${file}` } : undefined;
  };
  const declaration = (dir: string, name: string): TfReach | null | undefined => {
    for (const f of files) {
      if (dirname(f) !== dir) continue;
      const text = snapshot.text(f);
      const block = text === undefined ? undefined : hclBlocks(text, 'variable').find((b) => b.labels[0] === name);
      if (!block || text === undefined) continue;
      const d = hclAttribute(text, block, 'default');
      return d?.value != null ? { file: f, ...at(text, d.at), value: d.value, how: `the default of variable "${name}"`, set: `the \`default = "…"\` of variable "${name}"` } : null;
    }
    return undefined;
  };
  /** The text of a line from `offset` (a value's start) to its end. */
  const restOfLine = (text: string, offset: number) => text.slice(offset, text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset));
  /** The `locals` blocks of the Terraform files of a folder (a module's locals may be declared in any of its files). */
  const localsByDir = new Map<string, { file: string; text: string; block: HclBlock }[]>();
  const localBlocks = (dir: string) => {
    let list = localsByDir.get(dir);
    if (!list) {
      list = files.filter((f) => dirname(f) === dir).flatMap((file) => {
        const text = snapshot.text(file);
        return text === undefined ? [] : hclBlocks(text, 'locals').map((block) => ({ file, text, block }));
      });
      localsByDir.set(dir, list);
    }
    return list;
  };
  /**
   * What reaches a local value of a module (`path`: its name, or `name.key…` for an attribute of a local object): the literal
   * string it is written as, at the value; or, when it names a variable or another local (`policy = var.ssl_policy`,
   * `policy = local.defaults.policy`), what reaches that, followed MAX_LOCAL_HOPS locals deep. Anything else (a call, an
   * interpolation, a conditional) is not a literal: unresolved.
   */
  const resolveLocal = (dir: string, path: string, depth: number, hops: number): { reaches: TfReach[]; unresolved: boolean } => {
    const none = { reaches: [] as TfReach[], unresolved: true };
    const [name, ...keys] = path.split('.') as [string, ...string[]];
    for (const { file, text, block } of localBlocks(dir)) {
      const attr = hclAttribute(text, block, name);
      if (!attr) continue;
      if (keys.length) {
        // An attribute of a local object (`locals { tls = { alb = "…" } }`, `local.tls.alb`): a literal string at that key.
        const arg = hclArgument(text, block, name);
        let v: unknown = arg?.value;
        for (const k of keys) v = isObject(v) ? v[k] : undefined;
        const loc = typeof v === 'string' ? arg!.loc(keys) : null;
        return loc ? { reaches: [viaDev({ file, line: loc.line, column: loc.column + 1, value: v as string, how: `the value of local "${path}"`, set: `\`${keys.at(-1)!} = "…"\` in local "${name}" (${file})` }, file)], unresolved: false } : none;
      }
      if (attr.value !== null) return { reaches: [viaDev({ file, ...at(text, attr.at), value: attr.value, how: `the value of local "${name}"`, set: `\`${name} = "…"\` in the locals of ${file}` }, file)], unresolved: false };
      const m = TF_VAR_REF.exec(restOfLine(text, attr.at));
      const next = m ? tfRef(m[1]!, m[2]!) : null;
      if (!next || (next.ref === 'local' && hops >= MAX_LOCAL_HOPS)) return none;
      const up = next.ref === 'local' ? resolveLocal(dir, next.name, depth, hops + 1) : resolve(dir, next.name, depth);
      return { reaches: up.reaches.map((r) => viaDev({ ...r, how: `${r.how}, through local "${name}"` }, file)), unresolved: up.unresolved };
    }
    return none;
  };
  const resolve = (dir: string, name: string, depth: number): { reaches: TfReach[]; unresolved: boolean } => {
    const res = { reaches: [] as TfReach[], unresolved: false };
    const dflt = declaration(dir, name);
    const calls = callersOf().filter((c) => c.dir === dir);
    const tgCalls = terragruntConfigs(snapshot).filter((c) => c.source?.kind === 'local' && c.source.dir === dir);
    if (calls.length || tgCalls.length) {
      // A Terragrunt input: the configuration's own, else an included one's (null when Terragrunt computes it).
      const tgInput = (c: TgConfig) => {
        const i = terragruntInput(c, name);
        return i && { ...i, value: typeof i.value === 'string' ? i.value : null };
      };
      const passing = [...calls.filter((c) => hclAttribute(c.text, c.block, name) !== undefined), ...tgCalls.filter((c) => tgInput(c) !== undefined)];
      for (const c of tgCalls) {
        const input = tgInput(c);
        const note = c.note ? { note: c.note } : {};
        // Inputs Terragrunt computes (`merge(…)`) may set it: unknown, not the default.
        if (!input && c.computedInputs) { res.unresolved = true; continue; }
        if (!input) {
          if (dflt) res.reaches.push(viaDev({ ...dflt, how: passing.length ? `${dflt.how}, which ${c.file} does not set` : dflt.how, ...note }, c.file));
          else if (dflt === null) res.unresolved = true;
          continue;
        }
        if (input.value === null) { res.unresolved = true; continue; }
        const how = `the Terragrunt input ${name}${input.file === c.file ? '' : ` of ${input.file}`} that ${c.file} passes`;
        res.reaches.push(viaDev({ ...input, how, set: `\`${name} = "…"\` in the \`inputs\` of ${input.file}`, ...note }, c.file));
      }
      for (const c of calls) {
        const label = `module "${c.block.labels[0] ?? '?'}"`;
        const arg = hclAttribute(c.text, c.block, name);
        if (!arg) {
          // The call leaves the variable to its default (without one Terraform refuses the call: nothing deploys).
          if (dflt) res.reaches.push(viaDev({ ...dflt, how: passing.length ? `${dflt.how}, which ${label} in ${c.file} does not set` : dflt.how }, c.file));
          else if (dflt === null) res.unresolved = true;
          continue;
        }
        if (arg.value !== null) {
          res.reaches.push(viaDev({ file: c.file, ...at(c.text, arg.at), value: arg.value, how: `${label} argument ${name}`, set: `\`${name} = "…"\` in ${label}`, arg: name }, c.file));
          continue;
        }
        // The caller's own variable or local value, followed up the same way.
        const m = TF_VAR_REF.exec(restOfLine(c.text, arg.at));
        const ref = m ? tfRef(m[1]!, m[2]!) : null;
        if (!ref || depth >= MAX_TF_DEPTH) { res.unresolved = true; continue; }
        const up = ref.ref === 'local' ? resolveLocal(dirname(c.file), ref.name, depth + 1, 0) : resolve(dirname(c.file), ref.name, depth + 1);
        res.reaches.push(...up.reaches.map((r) => viaDev(r, c.file)));
        res.unresolved ||= up.unresolved;
      }
      return res;
    }
    // A root module: what Terraform loads by itself (the last in its order wins), then the files passed with `-var-file`.
    const own = varFilesOf().get(dir) ?? [];
    const autoOrder = (f: string) => (/^terraform\.tfvars$/i.test(basename(f)) ? 0 : /^terraform\.tfvars\.json$/i.test(basename(f)) ? 1 : 2);
    const auto = own.filter((v) => v.auto).sort((a, b) => autoOrder(a.file) - autoOrder(b.file) || (basename(a.file) < basename(b.file) ? -1 : 1))
      .map((v) => varFileValue(v.file, name)).filter((v): v is Omit<TfReach, 'how'> => v !== undefined).at(-1);
    const named = own.filter((v) => !v.auto).flatMap((v) => { const r = varFileValue(v.file, name); return r ? [{ ...r, prod: isProductionVarFile(v.file, dir) }] : []; });
    const prod = named.find((n) => n.prod);
    const base: TfReach | null | undefined = auto ? { ...auto, how: `variable "${name}" as ${auto.file} sets it` } : dflt && (named.length ? { ...dflt, how: `${dflt.how} (what applies when no -var-file sets it)` } : dflt);
    if (base) res.reaches.push(viaDev(prod ? { ...base, note: `${prod.file}, passed with -var-file, sets it for production` } : base, base.file));
    for (const n of named) res.reaches.push(viaDev({ ...n, how: `variable "${name}" as ${n.file} sets it (passed with -var-file)`, ...(n.prod ? {} : { note: 'a variable file for an environment not named production' }) }, n.file));
    if (!base && !named.length) res.unresolved = true;
    return res;
  };
  return { files, localModule, variable: (dir, name) => resolve(dir, name, 0), local: (dir, path) => resolveLocal(dir, path, 0, 0) };
});

/**
 * Whether the repository deploys its Terraform modules with Terragrunt (a `terragrunt.hcl`): its `inputs` set the modules'
 * variables, read only where its `source` is a folder of the repository, so a variable with no literal value read may still have one.
 */
export const hasTerragrunt = (snapshot: SnapshotView): boolean => filesEndingIn(snapshot.files, 'hcl').some((f) => basename(f) === 'terragrunt.hcl');

/** Bound: the combinations of values a template's interpolations are read with. */
const MAX_TEMPLATE_VARIANTS = 16;

/** One way Terraform may render a template: its `${TF_n}` variables' values (null: not known), and the values used, with how each reaches it. */
export interface TfTemplateVariant { vars: Map<string, string | null>; used: { expr: string; reach: TfReach }[]; note?: string }

/**
 * A template string of a Terraform file (HclValue.template, `acme/api:${var.image_tag}`) as a reference with each interpolation
 * written `${TF_0}`, `${TF_1}`… (`acme/api:${TF_0}`), and the ways Terraform may render it: an interpolation that names a variable
 * or a local value of the file's module (`var.image_tag`, `local.tag`) takes each literal value that reaches it (terraformVariables),
 * anything else (`aws_ecr_repository.app.repository_url`, `each.key`, a call) is a value Terraform computes (null). The variants
 * without a note come first (what deploys; an interpolation only noted values reach takes them there, the variant noted), then
 * those using a value with a note (another environment's variable file, a development environment's…), each once, at most
 * MAX_TEMPLATE_VARIANTS; `unknown` names the interpolations no literal value reaches. Null when the template holds a directive or
 * its literal text a `$`.
 */
export function terraformTemplate(snapshot: SnapshotView, file: string, parts: readonly ({ text: string } | { expr: string })[]): { ref: string; variants: TfTemplateVariant[]; unknown: string[] } | null {
  let ref = '';
  const exprs: string[] = [];
  for (const p of parts) {
    if ('text' in p) { if (p.text.includes('$')) return null; ref += p.text; } else { ref += `\${TF_${exprs.length}}`; exprs.push(p.expr); }
  }
  const tf = terraformVariables(snapshot);
  const unknown: string[] = [];
  const options = exprs.map((expr) => {
    const m = new RegExp(`^${TF_REF}$`).exec(expr);
    const r = m ? tfRef(m[1]!, m[2]!) : null;
    const reaches = r ? (r.ref === 'local' ? tf.local(dirname(file), r.name) : tf.variable(dirname(file), r.name)).reaches.filter((x) => x.value !== null) : [];
    if (!reaches.length) unknown.push(`${expr} ${!r ? 'is a value Terraform computes' : hasTerragrunt(snapshot) ? 'has no literal value in the Terraform, .tfvars or terragrunt.hcl files (a Terragrunt configuration whose `source` is not a folder of the repository is not read)' : 'has no literal value in the repository'}`);
    return { expr, reaches };
  });
  const variants = (withNotes: boolean): TfTemplateVariant[] => {
    let out: TfTemplateVariant[] = [{ vars: new Map(), used: [] }];
    options.forEach((o, i) => {
      // What deploys: the values without a note, else (only a development environment or another environment's file sets it)
      // those with one, the variant taking its note — not a value no file gives.
      const plain = o.reaches.filter((r) => !r.note);
      const choices = withNotes || !plain.length ? o.reaches : plain;
      out = out.flatMap((v) => (choices.length ? choices : [null]).map((r): TfTemplateVariant => {
        const note = v.note ?? r?.note;
        return { vars: new Map(v.vars).set(`TF_${i}`, r?.value ?? null), used: r ? [...v.used, { expr: o.expr, reach: r }] : v.used, ...(note ? { note } : {}) };
      })).slice(0, MAX_TEMPLATE_VARIANTS);
    });
    return out;
  };
  // Each rendering once (a variant of noted values may be both what deploys and one with a note).
  const key = (v: TfTemplateVariant) => v.used.map((u) => `${u.expr}\u0000${u.reach.file}:${u.reach.line}:${u.reach.column}`).join('\u0000');
  const all = [...variants(false), ...variants(true).filter((v) => v.note)];
  const seen = new Set<string>();
  const once = all.filter((v) => { const k = key(v); if (seen.has(k)) return false; seen.add(k); return true; });
  return { ref, variants: once.slice(0, MAX_TEMPLATE_VARIANTS), unknown };
}
