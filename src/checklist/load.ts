import path from 'node:path';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { parseYamlPrecise, type YamlDoc } from '../repo/yaml.js';
import { PRESETS } from '../generated/presets.js';
import { didYouMean, getDef, suggestIds } from '../catalogue.js';
import { ConfigError, MAX_CONFIG_ERRORS, configErrors, inFileOrder } from '../types.js';
import { checklistSchema, itemSchema } from './schema.js';
import { itemOptions } from './options.js';
import { probeUrlProblem, unsubstitutedProblem } from '../settings.js';
import { redactText, urlPassword } from '../report/redact.js';
import { redactSecretsInText } from '../checks/util/secrets.js';
import { textEncodingProblem } from '../user-file.js';
import { inGitFolder } from '../repo/read.js';
import { issueWording, valueAt, type Issue } from './issue.js';
import { MAX_CHECKLIST_ITEMS, itemCapMessage, type Checklist, type ChecklistItem } from './types.js';
import { signoffText } from './title.js';
import { notDoneChecksOfTitle } from './matcher.js';

export const PRESET_NAMES = Object.keys(PRESETS);

/**
 * Refuses checklist text that is not UTF-8 (see textEncodingProblem): UTF-16 (Windows editors' "Unicode"), NUL bytes,
 * or another encoding (Windows-1252 `é`), whose titles would never match a pull request's ticks.
 */
export function assertChecklistText(file: string, text: string): void {
  const problem = textEncodingProblem(text, 'the checklist');
  if (problem) throw new ConfigError(problem.message, { file, line: problem.line, column: problem.column });
}

/** What parseYamlChecklist needs from the run beyond the text. */
export interface YamlChecklistContext {
  /**
   * Whether a file path the checklist names (`baseline`, `probes.ca`; relative to the checklist file) leaves the
   * repository: said with the file's other mistakes, not one at a time when each is used.
   */
  outside?: (value: string) => boolean;
}

/** A Markdown task list (`- [ ] …`) in a file read as YAML (`checklist.txt`): its errors say how Markdown checklists are read. */
const MARKDOWN_TASK = /^[ \t]{0,3}[-*+][ \t]+\[[ xX]\][ \t]/m;

/**
 * Parses a YAML checklist. Every problem is a ConfigError naming file:line:column and what was
 * expected. `file` is the repository-relative path used in messages and item sources.
 */
export function parseYamlChecklist(file: string, text: string, context: YamlChecklistContext = {}): Checklist {
  try { return parseYaml(file, text, context); } catch (e) {
    if (e instanceof ConfigError && !/\.(?:ya?ml|json)$/i.test(file) && MARKDOWN_TASK.test(text)) {
      e.message += ` (${file} holds a Markdown task list but is read as YAML: a Markdown checklist is read as Markdown when its name ends in .md or .markdown, so rename it)`;
    }
    throw e;
  }
}

