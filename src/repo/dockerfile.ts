import { DockerfileParser, Property, type Argument, type Instruction } from 'dockerfile-ast';
import { nearestName } from '../nearest.js';
import { replaceVarRefs } from './variables.js';

/** Names whose value is likely a credential (the repository layer's own coarse test; the checks' is util/secrets.ts). */
const SECRETISH_NAME = /pass|secret|token|key|auth|cred|pwd/i;

/** One instruction of a Dockerfile, with continuation lines joined. Lines/columns are 1-based. */
export interface DockerInstruction {
  keyword: string;
  /** Argument text as written (continuations joined, comments inside removed). */
  args: string;
  /** Arguments: the JSON array for the exec form, else whitespace-split words. */
  argv: string[];
  exec: boolean;
  line: number;
  column: number;
  endLine: number;
  /** `--name=value` flags (FROM --platform, HEALTHCHECK --interval, …). */
  flags: Record<string, string>;
  /** Key/value pairs for ENV, ARG and LABEL (value null when absent), at the name; `valueLine`/`valueColumn`: where the value starts (its quote, if quoted). */
  properties: { name: string; value: string | null; line: number; column: number; valueLine?: number; valueColumn?: number }[];
  /**
   * The here-documents of a `RUN`/`COPY`/`ADD` (BuildKit: `COPY <<EOF /start.sh`): each one's name (`EOF`), whether its opener
   * strips leading tabs (`<<-`), and its body as written (`line`: the body's first line; `text`: its lines, tabs stripped for
   * `<<-`). A `COPY`/`ADD`'s `argv` holds only the words before the bodies (`<<EOF`, the destination). Absent when none.
   */
  heredocs?: DockerHeredoc[];
  /**
   * The `ENV`/`ARG` an `ONBUILD` registers (`ONBUILD ENV API_TOKEN=…`), read as that instruction where it is written. Docker
   * stores the trigger in the image config (`Config.OnBuild`) and runs it in every build `FROM` the image. Absent otherwise.
   */
  trigger?: DockerInstruction;
}

/** A here-document of an instruction (see DockerInstruction.heredocs). */
export interface DockerHeredoc { name: string; strip: boolean; line: number; text: string }

export interface DockerFrom {
  line: number;
  column: number;
  /** The image reference as written (`python:${PY}-slim`). */
  raw: string;
  /** The reference with ARG defaults substituted, or null when a variable has no value. */
  image: string | null;
  /** Column (1-based) of the image reference. */
  imageColumn: number;
  /** The line of the image reference (a `FROM \\` continued onto the next line names it there). */
  imageLine: number;
  platform: string | null;
  /** The earlier stage this FROM refers to by name, if any. */
  stage: DockerStage | null;
}

export interface DockerStage {
  index: number;
  name: string | null;
  from: DockerFrom;
  instructions: DockerInstruction[];
}

export interface DockerfileModel {
  path: string;
  /** What Docker would refuse to build (first first): an instruction before `FROM`, a `FROM` or `USER` without its argument, a line that is no instruction, a malformed instruction (see instructionProblem). */
  problems: { line: number; column: number; message: string }[];
  stages: DockerStage[];
  final: DockerStage | null;
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Map<string, string | null>;
  /** Those ARGs as written, in order (their defaults unexpanded), for globalArgsWith. */
  globalArgDecls?: { name: string; value: string | null }[];
}

/**
 * The ARGs before the first FROM as a build with these `--build-arg`s (compose `build.args`) sees them: a passed value
 * replaces the default of an ARG the Dockerfile declares there (null: passed, its value not known), and the defaults
 * after it are expanded again with it (`ARG BASE=python:${PY}-slim`). Names the Dockerfile does not declare are ignored, as Docker does.
 */
export function globalArgsWith(df: DockerfileModel, buildArgs: ReadonlyMap<string, string | null>): Map<string, string | null> {
  if (!df.globalArgDecls) return new Map(df.globalArgs);
  const out = new Map<string, string | null>();
  for (const d of df.globalArgDecls) {
    out.set(d.name, buildArgs.has(d.name) ? buildArgs.get(d.name)! : d.value === null ? null : (substitute(d.value, out) ?? d.value));
  }
  return out;
}

/**
 * The stage followed by the stages it inherits from (`FROM builder AS final` → [final, builder, …]), the whole chain as
 * Docker follows it: a stage seen again (a cycle, which the parser refuses) ends it, and so does MAX_LINEAGE, more stages
 * than a Dockerfile the reader parses (at most 256 KiB) can hold — a cut chain would take a stage for the base image.
 */
export function lineage(stage: DockerStage): DockerStage[] {
  const out: DockerStage[] = [];
  const seen = new Set<DockerStage>();
  let s: DockerStage | null = stage;
  while (s && !seen.has(s) && out.length < MAX_LINEAGE) {
    out.push(s);
    seen.add(s);
    s = s.from.stage;
  }
  return out;
}
const MAX_LINEAGE = 100_000;

