import { z } from 'zod';
import { optionEntry } from './util/option-entry.js';
import { defineCheck } from './define.js';
import { basename, dirname, ENV_TEMPLATE_SUFFIX, isEnvFile, isRenderedElsewhere, isRenderedEnvTemplate, isTemplate, isVendored, isYamlFile } from '../repo/classify.js';
import { isSymfonyEnvFile, sealedEnvFile } from './env-file-committed.js';
import { gitignore, gitIgnores } from '../repo/files.js';
import type { SnapshotView } from '../repo/snapshot.js';

/** Env templates' suffixes: copied by hand (`.env.production.example`) or rendered at deploy time (`.env.production.j2`, `.tmpl`); the real name is before it. */
const TEMPLATE_SUFFIX = ENV_TEMPLATE_SUFFIX;
/**
 * The templates a finding with no .gitignore to name is shown on (before a real env file of that folder): those of
 * before stop 36, which widened {@link ENV_TEMPLATE_SUFFIX} (`.tftpl`, `.njk`…). Kept as they were so the finding's
 * file, and its fingerprint in a baseline, does not move to a template added beside a real `.env`.
 */
const ANCHOR_TEMPLATE_SUFFIX = /\.(example|sample|template|tpl|dist|tmpl|j2|jinja2?|erb|in|hbs|mustache)$/i;
/** An env template whose real name is what it ends with before its suffix. */
const isEnvTemplate = (f: string) => (isTemplate(f) || isRenderedEnvTemplate(f)) && TEMPLATE_SUFFIX.test(f);
/** What dotenv-vault writes to commit (its ciphertext, its project identifier) and re-includes in the .gitignore it generates. */
const DOTENV_VAULT_FILES = new Set(['.env.vault', '.env.project']);
/** The files holding the keys of encrypted env files: dotenvx's and dotenv-vault's `.env.keys`, dotenv-vault's `.env.me` credential. */
const KEY_FILES = new Set(['.env.keys', '.env.me']);

/**
 * A name the `names` option accepts: an env file name (`.env.local`, `prod.env`) or a path to one below the
 * scanned folder (`backend/.env.local`) — no glob, no `..`, no leading `/`, not a template.
 */
function envName(name: string): boolean {
  if (!name || /[*?[\]\\\s]/.test(name) || name.startsWith('/') || name.endsWith('/')) return false;
  if (name.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) return false;
  return isEnvFile(name) && !isTemplate(name) && !isRenderedEnvTemplate(name);
}

/**
 * The rules to add for the paths a .gitignore misses, rules that do match them: `.env` and `.env.*` for dotenv names,
 * `*.env` for `<name>.env` files (`docker.env`, `plausible-conf.env`; it matches `.env` too, and no `.env.example`).
 */
function rules(paths: readonly string[]): string {
  // A name whose `.env` part is not lower case (`.ENV`, `.Env.Production`, `DB.ENV`): git on Linux matches rules case-sensitively,
  // so neither `.env` nor `*.env` ignores it; that very name does.
  const cased = [...new Set(paths.map(basename).filter(casedEnvName))].sort().map((b) => `'${b}'`);
  const bases = paths.map(basename).filter((b) => !casedEnvName(b));
  if (!bases.length) return `${cased.join(' and ')} (git matches ignore rules case-sensitively)`;
  if (cased.length) return `${rulesFor(bases)}, and ${cased.join(' and ')} (git matches ignore rules case-sensitively)`;
  return rulesFor(bases);
}
/** An env file name whose `.env` part is spelled in another case than `.env`'s. */
function casedEnvName(b: string): boolean {
  const l = b.toLowerCase();
  return l.startsWith('.env') ? !b.startsWith('.env') : l.endsWith('.env') && !b.endsWith('.env');
}
function rulesFor(bases: readonly string[]): string {
  // The keys of encrypted env files (dotenvx's `.env.keys`, dotenv-vault's `.env.me`): those very names (`.env.*` would also
  // ignore the encrypted `.env.production` committed beside them).
  if (bases.every((b) => KEY_FILES.has(b))) return [...new Set(bases)].sort().map((b) => `'${b}'`).join(' and ');
  const named = bases.some((b) => !b.startsWith('.env'));
  const dotted = bases.some((b) => b.startsWith('.env.'));
  if (!named) return "'.env' and '.env.*' (with '!.env.example')";
  return dotted ? "'*.env' and '.env.*' (with '!.env.example')" : "'*.env' (it matches '.env' too)";
}