function parseYaml(file: string, text: string, context: YamlChecklistContext): Checklist {
  // The precise parser: checklist errors quote the `yaml` library's messages and positions.
  const y = parseYamlPrecise(file, text);
  if (y.errors.length) {
    const e = y.errors[0]!;
    // The parser recursing into thousands of nested `[[[…`: say what is wrong, not what broke.
    const message = /maximum call stack/i.test(e.message) ? 'nested too deeply' : e.message;
    // `- id: b` then `     check: x` one column too deep (the error names the line that moved): say how to mend it.
    if (/nested mappings are not allowed in compact mappings/i.test(e.message)) {
      const lines = text.replace(/^\uFEFF/, '').split('\n');
      const content = (l: string | undefined) => l !== undefined && l.trim() !== '' && !l.trimStart().startsWith('#');
      let above = e.line - 2;
      while (above >= 0 && !content(lines[above])) above--;
      const moved = lines[e.line - 1];
      const indent = moved === undefined ? 0 : moved.length - moved.trimStart().length;
      // Where the keys of the line above start: past its indentation and any `- ` of list items.
      const keysAt = above >= 0 ? lines[above]!.length - lines[above]!.replace(/^[ \t]*(?:-[ \t]+)*/, '').length : -1;
      // Only a key under a `key: value` line is misplaced (`items:` opens what is below it; `a: b: c` is wrong on its own line).
      const underScalar = above >= 0 && /^[ \t]*(?:-[ \t]+)*[^#\s][^#]*?:[ \t]+[^\s#]/.test(lines[above]!);
      if (content(moved) && underScalar && !/^[ \t]*-(?:[ \t]|$)/.test(moved!) && indent > keysAt) {
        throw new ConfigError(`invalid YAML: this line is indented ${indent} spaces, deeper than the keys of the item above it (line ${above + 1}): align it with them`, { file, line: e.line, column: indent + 1 });
      }
    }
    // The `yaml` library does not say which key is repeated (`version:` twice, `check:` twice in one item): name it.
    if (/^Map keys must be unique/.test(message)) {
      const at = (text.replace(/^\uFEFF/, '').split('\n')[e.line - 1] ?? '').slice(e.column - 1);
      const key = /^(?:"([^"]*)"|'([^']*)'|([^\s:#,{}[\]][^:#,{}[\]]*?))[ \t]*:/.exec(at);
      const name = key?.[1] ?? key?.[2] ?? key?.[3];
      if (name !== undefined) throw new ConfigError(`invalid YAML: duplicate key '${name}' (each key may appear once in a mapping)`, { file, line: e.line, column: e.column });
    }
    throw new ConfigError(`invalid YAML: ${message}`, { file, line: e.line, column: e.column });
  }
  const doc = y.docs[0];
  if (!doc || doc.value === undefined || doc.value === null) throw new ConfigError('empty checklist: expected `version: 1` and `items:`', { file, line: 1, column: 1 });
  if (y.docs.length > 1) throw new ConfigError('a checklist is a single YAML document', { file, line: y.docs[1]!.loc([])?.line ?? 1, column: 1 });
  // Over MAX_CHECKLIST_ITEMS items: said at the first item past the cap, before the schema and the checks of each item.
  const allItems = valueAt(doc.value, ['items']);
  if (Array.isArray(allItems) && allItems.length > MAX_CHECKLIST_ITEMS) throw new ConfigError(itemCapMessage(), where(file, doc, ['items', MAX_CHECKLIST_ITEMS], false));
  // A tag the YAML library does not know (`check: !include checks.yml`, a habit from other tools) is dropped by it,
  // leaving the bare value (`checks.yml`): said, rather than read silently or blamed on the value.
  const tags = unknownTags(file, text);
  const res = checklistSchema.safeParse(doc.value);
  // Every mistake is reported in one run (at most MAX_CONFIG_ERRORS), in file order: unknown check ids (read from
  // the raw items, so they are found beside the schema's complaints), what the schema refuses, then the rest below.
  // Each kind is found in file order, so only its first MAX_CONFIG_ERRORS are worded and located; the rest are counted.
  const errors: ConfigError[] = [];
  let unknownChecks = 0;
  // Duplicate item ids and unknown presets, from the raw file too: said beside the schema's complaints (a misspelt
  // severity elsewhere must not hide them until it is fixed).
  let rawErrors = 0;
  // Ids are unique as a pull request's sign-off reads them (signoffText: case, markup and typographic punctuation do not count), so one
  // ticked `backup` never attests two items (`backup`, `Backup`): the key is the id so read, with where it was first.
  const seen = new Map<string, { id: string; line: number }>();
  const rawItems = valueAt(doc.value, ['items']);
  if (Array.isArray(rawItems)) rawItems.forEach((it, i) => {
    const check = valueAt(it, ['check']);
    const list = Array.isArray(check) ? check : [check];
    list.forEach((c, j) => {
      if (typeof c !== 'string' || !c || getDef(c)) return;
      if (unknownChecks++ >= MAX_CONFIG_ERRORS) return;
      errors.push(new ConfigError(`unknown check '${c}'${didYouMean(suggestIds(c))}; run \`preflight list\` for the catalogue`, where(file, doc, Array.isArray(check) ? ['items', i, 'check', j] : ['items', i, 'check'], false)));
    });
    const id = valueAt(it, ['id']);
    if (typeof id !== 'string') return;
    // An id is shown as written in every report and message (a title's secret is hidden, see the items below): one that holds
    // a token or a URL's password is refused at once, alone, so that no other message repeats it.
    const hidden = redactSecretsInText(id);
    if (hidden !== id) throw new ConfigError(`item id '${hidden}' holds a secret (hidden here), and ids are shown in every report: choose an id without it, and rotate the secret`, where(file, doc, ['items', i, 'id'], false));
    const first = seen.get(signoffText(id));
    if (first) {
      rawErrors++;
      const same = first.id === id ? '' : ` as '${first.id}'; ids that differ only in case or markup are the same id, as a pull request's sign-off ticks them`;
      errors.push(new ConfigError(`duplicate item id '${id}' (first at line ${first.line}${same})`, where(file, doc, ['items', i, 'id'], false)));
    } else seen.set(signoffText(id), { id, line: where(file, doc, ['items', i], false).line });
  });
  const rawExtends = valueAt(doc.value, ['extends']);
  (typeof rawExtends === 'string' ? [rawExtends] : Array.isArray(rawExtends) ? rawExtends : []).forEach((name, i) => {
    if (typeof name !== 'string' || name in PRESETS) return;
    rawErrors++;
    errors.push(unknownPreset(name, where(file, doc, Array.isArray(rawExtends) ? ['extends', i] : ['extends'], false)));
  });
  // A probe setting naming a variable that is never substituted (`${GITHUB_TOKEN}`, `${{ secrets.X }}`): an error
  // whatever else is given, so said with the file's other mistakes (the run checks it again before probing).
  const rawProbes = valueAt(doc.value, ['probes']);
  const probeValues: [string[], unknown][] = [[['url'], valueAt(rawProbes, ['url'])], [['http-url'], valueAt(rawProbes, ['http-url'])]];
  const rawHeaders = valueAt(rawProbes, ['headers']);
  if (rawHeaders && typeof rawHeaders === 'object' && !Array.isArray(rawHeaders)) for (const [k, v] of Object.entries(rawHeaders)) probeValues.push([['headers', k], v]);
  for (const [key, value] of probeValues) {
    const problem = typeof value === 'string' ? unsubstitutedProblem(value) : undefined;
    if (!problem) continue;
    rawErrors++;
    errors.push(new ConfigError(`probes.${key.join('.')} ${problem}`, where(file, doc, ['probes', ...key], false)));
  }
  // A `probes.url` or `probes.http-url` that is no URL (`staging.example.com`): a mistake of the file, said with its
  // others whether or not this run probes (`--no-probes`) or uses it (`--url` given). One that holds a ${PREFLIGHT_*}
  // variable is judged once substituted, by the run.
  for (const key of ['url', 'http-url'] as const) {
    const value = valueAt(rawProbes, [key]);
    if (typeof value !== 'string' || !value.trim() || value.includes('${')) continue;
    const problem = probeUrlProblem(value, key === 'http-url');
    if (!problem) continue;
    rawErrors++;
    errors.push(new ConfigError(redactText(problem, urlPassword(value)), where(file, doc, ['probes', key], false)));
  }
  // File paths the checklist names that leave the repository (DESIGN: they must stay inside it, used or not), or that
  // point into a `.git` folder: git's metadata (a checkout's token in `.git/config`), not repository content.
  for (const key of [['baseline'], ['probes', 'ca']]) {
    const value = valueAt(doc.value, key);
    if (typeof value !== 'string' || !value) continue;
    const outside = context.outside?.(value);
    if (!outside && !inGitFolder(path.posix.normalize(value))) continue;
    rawErrors++;
    errors.push(new ConfigError(outside
      ? `${key.join('.')} '${value}' points outside the repository (paths in the checklist are relative to the checklist file and must stay inside the repository)`
      : `${key.join('.')} '${value}' points into a .git folder, which holds git's metadata, not repository content: name a file of the repository (paths in the checklist are relative to the checklist file)`, where(file, doc, key, false)));
  }
  // The unknown tags, and none of what follows from the bare value they leave (`unknown check 'checks.yml'`, at the
  // value after the tag on its line).
  const afterTag = (e: ConfigError) => tags.some((t) => e.where?.line === t.where!.line && (e.where?.column ?? 0) > t.where!.column!);
  // The options of the items that are whole, when the file has other mistakes: said with them, not once they are fixed
  // (the options are validated with the plan otherwise). An item whose own structure is broken, or that names an
  // unknown check, skips its own. Each error flat, with how many there are in all (shown or counted).
  const optionErrors = (): { errors: ConfigError[]; count: number } => {
    const found: ConfigError[] = [];
    let count = 0;
    if (Array.isArray(rawItems)) rawItems.forEach((raw, i) => {
      // Read from the item's own `check` and `options` (a misspelt severity or an unknown key beside them hides nothing).
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
      const check = itemSchema.shape.check.safeParse(valueAt(raw, ['check']));
      const opts = itemSchema.shape.options.safeParse(valueAt(raw, ['options']));
      if (!check.success || !opts.success) return;
      // No `check` beside a key the item does not have (`chek: hsts`): that key may well be the check, misspelt, so
      // its options are not judged as a manual item's.
      if (check.data === undefined && Object.keys(raw).some((k) => !ITEM_KEYS.includes(k))) return;
      const checks = check.data === undefined ? [] : Array.isArray(check.data) ? check.data : [check.data];
      if (checks.some((c) => !getDef(c))) return;
      const rawId = valueAt(raw, ['id']);
      try {
        itemOptions({ id: typeof rawId === 'string' ? rawId : `#${i + 1}`, checks, options: opts.data, optionsAt: (p, key) => where(file, doc, ['items', i, 'options', ...p], key) }, where(file, doc, ['items', i], false));
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        const each = e.all();
        count += each.length + e.omitted;
        for (const x of each) { x.more = []; x.omitted = 0; found.push(x); }
      }
    });
    return { errors: found, count };
  };
  /** Throws every error found, the items' options' too, in file order; `counted`: how many of the others there are (worded or not). */
  const throwAll = (counted: number): never => {
    const options = optionErrors();
    const found = [...errors, ...options.errors];
    const kept = found.filter((e) => !afterTag(e));
    const all = configErrors(inFileOrder([...kept, ...tags]))!;
    // Each kind beyond its first MAX_CONFIG_ERRORS was counted, not made: counted here too.
    all.omitted = counted + options.count - (found.length - kept.length) + tags.length - all.all().length;
    throw all;
  };
  if (!res.success) {
    // One mistake per place: a value that fails several rules (an empty glob is no non-empty string and no valid glob) is said once, by the first.
    const said = new Set<string>();
    const found: { issue: (typeof res.error.issues)[number]; key: string | undefined }[] = res.error.issues
      .filter((issue) => issue.code === 'unrecognized_keys' || !said.has(JSON.stringify(issue.path)) && !!said.add(JSON.stringify(issue.path)))
      .flatMap((issue): { issue: (typeof res.error.issues)[number]; key: string | undefined }[] => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ issue, key })) : [{ issue, key: undefined }]));
    // The schema lists an object's unknown keys after its fields' mistakes (a top-level `failon` after every item's):
    // sorted by where each is written before the first MAX_CONFIG_ERRORS are kept, so the cut keeps the file's first.
    const located = found.map(({ issue, key }) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // A key the schema refuses (`headers: { "Bad Name": v }`) is pointed at itself, not at its value.
      return { issue, key, path, at: key !== undefined ? where(file, doc, [...path, key], true) : where(file, doc, path, issue.code === 'invalid_key') };
    }).sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    errors.push(...located.slice(0, MAX_CONFIG_ERRORS).map(({ issue, key, path, at }) => {
      if (key !== undefined) {
        const known = knownKeys(path);
        return new ConfigError(`unknown key '${key}'${didYouMean(suggestIds(key, known))}; expected one of: ${known.join(', ')}`, at);
      }
      // An empty key (`headers: { "": v }`) shown as written, not as a trailing dot.
      const name = path.length ? path.map((p) => (p === '' ? '""' : p)).join('.') : 'checklist';
      return new ConfigError(`${name}: ${describeIssue(issue, valueAt(doc.value, path))}`, at);
    }));
    return throwAll(unknownChecks + found.length + rawErrors);
  }
  const data = res.data;
  const items: ChecklistItem[] = [];
  const warnings: string[] = [];
  (data.items ?? []).forEach((it, i) => {
    const at = where(file, doc, ['items', i], false);
    const checks = it.check === undefined ? [] : Array.isArray(it.check) ? it.check : [it.check];
    // A sign-off attests a manual item only: on a checked item the check still runs (as a Markdown `[x]` on a bound
    // item), so the key changes nothing there — said rather than silently ignored.
    if (it['signed-off'] && checks.length) {
      const s = where(file, doc, ['items', i, 'signed-off'], true);
      warnings.push(`${file}:${s.line}:${s.column}: item '${it.id}' is signed off but runs ${checks.join(', ')}: a sign-off attests manual items only, the check still runs (remove \`signed-off\`, or \`--severity ${it.id}=off\` to disable the check)`);
    }
    // A scope that can do nothing is said rather than silently accepted: `paths`/`ignore` choose the repository files a
    // static check judges, so they change nothing on a manual item or one that runs live probes only; `paths: []` scopes
    // nothing, so the item judges the whole repository.
    const scopeNote = scopeKeysWithoutEffect(checks);
    for (const key of ['paths', 'ignore'] as const) {
      if (it[key] === undefined) continue;
      const k = where(file, doc, ['items', i, key], true);
      const said = scopeNote ? ` ${scopeNote.what}, so \`${key}\` has no effect (${scopeNote.why}): remove \`${key}\`${scopeNote.fix}`
        : key === 'paths' && !it.paths!.length ? ': `paths: []` names no file, so the item is not scoped: it judges the whole repository (remove `paths`, or list the globs of its scope)' : null;
      if (said) warnings.push(`${file}:${k.line}:${k.column}: item '${it.id}'${said}`);
    }
    // A secret written in a title or a group (a token, a URL's password) is hidden here, where they enter the model, as
    // hardcoded-secret shows it (`ghp_…`), so every report inherits it; a pull request's ticks are read so too (markdown.ts's
    // plainText), so a tick of the title as written still signs the item off.
    const group = it.group === undefined ? undefined : (Array.isArray(it.group) ? it.group : [it.group]).map(redactSecretsInText);
    const title = it.title === undefined ? undefined : redactSecretsInText(it.title);
    // A manual item whose title carries a not-done status and names what a check verifies ("Debug mode is off in production
    // — pending", as `preflight import` keeps a Markdown item's title): no tick in the pull request signs it off, as in the
    // Markdown checklist (see ChecklistItem.notDoneChecks).
    const notDone = !checks.length && !it['signed-off'] && title !== undefined ? notDoneChecksOfTitle(title, group) : undefined;
    items.push({
      id: it.id,
      title: title ?? null,
      checks,
      severity: it.severity,
      paths: it.paths,
      ignore: it.ignore,
      options: it.options,
      group,
      signedOff: it['signed-off'],
      ...(notDone ? { notDoneChecks: notDone } : {}),
      source: at,
      optionsAt: (p, key) => where(file, doc, ['items', i, 'options', ...p], key),
      pathsAt: (j) => where(file, doc, ['items', i, 'paths', j], false),
      ignoreAt: (j) => where(file, doc, ['items', i, 'ignore', j], false),
    });
  });
  // Unknown presets were reported above, where they are written (not at line 1 when extends resolves).
  const extendsOf = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  if (errors.length || tags.length) return throwAll(unknownChecks + rawErrors);
  const p = data.probes ?? {};
  return {
    file,
    format: 'yaml',
    extends: extendsOf,
    ...(extendsOf.length ? { extendsAt: extendsOf.map((_, i) => where(file, doc, Array.isArray(data.extends) ? ['extends', i] : ['extends'], false)) } : {}),
    failOn: data['fail-on'],
    probes: {
      url: p.url,
      health: p.health === undefined ? undefined : Array.isArray(p.health) ? p.health : [p.health],
      timeout: p.timeout,
      wait: p.wait,
      headers: p.headers,
      httpUrl: p['http-url'],
      ca: p.ca,
      allowSelfSigned: p['allow-self-signed'],
      where: {
        ...(p.url !== undefined ? { url: where(file, doc, ['probes', 'url'], false) } : {}),
        ...(p.ca !== undefined ? { ca: where(file, doc, ['probes', 'ca'], false) } : {}),
        ...(p['http-url'] !== undefined ? { httpUrl: where(file, doc, ['probes', 'http-url'], false) } : {}),
        ...(p.headers ? { headers: Object.fromEntries(Object.keys(p.headers).map((k) => [k, where(file, doc, ['probes', 'headers', k], false)])) } : {}),
      },
    },
    ignore: data.ignore ?? [],
    ignoreAt: (j: number) => where(file, doc, ['ignore', j], false),
    ...(data.baseline !== undefined ? { baseline: { path: data.baseline, where: where(file, doc, ['baseline'], false) } } : {}),
    items,
    manualSeverity: 'high',
    ...(warnings.length ? { warnings } : {}),
  };
}