/** All instructions that take effect in `stage`, inherited ones first. */
export function effectiveInstructions(stage: DockerStage): DockerInstruction[] {
  return lineage(stage).reverse().flatMap((s) => s.instructions);
}

/**
 * The instructions that take effect in `stage` (inherited ones first), each with the variables in scope
 * when it runs: `ARG` defaults (a bare `ARG X` takes the global default) and `ENV` values, resolved
 * as they are declared (null: a variable without a value). The map is live: read it before the next step.
 */
export function* withVariables(df: DockerfileModel, stage: DockerStage, buildArgs?: ReadonlyMap<string, string | null>): Generator<{ ins: DockerInstruction; vars: ReadonlyMap<string, string | null> }> {
  const vars = new Map<string, string | null>();
  // `--build-arg`s (compose `build.args`): a value passed replaces an ARG's default, in the stage and before the first FROM.
  const globals = buildArgs ? globalArgsWith(df, buildArgs) : df.globalArgs;
  for (const ins of effectiveInstructions(stage)) {
    yield { ins, vars };
    if (ins.keyword === 'ARG') for (const p of ins.properties) vars.set(p.name, buildArgs?.has(p.name) ? buildArgs.get(p.name)! : p.value !== null ? substitute(p.value, vars) : (vars.get(p.name) ?? globals.get(p.name) ?? null));
    // One ENV substitutes the values from before it (`ENV a=bye b=$a` sets b to the older a).
    else if (ins.keyword === 'ENV') for (const [name, value] of ins.properties.map((p) => [p.name, p.value === null ? null : substitute(p.value, vars)] as const)) vars.set(name, value);
  }
}

/** An `ENV` the image ships: the last one of its name in the stage and those it inherits from. */
export interface ShippedEnv { name: string; raw: string | null; value: string | null; line: number; column: number; buildArgs: ReadonlySet<string> }

/**
 * The environment `stage` ships: for each name the last `ENV` that sets it (a later `ENV NODE_ENV=production`
 * replaces an inherited `ENV NODE_ENV=development`), with its value resolved as Docker does (`$X`, `${X:-d}`
 * from `ARG` defaults and earlier `ENV`s; null when a variable has no value). `buildArgs`: the `ARG` names in scope.
 * `passed`: the `--build-arg`s of a build (compose `build.args`), which replace the ARG defaults as withVariables says.
 */
export function shippedEnv(df: DockerfileModel, stage: DockerStage, passed?: ReadonlyMap<string, string | null>): ShippedEnv[] {
  const last = new Map<string, ShippedEnv>();
  const args = new Set<string>();
  for (const { ins, vars } of withVariables(df, stage, passed)) {
    if (ins.keyword === 'ARG') for (const p of ins.properties) args.add(p.name);
    if (ins.keyword !== 'ENV') continue;
    for (const p of ins.properties) {
      const value = p.value !== null && p.value.includes('$') ? substitute(p.value, vars as Map<string, string | null>) : p.value;
      last.delete(p.name);
      last.set(p.name, { name: p.name, raw: p.value, value, line: p.line, column: p.column, buildArgs: new Set(args) });
    }
  }
  return [...last.values()];
}

/**
 * The ` # …` text that trails a value, and the value before it. A Dockerfile has no trailing comments: the legacy
 * `ENV FLASK_DEBUG 1 # TODO` takes the whole rest of the line, so the image gets `1 # TODO` (a `#` that follows no
 * blank, `a#b`, is plain value). Checks judge what the author meant (the value before it) and say the comment ships
 * too. Null when there is none. Found with `search` (linear on long runs of blanks).
 */
export function trailingComment(value: string): { before: string; comment: string } | null {
  if (value.startsWith('#')) return { before: '', comment: value };
  const blank = value.search(/[ \t]#/);
  return blank < 0 ? null : { before: value.slice(0, blank).trimEnd(), comment: value.slice(blank + 1) };
}

/**
 * An instruction written as a JSON array with text after its `]` (`CMD ["flask", "run"] # dev only`): BuildKit parses the
 * exec form strictly (trailing text is no JSON), so it takes the whole line as the shell form, `/bin/sh -c '["flask","run"] # …'`,
 * a command that does not exist. The array as written and the text after it; null for anything else.
 */
export function jsonWithTrailer(d: DockerInstruction): { json: string; rest: string } | null {
  if (d.exec || !d.args.startsWith('[')) return null;
  let at = d.args.indexOf(']');
  for (let tries = 0; at >= 0 && tries < 32; tries++, at = d.args.indexOf(']', at + 1)) {
    const rest = d.args.slice(at + 1).trim();
    if (!rest) return null;
    try {
      const v: unknown = JSON.parse(d.args.slice(0, at + 1));
      if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return { json: d.args.slice(0, at + 1), rest };
    } catch { /* a `]` inside a string: try the next one */ }
  }
  return null;
}

/**
 * An instruction written as an array of single-quoted strings (`CMD ['gunicorn', 'app:app']`): JSON strings take double quotes,
 * so Docker reads the shell form, `/bin/sh -c "['gunicorn','app:app']"`, a command that does not exist (hadolint DL3025). The
 * array with double quotes; null for anything else.
 */
export function singleQuotedArray(d: DockerInstruction): string | null {
  if (d.exec || !/^\[[\s\S]*\]$/.test(d.args) || !d.args.includes("'")) return null;
  const words: string[] = [];
  // A word in single quotes, not only an apostrophe inside a double-quoted one (`["sh", "-c", "echo 'hi'",]` fails for its comma).
  let quoted = false;
  let rest: string;
  try {
    rest = d.args.slice(1, -1).replace(/\s*(?:'([^'\\]*)'|"((?:[^"\\]|\\.)*)")\s*(,|$)/g, (_m, single: string | undefined, double: string | undefined) => {
      if (single !== undefined) quoted = true;
      words.push(single ?? JSON.parse(`"${double}"`) as string);
      return '';
    });
  } catch { return null; }
  return quoted && rest.trim() === '' ? JSON.stringify(words).replace(/","/g, '", "') : null;
}