/** An Ansible `template` task's key (`template:`, `ansible.builtin.template:`, `win_template:`) and what follows it on its line. */
const TEMPLATE_TASK = /^(\s*)(?:-\s+)?((?:[\w]+\.[\w]+\.)?(?:win_)?template):[ \t]*(.*)$/;
/**
 * A `dest` on the managed host: an absolute path (`/srv/app/.env`, `~/app/.env`, `C:\app\.env`) or one a variable starts
 * (`{{ app_dir }}/.env`), except the controller's own folders in the repository (`{{ playbook_dir }}`, `{{ role_path }}`,
 * `{{ inventory_dir }}`).
 */
const REMOTE_DEST = /^(?:\/|~|[A-Za-z]:[\\/]|\{\{(?!-?\s*(?:playbook_dir|role_path|inventory_dir)\b))/;
const unquote = (v: string) => v.trim().replace(/\s+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2').trim();

/**
 * The repository paths of the templates an Ansible `template` task renders on the managed host (its `dest` {@link REMOTE_DEST}),
 * in both forms: `src:`/`dest:` keys directly below the module's key, or `src=… dest=…` on its line. Only YAML files that read
 * as Ansible plays or task lists (a top-level list, no Kubernetes `apiVersion`/`kind`) are asked; `src` is resolved as Ansible
 * looks for it: the role's `templates/` and folder (a task file under `roles/<r>/tasks/`), the task file's folder and its
 * `templates/` (a playbook's). A `src` a variable writes (`{{ name }}.env.j2`) is not resolved.
 */
function remoteTemplates(snapshot: SnapshotView): Set<string> {
  const out = new Set<string>();
  for (const f of snapshot.files) {
    if (!isYamlFile(f)) continue;
    const text = snapshot.text(f);
    if (!text || !/template/.test(text) || !/\bdest\b/.test(text)) continue;
    // A play or a task file is a list at its top; a Kubernetes manifest's `template:` (a pod template) is no task.
    if (!/^-[ \t]/m.test(text) || (/^apiVersion:/m.test(text) && /^kind:/m.test(text))) continue;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const m = TEMPLATE_TASK.exec(lines[i]!);
      if (!m) continue;
      let src: string | undefined;
      let dest: string | undefined;
      const rest = m[3]!.replace(/(?:^|\s)#.*$/, '').trim();
      if (rest) {
        src = /(?:^|\s)src=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(rest)?.slice(1).find((v) => v !== undefined);
        dest = /(?:^|\s)dest=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(rest)?.slice(1).find((v) => v !== undefined);
      } else {
        // The module's arguments: its direct children (the first line indented deeper than its key sets their indent).
        const keyIndent = lines[i]!.indexOf(m[2]!);
        let childIndent = -1;
        for (let j = i + 1; j < lines.length; j++) {
          const l = lines[j]!;
          if (!l.trim() || /^\s*#/.test(l)) continue;
          const indent = l.length - l.trimStart().length;
          if (indent <= keyIndent) break;
          if (childIndent < 0) childIndent = indent;
          if (indent !== childIndent) continue;
          const kv = /^\s*(src|dest):\s*(.*)$/.exec(l);
          if (kv?.[1] === 'src') src = unquote(kv[2]!);
          else if (kv?.[1] === 'dest') dest = unquote(kv[2]!);
        }
      }
      if (!src || !dest || !REMOTE_DEST.test(dest) || /\{\{|\{%/.test(src)) continue;
      const dir = dirname(f);
      const role = /^(.*?)(?:^|\/)(?:tasks|handlers)(?:\/|$)/.exec(dir);
      const roleDir = role && /(?:^|\/)roles\/[^/]+$/.test(role[1]!) ? role[1]! : null;
      const bases = roleDir !== null ? [`${roleDir}/templates`, roleDir, dir] : [dir === '.' ? '' : dir].flatMap((d) => [d ? `${d}/templates` : 'templates', d]);
      for (const b of bases) out.add(normalize(b ? `${b}/${src}` : src));
    }
  }
  return out;
}
/** A relative path with `.` and `..` segments resolved (`deploy/../templates/.env.j2` → `templates/.env.j2`). */
function normalize(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') out.pop(); else out.push(seg);
  }
  return out.join('/');
}

/**
 * A rule of a `.gitignore` that keeps a path from being ignored: a negation re-including it by name (`!.env`, `!.env.*`), a
 * negation re-including it with more than env files (an allow-list's `!/src/`, `!/apps/**`), or a folder-only pattern (`.env/`).
 */
interface Cause { file: string; line: number; rule: string; kind: 'negation' | 'reinclude' | 'folder-only' }

/**
 * Whether a negated pattern (without its `!`) re-includes `sub` by its name: its last segment names the file with something
 * besides wildcards (`.env`, `.env.*`, `*.env`, `apps/**\/.env`), and no folder above it (`/src/`, `*`). An allow-list's
 * `!/src/`, `!*\/`, `!/apps/**` re-include a tree: removing them would stop tracking it.
 */
function namesFile(pattern: string, sub: string): boolean {
  const parts = sub.split('/');
  const last = pattern.replace(/^\//, '').replace(/\/$/, '').split('/').pop() ?? '';
  if (!/[^*?[\]\\]/.test(last.replace(/\[[^\]]*\]/g, '')) || !gitignore().add(last).ignores(parts[parts.length - 1]!)) return false;
  const ig = gitignore().add(pattern);
  for (let k = 1; k < parts.length; k++) if (ig.ignores(`${parts.slice(0, k).join('/')}/`)) return false;
  return true;
}

/**
 * Why `.gitignore` rules leave `path` unignored when one rule is the reason: a negation (`!.env`, `!.env.production`)
 * without which it would be ignored, or a pattern written for folders only (`.env/`) that would ignore it without its
 * trailing slash. Each candidate line is first tried alone against the path, then the whole rule set is judged again
 * with that one line removed (or its slash dropped), as git would. Null when no single rule explains it.
 */
function causeOf(snapshot: SnapshotView, path: string): Cause | null {
  const files = snapshot.gitignoreFiles();
  const texts = files.map((f) => (snapshot.utf16(f) ? '' : snapshot.text(f) ?? ''));
  // The deepest .gitignore first, its last line first: the rule git met last.
  for (let i = files.length - 1; i >= 0; i--) {
    const dir = dirname(files[i]!);
    if (dir && !path.startsWith(`${dir}/`)) continue;
    const sub = dir ? path.slice(dir.length + 1) : path;
    const lines = texts[i]!.split('\n');
    for (let n = lines.length - 1; n >= 0; n--) {
      const raw = lines[n]!.replace(/\r$/, '');
      const rule = raw.replace(/(?<!\\)\s+$/, '');
      let variant: string | null = null;
      let kind: Cause['kind'];
      if (rule.startsWith('!') && rule.length > 1) {
        if (!gitignore().add(rule.slice(1)).ignores(sub)) continue;
        variant = '';
        kind = namesFile(rule.slice(1), sub) ? 'negation' : 'reinclude';
      } else if (!rule.startsWith('#') && /[^/]\/$/.test(rule)) {
        const file = rule.slice(0, -1);
        if (!gitignore().add(file).ignores(sub)) continue;
        variant = file;
        kind = 'folder-only';
      } else continue;
      const changed = [...lines];
      changed[n] = variant;
      const rules = files.map((f, k) => ({ dir: dirname(f), ig: gitignore().add(k === i ? changed.join('\n') : texts[k]!) }));
      if (gitIgnores(rules, path)) return { file: files[i]!, line: n + 1, rule, kind };
    }
  }
  return null;
}

/** `.gitignore` rules must ignore `.env` where env files live. */
export const envFileNotIgnored = defineCheck({
  id: 'env-file-not-ignored',
  title: '.env files are git-ignored',
  severity: 'medium',
  description: '.gitignore rules do not ignore .env (or the env files named by `names`) at the repository root or next to an env file or template.',
  match: [
    {
      // ".env is listed in .gitignore", ".gitignore includes .env", "Ensure .env is gitignored". The env files
      // the item names other than `.env` (".env.local files are in .gitignore") become the option `names`.
      // Env files named by kind count as `.env` does: "Ensure dotenv files are gitignored", "Git ignores environment
      // files (`.env*`)", "`.gitignore` covers local env files" (not `.dockerignore`, not "env vars").
      pattern: /\.env\b[^;]*\.?git-?ignored?\b|\.?gitignore\b[^;]*\.env\b|\b(?:dotenv|env(?:ironment)?) files?\b[^;]*\.?git-?ignored?\b|(?:\.?gitignore\b|\bgit ignores\b)[^;]*\b(?:dotenv|env(?:ironment)?) files?\b/,
      // Negated ("`.env` is not in `.gitignore` because Render reads it", "`.env` no está en `.gitignore`", "`.env` não está
      // no `.gitignore`", ".gitignore does not list .env"): the opposite promise, or a question, not the rule. Portuguese
      // "no"/"na" is "in the" after a verb, or between the file and `.gitignore` ("`.env` está no `.gitignore`", "incluído
      // no", "Adicionar `.env` no `.gitignore`"; Spanish "`.env` no está en…" stays a negation): no negation.
      unless: /\b(?:not|never|isn't|aren't|(?<!\b(?:está|esta|estão|estao|estar|fica|ficam|ficar|consta|constam|constar|incluíd[oa]s?|incluid[oa]s?|incluir|adicionad[oa]s?|adicionar|listad[oa]s?|listar|presentes?|colocad[oa]s?|colocar|registrad[oa]s?|registrar|declarad[oa]s?|declarar|inserid[oa]s?|inserir|mencionad[oa]s?|ignorad[oa]s?|mantid[oa]s?|manter|sempre|só|apenas|também|arquivos?|ficheiros?) )(?<!\.env[\w.*-]* )no|(?<=\.env[\w.*-]* )no(?!\s+\.?git-?ignored?\b)|nicht|pas|não|nao|nunca)\s+(?:(?:be|been|yet|listed|included|present|added|put|kept|ignored|está|esta|estan|están|estão|estao|ist|sind|est|in|en|to|into|dans|im|the|a|an|de|la|el|der|die|no|na|nos|nas|em|incluíd[oa]s?|incluid[oa]s?|listad[oa]s?|adicionad[oa]s?)\s+)*\.?git-?ignored?\b|\.?gitignore\b[^;]*\b(?:does not|doesn't|do not|don't|must not|should not|never|not|no)\s+(?:\w+\s+)?(?:include|includes|list|lists|contain|contains|ignore|ignores|cover|covers|mention|have|has)\b/,
      note: 'a promise that .gitignore covers .env (or the env files the item names): the check tests the ignore rules',
    },
    {
      // ".env is ignored", "`.env` files ignored" as the whole item: ignored by git, unless a Docker or image heading or parent
      // item says by Docker (`.dockerignore`).
      pattern: /^(?:the )?\.env(?: files?)? (?:is |are )?(?:always )?ignored$/,
      nearUnless: /\b(?:docker\w*|images?|containers?|build context)\b/,
      note: 'a promise that .env is ignored, which is git\'s word for it: the check tests the ignore rules',
    },
  ],
  docs: {
    why: 'Without an ignore rule, the next `git add .` commits the real secrets that sit beside the template.',
    fix: 'Add `.env` and `.env.*` (with `!.env.example`) to .gitignore; for `<name>.env` files (`docker.env`), `*.env`.',
    details: [
      'Paths evaluated with the repository\'s .gitignore files as git does (nested ones included, negations such as `!.env` honoured, except below a folder a shallower rule excludes: git never reads a .gitignore there; the working tree\'s untracked .gitignore files too, as git applies them to a local run before a commit, while a fresh checkout has only the tracked ones; not a .gitignore that is a symlink, which git 2.32 and later does not follow: a note says so, or the finding when it is why a path is not ignored):',
      '`.env` at the root of the scanned folder (the repository root, or the sub-folder `--dir` names; the `.gitignore` files above a sub-folder apply too); `.env` in every folder that holds an env file or an env template; a `.env` spelled in another case (`.ENV`, `.Env`) where the folder holds one (git on Linux matches ignore rules case-sensitively: `.env` does not ignore `.ENV`, and the rule to add names it as spelled);',
      'and the real name behind each template, copied by hand or rendered at deploy time (`.env.production.example`, `.env.production.j2`, `.env.production.tmpl` → `.env.production`), except a template rendered on the hosts a tool deploys to, which writes no env file into the repository: one in a `templates/` folder (Ansible roles\' and playbooks\', Helm charts\', Chef cookbooks\', Puppet modules\'), elsewhere in an Ansible role (`roles/<role>/…`), a Chef cookbook (`cookbooks/`) or a Salt tree (`salt/`, `pillar/`), a Terraform `templatefile()` source (`.env.tftpl`, rendered into a string, never a file), or one an Ansible `template` task renders to a `dest` on the managed host (an absolute path, or one a variable starts other than `{{ playbook_dir }}`, `{{ role_path }}`, `{{ inventory_dir }}`): neither its real name nor its folder\'s `.env` is judged for it; and every real env file a `.gitignore` negation re-includes by name (`.env*` then `!.env.production`: the repository means to commit it, which is what the rule is for); and every real env file in the working tree that git neither tracks nor ignores (`git status`\'s `??`, a local run: the next `git add .` commits it; the message says it is untracked). An env file or template in a vendored dependency folder (`node_modules/pkg/.env.example`, `vendor/…`, `third_party/…`) is the package\'s own and names no path of the repository\'s here (`env-file-committed` judges a committed one).',
      'A Symfony project\'s `.env` and `.env.<environment>` (which the framework commits for non-secret defaults; see `env-file-committed` for how a Symfony project is recognised) are still reported, with the framework\'s advice added: the files that hold secrets ignored as its recipe does (`/.env.local`, `/.env.local.php`, `/.env.*.local`), and the check\'s severity lowered in the checklist when the committed files hold no secret.',
      'A path that is tracked is judged by `env-file-committed`, but its missing ignore rule is still reported here,',
      'except an env file committed on purpose that `env-file-committed` notes as holding no secret in the clear (dotenvx\'s encrypted `.env`, dotenv-vault\'s `.env.vault` and `.env.project`, sops, git-crypt, 1Password references): not ignoring it is no finding, but the `.env.keys` beside a dotenvx or dotenv-vault file (and dotenv-vault\'s `.env.me`) is judged instead.',
      'dotenv-vault\'s generated re-includes `!.env.vault` and `!.env.project` of files not tracked yet are no finding either (a plain-text file committed under those names still is). With `names`, none of these exceptions.',
      'A `.gitignore` saved as UTF-16 (Windows PowerShell 5.1\'s `echo .env > .gitignore`) holds no rule git can read (git reads it as bytes; `git check-ignore` ignores nothing): it ignores nothing here either, and the finding says it is UTF-16.',
      'An item scoped with `paths`/`ignore` (and the checklist\'s top-level `ignore`) judges the env files and templates in its scope, and the files a negation re-includes only when they are in its scope too, wherever the .gitignore that should ignore them is (`paths: ["services/web/**"]` fails for `services/web/.env` at the root .gitignore, not for a `!.env.production` in `services/api/.gitignore`); the root `.env` only when the scope covers it. A scope may name these paths though they are (rightly) not tracked: `paths: [".env"]` judges the root `.env`, `paths: ["packages/ui/.env"]` the real name behind `packages/ui/.env.example` (no glob warning for them). A sub-folder scan (`--dir`) judges only paths below that folder.',
      'Location: one finding per .gitignore that should carry the rule — the nearest .gitignore at or above the folder',
      '(line 1), listing the paths it fails to ignore (a baseline knows it by check and .gitignore, not by its first line: rules added on top keep it known). Without any .gitignore, the finding points at the env template',
      '(or the env file) of that folder; with neither, the finding names no file (nothing in the repository lacks the rule).',
      'When one rule is why a path is not ignored, the message names it (file:line) and what to change rather than asking to add `.env` again: a negation without which the path would be ignored (`.env` then `!.env`, `.env*` then `!.env.production`: remove that line; one that re-includes a whole folder, as an allow-list\'s `/*` then `!/src/` does, stays, and the rules to add go after it), or a pattern for folders only that would ignore it without its trailing slash (`.env/`: write `.env`).',
      'Option `names` (an item that names other env files: ".env.local files are in .gitignore" is bound with `names: [.env.local]`) replaces those paths:',
      'each name (`.env.local`, `prod.env`) is tested at the root of the scanned folder and in every folder that holds an env file or an env template,',
      'and a path (`backend/.env.local`) below the scanned folder only there; nothing else is judged (a Next.js `.env*.local` rule keeps `.env.local` out',
      'whether or not `.env` is ignored). Names are env file names (`.env`, `.env.<anything>`, `<name>.env`), not templates, globs, absolute paths or `..`.',
      'Patterns like `*.env` do ignore `.env` (git\'s `*` matches the empty string and leading dots are not special);',
      'naive grep-based checks for a literal `.env` line get both that and `!.env` re-includes wrong.',
    ].join('\n'),
  },
  // A finding without a file (no .gitignore anywhere): SARIF anchors it where the rule is to be added.
  fixFile: '.gitignore',
  // Scoped, it judges the env files of its scope (and the scanned folder's own `.env` when the scope covers it).
  judgesScope: true,
  options: z.object({
    names: z.array(optionEntry('an env file name (`.env.local`, `prod.env`)').refine(envName, 'expected an env file name (`.env.local`, `prod.env`) or a relative path to one (`api/.env.local`): no glob, no `..`, not a template'))
      .min(1).max(20).optional()
      .describe('The env files that must be ignored, instead of `.env` and the real names behind templates: each name at the root of the scanned folder and in every folder holding an env file or template; a path with `/` only there'),
  }),
  run({ snapshot, options, report, skip }) {
    const under = (p: string) => (snapshot.base ? `${snapshot.base}/${p}` : p);
    const names = options.names?.filter((n) => !n.includes('/')) ?? ['.env'];
    // Each name at the scanned folder: the repository root, or the sub-folder scanned.
    // The scanned folder's own env file, unless the item's scope leaves it out (`paths: ["services/web/**"]`).
    const candidates = new Set<string>([...names.map(under), ...(options.names?.filter((n) => n.includes('/')).map(under) ?? [])].filter((p) => snapshot.inScope(p)));
    // The env files and templates in the scope lead to their folder's env file and their real name; those outside it
    // only to the paths the scope names itself (`paths: ["packages/ui/.env"]`, the untracked real name of a template).
    let remote: Set<string> | undefined;
    for (const f of snapshot.scanFiles) {
      if (!isEnvFile(f) && !isEnvFile(f.replace(TEMPLATE_SUFFIX, ''))) continue;
      // A vendored dependency's env file or template (`node_modules/pkg/.env.example`) is that project's: no env file of this
      // repository's is written beside it (env-file-committed judges a committed one).
      if (isVendored(f)) continue;
      // A template rendered on the hosts a tool deploys to (an Ansible role's `templates/`, a chart's, a cookbook's; a
      // template an Ansible task writes to `dest: /srv/app/.env`) puts no env file in the repository: neither its folder's
      // `.env` nor its real name there is judged.
      if (isRenderedEnvTemplate(f) && (isRenderedElsewhere(f) || (remote ??= remoteTemplates(snapshot)).has(f))) continue;
      const scoped = snapshot.has(f);
      const add = (p: string) => { if (scoped || snapshot.inScope(p)) candidates.add(p); };
      const dir = dirname(f);
      for (const n of names) add(dir ? `${dir}/${n}` : n);
      if (options.names) continue;
      // `.ENV`, `.Env`: the folder's `.env` to a case-insensitive file system, which a `.env` rule does not ignore in git on Linux.
      if (basename(f) !== '.env' && basename(f).toLowerCase() === '.env') add(f);
      if (isEnvTemplate(f)) {
        const real = f.replace(TEMPLATE_SUFFIX, '');
        if (isEnvFile(real) && !isTemplate(real) && !isRenderedEnvTemplate(real)) add(real);
      }
    }
    // A real env file in the working tree that git neither tracks nor ignores (`git status`'s `??`, a local run before a
    // commit): the next `git add .` commits it. (A fresh checkout has none; an item naming its env files judges only those.)
    const loose = new Set<string>();
    for (const f of options.names ? [] : snapshot.untrackedEnvFiles()) {
      if (isTemplate(f) || isRenderedEnvTemplate(f) || isVendored(f)) continue;
      if ((snapshot.base && !f.startsWith(`${snapshot.base}/`)) || !snapshot.inScope(f)) continue;
      loose.add(f);
      candidates.add(f);
    }
    const gitignores = snapshot.gitignoreFiles();
    // A negation that re-includes a real env file by name (`.env*` then `!.env.production`) names a
    // path the repository means to keep out, or means to commit: either way it is judged.
    for (const g of options.names ? [] : gitignores) {
      const dir = dirname(g);
      for (const raw of (snapshot.text(g) ?? '').split(/\r?\n/)) {
        const m = /^!\/?([^*?[\]\s\\]+)\s*$/.exec(raw);
        if (!m || m[1]!.endsWith('/')) continue;
        if (!isEnvFile(m[1]!) || isTemplate(m[1]!) || isRenderedEnvTemplate(m[1]!)) continue;
        const p = dir ? `${dir}/${m[1]}` : m[1]!;
        // Only what the scan covers: below the scanned folder (a root .gitignore also names other services'
        // files) and in the item's scope (`paths`/`ignore`, the checklist's top-level `ignore`), as for env files.
        if ((snapshot.base && !p.startsWith(`${snapshot.base}/`)) || !snapshot.inScope(p)) continue;
        candidates.add(p);
      }
    }
    // Env files committed on purpose because they hold no secret in the clear (env-file-committed's notes: dotenvx's
    // encrypted `.env`, dotenv-vault's `.env.vault`, a git-crypt-locked `.env`) are meant to be tracked: not ignoring them
    // is no finding, but the files holding their keys (`.env.keys`) beside them must be ignored. dotenv-vault's own
    // re-includes (`!.env.vault`, `!.env.project`) of files not tracked yet name the ciphertext and identifier it writes.
    // An item that names its env files (`names`) is a promise about those very files: no exception.
    // Each path judged once: a key file may itself look sealed (a `.env.keys` whose values are all `encrypted:`) and name itself.
    const unignored = new Set<string>();
    const seen = new Set<string>();
    const pending = [...candidates];
    for (let p = pending.shift(); p !== undefined; p = pending.shift()) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (snapshot.gitignored(p)) continue;
      if (!options.names) {
        if (!snapshot.has(p) && DOTENV_VAULT_FILES.has(basename(p))) continue;
        const sealed = snapshot.has(p) ? sealedEnvFile(snapshot, p) : undefined;
        if (sealed) {
          const dir = dirname(p);
          for (const k of sealed.keys ?? []) {
            const key = dir ? `${dir}/${k}` : k;
            if ((!snapshot.base || key.startsWith(`${snapshot.base}/`)) && snapshot.inScope(key)) pending.push(key);
          }
          continue;
        }
      }
      unignored.add(p);
    }
    const byTarget = new Map<string, string[]>();
    for (const p of [...unignored].sort()) {
      const dir = dirname(p);
      const nearest = gitignores.filter((g) => dirname(g) === '' || dir === dirname(g) || dir.startsWith(`${dirname(g)}/`)).sort((a, b) => b.length - a.length)[0];
      // With no .gitignore and no env file there, nothing in the repository lacks the rule: the
      // finding names no file (an unrelated first file would draw an annotation on it).
      const target = nearest ?? snapshot.files.find((f) => dirname(f) === dir && isEnvTemplate(f) && ANCHOR_TEMPLATE_SUFFIX.test(f) && isEnvFile(f.replace(TEMPLATE_SUFFIX, '')))
        ?? snapshot.files.find((f) => dirname(f) === dir && isEnvFile(f)) ?? '';
      byTarget.set(target, [...(byTarget.get(target) ?? []), p]);
    }
    // An empty repository; or a scope with no tracked file (`paths: [".env"]`, the untracked root `.env`) that covers
    // no path judged here, or where no .gitignore exists.
    if (!snapshot.files.length && (!seen.size || !gitignores.length)) { skip('no files'); return; }
    // A .gitignore saved as UTF-16 (Windows PowerShell 5.1's `echo .env > .gitignore`) holds no rule git can read.
    const unreadable = gitignores.filter((g) => snapshot.utf16(g) || snapshot.binary(g));
    // A .gitignore that is a symlink: git (2.32 and later) does not follow it ("unable to access"), so its rules apply nowhere.
    const links = snapshot.gitignoreLinks().filter((g) => !snapshot.base || !dirname(g) || `${snapshot.base}/`.startsWith(`${dirname(g)}/`) || g.startsWith(`${snapshot.base}/`));
    const linkSaid = new Set<string>();
    for (const [file, paths] of byTarget) {
      const list = paths.map((p) => `'${p}'`).join(', ');
      const where = basename(file) === '.gitignore' ? `${file} does not ignore ${list}` : `no .gitignore ignores ${list}`;
      // Untracked files on disk are said to be so: nothing is committed yet, the next `git add .` would.
      const untracked = paths.filter((p) => loose.has(p));
      const onDisk = untracked.length ? `; ${untracked.map((p) => `'${p}'`).join(', ')} ${untracked.length > 1 ? 'are' : 'is'} in the working tree, untracked and not ignored (\`git status\` lists ${untracked.length > 1 ? 'them' : 'it'} with ??): the next \`git add .\` commits ${untracked.length > 1 ? 'them' : 'it'}` : '';
      const linked = links.filter((g) => paths.some((p) => !dirname(g) || p.startsWith(`${dirname(g)}/`)));
      for (const g of linked) linkSaid.add(g);
      const linkWhy = linked.map((g) => `; ${g} is a symlink, which git (2.32 and later) does not follow: none of its rules apply, so make it a regular file`).join('');
      const above = unreadable.filter((g) => paths.some((p) => !dirname(g) || p.startsWith(`${dirname(g)}/`)));
      // With a byte-order mark every line git reads (as bytes, each up to its first NUL byte) is the mark or empty: no rule at
      // all. Without one (a rare writer), git keeps the first character of the first line (`*` would ignore everything): not modelled.
      const why = above.map((g) => (snapshot.utf16(g)
        ? `; ${g} is saved as UTF-16 (as Windows PowerShell's \`>\` writes it), which git reads as bytes: it finds no rule in it, so save it as UTF-8`
        : `; ${g} holds NUL bytes (saved as UTF-16 without a byte-order mark?): git reads each line only up to its first NUL byte, so save it as UTF-8`)).join('');
      // A rule that un-ignores a path (a negation, a folder-only pattern) is named with what to change: adding `.env`
      // again would not help. The paths no single rule explains get the rules to add.
      const causes = new Map<string, { cause: Cause; paths: string[] }>();
      const rest: string[] = [];
      for (const p of paths) {
        const cause = why ? null : causeOf(snapshot, p);
        if (!cause) { rest.push(p); continue; }
        const key = `${cause.file}:${cause.line}`;
        causes.set(key, { cause, paths: [...(causes.get(key)?.paths ?? []), p] });
      }
      const explained = [...causes.values()].map(({ cause: c, paths: ps }) => {
        const which = paths.length === 1 ? 'it' : ps.map((p) => `'${p}'`).join(', ');
        // A negation that re-includes a whole tree (an allow-list's `!/src/`) stays: the rules go after it, which git applies last.
        if (c.kind === 'reinclude') return `the negation '${c.rule}' (${c.file}:${c.line}) re-includes ${which} with the rest of what it names: keep it, and add ${rules(ps)} after that line`;
        return c.kind === 'negation'
          ? `the negation '${c.rule}' (${c.file}:${c.line}) re-includes ${which}: remove that line`
          : `the rule '${c.rule}' (${c.file}:${c.line}) ignores only folders so named, not ${which === 'it' ? 'the file' : which}: write '${c.rule.slice(0, -1)}' without the trailing slash`;
      });
      const add = rest.length ? [`add ${rules(rest)} to .gitignore`] : [];
      // Symfony commits `.env` (and `.env.<environment>`) by convention: ignoring them would break the app, so the advice
      // says where its secrets go instead (the recipe's rules), still a finding: the file is not ignored.
      const symfony = paths.filter((p) => isSymfonyEnvFile(snapshot, p));
      const framework = symfony.length ? `; in this Symfony project ${symfony.map((p) => `'${p}'`).join(', ')} ${symfony.length > 1 ? 'are' : 'is'} committed by the framework's convention (non-secret defaults): if so, make sure the files that hold secrets are ignored as Symfony's recipe does ('/.env.local', '/.env.local.php', '/.env.*.local') and lower this check's severity in the checklist` : '';
      const message = `${where}${onDisk}${why}${linkWhy}; ${[...explained, ...add].join('; ')} so real env files are never committed${framework}`;
      // The fix agrees with the message: the recipe's rules first, not `.env` ignored, which Symfony commits.
      const fix = symfony.length ? { fix: 'Ignore the files that hold secrets as Symfony\'s recipe does (`/.env.local`, `/.env.local.php`, `/.env.*.local`) and keep the committed .env files free of secrets; only if they are not committed on purpose, add `.env` and `.env.*` (with `!.env.example`) to .gitignore.' } : {};
      if (!file) { report({ message, ...fix }); continue; }
      // About the file as a whole (line 1 is only where it is shown): identified by check and file, not by its first line's
      // text, so rules added at its top keep a known finding known (a newly committed env file is env-file-committed's).
      report({ file, line: 1, subject: 'the file', message, ...fix });
    }
    // A symlinked .gitignore no finding names: its rules are not read, as git does not read them.
    for (const g of links) {
      if (linkSaid.has(g)) continue;
      report({ file: g, line: 1, note: true, message: `${g} is a symlink, which git (2.32 and later) does not follow ("unable to access '${g}'"): none of its rules apply, so they are not read here either; make it a regular file if they are meant to apply` });
    }
  },
});