/**
 * Why `paths`/`ignore` can do nothing on an item (they choose the repository files its static checks judge): a manual
 * item judges no file, live probes judge the deployed URL. Null for an item that runs a static check.
 */
function scopeKeysWithoutEffect(checks: readonly string[]): { what: string; why: string; fix: string } | null {
  if (!checks.length) return { what: 'is a manual item (no `check`)', why: 'a manual item judges no file: its sign-off is not per file', fix: ', or add `check:` to run a check on those files' };
  if (checks.some((c) => getDef(c)?.kind !== 'probe')) return null;
  return { what: `runs only live probes (${checks.join(', ')})`, why: 'probes judge the deployed URL, not repository files', fix: '' };
}

/**
 * A ConfigError for each tag the YAML library cannot resolve (`!include`, `!env`, `!foo`), in file order. The standard
 * ones it resolves (`!!str`, `!!int`…) are plain YAML. Read again only when the text holds a `!` at all.
 */
function unknownTags(file: string, text: string): ConfigError[] {
  if (!text.includes('!')) return [];
  const lineCounter = new LineCounter();
  const out: ConfigError[] = [];
  try {
    for (const d of parseAllDocuments(text.replace(/^\uFEFF/, ''), { lineCounter, merge: true, uniqueKeys: true, logLevel: 'silent' }) as Document.Parsed[]) {
      for (const w of d.warnings) {
        if (w.code !== 'TAG_RESOLVE_FAILED') continue;
        const tag = /^Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? text.replace(/^\uFEFF/, '').slice(w.pos[0], w.pos[1]);
        const p = lineCounter.linePos(w.pos[0]);
        out.push(new ConfigError(`unknown YAML tag '${tag}': checklists do not support tags (no \`!include\` either: the value after the tag would be read as plain text); remove it (to build on other checklists, \`extends\` names presets)`, { file, line: p.line, column: p.col }));
      }
    }
  } catch { /* the precise parse already said what is wrong */ }
  return out;
}