/** The base image (not a stage) that `stage` ultimately builds on. */
export function rootFrom(stage: DockerStage): DockerFrom {
  const chain = lineage(stage);
  return chain[chain.length - 1]!.from;
}

/** Substitutes `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}` (a `${VAR:?message}` is left as written); null when a variable is unknown. */
export function substitute(text: string, vars: Map<string, string | null>): string | null {
  let unresolved = false;
  const out = replaceVarRefs(text, ({ name, op, word }) => {
    const has = vars.has(name) && vars.get(name) !== null;
    const value = has ? vars.get(name)! : undefined;
    if (op === ':-' || op === '-') {
      if (value !== undefined && (op === '-' || value !== '')) return value;
      return word ?? '';
    }
    if (op === ':+' || op === '+') return value !== undefined && (op === '+' || value !== '') ? (word ?? '') : '';
    if (value === undefined) { unresolved = true; return ''; }
    return value;
  }, '-+');
  return unresolved ? null : out;
}

/**
 * A word as Docker's shell-word expansion leaves it (`USER "${UID}:${GID}"` → `1000:1000`): variables
 * substituted outside single quotes, the quotes removed. Null when a variable is unknown.
 */
export function expandWord(text: string, vars: Map<string, string | null>): string | null {
  let out = '';
  for (const m of text.matchAll(/'([^']*)'?|"((?:[^"\\]|\\.)*)"?|[^'"]+/g)) {
    const part = m[1] !== undefined ? m[1] : substitute(m[2] !== undefined ? m[2].replace(/\\(["\\])/g, '$1') : m[0], vars);
    if (part === null) return null;
    out += part;
  }
  return out;
}

function pos(p: { line: number; character: number }) {
  return { line: p.line + 1, column: p.character + 1 };
}

/**
 * dockerfile-ast recomputes an instruction's raw arguments (a character walk that builds a Range
 * per word) on every call, and its own getArgumentsContent, getFlags and getArguments call each
 * other: five walks per instruction. The document never changes, so the first walk is kept on the
 * instance (copied per call: ModifiableInstruction.getArguments shifts the flags off its array).
 */
function cacheRawArguments(ins: Instruction): void {
  const own = ins as unknown as { getRawArguments?: () => unknown[] };
  if (typeof own.getRawArguments !== 'function') return;
  const raw = own.getRawArguments();
  own.getRawArguments = () => raw.slice();
}

/**
 * The here-documents of a RUN/COPY/ADD `ins`, their bodies read from the source `lines` (dockerfile-ast's ranges: the text it
 * parses keeps every line where it is). Only closed ones (an unterminated one is a parse problem of its own).
 */
function heredocsOf(ins: Instruction, keyword: string, lines: readonly string[]): DockerHeredoc[] {
  if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') return [];
  type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
  try {
    const docs = (ins as unknown as { getHeredocs?: () => { getName(): string; getNameRange(): Range | null; getContentRange(): Range | null; getDelimiterRange(): Range | null }[] }).getHeredocs?.() ?? [];
    const out: DockerHeredoc[] = [];
    for (const h of docs) {
      const name = h.getName();
      const end = h.getDelimiterRange();
      const opener = h.getNameRange();
      if (!name || !end || !opener) continue;
      // `<<-NAME`, `<<-'NAME'`: the characters before the name on the opener's line.
      const strip = /<<-[ \t]*["']?$/.test((lines[opener.start.line] ?? '').slice(0, opener.start.character));
      const content = h.getContentRange();
      const first = content ? content.start.line : end.start.line;
      const body = content ? lines.slice(content.start.line, end.start.line).map((l) => l.replace(/\r$/, '')) : [];
      out.push({ name, strip, line: first + 1, text: (strip ? body.map((l) => l.replace(/^\t+/, '')) : body).join('\n') });
    }
    return out;
  } catch { return []; }
}

/**
 * The declarations of an `ARG`, one per word: BuildKit's parseArg reads `ARG <name>[=<default>] [<name>[=<default>]...]`
 * word by word (`ARG BUILD_DATE VCS_REF NODE_ENV=development` declares three, the last with a default; `ARG A B="x y"`
 * two). dockerfile-ast reads an ARG as an ENV, whose first word without `=` takes the rest of the line as its value (the
 * legacy `ENV NAME value`), which ARG does not have. Its quote- and escape-aware word split is kept. Null when
 * dockerfile-ast offers no such split (the caller then takes its properties).
 */
function argProperties(ins: Instruction): Property[] | null {
  const own = ins as unknown as { getPropertyArguments?: () => Argument[]; document?: unknown; escapeChar?: unknown };
  if (typeof own.getPropertyArguments !== 'function' || !own.document || typeof own.escapeChar !== 'string') return null;
  try {
    return own.getPropertyArguments().map((a) => new Property(own.document as ConstructorParameters<typeof Property>[0], own.escapeChar as string, a));
  } catch { return null; }
}

/** The `ENV`/`ARG` trigger of an `ONBUILD` (see DockerInstruction.trigger); null for other triggers. */
function onbuildTrigger(ins: Instruction): DockerInstruction | null {
  try {
    const t = (ins as unknown as { getTriggerInstruction?: () => Instruction | null }).getTriggerInstruction?.() ?? null;
    const keyword = t?.getKeyword().toUpperCase();
    return t && (keyword === 'ENV' || keyword === 'ARG') ? toInstruction(t) : null;
  } catch { return null; }
}

function toInstruction(ins: Instruction, lines: readonly string[] = []): DockerInstruction {
  cacheRawArguments(ins);
  const range = ins.getRange();
  const keyword = ins.getKeyword().toUpperCase();
  const heredocs = heredocsOf(ins, keyword, lines);
  const args = (ins.getArgumentsContent() ?? '').trim();
  let argv: string[] = [];
  let exec = false;
  if (args.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(args);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) { argv = parsed as string[]; exec = true; }
    } catch { /* not JSON: shell form */ }
  }
  const flags: Record<string, string> = {};
  // dockerfile-ast keeps `--flag=value` out of the arguments of instructions that take flags.
  const withFlags = ins as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] };
  for (const f of withFlags.getFlags?.() ?? []) flags[f.getName()] = f.getValue() ?? '';
  if (!exec) {
    // A COPY/ADD's here-document bodies are file contents, not more sources: its words end where the first body starts.
    const bodyStart = keyword !== 'RUN' && heredocs.length ? heredocs[0]!.line - 1 : Infinity;
    const words = ins.getArguments().filter((a) => a.getRange().start.line < bodyStart).map((a) => a.getValue());
    let i = 0;
    // Leading --flags belong to the instruction (FROM --platform, COPY --chown, HEALTHCHECK --interval).
    while (i < words.length && /^--[a-z-]+(=|$)/.test(words[i]!) && keyword !== 'RUN' && keyword !== 'CMD' && keyword !== 'ENTRYPOINT') {
      const [k, ...v] = words[i]!.slice(2).split('=');
      flags[k!] = v.join('=');
      i++;
    }
    argv = words.slice(i);
  }
  const properties: DockerInstruction['properties'] = [];
  if (keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL') {
    type Prop = { getName(): string; getValue(): string | null; getNameRange(): { start: { line: number; character: number } }; getValueRange?(): { start: { line: number; character: number } } | null };
    const getProps = (ins as unknown as { getProperties?: () => Prop[]; getProperty?: () => Prop | null });
    const props = (keyword === 'ARG' ? argProperties(ins) : null)
      ?? (getProps.getProperties ? getProps.getProperties() : getProps.getProperty ? [getProps.getProperty()].filter((p) => p !== null) : []);
    for (const p of props) {
      if (!p) continue;
      const at = pos(p.getNameRange().start);
      const valueRange = p.getValue() === null ? null : (p.getValueRange?.() ?? null);
      const v = valueRange ? pos(valueRange.start) : null;
      properties.push({ name: p.getName(), value: p.getValue(), line: at.line, column: at.column, ...(v ? { valueLine: v.line, valueColumn: v.column } : {}) });
    }
  }
  const start = pos(range.start);
  const trigger = keyword === 'ONBUILD' ? onbuildTrigger(ins) : null;
  return { keyword, args, argv, exec, line: start.line, column: start.column, endLine: range.end.line + 1, flags, properties, ...(heredocs.length ? { heredocs } : {}), ...(trigger ? { trigger } : {}) };
}

