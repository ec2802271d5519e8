import picomatch from 'picomatch';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { effectiveInstructions, imageRepository, lineage, parseImageRef, rootFrom, shippedEnv, substitute, type DockerfileModel, type DockerInstruction, type DockerStage } from '../../repo/dockerfile.js';
import { composeBindMounts, composeBuild, composeInterpolate, composeBuildArgs, composeDevOnly, composeEnvFiles, composeEnvironment, type ComposeFile, type ComposeService } from '../../repo/compose.js';
import { containerKubeletEnv, containers, expandK8sCommand } from '../../repo/k8s.js';
import { isObject } from '../../repo/yaml.js';
import { parseJsonc } from '../../repo/json.js';
import { listElements, matchBracket, objectLiteral, objectProps, scanSource, splitList, stringValue, type Arg, type Source } from './code.js';
import { blankTemplateBlocks, composeDotenv, composeServiceGroups, devOnlyWorkload, isIllustrationDockerfile, judgedServices, k8sContainerRuns, k8sWorkloads, namedServices, overlayNote, overriddenInProduction } from './groups.js';
import { nomadJobs } from './nomad.js';
import { platformCommands, platformImages, platformReplacedCmd } from './platform.js';
import { trueWhenUnset } from './env-bool.js';
import { defaultedFields } from './settings-fields.js';
import { kamalDeployments } from './kamal.js';
import { composeDeploymentGroups } from './swarm.js';
import { devBuiltReason, devNamedDockerfile, rebuiltInProduction, replacedInProduction } from './dev-built.js';
import { ciBuilds, ciPath, readPlatformBuilds, scriptBuild, scriptCommands, unresolvedCiBuilds, type DeployBuild } from '../../repo/platform-files.js';
import { hclArgument, hclAttribute, hclBlocks, scanString } from './hcl.js';
import { basename, dirname, filesEndingIn, hasDevWord, isDevOnly, isProcfile, isSystemdUnit, isTemplate, isTestFile, isVendored, joinPath, RENDERED_TEMPLATE_EXTENSIONS } from '../../repo/classify.js';
import { blankTemplateComments, templateTagEnd } from '../../repo/nginx.js';
import { supervisordEnvironment } from './credentials.js';
import { isSecretName } from './secrets.js';
import { escapeRegExp, someOf } from './text.js';
import { varRefs } from '../../repo/variables.js';
import { helmChartName, helmContainerCommands, helmContainerEnv, shownTemplateName } from './helm-values.js';

/**
 * One simple command of a command line: its words and the `NAME=value` assignments before it, and `cwd`: the
 * folder an earlier `cd` of its script moved to (`cd spa && npm start`; relative to where the script starts, or absolute).
 */
export interface SimpleCommand {
  argv: string[]; env: Record<string, string>; cwd?: string;
  /**
   * Defaults its script gives variables only when they are unset (`export X=${X:-v}`, `: "${X:=v}"` then `export X`,
   * `if [ -z "$X" ]; then export X=v; fi`), with the script line: they reach the process unless something else sets the variable.
   */
  defaults?: Record<string, { value: string; line: number }>;
  /** The line of the script (the `sh -c` body, or the start script read) that writes the command, and where its `export`s (and its own `VAR=…` prefixes) are written. */
  line?: number; envLines?: Record<string, number>;
  /**
   * A step of its script that ends before a later command runs (`NODE_ENV=development npm ci` then `exec node server.js`): what
   * its own `VAR=…` prefix sets is for it alone and never reaches the server (see unconditional).
   */
  transient?: boolean;
}

/**
 * A simple command of a script and the operator that joins it to the previous one; `line`: where it starts (1-based); `bg`: ended by `&`.
 * What the script's structure needs (see expandScript): `fn`, a function's name before its `()` (`server() {`, `function server() {`);
 * `close`, ended by `)` (a `case` pattern, `server)`); `dsemi`, a `;;` (or `;&`, `;;&`) follows it: the end of a `case` branch.
 */
interface ShellPart { argv: string[]; joiner: '&&' | '||' | '|' | ';'; line: number; bg?: boolean; fn?: boolean; close?: boolean; dsemi?: boolean }

/** A name a shell function can have (bash allows `-`, `.` and `:` in it too). */
const FN_NAME = /^[A-Za-z_][\w.:-]*$/;

function shellParts(script: string): ShellPart[] {
  const out: ShellPart[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let joiner: ShellPart['joiner'] = ';';
  // The line the command's first word starts on.
  let line = 1;
  let scanned = 0;
  let start = 1;
  const lineAt = (i: number) => { for (; scanned < i; scanned++) if (script[scanned] === '\n') line++; return line; };
  const endWord = () => { if (inWord) words.push(word); word = ''; inWord = false; };
  const endCommand = (next: ShellPart['joiner'], bg = false, mark?: 'fn' | 'close') => {
    endWord();
    if (words.length) out.push({ argv: words, joiner, line: start, ...(bg ? { bg } : {}), ...(mark ? { [mark]: true } : {}) });
    words = [];
    joiner = next;
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (!inWord && !words.length && c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') start = lineAt(i);
    if (c === '\\') {
      const n = script[i + 1];
      if (n === '\n') { i++; continue; }
      if (n !== undefined) { word += n; inWord = true; i++; }
      continue;
    }
    if (c === "'" || c === '"') {
      let stop = i + 1;
      while (stop < script.length && script[stop] !== c) stop += c === '"' && script[stop] === '\\' ? 2 : 1;
      stop = Math.min(stop, script.length);
      let body = script.slice(i + 1, stop);
      if (c === '"') body = body.replace(/\\(["\\$`])/g, '$1');
      word += body;
      inWord = true;
      i = stop;
      continue;
    }
    if (c === '#' && !inWord) {
      const nl = script.indexOf('\n', i);
      i = nl < 0 ? script.length : nl - 1;
      continue;
    }
    if ((c === '&' || c === '|') && script[i + 1] === c) { endCommand(c === '&' ? '&&' : '||'); i++; continue; }
    if (c === '|') { endCommand('|'); continue; }
    // `>&`/`<&` duplicate a file descriptor (`2>&1`, `>&2`): part of the redirection's word, not a background `&`.
    if (c === '&' && inWord && /[<>]$/.test(word)) { word += c; continue; }
    // bash's `&>file`/`&>>file` (stdout and stderr to a file, `npm ci &>/dev/null`): a redirection word of its own, not a
    // background `&` then `>file` (as dash would read it; scripts write it for bash, meaning the redirection).
    if (c === '&' && script[i + 1] === '>') { endWord(); word = c; inWord = true; continue; }
    if (c === '&') { endCommand(';', true); continue; }
    // `;;` (bash's `;&`, `;;&` too) ends a `case` branch: marked on the branch's last command (its pattern when it runs none).
    if (c === ';' && (script[i + 1] === ';' || script[i + 1] === '&')) {
      endCommand(';');
      const last = out.at(-1);
      if (last) last.dsemi = true;
      i += script[i + 1] === ';' && script[i + 2] === '&' ? 2 : 1;
      continue;
    }
    // `name()` (`function name()`): a function definition's head; the `)` is part of it.
    if (c === '(') {
      endWord();
      const paren = /^[ \t]*\)/.exec(script.slice(i + 1, i + 64));
      if (paren && (words.length === 1 || (words.length === 2 && words[0] === 'function')) && FN_NAME.test(words.at(-1)!)) {
        endCommand(';', false, 'fn');
        i += paren[0].length;
        continue;
      }
      endCommand(';');
      continue;
    }
    if (c === ')') { endCommand(';', false, 'close'); continue; }
    if (c === ';' || c === '\n' || c === '\r') { endCommand(';'); continue; }
    if (c === ' ' || c === '\t') { endWord(); continue; }
    word += c;
    inWord = true;
  }
  endCommand(';');
  return out;
}

/**
 * Splits a shell script into simple commands (POSIX-ish: quotes, backslashes, `&&`, `||`, `;`,
 * `|`, `&`, newlines, comments). Never throws; an unterminated quote ends the word.
 */
export function shellCommands(script: string): string[][] {
  return shellParts(script).map((p) => p.argv);
}

/**
 * The words compose runs for a string `command`/`entrypoint`: compose (compose-go, with go-shellwords) splits the string into
 * words without a shell, so a line break outside quotes is white space like a blank (a `|` block's lines
 * `uvicorn app.main:app` / `--host 0.0.0.0 --reload` are one command, not two) and a `#` starts no comment; the words end at
 * the first `&&`, `;` or `|`, as shellCommands' first command does. Quoted text keeps its line breaks (the script of
 * `sh -c "…"`, read line by line as any script is). Null when the string holds no word.
 */
export function composeCommandWords(value: string): string[] | null {
  let text = '';
  let quote: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote) {
      if (c === '\\' && quote === '"' && i + 1 < value.length) { text += c + value[++i]!; continue; }
      if (c === quote) quote = null;
      text += c;
      continue;
    }
    // An escaped character (a line continuation `\` at the end of a line too) is left to the shell-words reader.
    if (c === '\\' && i + 1 < value.length) { text += c + value[++i]!; continue; }
    if (c === "'" || c === '"') quote = c;
    if (c === '\n' || c === '\r') { text += ' '; continue; }
    // A `#` where a word starts is a word of its own to compose, not a comment that would hide the lines after it.
    if (c === '#' && (i === 0 || /\s/.test(value[i - 1]!))) { text += '\\#'; continue; }
    text += c;
  }
  return shellCommands(text)[0] ?? null;
}

const TEST_CMD = /^(\[|\[\[|test)$/;

/** `base` then `cd dir`: the folder reached (absolute when either is), `..` kept for the caller to resolve. */
const cdJoin = (base: string | undefined, dir: string) => (base === undefined ? dir : posixJoin(base, dir));

/** A command a script always runs, with what the script set before it (see SimpleCommand). */
interface ScriptCommand { argv: string[]; cwd?: string; line: number; defaults?: SimpleCommand['defaults']; envLines?: Record<string, number>; transient?: boolean }

/** The default `value` gives the variable `name` itself when unset (`${X:-v}`, `${X-v}`, `${X:=v}`, `${X=v}`); null for any other value. */
function selfDefault(name: string, value: string): string | null {
  const m = /^\$\{([A-Za-z_]\w*):?[-=]([^}$`]*)\}$/.exec(value);
  return m && m[1] === name ? m[2]! : null;
}

/** The variable a test checks for being unset or empty (`flag` `-z`: `[ -z "$X" ]`, `[[ -z ${X:-} ]]`, `test -z "$X"`), or set (`-n`); else null. */
function emptinessTest(argv: readonly string[], flag: '-z' | '-n'): string | null {
  const [t, ...rest] = argv;
  const body = t === '[' ? (rest.at(-1) === ']' ? rest.slice(0, -1) : null) : t === '[[' ? (rest.at(-1) === ']]' ? rest.slice(0, -1) : null) : t === 'test' ? rest : null;
  if (!body || body.length !== 2 || body[0] !== flag) return null;
  const m = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?::?-)?\})$/.exec(body[1]!);
  return m ? m[1] ?? m[2]! : null;
}

/** A shell word `NAME` or `NAME=value` (an `export`'s argument, a bare assignment). */
const SHELL_ASSIGN = /^([A-Za-z_]\w*)(?:=(.*))?$/s;

/** The assignments of `name` a command makes (`export X=v`, `X=v`, `export X`: value null), or null when it does anything else. */
function assignsOnly(argv: readonly string[], name: string): { value: string | null; exported: boolean }[] | null {
  const exported = argv[0] === 'export';
  const words = exported ? argv.slice(1) : argv;
  if (!words.length) return null;
  const out: { value: string | null; exported: boolean }[] = [];
  for (const w of words) {
    const m = SHELL_ASSIGN.exec(w);
    if (!m || m[1] !== name || (m[2] === undefined && !exported)) return null;
    out.push({ value: m[2] ?? null, exported });
  }
  return out;
}

/**
 * The commands a script always runs: commands inside `if`/`case`/loops, after `||`, or after
 * `[ … ] &&` are dropped — a start script that runs `flask run` only in a development branch
 * does not start it in production (precision over recall). A `cd DIR` the script always runs moves
 * the commands after it (`cwd`); a `cd` to a computed folder (`cd "$(dirname "$0")"`) is not followed.
 * The variables it exports (`export X=v`; `X=v` then `export X`; anything after `set -a`) reach the commands after it,
 * and a default it gives a variable only when unset (`export X=${X:-v}`, `: "${X:=v}"` then `export X`,
 * `if [ -z "$X" ]; then export X=v; fi`, `[ -z "$X" ] && export X=v`, `[ -n "$X" ] || export X=v`) reaches them as `defaults`:
 * the value unless something else sets the variable.
 * A command's own `VAR=…` prefix is for that command alone (its line is kept in `envLines`, as an export's is): a command another
 * always-run command follows (`NODE_ENV=development npm ci` then `exec node server.js`) is `transient`, a step that ends before the
 * server starts — unless it runs in the background (`&`), feeds a pipe, or is an `exec` (nothing after it runs). Only `exit`,
 * `wait`, `true`, `false` and `sleep` after it leave it the last command.
 */
function unconditional(parts: ShellPart[]): ScriptCommand[] {
  const out: ScriptCommand[] = [];
  // The part each command of `out` is, to judge which are transient.
  const partOf: number[] = [];
  let depth = 0;
  let guarded = false;
  let cwd: string | undefined;
  let allExport = false;
  // What the script set, in order: `dflt` when set only if unset (the value then is the variable's own, else this).
  const vars = new Map<string, { value: string; line: number; dflt: boolean; exported: boolean }>();
  // Names exported before the script gives them a value (`export X` then `: "${X:=v}"`).
  const exportedNames = new Set<string>();
  const assign = (name: string, value: string | null, line: number, exportNow: boolean, dflt = false) => {
    const prev = vars.get(name);
    const exported = exportNow || exportedNames.has(name);
    if (value === null) { if (prev) prev.exported = true; else exportedNames.add(name); return; }
    const d = selfDefault(name, value);
    if (d !== null || dflt) {
      // A default for a variable the script already set is no change (the variable keeps its value).
      if (prev) { prev.exported ||= exported || allExport; return; }
      vars.set(name, { value: d ?? value, line, dflt: true, exported: exported || allExport });
      return;
    }
    vars.set(name, { value, line, dflt: false, exported: exported || allExport || !!prev?.exported });
  };
  for (let i = 0; i < parts.length; i++) {
    const { argv: own, joiner, line } = parts[i]!;
    const set = [...vars].filter(([, v]) => v.exported && !v.dflt);
    const argv = set.length ? [...set.map(([k, v]) => `${k}=${v.value}`), ...own] : own;
    const w = own[0]!;
    if (joiner === ';' || joiner === '|') guarded = false;
    if (joiner === '||') guarded = true;
    if (depth === 0 && !guarded) {
      // `if [ -z "$X" ]; then export X=v; fi` (only assignments of X in it, no else): X's default.
      const tested = w === 'if' ? emptinessTest(own.slice(1), '-z') : null;
      if (tested) {
        let j = i + 1;
        const body: { value: string | null; exported: boolean; line: number }[] = [];
        let ok = false;
        for (; j < parts.length; j++) {
          const p = parts[j]!;
          const words = j === i + 1 ? (p.argv[0] === 'then' ? p.argv.slice(1) : null) : p.argv;
          if (words === null) break;
          if (words.length === 1 && words[0] === 'fi' && j > i + 1) { ok = body.length > 0; break; }
          const got = words.length ? assignsOnly(words, tested) : [];
          if (got === null) break;
          body.push(...got.map((g) => ({ ...g, line: p.line })));
        }
        if (ok) {
          for (const b of body) assign(tested, b.value, b.line, b.exported, true);
          i = j;
          continue;
        }
      }
      // `[ -z "$X" ] && export X=v`, `[ -n "$X" ] || export X=v`: the same, on one line.
      const next = parts[i + 1];
      const after = parts[i + 2];
      const listed = next && (!after || after.joiner === ';') && TEST_CMD.test(w)
        ? (next.joiner === '&&' ? emptinessTest(own, '-z') : next.joiner === '||' ? emptinessTest(own, '-n') : null) : null;
      const got = listed ? assignsOnly(next!.argv, listed) : null;
      if (listed && got) {
        for (const g of got) assign(listed, g.value, next!.line, g.exported, true);
        i++;
        continue;
      }
    }
    if (/^(if|case|while|until|for|select)$/.test(w)) depth++;
    else if (/^(fi|esac|done)$/.test(w)) depth = Math.max(0, depth - 1);
    else if (TEST_CMD.test(w)) guarded = true;
    else if (depth > 0 || guarded) continue;
    else if (w === 'cd') {
      const dir = skipOptions(own.slice(1))[0];
      if (dir !== undefined && dir !== '-' && !/[$`~*?]/.test(dir)) cwd = cdJoin(cwd, dir);
    } else if (w === 'export') {
      for (const a of own.slice(1)) {
        const m = SHELL_ASSIGN.exec(a);
        if (m) assign(m[1]!, m[2] ?? null, line, true);
      }
    } else if (w === 'set') {
      if (own.some((a) => /^-[a-zA-Z]*a/.test(a)) || own.join(' ').includes('-o allexport')) allExport = true;
      if (own.some((a) => /^\+[a-zA-Z]*a/.test(a)) || own.join(' ').includes('+o allexport')) allExport = false;
    } else if (w === ':') {
      // `: "${X:=v}"`: X's default, a shell variable until exported.
      for (const a of own.slice(1)) {
        const m = /^\$\{([A-Za-z_]\w*):?=([^}$`]*)\}$/.exec(a);
        if (m) assign(m[1]!, m[2]!, line, false, true);
      }
    } else if (own.every((a) => /^[A-Za-z_]\w*=/.test(a))) {
      // `X=v` alone: a shell variable, reaching commands once exported.
      for (const a of own) { const k = a.indexOf('='); assign(a.slice(0, k), a.slice(k + 1), line, false); }
    } else if (!/^(then|else|elif|do|\{|\}|echo|printf|source|\.)$/.test(w)) {
      const defaults = Object.fromEntries([...vars].filter(([, v]) => v.exported && v.dflt && v.value).map(([k, v]) => [k, { value: v.value, line: v.line }]));
      const envLines: Record<string, number> = Object.fromEntries(set.map(([k, v]) => [k, v.line]));
      // The command's own prefix (`X=v cmd`, `env X=v cmd`): written on the command's line.
      for (const k of ownPrefix(own).names) envLines[k] = line;
      out.push({ argv, line, ...(cwd === undefined ? {} : { cwd }), ...(Object.keys(defaults).length ? { defaults } : {}), ...(Object.keys(envLines).length ? { envLines } : {}) });
      partOf.push(i);
    }
  }
  // A step another always-run command follows ends before it starts: its own prefix never reaches the server.
  const last = out.findLastIndex((c) => !/^(exit|wait|true|false|sleep)$/.test(c.argv.find((x) => !/^[A-Za-z_]\w*=/.test(x)) ?? ''));
  out.forEach((c, k) => {
    const p = parts[partOf[k]!]!;
    if (k < last && !p.bg && parts[partOf[k]! + 1]?.joiner !== '|' && exeName(ownPrefix(p.argv).rest[0] ?? '') !== 'exec') c.transient = true;
  });
  return out;
}

/** How deep calls of a script's shell functions are followed (a function calling itself, or a longer chain, ends there). */
const MAX_CALLS = 8;

/** The words `local`/`export`/`readonly`/`declare` assign (`local cmd="$1"`), their options left out; null for any other command. */
function declared(argv: readonly string[]): string[] | null {
  if (!/^(local|export|readonly|declare|typeset)$/.test(argv[0] ?? '')) return null;
  return argv.slice(1).filter((w) => !/^[-+]/.test(w));
}

/**
 * What a word is when its script runs with positional arguments `args` (null: not known) and the variables `vars` it set itself
 * (null: set, to a value not known): a literal, `$1`, `${1}`, `${1:-server}`, `$cmd`, `${cmd-x}`. Null when it cannot be told
 * (a variable the environment may set, a command substitution).
 */
function wordValue(word: string, args: readonly string[] | null, vars: ReadonlyMap<string, string | null>): string | null {
  if (!/[$`]/.test(word)) return word;
  const m = /^\$(?:(\d)|([A-Za-z_]\w*)|\{(\d+|[A-Za-z_]\w*)(?:(:?)([-=])([^}$`]*))?\})$/.exec(word);
  if (!m) return null;
  const name = m[1] ?? m[2] ?? m[3]!;
  let v: string | null | undefined;
  if (/^\d+$/.test(name)) {
    if (name === '0' || args === null) return null;
    v = args[Number(name) - 1];
  } else {
    if (!vars.has(name)) return null;
    v = vars.get(name)!;
    if (v === null) return null;
  }
  if (m[5] !== undefined && (v === undefined || (m[4] === ':' && v === ''))) return m[6]!;
  v ??= '';
  return /[$`]/.test(v) ? null : v;
}

/** Whether the `case` pattern `pattern` (a shell glob: `*`, `?`, `[…]`) matches `value`; null when it holds an expansion. */
function caseMatches(pattern: string, value: string): boolean | null {
  // Not read (unknown): a pattern with an expansion, or one whose stars would make the match cost value.length to their power
  // (`*a*a*a…*b`, a backtracking regex a pull request could hang the job with: review QA43 B1); real dispatch patterns have
  // at most two (`server)`, `dev|dev_server)`, `-*)`, `*)`).
  if (/[$`]/.test(pattern) || pattern.split('*').length > 3 || pattern.length > 200 || value.length > 1000) return null;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const end = c === '[' ? pattern.indexOf(']', i + 2) : -1;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (end > 0) { const body = pattern.slice(i + 1, end); re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`.replace(/\\/g, '\\\\'); i = end; }
    else re += escapeRegExp(c);
  }
  try { return new RegExp(`^${re}$`, 's').test(value); } catch { return null; }
}

/** A `case WORD in … esac` starting at `parts[i]`: its subject, its branches (patterns, body) and the index of its `esac`; null when it is not read so. */
function caseBranches(parts: readonly ShellPart[], i: number): { subject: string; branches: { patterns: string[]; body: ShellPart[] }[]; end: number } | null {
  const head = parts[i]!;
  if (head.argv[0] !== 'case' || head.argv[2] !== 'in') return null;
  // The line of the head may hold the first pattern (`case "$1" in server)`): read as the part before the next one.
  const first: ShellPart | null = head.argv.length > 3 ? { argv: head.argv.slice(3), joiner: ';', line: head.line, ...(head.close ? { close: true } : {}), ...(head.dsemi ? { dsemi: true } : {}) } : null;
  const at = (k: number): ShellPart | undefined => (k === i ? first ?? undefined : parts[k]);
  const branches: { patterns: string[]; body: ShellPart[] }[] = [];
  for (let k = first ? i : i + 1; k < parts.length;) {
    if (at(k)?.argv[0] === 'esac' && !at(k)!.close) return { subject: head.argv[1]!, branches, end: k };
    // `a|b)`: the alternatives, one word each, the last ended by `)`.
    const patterns: string[] = [];
    for (;;) {
      const q = at(k);
      if (!q || q.argv.length !== 1 || (patterns.length && q.joiner !== '|')) return null;
      patterns.push(q.argv[0]!);
      k++;
      if (q.close) break;
    }
    const body: ShellPart[] = [];
    // The body runs to its `;;` (or to the `esac` of a last branch without one); a `case` inside it has its own.
    if (!at(k - 1)!.dsemi) {
      let nested = 0;
      for (; k < parts.length; k++) {
        const p = parts[k]!;
        if (nested === 0 && p.argv[0] === 'esac') break;
        if (p.argv[0] === 'case') nested++;
        else if (p.argv[0] === 'esac') nested--;
        body.push(p);
        if (nested === 0 && p.dsemi) { k++; break; }
      }
    }
    branches.push({ patterns, body });
  }
  return null;
}

/** How many parts an `if … fi` dispatch is read over (its branches' bodies and what they nest): a longer one is left as written. */
const MAX_IF_PARTS = 2000;

/**
 * The comparison an `if`/`elif` head makes of two words, `[ "$1" = "dev" ]`, `[[ $1 == dev ]]` (`!=` too; `test` not): null for any
 * other condition (several tests, `-z`, a command), which is then not read. In `[[ ]]` the right word is a pattern: one with a glob
 * character is not read (the parsed word no longer tells a quoted `*` from a pattern's).
 */
function ifComparison(argv: readonly string[]): { left: string; equal: boolean; right: string } | null {
  const t = argv.slice(1);
  const close = t[0] === '[' ? ']' : t[0] === '[[' ? ']]' : null;
  if (!close || t.length !== 5 || t[4] !== close || !/^(?:==?|!=)$/.test(t[2]!)) return null;
  if (close === ']]' && /[*?[]/.test(t[3]!)) return null;
  return { left: t[1]!, equal: t[2] !== '!=', right: t[3]! };
}

/**
 * An `if [ "$1" = "dev" ]; then … elif [ "$1" = "web" ]; then … else … fi` starting at `parts[i]`, the `case` dispatch written
 * with tests: each branch's comparison (null for the `else`) and body, and the index of its `fi`; null when it is not read so (a
 * head that is no comparison of two words: ifComparison; more than MAX_IF_PARTS parts).
 */
function ifBranches(parts: readonly ShellPart[], i: number): { branches: { test: ReturnType<typeof ifComparison>; body: ShellPart[] }[]; end: number } | null {
  let test = ifComparison(parts[i]!.argv);
  if (!test) return null;
  const branches: { test: ReturnType<typeof ifComparison>; body: ShellPart[] }[] = [];
  // The branch being read (null between a head and its `then`), and how deep the compounds opened in it are.
  let current: { test: ReturnType<typeof ifComparison>; body: ShellPart[] } | null = null;
  let depth = 0;
  // What follows `then`/`else` on its line is the body's first command.
  const open = (p: ShellPart, t: typeof test) => ({ test: t, body: p.argv.length > 1 ? [{ ...p, argv: p.argv.slice(1), joiner: ';' as const }] : [] });
  for (let k = i + 1; k < parts.length && k - i <= MAX_IF_PARTS; k++) {
    const p = parts[k]!;
    const w = p.argv[0]!;
    if (depth === 0) {
      if (w === 'then' && !current) { current = open(p, test); continue; }
      if (!current) return null;
      if (w === 'elif') { branches.push(current); test = ifComparison(p.argv); if (!test) return null; current = null; continue; }
      if (w === 'else') { branches.push(current); current = open(p, null); continue; }
      if (w === 'fi') { if (p.argv.length > 1) return null; branches.push(current); return { branches, end: k }; }
    }
    if (!current) return null;
    const first = /^(?:then|else|do)$/.test(w) ? p.argv[1] ?? '' : w;
    if (/^(if|case|while|until|for|select)$/.test(first)) depth++;
    else if (/^(fi|esac|done)$/.test(w)) depth = Math.max(0, depth - 1);
    current.body.push(p);
  }
  return null;
}

/**
 * The shell functions a script defines (`name() { … }`, `function name { … }`, `function name() { … }`): each name's body, and the
 * script's parts without the definitions (defining a function runs nothing). A head without a `{ … }` body (a `( … )` one) is left as written.
 */
function functionsOf(parts: readonly ShellPart[], fns = new Map<string, ShellPart[]>()): { rest: ShellPart[]; fns: Map<string, ShellPart[]> } {
  const rest: ShellPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const kw = p.argv[0] === 'function';
    const name = kw ? p.argv[1] : p.fn && p.argv.length === 1 ? p.argv[0] : undefined;
    // The `{` that opens the body: on the head's line (`function name {`) or after it (`name() {`, `name()` then `{` below).
    let open: { part: ShellPart; words: string[]; next: number } | null = null;
    if (name !== undefined && FN_NAME.test(name)) {
      if (kw && p.argv[2] === '{') open = { part: p, words: p.argv.slice(3), next: i + 1 };
      else if ((p.fn || (kw && p.argv.length === 2)) && parts[i + 1]?.argv[0] === '{') open = { part: parts[i + 1]!, words: parts[i + 1]!.argv.slice(1), next: i + 2 };
    }
    if (!open) { rest.push(p); continue; }
    // What follows the `{` on its line is the body's first command (its `)` or `;;` kept: `f() { case "$1" in a) …`).
    const body: ShellPart[] = open.words.length ? [{ argv: open.words, joiner: ';', line: open.part.line, ...(open.part.close ? { close: true } : {}), ...(open.part.dsemi ? { dsemi: true } : {}) }] : [];
    let depth = 1;
    let j = open.next;
    for (; j < parts.length; j++) {
      const w = parts[j]!.argv[0];
      if (w === '{') depth++;
      else if (w === '}' && --depth === 0) break;
      body.push(parts[j]!);
    }
    // No closing `}`: read as written.
    if (j >= parts.length) { rest.push(p); continue; }
    fns.set(name!, functionsOf(body, fns).rest);
    i = j;
  }
  return { rest, fns };
}

/**
 * A script's parts in the order its structure runs them, for unconditional to judge: a shell function's body runs where the function
 * is called, not where it is defined (Redash's entrypoint defines `server()` and `dev_server()`; only the one called runs); a `case` on a
 * positional argument the script is known to be given (`args`: `CMD ["server"]` for `case "$1" in server) server ;; … esac`; also
 * `${1:-server}`, a variable set from one, a function's own arguments) is the branch that argument selects, the others never run; a
 * `{ …; }` group, a called body and a selected branch are as conditional as their first word is (`[ -n "$DEV" ] && dev_server`: its
 * body stays behind the test). What cannot be told (no arguments known, a subject the environment sets, a pattern holding a variable,
 * arguments `shift`ed only in a branch) is left as written: the branches stay conditional, dropped by unconditional.
 */
function expandScript(parts: readonly ShellPart[], args: readonly string[] | null): ShellPart[] {
  // Arguments not known (`exec /app/docker-entrypoint.sh "$@"` forwarding an outer shell's, a command no reading resolves): any
  // function or branch may be the one that runs, so the script is read as written, every function body with it (QA43 sweep3 R2).
  if (args === null) return [...parts];
  const { rest, fns } = functionsOf(parts);
  return expandParts(rest, args, fns, 0, { left: MAX_INLINED });
}

/** How many parts function calls may add to a script in all (a function called from many places, calls nested in calls): past it, a call stays a plain command. */
const MAX_INLINED = 4096;

function expandParts(written: readonly ShellPart[], args: readonly string[] | null, fns: ReadonlyMap<string, ShellPart[]>, calls: number, budget: { left: number }): ShellPart[] {
  const parts = [...written];
  const out: ShellPart[] = [];
  let positional = args;
  const vars = new Map<string, string | null>();
  // `if`/`case`/loops the current part is inside, and for each open `{` whether it is conditional (behind `&&`/`||`).
  let nest = 0;
  const groups: boolean[] = [];
  // A `{` alone on its line hands its joiner to the first command in it.
  let pending: ShellPart['joiner'] | null = null;
  const conditional = (p: ShellPart) => nest > 0 || groups.includes(true) || p.joiner === '&&' || p.joiner === '||';
  const emit = (q: ShellPart) => {
    let joiner = pending ?? q.joiner;
    pending = null;
    if (joiner === ';' && groups.includes(true)) joiner = '&&';
    out.push(joiner === q.joiner ? q : { ...q, joiner });
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const w = p.argv[0]!;
    if (w === '{') {
      groups.push(p.joiner === '&&' || p.joiner === '||');
      if (p.argv.length > 1) emit({ ...p, argv: p.argv.slice(1) });
      else pending = p.joiner;
      continue;
    }
    if (w === '}') { groups.pop(); pending = null; continue; }
    if (w === 'case') {
      const c = caseBranches(parts, i);
      const value = c && wordValue(c.subject, positional, vars);
      if (c && value !== null) {
        let chosen: ShellPart[] | null = [];
        for (const b of c.branches) {
          const hit = b.patterns.map((x) => caseMatches(x, value));
          if (hit.includes(true)) { chosen = b.body; break; }
          if (hit.includes(null)) { chosen = null; break; }
        }
        if (chosen) {
          // The branch, as a group in place of the whole `case … esac` (as conditional as the `case` is).
          parts.splice(i, c.end - i + 1, { argv: ['{'], joiner: p.joiner, line: p.line, ...(p.bg ? { bg: true } : {}) }, ...chosen, { argv: ['}'], joiner: ';', line: p.line });
          i--;
          continue;
        }
      }
    }
    // `if [ "$1" = "dev" ]; then … elif [ "$1" = "web" ]; then … fi`: the branch the known argument selects, as a `case`'s.
    if (w === 'if') {
      const c = ifBranches(parts, i);
      let chosen: ShellPart[] | null = c && [];
      for (const b of c?.branches ?? []) {
        if (!b.test) { chosen = b.body; break; }
        const left = wordValue(b.test.left, positional, vars);
        const right = wordValue(b.test.right, positional, vars);
        if (left === null || right === null) { chosen = null; break; }
        if ((left === right) === b.test.equal) { chosen = b.body; break; }
      }
      if (c && chosen) {
        parts.splice(i, c.end - i + 1, { argv: ['{'], joiner: p.joiner, line: p.line, ...(p.bg ? { bg: true } : {}) }, ...chosen, { argv: ['}'], joiner: ';', line: p.line });
        i--;
        continue;
      }
    }
    const callee = fns.get(w);
    if (callee && calls < MAX_CALLS && budget.left >= callee.length) {
      budget.left -= callee.length;
      // The function's own arguments (`"$@"` passes the script's on); unknown when one of them is.
      let given: string[] | null = [];
      for (const a of p.argv.slice(1)) {
        const v = a === '$@' || a === '$*' ? positional : wordValue(a, positional, vars);
        if (v === null) { given = null; break; }
        given.push(...(typeof v === 'string' ? [v] : v));
      }
      const cond = p.joiner === '&&' || p.joiner === '||';
      expandParts(callee, given, fns, calls + 1, budget).forEach((q, k) => emit({ ...q, joiner: k === 0 ? p.joiner : cond && q.joiner === ';' ? '&&' : q.joiner, ...(p.bg ? { bg: true } : {}) }));
      continue;
    }
    if (/^(if|case|while|until|for|select)$/.test(w)) nest++;
    else if (/^(fi|esac|done)$/.test(w)) nest = Math.max(0, nest - 1);
    // `shift` moves the arguments a later `case "$1"` sees; one that may not run, or `set --`, leaves them unknown.
    else if (w === 'shift') positional = conditional(p) || !/^\d*$/.test(p.argv[1] ?? '') ? null : positional && positional.slice(Number(p.argv[1] ?? 1));
    else if (w === 'set' && p.argv.slice(1).some((a, k, all) => !/^[-+][A-Za-z]+$/.test(a) && !/^[-+][A-Za-z]*o$/.test(all[k - 1] ?? ''))) positional = null;
    else {
      const assigned = p.argv.every((a) => /^[A-Za-z_]\w*=/.test(a)) ? p.argv : declared(p.argv);
      for (const a of assigned ?? []) {
        const m = SHELL_ASSIGN.exec(a);
        if (m) vars.set(m[1]!, m[2] === undefined || conditional(p) ? vars.get(m[1]!) ?? null : wordValue(m[2], positional, vars));
      }
    }
    emit(p);
  }
  return out;
}

/** What a command's own leading assignments set (`X=v cmd`, `env -i X=v cmd`): their `names`, and the words after them (`rest`). */
function ownPrefix(argv: readonly string[]): { names: string[]; rest: string[] } {
  const names: string[] = [];
  let a = [...argv];
  for (;;) {
    const m = /^([A-Za-z_]\w*)=/.exec(a[0] ?? '');
    if (m) { names.push(m[1]!); a = a.slice(1); continue; }
    // `env`'s options as unwrap reads them (`env -u HOME X=v cmd`: HOME is `-u`'s value).
    if (a.length && exeName(a[0]!) === 'env') { a = skipOptions(a.slice(1), ENV_OPTIONS); continue; }
    break;
  }
  return { names, rest: a };
}

const SHELLS = /^(sh|bash|dash|ash|zsh)$/;

/**
 * How a command-line tool reads its options, so that an option's value is never taken for a
 * sub-command or an operand (`vite --host 0.0.0.0`: `0.0.0.0` is the host, not a command).
 * `values`: options that take a value (as the next word unless written `--opt=value`/`-p3000`);
 * `flags`: options that never do. An option in neither list is read by `unknown`: `'value'` for
 * tools whose every other option takes one, `'flag'` for tools whose undeclared options take none,
 * and `'either'` (the default) when unsure: both readings are tried and a verdict must hold under
 * both (precision over recall). `--no-x` is always a flag; `--` ends the options.
 */
interface CliSpec { values?: readonly string[]; flags?: readonly string[]; unknown?: 'value' | 'flag' | 'either' }

const HELP = ['-h', '--help', '--version'];

/** Whether option word `w` consumes the next word as its value. */
function takesValue(w: string, spec: CliSpec, unknown: boolean): boolean {
  if (w.includes('=')) return false;
  if (spec.values?.includes(w)) return true;
  if (spec.flags?.includes(w) || w.startsWith('--no-')) return false;
  // `-p3000`: a short value option with its value attached.
  if (!w.startsWith('--') && w.length > 2 && spec.values?.includes(w.slice(0, 2))) return false;
  return unknown;
}

/** Indices of the operands (sub-command and arguments) of `args` under each reading of its options; one list when the readings agree. */
function operandReadings(args: readonly string[], spec: CliSpec = {}): number[][] {
  const read = (unknown: boolean): number[] => {
    const out: number[] = [];
    for (let i = 0; i < args.length; i++) {
      const w = args[i]!;
      if (w === '--') { for (let j = i + 1; j < args.length; j++) out.push(j); break; }
      if (w.length < 2 || w[0] !== '-') { out.push(i); continue; }
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('-') && takesValue(w, spec, unknown)) i++;
    }
    return out;
  };
  const mode = spec.unknown ?? 'either';
  if (mode !== 'either') return [read(mode === 'value')];
  const asFlags = read(false);
  const asValues = read(true);
  return asFlags.join() === asValues.join() ? [asFlags] : [asFlags, asValues];
}

/** The operand words of `args` under each reading of its options. */
function operands(args: readonly string[], spec: CliSpec = {}): string[][] {
  return operandReadings(args, spec).map((r) => r.map((i) => args[i]!));
}

/** Whether `test` holds for the sub-command (first operand, undefined when none) under every reading of the options. */
function subIs(args: readonly string[], spec: CliSpec, test: (sub: string | undefined) => boolean): boolean {
  return operands(args, spec).every((ops) => test(ops[0]));
}

/** The options before the first operand (a script or a sub-command), under each reading. */
function leadingOptions(args: readonly string[], spec: CliSpec): string[][] {
  return operandReadings(args, spec).map((r) => args.slice(0, r[0] ?? args.length).filter((w) => w.startsWith('-')));
}

/** Drops a wrapper's leading options (and their values, per `spec`; undeclared ones take none unless `unknown: 'value'`) up to the command it runs; `--` ends them. */
function skipOptions(args: readonly string[], spec: CliSpec = {}): string[] {
  let i = 0;
  while (i < args.length && args[i]!.length > 1 && args[i]!.startsWith('-')) {
    if (args[i] === '--') return args.slice(i + 1);
    const next = args[i + 1];
    i += next !== undefined && !next.startsWith('-') && takesValue(args[i]!, spec, spec.unknown === 'value') ? 2 : 1;
  }
  return args.slice(i);
}

/** `env`'s options that take a value (`env -u NAME`, `env -C dir`). */
const ENV_OPTIONS: CliSpec = { values: ['-u', '--unset', '-C', '--chdir'] };

/** Wrappers followed directly by the command they run. */
const PLAIN_WRAPPERS = new Set(['exec', 'nohup', 'time', 'ddtrace-run', 'opentelemetry-instrument', 'newrelic-admin', 'run-program', 'npx', 'bunx', 'catchsegv', 'stdbuf', 'nice', 'ionice', 'setsid', 'cross-env', 'with-contenv']);
/** Wrappers whose first argument is a user or a value, then the command. */
const ONE_ARG_WRAPPERS = new Set(['gosu', 'su-exec', 'setuidgid', 'chroot', 's6-setuidgid']);
/** Wrappers that run a command given after `--` (or after their own options). */
const DASHDASH_WRAPPERS = new Set(['dotenv', 'tini', 'dumb-init', 'doppler', 'op', 'infisical', 'wait-for-it', 'wait-for-it.sh', 'wait-for', 'dockerize', 'chamber', 'aws-vault', 'envconsul', 'berglas', 'secrets-init', 'catatonit', 'pid1']);
/** Task runners: `poetry run X`, `uv run X`, `bundle exec X`, `pnpm exec X`. */
const RUNNERS: Record<string, string> = { poetry: 'run', pipenv: 'run', uv: 'run', pdm: 'run', hatch: 'run', rye: 'run', bundle: 'exec', pnpm: 'exec', yarn: 'exec', conda: 'run' };
/** Options of wrappers and runners that take a value (`nice -n 10 cmd`, `npx -p pkg cmd`, `conda run -n env cmd`). */
const WRAPPER_OPTIONS: Record<string, CliSpec> = {
  npx: { values: ['-p', '--package', '-c', '--call', '-w', '--workspace', '--prefix', '--registry', '--cache', '--userconfig'] },
  bunx: { values: ['-p', '--package'] },
  nice: { values: ['-n', '--adjustment'] },
  ionice: { values: ['-c', '--class', '-n', '--classdata', '-p', '--pid', '-P', '--pgid', '-u', '--uid'] },
  stdbuf: { values: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  time: { values: ['-f', '--format', '-o', '--output'] },
  // Every option of opentelemetry-instrument sets a configuration value (`--traces_exporter otlp`).
  'opentelemetry-instrument': { flags: [...HELP], unknown: 'value' },
  dotenv: { values: ['-e', '-v', '-p'] },
  tini: { values: ['-p', '-e'] },
  'dumb-init': { values: ['-r', '--rewrite'] },
  // Go `flag` packages: everything but the booleans takes a value (`-wait tcp://db:5432 -timeout 60s`).
  dockerize: { flags: ['-no-overwrite', '-version', '-poll', '-help'], unknown: 'value' },
  envconsul: { flags: ['-once', '-pristine', '-sanitize', '-upcase', '-v', '-version', '-help'], unknown: 'value' },
  'secrets-init': { values: ['--provider', '-p', '--google-project'] },
  poetry: { values: ['-C', '--directory', '-P', '--project'] },
  uv: { values: ['--with', '--with-editable', '--with-requirements', '--python', '-p', '--env-file', '--extra', '--group', '--only-group', '--no-group', '--package', '--directory', '--project', '--index', '--index-url', '--default-index', '--extra-index-url', '--find-links', '-f', '--cache-dir', '--config-file', '--exclude-newer'] },
  pdm: { values: ['-p', '--project', '-g'] },
  conda: { values: ['-n', '--name', '-p', '--prefix', '--cwd'] },
  pnpm: { values: ['-C', '--dir', '--filter', '-F'] },
  bundle: { values: ['--gemfile'] },
};

/** A command word's executable name (`/usr/local/bin/node` → `node`, `node.exe` → `node`). */
export const exeName = (w: string) => basename(w).replace(/\.exe$/i, '');

/** concurrently's options (every other word is a command line); undeclared ones are read as flags. */
const CONCURRENTLY: CliSpec = {
  values: ['-n', '--names', '--name-separator', '-c', '--prefix-colors', '-p', '--prefix', '-l', '--prefix-length', '-t', '--timestamp-format', '-s', '--success', '--kill-signal', '--restart-tries', '--restart-after', '-m', '--max-processes', '--default-input-target', '--hide', '--teardown', '--cwd'],
  unknown: 'flag',
};
/** npm-run-all (and its `run-p`/`run-s`): options, then script-name patterns; `--` passes arguments to the scripts. */
const RUN_ALL = new Set(['npm-run-all', 'npm-run-all2', 'run-p', 'run-s']);
const NPM_RUN_ALL: CliSpec = { values: ['--max-parallel', '--npm-path'], unknown: 'flag' };

/**
 * Reduces one argv to the commands it really runs: leading assignments become `env`, wrappers
 * (`exec`, `env`, `tini --`, `gosu user`, `poetry run`…) are peeled off with their options (and
 * the options' values), and `sh -c "…"` scripts are split into their simple commands. Bounded in depth.
 */
export function unwrap(argv: readonly string[], depth = 0): SimpleCommand[] {
  const env: Record<string, string> = {};
  // `X=${X:-v} cmd`: X's default (line 0: the command's own line).
  const defaults: NonNullable<SimpleCommand['defaults']> = {};
  let a = [...argv];
  // `args`: the positional arguments the script is given (`sh -c 'case "$1" in …' sh server`), null when not known.
  // Functions and case branches are followed in the script an entry point runs, not again in each `sh -c` nested in it: a budget
  // per nesting level would multiply (review QA43 B2); a nested body is read as written.
  const script = (body: string, args: readonly string[] | null) => unconditional(expandScript(shellParts(body), depth === 0 ? args : null)).flatMap((part) => unwrap(part.argv, depth + 1).map((c): SimpleCommand => {
    const cwd = c.cwd === undefined ? part.cwd : cdJoin(part.cwd, c.cwd);
    const merged = { ...env, ...c.env };
    // A default the command line gives wins over one the script gives (the variable is set by then); one set outright beats both.
    // Lines are this script's: what a nested `sh -c` sets is placed at the line that runs it.
    const given = Object.entries({ ...c.defaults, ...part.defaults, ...defaults }).filter(([k]) => merged[k] === undefined)
      .map(([k, d]) => [k, { value: d.value, line: part.defaults?.[k] === d ? d.line : part.line }] as const);
    const envLines = Object.fromEntries(Object.entries(part.envLines ?? {}).filter(([k]) => c.env[k] !== undefined));
    return {
      argv: c.argv, env: merged, ...(cwd === undefined ? {} : { cwd }), line: part.line,
      ...(given.length ? { defaults: Object.fromEntries(given) } : {}), ...(Object.keys(envLines).length ? { envLines } : {}),
      ...(part.transient || c.transient ? { transient: true } : {}),
    };
  }));
  for (let guard = 0; guard < 16 && a.length; guard++) {
    const w = a[0]!;
    const name = exeName(w);
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w);
    if (assign) {
      const d = selfDefault(assign[1]!, assign[2]!);
      if (d === null) env[assign[1]!] = assign[2]!;
      else if (d !== '' && env[assign[1]!] === undefined) defaults[assign[1]!] = { value: d, line: 0 };
      a = a.slice(1);
      continue;
    }
    if (name === 'env') {
      a = skipOptions(a.slice(1), ENV_OPTIONS);
      continue;
    }
    if (SHELLS.test(name) && depth < 4) {
      const ci = a.findIndex((x, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(x));
      // `sh -c BODY NAME ARGS…`: NAME is the script's `$0`, ARGS its `$1`….
      // An argument this reading does not resolve (`"$@"`, `$MODE`) leaves them all unknown.
      if (ci > 0 && a[ci + 1] !== undefined) { const given = a.slice(ci + 3); return script(a[ci + 1]!, given.some((x) => x.includes('$')) ? null : given); }
      // `sh start.sh args`: the script is the command (`bash -o pipefail start.sh`: `pipefail` is an option's value).
      const rest = skipOptions(a.slice(1), { values: ['-o', '-O', '--rcfile', '--init-file'] });
      if (rest.length) { a = rest; continue; }
      break;
    }
    if (PLAIN_WRAPPERS.has(name)) {
      const spec = WRAPPER_OPTIONS[name] ?? {};
      if (name === 'exec') {
        a = a.slice(1);
        while (a.length && /^-[acl]+$/.test(a[0]!)) a = a.slice(a[0] === '-a' ? 2 : 1);
        continue;
      }
      // `npx -c 'vite --host'` runs a command line.
      if (name === 'npx' && depth < 4) {
        const i = a.findIndex((x, k) => k > 0 && (x === '-c' || x === '--call' || x.startsWith('--call=')));
        if (i > 0 && skipOptions(a.slice(1, i), spec).length === 0) {
          const body = a[i]!.startsWith('--call=') ? a[i]!.slice(7) : a[i + 1];
          if (body !== undefined) return script(body, null);
        }
      }
      a = skipOptions(a.slice(1), spec);
      continue;
    }
    // `concurrently "npm run server" "npm run client"`, `concurrently -k "npm:server" "npm:client"`: every command it is given runs
    // (`npm:x`, `yarn:x`, `pnpm:x`, `bun:x` name package scripts; their `*` matches anything); `npm-run-all`/`run-p`/`run-s` run the
    // package scripts their patterns name (`dev:*`: `*` within a `:` segment, `**` across).
    if ((name === 'concurrently' || name === 'conc') && depth < 4) {
      return operands(a.slice(1), CONCURRENTLY)[0]!.flatMap((c) => {
        const npm = /^(npm|yarn|pnpm|bun):(\S+)/.exec(c);
        return npm ? [{ argv: [npm[1]!, 'run', npm[2]!.replace(/\*+/g, '**')], env: { ...env } }] : script(c, null);
      });
    }
    if (RUN_ALL.has(name)) {
      const dd = a.indexOf('--');
      return operands(a.slice(1, dd > 0 ? dd : a.length), NPM_RUN_ALL)[0]!.flatMap((p) => {
        const pattern = p.trim().split(/\s+/)[0];
        return pattern ? [{ argv: ['npm', 'run', pattern], env: { ...env } }] : [];
      });
    }
    if (ONE_ARG_WRAPPERS.has(name)) { a = a.slice(2); continue; }
    if (DASHDASH_WRAPPERS.has(name)) {
      const dd = a.indexOf('--');
      if (dd > 0) { a = a.slice(dd + 1); continue; }
      a = skipOptions(a.slice(1), WRAPPER_OPTIONS[name]);
      continue;
    }
    if (RUNNERS[name] && a[1] === RUNNERS[name]) {
      a = skipOptions(a.slice(2), WRAPPER_OPTIONS[name]);
      continue;
    }
    // The package managers' npx: `npm exec strapi develop` (and its alias `npm x`), `pnpm dlx`, `yarn dlx`, `bun x`.
    if ((name === 'npm' && (a[1] === 'exec' || a[1] === 'x')) || ((name === 'pnpm' || name === 'yarn') && a[1] === 'dlx') || (name === 'bun' && a[1] === 'x')) {
      a = skipOptions(a.slice(2), WRAPPER_OPTIONS['npx']);
      continue;
    }
    break;
  }
  for (const k of Object.keys(defaults)) if (env[k] !== undefined) delete defaults[k];
  return a.length ? [{ argv: a, env, ...(Object.keys(defaults).length ? { defaults } : {}) }] : [];
}

/** What a command starts, as far as production is concerned. */
export type Verdict =
  | { kind: 'dev'; what: string; debug?: boolean; /** The option that turns debug on (`--debug`, `--debugger`; Sanic's and Litestar's too, with `debug` off). */ debugFlag?: string;
    /** Where the variable that turns it on is set, as EntryPoint.serverEnv names it (`service 'web' environment in docker-compose.yml:5`). */ setBy?: string;
    /** The module a WSGI/ASGI server in reload mode still imports (`gunicorn --reload app:app` → `app`): read as a served one is. */ serves?: { server: string; module: string };
    /**
     * A server told no environment, which starts its development one unless a variable reaching the process says otherwise (railsEnv
     * decides): `rails` (`rails server` without `-e`: RAILS_ENV, else RACK_ENV), `mix` (`mix phx.server`: MIX_ENV).
     */ envDefault?: EnvFramework }
  | { kind: 'python-script'; path: string; module: boolean }
  | { kind: 'wsgi'; server: string; module: string }
  | { kind: 'package-script'; tool: string; script: string; /** The folder the tool is told to run in (`npm --prefix web`, `yarn --cwd web`, `pnpm -C web`). */ cwd?: string;
    /** The workspace package whose script runs (`yarn workspace @acme/web dev`, `npm -w apps/web start`, `pnpm --filter @acme/web start`): a name, or a folder for npm and pnpm. */ workspace?: string;
    /** The configuration file `deno task` is told to read its tasks from (`deno task -c deno.prod.json start`). */ config?: string }
  | { kind: 'other' };

/** The Python interpreter's options that take a value (`-W ignore`, `-X dev`). */
export const VALUE_OPTS_PY = new Set(['-W', '-X', '-Q']);
export const isPythonExe = (n: string) => /^python(\d+(\.\d+)?)?$/.test(n) || n === 'pypy3' || n === 'pypy';
/** debugpy's options that take a value (`--listen 0.0.0.0:5678`, `--log-to /tmp`); `--wait-for-client` takes none. */
export const DEBUGPY_VALUE_OPT = /^--(?:listen|connect|log-to|configure-[\w-]+|parent-session-pid|adapter-access-token|pid)$/;
/** The first of `flags` given (`--flag` or `--flag=value`), as its name. */
const firstFlag = (argv: readonly string[], ...flags: string[]): string | undefined => argv.map((x) => x.split('=')[0]!).find((x) => flags.includes(x));
const hasFlag = (argv: readonly string[], ...flags: string[]) => firstFlag(argv, ...flags) !== undefined;

/**
 * How the dev-server CLIs read their options (from their documentation and argument parsers:
 * cac/mri, commander, yargs, click, argparse, cobra). Only what decides the sub-command matters:
 * options that take a value, and the flags that would otherwise be ambiguous.
 */
const CLI: Record<string, CliSpec> = {
  vite: {
    values: ['--host', '--port', '--config', '-c', '--base', '--logLevel', '--log-level', '-l', '--mode', '-m', '--filter', '-f', '--debug', '-d', '--open', '--outDir', '--out-dir', '--assetsDir', '--assets-dir', '--assetsInlineLimit', '--ssr', '--sourcemap', '--minify', '--manifest', '--ssrManifest', '--target', '--configLoader', '--config-loader'],
    flags: ['--strictPort', '--strict-port', '--cors', '--force', '--clearScreen', '--clear-screen', '--emptyOutDir', '--empty-out-dir', '--watch', '-w', '--app', '--profile', '-v', ...HELP],
  },
  next: {
    values: ['-p', '--port', '-H', '--hostname', '--keepAliveTimeout', '--experimental-https-key', '--experimental-https-cert', '--experimental-https-ca', '--experimental-upload-trace'],
    flags: ['--turbo', '--turbopack', '--webpack', '--experimental-https', '--inspect', '-d', '--debug', '--profile', '--experimental-app-only', '-v', ...HELP],
  },
  nuxt: { values: ['--cwd', '--rootDir', '--port', '-p', '--host', '--dotenv', '--envName', '--logLevel', '--extends', '-e', '--config-file'], flags: ['--https', '--open', '-o', '--public', '--qr', '--clipboard', '--tunnel', '--fork', ...HELP] },
  'webpack-dev-server': { values: ['--config', '-c', '--mode', '--env', '--port', '--host', '--static'] },
  webpack: { values: ['--mode', '--config', '-c', '--env', '--entry', '-o', '--output-path', '--port', '--host', '--node-env', '--config-name', '--name', '--target', '-t', '--devtool', '-d'], flags: ['--watch', '-w', '--hot', '--open', '--progress', '--merge', '-m', ...HELP] },
  ng: { values: ['--host', '--port', '--configuration', '-c', '--project', '--proxy-config', '--base-href', '--deploy-url', '--public-host', '--ssl-key', '--ssl-cert', '--serve-path', '--build-target', '--allowed-hosts'], flags: ['--open', '-o', '--ssl', '--watch', '--live-reload', '--hmr', '--verbose', ...HELP] },
  'vue-cli-service': { values: ['--mode', '--port', '--host', '--public', '--dest', '--target', '--name', '--filename', '--skip-plugins'], flags: ['--open', '--copy', '--https', '--watch', '--report', '--modern', ...HELP] },
  astro: { values: ['--root', '--config', '--host', '--port', '--site', '--base', '--mode'], flags: ['--open', '--verbose', '--silent', '--force', ...HELP] },
  remix: { values: ['--port', '-p', '--config', '-c'], flags: ['--manual', ...HELP] },
  wrangler: { values: ['--port', '--ip', '--env', '-e', '--config', '-c', '--local-protocol', '--inspector-port', '--persist-to', '--var', '--define', '--compatibility-date', '--name', '--main'], flags: ['--local', '--remote', '--live-reload', ...HELP] },
  gatsby: { values: ['-H', '--host', '-p', '--port', '--open-tracing-config-file'], flags: ['-o', '--open', '-S', '--https', '--verbose', ...HELP] },
  ember: { values: ['--port', '-p', '--host', '--environment', '-e', '--proxy', '--live-reload-port', '--output-path', '--path'], flags: ['--live-reload', '--ssl', ...HELP] },
  storybook: { values: ['-p', '--port', '-h', '--host', '-c', '--config-dir', '--ssl-ca', '--ssl-cert', '--ssl-key', '--loglevel', '--initial-path', '--preview-url', '-o', '--output-dir', '--stats-json', '--package-manager'], flags: ['--ci', '--smoke-test', '--https', '--no-open', '--quiet', '--docs', '--exact-port', '--debug-webpack', '--no-version-updates', '--disable-telemetry', '--no-manager-cache', ...HELP] },
  vitepress: { values: ['--port', '--host', '--base', '--outDir', '--outdir', '--mode', '--logLevel'], flags: ['--open', '--force', '--strictPort', '--cors', ...HELP] },
  slidev: { values: ['-p', '--port', '--bind', '--log', '-t', '--theme', '--base', '--out', '-o', '--format'], flags: ['--open', '-f', '--force', ...HELP] },
  'browser-sync': { values: ['--port', '--ui-port', '--index', '--startPath', '--browser', '-b', '--files', '-f', '--ignore', '--proxy', '--server', '-s', '--config', '-c', '--host', '--listen', '--logLevel', '--reload-delay', '--reload-debounce', '--serveStatic', '--ss', '--extensions', '--tunnel', '--cwd'], flags: ['--https', '--no-open', '--no-notify', '--no-ui', '--no-ghost-mode', '--no-online', '--no-inject-changes', '--watch', '-w', '--single', '--no-snippet', '--reload-throttle', '--xip', '--directory', ...HELP] },
  expo: { values: ['-p', '--port', '--scheme', '--max-workers', '--platform', '--host', '-m', '--private-key-path'], flags: ['--web', '-w', '--ios', '-i', '--android', '-a', '--tunnel', '--lan', '--localhost', '-c', '--clear', '--dev-client', '--go', '--offline', '--https', '--no-dev', '--minify', ...HELP] },
  parcel: { values: ['--port', '-p', '--host', '--dist-dir', '-d', '--public-url', '--cache-dir', '--config', '--target', '--log-level', '--cert', '--key', '--hmr-port', '--hmr-host', '--reporter', '--watch-dir', '--watch-backend', '--out-dir', '-o', '--out-file'], flags: ['--https', '--open', '--no-hmr', '--no-cache', '--no-source-maps', '--no-autoinstall', '--no-content-hash', '--no-optimize', '--no-scope-hoist', '--profile', '--trace', '--lazy', '--watch-for-stdin', '-V', ...HELP] },
  docusaurus: { values: ['--port', '--host', '--locale', '--config', '--out-dir', '--dir'], flags: ['--hot-only', '--no-open', '--no-minify', '--poll', ...HELP] },
  // Strapi's CLI (`strapi develop --no-build --bundler vite`) and Keycloak's `kc.sh` (`kc.sh --verbose -cf kc.conf start-dev`).
  strapi: { values: ['--browser', '--bundler'], flags: ['--no-build', '--watch-admin', '--polling', '--debug', '--silent', '--open', '--no-open', '--ignore-prompts', ...HELP] },
  prisma: { values: ['--schema', '--config', '-p', '--port', '-b', '--browser', '--hostname', '--url'], flags: HELP },
  'kc.sh': { values: ['-cf', '--config-file'], flags: ['-v', '--verbose', '-h', '--help', '-V', '--version'] },
  symfony: { values: ['--port', '--dir', '--document-root', '--passthru', '--p12', '--listen-ip'], flags: ['-d', '--daemon', '--no-tls', '--allow-http', '--allow-all-ip', '--no-humanize', '--use-gzip', '--no-workers', '--allow-cors', '-q', '--quiet', ...HELP] },
  hugo: { values: ['-s', '--source', '-d', '--destination', '--config', '-e', '--environment', '--themesDir', '-b', '--baseURL', '--cacheDir', '--contentDir', '-c', '--logLevel', '-t', '--theme', '--bind', '-p', '--port', '--configDir', '--layoutDir'], flags: ['-D', '--buildDrafts', '-F', '--buildFuture', '-E', '--buildExpired', '--minify', '--gc', '-w', '--watch', '--disableFastRender', '--navigateToChanged', '--appendPort', ...HELP] },
  jekyll: { values: ['-s', '--source', '-d', '--destination', '--config', '-H', '--host', '-P', '--port', '-b', '--baseurl', '--livereload-port', '--plugins', '-p', '--layouts'], flags: ['-w', '--watch', '-l', '--livereload', '-I', '--incremental', '-D', '--drafts', '--future', '-t', '--trace', '--safe', ...HELP] },
  // `go -C dir run .`; `go run`'s own build flags (`-tags x`, `-ldflags …`, `-exec prog`) follow the sub-command.
  go: { values: ['-C', '-tags', '-ldflags', '-gcflags', '-asmflags', '-exec', '-mod', '-modfile', '-o', '-p', '-pkgdir', '-overlay', '-pgo', '-toolexec', '-installsuffix', '-buildmode', '-compiler', '-gccgoflags', '-covermode', '-coverpkg'] },
  dotnet: { values: ['--roll-forward', '--additionalprobingpath', '--depsfile', '--runtimeconfig', '--fx-version', '--additional-deps'], flags: ['-d', '--diagnostics', '--info', '--list-sdks', '--list-runtimes', ...HELP] },
  // fastify-cli (`fastify start [opts] app.js`): its watch mode restarts the server on every file change.
  fastify: { values: ['-p', '--port', '-a', '--address', '-s', '--socket', '-x', '--prefix', '-l', '--log-level', '-L', '--logging-module', '-r', '--require', '-i', '--import', '-T', '--plugin-timeout', '--body-limit', '--ignore-watch', '--debug-port', '--debug-host', '-c', '--close-grace-delay', '--method', '--trust-proxy'], flags: ['-w', '--watch', '-d', '--debug', '-P', '--pretty-logs', '-o', '--options', ...HELP] },
  nest: { values: ['-c', '--config', '-p', '--path', '--entryFile', '--sourceRoot', '--exec', '-e', '-b', '--builder', '--env-file'], flags: ['-w', '--watch', '-d', '--debug', '--watchAssets', '--preserveWatchOutput', '--tsc', '--webpack', ...HELP] },
  // Deno's global, `run` and `task` options that take a separate value (the permission flags take theirs with `=`).
  deno: { values: ['-c', '--config', '--cwd', '-f', '--filter', '-L', '--log-level', '--import-map', '--cert', '--location', '--seed', '--ext', '--watch-exclude', '--inspect-port'], flags: ['-A', '--allow-all', '-q', '--quiet', '-r', '--recursive', '--eval', '--no-check', '--unstable', '--no-prompt', '--watch', '--watch-hmr', '--no-clear-screen', '--cached-only', '--no-remote', '--no-npm', '--no-config', '--no-lock', ...HELP], unknown: 'flag' },
  tsx: { values: ['--tsconfig', '--import', '--require', '-r', '--include', '--exclude', '--env-file'], flags: ['--clear-screen', '--no-cache', ...HELP] },
  bun: { values: ['--cwd', '-r', '--preload', '--env-file', '--config', '-c', '--filter', '-F', '--port'], flags: ['--watch', '--hot', '--bun', '-b', '--silent', '--smol', '-i', '--no-install', '--if-present', ...HELP] },
  rails: { values: ['-e', '--environment', '-p', '--port', '-b', '--binding', '-c', '--config', '-P', '--pid', '-u', '--using'], flags: ['-d', '--daemon', '--dev-caching', '--no-dev-caching', '--early-hints', '--log-to-stdout', ...HELP] },
  litestar: { values: ['--app', '--app-dir', '--pdb'] , flags: ['--debug', '-d', ...HELP] },
  fastapi: { values: ['--host', '--port', '--app', '--entrypoint', '-e', '--root-path', '--proxy-headers'], flags: ['--reload', '--no-reload', '--verbose', '--no-verbose', ...HELP] },
  flask: { values: ['--app', '-A', '-e', '--env-file'], flags: ['--debug', '--no-debug', ...HELP] },
  django: { values: ['--settings', '--pythonpath', '-v', '--verbosity'], flags: ['--traceback', '--no-color', '--force-color', '--skip-checks', ...HELP] },
  php: { values: ['-d', '-c', '-z', '-f', '-r', '-B', '-R', '-F', '-E', '-t', '-S'], flags: ['-n', '-q', '-e', '-H', '-i', '-l', '-m', '-s', '-v', '-w', '-a'] },
  artisan: { values: ['--env'], flags: ['-q', '--quiet', '-v', '-vv', '-vvv', '--verbose', '-n', '--no-interaction', '--ansi', '--no-ansi', ...HELP] },
  node: {
    values: ['-r', '--require', '--import', '--loader', '--experimental-loader', '-e', '--eval', '-p', '--print', '-C', '--conditions', '--env-file', '--env-file-if-exists', '--watch-path', '--title', '--input-type', '--inspect-port', '--debug-port', '--redirect-warnings', '--disable-warning', '--experimental-config-file', '--dns-result-order', '--openssl-config', '--icu-data-dir', '--diagnostic-dir', '--report-dir', '--stack-trace-limit', '--test-reporter', '--test-reporter-destination'],
    unknown: 'flag',
  },
  npm: { values: ['--prefix', '-w', '--workspace', '--userconfig', '--cache', '--registry', '--loglevel'], flags: ['-s', '--silent', '-q', '--quiet', '--if-present', '--ignore-scripts', '--ws', '--workspaces', '-ws', '--include-workspace-root', '-y', '--yes', '--verbose', '-d', '-dd', '--foreground-scripts', ...HELP] },
  yarn: { values: ['--cwd', '--modules-folder', '--cache-folder', '--mutex', '--network-timeout', '--registry'], flags: ['-s', '--silent', '--verbose', '--frozen-lockfile', '--production', '--offline', '--non-interactive', '--ignore-engines', '-T', '--top-level', ...HELP] },
  pnpm: { values: ['-C', '--dir', '--filter', '-F', '--workspace-dir', '--reporter', '--loglevel', '--store-dir'], flags: ['-r', '--recursive', '-w', '--workspace-root', '--parallel', '--stream', '-s', '--silent', '--if-present', '--aggregate-output', '--sort', '--reverse', '--shell-mode', ...HELP] },
};
CLI['nuxi'] = CLI['nuxt']!;
// Nuxt 2's own options (`nuxt --hostname 0.0.0.0 --port 3000`, `nuxt -c nuxt.config.js --spa`).
CLI['nuxt'] = { values: [...CLI['nuxt']!.values!, '-H', '--hostname', '-c', '--target'], flags: [...CLI['nuxt']!.flags!, '--spa', '-s', '--universal', '-u', '-q', '--quiet'] };
// Platform emulators and the other dev-server CLIs whose sub-command decides: only options that take a value matter.
CLI['vercel'] = { values: ['--listen', '-l', '--cwd', '--token', '-t', '--scope', '-S', '-A', '--local-config', '-Q', '--global-config'], flags: ['-d', '--debug', '-y', '--yes', ...HELP] };
CLI['vc'] = CLI['vercel'];
CLI['netlify'] = { values: ['--port', '-p', '--target-port', '--command', '-c', '--dir', '-d', '--functions', '-f', '--context', '--filter', '--auth', '--site'], flags: ['--offline', '-o', '--live', '--debug', ...HELP] };
CLI['ntl'] = CLI['netlify'];
CLI['serverless'] = { values: ['--stage', '-s', '--region', '-r', '--config', '-c', '--aws-profile', '--param'], flags: ['--verbose', '--debug', ...HELP] };
CLI['sls'] = CLI['serverless'];
CLI['nx'] = { values: ['-c', '--configuration', '--output-style', '--parallel', '-t', '--targets', '--projects', '-p', '--exclude', '--runner', '--nxBail'], flags: ['--prod', '--skip-nx-cache', '--verbose', '--graph', ...HELP] };
CLI['turbo'] = { values: ['--filter', '-F', '--scope', '--concurrency', '--cache-dir', '--cwd', '--env-mode', '--log-order', '--output-logs', '--log-prefix', '--ui', '--graph', '--profile', '--summarize', '--token', '--team', '--api', '--login', '--heap', '--cache'], flags: ['--parallel', '--continue', '--no-cache', '--force', '--dry', '--dry-run', '--only', '--no-daemon', '--daemon', '--verbose', '-v', '--affected', ...HELP] };
CLI['hexo'] = { values: ['-p', '--port', '-i', '--ip', '--config', '--cwd', '-l'], flags: ['-s', '--static', '-o', '--open', '--log', '--debug', '--safe', '--silent', '--draft', ...HELP] };
// cargo's global options before the sub-command (`cargo --locked run`, `cargo --color never run`).
CLI['cargo'] = { values: ['--color', '--config', '-Z', '-C'], flags: ['-v', '-vv', '--verbose', '-q', '--quiet', '--frozen', '--locked', '--offline', ...HELP], unknown: 'flag' };
// The global options of Haskell's and Nim's build tools before the sub-command (`stack --stack-yaml stack.prod.yaml run`).
CLI['stack'] = { values: ['--stack-yaml', '--work-dir', '--stack-root', '--resolver', '--snapshot', '--compiler', '--arch', '--ghc-variant', '--ghc-build', '-j', '--jobs', '--verbosity', '--color', '--colour', '--terminal-width', '--with-gcc', '--with-hpack', '--lock-file', '--extra-include-dirs', '--extra-lib-dirs', '--setup-info-yaml'], unknown: 'flag' };
CLI['cabal'] = { values: ['--config-file', '--project-file', '--project-dir', '--store-dir', '--builddir'], unknown: 'flag' };
CLI['nimble'] = { unknown: 'flag' };
CLI['lucky'] = { unknown: 'flag' };
CLI['crystal'] = { unknown: 'flag' };
/** The sub-commands of Python's Reflex CLI (the first word: Go's reflex file watcher starts with its options). */
const REFLEX_SUBCOMMANDS = ['run', 'export', 'init', 'deploy', 'db', 'component', 'login', 'logout', 'rename', 'script', 'cloud', 'apps', 'project', 'secrets'];
/**
 * watchexec's options (cargo-watch is built on it, and it is cargo-watch's successor): the ones that take a value; undeclared
 * ones are read as flags (`-r`, `-c`, `-N`, `-p`, `-n`, `--no-vcs-ignore`…). What follows them (or `--`) is the command it runs.
 */
const WATCHEXEC: CliSpec = {
  values: ['-w', '--watch', '-W', '--watch-non-recursive', '-F', '--watch-file', '-e', '--exts', '-f', '--filter', '--filter-file', '-j', '--filter-prog', '-i', '--ignore', '--ignore-file', '-s', '--signal', '--stop-signal', '--stop-timeout', '--delay-run', '-d', '--debounce', '--shell', '-E', '--env', '--workdir', '--project-origin', '-o', '--on-busy-update', '--wrap-process', '--color', '--emit-events-to', '--fs-events', '--map-signal', '--socket', '--completions'],
  unknown: 'flag',
};
/** uWSGI's names for its Python auto-reloader option. */
const UWSGI_AUTORELOAD = ['py-autoreload', 'python-autoreload', 'py-auto-reload', 'python-auto-reload'];
CLI['react-scripts'] = {};
/** Create React App and the tools that wrap its scripts. */
const CRA_RUNNERS = ['react-scripts', 'react-app-rewired', 'craco', 'rescripts'];

/** WSGI/ASGI servers: nearly every option takes a value, so undeclared ones are read as taking one; these are the flags. */
const SERVER_FLAGS: Record<string, CliSpec> = {
  gunicorn: { flags: ['-v', '--reload', '--preload', '-D', '--daemon', '--check-config', '--print-config', '--spew', '--no-sendfile', '--reuse-port', '-R', '--enable-stdio-inheritance', '--capture-output', '--strip-header-spaces', '--suppress-ragged-eofs', '--do-handshake-on-connect', '--disable-redirect-access-to-syslog', '--proxy-protocol', '--initgroups', '--log-syslog', '-h', '--help', '--version'], unknown: 'value' },
  uvicorn: { flags: ['--reload', '--factory', '--use-colors', '--access-log', '--proxy-headers', '--server-header', '--date-header', ...HELP], unknown: 'value' },
  hypercorn: { flags: ['--reload', '--debug', ...HELP], unknown: 'value' },
  granian: { flags: ['--reload', '--ws', '--log', '--access-log', '--factory', '--opt', '--respawn-failed-workers', '--reload-ignore-worker-failure', '--websockets', ...HELP], unknown: 'value' },
  'waitress-serve': { flags: ['--call', '--ipv4', '--ipv6', '--expose-tracebacks', '--asyncore-use-poll', ...HELP], unknown: 'value' },
  daphne: { flags: ['--proxy-headers', ...HELP], unknown: 'value' },
};

/**
 * Development launchers named by a program and its sub-command: a build tool that compiles the app from source on every start and
 * runs it (`cargo run`, `go run`, `stack run`), or a framework's development mode (`mix phx.server`, Play's `sbt run`, lein-ring's
 * `lein ring server`, FrankenPHP's `--watch`). classify judges the plain ones here (the sub-command under every reading of the
 * options, and the flag an entry needs); the ones marked `own` it judges in its own code, where options or the environment decide
 * (`cargo +nightly run`, `dotnet run -c Release --no-launch-profile`, `lein with-profile production run`, MIX_ENV). This list is
 * also how a checklist item names them (DEV_LAUNCHER_PHRASES): "Never run `sbt run` in production" binds production-server as
 * "Never run `cargo run` in production" does.
 */
interface DevLauncher {
  /** The program (as exeName gives it), or the words before the sub-command (`iex -S mix`). */
  tools: readonly string[];
  /** The sub-commands that start it (a plugin's may be two words: `ring server`); none: the program itself is the launcher. */
  subs: readonly string[];
  /** A flag it needs beside the sub-command (`--watch`). */
  flags?: readonly string[];
  /** Judged by classify's own code. */
  own?: true;
}
const DEV_LAUNCHERS: readonly DevLauncher[] = [
  { tools: ['cargo'], subs: ['run'], own: true },
  { tools: ['go'], subs: ['run'], own: true },
  { tools: ['dotnet'], subs: ['run'], own: true },
  { tools: ['dotnet'], subs: ['watch'] },
  { tools: ['mix', 'iex -S mix', 'elixir -S mix'], subs: ['phx.server'], own: true },
  // Play's development mode (auto-reload, error pages showing the source), and any Scala app compiled from source on start.
  { tools: ['sbt', 'sbtn'], subs: ['run', '~run'], own: true },
  // Leiningen runs the app from source with its dev profile active; lein-ring's server is its auto-reloading development server.
  { tools: ['lein'], subs: ['run', 'ring server', 'ring server-headless'], own: true },
  // FrankenPHP's watchers: php-server's restarts the workers on every file change, `run --watch` is Caddy's config watcher
  // (Caddy's docs: "intended for use only in local development environments").
  { tools: ['frankenphp'], subs: ['php-server', 'run'], flags: ['--watch'], own: true },
  // Crystal (`crystal run src/app.cr`, and `crystal src/app.cr`, whose default command is run) and Lucky's development server.
  { tools: ['crystal'], subs: ['run'], own: true },
  { tools: ['lucky'], subs: ['dev', 'watch'] },
  // Haskell's and Nim's build tools building and running the executable on every start; ghcid reloads the code in GHCi on every change.
  { tools: ['stack'], subs: ['run'] },
  { tools: ['cabal'], subs: ['run', 'v2-run', 'new-run'] },
  { tools: ['nimble'], subs: ['run'] },
  { tools: ['ghcid'], subs: [] },
  // Gradle's application plugin (`./gradlew run`): judged in classify, where a project path (`:app:run`) counts too.
  { tools: ['gradle', 'gradlew'], subs: ['run'], own: true },
];
/** A phrase's words as a regex source, as the checklist matcher reads an item (lower case). */
const phraseWords = (words: readonly string[]) => {
  const esc = words.map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return esc.length > 1 ? `(?:${esc.join('|')})` : esc[0]!;
};
/** The launchers as a checklist item names them (a regex source of alternatives, lower case): `cargo run`, `iex -s mix phx.server`, `frankenphp php-server --watch`. */
export const DEV_LAUNCHER_PHRASES = DEV_LAUNCHERS.map((l) => [l.tools, l.subs, l.flags ?? []].filter((x) => x.length).map(phraseWords).join(' ')).join('|');

/** Gradle's options (and the common task options) that take the next argument as their value (`--tests run`, `-x test`, `-p app`). */
const GRADLE_VALUE_OPTS = new Set(['-x', '--exclude-task', '--tests', '--args', '-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-I', '--init-script', '-P', '--project-prop', '-D', '--system-prop', '--include-build', '--project-cache-dir', '-M', '--write-verification-metadata', '--priority', '--max-workers', '--console', '--warning-mode']);
/** The arguments of a Gradle command line that name tasks (no option, nor an option's value). */
const gradleTasks = (args: readonly string[]) => args.filter((a, i) => !a.startsWith('-') && !GRADLE_VALUE_OPTS.has(args[i - 1] ?? ''));
/** The sbt launcher's options that take a value (`-mem 2048`, `-sbt-version 1.10.2`, `-jvm-debug 5005`); `-Dk=v`, `-J-X` take none. */
const SBT_VALUE_OPTS = new Set(['-mem', '--mem', '-jvm-debug', '--jvm-debug', '-sbt-version', '--sbt-version', '-sbt-jar', '--sbt-jar', '-sbt-dir', '--sbt-dir', '-sbt-boot', '--sbt-boot', '-ivy', '--ivy', '-java-home', '--java-home', '-sbt-launch-dir', '--sbt-launch-dir', '-sbt-launch-repo', '--sbt-launch-repo', '-scala-home', '-scala-version', '-jvm-opts', '--jvm-opts', '-sbt-opts', '--sbt-opts', '-sbt-rc']);
/**
 * The sbt commands a command line runs, in order (`sbt clean run`, `sbt "run 9000"`, `sbt ";compile;~run"`): each argument that is no
 * option holds one, or several separated by `;`; each is named by its first word, with `~` (triggered execution: re-run on every
 * source change) said apart and a project or configuration axis before `/` dropped (`web/run`, `Compile / run`).
 */
function sbtCommands(args: readonly string[]): { name: string; watch: boolean }[] {
  const out: { name: string; watch: boolean }[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w.startsWith('-')) { if (SBT_VALUE_OPTS.has(w)) i++; continue; }
    for (const part of w.split(';')) {
      const m = /^\s*(~)?\s*(?:[\w.-]+\s*\/\s*)*([\w:-]+)/.exec(part);
      if (m) out.push({ name: m[2]!, watch: !!m[1] });
    }
  }
  return out;
}
/**
 * The tasks a Leiningen command line runs (`lein run`, `lein trampoline run -m app.main`, `lein do clean, ring server-headless`), each
 * with the profiles `with-profile` gives it (undefined: the default ones).
 */
function leinTasks(args: readonly string[], profiles?: string): { task: readonly string[]; profiles: string | undefined }[] {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    // Leiningen's own flags (`-o` offline, `-U` update snapshots) come before the task.
    if (w.startsWith('-')) continue;
    if (w === 'with-profile' || w === 'with-profiles') { profiles = args[i + 1]; i++; continue; }
    if (w === 'trampoline') continue;
    if (w === 'update-in') { const end = args.indexOf('--', i); if (end < 0) return []; i = end; continue; }
    if (w === 'do') {
      // `lein do clean, run`: tasks separated by a comma ending a word (or standing alone).
      const tasks: string[][] = [[]];
      for (const x of args.slice(i + 1)) {
        const word = x.replace(/,$/, '');
        if (word) tasks.at(-1)!.push(word);
        if (x.endsWith(',')) tasks.push([]);
      }
      return tasks.flatMap((t) => leinTasks(t, profiles));
    }
    return [{ task: args.slice(i), profiles }];
  }
  return [];
}
/**
 * Whether Leiningen's dev profile is active under `with-profile` (undefined: the default profiles, dev among them): names replace the
 * default set (`production`: dev off, unless named), `+name`/`-name` change it (`+prod` keeps dev, `-dev` drops it); sets separated by
 * `:` run the task once each (`1.11:1.12`), so dev is active when it is in any of them. A profile list given by a variable
 * (`$LEIN_PROFILE`) is not known: taken as dropping it.
 */
function leinDevProfile(profiles: string | undefined): boolean {
  if (profiles === undefined) return true;
  if (/\$/.test(profiles)) return false;
  return profiles.split(':').some((set) => {
    const list = set.split(',').map((p) => p.trim()).filter(Boolean);
    const plain = list.filter((p) => !/^[+-]/.test(p));
    if (plain.length) return plain.some((p) => p === 'dev' || p === 'default') || list.includes('+dev');
    return !list.includes('-dev') && !list.includes('-default');
  });
}

const MODULE_ATTR = /^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*(\(.*\))?$/;
const MODULE = /^[A-Za-z_][\w.]*$/;
const asksForHelp = (args: readonly string[]) => args.some((x) => x === '-h' || x === '--help' || x === '-v' || x === '-V' || x === '--version');

/** Classifies one unwrapped command: a known dev server, a Python script to inspect, a WSGI/ASGI server target, a package script, or anything else. */
export function classify(argv: readonly string[]): Verdict {
  const a = [...argv];
  const n = exeName(a[0] ?? '');
  const rest = a.slice(1);
  const spec = CLI[n] ?? {};
  /** Whether the sub-command is one of `names` under every reading of the options. */
  const subIn = (...names: string[]) => subIs(rest, spec, (s) => s !== undefined && names.includes(s));
  if (n === 'flask') {
    // click: group options (`--app x`, `-e file`, `--debug`) come before the sub-command.
    const readings = operandReadings(rest, spec);
    if (readings.every((r) => r[0] !== undefined && rest[r[0]] === 'run')) {
      const i = readings[0]![0]!;
      // `--debug` (debug mode) and `run --debugger` (the Werkzeug debugger) turn debugging on; `--reload` is only the reloader.
      const debugFlag = hasFlag(rest.slice(0, i), '--debug') || hasFlag(rest.slice(i), '--debug') ? '--debug' : hasFlag(rest.slice(i), '--debugger') ? '--debugger' : undefined;
      return { kind: 'dev', what: 'flask run', debug: debugFlag !== undefined, ...(debugFlag ? { debugFlag } : {}) };
    }
  }
  if (isPythonExe(n)) {
    let i = 0;
    while (i < rest.length && rest[i]!.startsWith('-') && rest[i] !== '-m' && rest[i] !== '-c') i += VALUE_OPTS_PY.has(rest[i]!) ? 2 : 1;
    if (rest[i] === '-c') return { kind: 'other' };
    if (rest[i] === '-m') {
      const mod = rest[i + 1] ?? '';
      const tail = rest.slice(i + 2);
      if (mod === 'flask') {
        const v = classify(['flask', ...tail]);
        return v.kind === 'dev' ? { ...v, what: 'python -m flask run' } : { kind: 'other' };
      }
      if (mod === 'django') return subIs(tail, CLI['django']!, (s) => s === 'runserver' || s === 'runserver_plus') ? { kind: 'dev', what: 'django runserver' } : { kind: 'other' };
      if (mod === 'http.server' || mod === 'SimpleHTTPServer') return { kind: 'dev', what: `python -m ${mod}` };
      if (['uvicorn', 'gunicorn', 'hypercorn', 'waitress', 'daphne', 'granian', 'sanic', 'litestar'].includes(mod)) return classify([mod === 'waitress' ? 'waitress-serve' : mod, ...tail]);
      // `python -m debugpy --listen 0.0.0.0:5678 [--wait-for-client] -m uvicorn app.main:app --reload`: the debugger
      // launches the program after its own options (a module with `-m`, or a script); that program is what serves.
      if (mod === 'debugpy') {
        let k = 0;
        while (k < tail.length && tail[k]!.startsWith('-') && tail[k] !== '-m' && tail[k] !== '-c') k += DEBUGPY_VALUE_OPT.test(tail[k]!) ? 2 : 1;
        return k < tail.length && tail[k] !== '-c' ? classify([n, ...tail.slice(k)]) : { kind: 'other' };
      }
      if (mod) return { kind: 'python-script', path: mod, module: true };
    } else if (rest[i] !== undefined) {
      const script = rest[i]!;
      if (exeName(script) === 'manage.py') return classify(['manage.py', ...rest.slice(i + 1)]);
      // debugpy run by its folder's path (`python /tmp/debugpy --listen 0.0.0.0:5678 -m app`, as editors inject it): `-m debugpy`.
      if (exeName(script) === 'debugpy') return classify([n, '-m', 'debugpy', ...rest.slice(i + 1)]);
      if (/\.py$/.test(script)) return { kind: 'python-script', path: script, module: false };
    }
    return { kind: 'other' };
  }
  // Django's sub-command is the first operand (`--settings x` is an option with its value).
  // A Flask project's `manage.py` built on `FlaskGroup` (testdrivenio's flask-on-docker): `run` is `flask run`.
  if (n === 'manage.py' && subIs(rest, CLI['flask']!, (s) => s === 'run')) return { kind: 'dev', what: 'manage.py run (flask run through FlaskGroup)' };
  if ((n === 'manage.py' || n === 'django-admin') && subIs(rest, CLI['django']!, (s) => s === 'runserver' || (n === 'manage.py' && s === 'runserver_plus'))) {
    // Name the command as written (`runserver_plus`, django-extensions' Werkzeug-based variant).
    const plus = subIs(rest, CLI['django']!, (s) => s === 'runserver_plus');
    return { kind: 'dev', what: `${n} ${plus ? 'runserver_plus' : 'runserver'}` };
  }
  if (SERVER_FLAGS[n]) {
    const words = operands(rest, SERVER_FLAGS[n])[0]!;
    const target = words.find((x) => MODULE_ATTR.test(x)) ?? (n === 'waitress-serve' ? undefined : words.find((x) => MODULE.test(x)));
    const mod = target?.split(':')[0];
    // `--reload` restarts the server on every code change: development mode (gunicorn's docs: "intended for development").
    // gunicorn's `--reload-engine` and `--reload-extra-file` only tune a reloader `--reload` turns on (alone they do nothing).
    if (hasFlag(rest, '--reload')) return { kind: 'dev', what: `${n} --reload`, ...(mod ? { serves: { server: n, module: mod } } : {}) };
    return mod ? { kind: 'wsgi', server: n, module: mod } : { kind: 'other' };
  }
  // Without a sub-command, `next` runs `next dev` (its default command).
  if (n === 'next' && !asksForHelp(rest) && subIs(rest, spec, (s) => s === undefined || s === 'dev')) return { kind: 'dev', what: 'next dev' };
  if (n === 'fastapi') {
    if (subIn('dev')) return { kind: 'dev', what: 'fastapi dev' };
    if (subIn('run') && hasFlag(rest, '--reload')) return { kind: 'dev', what: 'fastapi run --reload' };
  }
  // Litestar's and Sanic's CLIs: their reloader and debug/dev modes are development servers.
  const litestar = n === 'litestar' && subIn('run') ? firstFlag(rest, '--reload', '-r', '--debug', '-d') : undefined;
  // Their debug mode (`--debug`, Sanic's `--dev`/`-d`) has no interactive debugger: `debugFlag` names it, `debug` stays off.
  const withDebug = (flag: string | undefined) => (flag ? { debugFlag: flag } : {});
  if (litestar) return { kind: 'dev', what: `litestar run ${litestar}`, ...withDebug(firstFlag(rest, '--debug', '-d')) };
  const sanic = n === 'sanic' ? firstFlag(rest, '--dev', '-d', '--debug', '--auto-reload', '-r') : undefined;
  if (sanic) return { kind: 'dev', what: `sanic ${sanic}`, ...withDebug(firstFlag(rest, '--debug', '--dev', '-d')) };
  if (n === 'nest' && subIn('start') && hasFlag(rest, '--watch', '-w', '--debug', '-d')) return { kind: 'dev', what: hasFlag(rest, '--watch', '-w') ? 'nest start --watch' : 'nest start --debug' };
  if (n === 'fastify' && subIn('start') && hasFlag(rest, '--watch', '-w')) return { kind: 'dev', what: 'fastify start --watch' };
  // `deno task <name>` runs a task of deno.json/deno.jsonc (else a package.json script), as `npm run` does; `--eval` runs its
  // operand as the command, and `-r`/`--filter` run the task in workspace members (judged by nothing here).
  if (n === 'deno' && subIn('task')) {
    const readings = operandReadings(rest, spec);
    const names = new Set(readings.map((r) => (r[1] === undefined || hasFlag(rest.slice(0, r[1]), '--eval', '-r', '--recursive', '-f', '--filter') ? null : rest[r[1]]!)));
    const [script] = [...names];
    if (names.size !== 1 || !script) return { kind: 'other' };
    const own = rest.slice(0, readings[0]![1]);
    const cwd = optionValue(own, ['--cwd']);
    const config = optionValue(own, ['-c', '--config']);
    return { kind: 'package-script', tool: 'deno', script, ...(cwd ? { cwd } : {}), ...(config ? { config } : {}) };
  }
  if (n === 'deno' && hasFlag(rest, '--watch', '--watch-hmr')) return { kind: 'dev', what: `deno${subIn('run') ? ' run' : subIn('serve') ? ' serve' : ''} ${hasFlag(rest, '--watch-hmr') ? '--watch-hmr' : '--watch'}` };
  if ((n === 'nuxt' || n === 'nuxi') && subIn('dev')) return { kind: 'dev', what: `${n} dev` };
  // Nuxt 2's CLI runs `nuxt dev` when given no command (create-nuxt-app's `"dev": "nuxt"`); `nuxt start` is its production server.
  if (n === 'nuxt' && !asksForHelp(rest) && subIs(rest, spec, (s) => s === undefined)) return { kind: 'dev', what: 'nuxt (Nuxt 2\'s default command, nuxt dev)' };
  // Local emulators of a platform (not servers to deploy): Vercel's and Netlify's dev servers, serverless-offline.
  if ((n === 'vercel' || n === 'vc') && subIn('dev')) return { kind: 'dev', what: 'vercel dev' };
  if ((n === 'netlify' || n === 'ntl') && subIn('dev')) return { kind: 'dev', what: 'netlify dev' };
  if ((n === 'serverless' || n === 'sls') && subIn('offline')) return { kind: 'dev', what: `${n} offline` };
  // tsc-watch: the TypeScript compiler in watch mode, restarting the app (`--onSuccess`) on every change, as nodemon does.
  if (n === 'tsc-watch' && !asksForHelp(rest)) return { kind: 'dev', what: 'tsc-watch' };
  // Nx's `serve` target (and the `dev` target its Next.js/Vite plugins infer) runs the development server or a watcher
  // (@nx/js:node watches by default); a production configuration (`-c production`, `--prod`, `app:serve:production`) is not judged.
  if (n === 'nx' && !asksForHelp(rest) && !hasFlag(rest, '--prod') && !/^prod(?:uction)?$/.test(optionValue(rest, ['-c', '--configuration']) ?? '')) {
    const target = (ops: string[]) => (ops[0] === 'run' ? /^[^:]+:(serve|dev)$/.exec(ops[1] ?? '')?.[1] : ops[0] === 'serve' || ops[0] === 'dev' ? ops[0] : undefined);
    const readings = operands(rest, spec).map(target);
    if (readings.every((t) => t !== undefined)) return { kind: 'dev', what: `nx ${readings[0] === 'dev' ? 'dev' : 'serve'}` };
  }
  // Turborepo runs the task in every workspace package (`turbo run dev`, Turborepo 2's `turbo dev`): each package's `dev` script.
  if (n === 'turbo' && !asksForHelp(rest)) {
    const tasks = operands(rest, spec).map((ops) => (ops[0] === 'run' ? ops.slice(1) : ops.slice(0, 1)));
    if (tasks.every((t) => t.length > 0 && t.some((x) => DEV_SCRIPT_NAMES.test(x)))) return { kind: 'dev', what: `turbo run ${tasks[0]!.find((x) => DEV_SCRIPT_NAMES.test(x))}` };
  }
  // Other frameworks' development servers: Sapper, Quasar, Umi, SolidStart and Vinxi (`dev`), Hexo (`server`).
  if ((n === 'sapper' || n === 'quasar' || n === 'umi' || n === 'solid-start' || n === 'vinxi') && subIn('dev')) return { kind: 'dev', what: `${n} dev` };
  if (n === 'quasar' && subIn('d')) return { kind: 'dev', what: 'quasar dev' };
  if (n === 'hexo' && subIn('server', 's')) return { kind: 'dev', what: 'hexo server' };
  // `vite [root]` serves `root` in development: every sub-command but `build` (and the old `optimize`) is a server.
  if (n === 'vite' && !asksForHelp(rest) && subIs(rest, spec, (s) => s !== 'build' && s !== 'optimize')) return { kind: 'dev', what: subIn('preview') ? 'vite preview' : 'vite' };
  if (['nodemon', 'ts-node-dev', 'tsnd', 'webpack-dev-server', 'supervisor', 'node-dev'].includes(n)) return { kind: 'dev', what: n };
  // watchdog's `watchmedo auto-restart -- celery -A app worker`: a file watcher restarting the command it wraps on every change, as
  // nodemon does (whatever it wraps: a worker too).
  if (n === 'watchmedo' && subIn('auto-restart')) return { kind: 'dev', what: 'watchmedo auto-restart (a file-watching reloader)' };
  // watchfiles' CLI (`watchfiles 'python -m app' src`) restarts the command it is given on every change, as watchmedo does.
  if (n === 'watchfiles' && !asksForHelp(rest)) return { kind: 'dev', what: 'watchfiles (a file-watching reloader)' };
  // watchexec (`watchexec -r -e go -- go run .`, `watchexec -w src -r cargo run`, `watchexec -r 'go run .'`) restarts the command it
  // wraps on every file change, as watchmedo does (whatever it wraps); the wrapped command is named when it is itself a development
  // launcher (`go run`, `cargo run`), so the advice builds the app too. wgo, Go's watcher, runs `go run` itself (`wgo run .`) or
  // the command it is given (`wgo -file .go go build -o app . :: ./app`).
  if ((n === 'watchexec' || n === 'wgo') && !rest.some((x) => x === '-h' || x === '--help' || x === '-V' || x === '--version' || x === '--manual')) {
    if (n === 'wgo' && subIs(rest, { unknown: 'either' }, (s) => s === 'run')) return { kind: 'dev', what: 'wgo run (a file-watching reloader running go run: it compiles the app from source and restarts it on every change)' };
    const words = n === 'watchexec' ? skipOptions(rest, WATCHEXEC) : [];
    const argv = words.length === 1 && /\s/.test(words[0]!) ? (shellCommands(words[0]!)[0] ?? []) : words;
    const inner = argv.length ? unwrap(argv).map((c) => classify(c.argv)).find((v): v is Extract<Verdict, { kind: 'dev' }> => v.kind === 'dev') : undefined;
    const wrapped = inner ? /^(?:go run|cargo run(?: --release)?|cargo watch)\b/.exec(inner.what)?.[0] ?? inner.what.split(' (')[0] : undefined;
    return { kind: 'dev', what: `${n} (a file-watching reloader${wrapped ? `, restarting ${wrapped} on every change` : ''})` };
  }
  // Ruby's: rerun (`bundle exec rerun -- rackup`) restarts the command it wraps on every change, as watchmedo does; shotgun
  // serves a Rack app reloading it (forking) on every request, "for development only".
  if ((n === 'rerun' || n === 'shotgun') && !asksForHelp(rest) && !hasFlag(rest, '--version', '-v')) return { kind: 'dev', what: `${n} (a file-watching reloader)` };
  // pm2's watch mode restarts the app whenever a file changes, as nodemon does (`pm2-runtime server.js --watch`,
  // `pm2 start app.js --watch --no-daemon`); what follows `--` is the app's own arguments.
  if (n === 'pm2-runtime' || n === 'pm2-docker' || (n === 'pm2' && subIn('start', 'restart', 'reload'))) {
    const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (hasFlag(own, '--watch')) return { kind: 'dev', what: `${n === 'pm2' ? 'pm2 start' : n} --watch` };
  }
  // Options after the script are the script's own arguments: only `node --watch app.js` watches.
  if ((n === 'node' || n === 'nodejs') && leadingOptions(rest, spec).every((o) => hasFlag(o, '--watch', '--watch-path'))) return { kind: 'dev', what: 'node --watch' };
  if ((n === 'tsx' || n === 'bun') && subIn('watch')) return { kind: 'dev', what: `${n} watch` };
  if (n === 'bun' && hasFlag(rest, '--watch', '--hot')) return { kind: 'dev', what: hasFlag(rest, '--hot') ? 'bun --hot' : 'bun --watch' };
  if (n === 'webpack') {
    if (subIn('serve', 'server', 's')) return { kind: 'dev', what: 'webpack serve' };
    if (hasFlag(rest, '--watch', '-w')) return { kind: 'dev', what: 'webpack --watch' };
  }
  if (n === 'ng' && subIn('serve', 's')) return { kind: 'dev', what: 'ng serve' };
  // react-scripts runs the first of its scripts named anywhere on the line (`react-scripts --max_old_space_size=4096 start`);
  // the Create React App wrappers (react-app-rewired, CRACO, rescripts) run react-scripts' own scripts the same way.
  if (CRA_RUNNERS.includes(n) && rest.find((x) => x === 'build' || x === 'eject' || x === 'start' || x === 'test') === 'start') return { kind: 'dev', what: `${n} start` };
  // Parcel serves by default (`parcel index.html`, `parcel serve`); `build` and `watch` (no server) are not servers.
  if (n === 'parcel' && !asksForHelp(rest) && subIs(rest, spec, (s) => s !== 'build' && s !== 'watch' && s !== 'help')) return { kind: 'dev', what: subIn('serve') ? 'parcel serve' : 'parcel' };
  if (n === 'docusaurus' && subIn('start')) return { kind: 'dev', what: 'docusaurus start' };
  // The Symfony CLI's local web server ("not meant for production").
  if (n === 'symfony' && subIn('serve', 'server:start', 'local:server:start')) return { kind: 'dev', what: 'symfony serve' };
  if (n === 'vue-cli-service' && subIn('serve')) return { kind: 'dev', what: 'vue-cli-service serve' };
  if ((n === 'astro' || n === 'remix' || n === 'svelte-kit' || n === 'wrangler') && subIn('dev', 'vite:dev')) return { kind: 'dev', what: `${n} dev` };
  // React Router 7's framework mode (Remix's successor): `react-router dev` is its Vite development server; `react-router-serve` serves the build.
  if (n === 'react-router' && subIn('dev')) return { kind: 'dev', what: 'react-router dev' };
  // `astro preview` serves the build locally: Astro's CLI docs say it "is not designed to be run in production" (as Vite's preview is not).
  if (n === 'astro' && subIn('preview') && !asksForHelp(rest)) return { kind: 'dev', what: 'astro preview' };
  if (n === 'gatsby' && subIn('develop')) return { kind: 'dev', what: 'gatsby develop' };
  // Strapi's development server (auto-reload, and the Content-Type Builder editing the schema from the admin UI); `strapi start` is production.
  if (n === 'strapi' && subIn('develop', 'dev')) return { kind: 'dev', what: 'strapi develop' };
  // Keycloak's development mode (plain HTTP, development defaults; its docs: "not suitable for production"); `kc.sh start` is production.
  if (n === 'kc.sh' && subIn('start-dev')) return { kind: 'dev', what: 'kc.sh start-dev' };
  if (n === 'ember' && subIn('serve', 'server', 's')) return { kind: 'dev', what: 'ember serve' };
  // Storybook's development server (`storybook dev`, Storybook 6's `start-storybook`); `storybook build` writes the static site.
  if (n === 'storybook' && subIn('dev')) return { kind: 'dev', what: 'storybook dev' };
  if (n === 'start-storybook' && !asksForHelp(rest)) return { kind: 'dev', what: 'start-storybook' };
  // VitePress serves in development with `dev` and by default (`vitepress`, `vitepress dev docs`); `build`/`preview` are not judged.
  if (n === 'vitepress' && !asksForHelp(rest) && subIs(rest, spec, (s) => s === undefined || s === 'dev')) return { kind: 'dev', what: 'vitepress dev' };
  // Slidev serves the deck in development unless told to build, export or format it (`slidev`, `slidev slides.md --remote`).
  if (n === 'slidev' && !asksForHelp(rest) && subIs(rest, spec, (s) => s === undefined || !['build', 'export', 'format', 'theme'].includes(s))) return { kind: 'dev', what: 'slidev' };
  // Eleventy's `--serve` starts its live-reload development server (`--watch` alone only rebuilds).
  if (n === 'eleventy' && hasFlag(rest, '--serve')) return { kind: 'dev', what: 'eleventy --serve' };
  // Live-reload static servers, development tools by design.
  if ((n === 'live-server' || n === 'lite-server') && !asksForHelp(rest)) return { kind: 'dev', what: n };
  if (n === 'browser-sync' && subIn('start')) return { kind: 'dev', what: 'browser-sync start' };
  // json-server (a mock REST API for prototyping) reloading its database file on every change.
  if (n === 'json-server' && hasFlag(rest, '--watch', '-w')) return { kind: 'dev', what: 'json-server --watch' };
  // Prisma Studio: Prisma's database GUI for development, with no authentication (anyone who reaches it reads and edits the database).
  if (n === 'prisma' && subIn('studio') && !asksForHelp(rest)) return { kind: 'dev', what: 'prisma studio' };
  // Expo's development server (Metro, and the web bundle with `--web`); `expo export` builds what ships.
  if ((n === 'expo' || n === 'expo-cli') && subIn('start', 'web')) return { kind: 'dev', what: `expo ${subIn('web') ? 'web' : 'start'}` };
  if (n === 'php') {
    if (rest.some((x) => x === '-S' || /^-S./.test(x))) return { kind: 'dev', what: 'php -S' };
    const readings = operandReadings(rest, spec);
    const serve = readings.every((r) => r[0] !== undefined && exeName(rest[r[0]]!) === 'artisan' && subIs(rest.slice(r[0] + 1), CLI['artisan']!, (s) => s === 'serve'));
    if (serve) return { kind: 'dev', what: 'php artisan serve' };
  }
  if (n === 'artisan' && subIs(rest, CLI['artisan']!, (s) => s === 'serve')) return { kind: 'dev', what: 'php artisan serve' };
  // Laravel Octane's file watcher ("should only be used in local development"), with `octane:start` and the commands that start one
  // server, `octane:frankenphp` (the form FrankenPHP's Laravel docs put in a Dockerfile), `octane:swoole`, `octane:roadrunner`.
  const octane = n === 'php' || n === 'artisan' ? rest.find((x) => /^octane:(?:start|frankenphp|swoole|roadrunner)$/.test(x)) : undefined;
  if (octane && hasFlag(rest, '--watch')) return { kind: 'dev', what: `php artisan ${octane} --watch` };
  if (n === 'rails' && subIn('server', 's')) {
    const i = rest.findIndex((x) => x === '-e' || x === '--environment');
    const envArg = i >= 0 ? rest[i + 1] : rest.find((x) => x.startsWith('--environment=') || /^-e./.test(x))?.replace(/^--environment=|^-e=?/, '');
    if (envArg === 'development') return { kind: 'dev', what: 'rails server -e development' };
    // No `-e`: Rails.env is RAILS_ENV, else RACK_ENV, else development (the process's environment decides: railsEnvDev).
    if (envArg === undefined) return { kind: 'dev', what: 'rails server without RAILS_ENV=production (Rails starts in its development environment)', envDefault: 'rails' };
  }
  if (n === 'hugo' && subIn('server', 'serve')) return { kind: 'dev', what: 'hugo server' };
  if (n === 'jekyll' && subIn('serve', 's', 'server')) return { kind: 'dev', what: 'jekyll serve' };
  // Two tools are called reflex. Python's Reflex framework takes a sub-command first (`reflex run --env prod`, `reflex export`):
  // `reflex run` starts its dev mode (the hot-reloading development server) unless `--env prod` says otherwise; its other
  // sub-commands are no server. Go's reflex file watcher starts with its own options (`reflex -r '\.go$' -s -- go run .`,
  // `reflex -c reflex.conf`) and restarts the command on every change.
  if (n === 'reflex' && REFLEX_SUBCOMMANDS.includes(rest[0] ?? '')) {
    if (rest[0] !== 'run' || asksForHelp(rest)) return { kind: 'other' };
    const env = optionValue(rest.slice(1), ['--env'], { last: true });
    if (env === undefined) return { kind: 'dev', what: 'reflex run without --env prod (Reflex runs its dev mode: the hot-reloading development server)' };
    // `--env dev` (click takes either case); any other value (`prod`, a variable) is not a dev server.
    return /^dev$/i.test(env) ? { kind: 'dev', what: `reflex run --env ${env}` } : { kind: 'other' };
  }
  if (n === 'air' || n === 'reflex') return { kind: 'dev', what: n };
  // CompileDaemon: Go's other common live-reload tool (rebuilds and restarts `-command` on every change).
  if (n === 'CompileDaemon' || n === 'compiledaemon') return { kind: 'dev', what: 'CompileDaemon' };
  // `go run .` compiles the app from source on every start (the image ships the whole toolchain and the sources) and runs a
  // temporary binary: the development workflow; `go build` and running the binary is the deploy. A tool named by its module
  // version (`go run github.com/pressly/goose/v3/cmd/goose@v3.20.0 up`) is someone else's command, not the app being served.
  if (n === 'go' && subIn('run')) {
    const target = operands(rest, spec)[0]![1];
    if (!target?.includes('@')) return { kind: 'dev', what: 'go run' };
  }
  // `dotnet run` builds from source (Debug unless told) and applies the project's launch profile (launchSettings.json,
  // whose profiles set ASPNETCORE_ENVIRONMENT=Development): the SDK's development launcher, which Microsoft's docs say
  // not to run production with. Only a Release build without the launch profile is taken for a deliberate choice.
  if (n === 'dotnet' && subIn('run')) {
    const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    const release = /^release$/i.test(optionValue(own, ['-c', '--configuration']) ?? '');
    if (!(release && own.includes('--no-launch-profile'))) return { kind: 'dev', what: 'dotnet run' };
  }
  // Spring Boot's build-tool launchers run the app from the build (DevTools restart and LiveReload on when present,
  // which a packaged `java -jar` disables): development runs, not a deploy (`mvn spring-boot:run`, `./gradlew bootRun`).
  if ((n === 'mvn' || n === 'mvnw') && rest.some((x) => /^(?:[\w.-]+:)?spring-boot(?:-maven-plugin)?(?::[\w.-]+)?:run$/.test(x))) return { kind: 'dev', what: `${n} spring-boot:run` };
  if ((n === 'gradle' || n === 'gradlew') && rest.some((x) => /^(?::[\w-]+)*:?bootRun$/.test(x))) return { kind: 'dev', what: `${n} bootRun` };
  // The application plugin's `run` task (`./gradlew run`, `:app:run`, `-t run`; Ktor's and Micronaut's development run): the app
  // compiled from source on every start, as `cargo run` does, the image shipping Gradle, the JDK and the sources; `installDist`
  // (or a fat jar) and running what it writes is the deploy.
  if ((n === 'gradle' || n === 'gradlew') && gradleTasks(rest).some((x) => /^(?::[\w-]+)*:?run$/.test(x))) return { kind: 'dev', what: `${n} run` };
  // Quarkus dev mode (live reload, the Dev UI and its dev services: `./mvnw quarkus:dev`, `./gradlew quarkusDev`,
  // `quarkus dev` of the Quarkus CLI): development, as Quarkus's docs say; the packaged `java -jar quarkus-run.jar` is the deploy.
  if ((n === 'mvn' || n === 'mvnw') && rest.some((x) => /^(?:[\w.-]+:)?quarkus(?:-maven-plugin)?(?::[\w.-]+)?:dev$/.test(x))) return { kind: 'dev', what: `${n} quarkus:dev` };
  if ((n === 'gradle' || n === 'gradlew') && rest.some((x) => /^(?::[\w-]+)*:?quarkusDev$/.test(x))) return { kind: 'dev', what: `${n} quarkusDev` };
  if (n === 'quarkus' && subIn('dev')) return { kind: 'dev', what: 'quarkus dev' };
  // cargo-watch rebuilds and restarts on every change (`cargo watch -x run`).
  if ((n === 'cargo' && rest[0] === 'watch') || n === 'cargo-watch') return { kind: 'dev', what: 'cargo watch' };
  // `cargo run` compiles the app from source on every start (a debug build without `--release`), as `go run` does: the image
  // ships the whole Rust toolchain and the sources; `cargo build --release` and running the binary is the deploy.
  if (n === 'cargo') {
    // `cargo +nightly run`: the toolchain override comes first.
    const own = rest[0]?.startsWith('+') ? rest.slice(1) : rest;
    const args = own.includes('--') ? own.slice(0, own.indexOf('--')) : own;
    if (subIs(args, spec, (s) => s === 'run' || s === 'r')) return { kind: 'dev', what: hasFlag(args, '--release', '-r') ? 'cargo run --release' : 'cargo run' };
  }
  // Play's development mode, `sbt run` (`sbt ~run` re-runs it on every source change; `sbt "run 9000"`, `sbt clean web/run`): it
  // compiles the app from source on every start, as `cargo run` does, with Play's auto-reload and its error pages showing the
  // source; `sbt stage` (or `dist`) and the start script it writes is the deploy (`sbt runProd`, `sbt start` are not judged).
  if (n === 'sbt' || n === 'sbtn') {
    const run = sbtCommands(rest).filter((c) => c.name === 'run');
    if (run.length) return { kind: 'dev', what: run.some((c) => c.watch) ? `${n} ~run` : `${n} run` };
  }
  // Leiningen: lein-ring's development server (`lein ring server`, `server-headless`: auto-reload, stack traces to the browser) whatever
  // the profile, and `lein run` (the app compiled from source on every start, as `cargo run` does) with the dev profile active; `lein
  // with-profile production trampoline run`, the form Heroku's Clojure support runs without an uberjar, drops it and passes.
  if (n === 'lein') {
    for (const { task, profiles } of leinTasks(rest)) {
      if (task[0] === 'ring' && (task[1] === 'server' || task[1] === 'server-headless')) return { kind: 'dev', what: `lein ring ${task[1]}` };
      if (task[0] === 'run' && leinDevProfile(profiles)) return { kind: 'dev', what: 'lein run' };
    }
  }
  // FrankenPHP's watchers: `php-server --watch` restarts the workers on every file change, `run --watch` (`-w`) is Caddy's config
  // watcher, which Caddy's docs mark for local development only. Without `--watch` both are its production server.
  if (n === 'frankenphp') {
    if (subIn('php-server') && hasFlag(rest, '--watch')) return { kind: 'dev', what: 'frankenphp php-server --watch' };
    if (subIn('run') && hasFlag(rest, '--watch', '-w')) return { kind: 'dev', what: 'frankenphp run --watch' };
  }
  // `crystal run src/app.cr` (and `crystal src/app.cr`: run is its default command) compiles the app on every start, as `go run` does.
  if (n === 'crystal' && !asksForHelp(rest) && subIs(rest, spec, (s) => s === 'run' || (s !== undefined && /\.cr$/.test(s)))) return { kind: 'dev', what: 'crystal run' };
  for (const l of DEV_LAUNCHERS) {
    if (l.own || !l.tools.includes(n) || (!l.subs.length && asksForHelp(rest))) continue;
    const sub = l.subs.length ? l.subs.find((s) => subIn(s)) : '';
    if (sub !== undefined && (!l.flags || hasFlag(rest, ...l.flags))) return { kind: 'dev', what: sub ? `${n} ${sub}` : n };
  }
  // Phoenix's server started by mix (`mix phx.server`, `iex -S mix phx.server`, `elixir -S mix phx.server`) runs the MIX_ENV
  // environment, `dev` unless set: config/dev.exs (code reloader, debug error pages, check_origin off). mixEnv decides.
  if ((n === 'iex' || n === 'elixir') && rest.includes('-S') && exeName(rest[rest.indexOf('-S') + 1] ?? '') === 'mix') {
    const v = classify(rest.slice(rest.indexOf('-S') + 1));
    return v.kind === 'dev' && v.envDefault === 'mix' ? { ...v, what: v.what.replace(/^mix /, `${n} -S mix `) } : { kind: 'other' };
  }
  if (n === 'mix' && rest[0] === 'phx.server') return { kind: 'dev', what: 'mix phx.server without MIX_ENV=prod (mix runs its dev environment: code reloader and debug error pages)', envDefault: 'mix' };
  // MkDocs' live-reloading development server ("not meant for production", its docs); `mkdocs build` writes the site.
  if (n === 'mkdocs' && subIn('serve')) return { kind: 'dev', what: 'mkdocs serve' };
  // uWSGI's Python auto-reloader (`--py-autoreload N`, N seconds between scans; 0 is off): its docs mark it for development only.
  if (n === 'uwsgi') {
    const every = optionValue(rest, UWSGI_AUTORELOAD.map((o) => `--${o}`), { last: true });
    if (every !== undefined && Number(every) > 0) return { kind: 'dev', what: 'uwsgi --py-autoreload' };
  }
  if (n === 'npm' || n === 'yarn' || n === 'pnpm' || n === 'bun') {
    // The sub-command and the script name under every reading of the options; readings that disagree judge nothing.
    const named = new Set(operands(rest, spec).map((ops) => {
      const [sub, next] = ops;
      if (sub === undefined) return null;
      if (sub === 'run' || sub === 'run-script') return next === undefined ? null : next;
      // `yarn workspace @acme/web dev` (or `… run dev`): the script of the workspace package of that name.
      if (n === 'yarn' && sub === 'workspace') return (ops[2] === 'run' ? ops[3] : ops[2]) ?? null;
      if (sub === 'start' || (n !== 'npm' && !['install', 'add', 'exec', 'dlx', 'x', 'ci', 'build', 'test', 'i', 'remove', 'upgrade', 'create', 'init', 'link', 'publish'].includes(sub))) return sub;
      return null;
    }));
    const [script] = [...named];
    if (named.size === 1 && script) {
      const flags = n === 'npm' ? ['--prefix'] : n === 'pnpm' ? ['-C', '--dir'] : ['--cwd'];
      const i = rest.findIndex((x) => flags.includes(x));
      const cwd = i >= 0 ? rest[i + 1] : rest.find((x) => flags.some((f) => x.startsWith(`${f}=`)))?.replace(/^[^=]*=/, '');
      const workspace = n === 'yarn' ? operands(rest, spec).find((ops) => ops[0] === 'workspace')?.[1] : optionValue(rest, n === 'npm' ? ['-w', '--workspace'] : n === 'pnpm' ? ['--filter', '-F'] : []);
      return { kind: 'package-script', tool: n, script, ...(cwd ? { cwd } : {}), ...(workspace ? { workspace } : {}) };
    }
  }
  return { kind: 'other' };
}

/**
 * The Node inspector an option list opens (node's own options before the script, or `NODE_OPTIONS`): the flag that activates it
 * (`--inspect`, `--inspect-brk`, `--inspect-wait`) and the host it listens on — 127.0.0.1 unless `--inspect[-brk|-wait]=host:port` or
 * `--inspect-port=host:port` names one (the last that names a host wins, as node reads them); null when none is activated.
 */
export function nodeInspector(options: readonly string[]): { flag: string; host: string } | null {
  let flag: string | null = null;
  let host = '127.0.0.1';
  for (let i = 0; i < options.length; i++) {
    const word = options[i]!;
    const m = /^--(inspect(?:-brk|-wait)?|inspect-port|debug-port)(?:=(.*))?$/s.exec(word);
    if (!m) continue;
    const portOption = m[1] === 'inspect-port' || m[1] === 'debug-port';
    if (!portOption) flag = word;
    const value = m[2] ?? (portOption ? options[++i] : undefined);
    if (value === undefined) continue;
    // `[::]:9229`, `0.0.0.0:9229`, `0.0.0.0` (a host alone), `9229` (a port alone: the host stays).
    const v = value.trim();
    const h = v.startsWith('[') ? v.slice(1, v.indexOf(']') < 0 ? undefined : v.indexOf(']')) : v.includes(':') ? v.slice(0, v.lastIndexOf(':')) : /^\d+$/.test(v) ? null : v;
    if (h) host = h;
  }
  return flag ? { flag, host } : null;
}

/**
 * The options node is given before its script (`node --inspect=0.0.0.0 -r dotenv/config server.js`), or null for another command.
 * Launchers that pass the inspector options before the script on to the node they start count too (`nodemon --inspect=0.0.0.0:9229
 * src/index.js`, `ts-node-dev`/`tsnd`, `tsx` and `tsx watch`), and `nest start --debug [hostport]`, which starts node with
 * `--inspect[=hostport]`.
 */
export function nodeOptionsOf(argv: readonly string[]): string[] | null {
  const n = exeName(argv[0] ?? '');
  if (n === 'node' || n === 'nodejs') return leadingOptions(argv.slice(1), CLI['node']!)[0] ?? [];
  const rest = argv.slice(1);
  if (n === 'nest') {
    if (!subIs(rest, CLI['nest']!, (s) => s === 'start')) return null;
    const i = rest.findIndex((w) => w === '--debug' || w === '-d' || w.startsWith('--debug='));
    if (i < 0) return [];
    const w = rest[i]!;
    // commander's optional value: the next word unless it is an option (or not a host:port: `nest start --debug api` names the app).
    const v = w.startsWith('--debug=') ? w.slice(8) : rest[i + 1];
    return [v !== undefined && HOSTPORT.test(v) ? `--inspect=${v}` : '--inspect'];
  }
  const spec = NODE_LAUNCHERS[n];
  if (!spec) return null;
  const r = operandReadings(rest, spec)[0] ?? [];
  const watch = n === 'tsx' && r[0] !== undefined && rest[r[0]] === 'watch';
  return rest.slice(watch ? r[0]! + 1 : 0, (watch ? r[1] : r[0]) ?? rest.length).filter((w) => w !== '--');
}
/** `0.0.0.0:9229`, `[::]:9229`, `9229`, `0.0.0.0`, `localhost`: what an inspector host-port option takes. */
const HOSTPORT = /^(?:\[[\da-fA-F:.]*\](?::\d+)?|(?:[\d.]+|localhost)(?::\d+)?|[\w.-]+:\d+)$/;
/** Launchers that pass node's inspector options (before the script) to the node process they start, and the options of their own that take a value. */
const NODE_LAUNCHERS: Record<string, CliSpec> = {
  nodemon: { values: ['-w', '--watch', '-e', '--ext', '-x', '--exec', '-i', '--ignore', '-d', '--delay', '--signal', '-s', '--config', '--cwd'], unknown: 'flag' },
  'ts-node-dev': { values: ['-r', '--require', '--ignore-watch', '--watch', '--deps', '--interval', '--debounce', '--dir', '-P', '--project', '-O', '--compiler-options', '-C', '--compiler', '--cache-directory', '--scope-dir'], unknown: 'flag' },
  tsx: { ...CLI['tsx']!, unknown: 'flag' },
};
NODE_LAUNCHERS['tsnd'] = NODE_LAUNCHERS['ts-node-dev']!;

/**
 * The value of an option among `names` (`-w web`, `--workspace=web`; with `attached`, a short option's value written
 * on it too: `-cconf.py`), if any; options end at `--`. The first one given, or with `last` the last one: what
 * argparse-based commands (gunicorn) take when an option is repeated.
 */
export function optionValue(args: readonly string[], names: readonly string[], how: { last?: boolean; attached?: boolean } = {}): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const w = args[i]!;
    const eq = w.indexOf('=');
    let value: string | undefined;
    if (names.includes(w)) value = args[++i];
    else if (eq > 0 && names.includes(w.slice(0, eq))) value = w.slice(eq + 1);
    else if (how.attached && /^-[^-]./.test(w) && names.includes(w.slice(0, 2))) value = w.slice(2);
    else continue;
    if (!how.last) return value;
    found = value;
  }
  return found;
}

/**
 * Script names that are development servers by convention when `package.json` cannot be read; when it can, a script so named is a
 * development script by its name whatever it runs (productionScript says what clears it).
 */
const DEV_SCRIPT_NAMES = /^(dev|develop|start:dev|dev:server|serve:dev|watch|start:watch)$/;

/**
 * Whether the `start` script runs what script `name` runs: the same command (`"dev": "node server"` beside
 * `"start": "node server"`), or a hand-over to it (`"start": "npm run dev"`, `yarn dev`, `pnpm run dev`, `bun run dev`):
 * the team's production command is then that script, whatever its name.
 */
function startRuns(start: string | undefined, name: string, body: string): boolean {
  const t = start?.trim();
  if (t === undefined) return false;
  if (t === body.trim()) return true;
  const m = /^(?:npm\s+(?:run|run-script)|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+(\S+)$/.exec(t);
  return m?.[1] === name;
}
/** Script names that promise production: a development-named script that only hands over to one (`"dev": "npm start"`) runs what production runs. */
const PROD_SCRIPT_NAMES = /^(start|prod|production|start:prod|start:production|serve:prod)$/;
/** The built output a bundler or compiler writes (`node dist/main.js`, SvelteKit's `node build`, Nitro's `node .output/server/index.mjs`). */
const BUILT_OUTPUT = /^(?:\.\/)?(?:dist|build|\.output)(?:\/|$)/;

/**
 * Whether a command a development-named script runs is a production server all the same (so the script is not judged by its name):
 * a WSGI/ASGI server (gunicorn, uvicorn workers, waitress…), pm2 in the foreground (`pm2-runtime`, `pm2 start --no-daemon`), a framework's
 * production server (`next start`, Nuxt 2's `nuxt start`, `strapi start`, `remix-serve`, `react-router-serve`), node (or bun) on the built
 * output, or a production-named package script (`npm start`, `npm run start:prod`: judged itself).
 */
function productionServer(argv: readonly string[]): boolean {
  const v = classify(argv);
  if (v.kind === 'wsgi') return true;
  // `bun run dist/index.js` runs a file, not a script.
  if (v.kind === 'package-script') return PROD_SCRIPT_NAMES.test(v.script) || (v.tool === 'bun' && BUILT_OUTPUT.test(v.script));
  const n = exeName(argv[0] ?? '');
  const rest = argv.slice(1);
  if (n === 'pm2-runtime' || n === 'pm2-docker' || (n === 'pm2' && rest.includes('--no-daemon'))) return true;
  if ((n === 'next' || n === 'nuxt' || n === 'strapi') && subIs(rest, CLI[n] ?? {}, (s) => s === 'start')) return true;
  if (n === 'remix-serve' || n === 'react-router-serve') return true;
  if (n === 'node' || n === 'nodejs' || n === 'bun') return subIs(rest, CLI[n] ?? { unknown: 'flag' }, (s) => s !== undefined && BUILT_OUTPUT.test(s));
  return false;
}

/** Strips comments and string contents from Python source, keeping one entry per line. Identifier-like string contents (`"DEBUG"`, `"__main__"`) are kept. */
export function pythonCode(text: string): string[] {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '#') { const nl = src.indexOf('\n', i); i = (nl < 0 ? src.length : nl) - 1; continue; }
    if (c === '"' || c === "'") {
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < src.length && !src.startsWith(q, j) && (triple || src[j] !== '\n')) j += src[j] === '\\' ? 2 : 1;
      const body = src.slice(i + q.length, Math.min(j, src.length));
      out += /^[\w.-]*$/.test(body) ? `"${body}"` : `""${'\n'.repeat((body.match(/\n/g) ?? []).length)}`;
      i = Math.min(j + q.length, src.length) - 1;
      continue;
    }
    out += c;
  }
  return out.split('\n');
}

/** A `<app>.run(…)` style call found in a Python module. */
export interface PythonRunCall {
  line: number;
  column: number;
  /** `app.run`, `uvicorn.run(…, reload=True)`… */
  call: string;
  /** The call passes `debug=True`, or passes no `debug` while the module switched the app's debug on before it (`debugSet`). */
  debug: boolean;
  /**
   * Where the module switched the app's debug on outside any function before the call (`app.debug = True`,
   * `app.config["DEBUG"] = True`, `app.config.update(DEBUG=True)`): Flask's `run()` starts the Werkzeug debugger then.
   */
  debugSet?: { line: number; column: number; what: string };
  /** Dev-server call (`uvicorn.run` only counts with `reload=True`). */
  dev: boolean;
  /** `uvicorn.run(…, reload=settings.reload)`: the settings field read (not `dev` as written; analyseEntry follows it to its default). */
  reloadField?: string;
  /** Where the call sits: `module` (runs on import), `main` (under `if __name__ == "__main__"` or in a function only called from it), `function`. */
  scope: 'module' | 'main' | 'function';
  /**
   * A Sanic app's own `app.run(…)`: production-grade unless `dev=True` (debug + auto-reload), `auto_reload=True` or
   * `debug=True` (`dev`, with `flag` the keyword as written). `debug` stays false (there is no Werkzeug debugger);
   * `appDebug`: Sanic's debug mode is on (`debug=True`/`dev=True`: tracebacks in error responses).
   * Bottle's `run(app, …)` (`bottle.run`, or `.run` of a `Bottle()` app): its default server is `wsgiref`, the standard library's
   * single-threaded development server (`dev`, `flag` `reloader=True` or the default `server='wsgiref'`), and a production
   * server it names (`server="gunicorn"`) is not one unless `reloader=True`; `appDebug`: `debug=True` (tracebacks in error pages).
   */
  framework?: 'sanic' | 'bottle';
  flag?: string;
  appDebug?: boolean;
}

const ASSIGNED_CALL = /^\s*([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:[\w.]*\.)?([A-Za-z_]\w*)\s*\(/;
/** Constructors whose `.run()` is the Werkzeug/Quart development server. */
const DEV_APP_FACTORIES = new Set(['Flask', 'Quart', 'APIFlask', 'Dash', 'FlaskApp', 'create_app']);

/** Finds Flask-style development-server calls (`app.run(...)`, `app.run_server(...)`, `uvicorn.run(..., reload=True)`) and where they sit. */
export function pythonRunCalls(text: string): PythonRunCall[] {
  const lines = pythonCode(text);
  // `app`/`application` are Flask apps unless the module builds them from something else (Sanic's `app.run` is production-grade).
  const devApps = new Set<string>();
  const otherApps = new Set<string>();
  const socketNames = new Set(['socketio']);
  const sanicApps = new Set<string>();
  // Bottle: `from bottle import Bottle, run` (or `*`), `import bottle`; its apps are those built by `Bottle()`.
  const bottleImport = lines.find((l) => /^\s*(?:from\s+bottle\s+import\b|import\s+bottle\b)/.test(l));
  const bottleRun = lines.some((l) => /^\s*from\s+bottle\s+import\b.*(?:\brun\b|\*)/.test(l));
  const bottleApps = new Set<string>();
  // A module that uses Flask and builds its app from a class of its own (`app = Application(__name__)`, a
  // `Flask` subclass defined elsewhere in the project) runs Werkzeug too; one that imports another
  // framework with a production-grade `run` (Sanic, aiohttp, Tornado…) does not.
  const usesFlask = lines.some((l) => /^\s*(?:from\s+flask(?:\.\w+)*\s+import\b|import\s+flask\b)/.test(l));
  const otherFramework = lines.some((l) => /^\s*(?:from|import)\s+(?:sanic|aiohttp|tornado|bottle|cherrypy|twisted|gevent|eventlet|waitress|gunicorn|uvicorn|hypercorn|fastapi|starlette|litestar|falcon|pyramid|cheroot)\b/.test(l));
  for (const l of lines) {
    const m = ASSIGNED_CALL.exec(l);
    if (!m) continue;
    if (DEV_APP_FACTORIES.has(m[2]!) || (usesFlask && !otherFramework && /^[A-Z]/.test(m[2]!) && (m[1] === 'app' || m[1] === 'application'))) devApps.add(m[1]!);
    else if (m[2] === 'SocketIO') socketNames.add(m[1]!);
    else {
      otherApps.add(m[1]!);
      // `app = Sanic("api")` (or `sanic.Sanic(…)`) in a module that imports sanic.
      if (m[2] === 'Sanic' && lines.some((x) => /^\s*(?:from|import)\s+sanic\b/.test(x))) sanicApps.add(m[1]!);
      if (m[2] === 'Bottle' && bottleImport) bottleApps.add(m[1]!);
    }
  }
  const appNames = new Set([...['app', 'application'].filter((n) => !otherApps.has(n)), ...devApps]);
  const out: PythonRunCall[] = [];
  // Block stack by indentation: which def / main guard encloses each line.
  const stack: { indent: number; kind: 'def' | 'main' | 'other'; name: string }[] = [];
  const calledAtModule = new Set<string>();
  const calledInMain = new Set<string>();
  const pending: { call: PythonRunCall; fn: string | null }[] = [];
  // `app.debug = True`, `app.config["DEBUG"] = True`, `app.config.update(DEBUG=True)` outside functions, by app name
  // (a later `= False` switches it off again): `run()` without `debug=` takes the app's own setting.
  const debugSet = new Map<string, { line: number; column: number; what: string } | null>();
  // Module constants, as last assigned at the top level before the call (`RELOAD = True`, `RELOAD = os.getenv("RELOAD", "1") == "1"`):
  // `uvicorn.run(…, reload=RELOAD)` takes their value (on when the variable is unset counts as on, as debug-mode reads DEBUG).
  const consts = new Map<string, boolean>();
  let depth = 0;
  lines.forEach((l, idx) => {
    if (depth > 0 || !l.trim()) { depth = Math.max(0, depth + parenDelta(l)); return; }
    const indent = l.length - l.trimStart().length;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const fn = [...stack].reverse().find((s) => s.kind === 'def')?.name ?? null;
    const body = l.trim();
    const def = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(body);
    const guard = /^if\s+(?:__name__\s*==\s*["']__main__["']|["']__main__["']\s*==\s*__name__)\s*:/.test(body);
    const inMain = guard || stack.some((s) => s.kind === 'main');
    if (def) stack.push({ indent, kind: 'def', name: def[1]! });
    else if (guard) stack.push({ indent, kind: 'main', name: '' });
    else if (/:\s*$/.test(body) || /^(class|if|elif|else|for|while|try|except|finally|with)\b/.test(body)) stack.push({ indent, kind: 'other', name: '' });
    if (!fn && !def) for (const m of body.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) (inMain ? calledInMain : calledAtModule).add(m[1]!);
    const stmt = joinStatement(lines, idx);
    const constant = indent === 0 ? /^([A-Za-z_]\w*)\s*(?::\s*bool\s*)?=(?!=)\s*(.+?)\s*$/.exec(stmt.trim().replace(/\s*#.*$/, '')) : null;
    if (constant) consts.set(constant[1]!, /^(?:True|1)$/.test(constant[2]!) || trueWhenUnset(constant[2]!.replace(/'/g, '"')) !== null);
    const set = fn || def ? null : /^([A-Za-z_]\w*)\.(?:debug\s*=\s*(\w+)|config\s*\[\s*(["'])DEBUG\3\s*\]\s*=\s*(\w+)|config\.(?:update|from_mapping)\s*\((?=[^)]*\bDEBUG\s*=\s*(\w+)))/.exec(body);
    if (set && appNames.has(set[1]!)) {
      const v = set[2] ?? set[4] ?? set[5];
      debugSet.set(set[1]!, v === 'True' || v === '1' ? { line: idx + 1, column: indent + 1, what: body.replace(/\s*#.*$/, '') } : null);
    }
    for (const m of body.matchAll(/\b([A-Za-z_]\w*)\.(run|run_server)\s*\(/g)) {
      const recv = m[1]!;
      const args = argsOf(stmt, stmt.indexOf(m[0]) + m[0].length);
      const appSet = /\bdebug\s*=/.test(args) || sanicApps.has(recv) ? undefined : debugSet.get(recv) ?? undefined;
      const debug = /\bdebug\s*=\s*(True|1)\b/.test(args) || !!appSet;
      let dev = false;
      let reloadField: string | undefined;
      if (sanicApps.has(recv) && m[2] === 'run') {
        // Sanic: `dev=True` is debug plus the auto-reloader, `auto_reload=True` the reloader, `debug=True` debug mode
        // (as the `sanic` CLI's `--dev`, `--auto-reload`, `--debug`); without them `app.run` is its production server (no call listed).
        const flag = /\b(dev|auto_reload|debug)\s*=\s*True\b/.exec(args);
        if (flag) pending.push({ call: { line: idx + 1, column: indent + 1 + body.indexOf(m[0]), call: `${recv}.run`, debug: false, dev: true, scope: fn ? 'function' : inMain ? 'main' : 'module', framework: 'sanic', flag: `${flag[1]}=True`, appDebug: /\b(?:dev|debug)\s*=\s*True\b/.test(args) }, fn });
        continue;
      }
      if (recv === 'uvicorn' || recv === 'hypercorn') {
        const reload = /\breload\s*=\s*([A-Za-z_]\w*)\b(?!\s*[.(\[])/.exec(args)?.[1];
        dev = reload === 'True' || (reload !== undefined && consts.get(reload) === true);
        // `reload=settings.reload`: a settings field, which analyseEntry follows to its default (util/settings-fields.ts).
        const field = dev ? undefined : /\breload\s*=\s*[A-Za-z_]\w*\.([A-Za-z_]\w*)\b(?!\s*[.(\[])/.exec(args)?.[1];
        if (field) reloadField = field;
      }
      // Flask-SocketIO refuses Werkzeug in production unless told to.
      else if (socketNames.has(recv)) dev = /\ballow_unsafe_werkzeug\s*=\s*True\b/.test(args) || debug;
      else if (appNames.has(recv)) dev = true;
      else continue;
      const call: PythonRunCall = { line: idx + 1, column: indent + 1 + body.indexOf(m[0]), call: `${recv}.${m[2]}`, debug, dev, scope: fn ? 'function' : inMain ? 'main' : 'module', ...(appSet && appNames.has(recv) ? { debugSet: appSet } : {}), ...(reloadField ? { reloadField } : {}) };
      pending.push({ call, fn });
    }
    // Bottle's `run(app, host=…, debug=True, reloader=True)`, `bottle.run(…)`, `app.run(…)` of a `Bottle()` app.
    if (bottleImport && !def) {
      for (const m of body.matchAll(/(?<![\w.])(?:(bottle)\.|([A-Za-z_]\w*)\.)?run\s*\(/g)) {
        if (m[2] ? !bottleApps.has(m[2]) : !m[1] && !bottleRun) continue;
        const args = argsOf(stmt, stmt.indexOf(m[0]) + m[0].length);
        const server = /\bserver\s*=\s*(['"])(\w+)\1/.exec(args)?.[2] ?? (/\bserver\s*=/.test(args) ? null : 'wsgiref');
        const reloader = /\breloader\s*=\s*(True|1)\b/.test(args);
        pending.push({ call: { line: idx + 1, column: indent + 1 + body.indexOf(m[0]), call: m[0].replace(/\s*\($/, ''), debug: false, dev: reloader || server === 'wsgiref', scope: fn ? 'function' : inMain ? 'main' : 'module', framework: 'bottle', flag: reloader ? 'reloader=True' : server === 'wsgiref' && /\bserver\s*=/.test(args) ? "server='wsgiref'" : '', appDebug: /\bdebug\s*=\s*(True|1)\b/.test(args) }, fn });
      }
    }
    // The app built and run in one expression: `create_app().run(debug=True)`, `Flask(__name__).run()` (a factory named
    // `create_app` only in a module without another framework, whose `run` may be production-grade: Sanic's).
    for (const m of body.matchAll(/\b([A-Za-z_]\w*)\s*\([^()]*\)\s*\.(run|run_server)\s*\(/g)) {
      if (!DEV_APP_FACTORIES.has(m[1]!) || (m[1] === 'create_app' && otherFramework)) continue;
      const args = argsOf(stmt, stmt.indexOf(m[0]) + m[0].length);
      pending.push({ call: { line: idx + 1, column: indent + 1 + body.indexOf(m[0]), call: `${m[1]}().${m[2]}`, debug: /\bdebug\s*=\s*(True|1)\b/.test(args), dev: true, scope: fn ? 'function' : inMain ? 'main' : 'module' }, fn });
    }
    depth = Math.max(0, parenDelta(l));
  });
  for (const { call, fn } of pending) {
    // A function that the module (or its main guard) calls counts as run from there.
    if (fn && calledAtModule.has(fn)) call.scope = 'module';
    else if (fn && calledInMain.has(fn)) call.scope = 'main';
    out.push(call);
  }
  return out;
}

/** A Bottle dev-server call in words: `Bottle run(reloader=True)`, or the default server named (`server=` not written). */
const bottleRunWhat = (call: PythonRunCall) => call.flag
  ? `Bottle ${call.call}(${call.flag})`
  : `Bottle ${call.call}() without server= (its default, wsgiref, is the standard library's single-threaded development server)`;

function parenDelta(l: string): number {
  let d = 0;
  for (const c of l) { if (c === '(' || c === '[' || c === '{') d++; else if (c === ')' || c === ']' || c === '}') d--; }
  return d;
}
function joinStatement(lines: string[], start: number): string {
  let s = '';
  let d = 0;
  for (let i = start; i < lines.length && i < start + 50; i++) {
    s += `${lines[i]} `;
    d += parenDelta(lines[i]!);
    if (d <= 0) break;
  }
  return s;
}
function argsOf(stmt: string, from: number): string {
  let d = 1;
  for (let i = from; i < stmt.length; i++) {
    if (stmt[i] === '(') d++;
    else if (stmt[i] === ')' && --d === 0) return stmt.slice(from, i);
  }
  return stmt.slice(from);
}

/** How repository files land in the container: candidate build contexts, COPY/ADD (and bind-mount) mappings, the working directory. */
export interface ImageLayout {
  /** Repository folders that may be the build context, most likely first. */
  contexts: string[];
  /**
   * Sources (relative to the context) and their absolute destination in the container, in order. `inline`: the files a
   * here-document writes there (`COPY <<EOF /start.sh`), each at its absolute path, read through fileText.
   */
  copies: { srcs: string[]; dest: string; inline?: { at: string; path: string }[] }[];
  workdir: string | null;
  /**
   * An image built by a Dockerfile none of whose stages COPY/ADD anything from the build context (and without bind
   * mounts): a file of another folder is not in it, so a path is matched by suffix only under the entry's own folder
   * (`CMD gunicorn app:app` in `a/Dockerfile` does not import `b/app.py`).
   */
  sealed?: boolean;
  /**
   * The build contexts an image's files can come from, when they are known not to include the repository root: a
   * Dockerfile in a folder is built from that folder (or the context compose names) unless its COPY sources are
   * paths from the root. A path matched by suffix must lie under one of them (a `services/billing/Dockerfile`
   * never holds `services/admin/app.py`).
   */
  confined?: string[];
  /**
   * An image compose pulls (`image:` without `build:`, its group building nothing, no bind mounts): what it holds comes from
   * elsewhere, so a path is matched where it names (relative to the entry's folder), or by suffix only under a folder named as
   * one of these (the service, the image's last path part: `acme/worker:1.0` → `worker/app.py`), never in any folder at all
   * (`command: python app.py` does not run an unrelated `tools/devserver/app.py`).
   */
  pulled?: string[];
}

/** Where production starts a process: a Dockerfile's final CMD/ENTRYPOINT, a compose `command`, a Procfile `web:` line, a Kubernetes container's `command`/`args`. */
export interface EntryPoint {
  file: string;
  line: number;
  column: number;
  /** Short description for messages (`CMD`, `service 'web' command`, `Procfile web`, `container 'api' command`). */
  where: string;
  /** The argv to analyse (shell forms are wrapped in `sh -c`). */
  argv: string[];
  /** Folder used to find `package.json` and to prefer nearby files. */
  dir: string;
  layout: ImageLayout;
  devOnly: boolean;
  /** Why it is development-only, for messages (default: `development-only file`; `only in compose profile 'dev'`). */
  devReason?: string;
  /**
   * Variables set for the command apart from it (a systemd unit's `Environment=`, a Procfile line's leading `VAR=…`): where each is
   * written, its value, and what writes it for messages (`systemd Environment=`; else `where`).
   */
  envAt?: Record<string, { line: number; column: number; value: string; where?: string }>;
  /**
   * The servers' own variables (SERVER_ENV: `GUNICORN_CMD_ARGS`) the image or the service definition sets for the process (the
   * stage's `ENV`, compose `environment`, a Kubernetes container's `env`), with where each is set (`ENV in Dockerfile:3`).
   */
  serverEnv?: Record<string, { value: string; where: string }>;
  /**
   * Where the process may get variables this reading cannot see: `platform` (a Procfile or a platform's start command: Heroku's and
   * Dokku's Ruby buildpacks set RAILS_ENV=production themselves), `files` (a compose `env_file` not in the repository, a Kubernetes
   * `envFrom`), `image` (an image built elsewhere: a compose service without `build`, a Kubernetes container).
   */
  envUnknown?: 'platform' | 'files' | 'image';
  /**
   * Every variable the image's `ENV`, the service's `environment`/`env_file`, the container's `env` or the unit's `Environment=` sets
   * for the process: a default a start script gives one of them (`export X=${X:-v}`) does not apply.
   */
  envNames?: string[];
  /** The stage a Dockerfile's entry point is written in (the compose services that run it: stageRunners). */
  stage?: DockerStage;
  /**
   * The command as written when its program is a template tag this reading cannot know, with nothing after it to judge (a systemd
   * unit template's `ExecStart={{ app_command }}`): what it starts is not known (production-server says so in a note).
   */
  unknownCommand?: string;
  /**
   * For a compose service's command: the services that run it as written there (one entry for those that run it alike), and the
   * key (`command`, `entrypoint`), so that a check can name every service reaching one place in one finding.
   */
  compose?: { services: string[]; key: string };
  /**
   * The image the command runs in when it is known: the base image a built stage starts FROM (through its earlier stages), or the
   * image a compose service without `build`, a Kubernetes container or a platform's process names. Its own scripts
   * (IMAGE_SCRIPTS: tiangolo's `/start-reload.sh`) are judged by what they run.
   */
  baseImage?: string;
  /**
   * For a Dockerfile's start command that production compose services replace (their own `command`), while the image they tag runs
   * with it as it is elsewhere in the repository (a Kubernetes container naming it without `command`/`args`): where, for the
   * message (`compose command in docker-compose.yml replaces it there, but k8s/deployment.yaml (Deployment 'web', …) runs …`).
   */
  runsAsIs?: string;
}

/**
 * Frameworks whose server runs its development environment unless told otherwise: the variables that tell it (the first set wins),
 * the value that is development, what production sets, and what a generated production Dockerfile does.
 */
export type EnvFramework = 'rails' | 'mix';
export const FRAMEWORK_ENV: Record<EnvFramework, { names: string[]; dev: string; prod: string; generated: string }> = {
  rails: { names: ['RAILS_ENV', 'RACK_ENV'], dev: 'development', prod: 'production', generated: 'as the Dockerfile Rails 7.1+ generates does' },
  mix: { names: ['MIX_ENV'], dev: 'dev', prod: 'prod', generated: 'as the Dockerfile mix phx.gen.release --docker generates does' },
};
const FRAMEWORK_ENV_NAMES = Object.values(FRAMEWORK_ENV).flatMap((f) => f.names);
const JPDA_ENV = ['JPDA_OPTS', 'JPDA_ADDRESS', 'JPDA_TRANSPORT', 'JPDA_SUSPEND'];

/**
 * Variables a server reads its options from: gunicorn adds `GUNICORN_CMD_ARGS` to its command line; Rails' environment is `RAILS_ENV`,
 * else `RACK_ENV`; Tomcat's `catalina.sh jpda` builds its debugger agent from the JPDA_* ones (catalinaJpda).
 */
const SERVER_ENV = ['GUNICORN_CMD_ARGS', 'UVICORN_RELOAD', 'GRANIAN_RELOAD', ...FRAMEWORK_ENV_NAMES, ...JPDA_ENV];

/**
 * The JDWP agent option Tomcat's `catalina.sh jpda run|start` adds to the JVM (its `jpda` first argument): `JPDA_OPTS` as set, else
 * `-agentlib:jdwp=transport=$JPDA_TRANSPORT,address=$JPDA_ADDRESS,server=y,suspend=$JPDA_SUSPEND` with catalina.sh's defaults
 * (`dt_socket`, `localhost:8000`, `n`), the variables taken from the command line (`env`) or what the image, the service or the
 * container sets (EntryPoint.serverEnv). `set`: where the variable that decides the address is set (null: catalina.sh's default).
 * Null when the command is not `catalina.sh jpda`.
 */
export function catalinaJpda(argv: readonly string[], env: Record<string, string>, entry: Pick<EntryPoint, 'serverEnv'>, envWhere: Record<string, string> = {}): { option: string; set: string | null } | null {
  if (exeName(argv[0] ?? '') !== 'catalina.sh' || argv[1] !== 'jpda') return null;
  const get = (name: string): { value: string; where: string } | undefined => {
    const own = env[name];
    // A start script's `export` (or default) is named by its line: `set by docker-entrypoint.sh:3`.
    const set = own !== undefined ? { value: own, where: envWhere[name] ?? 'the command line' } : entry.serverEnv?.[name];
    // catalina.sh tests `-z`: an empty value takes the default.
    return set && set.value.trim() ? { value: set.value.trim().replace(/^(["'])(.*)\1$/, '$2'), where: set.where } : undefined;
  };
  const opts = get('JPDA_OPTS');
  if (opts) return { option: opts.value, set: `JPDA_OPTS set by ${opts.where}` };
  const address = get('JPDA_ADDRESS');
  const option = `-agentlib:jdwp=transport=${get('JPDA_TRANSPORT')?.value ?? 'dt_socket'},address=${address?.value ?? 'localhost:8000'},server=y,suspend=${get('JPDA_SUSPEND')?.value ?? 'n'}`;
  return { option, set: address ? `JPDA_ADDRESS=${address.value} set by ${address.where}` : null };
}

/** The SERVER_ENV variables a stage's `ENV` sets (the last of each name), as EntryPoint.serverEnv has them. */
const stageServerEnv = (df: DockerfileModel, stage: DockerStage): NonNullable<EntryPoint['serverEnv']> =>
  Object.fromEntries(shippedEnv(df, stage).flatMap((e) => {
    if (!SERVER_ENV.includes(e.name)) return [];
    // Rails' environment from a build argument (`ENV RAILS_ENV=$RAILS_ENV`) is set, to a value the build decides: kept as written.
    const value = e.value ?? (FRAMEWORK_ENV_NAMES.includes(e.name) ? e.raw ?? '$' : null);
    return value === null ? [] : [[e.name, { value, where: `ENV in ${df.path}:${e.line}` }]];
  }));
/** `serverEnv` for an entry point, when it holds any. */
const withServerEnv = (env: NonNullable<EntryPoint['serverEnv']>) => (Object.keys(env).length ? { serverEnv: env } : {});

/**
 * Whether `rails server` without `-e` runs the development environment: RAILS_ENV, else RACK_ENV, as the command line
 * (`RAILS_ENV=production rails s`, `env RAILS_ENV=…`, an `export RAILS_ENV=…` its script runs before it), the image's `ENV`, the
 * compose service's `environment`/`env_file` or the container's `env` set them, else a default its start script gives them
 * (`export RAILS_ENV=${RAILS_ENV:-production}`, `: "${RAILS_ENV:=production}"`, `[ -z "$RAILS_ENV" ] && export RAILS_ENV=production`).
 * Unset where the process may get variables from elsewhere (EntryPoint.envUnknown) is no finding; for an image built elsewhere, a
 * finding when a Dockerfile of the repository shows images there leave it unset, and `unverified` (a note) when the repository has
 * no Dockerfile to show it. A value with a variable in it is not judged.
 */
/**
 * The stock official language images a Rails or Phoenix app may be started in as they are (Docker Hub's `ruby` and `elixir`, also
 * written `docker.io/library/…` or through ECR's mirror of Docker Hub, and `hexpm/elixir`, the images Phoenix's generated Dockerfile
 * builds on): none sets RAILS_ENV, RACK_ENV or MIX_ENV, so a server started in one of them without it runs development, wherever
 * the image is named (a Kubernetes container, a compose service without `build`). Its name for messages, else null.
 */
export function stockFrameworkImage(image: string | undefined): string | null {
  if (!image || image.includes('$')) return null;
  const repo = imageRepository(image).replace(/^(?:library\/|public\.ecr\.aws\/docker\/library\/)/, '');
  return repo === 'ruby' || repo === 'elixir' || repo === 'hexpm/elixir' ? repo : null;
}

function railsEnv(snapshot: SnapshotView, env: Record<string, string>, defaults: Record<string, string>, entry: EntryPoint, fw: EnvFramework = 'rails'): false | 'dev' | { unverified: string } {
  const { names, dev, prod, generated } = FRAMEWORK_ENV[fw];
  const pick = (get: (name: string) => string | undefined) => { for (const n of names) { const v = get(n); if (v) return v; } return undefined; };
  const value = pick((n) => env[n]) ?? pick((n) => entry.serverEnv?.[n]?.value);
  if (value !== undefined) return value === dev && 'dev';
  // A Procfile or platform start command (the Ruby and Elixir buildpacks set RAILS_ENV=production and MIX_ENV=prod), or files not read.
  if (entry.envUnknown === 'platform' || entry.envUnknown === 'files') return false;
  // A script's default of development is the framework's own default: as if unset.
  const given = pick((n) => defaults[n]);
  if (given !== undefined && given !== dev) return false;
  if (entry.envUnknown === 'image') {
    // The stock language image (`image: ruby:3.3`, `elixir:1.16`) is no app image: it sets none of them.
    if (stockFrameworkImage(entry.baseImage)) return 'dev';
    const stages = shippedStages(snapshot);
    if (!stages.length) return { unverified: `the image is built elsewhere and no Dockerfile in the repository shows its environment: it may set ${names[0]}=${prod}, ${generated}; make sure it does` };
    return !stages.some(({ df, stage }) => shippedEnv(df, stage).some((e) => names.includes(e.name) && e.value !== dev)) && 'dev';
  }
  return 'dev';
}

/**
 * The variable that tells Rails (or mix) its environment, when the command line or the deploy sets it to the development value
 * (the one railsEnv reads first): its name, value and where it is set (`env.clear in config/deploy.yml:8`). Null otherwise.
 */
function frameworkEnvSet(fw: EnvFramework, env: Record<string, string>, entry: EntryPoint, envWhere: Record<string, string>): { name: string; value: string; where: string } | null {
  const { names, dev } = FRAMEWORK_ENV[fw];
  const own = names.find((n) => env[n]);
  if (own) return env[own] === dev ? { name: own, value: dev, where: envWhere[own] ?? 'the command line' } : null;
  const set = names.find((n) => entry.serverEnv?.[n]?.value);
  return set && entry.serverEnv![set]!.value === dev ? { name: set, value: dev, where: entry.serverEnv![set]!.where } : null;
}

/** A container that takes variables from ConfigMaps or Secrets: `envFrom`, or Rails' environment through `valueFrom`. */
const fromElsewhere = (c: Record<string, unknown>): boolean => (Array.isArray(c['envFrom']) && c['envFrom'].length > 0)
  || (Array.isArray(c['env']) && c['env'].some((e) => isObject(e) && FRAMEWORK_ENV_NAMES.includes(String(e['name'])) && e['valueFrom'] !== undefined));

/**
 * gunicorn told to reload by `GUNICORN_CMD_ARGS` (`--reload` there is on whatever the command line says: it has no
 * off switch): the command's own assignment (`GUNICORN_CMD_ARGS=--reload gunicorn app:app`, systemd `Environment=`),
 * else the image's or the service's. Null when it does not say `--reload`.
 */
function gunicornEnvReload(v: Extract<Verdict, { kind: 'wsgi' }>, env: Record<string, string>, entry: EntryPoint): Extract<Verdict, { kind: 'dev' }> | null {
  if (v.server !== 'gunicorn') return null;
  const own = env['GUNICORN_CMD_ARGS'];
  const set = own !== undefined ? { value: own, where: 'the command line' } : entry.serverEnv?.['GUNICORN_CMD_ARGS'];
  // gunicorn splits the variable as a shell would (shlex): quoted words are one argument (`--name 'api --reload worker'` is no --reload).
  if (!set || !hasFlag(shellCommands(set.value).flat(), '--reload')) return null;
  const shown = set.value.length > 60 ? `${set.value.slice(0, 60)}…` : set.value;
  return { kind: 'dev', what: `gunicorn --reload (GUNICORN_CMD_ARGS="${shown}", set by ${set.where})`, setBy: set.where, serves: { server: v.server, module: v.module } };
}

/**
 * The variable uvicorn's and granian's command lines read their reloader from (click's `auto_envvar_prefix`: `UVICORN_RELOAD=true` is
 * `--reload`; uvicorn's settings docs name the `UVICORN_` prefix as its third way of configuration). Not `uvicorn.run()` in code.
 */
const RELOAD_ENV: Record<string, string> = { uvicorn: 'UVICORN_RELOAD', granian: 'GRANIAN_RELOAD' };
/** The values click reads as true for a boolean option (`0`, `false`, `no`, `off` and the empty string are not). */
const CLICK_TRUE = /^(?:1|true|t|yes|y|on)$/i;

/**
 * uvicorn (or granian) told to reload by its environment variable: the command's own assignment (`UVICORN_RELOAD=true uvicorn …`,
 * systemd `Environment=`), else the image's `ENV`, the service's `environment`/`env_file` or the container's `env`. A `--reload` on
 * the command line is found by classify; an off value (`false`, `0`) is no reload. Null otherwise.
 */
function asgiEnvReload(v: Extract<Verdict, { kind: 'wsgi' }>, env: Record<string, string>, entry: EntryPoint): Extract<Verdict, { kind: 'dev' }> | null {
  const name = RELOAD_ENV[v.server];
  if (!name) return null;
  const own = env[name];
  const set = own !== undefined ? { value: own, where: 'the command line' } : entry.serverEnv?.[name];
  const value = set?.value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!set || value === undefined || !CLICK_TRUE.test(value)) return null;
  return { kind: 'dev', what: `${v.server} --reload (${name}=${value}, set by ${set.where})`, setBy: set.where, serves: { server: v.server, module: v.module } };
}

/**
 * The config file a gunicorn command loads, when it turns the reloader on (`reload = True` at module level, the last
 * assignment of `reload` being that literal): the file `-c`/`--config` names (the last one given, as gunicorn takes it; `python:pkg.module` and `file:path` too,
 * found as the command's other files are), else `gunicorn.conf.py` in the working directory, which gunicorn 20+ loads
 * without `-c` (the image's copy of it, or the entry point's own folder when no image is known: a Procfile's). Null otherwise.
 */
function gunicornConfigReload(snapshot: SnapshotView, argv: readonly string[], entry: Pick<EntryPoint, 'dir' | 'layout' | 'devOnly'>): { file: string; line: number; column: number } | null {
  // gunicorn (argparse) takes the last `-c` given.
  const named = optionValue(argv.slice(1), ['-c', '--config'], { last: true, attached: true });
  let file: string | null;
  if (named !== undefined) {
    if (/^python:/.test(named)) file = resolveModule(snapshot, named.slice(7), entry, false);
    else file = resolveFile(snapshot, named.replace(/^file:/, ''), entry);
  } else {
    file = resolveFile(snapshot, 'gunicorn.conf.py', entry, false);
    if (!file && !entry.layout.copies.length) { const own = joinPath(entry.dir, 'gunicorn.conf.py'); if (own && snapshot.has(own)) file = own; }
  }
  const lines = file ? fileLines(snapshot, file) : undefined;
  if (!file || !lines) return null;
  // The last module-level assignment of `reload` decides.
  let last: { line: number; on: boolean } | null = null;
  for (let n = 0; n < lines.length; n++) {
    const m = /^reload\s*(?::\s*bool\s*)?=\s*([^#\s][^#]*?)\s*(?:#.*)?$/.exec(lines[n]!);
    if (m) last = { line: n + 1, on: m[1] === 'True' };
  }
  return last?.on ? { file, line: last.line, column: 1 } : null;
}

/**
 * The config file a hypercorn command loads (`-c`/`--config`, the last one given: a TOML file, `file:path` a Python file,
 * `python:module` a module; hypercorn loads none by default), when it turns the reloader on: `use_reloader = true` at the top
 * level of the TOML (before any `[table]`), `use_reloader = True` at module level in Python, the last assignment deciding.
 * The command line cannot turn it off again (hypercorn's `--reload` only turns it on). Null otherwise.
 */
function hypercornConfigReload(snapshot: SnapshotView, argv: readonly string[], entry: Pick<EntryPoint, 'dir' | 'layout' | 'devOnly'>): { file: string; line: number; column: number; written: string } | null {
  const named = optionValue(argv.slice(1), ['-c', '--config'], { last: true, attached: true });
  if (named === undefined) return null;
  const python = /^(?:python|file):/.test(named);
  const file = /^python:/.test(named) ? resolveModule(snapshot, named.slice(7), entry, false) : resolveFile(snapshot, named.replace(/^file:/, ''), entry);
  const lines = file ? fileLines(snapshot, file) : undefined;
  if (!file || !lines) return null;
  let last: { line: number; on: boolean; written: string } | null = null;
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n]!.replace(/\r$/, '');
    // A TOML table's keys are not hypercorn's (it reads the top level only).
    if (!python && /^\s*\[/.test(l)) break;
    const m = python ? /^use_reloader\s*(?::\s*bool\s*)?=\s*([^#\s][^#]*?)\s*(?:#.*)?$/.exec(l) : /^\s*(?:use_reloader|"use_reloader"|'use_reloader')\s*=\s*([^#\s][^#]*?)\s*(?:#.*)?$/.exec(l);
    if (m) last = { line: n + 1, on: m[1] === (python ? 'True' : 'true'), written: `use_reloader = ${m[1]}` };
  }
  return last?.on ? { file, line: last.line, column: 1, written: last.written } : null;
}

/**
 * Where an ini file uWSGI loads turns its Python auto-reloader on: the last `py-autoreload = N` (N > 0; or another spelling of the
 * option) of the section read (`[uwsgi]`, or the one `--ini file:section` names) in the files `--ini` names (also a bare `*.ini`
 * argument). Null when the command line sets the option itself, or when none does.
 */
function uwsgiConfigReload(snapshot: SnapshotView, argv: readonly string[], entry: Pick<EntryPoint, 'dir' | 'layout' | 'devOnly'>): { file: string; line: number; column: number; value: string } | null {
  const rest = argv.slice(1);
  if (optionValue(rest, UWSGI_AUTORELOAD.map((o) => `--${o}`)) !== undefined) return null;
  const inis = rest.flatMap((w, i) => (w === '--ini' ? [rest[i + 1] ?? ''] : w.startsWith('--ini=') ? [w.slice(6)] : /\.ini(?::[\w-]+)?$/.test(w) && !rest[i - 1]?.startsWith('-') ? [w] : []));
  let last: { file: string; line: number; column: number; value: string } | null = null;
  for (const ini of inis) {
    const [path, section = 'uwsgi'] = ini.split(':');
    const file = path ? resolveFile(snapshot, path, entry) : null;
    const lines = file ? fileLines(snapshot, file) : undefined;
    if (!file || !lines) continue;
    let current = '';
    lines.forEach((l, n) => {
      const sec = /^\s*\[([^\]]+)\]\s*$/.exec(l);
      if (sec) { current = sec[1]!.trim(); return; }
      const m = current === section ? /^(\s*)([\w-]+)\s*=\s*(\S+)/.exec(l) : null;
      if (m && UWSGI_AUTORELOAD.includes(m[2]!.replace(/_/g, '-'))) last = { file, line: n + 1, column: m[1]!.length + 1, value: m[3]! };
    });
  }
  const found = last as { file: string; line: number; column: number; value: string } | null;
  return found && Number(found.value) > 0 ? found : null;
}

/** The parenthesised remark of a development-only entry point's findings (`development-only file`). */
export const devRemark = (entry: Pick<EntryPoint, 'devReason'>): string => entry.devReason ?? 'development-only file';

const posixJoin = (base: string, rel: string) => (rel.startsWith('/') ? rel : `${base.replace(/\/+$/, '')}/${rel}`);
function normalizeAbs(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop(); else out.push(part);
  }
  return `/${out.join('/')}`;
}

/**
 * A file a Dockerfile writes from one of its here-documents (`COPY <<EOF /start.sh`, `RUN cat > /start.sh <<EOF`) is read from the
 * Dockerfile itself, under a path of its own: the Dockerfile's path, a NUL (no repository path has one) and the body's first line.
 * Its text keeps the Dockerfile's line numbers (blank lines before the body), so a line found in it is the Dockerfile's line;
 * analyseEntry names the Dockerfile wherever such a path would show (inlineOrigin).
 */
const INLINE = '\u0000<<';
const inlinePath = (dockerfile: string, line: number, at: string): string => `${dockerfile}${INLINE}${line}\u0000${at}`;
/** The Dockerfile, body line and path in the image of a path inlinePath made; null for a repository path. */
export function inlineOrigin(path: string): { dockerfile: string; line: number; at: string } | null {
  const i = path.indexOf(INLINE);
  if (i < 0) return null;
  const [line, at] = path.slice(i + INLINE.length).split('\u0000');
  return { dockerfile: path.slice(0, i), line: Number(line), at: at ?? '' };
}
/** A file's name as messages show it: a here-document's by its path in the image. */
const fileName = (path: string): string => basename(inlineOrigin(path)?.at ?? path);
/** The text of a repository file, or of a file a Dockerfile's here-document writes (see inlinePath). */
export function fileText(snapshot: SnapshotView, path: string): string | undefined {
  const o = inlineOrigin(path);
  if (!o) return snapshot.text(path);
  for (const st of snapshot.dockerfiles().find((d) => d.path === o.dockerfile)?.stages ?? []) {
    for (const i of st.instructions) {
      const h = i.heredocs?.find((x) => x.line === o.line);
      if (h) return `${'\n'.repeat(o.line - 1)}${h.text}`;
    }
  }
  return undefined;
}
const fileLines = (snapshot: SnapshotView, path: string): string[] | undefined => (inlineOrigin(path) ? fileText(snapshot, path)?.split('\n') : snapshot.lines(path));

/**
 * The file a `RUN` writes from its here-document with `cat > PATH <<EOF` (`cat <<EOF > PATH`, `tee PATH <<EOF`): PATH, else null.
 * `>>` appends to a file the image already has: not followed.
 */
function heredocTarget(head: string, name: string): string | null {
  const opener = new RegExp(`<<-?[ \\t]*(["']?)${escapeRegExp(name)}\\1(?![\\w.-])`);
  const part = head.split(/&&|\|\||;/).find((x) => opener.test(x));
  if (!part) return null;
  const words = part.replace(opener, ' ').trim();
  // The first `>` (not `>>`: its target would start with `>`).
  const cat = /^cat\b[^>]*>[ \t]*([^\s;&|<>]+)\s*$/.exec(words);
  if (cat) return cat[1]!;
  const tee = /^tee(?:[ \t]+-[a-z]+)*[ \t]+([^\s;&|<>-][^\s;&|<>]*)(?:[ \t]*>[ \t]*\/dev\/null)?\s*$/.exec(words);
  return tee && !/(?:^|\s)-a\b/.test(words) ? tee[1]! : null;
}

/** The here-document a COPY/ADD source word opens (`<<EOF`, `<<-'EOF'` → `EOF`), else null. */
const heredocWord = (w: string): string | null => /^<<-?(["']?)([^"'\s]+)\1$/.exec(w)?.[2] ?? null;

/** Replays WORKDIR and COPY/ADD (not `--from`) of a final stage and the stages it inherits from, with the files its here-documents write. */
function layoutOf(stage: DockerStage, contexts: string[], df?: DockerfileModel): ImageLayout {
  let workdir: string | null = null;
  const copies: ImageLayout['copies'] = [];
  for (const i of effectiveInstructions(stage)) {
    if (i.keyword === 'WORKDIR' && i.argv[0]) workdir = normalizeAbs(posixJoin(workdir ?? '/', i.argv[0]));
    else if ((i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags['from'] === undefined && i.argv.length >= 2) {
      const dest = i.argv[i.argv.length - 1]!;
      const srcs = i.argv.slice(0, -1);
      const docs = df ? (i.heredocs ?? []).filter((h) => srcs.some((w) => heredocWord(w) === h.name)) : [];
      const fromContext = srcs.filter((w) => heredocWord(w) === null);
      if (fromContext.length) copies.push({ srcs: fromContext, dest: normalizeAbs(posixJoin(workdir ?? '/', dest)) });
      // One here-document to a file path is that file; into a folder (`/dest/`, or several sources) each is named by its delimiter.
      const folder = dest.endsWith('/') || srcs.length > 1;
      if (docs.length) copies.push({ srcs: [], dest: normalizeAbs(posixJoin(workdir ?? '/', dest)), inline: docs.map((h) => {
        const at = normalizeAbs(posixJoin(workdir ?? '/', folder ? `${dest.replace(/\/*$/, '')}/${h.name}` : dest));
        return { at, path: inlinePath(df!.path, h.line, at) };
      }) });
    } else if (i.keyword === 'RUN' && df && i.heredocs?.length) {
      const head = i.args.split('\n')[0] ?? '';
      for (const h of i.heredocs) {
        const target = heredocTarget(head, h.name);
        if (!target || target.includes('$')) continue;
        const at = normalizeAbs(posixJoin(workdir ?? '/', target));
        copies.push({ srcs: [], dest: at, inline: [{ at, path: inlinePath(df.path, h.line, at) }] });
      }
    }
  }
  const fromContext = (i: DockerInstruction) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags['from'] === undefined && i.argv.slice(0, -1).some((w) => heredocWord(w) === null);
  const sealed = df !== undefined && !df.stages.some((st) => st.instructions.some(fromContext));
  return { contexts, copies, workdir, ...(sealed ? { sealed } : {}) };
}

/**
 * A Dockerfile stage that ships: the final stage of each Dockerfile, and each other stage a compose service
 * builds as its `build.target` (`target: development`). `target`: the compose service that builds it (null for
 * the final stage); `devReason`: why it is development-only (its Dockerfile's name, or the compose service's
 * file or profiles), else null. A stage built by a production service and by a development one counts once, as production.
 */
export interface ShippedStage {
  df: DockerfileModel;
  stage: DockerStage;
  /** `by` names what builds it in messages: `service 'web' in docker-compose.yml`, `workflow .github/workflows/release.yml`. */
  target: { service?: string; file: string; by: string } | null;
  devReason: string | null;
}

/** The stage of `df` a compose `build.target` names (stage names are case-insensitive), if any. */
const stageNamed = (df: DockerfileModel, target: string): DockerStage | undefined => df.stages.find((st) => st.name?.toLowerCase() === target.toLowerCase());

/**
 * The Docker builds production deploy configs outside compose run (once per view): CI that pushes — GitHub workflows,
 * GitLab CI, Bitbucket Pipelines, CircleCI — and skaffold (ciBuilds), bake files (bakeBuilds), fly.toml and heroku.yml
 * (readPlatformBuilds), and Kamal's production deployments (`builder.target`).
 */
export const deployBuilds = perView(function deployBuilds(snapshot: SnapshotView): DeployBuild[] {
  return allDeployBuilds(snapshot).filter((b) => b.unresolved === undefined);
});

/** deployBuilds with the builds whose target is written with an expression or variable that does not resolve (`unresolved`). */
const allDeployBuilds = perView(function allDeployBuilds(snapshot: SnapshotView): DeployBuild[] {
  const kamal = kamalDeployments(snapshot).flatMap((d) => (d.dev || d.dockerfile === null ? [] : [{ dockerfile: d.dockerfile, target: d.target, file: (d.destination ?? d.base).file, by: `Kamal ${(d.destination ?? d.base).file}` }]));
  return [...readPlatformBuilds(snapshot), ...ciBuilds(snapshot), ...unresolvedCiBuilds(snapshot), ...bakeBuilds(snapshot), ...kamal];
});

/**
 * A build target written with a variable that does not resolve here (compose `target: ${BUILD_TARGET}` with no default nor
 * `.env` value, a workflow's `target: ${{ inputs.stage }}`, a bake `target = "${STAGE}"` whose variable has no default): which
 * stage ships is not known. It stands for no stage — the Dockerfile's final stage is judged as it would be without that build —
 * and the Dockerfile checks say so in an `info` note at the target (`dev`: a development-only build).
 */
export interface UnresolvedTarget {
  dockerfile: string; written: string; by: string; file: string; line: number; column: number; dev: string | null;
  /** Who interpolates it: compose (`.env`, defaults), a bake file (`variable` defaults), or a CI config (GitHub expressions, job variables). */
  source: 'compose' | 'bake' | 'ci';
}

/**
 * Why a target does not resolve and what to write instead, in the terms of who interpolates it: compose's variable with no
 * value nor default, or a default that is no stage name (`${BUILD_TARGET:-${FALLBACK}}`); a bake variable with no default; a
 * GitHub expression (a matrix key the matrix computes, `fromJSON(…)`, an input); a CI job's variable.
 */
function unresolvedWording(t: Pick<UnresolvedTarget, 'written' | 'source'>): { why: string; fix: string } {
  const refs = varRefs(t.written.replace(/\$\{\{[^]*?\}\}/g, ''));
  const name = refs[0]?.name ?? 'BUILD_TARGET';
  if (/\$\{\{/.test(t.written)) {
    const key = /\$\{\{\s*matrix\.([\w-]+)\s*\}\}/.exec(t.written)?.[1];
    return key !== undefined
      ? { why: `the job's matrix gives no literal value for matrix.${key} here (an expression, fromJSON(…), gives it, or the matrix has no such key)`, fix: `Write the target literally, or list the stages in the matrix (strategy.matrix.${key}: [runtime])` }
      : { why: 'it is a GitHub expression with no literal value here', fix: 'Write the target literally (the stage name)' };
  }
  if (t.source === 'bake') return { why: 'its variable has no literal default', fix: `Write the target literally or give the variable a default (variable "${name}" { default = "runtime" })` };
  if (t.source === 'ci') return { why: 'no literal value for its variable here', fix: `Write the target literally (--target runtime) or give ${name} a literal value in the job's variables` };
  const defaulted = refs.some((r) => r.op !== null && r.op.endsWith('-'));
  const required = refs.find((r) => r.op !== null && r.op.endsWith('?'));
  if (defaulted) return { why: 'its variable is not set here, and the default written does not resolve to a stage name', fix: `Write the target literally or give the variable a literal default (\${${name}:-runtime})` };
  if (required) return { why: `its variable is required (\${${required.name}${required.op}…}) but not set here (no .env beside the compose file sets it)`, fix: `Write the target literally or give the variable a default (\${${required.name}:-runtime})` };
  return { why: 'no literal value for its variable (nor a default)', fix: `Write the target literally or give the variable a default (\${${name}:-runtime})` };
}

/**
 * The `info` notes a Dockerfile check gives for the unresolved build targets (UnresolvedTarget) of the Dockerfiles it judges:
 * at the target, saying the final stage is judged in its place and what is unverifiable (`question`: `whether it runs as root`).
 */
export function unresolvedTargetNotes(snapshot: SnapshotView, question: string): (RawFindingAt & { subject: string })[] {
  const judged = new Set(shippedStages(snapshot).map((s) => s.df.path));
  const wording = unresolvedWording;
  return unresolvedTargets(snapshot).filter((t) => judged.has(t.dockerfile)).map((t) => ({
    file: t.file, line: t.line, column: t.column, note: true, subject: `unresolved target ${t.by}`,
    message: `build target ${t.written} (${t.by}) does not resolve here: ${wording(t).why}, so which stage of ${t.dockerfile} it builds, and ${question}, is unverifiable; the final stage is judged in its place. ${wording(t).fix}${t.dev ? ` (${t.dev})` : ''}`,
  }));
}
type RawFindingAt = { file: string; line: number; column: number; note: true; message: string };

/** The unresolved build targets (UnresolvedTarget) of compose services and deploy configs, once per view. */
export const unresolvedTargets = perView(function unresolvedTargets(snapshot: SnapshotView): UnresolvedTarget[] {
  const out: UnresolvedTarget[] = [];
  const seen = new Set<string>();
  const add = (t: UnresolvedTarget) => {
    const key = `${t.dockerfile}\0${t.file}:${t.line}:${t.column}\0${t.written}`;
    if (seen.has(key) || out.length >= 200) return;
    seen.add(key);
    out.push(t);
  };
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const b = composeBuild(cf.path, svc);
      if (!b?.unresolvedTarget) continue;
      const at = svc.origin(['build', 'target']);
      add({ dockerfile: b.dockerfile, written: b.unresolvedTarget, by: `service '${svc.name}' in ${cf.path}`, ...at, dev: composeDevOnly(svc), source: 'compose' });
    }
  }
  for (const b of allDeployBuilds(snapshot)) {
    if (b.unresolved === undefined) continue;
    // Located at the first line of the config that writes the target as it is written (else its first line).
    const lines = snapshot.lines(b.file) ?? [];
    let line = 1;
    let column = 1;
    for (let i = 0; i < Math.min(lines.length, 20_000); i++) {
      const c = lines[i]!.indexOf(b.unresolved);
      if (c >= 0) { line = i + 1; column = c + 1; break; }
    }
    add({ dockerfile: b.dockerfile, written: b.unresolved, by: b.by, file: b.file, line, column, dev: null, source: b.by.startsWith('bake file ') ? 'bake' : 'ci' });
  }
  return out;
});

/** A bake file (`docker-bake.hcl`, `docker-bake.json`, `docker-bake.override.hcl`, `docker-bake.prod.hcl`); group 1: the name between (`override`). */
const BAKE_FILE = /^docker-bake(?:\.([\w-]+))?\.(?:hcl|json)$/;
/** An `output` that is no image: files (`type=local`, `type=tar`, a folder: `./bin`) or the build cache alone (`type=cacheonly`). */
const FILES_OUTPUT = /^(?:type=(?:local|tar|cacheonly)\b|[^=]*$)/;

/** What a bake `target` block sets (null: a value bake computes, a variable or a function; absent: not set). */
interface BakeTarget { file: string; attrs: Map<string, string | null | string[]> }

/**
 * The images `docker buildx bake` builds from the bake files of each folder, read together as bake reads them (an
 * `.override` file's target merged over the one of the same name, attribute by attribute): each `target` block — its
 * `dockerfile` (default `Dockerfile`) in its `context` (default the folder), and its `target` stage — with what it
 * `inherits`. Left out: a target other targets inherit from (a base: `docker-metadata-action`), one named for development
 * (`target "dev"`, `"test"`), one whose `output` is no image (`type=local`, `tar`, `cacheonly`, a folder) or that names no image
 * (no `tags`, nor metadata-action's, nor an image `output`: `target "lint"`), files named for development (`docker-bake.dev.hcl`),
 * and a target whose stage or paths bake computes.
 */
function bakeBuilds(snapshot: SnapshotView): DeployBuild[] {
  const byFolder = new Map<string, string[]>();
  for (const f of filesEndingIn(snapshot.files, 'hcl', 'json')) {
    const m = BAKE_FILE.exec(basename(f));
    if (!m || (m[1] !== undefined && hasDevWord(m[1])) || isDevOnly(f) || isTemplate(f) || isTestFile(f) || isVendored(f)) continue;
    byFolder.set(dirname(f), [...(byFolder.get(dirname(f)) ?? []), f]);
  }
  const out: DeployBuild[] = [];
  for (const [dir, bakeFiles] of byFolder) {
    const targets = new Map<string, BakeTarget>();
    const set = (name: string, file: string, key: string, value: string | null | string[]) => {
      const t = targets.get(name) ?? { file, attrs: new Map() };
      t.attrs.set(key, value);
      targets.set(name, t);
    };
    const list = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v as string[] : null);
    // The `variable` blocks' literal defaults (what bake builds when the environment does not set them), and the targets written
    // with them as written (`target = "${STAGE}"`): resolved below.
    const variables = new Map<string, string | null>();
    const written = new Map<string, string>();
    // The override files last: their values replace the others'.
    for (const f of [...bakeFiles].sort((a, b) => Number(/\.override\./.test(a)) - Number(/\.override\./.test(b)))) {
      if (f.endsWith('.json')) {
        const root = snapshot.json(f)?.value;
        const blocks = isObject(root) && isObject(root['target']) ? root['target'] : {};
        const vars = isObject(root) && isObject(root['variable']) ? root['variable'] : {};
        for (const [name, v] of Object.entries(vars).slice(0, 1_000)) if (isObject(v)) variables.set(name, typeof v['default'] === 'string' && !v['default'].includes('${') ? v['default'] : null);
        for (const [name, t] of Object.entries(blocks).slice(0, 1_000)) {
          if (!isObject(t)) continue;
          if (typeof t['target'] === 'string' && t['target'].includes('${')) written.set(`${name}\0${f}`, t['target']);
          for (const key of ['context', 'dockerfile', 'dockerfile-inline', 'target']) if (key in t) set(name, f, key, typeof t[key] === 'string' && !/\$\{/.test(t[key]) ? t[key] : null);
          for (const key of ['inherits', 'output', 'tags']) if (key in t) set(name, f, key, list(t[key]) ?? null);
        }
        continue;
      }
      const text = snapshot.text(f);
      if (!text) continue;
      for (const block of hclBlocks(text, 'variable').slice(0, 1_000)) {
        const name = block.labels[0];
        const d = name === undefined ? undefined : hclAttribute(text, block, 'default');
        if (name !== undefined) variables.set(name, d?.value ?? null);
      }
      for (const block of hclBlocks(text, 'target').slice(0, 1_000)) {
        const name = block.labels[0];
        if (name === undefined) continue;
        for (const key of ['context', 'dockerfile', 'dockerfile-inline', 'target']) {
          const a = hclAttribute(text, block, key);
          if (a) set(name, f, key, a.value);
          // A target written as a template string (`"${STAGE}"`): kept as written, to resolve with the variables' defaults.
          if (a && a.value === null && key === 'target' && text[a.at] === '"') {
            const end = scanString(text, a.at, block.end);
            if (end) written.set(`${name}\0${f}`, text.slice(a.at + 1, end.next - 1));
          }
        }
        for (const key of ['inherits', 'output', 'tags']) if (hclAttribute(text, block, key)) set(name, f, key, list(hclArgument(text, block, key)?.value) ?? null);
      }
    }
    // What a target sets, else what the targets it inherits from set (a later one over an earlier one).
    const attr = (name: string, key: string, depth = 0): string | null | string[] | undefined => {
      const t = targets.get(name);
      if (!t || depth > 8) return undefined;
      if (t.attrs.has(key)) return t.attrs.get(key);
      const parents = t.attrs.get('inherits');
      for (const p of Array.isArray(parents) ? [...parents].reverse() : []) {
        const v = attr(p, key, depth + 1);
        if (v !== undefined) return v;
      }
      return undefined;
    };
    const parents = (name: string) => { const p = targets.get(name)?.attrs.get('inherits'); return Array.isArray(p) ? p : []; };
    // The template string a target's `target` is written as, in the file whose value stands (its own, else an inherited one's).
    const targetWritten = (name: string, depth = 0): string | undefined => {
      const t = targets.get(name);
      if (!t || depth > 8) return undefined;
      if (t.attrs.has('target')) return [...written].findLast(([k]) => k.startsWith(`${name}\0`))?.[1];
      for (const p of [...parents(name)].reverse()) {
        const v = targetWritten(p, depth + 1);
        if (v !== undefined) return v;
      }
      return undefined;
    };
    const inherited = new Set([...targets.keys()].flatMap(parents));
    // Tags from docker/metadata-action, whose bake file defines `docker-metadata-action` for the targets that inherit it.
    const metadata = (name: string, depth = 0): boolean => depth <= 8 && parents(name).some((p) => p === 'docker-metadata-action' || metadata(p, depth + 1));
    for (const [name, t] of targets) {
      if (inherited.has(name) || hasDevWord(name) || out.length >= 2_000) continue;
      const output = attr(name, 'output');
      if (output === null || (Array.isArray(output) && output.length && output.every((o) => FILES_OUTPUT.test(o.trim())))) continue;
      // An image is named: its `tags` (or metadata-action's), or an output to a registry or image store. A target naming
      // none (`lint`, `validate`) checks the build and keeps nothing.
      const tags = attr(name, 'tags');
      const imageOutput = Array.isArray(output) && output.some((o) => /\btype=(?:registry|image|docker|oci)\b/.test(o));
      if (!(tags === null || (Array.isArray(tags) && tags.length) || metadata(name) || imageOutput)) continue;
      const context = attr(name, 'context');
      const dockerfile = attr(name, 'dockerfile');
      let target = attr(name, 'target');
      // A target written with variables (`"${STAGE}"`) takes their defaults (`variable "STAGE" { default = "release" }`), as bake
      // builds it when the environment does not set them; one a variable without a literal default decides stays unresolved.
      let unresolved: string | undefined;
      if (target === null) {
        const raw = targetWritten(name);
        if (raw !== undefined) {
          const v = substitute(raw, new Map([...variables].filter(([, x]) => x !== null)))?.trim() ?? null;
          if (v && /^[A-Za-z0-9][\w.-]*$/.test(v)) target = v;
          else { unresolved = raw; target = undefined; }
        }
      }
      if (attr(name, 'dockerfile-inline') !== undefined || Array.isArray(context) || Array.isArray(dockerfile) || Array.isArray(target) || context === null || dockerfile === null || target === null) continue;
      const ctx = ciPath(dir, context ?? '.');
      const path = ctx === null ? null : ciPath(ctx, dockerfile ?? 'Dockerfile');
      const stage = target === undefined ? null : /^[A-Za-z0-9][\w.-]*$/.test(target.trim()) ? target.trim() : undefined;
      if (path === null || stage === undefined || !snapshot.has(path)) continue;
      out.push({ dockerfile: path, target: stage, file: t.file, by: `bake file ${t.file} target '${name}'`, ...(unresolved === undefined ? {} : { unresolved }) });
    }
  }
  return out;
}

/** Stage names that say they are for production (`FROM … AS production`). */
const PROD_STAGE = /^(?:prod|production|release|runtime|final)$/i;

/** A stage named for development (`development`, `dev-envs`, `local`): what a compose service builds from it is development-only. */
const devStage = (stage: DockerStage): boolean => stage.name != null && hasDevWord(stage.name);

/**
 * The Dockerfiles a check would judge that could not be read, for its skip reason: `Dockerfile: parse-error (see that
 * finding)`, or `… not checked (see that note)` for a templated or oversized one; null when there is none. Templates and
 * Dockerfiles of test and example folders are not judged even when they parse: left out.
 */
function unreadDockerfiles(snapshot: SnapshotView): string | null {
  const unread = snapshot.unreadDockerfiles().filter((u) => !isTemplate(u.file) && !isIllustrationDockerfile(snapshot, u.file));
  if (!unread.length) return null;
  return someOf(unread.map((u) => `${u.file}: ${u.why === 'parse-error' ? 'parse-error (see that finding)' : u.why === 'not read' ? `not read (${u.reason})` : 'not checked (see that note)'}`));
}

/**
 * Why a Dockerfile check has nothing to judge: `no Dockerfile`, unless there is one Docker refuses (or one skipped with a
 * note): then `no Dockerfile could be read: Dockerfile: parse-error (see that finding)`. `none` names what else the check
 * would have judged (`compose image or Kubernetes container image`), when it reads more than Dockerfiles; when another
 * Dockerfile was read (and holds nothing it judges), `none.withDockerfile; not read: Dockerfile: parse-error (…)`.
 */
export function noDockerfileReason(snapshot: SnapshotView, none?: { withDockerfile: string; without: string }): string {
  return `${noDockerfileWords(snapshot, none)}${inlineDockerfileSkip(snapshot)}`;
}
function noDockerfileWords(snapshot: SnapshotView, none?: { withDockerfile: string; without: string }): string {
  const unread = unreadDockerfiles(snapshot);
  if (!none) return unread ? `no Dockerfile could be read: ${unread}` : 'no Dockerfile';
  if (!unread) return none.withDockerfile;
  // Another Dockerfile was read (and holds nothing the check judges): the unread one is named, not called the only one.
  const read = snapshot.dockerfiles().some((df) => !isTemplate(df.path) && !isIllustrationDockerfile(snapshot, df.path));
  return read ? `${none.withDockerfile}; not read: ${unread}` : `${none.without}, and no Dockerfile could be read: ${unread}`;
}

/** A production compose service whose Dockerfile is written in the compose file (`build.dockerfile_inline`), located at that key. */
export interface InlineDockerfileBuild { service: string; file: string; line: number; column: number }

/**
 * The production compose services that build from `build.dockerfile_inline` (Compose 2.17+: the Dockerfile's text in the compose
 * file), once per view. Such a Dockerfile is not read by the Dockerfile checks: they say so (inlineDockerfileNotes, and the reason
 * they give when they have nothing else to judge), rather than pass it unremarked. Development-only services, and compose files of
 * test and illustration folders, are left out.
 */
export const inlineDockerfileBuilds = perView(function inlineDockerfileBuilds(snapshot: SnapshotView): InlineDockerfileBuild[] {
  const out: InlineDockerfileBuild[] = [];
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path) || isDevOnly(cf.path)) continue;
    for (const svc of cf.services) {
      if (out.length >= 100) return out;
      if (!composeBuild(cf.path, svc)?.inline || composeDevOnly(svc) !== null) continue;
      const at = svc.origin(['build', 'dockerfile_inline'], true);
      out.push({ service: svc.name, ...at });
    }
  }
  return out;
});

const inlineWords = (b: InlineDockerfileBuild) => `compose service '${b.service}' (${b.file}) builds from build.dockerfile_inline`;
const INLINE_FIX = 'move it into a Dockerfile and name that with build.dockerfile';

/** The end of a Dockerfile check's skip reason when production compose services build from `build.dockerfile_inline`: they are not judged. */
function inlineDockerfileSkip(snapshot: SnapshotView): string {
  const builds = inlineDockerfileBuilds(snapshot);
  if (!builds.length) return '';
  return `; ${builds.length === 1 ? inlineWords(builds[0]!) : `${builds.length} compose services build from build.dockerfile_inline (${someOf(builds.map((b) => `'${b.service}' in ${b.file}`))})`}, a Dockerfile written in the compose file, which is not read: ${INLINE_FIX}`;
}

/**
 * The `info` notes a Dockerfile check gives, beside what it judges, for production compose services that build from
 * `build.dockerfile_inline` (inlineDockerfileBuilds): at that key, saying the Dockerfile is not read and `question` is unverifiable.
 */
export function inlineDockerfileNotes(snapshot: SnapshotView, question: string): (RawFindingAt & { subject: string })[] {
  return inlineDockerfileBuilds(snapshot).map((b) => ({
    file: b.file, line: b.line, column: b.column, note: true, subject: `dockerfile_inline ${b.service}`,
    message: `${inlineWords(b)}, a Dockerfile written in the compose file, which is not read here: ${question} is unverifiable; ${INLINE_FIX}`,
  }));
}

/**
 * The final stage of every Dockerfile, then the other stages compose services build as their target (once per view).
 * Dockerfiles under test and example folders (`tests/`, `e2e/`, `examples/`…) build no production image: left out.
 */
export const shippedStages = perView(function shippedStages(snapshot: SnapshotView): ShippedStage[] {
  const dockerfiles = snapshot.dockerfiles().filter((df) => df.final && !isTemplate(df.path) && !isIllustrationDockerfile(snapshot, df.path));
  // The stages production compose services build, per Dockerfile: when there are some and the final
  // stage is not one of them nor built on one (a `development` stage last, production building
  // `target: production`), the final stage is what nothing in production runs: development-only.
  const builtInProduction = new Map<string, { stages: Set<DockerStage>; by: string }>();
  for (const cf of snapshot.composeFiles()) {
    // Compose files of test and illustration folders are not the deployment: what they build says nothing of production.
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const b = composeBuild(cf.path, svc);
      const df = b ? dockerfiles.find((d) => d.path === b.dockerfile) : undefined;
      // Nor does a main file's build that a production overlay replaces with a published image (replacedInProduction), or
      // points at another Dockerfile (rebuiltInProduction: `docker-compose.prod.yml` building `Dockerfile.prod`).
      // A target that does not resolve stands for no stage (unresolvedTargets).
      if (!df || !b || b.unresolvedTarget !== undefined || composeDevOnly(svc) !== null || replacedInProduction(snapshot, svc) !== null || rebuiltInProduction(snapshot, svc) !== null) continue;
      const stage = (b.target ? stageNamed(df, b.target) : undefined) ?? df.final!;
      // A service building a stage named for development (`target: development`, awesome-compose's `dev-envs`)
      // is a development setup: it says nothing of what production builds (Kamal, CI build the final stage).
      if (devStage(stage)) continue;
      const seen = builtInProduction.get(df.path) ?? { stages: new Set<DockerStage>(), by: `service '${svc.name}' in ${cf.path} builds target '${b.target ?? 'the final stage'}'` };
      seen.stages.add(stage);
      builtInProduction.set(df.path, seen);
    }
  }
  // Deploy configs outside compose build a stage too (ciBuilds, bakeBuilds, readPlatformBuilds, Kamal's `builder.target`): the
  // stage they name is what production runs, as a compose `build.target` is; one naming none builds the final stage.
  const built = deployBuilds(snapshot).flatMap((b) => {
    const df = dockerfiles.find((d) => d.path === b.dockerfile);
    return df ? [{ ...b, df, stage: (b.target ? stageNamed(df, b.target) : undefined) ?? df.final! }] : [];
  });
  // A CI job that builds an earlier stage of the image it also deploys (`--target builder`, pushed as the next run's
  // `--cache-from`) deploys the later one: the earlier stage is part of that build, not an image production runs. A
  // development target built on it (`FROM production AS development`) deploys nothing to production: it covers nothing.
  const deployed = built.filter((b) => b.job === undefined || !built.some((c) => c !== b && c.job === b.job && c.df === b.df && c.stage !== b.stage
    && !(c.target !== null && devStage(c.stage)) && stageClosure(b.df, c.stage).has(b.stage)));
  for (const b of deployed) {
    // A target named for development (`target: development`) is a development image, as in compose; a build naming no
    // target deploys the final stage, whatever its name.
    if (b.target !== null && devStage(b.stage)) continue;
    const seen = builtInProduction.get(b.df.path) ?? { stages: new Set<DockerStage>(), by: `${b.by} builds target '${b.target ?? 'the final stage'}'` };
    seen.stages.add(b.stage);
    builtInProduction.set(b.df.path, seen);
  }
  const finalReason = (df: DockerfileModel): string | null => {
    const named = devNamedDockerfile(snapshot, df.path);
    if (named) return named;
    const built = builtInProduction.get(df.path);
    // A final stage built on a stage production builds runs what that stage runs: still judged; so is
    // one named for production (`FROM … AS production`), whatever compose builds.
    if (df.final!.name && PROD_STAGE.test(df.final!.name)) return null;
    // Only development environments build it (Laravel Sail's compose, docker-compose.dev.yml): a development image.
    const devBuilt = built ? null : devBuiltReason(snapshot, df);
    if (devBuilt) return devBuilt;
    if (built && !lineage(df.final!).some((st) => built.stages.has(st))) return `not the stage production builds: ${built.by}`;
    // …but not one named for development (awesome-compose's `FROM builder AS dev-envs`) when production builds another.
    if (built && !built.stages.has(df.final!) && devStage(df.final!)) return `development stage '${df.final!.name}', not the stage production builds: ${built.by}`;
    return null;
  };
  const out: ShippedStage[] = dockerfiles.map((df) => ({ df, stage: df.final!, target: null, devReason: finalReason(df) }));
  const targets = new Map<DockerStage, ShippedStage>();
  for (const cf of snapshot.composeFiles()) {
    // Compose files of test and illustration folders are not the deployment: what they build says nothing of production.
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const b = composeBuild(cf.path, svc);
      const df = b?.target ? dockerfiles.find((d) => d.path === b.dockerfile) : undefined;
      const stage = df && stageNamed(df, b!.target!);
      if (!df || !stage || stage === df.final) continue;
      const devReason = devNamedDockerfile(snapshot, df.path) ?? composeDevOnly(svc) ?? replacedInProduction(snapshot, svc) ?? rebuiltInProduction(snapshot, svc) ?? (devStage(stage) ? `development stage '${stage.name}'` : null);
      const prev = targets.get(stage);
      if (prev && (prev.devReason === null || devReason !== null)) continue;
      targets.set(stage, { df, stage, target: { service: svc.name, file: cf.path, by: `service '${svc.name}' in ${cf.path}` }, devReason });
    }
  }
  for (const b of deployed) {
    if (b.stage === b.df.final || targets.has(b.stage)) continue;
    const devReason = devNamedDockerfile(snapshot, b.df.path) ?? (devStage(b.stage) ? `development stage '${b.stage.name}'` : null);
    targets.set(b.stage, { df: b.df, stage: b.stage, target: { file: b.file, by: b.by }, devReason });
  }
  // Production stages first: a start command a production target shares with a development-only
  // final stage is judged once, as production's.
  return [...out.filter((s) => s.devReason === null), ...targets.values(), ...out.filter((s) => s.devReason !== null)];
});

/**
 * A compose service's build of a Dockerfile, with the `build.args` it passes (none: an empty map): the stage it builds (its `build.target`, else the
 * final stage), the arguments as compose passes them (interpolated with the `.env` beside the compose file and
 * `${VAR:-default}`; a bare one, `- VAR`, takes the `.env` value too; null: a value from the shell, not known here), how messages
 * name it and why it is development-only.
 */
export interface ArgBuild { df: DockerfileModel; stage: DockerStage; args: Map<string, string | null>; by: string; devReason: string | null }

/** How messages show the `build.args` of a build that `text` uses (`BASE_IMAGE=python:latest`; all of them when it names none). */
export function shownArgs(b: ArgBuild, text: string): string {
  const refs = new Set([...text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!));
  // A global ARG's default built from another (`ARG BASE=python:${PY}-slim`): the one it uses counts too.
  for (const d of b.df.globalArgDecls ?? []) if (refs.has(d.name) && d.value) for (const m of d.value.matchAll(/\$\{?([A-Za-z_]\w*)/g)) refs.add(m[1]!);
  const used = [...b.args].filter(([k]) => refs.has(k));
  return (used.length ? used : [...b.args]).map(([k, v]) => `${k}=${v ?? '(from the shell)'}`).join(', ');
}

/** Every compose service's build of a Dockerfile (once per view), test and template folders' compose files left out: see ArgBuild. */
export const composeArgBuilds = perView(function composeArgBuilds(snapshot: SnapshotView): ArgBuild[] {
  const out: ArgBuild[] = [];
  const dockerfiles = snapshot.dockerfiles();
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const written = composeBuildArgs(svc);
      const b = composeBuild(cf.path, svc);
      const df = b ? dockerfiles.find((d) => d.path === b.dockerfile && d.final) : undefined;
      if (!b || !df) continue;
      const vars = composeDotenv(snapshot, cf.path);
      const args = new Map<string, string | null>();
      // A bare arg (`args: [SENTRY_IMAGE]`, `SENTRY_IMAGE:` with no value) takes its value from the environment compose runs in,
      // which the project's `.env` is part of (getsentry/self-hosted's `SENTRY_IMAGE`); the service's `environment`/`env_file` are not.
      for (const a of written) args.set(a.name, a.value === null ? vars.get(a.name) ?? null : composeInterpolate(a.value, vars));
      const stage = (b.target ? stageNamed(df, b.target) : undefined) ?? df.final!;
      // A main file's build that a production overlay replaces with a published image, or with another Dockerfile's build: its
      // build.args are development's.
      const devReason = devNamedDockerfile(snapshot, df.path) ?? composeDevOnly(svc) ?? replacedInProduction(snapshot, svc) ?? rebuiltInProduction(snapshot, svc) ?? (devStage(stage) ? `development stage '${stage.name}'` : null);
      out.push({ df, stage, args, by: `service '${svc.name}' in ${cf.path}`, devReason });
    }
  }
  return out;
});

/** The stages building `stage` needs: the ones it builds on and those it copies from (`COPY --from=builder`), recursively. */
export function stageClosure(df: DockerfileModel, stage: DockerStage): Set<DockerStage> {
  const out = new Set<DockerStage>();
  const todo = [stage];
  while (todo.length && out.size < 256) {
    const s = todo.pop()!;
    if (out.has(s)) continue;
    out.add(s);
    if (s.from.stage) todo.push(s.from.stage);
    for (const ins of s.instructions) {
      const from = ins.keyword === 'COPY' ? ins.flags['from'] : undefined;
      const named = from === undefined ? undefined : /^\d+$/.test(from) ? df.stages[Number(from)] : stageNamed(df, from);
      if (named && named.index < s.index) todo.push(named);
    }
  }
  return out;
}

/** Whether a deploy config outside compose (a workflow, fly.toml, heroku.yml, Kamal…) builds the Dockerfile: it passes no compose `build.args`. */
export const builtOutsideCompose = (snapshot: SnapshotView, df: DockerfileModel): boolean => deployBuilds(snapshot).some((b) => b.dockerfile === df.path);

/**
 * A compose service that runs a shipped stage: its group (the base file's definition and the overlays beside it that
 * production merges over it, `docker-compose.prod.yml`), with what it sets as production gets it.
 */
export interface StageRunner {
  /** The member that builds the stage: findings about the service as a whole point at its key. */
  svc: ComposeService;
  /** The members production deploys (every member of a development-only group), base first. */
  members: ComposeService[];
  /** Why the service is development-only (a development file or profile), else null. */
  devReason: string | null;
}

/**
 * What a compose service runs with for `key`, as its overlays merge (a later member's mapping merged key by key over an
 * earlier one's, any other value replacing it; a `null` removes it), and the members that set it, in order; null when unset.
 */
export function runnerSetting(r: StageRunner, key: string): { value: unknown; from: ComposeService[] } | null {
  let value: unknown;
  let from: ComposeService[] = [];
  for (const m of r.members) {
    if (!(key in m.value)) continue;
    const v = m.value[key];
    if (v === null || v === undefined) { value = undefined; from = []; continue; }
    if (isObject(v) && isObject(value)) { value = { ...value, ...v }; from.push(m); } else { value = v; from = [m]; }
  }
  return value === undefined ? null : { value, from };
}

/**
 * How a message names a compose service that runs a stage: `'api'`, or `'api' in docker-stack.yml` when another of the stage's
 * runners has the same name in another file (a Swarm stack file's deployment beside the compose service).
 */
export const runnerName = (r: StageRunner, all: readonly StageRunner[]): string =>
  `'${r.svc.name}'${all.some((o) => o !== r && o.svc.name === r.svc.name && o.svc.file !== r.svc.file) ? ` in ${r.svc.file}` : ''}`;

/** Whether a compose build with this `target` (null: none) builds exactly the shipped stage (the final stage without one). */
const buildsStage = (s: ShippedStage, target: string | null): boolean => s.stage === (target === null ? s.df.final : stageNamed(s.df, target));

/**
 * The compose services that run each shipped stage: those whose build (its Dockerfile and `build.target`, else the
 * final stage) is exactly that stage — production's when there are any, else the development-only ones. A stage no
 * compose service builds has none (it may run anywhere: Kubernetes, a platform).
 */
export const stageRunners = perView((snapshot: SnapshotView): Map<DockerStage, StageRunner[]> => runnersByStage(snapshot, composeBuildViews(snapshot)));

/**
 * The same, the compose services taken as they are deployed (composeDeploymentGroups): a Swarm stack file's service that names its
 * own image (`docker-stack.yml` beside `docker-compose.yml`) is deployed by `docker stack deploy -c docker-stack.yml` alone, so its
 * `healthcheck:` and `user:` (or their absence) speak only for its own containers, not for the compose service of the same name, nor
 * the other way round. Such a stack service (a deployment of Swarm files building nothing) runs the stage a compose service builds
 * when it names the image that service tags (`image: registry/acme/api:1.2` beside its `build:`; the same repository, the tag aside —
 * the same tag when several builds tag the repository): images a CI job, bake file or platform builds are not known by name here.
 */
export const deployedStageRunners = perView(function deployedStageRunners(snapshot: SnapshotView): Map<DockerStage, StageRunner[]> {
  const { deployments, swarm } = composeDeploymentGroups(snapshot);
  const views = buildViewsOf(deployments);
  const image = (members: readonly ComposeService[]) => members.map((m) => m.value['image']).filter((i): i is string => typeof i === 'string' && i.trim() !== '').at(-1)?.trim();
  const repository = composeImageRepository;
  // The images compose builds, by repository: each build view's image (its last member naming one) with the build that makes it.
  const tagged = new Map<string, { image: string; view: BuildView }[]>();
  for (const v of views) {
    const i = v.withOverlay ? undefined : image(v.members);
    const repo = i === undefined ? undefined : repository(i);
    if (i !== undefined && repo !== undefined) tagged.set(repo, [...(tagged.get(repo) ?? []), { image: i, view: v }]);
  }
  const linked: BuildView[] = [];
  for (const group of deployments) {
    const { production, dev, devReason } = judgedServices(group);
    if (!production.every((m) => swarm.has(m.file)) || production.some((m) => composeBuild(m.file, m))) continue;
    const i = image(production);
    const svc = production.findLast((m) => typeof m.value['image'] === 'string');
    const repo = i === undefined ? undefined : repository(i);
    const all = repo === undefined ? [] : tagged.get(repo) ?? [];
    // An unqualified name (`api`, `backend`: no registry, no namespace) is common to many projects: only a build in the stack
    // file's project counts (its folder tree, see sameFolderTree); a `registry/org/name` names one image wherever it is built.
    const builds = repo === undefined || repo.includes('/') || !svc ? all : all.filter((b) => sameFolderTree(dirname(svc.file), b.view.builder));
    if (!svc || !builds.length) continue;
    const exact = builds.filter((b) => b.image === i);
    const chosen = (exact.length ? exact : builds).map((b) => b.view);
    const prod = chosen.filter((v) => v.devReason === null);
    for (const v of prod.length ? prod : chosen) {
      if (linked.some((l) => l.builder.svc === svc && l.builder.build.dockerfile === v.builder.build.dockerfile && l.builder.build.target === v.builder.build.target)) continue;
      linked.push({ members: production, devReason: dev ? devReason ?? 'development-only file' : null, withOverlay: false, builder: { svc, build: v.builder.build } });
    }
  }
  return runnersByStage(snapshot, [...views, ...linked]);
});

/**
 * Whether a compose build belongs to the project of a stack file in this folder: the compose file's folder or the build context
 * is the stack file's folder, one of its ancestors (a root `docker-compose.yml`; `docker/docker-compose.yml` building `..`), or
 * inside it (a root stack deploying `backend/`'s build). A build in a sibling project folder (`projA/` for `projB/docker-stack.yml`)
 * is another project's.
 */
function sameFolderTree(stackDir: string, builder: BuildView['builder']): boolean {
  const inside = (outer: string, inner: string) => outer === '' || inner === outer || inner.startsWith(`${outer}/`);
  return [dirname(builder.svc.file), builder.build.context].some((d) => inside(d, stackDir) || inside(stackDir, d));
}

/** The longest compose `image:` value linked by its repository (shownRef's bound: far beyond Docker's 255-character name and 128-character tag). */
const MAX_LINKED_IMAGE = 512;

/**
 * The repository a compose `image:` value names, lower case, its tag or digest aside — also a tag written with a variable
 * (`registry:5000/acme/api:${TAG:-latest}`, `acme/api:$TAG` → `registry:5000/acme/api`, `acme/api`); undefined for a value longer
 * than any image reference (MAX_LINKED_IMAGE: not linked by name). Linear in the value: `${…}` groups are masked (a `:` or `/`
 * inside one is no separator), then the tag is what follows the last `:` after the last `/`, before any `@digest`.
 */
export function composeImageRepository(ref: string): string | undefined {
  const value = ref.trim();
  if (value.length > MAX_LINKED_IMAGE) return undefined;
  const masked = value.replace(/\$\{[^}]*\}/g, (m) => '$'.padEnd(m.length, '_'));
  // parseImageRef cuts the masked reference (its name is a prefix of it, as long as the same prefix of the value).
  return imageRepository(value.slice(0, parseImageRef(masked).name.length));
}

/** The services of the build views (one per deployment view, withOverlay ones left out) that run each shipped stage: see stageRunners. */
function runnersByStage(snapshot: SnapshotView, views: readonly BuildView[]): Map<DockerStage, StageRunner[]> {
  const shipped = shippedStages(snapshot);
  const prod = new Map<DockerStage, StageRunner[]>();
  const dev = new Map<DockerStage, StageRunner[]>();
  // The build each service uses: the last member that names one (an overlay may build another target).
  for (const { members, devReason, builder, withOverlay } of views) {
    if (withOverlay) continue;
    const r: StageRunner = { svc: builder.svc, members, devReason };
    for (const s of shipped) {
      // A target that does not resolve (unresolvedTargets) runs no known stage.
      if (s.df.path !== builder.build.dockerfile || builder.build.unresolvedTarget !== undefined || !buildsStage(s, builder.build.target)) continue;
      const into = r.devReason === null ? prod : dev;
      into.set(s.stage, [...(into.get(s.stage) ?? []), r]);
    }
  }
  const out = new Map(dev);
  for (const [stage, runners] of prod) out.set(stage, runners);
  return out;
}

/**
 * How the compose services that run a Dockerfile entry point as it is (production services building its stage, with no `command`
 * or `entrypoint` of their own) give Rails' environment: `sets` where each that sets it (an env_file not in the repository, or a
 * variable passed from the shell, may: counted as setting it), `missing` the others (unset, or `development`: `setsDev`). Null when no
 * production service runs it (the image may run anywhere: the Dockerfile is judged on its own).
 */
export function railsRunners(snapshot: SnapshotView, entry: EntryPoint, fw: EnvFramework = 'rails'): { sets: { r: StageRunner; where: string }[]; missing: { r: StageRunner; why: string; setsDev: boolean; set?: { name: string; where: string } }[] } | null {
  const { names, dev } = FRAMEWORK_ENV[fw];
  const runners = asIsRunners(snapshot, entry);
  if (!runners.length) return null;
  const sets: { r: StageRunner; where: string }[] = [];
  const missing: { r: StageRunner; why: string; setsDev: boolean; set?: { name: string; where: string } }[] = [];
  for (const r of runners) {
    const got = runnerEnv(snapshot, r.members, names);
    // The first variable set with a value wins (RAILS_ENV, else RACK_ENV), else the first set at all.
    const name = names.find((n) => got.get(n)?.value) ?? names.find((n) => got.has(n));
    const v = name === undefined ? undefined : got.get(name);
    if (v && v.value !== dev) sets.push({ r, where: v.where });
    // `set`: the development value the service sets itself (`RAILS_ENV: development`), where (the message names it).
    else missing.push({ r, why: v ? `sets ${names[0]}=${dev} (${v.where})` : `sets no ${names[0]}`, setsDev: !!v, ...(v ? { set: { name: name!, where: v.where } } : {}) });
  }
  return { sets, missing };
}

/** A compose `command`/`entrypoint` setting that gives a command: not an empty string or list (`entrypoint: []` drops the ENTRYPOINT and keeps the CMD). */
const givesCommand = (s: { value: unknown } | null): boolean =>
  !!s && (typeof s.value === 'string' ? s.value.trim() !== '' : Array.isArray(s.value) ? s.value.length > 0 : s.value !== null && s.value !== undefined);

/**
 * The settings that replace a shipped stage's start command wherever production runs it, worded for the note (`compose command in
 * compose.yaml`, `Kubernetes args in k8s/deployment.yaml`): every production compose service that runs the stage
 * (deployedStageRunners) gives its own `entrypoint` (which clears the image's ENTRYPOINT and CMD, Compose spec) or, for a `CMD`
 * (`cmd`: a CMD alone, or an exec-form ENTRYPOINT's CMD), its own `command`; the production Kubernetes containers running the
 * image built from the stage (imageStages) with a `command` (which replaces the ENTRYPOINT, the CMD dropped) or, for a `CMD`,
 * `args` (which replace it) count among them (at least one runner of either kind); and no deploy config outside compose builds the
 * stage (a CI job pushing it, a platform, Kamal: the image may run elsewhere with its CMD) unless a platform that builds it replaces
 * its CMD (`platform`) or each image the build tags is one those Kubernetes containers run. Null otherwise: a service that runs it
 * as it is, or nothing in the repository that runs it, leaves the Dockerfile judged on its own.
 */
function composeReplacedCmd(snapshot: SnapshotView, shipped: ShippedStage, what: 'cmd' | 'entrypoint', platform: boolean): { replaced: string } | { asIs: string } | null {
  const runners = (deployedStageRunners(snapshot).get(shipped.stage) ?? []).filter((r) => r.devReason === null);
  const { df, stage } = shipped;
  const linked = k8sImageContainers(snapshot).filter((c) => imageStages(snapshot, c.image).some((b) => b.stage === stage));
  const k8s = linked.filter((c) => c.command || (what === 'cmd' && c.args));
  if (!runners.length && !k8s.length) return null;
  // A build tagging only images the repository's Kubernetes containers run is how the image gets to them (`docker push`), not a runner of its own.
  const ran = new Set(linked.flatMap((c) => composeImageRepository(c.image) ?? []));
  const toK8s = (b: DeployBuild) => !!b.tags?.length && b.tags.every((t) => ran.has(composeImageRepository(t) ?? '\u0000'));
  if (!platform && deployBuilds(snapshot).some((b) => b.dockerfile === df.path && ((b.target ? stageNamed(df, b.target) : undefined) ?? df.final) === stage && !toK8s(b))) return null;
  const keys = new Set<string>();
  const files = new Set<string>();
  for (const r of runners) {
    const key = givesCommand(runnerSetting(r, 'entrypoint')) ? 'entrypoint' : what === 'cmd' && givesCommand(runnerSetting(r, 'command')) ? 'command' : null;
    if (!key) return null;
    keys.add(key);
    const from = runnerSetting(r, key)!.from.at(-1);
    if (from) files.add(from.origin([key]).file);
  }
  const list = (xs: readonly string[]) => (xs.length > 2 ? `${xs.slice(0, 2).join(', ')} and ${xs.length - 2} more` : xs.join(' and '));
  const k8sKeys = new Set(k8s.map((c) => (c.command ? 'command' : 'args')));
  const by = [
    ...(keys.size ? [`compose ${[...keys].sort().reverse().join('/')} in ${list([...files])}`] : []),
    ...(k8sKeys.size ? [`Kubernetes ${[...k8sKeys].sort().reverse().join('/')} in ${list([...new Set(k8s.map((c) => c.file))])}`] : []),
  ].join(' and ');
  // The image those services tag (`image: ghcr.io/acme/web:1.0` beside `build:`) or a CI build pushes may run elsewhere with the start
  // command: a Kubernetes container, another compose service, a Nomad task or a platform (fly.toml, render.yaml) of the repository naming it
  // with no command of its own runs it as it is.
  const asIs = imageRunsAsIs(snapshot, stage, runners, what);
  if (asIs.length) return { asIs: `${by} replaces it there, but ${list(asIs)} ${asIs.length > 1 ? 'run' : 'runs'} the image with it as it is` };
  return { replaced: by };
}

/** At most this many places imageRunsAsIs names (a message names two and counts the others). */
const MAX_RUN_PLACES = 20;

/** An image the repository builds and tags, with the stage it is built from and the build contexts (layoutOf) it may be built in. */
interface ImageBuild { ref: string; repo: string; df: DockerfileModel; stage: DockerStage; contexts: string[] }

/** Bound: the stages a Kubernetes container's image is read as built from (entryPoints: one entry point each). */
const MAX_LINKED_STAGES = 8;

/** Bound: the image builds imageBuilds keeps. */
const MAX_IMAGE_BUILDS = 1_000;

/**
 * The images the repository's production builds tag, each with the stage it builds (once per view): a compose service's `image:`
 * beside its `build:` (production's, the build view's last member naming one) and the tags a deploy build outside compose writes
 * (DeployBuild.tags: `docker build -t`, build-push-action, skaffold). A reference whose repository holds a variable names none.
 */
const imageBuilds = perView(function imageBuilds(snapshot: SnapshotView): ImageBuild[] {
  const out: ImageBuild[] = [];
  const dockerfiles = snapshot.dockerfiles();
  const add = (ref: string, dockerfile: string, target: string | null, contexts: string[]) => {
    const r = ref.trim();
    const repo = r ? composeImageRepository(r) : undefined;
    if (!repo || /[${}]/.test(repo) || out.length >= MAX_IMAGE_BUILDS) return;
    const df = dockerfiles.find((d) => d.path === dockerfile);
    const stage = df && (target === null ? df.final : stageNamed(df, target));
    if (df && stage) out.push({ ref: r, repo, df, stage, contexts });
  };
  const named = (members: readonly ComposeService[]) => members.map((m) => m.value['image']).filter((i): i is string => typeof i === 'string' && i.trim() !== '').at(-1);
  for (const v of composeBuildViews(snapshot)) {
    const { build } = v.builder;
    const image = named(v.members);
    if (v.withOverlay || v.devReason !== null || build.unresolvedTarget !== undefined || image === undefined) continue;
    add(image, build.dockerfile, build.target, [build.context]);
  }
  for (const b of deployBuilds(snapshot)) for (const t of b.tags ?? []) add(t, b.dockerfile, b.target, [dirname(b.dockerfile), '']);
  return out;
});

/**
 * The builds of the repository (imageBuilds) an image reference a deployment runs is built by: those tagging exactly that
 * reference, else those tagging its repository (composeImageRepository: the tag or digest aside, `acme/web:1.0` and
 * `acme/web:${TAG}` alike); none for an image the repository does not build.
 */
export function imageStages(snapshot: SnapshotView, image: unknown): ImageBuild[] {
  if (typeof image !== 'string' || !image.trim()) return [];
  const ref = image.trim();
  const repo = composeImageRepository(ref);
  if (repo === undefined) return [];
  const builds = imageBuilds(snapshot).filter((b) => b.repo === repo);
  const exact = builds.filter((b) => b.ref === ref);
  return exact.length ? exact : builds;
}

/** A production Kubernetes container (as kustomize renders it) and the image it runs, whether it gives `command`/`args`, where (messages). */
interface K8sImageContainer { image: string; command: boolean; args: boolean; file: string; place: string }

/** The production Kubernetes containers naming an image (not init containers, Helm templates nor development-only workloads), once per view. */
const k8sImageContainers = perView(function k8sImageContainers(snapshot: SnapshotView): K8sImageContainer[] {
  const out: K8sImageContainer[] = [];
  for (const w of k8sWorkloads(snapshot)) {
    if (w.template || devOnlyWorkload(w)) continue;
    for (const c of w.containers) {
      const image = c.get('image')?.value;
      if (c.init || typeof image !== 'string' || !image.trim() || out.length >= MAX_IMAGE_BUILDS) continue;
      const set = (k: string) => { const v = c.get(k)?.value; return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null; };
      const command = set('command');
      const args = set('args');
      const file = (command || args ? c.get(command ? 'command' : 'args')?.object.file : undefined) ?? w.object.file;
      out.push({ image: image.trim(), command, args, file, place: `${w.object.file} (${w.object.kind}${w.object.name ? ` '${w.object.name}'` : ''}, container '${c.name}'${overlayNote(w)})` });
    }
  }
  return out;
});

/**
 * The deployments of the repository that run the image built from `stage` (imageStages: the image compose services tag, `image:`
 * beside `build:`, or a CI build pushes), with the image's own start command (`what`: a CMD, which a command or arguments replace;
 * else an ENTRYPOINT, which only an entrypoint or a Kubernetes `command` replaces), worded for messages (`k8s/deployment.yaml
 * (Deployment 'web', container 'web')`): production Kubernetes containers (as kustomize renders them), production compose services
 * that build nothing and name the image without a command of their own (not the stage's own `runners`), Nomad tasks, and the images
 * production platform files deploy as written without a start command of their own (platformImages: fly.toml's `[build] image`
 * without `[processes]`, render.yaml's `image.url` without `dockerCommand`). An image is the same when its repository is, the tag or
 * digest aside, unless another build tags exactly the reference run there.
 */
function imageRunsAsIs(snapshot: SnapshotView, stage: DockerStage, runners: readonly StageRunner[], what: 'cmd' | 'entrypoint'): string[] {
  if (!imageBuilds(snapshot).some((b) => b.stage === stage)) return [];
  const same = (ref: unknown): boolean => imageStages(snapshot, ref).some((b) => b.stage === stage);
  const named = (members: readonly ComposeService[]) => members.map((m) => m.value['image']).filter((i): i is string => typeof i === 'string' && i.trim() !== '').at(-1)?.trim();
  const out: string[] = [];
  const own = new Set(runners.flatMap((r) => r.members));
  for (const group of composeServiceGroups(snapshot)) {
    if (out.length >= MAX_RUN_PLACES) break;
    if (group.some((m) => own.has(m))) continue;
    const { production, dev } = judgedServices(group);
    if (dev || !production.length || production.some((m) => composeBuild(m.file, m))) continue;
    const r: StageRunner = { svc: production.at(-1)!, members: production, devReason: null };
    if (!same(named(production)) || givesCommand(runnerSetting(r, 'entrypoint')) || (what === 'cmd' && givesCommand(runnerSetting(r, 'command')))) continue;
    out.push(`compose service '${r.svc.name}' in ${r.svc.file}`);
  }
  for (const c of k8sImageContainers(snapshot)) {
    if (out.length >= MAX_RUN_PLACES) break;
    if (!same(c.image) || c.command || (what === 'cmd' && c.args)) continue;
    if (!out.includes(c.place)) out.push(c.place);
  }
  for (const t of nomadJobs(snapshot).images) {
    if (out.length >= MAX_RUN_PLACES) break;
    if (t.dev || !same(t.image) || t.overrides.includes('entrypoint') || (what === 'cmd' && t.overrides.length)) continue;
    out.push(`${t.file} (Nomad job '${t.job}', task '${t.task}')`);
  }
  // A platform deploying the image as written (fly.toml's `[build] image`, render.yaml's `image.url`) without a start command of its own.
  for (const p of platformImages(snapshot)) {
    if (out.length >= MAX_RUN_PLACES) break;
    if (p.dev || !p.overrides || !same(p.image) || p.overrides.includes('entrypoint') || (what === 'cmd' && p.overrides.length)) continue;
    const name = basename(p.file);
    const place = p.where.startsWith(`${name} `) ? `${p.file}${p.where.slice(name.length)}` : `${p.file} (${p.where})`;
    if (!out.includes(place)) out.push(place);
  }
  return out;
}

/** The production compose services that run a Dockerfile entry point as it is: building its stage, with no `command` or `entrypoint` of their own. */
function asIsRunners(snapshot: SnapshotView, entry: EntryPoint): StageRunner[] {
  if (!entry.stage) return [];
  return (stageRunners(snapshot).get(entry.stage) ?? []).filter((r) => r.devReason === null && !runnerSetting(r, 'command') && !runnerSetting(r, 'entrypoint'));
}

/**
 * Whether every production compose service that runs a Dockerfile entry point as it is sets the variable (its `environment` or an
 * `env_file`): a value a file read at start without overriding the environment (`.flaskenv`) gives does not reach the process then.
 * False when no such service runs it (the image may run anywhere).
 */
export function runnersSetAll(snapshot: SnapshotView, entry: EntryPoint, name: string): boolean {
  const runners = asIsRunners(snapshot, entry);
  return runners.length > 0 && runners.every((r) => runnerEnv(snapshot, r.members, [name]).has(name));
}

/**
 * For each production compose service that runs a Dockerfile entry point as it is, the value it gives a variable (its `environment`
 * over its `env_file` files): null when set to a value not known, undefined when it does not set it (scriptDevBranch asks them).
 */
export function runnerValues(snapshot: SnapshotView, entry: EntryPoint): ((name: string) => string | null | undefined)[] {
  return asIsRunners(snapshot, entry).map((r) => (name: string) => runnerEnv(snapshot, r.members, [name]).get(name)?.value);
}

/** A variable as a compose service gives it to its process; `value` null when it is set but not known (a bare `- NAME`, an env_file not in the repository). */
interface RunnerValue { value: string | null; where: string; at: { file: string; line: number; column: number } | null }

/**
 * The variables of `names` a compose service's members give its process, as compose merges them: the members' `env_file` files,
 * then their `environment` over them, whatever file sets them (an overlay's `env_file` does not beat the base's `environment`).
 */
function runnerEnv(snapshot: SnapshotView, members: readonly ComposeService[], names: readonly string[]): Map<string, RunnerValue> {
  const got = new Map<string, RunnerValue>();
  for (const m of members) {
    for (const p of composeEnvFiles(m)) {
      const file = snapshot.envFileAt(p);
      if (!file) { for (const n of names) got.set(n, { value: null, where: `env_file ${p} (not in the repository)`, at: null }); continue; }
      for (const e of file.entries) if (names.includes(e.key)) got.set(e.key, { value: e.value, where: `env_file ${p}:${e.line}`, at: { file: p, line: e.line, column: e.valueColumn } });
    }
  }
  for (const m of members) {
    for (const e of composeEnvironment(m)) {
      if (!names.includes(e.key)) continue;
      const at = m.origin(e.path);
      got.set(e.key, { value: e.value === null ? null : composeDefaults(e.value) ?? e.value, where: `service '${m.name}' environment in ${at.file}:${at.line}`, at });
    }
  }
  return got;
}

/** The servers' own switches (SERVER_ENV but Rails' and mix's environment, which railsRunners reads): gunicorn's `GUNICORN_CMD_ARGS`, `UVICORN_RELOAD`… */
const SWITCH_ENV = SERVER_ENV.filter((n) => !FRAMEWORK_ENV_NAMES.includes(n));

/** A compose service that runs a Dockerfile entry point as it is, with the servers' switches its environment gives the process. */
export interface EnvRunner {
  /** The member that builds the stage (the service named in messages). */
  svc: ComposeService;
  /** Why it is development-only (a development file, overlay or profile), else null. */
  devReason: string | null;
  /** As EntryPoint.serverEnv has them (the variables the service sets, over the stage's `ENV`). */
  serverEnv: NonNullable<EntryPoint['serverEnv']>;
  /** Where each value is written, by its `where`. */
  at: Record<string, { file: string; line: number; column: number }>;
}

/**
 * Per compose service group, the views a deployment has of it (its production members, the main file's and the production
 * overlays'; with a development overlay's members too, a development view; with an overlay of unknown purpose's, a view judged
 * as production but not production's own: `withOverlay`) and the build each view uses (the last member that names one): computed once per
 * snapshot view, not once per Dockerfile entry point.
 */
const composeBuildViews = perView((snapshot: SnapshotView): BuildView[] => buildViewsOf(composeServiceGroups(snapshot)));

/** A view of a compose service's deployment (composeBuildViews) and the build it uses. */
interface BuildView { members: ComposeService[]; devReason: string | null; withOverlay: boolean; builder: { svc: ComposeService; build: NonNullable<ReturnType<typeof composeBuild>> } }

/** The build views (composeBuildViews) of these compose groups. */
function buildViewsOf(groups: readonly ComposeService[][]): BuildView[] {
  const out: BuildView[] = [];
  for (const group of groups) {
    const { judged, production, dev, devReason } = judgedServices(group);
    const views = [{ members: production, devReason: dev ? devReason ?? 'development-only file' : null, withOverlay: false }];
    // An overlay of unknown purpose (`docker-compose.mac.yml`) merged over production's: judged as production, never production's own.
    if (!dev) for (const m of judged) if (!production.includes(m)) views.push({ members: [...production, m], devReason: null, withOverlay: true });
    const devMember = group.find((m) => !judged.includes(m));
    if (!dev && devMember) views.push({ members: group, devReason: composeDevOnly(devMember) ?? 'development-only file', withOverlay: true });
    for (const v of views) {
      let builder: BuildView['builder'] | null = null;
      for (const m of v.members) { const b = composeBuild(m.file, m); if (b) builder = { svc: m, build: b }; }
      if (builder) out.push({ ...v, builder });
    }
  }
  return out;
}

/**
 * The image a compose service that neither builds nor names one runs (an overlay's `command:` alone): the base image of the stage
 * its group builds (composeBuildViews: the last member naming a build), else the `image` the last member naming one gives; null
 * when none is known.
 */
function groupImage(snapshot: SnapshotView, svc: ComposeService): string | null {
  const view = composeBuildViews(snapshot).find((v) => v.members.includes(svc));
  if (view) {
    const df = snapshot.dockerfiles().find((d) => d.path === view.builder.build.dockerfile);
    const stage = df && (view.builder.build.target ? stageNamed(df, view.builder.build.target) ?? df.final : df.final);
    return stage ? rootFrom(stage).image : null;
  }
  const group = composeServiceGroups(snapshot).find((g) => g.includes(svc)) ?? [];
  const image = group.map((m) => m.value['image']).filter((i): i is string => typeof i === 'string' && i.trim() !== '').at(-1);
  return image ?? null;
}

/**
 * The compose services that run a Dockerfile entry point as it is (building its stage, with no `command`/`entrypoint` of their
 * own) and set one of the servers' switches (SWITCH_ENV) for it: its `env_file` files, then its `environment` over them, overlay
 * by overlay, as compose merges them (a production overlay that sets the variable again wins; `- NAME` without a value, or an
 * env_file not in the repository, may set anything: the variable is then not known). Production's members, and, where a
 * development overlay (`docker-compose.override.yml`) is part of the service, every member (`devReason`: a note).
 */
export function composeEnvRunners(snapshot: SnapshotView, entry: EntryPoint): EnvRunner[] {
  const shipped = entry.stage && shippedStages(snapshot).find((s) => s.stage === entry.stage);
  if (!shipped) return [];
  const out: EnvRunner[] = [];
  for (const v of composeBuildViews(snapshot)) {
    const builder = v.builder;
    if (shipped.df.path !== builder.build.dockerfile || !buildsStage(shipped, builder.build.target)) continue;
    const r: StageRunner = { svc: builder.svc, members: v.members, devReason: v.devReason };
    if (runnerSetting(r, 'command') || runnerSetting(r, 'entrypoint')) continue;
    const got = runnerEnv(snapshot, v.members, SWITCH_ENV);
    const set = [...got].flatMap(([k, x]) => (x.value !== null && x.at ? [[k, { value: x.value, where: x.where, at: x.at }] as const] : []));
    if (!set.length) continue;
    out.push({
      svc: builder.svc, devReason: v.devReason,
      serverEnv: { ...entry.serverEnv, ...Object.fromEntries(set.map(([k, x]) => [k, { value: x.value, where: x.where }])) },
      at: Object.fromEntries(set.map(([, x]) => [x.where, x.at])),
    });
  }
  return out;
}

/**
 * Which stage of its Dockerfile a finding about the whole stage judged (its `RawFinding.subject`): the final stage as
 * such, else the stage by name (a compose `build.target`), else by index. Not the FROM line's text, where the finding
 * is anchored: a base-image bump, a digest, `--platform` or `AS name` added there leave the stage the same.
 */
export const stageSubject = (df: DockerfileModel, stage: DockerStage): string =>
  `stage ${stage === df.final ? 'final' : stage.name?.toLowerCase() ?? `#${stage.index}`}`;

/** How a shipped stage is named in messages: `build target 'development' (service 'web' in docker-compose.yml)`. */
export const stageLabel = (s: ShippedStage): string => (s.target ? `build target '${s.stage.name}' (${s.target.by})` : 'the image');

/**
 * Images whose ENTRYPOINT is a CLI that takes the command as its arguments, by repository: a `CMD`, compose `command` or
 * Kubernetes `args` given without an entrypoint of its own runs as that CLI's arguments (`command: start-dev` on
 * `quay.io/keycloak/keycloak` is `kc.sh start-dev`). Other images' commands are judged as written.
 */
const IMAGE_ENTRYPOINT: Record<string, { exe: string; prefix: (args: readonly string[]) => string[] }> = {
  'quay.io/keycloak/keycloak': { exe: 'kc.sh', prefix: () => ['/opt/keycloak/bin/kc.sh'] },
  'keycloak/keycloak': { exe: 'kc.sh', prefix: () => ['/opt/keycloak/bin/kc.sh'] },
  // The official Deno image's docker-entrypoint.sh runs `deno "$@"` when the first argument is an option or a deno
  // sub-command (`CMD ["task", "start"]` is `deno task start`), and the command as given otherwise (`CMD ["deno", "run", …]`).
  'denoland/deno': { exe: 'deno', prefix: (args) => (args[0] !== undefined && (args[0].startsWith('-') || DENO_SUBCOMMANDS.has(args[0])) ? ['deno'] : []) },
};
const DENO_SUBCOMMANDS = new Set(['add', 'approve-scripts', 'bench', 'bundle', 'cache', 'check', 'clean', 'compile', 'completions', 'coverage', 'deploy', 'doc', 'eval', 'fmt', 'help', 'info', 'init', 'install', 'jupyter', 'lint', 'lsp', 'outdated', 'publish', 'remove', 'repl', 'run', 'serve', 'task', 'test', 'types', 'uninstall', 'update', 'upgrade', 'vendor', 'x']);
/**
 * What the known ENTRYPOINT of an image reference (`quay.io/keycloak/keycloak:26.0`, `docker.io/keycloak/keycloak@sha256:…`,
 * `denoland/deno:2.1.4`) puts before the command `args` it is given; null when the image is not one of them.
 */
function imageEntrypoint(image: unknown, args: readonly string[]): string[] | null {
  if (typeof image !== 'string') return null;
  const name = imageRepository(image);
  return IMAGE_ENTRYPOINT[name]?.prefix(args) ?? null;
}
/**
 * Start scripts known images ship that start a development server, by repository and path in the image: tiangolo's
 * `uvicorn-gunicorn` images (and their `-fastapi`, `-starlette` flavours) run gunicorn with uvicorn workers from `/start.sh`
 * (their CMD) and `uvicorn --reload` from `/start-reload.sh`, which their docs give for development only.
 */
const TIANGOLO_RELOAD = { '/start-reload.sh': { runs: 'uvicorn --reload', instead: '/start.sh' } };
const IMAGE_SCRIPTS: Record<string, Record<string, { runs: string; instead: string }>> = {
  'tiangolo/uvicorn-gunicorn': TIANGOLO_RELOAD,
  'tiangolo/uvicorn-gunicorn-fastapi': TIANGOLO_RELOAD,
  'tiangolo/uvicorn-gunicorn-starlette': TIANGOLO_RELOAD,
};
/**
 * The development server a known image's own start script (IMAGE_SCRIPTS) starts, for a command that runs it by its path in the
 * image (`/start-reload.sh` on `tiangolo/uvicorn-gunicorn-fastapi:python3.11`): how messages name it, with the image's repository; null
 * for any other script or image.
 */
export function imageDevScript(image: string | undefined, path: string): { what: string; instead: string } | null {
  if (image === undefined) return null;
  const name = imageRepository(image);
  const script = IMAGE_SCRIPTS[name]?.[normalizeAbs(path)];
  return script ? { what: `${normalizeAbs(path)} of the ${name} image (it runs ${script.runs})`, instead: script.instead } : null;
}
/**
 * What a built stage does with a compose `command` (its `args`), as Docker runs it: the stage's exec-form ENTRYPOINT takes them as
 * its arguments (`ENTRYPOINT ["flask"]` + `command: run` is `flask run`; `["/opt/keycloak/bin/kc.sh"]`, an entrypoint script
 * that ends with `exec "$@"`), with `ins` the instruction (messages name it); a shell-form one ignores them (`ignored`: the command
 * never runs); with none in its lineage, its base image's known one (`FROM quay.io/keycloak/keycloak`), else none (`argv` null).
 */
function stageEntrypoint(stage: DockerStage, args: readonly string[]): { argv: string[] | null; ins?: DockerInstruction } | 'ignored' {
  const entry = effectiveInstructions(stage).filter((i) => i.keyword === 'ENTRYPOINT').at(-1);
  if (entry) return entry.exec ? (entry.argv.length ? { argv: entry.argv, ins: entry } : { argv: null }) : 'ignored';
  return { argv: imageEntrypoint(rootFrom(stage).image, args) };
}

/** Collects every production entry point of the snapshot (once per view: two checks read them). */
export const entryPoints = perView(function entryPoints(snapshot: SnapshotView): EntryPoint[] {
  const out: EntryPoint[] = [];
  const dockerfiles = snapshot.dockerfiles();
  const composeFiles = snapshot.composeFiles();
  // Compose names the build context of a Dockerfile that lives elsewhere (`compose/production/django/Dockerfile` built from `.`),
  // and the stage it builds (`build.target`; the final stage when none is named).
  const buildOf = (cf: ComposeFile, svc: ComposeFile['services'][number]) => {
    const b = composeBuild(cf.path, svc);
    const df = b ? dockerfiles.find((d) => d.path === b.dockerfile) ?? null : null;
    const stage = df && b?.target ? stageNamed(df, b.target) ?? df.final : df?.final ?? null;
    return b && { ctx: b.context, df, stage };
  };
  const contextsOf = new Map<string, string[]>();
  for (const cf of composeFiles) for (const svc of cf.services) {
    const b = buildOf(cf, svc);
    if (b?.df) contextsOf.set(b.df.path, [...(contextsOf.get(b.df.path) ?? []), b.ctx]);
  }
  // A build target that inherits its start command from a stage the final stage also inherits it from starts the same process: judged once.
  const started = new Map<string, { index: number; replaced: boolean }>();
  for (const shipped of shippedStages(snapshot)) {
    const { df, stage } = shipped;
    const chain = lineage(stage);
    let entry: DockerInstruction | undefined;
    let cmd: DockerInstruction | undefined;
    for (const i of effectiveInstructions(stage)) {
      if (i.keyword === 'ENTRYPOINT') { entry = i; if (cmd && stageOf(chain, cmd) !== stageOf(chain, i)) cmd = undefined; }
      else if (i.keyword === 'CMD') cmd = i;
    }
    const form = (i: DockerInstruction) => (i.exec ? i.argv : ['/bin/sh', '-c', i.args]);
    const dir = dirname(df.path);
    // The final stage's reason is its file's (devRemark words it) unless production builds another stage.
    const known = contextsOf.get(df.path) ?? [];
    // A platform that runs its own commands in the image (fly.toml [processes], heroku.yml run.web) never starts the final
    // stage's CMD — unless a compose service builds the same Dockerfile too and runs it as it is. Compose services whose own
    // `command` (for a CMD) or `entrypoint` replaces it, each one that runs the stage in production, likewise (composeReplacedCmd).
    const platform = !shipped.target && shipped.devReason === null ? platformReplacedCmd(snapshot).get(df.path) : undefined;
    // A shell-form ENTRYPOINT, or an exec-form one without a CMD, ignores a compose `command` (it is appended to the exec form).
    const compose = shipped.devReason === null && (entry || cmd) ? composeReplacedCmd(snapshot, shipped, cmd && !(entry && !entry.exec) ? 'cmd' : 'entrypoint', !!platform) : null;
    const composed = compose && 'replaced' in compose ? compose.replaced : null;
    // Replaced there, but run as it is elsewhere (a Kubernetes Deployment of the image the compose service tags): judged, the message saying where.
    const runsAsIs = compose && 'asIs' in compose ? compose.asIs : undefined;
    const replacedBy = platform && !known.length ? `${platform} in production` : composed ? `${platform ? `${platform} in production and ` : ''}${composed}` : undefined;
    const devReason = replacedBy ? `replaced by ${replacedBy}` : shipped.target || (shipped.devReason !== null && shipped.devReason !== 'development-only file') ? shipped.devReason : null;
    const layout = layoutOf(stage, [...new Set([...known, dir, ''])], df);
    const exists = (p: string | null) => p !== null && (snapshot.has(p) || foldersOf(snapshot).has(p));
    const fromRoot = known.includes('') || layout.copies.some((c) => c.srcs.some((src) => !/[*?[]/.test(src) && exists(joinPath('', src)) && !exists(joinPath(dir, src))));
    if (dir && !fromRoot) layout.confined = [dir, ...known];
    const baseImage = rootFrom(stage).image;
    const base = { file: df.path, dir, layout, devOnly: shipped.devReason !== null || !!replacedBy, ...(devReason ? { devReason } : {}), ...(runsAsIs && !replacedBy ? { runsAsIs } : {}), ...withServerEnv(stageServerEnv(df, stage)), envNames: shippedEnv(df, stage).map((e) => e.name), stage, ...(baseImage ? { baseImage } : {}) };
    // A compose build target is named with the instruction: `CMD of build target 'development' (service 'web' in docker-compose.yml)`.
    const of = (what: string) => (shipped.target ? `${what} of ${stageLabel(shipped)}` : what);
    const key = `${df.path}:${entry?.line}:${cmd?.line}`;
    // …unless the stage judged first has it replaced by what runs it (composeReplacedCmd) and a production one does not.
    const prev = started.get(key);
    if (prev && !(prev.replaced && !base.devOnly)) continue;
    const put = (e: EntryPoint) => { if (prev) out[prev.index] = e; else out.push(e); started.set(key, { index: prev?.index ?? out.length - 1, replaced: !!replacedBy }); };
    if (entry && !entry.exec) put({ ...base, line: entry.line, column: entry.column, where: of('ENTRYPOINT'), argv: form(entry) });
    // With an exec-form ENTRYPOINT, CMD is its argument list (an entrypoint script usually ends with `exec "$@"`).
    else if (entry && cmd) put({ ...base, line: cmd.line, column: cmd.column, where: of('ENTRYPOINT + CMD'), argv: [...entry.argv, ...form(cmd)] });
    else if (entry) put({ ...base, line: entry.line, column: entry.column, where: of('ENTRYPOINT'), argv: entry.argv });
    // A base image's own ENTRYPOINT (Keycloak's kc.sh) takes an exec-form CMD as its arguments.
    else if (cmd) put({ ...base, line: cmd.line, column: cmd.column, where: of('CMD'), argv: [...(cmd.exec ? imageEntrypoint(rootFrom(stage).image, cmd.argv) ?? [] : []), ...form(cmd)] });
  }
  // A command several services reach where it is written (an `extends` base, a YAML anchor merged with `<<:`) is one entry there,
  // naming every service that runs it, as long as they run it alike (same folder, image layout and environment).
  const composeEntries = new Map<string, { entry: EntryPoint; names: string[]; key: string }>();
  for (const cf of composeFiles) {
    // Test and illustration folders' compose files and manifests start nothing in production; a file named by `extends.file`
    // stays a base, judged through the services that extend it.
    if (isTestFile(cf.path) || cf.extendedBy) continue;
    for (const svc of cf.services) {
      // A service only in development/tooling profiles does not start with `docker compose up`; a base
      // file's command that a production overlay replaces never runs in production.
      const over = overriddenInProduction(snapshot, svc, (m) => m.value['command'] !== undefined || m.value['entrypoint'] !== undefined);
      const devReason = composeDevOnly(svc) ?? (over ? `overridden by ${over} for production` : null);
      const devOnly = devReason !== null;
      const toArgv = (v: unknown): string[] | null => (typeof v === 'string' ? composeCommandWords(v) : Array.isArray(v) ? v.map(String) : null);
      const ep = toArgv(svc.value['entrypoint']);
      const cmd = toArgv(svc.value['command']);
      if (!ep && !cmd) continue;
      const b = buildOf(cf, svc);
      const composeDir = dirname(cf.path);
      const layout: ImageLayout = b?.stage && b.df ? layoutOf(b.stage, [b.ctx], b.df) : { contexts: [b?.ctx ?? composeDir], copies: [], workdir: null };
      if (typeof svc.value['working_dir'] === 'string') layout.workdir = normalizeAbs(svc.value['working_dir']);
      // The repository's bind mounts (short and long syntax) are copies into the container at their target.
      for (const m of composeBindMounts(cf.path, svc)) if (m.target.startsWith('/')) layout.copies.push({ srcs: [m.path || '.'], dest: normalizeAbs(m.target) });
      if (Array.isArray(svc.value['volumes']) && svc.value['volumes'].length) { layout.contexts = [...new Set([...layout.contexts, ''])]; delete layout.sealed; }
      else if (!b && typeof svc.value['image'] === 'string' && !composeBuildViews(snapshot).some((v) => v.members.includes(svc))) layout.pulled = pulledNames(svc.name, svc.value['image']);
      const written = cmd ? 'command' : 'entrypoint';
      // Where the command is written: the service's own key, or the base or anchor it inherits it from.
      const at = svc.origin([written]);
      // The image's ENV, then the service's `environment` over it.
      const serverEnv = b?.stage && b.df ? stageServerEnv(b.df, b.stage) : {};
      // `env_file` files (in order, a later one winning), then `environment` over them; one not in the repository may set anything.
      const envFiles = composeEnvFiles(svc);
      for (const p of envFiles) for (const e of snapshot.envFileAt(p)?.entries ?? []) if (SERVER_ENV.includes(e.key)) serverEnv[e.key] = { value: e.value, where: `env_file ${p}:${e.line}` };
      // `environment: [RAILS_ENV]` (no value) passes the variable from the shell that runs compose.
      const envUnknown = envFiles.some((p) => !snapshot.has(p)) || composeEnvironment(svc).some((e) => e.value === null && FRAMEWORK_ENV_NAMES.includes(e.key)) ? 'files' as const : b?.stage ? undefined : 'image' as const;
      for (const e of composeEnvironment(svc)) {
        if (e.value !== null && SERVER_ENV.includes(e.key)) serverEnv[e.key] = { value: composeDefaults(e.value) ?? e.value, where: `service '${svc.name}' environment in ${cf.path}:${svc.loc(e.path).line}` };
      }
      // A command without an entrypoint runs as the arguments of the image's (`command: start-dev` on Keycloak's image: `kc.sh start-dev`;
      // `command: ["run"]` on a built stage's `ENTRYPOINT ["flask"]`: `flask run`); a built stage's shell-form ENTRYPOINT ignores it
      // (the Dockerfile's entry point is what runs).
      const staged = !ep && b?.stage ? stageEntrypoint(b.stage, cmd ?? []) : null;
      if (staged === 'ignored') continue;
      const imageEp = ep ? null : staged ? staged.argv : b ? null : imageEntrypoint(svc.value['image'], cmd ?? []);
      // The built stage's own ENTRYPOINT is named with the command (`command (appended to ENTRYPOINT ["flask"], Dockerfile:3)`).
      const appended = staged?.ins && b?.df ? ` (appended to ENTRYPOINT ${staged.ins.args}, ${b.df.path}:${staged.ins.line})` : '';
      const key = `${written}${appended}`;
      const envNames = [...(b?.stage && b.df ? shippedEnv(b.df, b.stage).map((e) => e.name) : []), ...envFiles.flatMap((p) => snapshot.envFileAt(p)?.entries.map((e) => e.key) ?? []), ...composeEnvironment(svc).map((e) => e.key)];
      // The image it runs: the built stage's base image (a Dockerfile not in the repository: none), else the service's `image`.
      // An overlay's service that names neither (`command:` alone in docker-compose.override.yml) runs what its group builds or names.
      const image = b ? (b.stage ? rootFrom(b.stage).image : null) : svc.value['image'] ?? groupImage(snapshot, svc);
      const baseImage = typeof image === 'string' && image.trim() ? image.trim() : undefined;
      const entry: EntryPoint = { file: at.file, line: at.line, column: at.column, where: `service '${svc.name}' ${key}`, argv: [...(ep ?? imageEp ?? []), ...(cmd ?? [])], dir: b?.ctx ?? composeDir, layout, devOnly, ...(devReason ? { devReason } : {}), ...withServerEnv(serverEnv), ...(envUnknown ? { envUnknown } : {}), envNames, ...(baseImage ? { baseImage } : {}) };
      const same = JSON.stringify([at, entry.argv, entry.dir, layout, devOnly, devReason, serverEnv, envUnknown, [...new Set(envNames)].sort(), ep === null, baseImage]);
      const prev = composeEntries.get(same);
      if (prev) { if (!prev.names.includes(svc.name)) prev.names.push(svc.name); continue; }
      composeEntries.set(same, { entry, names: [svc.name], key });
    }
  }
  for (const { entry, names, key } of composeEntries.values()) out.push({ ...entry, where: `${namedServices(names)} ${key}`, compose: { services: names, key } });
  // A Procfile (or systemd unit) under a test or illustration folder (`tests/fixtures/`, `examples/`, `docs/`) shows how to deploy
  // something; it is not the repository's deployment (as fly.toml, heroku.yml and render.yaml there: platformFile). Nor is one
  // in a vendored dependency's folder (`node_modules/pkg/Procfile`): that project's.
  for (const f of snapshot.files) {
    if (!isProcfile(f) || isTemplate(f) || isTestFile(f) || isVendored(f)) continue;
    (snapshot.lines(f) ?? []).forEach((l, i) => {
      const m = /^(\s*web\s*:\s*)(.+)$/.exec(l);
      if (!m) return;
      // `web: NODE_ENV=development node server.js`: each leading assignment is reported at its own column, so that it is not
      // merged with a finding about the command itself (`--inspect` on the same line).
      const envAt: NonNullable<EntryPoint['envAt']> = {};
      for (const w of shellCommands(m[2]!)[0] ?? []) {
        const kv = /^([A-Za-z_]\w*)=(.*)$/s.exec(w);
        if (!kv) break;
        const at = new RegExp(`(^|[\\s"'])${kv[1]}=`).exec(l.slice(m[1]!.length));
        envAt[kv[1]!] = { line: i + 1, column: at ? m[1]!.length + at.index + at[1]!.length + 1 : 1, value: kv[2]! };
      }
      out.push({ file: f, line: i + 1, column: 1, where: 'Procfile web', argv: ['/bin/sh', '-c', m[2]!], dir: dirname(f), layout: { contexts: [dirname(f)], copies: [], workdir: null }, devOnly: isDevOnly(f), ...(Object.keys(envAt).length ? { envAt } : {}), envUnknown: 'platform' });
    });
  }
  // Platform configs that name the start command (render.yaml, Railway, fly.toml: see platformCommands).
  // render.yaml's `rootDir` is where Render runs the command (`rootDir: frontend` reads `frontend/package.json`).
  for (const c of platformCommands(snapshot)) {
    const dir = c.rootDir ? joinPath(dirname(c.file), c.rootDir) ?? dirname(c.file) : dirname(c.file);
    const devReason = c.dev && !isDevOnly(c.file) ? { devReason: c.devReason ?? 'development environment' } : {};
    // A Kamal role's `cmd` runs in the image the repository's Dockerfile builds, with the variables deploy.yml gives the role over the
    // image's ENV (no buildpack sets RAILS_ENV); a secret's value (`env.secret`) is not read: it may set anything.
    const img = c.image;
    if (img) {
      const df = img.dockerfile ? dockerfiles.find((d) => d.path === img.dockerfile) : undefined;
      const stage = df && (img.target ? stageNamed(df, img.target) : df.final);
      const serverEnv = df && stage ? stageServerEnv(df, stage) : {};
      for (const [k, v] of img.vars) if (v.value !== null && SERVER_ENV.includes(k)) serverEnv[k] = { value: v.value, where: v.where };
      const envUnknown = [...img.vars].some(([k, v]) => v.value === null && FRAMEWORK_ENV_NAMES.includes(k)) ? 'files' as const : stage ? undefined : 'image' as const;
      const envNames = [...(df && stage ? shippedEnv(df, stage).map((e) => e.name) : []), ...img.vars.keys()];
      const baseImage = stage ? rootFrom(stage).image : null;
      out.push({ file: c.file, line: c.line, column: c.column, where: c.where, argv: ['/bin/sh', '-c', c.command], dir, layout: { contexts: [dir], copies: [], workdir: null }, devOnly: isDevOnly(c.file) || !!c.dev, ...devReason, ...withServerEnv(serverEnv), ...(envUnknown ? { envUnknown } : {}), envNames, ...(baseImage ? { baseImage } : {}) });
      continue;
    }
    out.push({ file: c.file, line: c.line, column: c.column, where: c.where, argv: ['/bin/sh', '-c', c.command], dir, layout: { contexts: [dir], copies: [], workdir: null }, devOnly: isDevOnly(c.file) || !!c.dev, ...devReason, envUnknown: 'platform' });
  }
  // systemd units (`deploy/app.service`): `ExecStart=` of the `[Service]` section, with its `Environment=` assignments. A unit
  // template a deploy tool renders onto the host (`roles/app/templates/gunicorn.service.j2`, `.erb`, `.tmpl`; also one named as
  // the unit, `roles/app/templates/app.service`, whose text holds template tags) is the unit the deployment runs: read as it, with
  // its template tags as unknown words and its conditional blocks and comments set aside (systemdTemplateLines).
  for (const f of filesEndingIn(snapshot.files, 'service', ...RENDERED_TEMPLATE_EXTENSIONS)) {
    if (!isSystemdUnit(f) || isTemplate(f) || isTestFile(f) || isVendored(f)) continue;
    let section = '';
    const env: string[] = [];
    const envAt: NonNullable<EntryPoint['envAt']> = {};
    const starts: { line: number; command: string }[] = [];
    const template = isUnitTemplate(f, snapshot.text(f)) ? systemdTemplateLines(snapshot.text(f)) : null;
    const unitLines = template?.lines ?? snapshot.lines(f) ?? [];
    for (const { parts, text: l } of systemdLines(unitLines)) {
      const line = parts[0]!.line;
      const sec = /^\s*\[([^\]]+)\]\s*$/.exec(l);
      if (sec) { section = sec[1]!; continue; }
      if (section !== 'Service') continue;
      const e = /^\s*Environment\s*=\s*(.+)$/.exec(l);
      if (e) {
        for (const w of shellCommands(e[1]!)[0] ?? []) {
          const kv = /^([A-Za-z_]\w*)=(.*)$/s.exec(w);
          if (!kv) continue;
          env.push(w);
          // The last `NAME=` of the directive that starts a word (not `APP_NAME=`): a later assignment wins
          // (`Environment=DEBUG=1`: the first name follows the directive's own `=`.)
          const re = new RegExp(`(^|[\\s"']|\\bEnvironment\\s*=\\s*)${kv[1]}=`, 'g');
          const at = parts.flatMap((p) => [...p.text.matchAll(re)].map((x) => ({ line: p.line, column: x.index + x[1]!.length + 1 }))).at(-1);
          envAt[kv[1]!] = { line: at?.line ?? line, column: at?.column ?? 1, value: kv[2]!, where: 'systemd Environment=' };
        }
        continue;
      }
      // systemd's prefixes (`-`, `@`, `+`, `!`, `!!`, `:`) change how the command runs, not what it is; with `@` the word after
      // the executable is only the process's argv[0] (systemd.service(5)), not an argument: dropped.
      const m = /^\s*ExecStart\s*=\s*([-@+!:]*)\s*(\S.*)$/.exec(l);
      if (m) starts.push({ line, command: m[1]!.includes('@') ? m[2]!.replace(/^((?:"[^"]*"|'[^']*'|[^\s"'])+)\s+(?:"[^"]*"|'[^']*'|[^\s"'])+/, '$1') : m[2]! });
    }
    // `Environment=` applies to every command of the section, wherever it is written.
    for (const x of starts) {
      // A program that is a template tag as a whole (`ExecStart={{ python }} manage.py runserver`): the command after it is judged,
      // as what that program runs; with nothing after it but options (`{{ app_command }}`), the command is not known here.
      const program = /^\S+/.exec(x.command)?.[0] ?? '';
      const tag = template?.tags.get(program);
      const rest = tag === undefined ? '' : x.command.slice(program.length).trim();
      const command = rest && !rest.startsWith('-') ? rest : x.command;
      const unknown = tag !== undefined && command === x.command ? { unknownCommand: template!.written(x.command) } : {};
      out.push({ file: f, line: x.line, column: 1, where: 'systemd ExecStart', argv: [...(env.length ? ['env', ...env] : []), '/bin/sh', '-c', command], dir: dirname(f), layout: { contexts: [dirname(f)], copies: [], workdir: null }, devOnly: isDevOnly(f), ...(env.length ? { envAt } : {}), envNames: Object.keys(envAt), ...unknown });
    }
  }
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
    // Each container's env as the kubelet starts it (a later entry of a name wins, `$(NAME)` expanded), which its command and args expand from.
    const objEnv = containerKubeletEnv(obj);
    // A Helm chart template's containers as each values set of the chart renders their command from the values
    // (`command:` / `{{- toYaml .Values.command | nindent 12 }}`), reported at the values key (helmContainerCommands).
    const helm = helmContainerCommands(snapshot, obj);
    const helmEnv = helm.length ? helmContainerEnv(snapshot, obj) : [];
    const mine = new Map<string, EntryPoint>();
    for (const h of helm) {
      const c = h.container;
      const argv = [...(h.command ?? imageEntrypoint(c.container['image'], h.args ?? []) ?? []), ...(h.args ?? [])];
      const serverEnv: NonNullable<EntryPoint['serverEnv']> = {};
      const env = [
        ...objEnv.filter((e) => e.container.container === c.container).map((e) => ({ ...e, where: `container '${c.name}' env in ${obj.file}:${e.line}` })),
        ...helmEnv.filter((x) => x.r === h.r && x.container.container === c.container).flatMap((x) => x.env).map((e) => ({ ...e, where: `Helm value ${e.key} in ${e.file}:${e.line}` })),
      ];
      for (const e of env) if (SERVER_ENV.includes(e.name)) serverEnv[e.name] = { value: e.value, where: e.where };
      // One entry per place, command and environment; one that only the chart's values.yaml alone gives, while production
      // installs the chart with another values file, is development-only (a note naming that file).
      const key = `${h.file}:${h.line}:${h.column}:${JSON.stringify([argv, serverEnv])}`;
      const dev = isDevOnly(obj.file);
      const superseded = dev ? null : h.r.supersededBy;
      const prev = mine.get(key);
      if (prev) {
        if (!superseded && prev.devReason !== undefined) { prev.devOnly = false; delete prev.devReason; }
        continue;
      }
      const wd = typeof c.container['workingDir'] === 'string' ? normalizeAbs(c.container['workingDir']) : null;
      const name = shownTemplateName(c.name, helmChartName(snapshot, obj.file));
      const entry: EntryPoint = {
        file: h.file, line: h.line, column: h.column, where: `container '${name}' ${h.command ? 'command' : 'args'}${h.key ? ` (Helm value ${h.key}, rendered by ${obj.file})` : ''}`,
        argv, dir: dirname(obj.file), layout: { contexts: [dirname(obj.file)], copies: [], workdir: wd }, devOnly: dev || superseded !== null,
        ...(superseded !== null ? { devReason: `with the chart's values.yaml alone: ${superseded} overrides it for production` } : {}),
        ...withServerEnv(serverEnv), envUnknown: fromElsewhere(c.container) ? 'files' : 'image', envNames: env.map((e) => e.name),
        ...(typeof c.container['image'] === 'string' ? { baseImage: c.container['image'] } : {}),
      };
      mine.set(key, entry);
      out.push(entry);
    }
    // Each container as production renders it (kustomize overlays' patches merged over the base, located where its command is
    // written; a base command every production overlay replaces a note), a patch read through what it patches, a template as written.
    for (const c of k8sContainerRuns(snapshot, obj)) {
      if (c.init) continue;
      // Its command as the chart renders it is read above.
      if (helm.some((h) => h.container.container === c.container)) continue;
      const list = (v: unknown) => (Array.isArray(v) ? expandK8sCommand(v.map(String), c.env) : null);
      const command = list(c.container['command']);
      const args = list(c.container['args']);
      if (!c.key || (!command && !args)) continue;
      const at = c.at;
      const wd = typeof c.container['workingDir'] === 'string' ? normalizeAbs(c.container['workingDir']) : null;
      const serverEnv: NonNullable<EntryPoint['serverEnv']> = {};
      for (const e of c.env) if (SERVER_ENV.includes(e.name)) serverEnv[e.name] = { value: e.value, where: e.where };
      const envNames = c.env.map((e) => e.name);
      // An image the repository builds (imageStages: compose `build:` + `image:`, a CI build's tags) runs in the built stage's layout,
      // with its ENV under the container's `env`; `args` without a `command` are the argument list of its exec-form ENTRYPOINT
      // (Kubernetes keeps the image's ENTRYPOINT and replaces its CMD): `ENTRYPOINT ["flask"]` + `args: [run]` is `flask run`, named
      // with the ENTRYPOINT; a shell-form ENTRYPOINT ignores them (the Dockerfile's entry point is what runs). A `command` replaces both.
      const seen = new Set<string>();
      for (const b of imageStages(snapshot, c.container['image']).slice(0, MAX_LINKED_STAGES)) {
        const staged = command ? null : stageEntrypoint(b.stage, args ?? []);
        if (staged === 'ignored') continue;
        const appended = staged?.ins ? ` (appended to ENTRYPOINT ${staged.ins.args}, ${b.df.path}:${staged.ins.line})` : '';
        const argv = [...(command ?? staged?.argv ?? []), ...(args ?? [])];
        const key = JSON.stringify([argv, appended, b.df.path, b.stage.index]);
        if (seen.has(key)) continue;
        seen.add(key);
        const layout = layoutOf(b.stage, b.contexts, b.df);
        if (wd !== null) layout.workdir = wd;
        const env = { ...stageServerEnv(b.df, b.stage), ...serverEnv };
        const baseImage = rootFrom(b.stage).image;
        out.push({ file: at.file, line: at.line, column: at.column, where: `container '${c.name}' ${c.key}${c.overlays}${appended}`, argv, dir: b.contexts[0]!, layout, devOnly: c.devOnly, ...(c.devReason ? { devReason: c.devReason } : {}), ...withServerEnv(env), ...(fromElsewhere(c.container) ? { envUnknown: 'files' as const } : {}), envNames: [...shippedEnv(b.df, b.stage).map((e) => e.name), ...envNames], ...(baseImage ? { baseImage } : {}) });
      }
      if (seen.size) continue;
      if (!command && imageStages(snapshot, c.container['image']).length) continue;
      const imageEp = command ? null : imageEntrypoint(c.container['image'], args ?? []);
      out.push({ file: at.file, line: at.line, column: at.column, where: `container '${c.name}' ${c.key}${c.overlays}`, argv: [...(command ?? imageEp ?? []), ...(args ?? [])], dir: c.dir, layout: { contexts: [c.dir], copies: [], workdir: wd }, devOnly: c.devOnly, ...(c.devReason ? { devReason: c.devReason } : {}), ...withServerEnv(serverEnv), envUnknown: fromElsewhere(c.container) ? 'files' : 'image', envNames, ...(typeof c.container['image'] === 'string' ? { baseImage: c.container['image'] } : {}) });
    }
  }
  return out;
});

/** Registries of other vendors' images (`quay.io/prometheus/…`, `registry.k8s.io/…`): an image there is no image of the project's. */
const VENDOR_REGISTRY = /^(?:quay\.io|registry\.k8s\.io|k8s\.gcr\.io|mcr\.microsoft\.com|public\.ecr\.aws|docker\.elastic\.co|gcr\.io\/distroless|cgr\.dev|registry\.access\.redhat\.com|registry\.redhat\.io|nvcr\.io)\//;

/**
 * Whether a container image may be the project's own where the repository builds no image it can name: one written with a variable
 * or placeholder (`${IMAGE}`, a kustomize `images:` name), or kept in a registry of its own (`ghcr.io/acme/web`,
 * `123.dkr.ecr.us-east-1.amazonaws.com/web`); not a Docker Hub image of a namespace (`grafana/grafana`, `bitnami/redis`) nor one of
 * another vendor's registry (VENDOR_REGISTRY).
 */
function projectImage(image: string): boolean {
  if (/[$]|\{\{|<|%/.test(image)) return true;
  const repo = imageRepository(image);
  const first = repo.split('/')[0]!;
  if (!repo.includes('/') || !/[.:]|^localhost$/.test(first)) return false;
  return !VENDOR_REGISTRY.test(repo);
}

/** A YAML key's value at line `i`: inline (`tags: a,b`, `tags: [a, b]`) or its block's lines (`tags: |`, `- a`), split into words; bounded. */
function yamlListAt(lines: readonly string[], i: number, rest: string): string[] {
  if (rest && !/^[|>][-+]?$/.test(rest)) return rest.replace(/^\[|\]$/g, '').split(/[,\s]+/);
  const words: string[] = [];
  const indent = lines[i]!.length - lines[i]!.trimStart().length;
  for (let j = i + 1; j < lines.length && j <= i + 100; j++) {
    const l = lines[j]!;
    if (!l.trim()) continue;
    const own = l.length - l.trimStart().length;
    if (own < indent || (own === indent && !/^\s*-\s/.test(l))) break;
    words.push(...l.trim().replace(/^-\s+/, '').split(/\s+/));
  }
  return words;
}

/**
 * The image repositories (lower case, tag or digest aside) the repository's own builds outside compose tag, once per view: `docker
 * build -t` (buildx, podman, buildah, kaniko's `--destination`) in a CI config, Makefile or build script, `docker/build-push-action`
 * `tags:` and `docker/metadata-action` `images:`, bake targets' `tags`, Kamal's `image:`. A reference written with a variable in its
 * repository (`ghcr.io/${{ github.repository }}`) names none.
 */
export const builtImageRepositories = perView(function builtImageRepositories(snapshot: SnapshotView): Set<string> {
  const out = new Set<string>();
  const add = (ref: string) => {
    const r = ref.trim().replace(/^["']|["']$/g, '').replace(/^(?:name=)?/, '').split(',')[0]!;
    const repo = r && !/^type=/.test(r) ? composeImageRepository(r) : undefined;
    if (repo && !repo.includes('$') && !repo.includes('{') && out.size < 1_000) out.add(repo);
  };
  for (const f of snapshot.files) {
    const bake = /^docker-bake(?:\.[\w-]+)?\.(?:hcl|json)$/.test(basename(f));
    const kamal = /(?:^|\/)config\/deploy(?:\.[\w-]+)?\.ya?ml$/.test(f);
    const ci = /\.ya?ml$/.test(f) && (/(?:^|\/)\.github\/workflows\//.test(f) || /gitlab-ci|bitbucket-pipelines|\.circleci\//.test(f));
    const script = /(?:^|\/)(?:GNU)?[Mm]akefile$|\.(?:mk|sh|bash)$|(?:^|\/)(?:build|release|deploy|publish)(?:\.[\w-]+)?$/.test(f);
    if (!(bake || kamal || ci || script) || isTestFile(f) || isDevOnly(f) || isTemplate(f)) continue;
    const text = snapshot.text(f);
    if (text === undefined || text.length > 1_000_000) continue;
    if (bake) {
      for (const m of text.matchAll(/"?tags"?\s*[=:]\s*\[([^\]]*)\]/g)) for (const q of m[1]!.matchAll(/"([^"]+)"/g)) add(q[1]!);
      continue;
    }
    const lines = text.split('\n');
    if (kamal) { const m = /^image:\s*(\S+)/m.exec(text); if (m) add(m[1]!); continue; }
    // A GitHub workflow's build-push-action `tags:` (image references; metadata-action's `tags:` rules, `type=…`, name none) and
    // metadata-action's `images:` (GitLab's `tags:` are runner tags: not read).
    if (ci && /(?:^|\/)\.github\/workflows\//.test(f)) {
      for (let i = 0; i < lines.length; i++) {
        const m = /^\s*(?:-\s+)?(?:tags|images):\s*(.*?)\s*(?:#.*)?$/.exec(lines[i]!);
        if (m) for (const w of yamlListAt(lines, i, m[1]!)) if (w && !w.startsWith('type=')) add(w);
      }
    }
    if (!/\b(?:build|bud)\b|--destination/.test(text)) continue;
    for (const c of scriptCommands(text, '')) for (const t of scriptBuild(c)?.tags ?? []) add(t);
  }
  return out;
});

/**
 * The production runners of the project's image that start its own command (no entry point of theirs: entryPoints reads those with a
 * `command`/`entrypoint`/`args` of their own) and whose environment may come from outside the repository, as an entry point's
 * `envUnknown` says for its own: a compose service building the image (or naming one a compose service builds) with an `env_file`
 * not in the repository or a value-less `environment: [NAME]` (passed from the shell), a Kubernetes container (not an init
 * container) with `envFrom` or a `valueFrom` (a Secret, a ConfigMap) running the project's image — one the repository builds
 * (builtImageRepositories, compose `build:` + `image:`), tag or digest aside, or, when it builds none it can name, one that is not
 * a Docker official image (`postgres:16`) nor another vendor's (`grafana/grafana`, `quay.io/prometheus/…`: projectImage) —, and a hosting platform's build of the repository's Dockerfile (fly.toml, heroku.yml, render.yaml, Railway:
 * their config vars and secrets). Where any runs, the image's Dockerfile CMD does not show the whole environment production starts with.
 * Each: the file it is in, how to name it, and `k8s` for a Kubernetes manifest (kept in a deploy folder of its own, `k8s/`, not
 * beside the project it deploys).
 */
export const imageRunnersEnvUnknown = perView(function imageRunnersEnvUnknown(snapshot: SnapshotView): { file: string; where: string; k8s?: true }[] {
  const out: { file: string; where: string; k8s?: true }[] = [];
  const built = new Set<string>();
  for (const cf of snapshot.composeFiles()) for (const svc of cf.services) {
    const image = svc.value['image'];
    const repo = composeBuild(cf.path, svc) && typeof image === 'string' ? composeImageRepository(image) : undefined;
    if (repo !== undefined) built.add(repo);
  }
  // A Kubernetes container runs the project's image when it names one the repository builds (compose, CI, bake, Kamal), tag or
  // digest aside; when the repository builds none it can name, one that is no other vendor's image (projectImage).
  const named = new Set([...built, ...builtImageRepositories(snapshot)]);
  const projects = (image: unknown): boolean => {
    if (typeof image !== 'string' || !image.trim()) return true;
    const repo = composeImageRepository(image);
    return named.size ? repo !== undefined && named.has(repo) : projectImage(image);
  };
  for (const cf of snapshot.composeFiles()) {
    if (isTestFile(cf.path) || cf.extendedBy) continue;
    for (const svc of cf.services) {
      if (composeDevOnly(svc) !== null || svc.value['command'] !== undefined || svc.value['entrypoint'] !== undefined) continue;
      const image = svc.value['image'];
      const repo = typeof image === 'string' ? composeImageRepository(image) : undefined;
      if (!composeBuild(cf.path, svc) && !(repo !== undefined && built.has(repo))) continue;
      const missing = composeEnvFiles(svc).find((p) => !snapshot.has(p));
      const passed = composeEnvironment(svc).find((e) => e.value === null);
      if (missing !== undefined || passed) out.push({ file: cf.path, where: `compose service '${svc.name}' in ${cf.path} (${missing !== undefined ? `env_file ${missing}, not in the repository` : `environment ${passed!.key} passed from the shell`})` });
    }
  }
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file) || isDevOnly(obj.file)) continue;
    for (const c of containers(obj)) {
      if (c.init || c.container['command'] !== undefined || c.container['args'] !== undefined) continue;
      const image = c.container['image'];
      // A Docker official image (`postgres:16`) is none of the project's; one written with a variable (`${IMAGE}`) may be.
      if (typeof image === 'string' && !image.includes('$') && !imageRepository(image).replace(/^(?:docker\.io\/)?library\//, '').includes('/')) continue;
      if (!projects(image)) continue;
      const fromSecret = Array.isArray(c.container['envFrom']) && c.container['envFrom'].length > 0;
      const valueFrom = Array.isArray(c.container['env']) && c.container['env'].some((e) => isObject(e) && e['valueFrom'] !== undefined);
      if (fromSecret || valueFrom) out.push({ file: obj.file, where: `container '${c.name}' in ${obj.file} (${fromSecret ? 'envFrom' : 'env valueFrom'})`, k8s: true });
    }
  }
  for (const b of readPlatformBuilds(snapshot)) out.push({ file: b.file, where: `${b.by} (its config vars and secrets)` });
  return out;
});

/**
 * The lines that continue an INI value (supervisord's parser, Python's configparser): the following lines indented deeper than its
 * key (`keyIndent` columns), comment lines (`#`, `;`) among them skipped; a blank line or a line not indented so ends the value.
 */
function iniContinuation(rest: string, keyIndent: number): string[] {
  const out: string[] = [];
  for (const raw of rest.split('\n')) {
    const l = raw.replace(/\r$/, '');
    const indent = /^[ \t]*/.exec(l)![0].length;
    if (!l.trim() || indent <= keyIndent) break;
    if (/^[#;]/.test(l.trim())) continue;
    out.push(l.trim());
  }
  return out;
}

/** A systemd service unit (`app.service`), or a template a deploy tool renders into one ({@link SYSTEMD_UNIT_TEMPLATE}). */
/** A service unit's template (`gunicorn.service.j2`, `.jinja2`, `.tmpl`, `.erb`, `.in`): {@link RENDERED_TEMPLATE_EXTENSIONS}. */
const SYSTEMD_UNIT_TEMPLATE = new RegExp(`\\.service\\.(?:${RENDERED_TEMPLATE_EXTENSIONS.join('|')})$`);
/**
 * Whether a systemd unit file is a template a deploy tool renders: named so ({@link SYSTEMD_UNIT_TEMPLATE}), or holding a Jinja or
 * ERB tag, which systemd's own syntax never writes: Ansible's `template` module renders any file (`roles/app/templates/app.service`
 * with `ExecStart={{ app_root }}/venv/bin/gunicorn …`). Not shell a command line holds: `${#ARR[@]}`, `docker ps --format '{{.Names}}'`
 * (a Go template, `{{json .State}}` too).
 */
function isUnitTemplate(f: string, text: string | undefined): boolean {
  if (SYSTEMD_UNIT_TEMPLATE.test(basename(f))) return true;
  if (text === undefined) return false;
  // `{% if … %}`, `<%= @user %>`, `<% … %>`, a `{# … #}` comment (not shell's `${#…}`).
  if (/\{%[-+]?\s*[a-z]|<%[=#-]?\s/.test(text)) return true;
  if (/(?<!\$)\{#/.test(text) && text.includes('#}')) return true;
  // `{{ app_root }}`, `{{python_bin}}`, `{{ item.name | quote }}`: an expression naming a variable; Go's `{{.Names}}`, `{{json .State}}` are not.
  for (const m of text.matchAll(/\{\{-?([^{}\n]{1,200})\}\}/g)) if (/^\s*[A-Za-z_]/.test(m[1]!) && !/(?:^|\s)\./.test(m[1]!)) return true;
  return false;
}
/**
 * A rendered unit template's lines as the unit they render to is read: comment tags (`{# … #}`, `<%# … %>`; across lines too:
 * blankTemplateComments) blanked; conditional and loop blocks, which only some renders hold, blanked ({@link blankTemplateBlocks});
 * every other tag on one line
 * (`{{ venv_path }}`, `<%= @user %>`, `{% set … %}`) an unknown word of its own length (`{{ venv_path }}/bin/python` runs some
 * `python`; `DEBUG={{ debug }}` sets an unknown value), so lines and columns stay. `tags`: each such word's tag as written;
 * `written`: a text of these lines with its words back as the tags they stand for (for messages).
 */
function systemdTemplateLines(text: string | undefined): { lines: string[]; tags: Map<string, string>; written: (s: string) => string } {
  const tags = new Map<string, string>();
  const written = (s: string) => [...tags].reduce((t, [w, tag]) => t.split(w).join(tag), s);
  if (text === undefined) return { lines: [], tags, written };
  // One word per distinct tag (`___0`, `___1`): two tags are one value only when they are the same tag (`postgres://{{ user }}:{{ pass }}@`
  // holds no password equal to its user name).
  const words = new Map<string, string>();
  const word = (t: string) => words.get(t) ?? words.set(t, words.size.toString(36).padStart(t.length, '_')).get(t)!;
  // A comment never closed (the engine refuses the template) leaves the text from it on as written.
  const blanked = blankTemplateBlocks(blankTemplateComments(text, { jinja: true, erb: true }).text);
  // The tags as the nginx template reader finds them (templateTagEnd: one line each, one pass over the text).
  const tagEnd = templateTagEnd(blanked);
  let out = '';
  let from = 0;
  for (let i = blanked.search(/[{<]/); i >= 0 && i < blanked.length; i++) {
    const c = blanked[i];
    if (c !== '{' && c !== '<') continue;
    const end = tagEnd(i);
    if (end < 0) continue;
    const tag = blanked.slice(i, end);
    out += blanked.slice(from, i) + (tag.startsWith('{#') || tag.startsWith('<%#') ? ' '.repeat(tag.length) : word(tag));
    from = end;
    i = end - 1;
  }
  for (const [t, w] of words) tags.set(w, t);
  return { lines: (out + blanked.slice(from)).split('\n'), tags, written };
}

/**
 * A systemd unit's lines as systemd reads them (systemd.syntax(7)): a line ending in a backslash continues on the next (the
 * backslash read as a space), comment lines (`#`, `;`) inside a continuation are skipped; comment lines are dropped. Each logical
 * line keeps its physical parts with their line numbers (1-based).
 */
function systemdLines(lines: readonly string[]): { text: string; parts: { line: number; text: string }[] }[] {
  const out: { text: string; parts: { line: number; text: string }[] }[] = [];
  let cur: { text: string; parts: { line: number; text: string }[] } | null = null;
  lines.forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    if (/^\s*[#;]/.test(l)) return;
    const cont = /\\[ \t]*$/.test(l);
    const body = cont ? l.replace(/\\[ \t]*$/, '') : l;
    if (cur) { cur.text += ` ${body}`; cur.parts.push({ line: i + 1, text: body }); }
    else cur = { text: body, parts: [{ line: i + 1, text: body }] };
    if (!cont) { out.push(cur); cur = null; }
  });
  if (cur) out.push(cur);
  return out;
}

function stageOf(chain: ReturnType<typeof lineage>, i: DockerInstruction) {
  return chain.find((s) => s.instructions.includes(i));
}

const byNameCache = new WeakMap<readonly string[], Map<string, string[]>>();
/** Files by base name, built once per file list: suffix look-ups must not scan the whole tree. */
export function filesByName(snapshot: SnapshotView): Map<string, string[]> {
  let m = byNameCache.get(snapshot.files);
  if (!m) {
    m = new Map();
    for (const f of snapshot.files) {
      const b = basename(f);
      const list = m.get(b);
      if (list) list.push(f); else m.set(b, [f]);
    }
    byNameCache.set(snapshot.files, m);
  }
  return m;
}

const dirsCache = new WeakMap<readonly string[], Set<string>>();
/** Folders that hold a file, built once per file list. */
function foldersOf(snapshot: SnapshotView): Set<string> {
  let s = dirsCache.get(snapshot.files);
  if (!s) {
    s = new Set(['']);
    // A listing keeps a folder's files together: a file in the previous file's folder adds none (compared in place).
    let last: string | null = null;
    for (const f of snapshot.files) {
      const end = f.lastIndexOf('/');
      if (last !== null && end === last.length && f.startsWith(last)) continue;
      last = dirname(f);
      for (let d = last; d && !s.has(d); d = dirname(d)) s.add(d);
    }
    dirsCache.set(snapshot.files, s);
  }
  return s;
}

const isUnder = (f: string, root: string) => root === '' || f === root || f.startsWith(`${root}/`);

/**
 * A supervisord `command=` with its expansions as the shell reading of it sees unknown words: `%(ENV_PORT)s` (the variable
 * supervisord's environment gives) as `${PORT}`, `%(process_num)02d`, `%(program_name)s`… as `${process_num}`, `${program_name}`, and
 * `%%` as the `%` it is. Read as written, the `(` of an expansion would end the command there, and every word after it (`--reload`) be lost.
 */
function supervisordCommand(command: string): string {
  return command.replace(/%%|%\(([A-Za-z_]\w*)\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]/g, (_m: string, name: string | undefined) =>
    (name === undefined ? '%' : `\${${name.startsWith('ENV_') && name.length > 4 ? name.slice(4) : name}}`));
}

/** The program files supervisord's default main configs include: Debian/Ubuntu's and RHEL's (`files = …` of their `[include]`). */
const SUPERVISORD_DEFAULT_INCLUDES = ['/etc/supervisor/conf.d/*.conf', '/etc/supervisord.d/*.ini'];

/**
 * Repository files an image copies where supervisord's `[include]` reads them: the globs of the main config's `[include] files =`
 * (relative to the config's folder) when the repository gives the main config, else the packages' defaults. Bounded.
 */
function supervisordIncludes(snapshot: SnapshotView, layout: ImageLayout, mainText: string | null, mainAt: string | null): string[] {
  let globs = SUPERVISORD_DEFAULT_INCLUDES;
  if (mainText !== null) {
    const include = /^\[include\][ \t]*\r?$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(mainText)?.[1] ?? '';
    const files = /^[ \t]*files[ \t]*=[ \t]*(.+?)[ \t]*\r?$/m.exec(include)?.[1] ?? '';
    const base = mainAt ? mainAt.slice(0, mainAt.lastIndexOf('/')) || '/' : '/';
    globs = files.split(/\s+/).filter((g) => g && !g.includes('%(')).slice(0, 20).map((g) => normalizeAbs(posixJoin(base, g)));
  }
  const out: string[] = [];
  if (!globs.length) return out;
  // supervisord expands them with Python's glob: `*`, `?` and `[…]` within one folder, no braces, `*` not matching dotfiles.
  const matches = picomatch(globs, { nobrace: true, noextglob: true, noglobstar: true });
  const folders = foldersOf(snapshot);
  for (const copy of layout.copies) {
    for (const f of copy.inline ?? []) if (matches(f.at)) out.push(f.path);
    for (const src of copy.srcs) {
      if (/[*?[]/.test(src) || /^[a-z]+:\/\//i.test(src)) continue;
      for (const ctx of layout.contexts) {
        const s = joinPath(ctx, src);
        if (s === null) continue;
        if (snapshot.has(s)) {
          if (matches(copy.dest) || matches(`${copy.dest}/${basename(s)}`)) out.push(s);
        } else if (folders.has(s)) {
          for (const f of snapshot.files) if (isUnder(f, s) && f !== s && matches(`${copy.dest}/${s ? f.slice(s.length + 1) : f}`)) out.push(f);
        } else continue;
        break;
      }
      if (out.length > 50) return out;
    }
  }
  return [...new Set(out)];
}

/** The folder names a pulled image's files may be found under (ImageLayout.pulled): the service's, the image's last path part. */
function pulledNames(service: string, image: string): string[] {
  const repo = image.trim().replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  const last = repo.slice(repo.lastIndexOf('/') + 1);
  return [...new Set([service, last].map((n) => n.toLowerCase()).filter((n) => n && !n.includes('$')))];
}

/**
 * Finds the repository file a container path names (`/app/src/app.py`, `app.py`, `/start`):
 * first by replaying the image's COPY/ADD (and compose bind mounts) from the candidate build
 * contexts, then by ever shorter path suffixes anywhere in the repository — preferring files
 * under `entry.dir`, then files whose dev-only status matches the entry's, then shorter paths.
 * When a COPY/ADD of plain repository paths puts something at the path, the image's copy is
 * known: a suffix match must then lie in what that copy takes from its build context (a file of a
 * sibling folder outside the context is not in the image); an image that takes nothing from its
 * build context (`layout.sealed`) holds no file of another folder.
 */
export function resolveFile(snapshot: SnapshotView, path: string, entry: Pick<EntryPoint, 'dir' | 'layout' | 'devOnly'>, fallback = true): string | null {
  const { layout } = entry;
  const abs = normalizeAbs(posixJoin(layout.workdir ?? '/', path));
  // Where the copies that cover `abs` take their files from; null once one of them is not a plain repository path.
  let roots: string[] | null = [];
  const folders = fallback ? foldersOf(snapshot) : null;
  for (const copy of [...layout.copies].reverse()) {
    // A file the Dockerfile writes from a here-document: the latest writer of the path wins, as in the image.
    if (copy.inline) { const hit = copy.inline.find((f) => f.at === abs); if (hit) return hit.path; continue; }
    const d = copy.dest === '/' ? '' : copy.dest;
    const rel = abs === d ? '' : abs.startsWith(`${d}/`) ? abs.slice(d.length + 1) : null;
    if (rel === null) continue;
    for (const src of copy.srcs) {
      if (/[*?[]/.test(src) || /^[a-z]+:\/\//i.test(src)) { roots = null; continue; }
      let from: string | null = null;
      for (const ctx of layout.contexts) {
        const s = joinPath(ctx, src);
        if (s === null) continue;
        for (const c of [rel ? joinPath(s, rel) : s, rel === basename(s) ? s : null]) if (c && snapshot.has(c)) return c;
        if (from === null && folders && (snapshot.has(s) || folders.has(s))) from = s;
      }
      // A source found in no candidate context comes from a context we cannot see: nothing is known.
      if (from === null) roots = null;
      else roots?.push(from);
    }
  }
  const parts = abs.split('/').filter(Boolean);
  if (!parts.length || !fallback) return null;
  const inImage = (f: string) => (!layout.sealed || isUnder(f, entry.dir)) && (!layout.confined || layout.confined.some((c) => isUnder(f, c))) && (!roots?.length || roots.some((r) => isUnder(f, r)));
  // A pulled image's file found by suffix lies under a folder named as the service or the image (ImageLayout.pulled).
  const found = (f: string) => inImage(f) && (!layout.pulled || f.split('/').slice(0, -1).some((d) => layout.pulled!.includes(d.toLowerCase())));
  for (let k = 0; k < parts.length; k++) {
    const suffix = parts.slice(k).join('/');
    const direct = entry.dir ? `${entry.dir}/${suffix}` : suffix;
    if (snapshot.has(direct) && inImage(direct)) return direct;
    const hits = (filesByName(snapshot).get(basename(suffix)) ?? []).filter((f) => (f === suffix || f.endsWith(`/${suffix}`)) && found(f));
    if (!hits.length) continue;
    const rank = (f: string) => (entry.dir && !f.startsWith(`${entry.dir}/`) ? 2 : 0) + (isDevOnly(f) !== entry.devOnly ? 1 : 0);
    return hits.sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0]!;
  }
  return null;
}

/**
 * The module file for a dotted Python module name (`pkg.app` → `pkg/app.py` or `pkg/app/__init__.py`, `__main__.py` for `-m`):
 * a module or package the image's COPY/ADD put in place beats a path-suffix match elsewhere.
 */
export function resolveModule(snapshot: SnapshotView, mod: string, entry: Pick<EntryPoint, 'dir' | 'layout' | 'devOnly'>, main: boolean): string | null {
  const base = mod.replace(/\./g, '/');
  const candidates = [`${base}.py`, `${base}/${main ? '__main__' : '__init__'}.py`];
  for (const c of candidates) { const f = resolveFile(snapshot, c, entry, false); if (f) return f; }
  for (const c of candidates) { const f = resolveFile(snapshot, c, entry); if (f) return f; }
  return null;
}

/**
 * The project's modules a module the server imports by name (`mod`, found at `file`) imports itself at module level (unindented
 * `import x`, `from x import y`, `from .x import y`): found from the folder the server imports `mod` from (the `sys.path` entry
 * that holds it), relative ones from the module's own package; modules not in the repository (the standard library,
 * packages) are not. At most 20.
 */
function localImports(snapshot: SnapshotView, file: string, mod: string, text: string): string[] {
  const base = mod.replace(/\./g, '/');
  const suffix = [`${base}.py`, `${base}/__init__.py`].find((x) => file === x || file.endsWith(`/${x}`));
  if (suffix === undefined) return [];
  const root = file.slice(0, file.length - suffix.length).replace(/\/$/, '');
  const find = (dir: string | null, name: string): string | null => {
    if (dir === null) return null;
    for (const c of [`${name.replace(/\./g, '/')}.py`, `${name.replace(/\./g, '/')}/__init__.py`]) { const p = joinPath(dir, c); if (p && p !== file && snapshot.has(p)) return p; }
    return null;
  };
  const out: string[] = [];
  for (const l of pythonCode(text)) {
    const from = /^from[ \t]+(\.*)([A-Za-z_][\w.]*)?[ \t]+import\b(.*)$/.exec(l);
    // `from . import web, views`: the names imported are the package's modules (when they are files).
    const list = (words: string) => words.replace(/[()]/g, '').split(',').map((x) => x.trim().split(/\s+/)[0]!);
    const names = from ? (from[2] ? [from[2]] : from[1] ? list(from[3]!) : []) : /^import[ \t]+(.+)$/.exec(l) ? list(l.replace(/^import[ \t]+/, '')) : [];
    for (const name of names) {
      // `from . import x` and `from .views import x`: the module's own package (each further dot one folder up).
      let dir: string | null = root;
      if (from?.[1]) { dir = dirname(file); for (let k = 1; k < from[1].length && dir !== null; k++) dir = dir ? dirname(dir) : null; }
      const found = name && /^[A-Za-z_][\w.]*$/.test(name) ? find(dir, name) : null;
      if (found && !out.includes(found)) out.push(found);
    }
    if (out.length >= 20) break;
  }
  return out;
}

/** A finding-worthy fact about one entry point. */
export interface Launch {
  entry: EntryPoint;
  /**
   * The first command not followed because the chain of scripts leading to it (package scripts, start scripts, tasks)
   * is deeper than {@link MAX_CHAIN}: what it runs was not judged. `file`: where it is written.
   */
  truncated?: { command: string; file?: string };
  /**
   * The dev server started, when it is one. `file`/`line`/`column`: the Python module whose run call it is;
   * `at`: where the command that starts it is written when that is not the entry point itself (a
   * supervisord `[program:x] command=` line), with `via` describing the entry point's part.
   */
  dev: { what: string; debug: boolean; debugFlag?: string; file?: string; line?: number; column?: number; at?: { file: string; line: number; column: number; via: string };
    /** Why the reading cannot tell that it runs (an image built elsewhere may set RAILS_ENV): a note. */ unverified?: string;
    /** A server told no environment (`rails server`, `mix phx.server`): development unless its variables reach the process. */ envDefault?: EnvFramework;
    /** Where the variable that turns it on is set (a reloader switched on by `GUNICORN_CMD_ARGS`): Verdict's `setBy`. */ setBy?: string } | null;
  /**
   * Every development server one of the entry point's processes starts that is written outside the entry point (each pm2 app,
   * each supervisord program: `at` set), the first of them being `dev` when nothing was found before: each is reported at its own line.
   */
  located: NonNullable<Launch['dev']>[];
  /** Python run calls in modules production imports or runs. */
  calls: { file: string; call: PythonRunCall; via: 'script' | 'import' }[];
  /**
   * Env assignments on the command line (`FLASK_DEBUG=1 flask run`), the `export`s of its start scripts, and the defaults they give
   * variables nothing else sets (`export FLASK_DEBUG=${FLASK_DEBUG:-0}`; not where an unseen source may set them: EntryPoint.envUnknown).
   */
  env: Record<string, string>;
  /** Where a start script sets a variable of `env` (`docker-entrypoint.sh:3`). */
  envWhere: Record<string, string>;
  /**
   * Variables a process file gives the processes it starts, where each is written: a pm2 app's `env`, with the `env_<name>` block of
   * the `--env <name>` pm2 is started with over it (`via`: `pm2 app 'api' env`); `unapplied`: another block that sets the variable but is
   * not applied (`env_production`, pm2 started without `--env production`).
   */
  appEnv: { key: string; value: string; file: string; line: number; column: number; via: string; unapplied?: string }[];
  /** Repository shell scripts the entry point runs (start scripts, `exec`'d entrypoints), in the order read. */
  scripts: string[];
  /** Repository Python files the entry point runs as scripts (`python server.py`, `python -m app.server`). */
  pythonScripts: string[];
  /** Repository Python modules a WSGI/ASGI server of the entry point imports by name (`mysite/wsgi.py` of `gunicorn mysite.wsgi:application`). */
  pythonServed?: string[];
  /** Every command the entry point runs (unwrapped), with the repository file it is written in when that is not the entry point (a start script, `package.json`). */
  /** `at`: where a process file writes the command's interpreter options (a pm2 app's `node_args`), when they are judged there. */
  commands: { argv: readonly string[]; file?: string; line?: number; at?: At & { file: string; via: string } }[];
}

/**
 * How many scripts deep an entry point is followed (`npm start` → `npm run s1` → … each one step; a script already read
 * is not read again, so cycles end anyway): a chain deeper than this is not judged past it (see Launch.truncated).
 */
export const MAX_CHAIN = 12;

/**
 * Follows an entry point to what it really runs: unwraps shells and wrappers, reads
 * `package.json` scripts and shell scripts it names (bounded depth), and inspects the Python
 * modules it runs (`python app.py`) or serves (`gunicorn app:app`).
 */
export function analyseEntry(snapshot: SnapshotView, entry: EntryPoint): Launch {
  // Entry points are shared per view (entryPoints), so their analysis is too.
  const known = launches.get(entry);
  if (known) return known;
  const launch: Launch = { entry, dev: null, located: [], calls: [], env: {}, envWhere: {}, appEnv: [], scripts: [], pythonScripts: [], commands: [] };
  // What has been read (package scripts, start scripts, modules, process files): each once, and no cycles.
  let seen = new Set<string>();
  /**
   * `served`: the module the server imports by name (`wsgi` of `gunicorn wsgi:application`), whose own module-level imports of
   * the project's modules (`from app import app`) are read too, one hop deep: importing it runs theirs (`importer`: it).
   */
  const inspectPython = (file: string | null, via: 'script' | 'import', server: string, shown?: string, served?: string, importer?: string) => {
    if (file && via === 'script' && !launch.pythonScripts.includes(file)) launch.pythonScripts.push(file);
    if (file && via === 'import' && served !== undefined && !importer && !(launch.pythonServed ??= []).includes(file)) launch.pythonServed.push(file);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const text = fileText(snapshot, file);
    if (text === undefined) return;
    if (via === 'import' && served !== undefined) for (const dep of localImports(snapshot, file, served, text)) inspectPython(dep, 'import', server, undefined, undefined, file);
    for (const written of pythonRunCalls(text)) {
      // `reload=settings.reload` with `reload: bool = True` in a settings class of the project, its variable unset by the deploy.
      const field = written.reloadField ? defaultedFields(snapshot, file, written.reloadField).filter((f) => !f.quoted) : [];
      const call = field.length && field.every((f) => f.value === 'True') ? { ...written, dev: true } : written;
      // A module read again for another pm2 app or supervisord program (each reads on its own: see apart) is one call still.
      if (launch.calls.some((c) => c.file === file && c.call.line === call.line && c.call.column === call.column && c.via === via)) continue;
      launch.calls.push({ file, call, via });
      if (!call.dev) continue;
      const at = { debug: call.debug, file, line: call.line, column: call.column };
      if (via === 'script' && call.scope !== 'function') launch.dev ??= { what: `${shown ?? `python ${fileName(file)}`} calling ${call.framework === 'sanic' ? `Sanic ${call.call}(${call.flag})` : call.framework === 'bottle' ? bottleRunWhat(call) : `${call.call}()`}`, ...at };
      // Unguarded at module level, the dev server starts as soon as the server imports the module.
      else if (via === 'import' && call.scope === 'module') launch.dev ??= { what: `${call.call}() at module level, run when ${server} imports ${importer ? `${fileName(importer)}, which imports ${fileName(file)}` : fileName(file)}`, ...at };
    }
  };
  /**
   * Runs `fn` as if no development server had been found yet, and gives what it finds (`launch.dev` is put back: settle decides).
   * It reads on its own too: a script or module another process already read is read again (a second pm2 app running the
   * same `npm run dev` starts a development server of its own, reported at its own line), while what led here stays read.
   */
  const apart = (fn: () => void): Launch['dev'] => {
    const outer = launch.dev;
    const outerSeen = seen;
    launch.dev = null;
    seen = new Set(seen);
    try { fn(); return launch.dev; } finally { launch.dev = outer; seen = outerSeen; }
  };
  /** A development server one of several processes starts (a pm2 app, a supervisord program): the first is `dev`; each written elsewhere is kept in `located` too. */
  const settle = (found: Launch['dev']) => {
    if (!found) return;
    launch.dev ??= found;
    if (found.at && !launch.located.includes(found)) launch.located.push(found);
  };
  // Whether the commands being visited are a setup step of a script (a transient command, and all it runs): what they set
  // ends with them and never reaches the server (`NODE_ENV=development npm ci` then `exec node server.js`).
  let quiet = false;
  // `ctx`: the entry point as the command sees it (a `cd` earlier in its script moves its working directory).
  // `file`: the repository file the commands are written in (a start script, `package.json`), when not the entry point.
  const visit = (argv: readonly string[], from: string, depth: number, ctx: EntryPoint = entry, writtenIn?: string) => {
    const inherited = quiet;
    try { visitCommands(argv, from, depth, ctx, writtenIn, inherited); } finally { quiet = inherited; }
  };
  const visitCommands = (argv: readonly string[], from: string, depth: number, ctx: EntryPoint, writtenIn: string | undefined, inherited: boolean) => {
    if (depth > MAX_CHAIN) {
      // A script's body is visited as `/bin/sh -c <body>`: the body is what is written.
      const command = argv.length >= 3 && argv[0] === '/bin/sh' && argv[1] === '-c' ? argv[2]! : argv.join(' ');
      // Quoted in a note: a secret-named variable set on the command (`API_TOKEN=… node x`) shows its name, never its value.
      const shown = command.replace(/\b([A-Za-z_]\w*)=(?:"[^"]*"|'[^']*'|\S*)/g, (m: string, name: string) => (isSecretName(name) ? `${name}=…` : m));
      launch.truncated ??= { command: shown.length > 80 ? `${shown.slice(0, 80)}…` : shown, ...(writtenIn ? { file: writtenIn } : {}) };
      return;
    }
    for (const cmd of unwrap(argv)) {
      // The line of the start script that writes the command (a `sh -c` string's lines are not a file's).
      const inScript = writtenIn !== undefined && launch.scripts.includes(writtenIn);
      const line = inScript && cmd.line ? cmd.line : undefined;
      launch.commands.push({ argv: cmd.argv, ...(writtenIn ? { file: writtenIn } : {}), ...(line ? { line } : {}) });
      const { here, dir } = cmd.cwd === undefined ? { here: ctx, dir: from } : chdir(ctx, from, cmd.cwd);
      // A script's default reaches the process unless the image, the service or the container sets the variable, or may (envUnknown).
      const defaults = Object.fromEntries(Object.entries(cmd.defaults ?? {}).filter(([k]) => !entry.envNames?.includes(k)));
      const classified = classify(cmd.argv);
      // A setup step (not a server: no WSGI or development server, nothing that detaches one) and what it runs set nothing the server sees.
      quiet = inherited || (!!cmd.transient && classified.kind !== 'wsgi' && classified.kind !== 'dev' && !daemonizes(cmd.argv));
      if (!quiet) for (const [k, v] of Object.entries(cmd.env)) {
        launch.env[k] = v;
        if (inScript && cmd.envLines?.[k]) launch.envWhere[k] = `${writtenIn}:${cmd.envLines[k]}`;
        // A command written in another file than the entry point (a package.json script, a process file): named by that file,
        // at the first line that assigns it this value (another script of the file may set it otherwise: `"build": "NODE_ENV=production …"`),
        // else the first that assigns it.
        else if (writtenIn !== undefined && !inScript) {
          // The value whole (`NODE_ENV=dev` is not `NODE_ENV=development`), unquoted or quoted.
          const lines = fileLines(snapshot, writtenIn) ?? [];
          const same = new RegExp(`(?<!\\w)${k}=(?:${escapeRegExp(v)}|(['"])${escapeRegExp(v)}\\1)(?![\\w.-])`);
          const assigns = new RegExp(`(?<!\\w)${k}=`);
          const at = lines.findIndex((x) => same.test(x));
          const first = at < 0 ? lines.findIndex((x) => assigns.test(x)) : at;
          launch.envWhere[k] = first < 0 ? writtenIn : `${writtenIn}:${first + 1}`;
        }
        else delete launch.envWhere[k];
      }
      if (!quiet && entry.envUnknown !== 'platform' && entry.envUnknown !== 'files') {
        for (const [k, d] of Object.entries(defaults)) {
          if (launch.env[k] !== undefined) continue;
          launch.env[k] = d.value;
          if (inScript && d.line) launch.envWhere[k] = `${writtenIn}:${d.line}`;
        }
      }
      // Where a start script writes this command: a dev server found through it is named at that line.
      const scriptAt = () => (line ? { file: writtenIn!, line, column: scriptColumn(fileText(snapshot, writtenIn!), line, cmd.argv) } : {});
      const v = (classified.kind === 'wsgi' && (gunicornEnvReload(classified, cmd.env, entry) ?? asgiEnvReload(classified, cmd.env, entry))) || classified;
      const rails = v.kind === 'dev' && v.envDefault ? railsEnv(snapshot, cmd.env, Object.fromEntries(Object.entries(defaults).map(([k, d]) => [k, d.value])), entry, v.envDefault) : null;
      if (rails === false) continue;
      if (v.kind === 'dev') {
        // The deploy sets the variable to development itself (Kamal's `env.clear`, compose `environment`, a container's `env`, the
        // image's `ENV`): the server is told that value, not left without one, and the message names where it is set.
        const setDev = rails === 'dev' && v.envDefault ? frameworkEnvSet(v.envDefault, cmd.env, entry, launch.envWhere) : null;
        // Named at the line of the start script that runs it (not a line inside an `if` branch that writes the same words).
        // Unset in a stock language image (stockFrameworkImage): the message says the image sets none.
        const stock = rails === 'dev' && !setDev && v.envDefault && entry.envUnknown === 'image' ? stockFrameworkImage(entry.baseImage) : null;
        launch.dev ??= {
          what: setDev ? v.what.replace(/ without \w+=\w+ \(/, ` with ${setDev.name}=${setDev.value}, set by ${setDev.where} (`) : stock ? v.what.replace(/\)$/, `; the official ${stock} image sets no ${FRAMEWORK_ENV[v.envDefault!].names[0]})`) : v.what, debug: !!v.debug, ...(v.debugFlag ? { debugFlag: v.debugFlag } : {}),
          ...scriptAt(), ...(rails && rails !== 'dev' ? { unverified: rails.unverified } : {}),
          ...(v.envDefault ? { envDefault: v.envDefault } : {}), ...(v.setBy ? { setBy: v.setBy } : {}),
        };
        // The module a reloading server imports runs its module-level code all the same.
        if (v.serves) inspectPython(resolveModule(snapshot, v.serves.module, { ...here, dir }, false), 'import', v.serves.server, undefined, v.serves.module);
        continue;
      }
      if (v.kind === 'python-script') {
        inspectPython(v.module ? resolveModule(snapshot, v.path, { ...here, dir }, true) : resolveFile(snapshot, v.path, { ...here, dir }), 'script', 'python', v.module ? `python -m ${v.path}` : undefined);
        continue;
      }
      if (v.kind === 'wsgi') {
        // `reload = True` in the config file gunicorn loads: its reloader, as `--reload` turns it on.
        if (v.server === 'gunicorn') {
          const conf = gunicornConfigReload(snapshot, cmd.argv, { ...here, dir });
          if (conf) launch.dev ??= { what: `gunicorn with reload = True in ${conf.file}`, debug: false, at: { ...conf, via: `gunicorn config ${conf.file}` } };
        }
        // `use_reloader = true` in the config file hypercorn loads: its reloader, as `--reload` turns it on.
        if (v.server === 'hypercorn') {
          const conf = hypercornConfigReload(snapshot, cmd.argv, { ...here, dir });
          if (conf) launch.dev ??= { what: `hypercorn with ${conf.written} in ${conf.file}`, debug: false, at: { file: conf.file, line: conf.line, column: conf.column, via: `hypercorn config ${conf.file}` } };
        }
        inspectPython(resolveModule(snapshot, v.module, { ...here, dir }, false), 'import', v.server, undefined, v.module);
        continue;
      }
      // `py-autoreload = 1` in the ini file uWSGI loads: its reloader, as `--py-autoreload 1` turns it on.
      if (exeName(cmd.argv[0] ?? '') === 'uwsgi') {
        const conf = uwsgiConfigReload(snapshot, cmd.argv, { ...here, dir });
        if (conf) launch.dev ??= { what: `uwsgi with py-autoreload = ${conf.value} in ${conf.file}`, debug: false, at: { file: conf.file, line: conf.line, column: conf.column, via: `uwsgi config ${conf.file}` } };
        continue;
      }
      if (v.kind === 'package-script' && v.tool === 'deno') {
        // `deno task x`: the task of the deno.json/deno.jsonc Deno finds (the one `-c` names, else the nearest up from where it runs),
        // else the package.json script of that name, which Deno also runs.
        const conf = v.config !== undefined ? configFile(snapshot, here, dir, v.cwd, v.config) : denoConfig(snapshot, here, dir, v.cwd);
        const task = conf ? denoTask(fileText(snapshot, conf), v.script) : undefined;
        if (conf && task) {
          const key = `${conf}#${v.script}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const before = launch.dev;
          // The tasks it depends on run first (together), then its own command.
          for (const dep of task.dependencies.slice(0, 20)) visit(['deno', 'task', ...(v.config !== undefined ? ['-c', v.config] : []), ...(v.cwd !== undefined ? ['--cwd', v.cwd] : []), dep], dir, depth + 1, here, writtenIn);
          if (task.command !== undefined) visit(['/bin/sh', '-c', task.command], dirname(conf), depth + 1, here, conf);
          if (launch.dev && launch.dev !== before && !launch.dev.file && !launch.dev.at) launch.dev = { ...launch.dev, what: `deno task ${v.script} → ${launch.dev.what}` };
          continue;
        }
      }
      if (v.kind === 'package-script') {
        // A workspace's script runs in that package (found by its name, or its folder); one not in the repository is judged by the script's name.
        const pkg = v.workspace === undefined ? packageJson(snapshot, here, dir, v.cwd) : workspacePackage(snapshot, here, v.tool, v.workspace, v.cwd === undefined ? dir : joinPath(dir, v.cwd) ?? dir);
        // Read strictly, as npm reads it: a package.json that is not valid JSON is a parse problem (reported once, at its place).
        const json = pkg ? snapshot.json(pkg) : undefined;
        const run = v.tool === 'deno' ? 'task' : 'run';
        // A pattern (`dev:*` of npm-run-all or concurrently) runs every script it matches.
        for (const name of v.script.includes('*') ? scriptsMatching(json, v.script) : [v.script]) {
          // Deno runs no `node server.js` for a missing start script.
          const body = scriptOf(json, name, v.tool !== 'deno');
          if (body === undefined) {
            if (DEV_SCRIPT_NAMES.test(name)) launch.dev ??= { what: `${v.tool} ${run} ${name}`, debug: false, ...scriptAt() };
            continue;
          }
          const key = `${pkg}#${name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const before = launch.dev;
          const first = launch.commands.length;
          visit(['/bin/sh', '-c', body], dirname(pkg!), depth + 1, here, pkg!);
          const shown = `${v.tool} ${name === 'start' && run === 'run' ? 'start' : `${run} ${name}`}${v.workspace === undefined ? '' : ` (workspace ${v.workspace}: ${pkg})`}`;
          if (launch.dev && launch.dev !== before && !launch.dev.file) launch.dev = { ...launch.dev, what: `${shown} → ${launch.dev.what}` };
          // A script named for development (`"dev": "node server"`: Vite's SSR template starts Vite's dev middleware unless NODE_ENV is
          // production) is one by its name, whatever the image sets, unless what it runs is a production server itself, or it is the very
          // command the start script runs.
          else if (launch.dev === before && DEV_SCRIPT_NAMES.test(name) && !startRuns(scriptOf(json, 'start', false), name, body)
            && !launch.commands.slice(first).some((c) => productionServer(c.argv))) {
            const words = body.replace(/\s+/g, ' ').trim().replace(/\b([A-Za-z_]\w*)=(?:"[^"]*"|'[^']*'|\S*)/g, (m: string, k: string) => (isSecretName(k) ? `${k}=…` : m));
            launch.dev ??= { what: `${shown} runs the '${name}' script (${words.length > 60 ? `${words.slice(0, 60)}…` : words}), a development script by its name`, debug: false, ...scriptAt() };
          }
        }
        continue;
      }
      // pm2 started with a process file (`pm2-runtime ecosystem.config.js`, `pm2 start process.yml --no-daemon`): each app it
      // starts is judged like a command of its own, and a dev server found is pointed at on the app's `args`/`script`/`watch` line.
      const processFile = pm2ProcessFile(cmd.argv);
      if (processFile && 'argv' in processFile) { visit(processFile.argv, dir, depth + 1, here, writtenIn); continue; }
      if (processFile) {
        const file = resolveFile(snapshot, processFile.path, { ...here, dir });
        if (!file || seen.has(file)) continue;
        seen.add(file);
        for (const app of pm2Apps(snapshot, file)) {
          if (processFile.only && !processFile.only.includes(app.name)) continue;
          const argv = pm2Argv(app);
          const appDir = dirname(file);
          const moved = app.cwd === undefined ? { here, dir: appDir } : chdir(here, appDir, app.cwd);
          // Each app on its own: a second broken app is reported too, at its own line.
          const first = launch.commands.length;
          let found = apart(() => { if (argv) visit(argv, moved.dir, depth + 1, moved.here, file); });
          // The node options pm2 gives the app (`node_args: '--inspect=0.0.0.0'`) are judged at their line.
          const cmd = launch.commands[first];
          if (cmd && app.interpreterArgs.length && app.interpreterArgsAt && cmd.argv[0] !== app.script) cmd.at = { file, ...app.interpreterArgsAt, via: `pm2 app '${app.name}' ${app.interpreterArgsKey ?? 'node_args'}` };
          if (!found && app.watch) found = { what: `pm2 watch: ${app.watch.shown}`, debug: false };
          if (found && !found.file && !found.at) {
            const at = found.what.startsWith('pm2 watch: ') ? app.watch?.at : app.commandAt;
            if (at) found = { ...found, at: { file, ...at, via: `pm2 app '${app.name}'` } };
          }
          settle(found);
          // The environment pm2 gives the app: `env`, and over it the `env_<name>` block `--env <name>` selects.
          const applied = processFile.env === null ? null : `env_${processFile.env}`;
          const effective = new Map<string, { value: string; at: At; block: string }>();
          for (const block of ['env', ...(applied ? [applied] : [])]) for (const [k, v] of Object.entries(app.envs[block] ?? {})) effective.set(k, { ...v, block });
          for (const [key, v] of effective) {
            const unapplied = Object.keys(app.envs).find((b) => b !== 'env' && b !== applied && app.envs[b]![key] !== undefined);
            launch.appEnv.push({ key, value: v.value, file, ...v.at, via: `pm2 app '${app.name}' ${v.block}`, ...(unapplied ? { unapplied } : {}) });
          }
        }
        continue;
      }
      const n = cmd.argv[0] ?? '';
      if (exeName(n) === 'supervisord') {
        const i = cmd.argv.findIndex((x) => x === '-c' || x === '--configuration');
        const conf = i > 0 ? cmd.argv[i + 1] : cmd.argv.find((x) => x.startsWith('--configuration='))?.slice(16);
        const file = conf ? resolveFile(snapshot, conf, { ...here, dir }) : ['/etc/supervisor/conf.d/supervisord.conf', '/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'].map((p) => resolveFile(snapshot, p, { ...here, dir }, false)).find(Boolean) ?? null;
        // The program files its `[include]` loads (Debian's `/etc/supervisor/conf.d/*.conf`, RHEL's `/etc/supervisord.d/*.ini`,
        // when the image keeps the package's main config): each judged as the main one is.
        const mainAt = conf ? normalizeAbs(posixJoin(here.layout.workdir ?? '/', conf)) : ['/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'].find((p) => resolveFile(snapshot, p, { ...here, dir }, false)) ?? null;
        const main = conf ? file : mainAt && resolveFile(snapshot, mainAt, { ...here, dir }, false);
        const included = supervisordIncludes(snapshot, here.layout, main ? fileText(snapshot, main) ?? '' : null, mainAt);
        const files = [...(file ? [file] : []), ...included].map((f) => { const text = !seen.has(f) ? fileText(snapshot, f) : undefined; seen.add(f); return { f, text }; });
        // The `environment=` supervisord gives each program: its own section's, over the `[supervisord]` section's (passed on to all).
        const envs = files.map(({ f, text }) => (text === undefined ? [] : supervisordEnvironment(text)).map((e) => ({ ...e, file: f })));
        const global = envs.flat().filter((e) => e.section === 'supervisord');
        const given = new Set<string>();
        files.forEach(({ f, text }, k) => {
          const headers = [...(text ?? '').matchAll(/^\[([^\]]+)\]/gm)];
          // Each `[program:x]` command is a process production starts; a dev server found there is pointed at on its line.
          for (const m of (text ?? '').matchAll(/^([ \t]*)command[ \t]*=[ \t]*(.+)$/gm)) {
            // Each program on its own, reported at its own line; with the lines that continue it (INI: indented deeper than the key;
            // a CRLF file's line break is two characters).
            const command = supervisordCommand([m[2]!, ...iniContinuation(text!.slice(m.index + m[0].length).replace(/^\r?\n/, ''), m[1]!.length)].join(' '));
            let found = apart(() => visit(['/bin/sh', '-c', command], dir, depth + 1, here, f));
            const section = headers.filter((h) => h.index < m.index).at(-1)?.[1]!.trim() ?? '';
            if (found && !found.file && !found.at) {
              const head = text!.slice(0, m.index);
              const program = /^program:(\S+)$/.exec(section)?.[1];
              found = { ...found, at: { file: f, line: head.split('\n').length, column: m[1]!.length + 1, via: `supervisord${program ? ` program '${program}'` : ''}` } };
            }
            settle(found);
            const own = section ? envs[k]!.filter((e) => e.section === section) : [];
            for (const e of [...global.filter((g) => !own.some((o) => o.key === g.key)), ...own]) {
              const id = `${e.file}:${e.line}:${e.column}:${e.key}`;
              if (given.has(id)) continue;
              given.add(id);
              launch.appEnv.push({ key: e.key, value: e.value, file: e.file, line: e.line, column: e.column, via: `supervisord [${e.section}] environment=` });
            }
          }
        });
        continue;
      }
      // Procfile process managers (`foreman start -f Procfile.dev`, overmind, honcho, hivemind): each process of the Procfile
      // they run is a command of its own; a dev server found is named at its line (the finding stays at the entry point).
      const procfile = procfileRun(cmd.argv);
      if (procfile) {
        const file = resolveFile(snapshot, procfile.path, { ...here, dir });
        const text = file && !seen.has(file) ? fileText(snapshot, file) : undefined;
        if (!file || text === undefined) continue;
        seen.add(file);
        // The `.env` beside it (or the files `-e` names) that the tool loads into every process, when the repository has them.
        const given = procfile.env.flatMap((p) => { const f = resolveFile(snapshot, p, { ...here, dir }, false); return (f && snapshot.envFileAt(f)?.entries.map((e) => `${e.key}=${e.value ?? ''}`)) || []; });
        text.split(/\r?\n/).forEach((l, i) => {
          const m = /^([A-Za-z0-9_-]+):[ \t]*(\S.*)$/.exec(l);
          if (!m || (procfile.only && !procfile.only.includes(m[1]!))) return;
          const before = launch.dev;
          visit([...given, '/bin/sh', '-c', m[2]!], dirname(file), depth + 1, here, file);
          if (launch.dev && launch.dev !== before && !launch.dev.file && !launch.dev.at) launch.dev = { ...launch.dev, what: `${procfile.tool} process '${m[1]}' → ${launch.dev.what}`, file, line: i + 1, column: 1 };
        });
        continue;
      }
      // A bare name is a start script only when the image copies it onto the PATH; a name with a slash is a path
      // the shell runs as it is (`./start.sh`, `/start`, and relative ones: Heroku's `web: bin/start`).
      const onPath = n.includes('/') ? null : PATH_DIRS.map((d) => resolveFile(snapshot, `${d}/${n}`, { ...here, dir }, false)).find(Boolean) ?? null;
      if (onPath || /\.sh$/.test(n) || n.includes('/') || /entrypoint/i.test(n)) {
        // A start script: read it when it is in the repository, then judge the rest of the argv (`exec "$@"`).
        const file = onPath ?? resolveFile(snapshot, n, { ...here, dir });
        // A start script the image ships (tiangolo's `/start-reload.sh`), when the repository has none the image would run instead.
        // (A bare name is looked up on the PATH, which `/` is not on: only a path runs it, `/start-reload.sh`, `./start-reload.sh` in `/`.)
        const shipped = file || !n.includes('/') ? null : imageDevScript(entry.baseImage, posixJoin(here.layout.workdir ?? '/', n));
        if (shipped) {
          launch.dev ??= { what: shipped.what, debug: false, ...scriptAt() };
          continue;
        }
        const text = file && !seen.has(file) ? fileText(snapshot, file) : undefined;
        // A here-document's text starts with the Dockerfile lines before its body, blank (see inlinePath).
        const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(file && inlineOrigin(file) ? (text ?? '').replace(/^\n+/, '') : text ?? '');
        const interpreter = shebang ? exeName(shebang[1]!) === 'env' ? shebang[2] ?? '' : exeName(shebang[1]!) : 'sh';
        if (file && text !== undefined && isPythonExe(interpreter)) inspectPython(file, 'script', 'python');
        else if (file && text !== undefined && interpreter === 'ruby') {
          // A Ruby launcher that hands over to a command (Rails 8's `bin/dev`: `exec "./bin/rails", "server", *ARGV`).
          seen.add(file);
          const ex = rubyExec(text);
          const before = launch.dev;
          if (ex) visit(ex.argv, dir, depth + 1, here, file);
          if (ex && launch.dev && launch.dev !== before && !launch.dev.file && !launch.dev.at) launch.dev = { ...launch.dev, file, line: ex.line, column: 1 };
        }
        else if (file && text !== undefined && SHELLS.test(interpreter)) {
          seen.add(file);
          if (!launch.scripts.includes(file)) launch.scripts.push(file);
          const before = launch.dev;
          // The variables the command line gives the script (`RAILS_ENV=production bin/start`) reach what it runs; its defaults too.
          const given = [...Object.entries(cmd.defaults ?? {}).map(([k, d]) => `${k}=\${${k}:-${d.value}}`), ...Object.entries(cmd.env).map(([k, v]) => `${k}=${v}`)];
          // Its arguments are the command's (`CMD ["server"]` after an ENTRYPOINT script: its `$1`, which a `case "$1"` dispatches on).
          visit([...given, '/bin/sh', '-c', text.replace(/\r\n?/g, '\n'), n, ...cmd.argv.slice(1)], dir, depth + 1, here, file);
          // A dev server the script starts: named at its line there (the finding stays at the entry point that runs the script).
          if (launch.dev && launch.dev !== before && !launch.dev.file && !launch.dev.at) {
            const at = lineNaming(text, launch.dev.what);
            if (at) launch.dev = { ...launch.dev, file, line: at.line, column: at.column };
          }
        }
        if (cmd.argv.length > 1) visit(cmd.argv.slice(1), dir, depth + 1, here, writtenIn);
      }
    }
  };
  visit(entry.argv, entry.dir, 0);
  showInline(launch);
  launches.set(entry, launch);
  return launch;
}
const launches = new WeakMap<EntryPoint, Launch>();

/**
 * Names the Dockerfile wherever a launch would show a file its here-document writes (`COPY <<EOF /start.sh`): its lines are the
 * Dockerfile's (see inlinePath). Such files leave `scripts` and `pythonScripts`, whose readers read repository files.
 */
function showInline(launch: Launch): void {
  const show = (f: string) => inlineOrigin(f)?.dockerfile ?? f;
  const shown = <T extends { file?: string }>(x: T): T => (x.file !== undefined && inlineOrigin(x.file) ? { ...x, file: show(x.file) } : x);
  const devs = new Map<NonNullable<Launch['dev']>, NonNullable<Launch['dev']>>();
  const dev = (d: NonNullable<Launch['dev']>) => {
    let out = devs.get(d);
    if (!out) { out = shown(d.at ? { ...d, at: shown(d.at) } : d); devs.set(d, out); }
    return out;
  };
  if (launch.dev) launch.dev = dev(launch.dev);
  launch.located = launch.located.map(dev);
  launch.calls = launch.calls.map(shown);
  launch.commands = launch.commands.map((c) => shown(c.at ? { ...c, at: shown(c.at) } : c));
  launch.appEnv = launch.appEnv.map(shown);
  for (const [k, v] of Object.entries(launch.envWhere)) launch.envWhere[k] = v.replace(/^([^\u0000]*)\u0000<<\d+\u0000[^:]*/, '$1');
  if (launch.truncated) launch.truncated = shown(launch.truncated);
  launch.scripts = launch.scripts.filter((f) => !inlineOrigin(f));
  launch.pythonScripts = launch.pythonScripts.filter((f) => !inlineOrigin(f));
}

/**
 * Whether a command leaves a server running after it returns (pm2 without `--no-daemon`, forever, init scripts, nginx, Apache,
 * php-fpm, supervisord, or any `--daemon`/`--daemonize`/`--detach`/`--fork`/`-D`): it may be the server, though commands follow it.
 */
function daemonizes(argv: readonly string[]): boolean {
  const n = exeName(argv[0] ?? '');
  if (n === 'pm2') return !argv.includes('--no-daemon');
  if (n === 'supervisord') return !argv.some((a) => a === '-n' || a === '--nodaemon');
  return /^(forever|service|rc-service|systemctl|start-stop-daemon|daemon|nginx|httpd|apache2|apache2ctl|apachectl|php-fpm[\d.]*|redis-server|mongod|celery|openrc)$/.test(n)
    || argv.some((a) => /^(?:--daemon|--daemonize|--detach|--fork|-D)(?:=|$)/.test(a));
}

/**
 * Procfile process managers and how they are told the Procfile (`-f`, else `Procfile` where they run; hivemind's operand), the
 * processes to start (foreman's and honcho's operands after `start`, overmind's `-l`; all when none) and the env files they load.
 */
const PROCFILE_RUNNERS: Record<string, { sub: string[] | null; spec: CliSpec; only?: string[]; env?: string[] }> = {
  foreman: { sub: ['start'], spec: { values: ['-f', '--procfile', '-d', '--root', '-e', '--env', '-m', '--formation', '-p', '--port', '-t', '--timeout'], flags: ['-c', '--color', '--no-timestamp', ...HELP], unknown: 'flag' }, env: ['-e', '--env'] },
  honcho: { sub: ['start'], spec: { values: ['-f', '--procfile', '-d', '--app-root', '-e', '--env', '-p', '--port', '-c', '--concurrency', '-q', '--quiet'], flags: ['--no-colour', '--no-prefix', ...HELP], unknown: 'flag' }, env: ['-e', '--env'] },
  overmind: { sub: ['start', 's'], spec: { flags: ['-D', '--daemonize', '-N', '--no-port', '-T', '--tmux-config', '-A', '--any-can-die', '-H', '--show-timestamps', ...HELP], unknown: 'value' }, only: ['-l', '--processes'], env: ['-e', '--env'] },
  hivemind: { sub: null, spec: { flags: ['-T', '--print-timestamps', '--no-prefix', ...HELP], unknown: 'value' } },
};

function procfileRun(argv: readonly string[]): { tool: string; path: string; only: string[] | null; env: string[] } | null {
  const tool = exeName(argv[0] ?? '');
  const runner = PROCFILE_RUNNERS[tool];
  if (!runner) return null;
  const rest = argv.slice(1);
  const readings = operands(rest, runner.spec);
  if (readings.length !== 1) return null;
  // Shell words left unexpanded (`"$@"`) name nothing.
  const ops = readings[0]!.filter((w) => !w.startsWith('$'));
  if (runner.sub ? !runner.sub.includes(ops[0] ?? '') : ops.length > 1) return null;
  const path = (runner.sub ? optionValue(rest, ['-f', '--procfile'], { last: true }) : ops[0]) ?? 'Procfile';
  const listed = runner.only ? optionValue(rest, runner.only, { last: true })?.split(',') : runner.sub ? ops.slice(1) : undefined;
  const env = runner.env ? optionValue(rest, runner.env, { last: true })?.split(',') ?? ['.env'] : [];
  return { tool, path, only: listed?.length ? listed : null, env };
}

/**
 * The command a Ruby launcher hands over to: its first unindented `exec` with string literal arguments (`exec "./bin/rails",
 * "server", *ARGV`: the forwarded ARGV is the rest of the entry point's argv), one string being a shell command. Null otherwise.
 */
function rubyExec(text: string): { argv: string[]; line: number } | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < Math.min(lines.length, 500); i++) {
    if (!/^exec\b/.test(lines[i]!)) continue;
    // The arguments: up to a comment (the first `#`), without the parentheses of `exec(…)`. Cut in code, not by a regex of
    // lazy and optional parts, which backtracks cubically over a long run of spaces.
    const hash = lines[i]!.indexOf('#');
    let body = lines[i]!.slice(4, hash < 0 ? undefined : hash).trim();
    if (body.startsWith('(')) body = body.slice(1).trimStart();
    if (body.endsWith(')')) body = body.slice(0, -1).trimEnd();
    const args: string[] = [];
    for (const part of body.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^,\s][^,]*/g) ?? []) {
      const p = part.trim();
      if (p === '*ARGV') continue;
      if (!/^(["']).*\1$/s.test(p) || p.includes('#{')) return null;
      args.push(p.slice(1, -1));
    }
    if (!args.length) return null;
    return { argv: args.length === 1 ? ['/bin/sh', '-c', args[0]!] : args, line: i + 1 };
  }
  return null;
}

/** The column of a command on its line of a script: where its first word (or the program's name) is written, else the line's first word. */
function scriptColumn(text: string | undefined, line: number, argv: readonly string[]): number {
  const l = text?.split(/\r?\n/)[line - 1] ?? '';
  for (const w of [argv[0] ?? '', basename(argv[0] ?? '')]) { const i = w ? l.indexOf(w) : -1; if (i >= 0) return i + 1; }
  return (/\S/.exec(l)?.index ?? 0) + 1;
}

/** The first uncommented line of a script holding every word of `what` (`manage.py runserver`), with the column of the first. */
export function lineNaming(text: string, what: string): { line: number; column: number } | null {
  const words = what.split(/\s+/).filter((w) => w.length > 1 && !/^(?:→|python|calling)$/.test(w) && !w.endsWith('()'));
  if (!words.length) return null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < Math.min(lines.length, 5000); i++) {
    const l = lines[i]!;
    if (/^\s*#/.test(l) || !words.every((w) => l.includes(w))) continue;
    return { line: i + 1, column: l.indexOf(words[0]!) + 1 };
  }
  return null;
}

/**
 * The entry point as a command after `cd cwd` sees it: the container's working directory moves (so the image's
 * COPY/ADD still place files), and so does the repository folder a relative `cd` names (`cd spa` → `spa/package.json`).
 */
function chdir(ctx: EntryPoint, from: string, cwd: string): { here: EntryPoint; dir: string } {
  const dir = cwd.startsWith('/') ? from : joinPath(from, cwd) ?? from;
  return { here: { ...ctx, dir, layout: { ...ctx.layout, workdir: normalizeAbs(posixJoin(ctx.layout.workdir ?? '/', cwd)) } }, dir };
}

const PATH_DIRS = ['/usr/local/bin', '/usr/local/sbin', '/usr/bin', '/bin'];

/**
 * The `package.json` a package script runs from: in the container's working directory (the entry point's
 * own folder), the one the image's COPY/ADD or the compose bind mounts put there (`./frontend:/app` with
 * `working_dir: /app` → `frontend/package.json`); else the nearest one up from the folder. `cwd`: a folder
 * the tool is told to run in (`npm --prefix frontend start`), relative to the working directory.
 */
function packageJson(snapshot: SnapshotView, entry: EntryPoint, dir: string, cwd: string | undefined): string | null {
  return configFile(snapshot, entry, dir, cwd, 'package.json');
}
/** A tool's configuration file `name` (a path, for `deno task -c conf/deno.json`) as packageJson finds `package.json`. */
function configFile(snapshot: SnapshotView, entry: EntryPoint, dir: string, cwd: string | undefined, name: string): string | null {
  const rel = cwd && !name.startsWith('/') ? `${cwd.replace(/\/+$/, '')}/${name}` : name;
  if (dir === entry.dir) {
    const placed = resolveFile(snapshot, rel, entry, false);
    if (placed) return placed;
  }
  if (rel.startsWith('/')) return resolveFile(snapshot, rel, { ...entry, dir }, false);
  if (name.includes('/')) { const p = joinPath(dir, rel); return p !== null && snapshot.has(p) ? p : null; }
  if (cwd === undefined) return findUp(snapshot, dir, name);
  const d = joinPath(dir, cwd);
  return d === null ? null : findUp(snapshot, d, name);
}
/** The deno.json or deno.jsonc Deno reads where `deno task` runs: the nearer of the two (deno.json in the same folder first). */
function denoConfig(snapshot: SnapshotView, entry: EntryPoint, dir: string, cwd: string | undefined): string | null {
  const found = [configFile(snapshot, entry, dir, cwd, 'deno.json'), configFile(snapshot, entry, dir, cwd, 'deno.jsonc')].filter((p): p is string => p !== null);
  return found.sort((a, b) => b.split('/').length - a.split('/').length)[0] ?? null;
}
/**
 * A task of a deno.json/deno.jsonc (JSONC: comments and trailing commas allowed): a command string, or `{ command, dependencies }`
 * (Deno 2.1+). Undefined when the file is unreadable or has no such task.
 */
function denoTask(text: string | undefined, name: string): { command?: string; dependencies: string[] } | undefined {
  const value = text === undefined ? undefined : parseJsonc(text);
  const tasks = isObject(value) && isObject(value['tasks']) ? value['tasks'] : null;
  const t = tasks && Object.prototype.hasOwnProperty.call(tasks, name) ? tasks[name] : undefined;
  if (typeof t === 'string') return { command: t, dependencies: [] };
  if (!isObject(t)) return undefined;
  const deps = Array.isArray(t['dependencies']) ? t['dependencies'].filter((d): d is string => typeof d === 'string') : [];
  return { ...(typeof t['command'] === 'string' ? { command: t['command'] } : {}), dependencies: deps };
}

/** pm2's options that take a value (its commander definitions); `--watch [paths]` takes one optionally, so it is read both ways. */
const PM2: CliSpec = {
  values: ['--env', '--only', '-n', '--name', '-i', '--instances', '--interpreter', '--interpreter-args', '--node-args', '--cwd', '-o', '--output', '-e', '--error', '-l', '--log', '--log-type', '--log-date-format', '--max-memory-restart', '-c', '--cron', '--cron-restart', '--restart-delay', '--exp-backoff-restart-delay', '--kill-timeout', '--listen-timeout', '--ignore-watch', '--watch-delay', '--namespace', '-p', '--pid', '--uid', '--gid', '--max-restarts', '--min-uptime', '--stop-exit-codes', '--filter-env', '--public', '--secret', '--machine-name'],
  flags: ['--no-daemon', '--no-autorestart', '--merge-logs', '-f', '--force', '--update-env', '--time', '--wait-ready', '--no-vizion', '--no-pmx', '--no-automation', '--shutdown-with-message', '--source-map-support', '--disable-source-map-support', '--deep-monitoring', '--trace', '--disable-trace', '--format', '--json', '--raw', '-s', '--silent', '--attach', ...HELP],
};

/**
 * The process file pm2 is started with (`pm2-runtime [start] ecosystem.config.js`, `pm2 start|restart|reload|startOrRestart
 * process.yml`; pm2 takes a name holding `.json`, `.yml`, `.yaml`, `.config.js`, `.config.cjs` or `.config.mjs` for one), and the
 * apps `--only` selects. Null when the command is not that, or when the readings of its options disagree on the file.
 */
function pm2ProcessFile(argv: readonly string[]): { path: string; only: string[] | null; env: string | null } | { argv: string[] } | null {
  const n = exeName(argv[0] ?? '');
  if (n !== 'pm2' && n !== 'pm2-runtime' && n !== 'pm2-docker') return null;
  const dd = argv.indexOf('--');
  const rest = argv.slice(1, dd > 0 ? dd : argv.length);
  const targets = new Set(operands(rest, PM2).map((ops) => {
    const sub = ops[0];
    return (n === 'pm2' ? (/^(?:start|restart|reload|startOrRestart|startOrReload|startOrGracefulReload)$/.test(sub ?? '') ? ops[1] : undefined) : sub === 'start' ? ops[1] : sub) ?? null;
  }));
  const [target] = [...targets];
  if (targets.size !== 1 || !target) return null;
  if (!/\.(?:json|ya?ml)|\.config\.[cm]?js/.test(target)) {
    // `pm2-runtime start npm -- run dev`, `pm2 start app.py --interpreter python3`: the app pm2 starts, its own arguments after `--`.
    const interpreter = optionValue(rest, ['--interpreter']);
    const script = target.includes(' ') ? ['/bin/sh', '-c', target] : pm2Argv({ name: target, script: target, args: dd > 0 ? argv.slice(dd + 1) : [], ...(interpreter ? { interpreter } : {}), interpreterArgs: words(optionValue(rest, ['--node-args', '--interpreter-args'])) ?? [], watch: null, envs: {} });
    return script ? { argv: script } : null;
  }
  const only = optionValue(rest, ['--only']);
  // `--env production`: each app's `env_production` is applied over its `env`.
  const env = optionValue(rest, ['--env']);
  return { path: target, only: only === undefined ? null : only.split(',').map((x) => x.trim()), env: env ?? null };
}

/** Where something is written in a process file. */
type At = { line: number; column: number };
/** One app of a pm2 process file: what pm2 runs, and where the file says so. */
interface Pm2App {
  name: string;
  script?: string;
  /** null: arguments pm2 gets from code (not literals) — the command is not judged. */
  args: string[] | null;
  interpreter?: string;
  interpreterArgs: string[];
  cwd?: string;
  /** Watch mode on (`watch: true`, a list of paths, a path), as written and where. */
  watch: { shown: string; at?: At } | null;
  /** The `args` line, else the `script` line. */
  commandAt?: At;
  /** The `node_args` (or `interpreter_args`) line, and which of the two keys it is. */
  interpreterArgsAt?: At;
  interpreterArgsKey?: string;
  /** The app's environments by block (`env`, `env_production`): each variable with a literal value, and where the value is written. */
  envs: Record<string, Record<string, { value: string; at: At }>>;
}

const words = (v: unknown): string[] | null => (typeof v === 'string' ? shellCommands(v).flat() : Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number') ? v.map(String) : v === undefined ? [] : null);

/** The apps of a pm2 process file: `apps` of a JS module (`module.exports = { apps: [...] }`, `export default`), JSON or YAML file (or a list of apps, or one app). */
const pm2Apps = (snapshot: SnapshotView, file: string): Pm2App[] => {
  const text = snapshot.text(file);
  if (text === undefined) return [];
  return /\.[cm]?js$/.test(file) ? pm2AppsJs(scanSource(file, text, 'js')) : pm2AppsData(snapshot, file, text);
};

function pm2AppsData(snapshot: SnapshotView, file: string, text: string): Pm2App[] {
  const doc = snapshot.yaml(file)?.docs[0];
  let value = doc?.value;
  if (value === undefined && /\.json$/.test(file)) { try { value = JSON.parse(text); } catch { return []; } }
  const [list, base]: [unknown[], (string | number)[]] = isObject(value) && Array.isArray(value['apps']) ? [value['apps'], ['apps']] : Array.isArray(value) ? [value, []] : isObject(value) && value['script'] !== undefined ? [[value], []] : [[], []];
  const out: Pm2App[] = [];
  list.forEach((app, i) => {
    if (!isObject(app)) return;
    const at = (key: string): At | undefined => (doc?.loc([...base, ...(base.length || Array.isArray(value) ? [i] : []), key], true) ?? undefined);
    const str = (key: string) => (typeof app[key] === 'string' ? (app[key] as string) : undefined);
    const w = app['watch'];
    const watchOn = w === true || (typeof w === 'string' && w !== '' && w !== 'false') || (Array.isArray(w) && w.length > 0);
    const script = str('script');
    const envs: Pm2App['envs'] = {};
    for (const [block, vars] of Object.entries(app)) {
      if (!/^env(?:_[\w-]+)?$/.test(block) || !isObject(vars)) continue;
      for (const [k, v] of Object.entries(vars)) {
        const where = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? doc?.loc([...base, ...(base.length || Array.isArray(value) ? [i] : []), block, k]) : null;
        if (where) (envs[block] ??= {})[k] = { value: String(v), at: where };
      }
    }
    out.push({
      envs,
      name: str('name') ?? (script ? basename(script).replace(/\.[^.]*$/, '') : 'app'), ...(script ? { script } : {}),
      args: words(app['args']), ...(str('interpreter') ? { interpreter: str('interpreter')! } : {}),
      interpreterArgs: words(app['interpreter_args'] ?? app['node_args']) ?? [], ...(str('cwd') ? { cwd: str('cwd')! } : {}),
      ...((k) => (at(k) ? { interpreterArgsAt: at(k)!, interpreterArgsKey: k } : {}))(app['interpreter_args'] !== undefined ? 'interpreter_args' : 'node_args'),
      watch: watchOn ? { shown: JSON.stringify(w), ...(at('watch') ? { at: at('watch')! } : {}) } : null,
      ...((at('args') && app['args'] !== undefined) || at('script') ? { commandAt: app['args'] !== undefined ? at('args') ?? at('script')! : at('script')! } : {}),
    });
  });
  return out;
}

function pm2AppsJs(src: Source): Pm2App[] {
  // `apps: [` as a property (not in a comment or string), else `const apps = [` for `module.exports = { apps }`.
  let open = -1;
  for (const m of src.code.matchAll(/(?<![\w$.])(?:apps|(['"])apps\1)\s*:\s*\[|(?:const|let|var)\s+apps\s*=\s*\[/g)) {
    if (src.bare[m.index] !== src.code[m.index]) continue;
    open = m.index + m[0].length - 1;
    break;
  }
  if (open < 0) return [];
  const close = matchBracket(src, open);
  if (close < 0) return [];
  const out: Pm2App[] = [];
  for (const el of splitList(src, open + 1, close)) {
    const obj = objectLiteral(src, el);
    if (!obj) continue;
    const props = new Map<string, Arg>();
    for (const p of objectProps(src, obj)) if (p.name !== null && !props.has(p.name)) props.set(p.name, p);
    const at = (key: string): At | undefined => {
      const p = props.get(key);
      if (!p) return undefined;
      const k = src.code.lastIndexOf(key, p.start);
      const start = k >= 0 && /['"`]/.test(src.code[k - 1] ?? '') ? k - 1 : Math.max(k, 0);
      return { line: src.lineAt(start), column: src.columnAt(start) };
    };
    const str = (key: string) => { const p = props.get(key); return p ? stringValue(p.value) ?? undefined : undefined; };
    const list = (key: string): unknown => {
      const p = props.get(key);
      if (!p) return undefined;
      const s = stringValue(p.value);
      if (s !== null) return s;
      const els = listElements(p.value);
      const vals = els?.map((e) => stringValue(e) ?? (/^\d+$/.test(e) ? e : null));
      return vals && vals.every((x) => x !== null) ? vals : null;
    };
    const w = props.get('watch')?.value.trim();
    const wl = w !== undefined && w.startsWith('[') ? list('watch') : undefined;
    const ws = w === undefined ? null : stringValue(w);
    const watchOn = w === 'true' || (Array.isArray(wl) && wl.length > 0) || (ws !== null && ws !== '' && ws !== 'false');
    const script = str('script');
    const name = str('name') ?? (script ? basename(script).replace(/\.[^.]*$/, '') : 'app');
    const commandAt = props.has('args') ? at('args') : at('script');
    const envs: Pm2App['envs'] = {};
    for (const [block, p] of props) {
      const vars = /^env(?:_[\w-]+)?$/.test(block) ? objectLiteral(src, p) : null;
      if (!vars) continue;
      for (const v of objectProps(src, vars)) {
        const lit = stringValue(v.value) ?? (/^(?:-?\d+(?:\.\d+)?|true|false)$/.test(v.value.trim()) ? v.value.trim() : null);
        if (v.name !== null && lit !== null) (envs[block] ??= {})[v.name] = { value: lit, at: { line: src.lineAt(v.start), column: src.columnAt(v.start) } };
      }
    }
    out.push({
      envs,
      name, ...(script ? { script } : {}), args: words(list('args')), ...(str('interpreter') ? { interpreter: str('interpreter')! } : {}),
      interpreterArgs: words(list('interpreter_args') ?? list('node_args')) ?? [], ...(str('cwd') ? { cwd: str('cwd')! } : {}),
      ...((k) => (at(k) ? { interpreterArgsAt: at(k)!, interpreterArgsKey: k } : {}))(props.has('interpreter_args') ? 'interpreter_args' : 'node_args'),
      watch: watchOn ? { shown: w!.replace(/\s+/g, ' '), ...(at('watch') ? { at: at('watch')! } : {}) } : null,
      ...(commandAt ? { commandAt } : {}),
    });
  }
  return out;
}

/**
 * The command line pm2 runs for an app: its `interpreter` (`none`: the script itself), else by the script's extension
 * (`.js` → node, `.py` → python, `.sh` → bash), else the script as a command (`npm`, `node_modules/.bin/next`: pm2 runs
 * those with node, and they do what they would from the shell). Null when the script or its arguments are not literals.
 */
function pm2Argv(app: Pm2App): string[] | null {
  const { script, args, interpreter } = app;
  if (!script || !args) return null;
  if (interpreter && interpreter !== 'none') return [interpreter, ...app.interpreterArgs, script, ...args];
  if (interpreter === 'none') return [script, ...args];
  if (/\.[cm]?[jt]s$/.test(script)) return ['node', ...app.interpreterArgs, script, ...args];
  if (/\.py$/.test(script)) return ['python', script, ...args];
  if (/\.sh$/.test(script)) return ['bash', script, ...args];
  return [script, ...args];
}

/** The `package.json` files of the repository by package `name` (node_modules and templates aside), read once per view. */
const packagesByName = perView(function packagesByName(snapshot: SnapshotView): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of filesByName(snapshot).get('package.json') ?? []) {
    if (/(^|\/)node_modules\//.test(f) || isTemplate(f)) continue;
    const text = snapshot.text(f);
    let name: unknown;
    try { name = text === undefined ? undefined : (JSON.parse(text) as { name?: unknown } | null)?.name; } catch { name = undefined; }
    if (typeof name === 'string' && name) out.set(name, [...(out.get(name) ?? []), f]);
  }
  return out;
});

/**
 * The `package.json` of the workspace a package manager is told to run a script in: npm's `-w` names a package
 * or its folder, yarn's `workspace` a package, pnpm's `--filter` a package (its scope optional when no package has
 * the bare name) or a folder (`./apps/web`, `{apps/web}`). Patterns (`@acme/*`, `web...`) select no single package: null.
 * `dir`: where the command runs (folders are relative to it). Several packages of one name: the one under `dir`, then the shortest path.
 */
function workspacePackage(snapshot: SnapshotView, entry: EntryPoint, tool: string, selector: string, dir: string): string | null {
  const sel = tool === 'pnpm' ? selector.replace(/^\{(.*)\}$/, '$1') : selector;
  if (/[*?!^[\]]|\.\.\./.test(sel)) return null;
  if (tool !== 'yarn' && (sel.startsWith('.') || (!sel.startsWith('@') && sel.includes('/')) || selector !== sel)) {
    // The folder as the image holds it (its COPY/ADD from the build context), else from where the command runs.
    const rel = `${sel.replace(/\/+$/, '')}/package.json`;
    const placed = resolveFile(snapshot, rel, { ...entry, dir }, false);
    if (placed) return placed;
    const p = joinPath(dir, rel);
    if (p && snapshot.has(p)) return p;
    if (sel.startsWith('.') || selector !== sel) return null;
  }
  const byName = packagesByName(snapshot);
  let hits = byName.get(sel) ?? [];
  if (!hits.length && tool === 'pnpm' && !sel.startsWith('@')) {
    const scoped = [...byName.keys()].filter((k) => k.startsWith('@') && k.endsWith(`/${sel}`));
    if (scoped.length === 1) hits = byName.get(scoped[0]!)!;
  }
  const rank = (f: string) => (isUnder(f, dir) ? 0 : 2) + (isTestFile(f) ? 1 : 0);
  return [...hits].sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0] ?? null;
}

function findUp(snapshot: SnapshotView, dir: string, name: string): string | null {
  let d = dir;
  for (let i = 0; i < 32; i++) {
    const p = d ? `${d}/${name}` : name;
    if (snapshot.has(p)) return p;
    if (!d) return null;
    d = dirname(d);
  }
  return null;
}

/** The scripts a pattern names (npm-run-all's: `*` within a `:`-separated segment, `**` across them), in package order. */
function scriptsMatching(pkg: { value: unknown } | null | undefined, pattern: string): string[] {
  const scripts = pkg && isObject(pkg.value) && isObject(pkg.value['scripts']) ? Object.keys(pkg.value['scripts']) : [];
  const re = new RegExp(`^${pattern.split(/(\*\*?)/).map((p) => (p === '**' ? '.*' : p === '*' ? '[^:]*' : p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
  return scripts.filter((k) => re.test(k)).slice(0, 50);
}

/** A package.json script; with `npmStart`, a missing `start` is npm's default (`node server.js`). */
function scriptOf(pkg: { value: unknown } | null | undefined, name: string, npmStart = true): string | undefined {
  if (!pkg) return undefined;
  const scripts = isObject(pkg.value) && isObject(pkg.value['scripts']) ? pkg.value['scripts'] : {};
  const s = scripts[name];
  if (typeof s === 'string') return s;
  // npm start without a script runs `node server.js`.
  return npmStart && name === 'start' ? 'node server.js' : undefined;
}

/**
 * A deploy environment value as deployed when nothing else sets its variables (compose's `${X:-false}` is `false`,
 * and so is it in an env file that compose's `env_file`, python-dotenv or dotenv-expand reads),
 * trimmed and unquoted; null when a variable in it has no default (its value is not known here).
 */
export function deployedValue(value: string): string | null {
  const v = value.includes('$') ? composeDefaults(value) : value;
  return v === null ? null : v.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
}

/** Expands `${VAR:-default}` / `${VAR-default}` compose-style interpolation using only the defaults; null when a variable has no default. */
export function composeDefaults(value: string): string | null {
  return composeInterpolate(value, new Map());
}