/** The location of `path` in the checklist (its nearest existing ancestor when it is missing). */
function where(file: string, doc: YamlDoc, path: (string | number)[], key: boolean): { file: string; line: number; column: number } {
  let p = [...path];
  // A value given by an alias, or reached through one, is judged where it is used (`ignore: [*p]` with `&p` on a list;
  // `options: *opts` with a bad option in `&opts`, shared by several items): the alias's line, one per use.
  let pos = doc.aliasAt?.(p, key) ?? doc.loc(p, key);
  while (!pos && p.length) { p = p.slice(0, -1); pos = doc.loc(p, false); }
  return { file, line: pos?.line ?? 1, column: pos?.column ?? 1 };
}

const ITEM_KEYS = ['id', 'title', 'check', 'severity', 'paths', 'ignore', 'options', 'group', 'signed-off'];

function knownKeys(path: (string | number)[]): string[] {
  if (path[0] === 'items' && path.length === 2) return ITEM_KEYS;
  if (path[0] === 'probes') return ['url', 'health', 'timeout', 'wait', 'headers', 'http-url', 'ca', 'allow-self-signed'];
  return ['version', 'extends', 'fail-on', 'probes', 'ignore', 'baseline', 'items'];
}

// What a key that takes one value or a list expects (zod says only "Invalid input" for a union).
const EITHER: Readonly<Record<string, string>> = {
  check: 'expected a check id or a list of check ids (`check: hsts` or `check: [hsts, https-redirect]`)',
  group: 'expected a group name or a list of names (`group: Security` or `group: [Security, TLS]`)',
  extends: 'expected a preset name or a list of preset names (`extends: recommended`)',
  health: 'expected a URL path starting with "/" or a list of them (`health: /healthz`)',
};