/** Parses a Dockerfile into stages with ARG-resolved `FROM`s and stage inheritance. Never throws. */
/** Dockerfile instructions (BuildKit's); parser directives and comments are no instructions. */
const INSTRUCTIONS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

/** Instructions BuildKit refuses without an argument (beyond USER, ARG and HEALTHCHECK, which have their own messages). */
const NEEDS_ARGUMENT = new Set(['MAINTAINER', 'WORKDIR', 'STOPSIGNAL', 'ENV', 'LABEL', 'ONBUILD', 'EXPOSE', 'VOLUME', 'SHELL']);
/** Instructions whose arguments BuildKit reads as a JSON array when they look like one. */
const JSON_FORM = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'ADD', 'COPY', 'VOLUME', 'SHELL']);
const jsonArrayOfOther = (text: string): boolean => {
  try { const v: unknown = JSON.parse(text); return Array.isArray(v) && v.some((x) => typeof x !== 'string'); } catch { return false; }
};

/** Whether `text` opens a `${` it never closes (single-quoted text is not expanded). */
const unclosedVariable = (text: string): boolean => /\$\{[^}]*$/.test(text.replace(/\\./g, '').replace(/'[^']*'/g, ''));

/**
 * Why Docker refuses an instruction of a stage (null when it does not): a word that is no instruction
 * (named by its line only, as it may be anything pasted), a git merge-conflict marker, a `FROM` with
 * `AS` but no name (or extra words), an instruction without the argument it needs, a `COPY`/`ADD` without a destination,
 * a forbidden `ONBUILD` trigger, a JSON array of non-strings, a `SHELL` not in JSON form, a `USER` of several words, `${` without its `}`, an `ENV`
 * without a value or an `ENV`/`ARG` without a name, a `HEALTHCHECK` without `CMD` or `NONE`, a `CMD` without a command or a `NONE` with one.
 */
function instructionProblem(d: DockerInstruction): string | null {
  if (/^(?:<{7}|={7}|>{7})/.test(d.keyword)) return `line ${d.line} is a git merge-conflict marker (resolve the conflict)`;
  if (!INSTRUCTIONS.has(d.keyword)) {
    const near = /^[A-Z]{2,16}$/.test(d.keyword) ? nearestName(d.keyword, INSTRUCTIONS) : null;
    return `line ${d.line} is not a Dockerfile instruction${near ? ` (did you mean ${near}?)` : ''}`;
  }
  if (d.keyword === 'FROM' && d.argv.length && !/^as$/i.test(d.argv[0]!) && d.argv.length !== 1 && !(d.argv.length === 3 && /^as$/i.test(d.argv[1]!))) {
    // `FROM python:latest # preflight-ignore image-tag-pinned: …`: the comment's words are more arguments.
    if (d.argv.slice(1).some((w) => w.startsWith('#'))) return trailingCommentProblem(d);
    return d.argv.length === 2 && /^as$/i.test(d.argv[1]!) ? 'FROM ends with AS but names no stage' : 'FROM takes an image and optionally AS <name>, nothing more';
  }
  // BuildKit's errExactlyOneArgument / errAtLeastOneArgument / errNoDestinationArgument (instructions/parse_test.go); USER, ARG and HEALTHCHECK have their own.
  if (NEEDS_ARGUMENT.has(d.keyword) && !d.args) return `${d.keyword} takes an argument but has none`;
  if ((d.keyword === 'COPY' || d.keyword === 'ADD') && d.argv.length < 2) return `${d.keyword} needs a source and a destination (${d.keyword} <src>... <dest>)`;
  if (d.keyword === 'ONBUILD') {
    const trigger = /^\S+/.exec(d.args)?.[0]?.toUpperCase();
    if (trigger === 'FROM' || trigger === 'ONBUILD' || trigger === 'MAINTAINER') return `ONBUILD ${trigger} is not allowed as a trigger`;
  }
  // "JSON arrays must contain only strings" (testfiles-negative/shykes-nested-json); a string that is no JSON is the shell form.
  if (JSON_FORM.has(d.keyword) && d.args.startsWith('[') && !d.exec && jsonArrayOfOther(d.args)) return `${d.keyword} is a JSON array of something other than strings`;
  if (d.keyword === 'SHELL' && d.args && !d.exec) return 'SHELL must be a JSON array (SHELL ["/bin/bash", "-c"])';
  // `ENV FLASK_DEBUG=1 # note`: each word is a NAME=value pair, so the `#` is one without its `=` (BuildKit: can't find = in "#").
  if ((d.keyword === 'ENV' || d.keyword === 'LABEL') && d.properties.some((p) => p.value === null && p.name.startsWith('#'))) return trailingCommentProblem(d);
  // `ENV X=${X:?set X}`: a blank splits the value, and the word after it has no `=`.
  const loose = d.keyword === 'ENV' || d.keyword === 'LABEL' ? d.properties.find((p) => p.value === null) : undefined;
  if (loose && d.properties.some((p) => p.value !== null)) {
    // The loose word is often the rest of the value before it: after a secret-sounding name it is not quoted back (a parse-error reaches every output).
    const before = d.properties[d.properties.indexOf(loose) - 1];
    const word = before && SECRETISH_NAME.test(before.name) ? `after ${before.name}=…` : `'${loose.name.slice(0, 40)}'`;
    return `${d.keyword} word ${word} is not NAME=value (in the NAME=value form every word is one: a value with blanks needs quotes, ${d.keyword} NAME="a b")`;
  }
  if (d.keyword === 'LABEL' && d.properties.some((p) => p.value === null)) return 'LABEL names a label without a value (LABEL name=value)';
  if (d.keyword === 'USER' && d.argv.length > 1) return 'USER names more than one user (it takes one user[:group])';
  if ((d.keyword === 'USER' || d.keyword === 'FROM' || d.keyword === 'WORKDIR' || d.keyword === 'ENV' || d.keyword === 'ARG') && unclosedVariable(d.args)) return `${d.keyword} opens a \${ without its closing }`;
  if ((d.keyword === 'ENV' || d.keyword === 'ARG' || d.keyword === 'LABEL') && d.properties.some((p) => !p.name)) return `${d.keyword} sets ${d.keyword === 'LABEL' ? 'a label' : 'a variable'} without a name`;
  if (d.keyword === 'ENV' && d.properties.some((p) => p.value === null)) return 'ENV names a variable without a value (ENV NAME=value)';
  if (d.keyword === 'HEALTHCHECK' && !/^(?:CMD|NONE)$/i.test(d.argv[0] ?? '')) return 'HEALTHCHECK names neither CMD nor NONE';
  // BuildKit: "Missing command after HEALTHCHECK CMD", "HEALTHCHECK NONE takes no arguments".
  if (d.keyword === 'HEALTHCHECK' && d.argv.length === 1 && /^CMD$/i.test(d.argv[0]!)) return 'HEALTHCHECK CMD names no command';
  if (d.keyword === 'HEALTHCHECK' && d.argv.length > 1 && /^NONE$/i.test(d.argv[0]!)) return 'HEALTHCHECK NONE takes no arguments';
  return null;
}

/** Said of a `preflight-ignore` that trails an instruction: Dockerfiles have no trailing comments. */
export const SUPPRESS_HINT = '; the preflight-ignore in it suppresses nothing there: a Dockerfile suppression goes on a line of its own before the instruction';

/**
 * The problem of an instruction whose line ends in a ` # …` comment, as Docker sees it: more arguments (`FROM`), a
 * NAME=value pair without its `=` (`ENV`, `LABEL`). A `preflight-ignore` there is part of the line too, so it suppresses nothing.
 */
function trailingCommentProblem(d: DockerInstruction): string {
  const comment = trailingComment(d.args)?.comment ?? '#';
  const shown = comment.length > 60 ? `${comment.slice(0, 60)}…` : comment;
  const what = d.keyword === 'FROM' ? 'more arguments to FROM' : `NAME=value pairs, and '${comment.split(/\s/)[0]}' has no =`;
  const suppress = /preflight-ignore/i.test(comment) ? SUPPRESS_HINT : '';
  return `${d.keyword} ends in '${shown}', a trailing comment, which Dockerfiles do not have: Docker reads its words as ${what}, so it refuses to build it; put the comment on its own line${suppress}`;
}

/**
 * BuildKit reads a word `<digits><<NAME` as a here-document on that file descriptor (`RUN 5<<EOF cat
 * /proc/self/fd/5`), and `<< NAME` / `<<- NAME` (blanks before the name: `RUN cat << EOF > /etc/motd`)
 * as one too, as is `<<eo'f'` (`eof`); dockerfile-ast knows only `<<NAME` and `<<'NAME'`, so it would read the body as
 * instructions. On RUN/COPY/ADD lines the name is quoted whole, the blanks move before the `<<` and the descriptor
 * digits become spaces (columns kept).
 */
const heredocDescriptors = (text: string): string =>
  text.includes('<<') ? text.replace(/^([ \t]*(?:ONBUILD[ \t]+)?(?:RUN|COPY|ADD)[ \t][^\n]*)$/gim, (line) => line
    // `<<NAME` inside a quoted word (`RUN echo "use <<EOF here"`) opens nothing for BuildKit; dockerfile-ast would read the
    // rest of the file as its body. Same length: `< NAME`.
    .replace(/'[^'\n]*'|"(?:[^"\\\n]|\\.)*"/g, (quoted) => quoted.replace(/<<(?=-?[ \t]*["']?[A-Za-z_])/g, '< '))
    // A quoted tail names the heredoc too (`<<eo'f'` is `eof`, not expanded): quoted whole, same length.
    .replace(/(?<=[ \t])(\d*<<-?)([A-Za-z_][A-Za-z0-9_]*)(["'])([A-Za-z0-9_]+)\3(?=[ \t\r]|$)/g, (_m, open: string, head: string, q: string, tail: string) => open + q + head + tail + q)
    .replace(/(?<=[ \t])(\d*<<-?)([ \t]+)((["']?)[A-Za-z_][A-Za-z0-9_]*\4)(?=[ \t\r]|$)/g, (_m, open: string, blanks: string, name: string) => blanks + open + name)
    .replace(/(?<=[ \t])\d+(?=<<-?["']?[A-Za-z_])/g, (d) => ' '.repeat(d.length))) : text;

/**
 * The name of a here-document `ins` opens but no line closes (BuildKit: "unterminated heredoc"; dockerfile-ast reads
 * the rest of the file as its body, hiding every instruction after it). Quoted `<<NAME` words open none: heredocDescriptors
 * has already taken them out of what dockerfile-ast parses.
 */
function unterminatedHeredoc(ins: Instruction, keyword: string): string | null {
  // Only RUN, COPY and ADD take here-documents; dockerfile-ast's getHeredocs throws on some malformed other
  // instructions (`FROM  \` continued onto a `\# escape=` line), and a parse must never throw.
  if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') return null;
  try {
    const docs = (ins as unknown as { getHeredocs?: () => { getName(): string; getDelimiterRange(): unknown }[] }).getHeredocs?.() ?? [];
    return docs.find((h) => !h.getDelimiterRange() && h.getName())?.getName() ?? null;
  } catch { return null; }
}

/**
 * The largest Dockerfile parsed (bytes). dockerfile-ast's tree costs about 300 bytes of memory per byte of input (a
 * 1 MiB Dockerfile: ~330 MB, twenty of them 1.7 GB), while real Dockerfiles stay well under 50 KB: 256 KiB is five
 * times that, and bounds one parse to ~80 MB. A larger one is not judged (snapshot.ts notes it; the secret scan reads it).
 */
export const MAX_DOCKERFILE_BYTES = 256 * 1024;

export function parseDockerfile(path: string, text: string): DockerfileModel {
  const source = text.replace(/^\uFEFF/, '');
  const df = DockerfileParser.parse(heredocDescriptors(source));
  const sourceLines = source.includes('<<') ? source.split('\n') : [];
  const instructions = df.getInstructions();
  const globalArgs = new Map<string, string | null>();
  const globalArgDecls: { name: string; value: string | null }[] = [];
  const stages: DockerStage[] = [];
  const problems: DockerfileModel['problems'] = [];
  let current: DockerStage | null = null;
  for (const ins of instructions) {
    const d = toInstruction(ins, sourceLines);
    // An unknown "instruction" is named by its line only: it can be anything (`AWS_SECRET_ACCESS_KEY=…` pasted from an env file).
    if (!current && d.keyword !== 'FROM' && d.keyword !== 'ARG') problems.push({ line: d.line, column: d.column, message: INSTRUCTIONS.has(d.keyword) ? `${d.keyword} before the first FROM (only ARG may come first): Docker refuses to build it` : `line ${d.line} is not a Dockerfile instruction (expected FROM, or ARG before it): Docker refuses to build it` });
    if (d.keyword === 'FROM' && (!d.argv.length || /^as$/i.test(d.argv[0]!))) problems.push({ line: d.line, column: d.column, message: 'FROM names no image: Docker refuses to build it' });
    if ((d.keyword === 'USER' || d.keyword === 'ARG') && !d.args) problems.push({ line: d.line, column: d.column, message: `${d.keyword} names no ${d.keyword === 'USER' ? 'user' : 'variable'}: Docker refuses to build it` });
    // `USER root # temporarily`: a Dockerfile has no trailing comments, so BuildKit takes the whole rest of the line for the user
    // name; the build goes on and fails at the next RUN, or the container at its start ("unable to find user").
    else if (current && d.keyword === 'USER' && d.argv.length > 1 && d.argv[1]!.startsWith('#')) problems.push({ line: d.line, column: d.column, message: `USER '${d.args.slice(0, 80)}' holds a trailing comment, which Dockerfiles do not have: the user name is all of it, a user that does not exist (the next RUN or the container's start fails); put the comment on its own line${/preflight-ignore/i.test(d.args) ? SUPPRESS_HINT : ''}` });
    else if (current || d.keyword === 'FROM' || d.keyword === 'ARG') { const p = instructionProblem(d); if (p) problems.push({ line: d.line, column: d.column, message: / refuses to build it\b/.test(p) ? p : `${p}: Docker refuses to build it` }); }
    const heredoc = unterminatedHeredoc(ins, d.keyword);
    if (heredoc) problems.push({ line: d.line, column: d.column, message: `${d.keyword} opens the here-document <<${heredoc}, but no line ${heredoc} closes it (everything after it would be its body): Docker refuses to build it` });
    if (d.keyword === 'FROM') {
      const words = d.argv;
      const raw = words[0] ?? '';
      const asIdx = words.findIndex((w) => w.toLowerCase() === 'as');
      const name = asIdx > 0 ? (words[asIdx + 1] ?? null) : null;
      const image = substitute(raw, globalArgs);
      const lower = image?.toLowerCase() ?? null;
      const stage = lower ? (stages.find((s) => s.name?.toLowerCase() === lower) ?? null) : null;
      const args = ins.getArguments();
      const imageArg = args.find((a) => !a.getValue().startsWith('--'));
      const imageColumn = imageArg ? imageArg.getRange().start.character + 1 : d.column;
      const imageLine = imageArg ? imageArg.getRange().start.line + 1 : d.line;
      const refused = stage || problems.length ? null : imageRefProblem(raw);
      if (refused) problems.push({ line: imageLine, column: imageColumn, message: `FROM ${refused}: Docker refuses to build it` });
      current = {
        index: stages.length,
        name,
        from: { line: d.line, column: d.column, raw, image, imageColumn, imageLine, platform: d.flags['platform'] ?? null, stage },
        instructions: [],
      };
      stages.push(current);
    } else if (!current) {
      // Docker expands a default when it is declared (`ARG BASE=python:${PY}-slim` uses the PY above it); one that
      // names a variable without a value stays as written, for the reader to judge what it can see.
      if (d.keyword === 'ARG') for (const p of d.properties) { globalArgs.set(p.name, p.value === null ? null : (substitute(p.value, globalArgs) ?? p.value)); globalArgDecls.push({ name: p.name, value: p.value }); }
    } else {
      current.instructions.push(d);
    }
  }
  // Nothing to build: an empty file, only comments, or ARGs alone.
  if (!stages.length && !problems.length) problems.push({ line: 1, column: 1, message: `${instructions.length ? 'no FROM instruction' : 'no instructions (empty, or only comments)'}: Docker refuses to build it` });
  return { path, stages, final: stages[stages.length - 1] ?? null, globalArgs, globalArgDecls, problems };
}

/** docker/distribution's reference grammar (reference/regexp.go): `[host[:port]/]path[:tag][@digest]`. */
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);

/**
 * Why Docker refuses the image reference of a `FROM` written out literally (null when it does not, or cannot tell):
 * upper case in the repository name (`Python:3.12`, `ghcr.io/Owner/app`: "repository name must be lowercase"; a
 * registry host may have it) or no reference at all (`node:20:alpine`, `python:`: "invalid reference format"). A
 * reference built from variables (`${BASE}`, `$REG/app:${TAG}`: a `--build-arg` may set them) or quoted is not judged,
 * nor an earlier stage's name (the caller's: matched case-insensitively, as BuildKit does) or `scratch`.
 */
export function imageRefProblem(ref: string): string | null {
  if (!ref || /[$"'\\]/.test(ref) || /^scratch$/i.test(ref)) return null;
  const long = overImageLimits(ref);
  if (long) return `image '${shownRef(ref)}' is not a valid image reference: ${long}`;
  // docker's splitDockerDomain: a first component with `.` or `:`, `localhost`, or upper case, is a registry host.
  const slash = ref.indexOf('/');
  const first = slash === -1 ? '' : ref.slice(0, slash);
  const host = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  const start = host ? slash + 1 : 0;
  const repository = ref.slice(start).replace(/[:@].*$/, '');
  // Lowered where it is written (not at its first occurrence: `Ab.io/Ab`'s host holds it too).
  const lowered = `${ref.slice(0, start)}${repository.toLowerCase()}${ref.slice(start + repository.length)}`;
  if (repository !== repository.toLowerCase() && REFERENCE.test(lowered)) {
    return `image '${ref}' has upper case in its repository name '${repository}', which must be lowercase ('${repository.toLowerCase()}')`;
  }
  if (REFERENCE.test(ref)) return null;
  return `image '${shownRef(ref)}' is not a valid image reference ([registry/]name[:tag][@digest], one tag, lower-case name)`;
}

/** Docker's limits on an image reference (distribution/reference): a name of at most 255 characters, a tag of at most 128. */
const MAX_IMAGE_NAME = 255;
const MAX_IMAGE_TAG = 128;

/**
 * Why an image reference is beyond Docker's limits (its name over 255 characters, its tag over 128: Docker refuses it),
 * or null. Such a reference is malformed, not an image to judge.
 */
export function overImageLimits(ref: string): string | null {
  const { name, tag } = parseImageRef(ref);
  if (name.length > MAX_IMAGE_NAME) return `its name is ${name.length} characters long (Docker allows at most ${MAX_IMAGE_NAME})`;
  if (tag !== null && tag.length > MAX_IMAGE_TAG) return `its tag is ${tag.length} characters long (Docker allows at most ${MAX_IMAGE_TAG})`;
  return null;
}

/** An image reference as a message shows it: one longer than any Docker accepts cut to its first 100 characters and `…`. */
export function shownRef(ref: string): string {
  return ref.length <= 512 ? ref : `${ref.slice(0, 100)}…`;
}

/**
 * An image reference's repository as the tables of known images key it: lower case, without its tag or digest, and without
 * Docker Hub's own host (`docker.io/keycloak/keycloak:26.0` → `keycloak/keycloak`).
 */
export function imageRepository(ref: string): string {
  return parseImageRef(ref).name.toLowerCase().replace(/^(?:docker\.io|index\.docker\.io)\//, '');
}

/** Splits an image reference into registry/repository, tag and digest. Registry ports are not tags. */
export function parseImageRef(ref: string): { name: string; tag: string | null; digest: string | null } {
  let rest = ref.trim();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) { digest = rest.slice(at + 1); rest = rest.slice(0, at); }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | null = null;
  if (colon > slash) { tag = rest.slice(colon + 1); rest = rest.slice(0, colon); }
  return { name: rest, tag, digest };
}