function describeIssue(issue: Issue, value: unknown): string {
  const key = issue.path?.at(-1);
  if (issue.code === 'invalid_union' && typeof key === 'string' && EITHER[key]) return EITHER[key];
  // `probes.timeout: 0`, `probes.wait: 7200`: in seconds, in words (zod says `expected number to be >0`).
  if (issue.path?.[0] === 'probes' && (key === 'timeout' || key === 'wait') && typeof value === 'number') {
    const inclusive = (issue as { inclusive?: unknown }).inclusive !== false;
    if (issue.code === 'too_small') return `expected a number of seconds ${inclusive ? `of at least ${String(issue.minimum)}` : `greater than ${String(issue.minimum)}`}, got ${value}`;
    if (issue.code === 'too_big') return `expected a number of seconds of at most ${String(issue.maximum)}, got ${value}`;
  }
  return issueWording(issue, value);
}

/**
 * For a checklist path that was not found: when it names a built-in preset (`--checklist docker`, the action's
 * `checklist: docker`, `checklists/docker.yml`), how presets are used — a checklist file that extends it. Else empty.
 */
export function presetHint(given: string): string {
  // The last segment: the action resolves its input against `working-directory` (`app/docker`), and the presets'
  // own files in Preflight's repository (`checklists/docker.yml`) are no path in the user's.
  const name = given.trim().split(/[\\/]/).pop()!.replace(/\.ya?ml$/i, '');
  if (!PRESET_NAMES.includes(name)) return '';
  return `; '${name}' is a built-in preset's name, not a file: to use the built-in preset, write a checklist with \`extends: [${name}]\` (in .github/preflight.yml: \`version: 1\` and \`extends: [${name}]\`)`;
}

/** Loads a built-in preset by name. */
export function loadPreset(name: string): Checklist {
  const text = PRESETS[name];
  if (text === undefined) throw unknownPreset(name);
  const list = parseYamlChecklist(`checklists/${name}.yml`, text);
  // A preset's globs are written for every repository: one that matches nothing here is no typo to warn about.
  const { ignoreAt: _, ...rest } = list;
  return { ...rest, format: 'preset', file: null, items: list.items.map(({ pathsAt: _p, ignoreAt: _i, ...it }) => ({ ...it, preset: name })) };
}

function unknownPreset(name: string, where?: ConfigError['where']): ConfigError {
  return new ConfigError(`unknown preset '${name}'${didYouMean(suggestIds(name, PRESET_NAMES))}; presets: ${PRESET_NAMES.join(', ')}`, where);
}

/**
 * Resolves `extends`: preset items first (in order), then the file's own items; an item with the
 * id of an inherited item replaces it in place. A checklist without `extends` runs only its items.
 */
export function resolveExtends(list: Checklist, depth = 0): Checklist {
  if (!list.extends.length) return list;
  if (depth > 8) throw new ConfigError('`extends` nests too deeply', list.file ? { file: list.file } : undefined);
  const merged: ChecklistItem[] = [];
  const index = new Map<string, number>();
  const warnings = [...(list.warnings ?? [])];
  // Inherited ids as a pull request's sign-off reads them (see the duplicate ids in parseYamlChecklist).
  const read = new Map<string, string>();
  const add = (it: ChecklistItem, own: boolean) => {
    const at = index.get(it.id);
    const like = read.get(signoffText(it.id));
    if (at === undefined && like !== undefined && own && depth === 0) {
      // `Pinned-Images` beside the preset's `pinned-images`: two items a tick cannot tell apart, or a replacement mistyped.
      throw new ConfigError(`item id '${it.id}' differs from the id of the preset's item '${like}' only in case or markup, and ids are unique as a pull request's sign-off ticks them: write '${like}' to replace that item, or choose another id`, it.source.line ? { file: it.source.file, line: it.source.line, column: it.source.column ?? 1 } : it.source.file ? { file: it.source.file } : undefined);
    }
    if (at === undefined) { index.set(it.id, merged.length); read.set(signoffText(it.id), it.id); merged.push(it); return; }
    // Replacing a preset's checked item with one that names no check makes it a manual item: legal, rarely meant
    // (`- { id: pinned-images, severity: critical }` to raise a severity). Said, with the way to keep the check.
    const was = merged[at]!;
    if (own && depth === 0 && !it.checks.length && was.checks.length) {
      const at2 = it.source.line ? `${it.source.file}:${it.source.line}${it.source.column ? `:${it.source.column}` : ''}: ` : '';
      warnings.push(`${at2}item '${it.id}' replaces the preset's item of that id, which runs ${was.checks.join(', ')}; it names no check, so it is a manual item now: add \`check: ${was.checks.length === 1 ? was.checks[0] : `[${was.checks.join(', ')}]`}\` to keep the check (or \`--severity ${it.id}=LEVEL\` to change only the severity)`);
    }
    merged[at] = it;
  };
  list.extends.forEach((name, k) => {
    // A parsed checklist's `extends` names known presets only (parseYamlChecklist says where not). The checklist file's
    // own entry is where each item it brings in is anchored when a result has no file of its own (SARIF).
    const via = depth === 0 && list.file !== null ? list.extendsAt?.[k] : undefined;
    resolveExtends(loadPreset(name), depth + 1).items.forEach((it) => add(via ? { ...it, inheritedAt: via } : it, false));
  });
  list.items.forEach((it) => add(it, true));
  return { ...list, items: merged, ...(warnings.length ? { warnings } : {}) };
}
