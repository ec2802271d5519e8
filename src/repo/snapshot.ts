import fs from 'node:fs';
import path from 'node:path';
import { gitIgnores, gitignore, type IgnoreRules } from './files.js';
import { MAX_DOCKERFILE_BYTES, parseDockerfile, type DockerfileModel } from './dockerfile.js';
import { blankJsonc, jsoncProblem, jsonParseProblem, jsonTooDeep } from './json.js';
import { isObject, parseYaml, MAX_FLOW_DEPTH, TOO_DEEP, type YamlDoc, type YamlFile, type YamlPath } from './yaml.js';
import { parseEnv, type EnvFile } from './env.js';
import { composeBuild, composeServices, composeShapeProblems, composeExtendsFiles, composeIncludeFiles, composeIncludeProblems, shadowingComposeFile, type ComposeFile } from './compose.js';
import { composeCommandLists, composeFileEnvList, isComposeCommandFile, type ComposeFileList } from './compose-lists.js';
import { toK8sObject, expandK8sObject, jsonManifest, podTemplateShapeProblem, serviceShapeProblem, type K8sObject } from './k8s.js';
import { findSuppressions, type Suppression } from './suppress.js';
import { MAX_FILE_BYTES, RepoReader, BINARY_SKIP, SCAN_LIMIT_SKIPS, TOO_LARGE_SKIP, UNREADABLE_SKIP, LFS_POINTER_PROBLEM, isLfsPointer, type Skip, type TextChunk } from './read.js';
import { hasErb, helmDefaultRender, helmRepoOf, neutralizeErb, parseSpringYaml } from './prerender.js';
import { isTerraformTemplate, terraformTemplateYaml } from './helm-installs.js';
import { perObject } from './memo.js';
import { readPlatformDockerfiles, workflowDockerfiles } from './platform-files.js';
import { blankTemplateComments, hasTemplateTags, NGINX_DIRECTIVES, parseNginx, templateSyntax, unclosedTemplateTag, type NginxDirective, type NginxProblem } from './nginx.js';
import { docsAppContentFolders, docsAppFolders } from './docs-apps.js';
import { aspNetSettings, basename, classifyDocsApps, classifyUnder, dirname, filesEndingIn, filesWhere, isSpringConfig, isComposeFile, isMainComposeFile, isComposeCandidate, isDockerfile, isEnvFile, isProcfile, isVendored, isWorkflowFile, isYamlFile, isNginxCandidate, RENDERED_TEMPLATE_EXTENSIONS } from './classify.js';

export { MAX_FILE_BYTES } from './read.js';
/** The skip reason of a templated (Helm) manifest that does not parse before rendering. */
export const TEMPLATED_SKIP = 'templated manifest that does not parse as YAML before rendering';
/** A manifest (its first chunk names `apiVersion` and `kind`) too large to parse: said, not judged. */
/** The skip reason of a file of kind `what` too large to parse. */
const tooLarge = (what: string, limit = MAX_FILE_BYTES) => `it is larger than ${limit} bytes (${what}: only the secret scan reads files that large)`;
export const LARGE_MANIFEST_SKIP = tooLarge('a Kubernetes manifest');
/** What the AWS readers (checks/util/ecs.ts, frontconf.ts) read, in a file too large to parse: said, not judged (noteLarge). */
export type LargeKind = 'a Terraform file' | 'an ECS task definition' | 'a CloudFormation template' | 'an nginx configuration';
const LARGE_IAC_SKIPS: readonly string[] = (['a Terraform file', 'an ECS task definition', 'a CloudFormation template', 'an nginx configuration'] satisfies LargeKind[]).map((what) => tooLarge(what));
/** The skip reason of a YAML file with ERB tags (Rails) that does not parse even with them set aside. */
export const ERB_SKIP = 'ERB-templated YAML that does not parse even with its <% %> tags set aside (Rails renders it first)';
const CACHE_BUDGET = 32 * 1024 * 1024;
/**
 * Whether `text` holds a Go-template action, `{{` then `}}` with no `}` between (`/\{\{[^}]*\}\}/`), in one pass: that
 * regex scans on from every `{{` of a run of braces again (seconds on a 100 KB value of `{`).
 */
export function isTemplated(text: string): boolean {
  // Each `}}` closes an action when the text since the `}` before it holds a `{{`.
  for (let close = text.indexOf('}}'); close !== -1; close = text.indexOf('}}', close + 1)) {
    const from = text.lastIndexOf('}', close - 1) + 1;
    if (text.slice(from, close).includes('{{')) return true;
  }
  return false;
}
/** A value that is an unquoted action (`type: {{ .Values.service.type }}`, `- {{ .Values.host }}`), which YAML reads as a flow mapping. */
const UNQUOTED_ACTION_VALUE = /(?::|^[ \t]*-)[ \t]+\{\{/m;
/**
 * Whether a YAML file's Go template actions stand as YAML structure, so it renders before it is YAML (a Helm template,
 * gomplate's or consul-template's `deploy/api.yaml` with `{{- if .Env.X }}` blocks): it holds an action and does not parse
 * as it is (`y`, its parse), or parses only by reading an unquoted action value as a flow mapping (`replicas: {{ .N }}`).
 * An action inside a scalar (`image: "app:{{ .Tag }}"`, a PrometheusRule description going on over lines, a ConfigMap's
 * block of Alertmanager templates) is text. The one rule: the snapshot reads such a file as a template (Snapshot.yaml) and
 * the Kubernetes checks judge its workloads as templates (goTemplate).
 */
export function goTemplateStructure(text: string, y: Pick<YamlFile, 'errors'> = parseYaml('template.yaml', text)): boolean {
  return isTemplated(text) && (y.errors.length > 0 || UNQUOTED_ACTION_VALUE.test(text));
}

/**
 * A Go-template YAML file (Helm) made parseable line for line, or null when it cannot be: lines that
 * are only actions (`{{- include "x.labels" . | nindent 4 }}`, `{{- if … }}`, `{{- end }}`) become
 * empty, and an unquoted value holding an action (`replicas: {{ .Values.replicaCount }}`) is quoted,
 * so it reads as the templated text the checks already treat as unverifiable. Both branches of a
 * conditional stay (a literal setting in either is written in the chart); an action in a key, or one
 * spread over lines, gives up. The text of a block scalar (`nginx.conf: |`) is text whatever actions it holds
 * (`server_name {{ .Values.host }};`): kept as it is, lines made only of actions aside. Comments
 * (`{{/* … *\/}}`, over lines too) render as nothing: set aside first (stripTemplateComments). CRLF line ends are kept.
 */
export function neutralizeTemplate(text: string): string | null {
  const n = neutralizeTemplateAt(text);
  return 'text' in n ? n.text : null;
}

/** A Go template comment, `{{/* … *\/}}` or `{{- /* … *\/ -}}`, over lines too. */
const TEMPLATE_COMMENT = /\{\{-?\s*\/\*[^]*?\*\/\s*-?\}\}/g;
/** A template with its comments set aside (Helm renders them as nothing): their line breaks kept, so lines stay where they are. */
export const stripTemplateComments = (text: string): string => (text.includes('/*') ? text.replace(TEMPLATE_COMMENT, (c) => c.replace(/[^\r\n]/g, '')) : text);

/** neutralizeTemplate, or where (1-based line) and why it gives up. */
export function neutralizeTemplateAt(text: string): { text: string } | { line: number; why: string } {
  const lines = stripTemplateComments(text).split('\n');
  // The indentation of the key whose block scalar (`nginx.conf: |`) the lines below belong to, while they do.
  let block = -1;
  for (let i = 0; i < lines.length; i++) {
    // A CRLF file's lines are read without their CR, which is put back.
    const cr = lines[i]!.endsWith('\r') ? '\r' : '';
    const line = cr ? lines[i]!.slice(0, -1) : lines[i]!;
    const indent = line.search(/\S/);
    if (block >= 0 && (indent < 0 || indent > block) && !WHOLE_ACTIONS.test(line)) continue;
    if (indent >= 0 && !WHOLE_ACTIONS.test(line)) block = BLOCK_SCALAR.test(line) ? indent : -1;
    if (!line.includes('{{')) continue;
    if (WHOLE_ACTIONS.test(line)) { lines[i] = cr; continue; }
    if ((line.match(/\{\{/g) ?? []).length !== (line.match(/\}\}/g) ?? []).length) return { line: i + 1, why: 'an action spread over lines' };
    const m = VALUE_AT.exec(line);
    if (!m || !m[2]!.includes('{{')) return { line: i + 1, why: 'an action in a key, or beside text outside a value' };
    let value = m[2]!.replace(/\s+#.*$/, '').trimEnd();
    const q = value[0];
    // A key whose value is one action that renders a block (`labels: {{- include "x.labels" . | nindent 4 }}`,
    // `securityContext: {{- toYaml .Values.podSecurityContext | nindent 8 }}`): the output is the key's children,
    // as if the action stood on its own line below it; set aside so the key keeps the literal children written
    // under it (Bitnami's `app.kubernetes.io/component: primary` after the labels include), or none.
    if (BLOCK_ACTION.test(value) && /:\s+$/.test(m[1]!)) { lines[i] = `${m[1]!.trimEnd()}${cr}`; continue; }
    if (value.startsWith('{{')) {
      // An action followed by structure (`{{ .Values.x }}: [`) has a shape only rendering tells.
      if (/:\s|[[{]\s*$/.test(value.replace(/\{\{[^{}]*\}\}/g, ''))) return { line: i + 1, why: 'an action in a key, or followed by YAML structure' };
    } else if ((q === '"' || q === "'") && value.length > 1 && value.endsWith(q) && /\{\{[^}]*["'][^}]*\}\}/.test(value)) {
      // A quoted value whose actions hold quotes (`"{{ include "x.fullname" . }}-test"`): quoted again, whole.
      value = value.slice(1, -1);
    } else continue; // a plain or quoted scalar that merely contains an action reads as text already
    lines[i] = `${m[1]}'${value.replace(/'/g, "''")}'${cr}`;
  }
  return { text: lines.join('\n') };
}
/** A key or list item whose value is a block scalar (`data: |`, `- >-`): the lines indented below it are its text, actions included. */
const BLOCK_SCALAR = /^\s*(?:-\s+)?(?:[\w.\/-]+\s*:\s+|-\s+)?[|>][1-9+-]{0,2}\s*(?:#.*)?\r?$/;
/** A value that is one action whose pipeline ends in `nindent N` (or `indent N`): it renders a block of lines below its key. */
const BLOCK_ACTION = /^\{\{-?[^{}]*\|\s*n?indent\s+\d+\s*-?\}\}$/;
/** A line made only of actions (and white space). */
const WHOLE_ACTIONS = /^\s*(?:\{\{[^{}]*\}\}\s*)+$/;
/** `key: value`, `- value` or `- key: value`, the key plain (no action in it): group 1 is everything before the value. */
const VALUE_AT = /^(\s*(?:-\s+)?(?:[\w.\/-]+\s*:\s+|-\s+|(?=\{\{)))(.*)$/;
/** The skip reasons of Dockerfiles not judged: rendered from a template first, or too large to parse. */
export const TEMPLATED_DOCKERFILE_SKIP = 'templated Dockerfile (a template file name, Jinja/Go/ERB/EJS template tags or a <placeholder> image in its instructions): it is rendered before it is built';
export const LARGE_DOCKERFILE_SKIP = tooLarge('a Dockerfile', MAX_DOCKERFILE_BYTES);
/** Skips that become an `info` note (the file was not judged), not silence. */
/** A compose file too large to parse: said, not judged. */
export const LARGE_COMPOSE_SKIP = tooLarge('a compose file');
export const NOTED_SKIPS: ReadonlySet<string> = new Set([TEMPLATED_SKIP, ERB_SKIP, LARGE_MANIFEST_SKIP, TEMPLATED_DOCKERFILE_SKIP, LARGE_DOCKERFILE_SKIP, LARGE_COMPOSE_SKIP, UNREADABLE_SKIP, ...LARGE_IAC_SKIPS, ...SCAN_LIMIT_SKIPS]);
/**
 * A Dockerfile rendered from a template: a template file name (TEMPLATED_DOCKERFILE_NAME), a line that is a template tag
 * (`{{ … }}`, `{% if %}`, ERB/EJS `<% if using_node? -%>`), one in a `FROM` (`FROM node:<%= nodeVersion %>-alpine`), an ERB/EJS
 * tag in an instruction that runs no command (`USER <%= user %>`, `ARG RUBY_VERSION=<%= gem_ruby_version %>`: erbOutsideCommands)
 * — also a `<placeholder>` image, `FROM <valid_image_name>`: Docker refuses it as an invalid reference, so it is filled in first.
 * A `{{ … }}` in other instructions is read as it is (`HEALTHCHECK CMD docker inspect --format '{{.State.Health}}'` is Docker's);
 * one where Docker refuses the instruction is a tag too (templatedProblem).
 */
const isTemplatedDockerfile = (file: string, text: string) => TEMPLATED_DOCKERFILE_NAME.test(file)
  || /^[ \t]*\{[{%]/m.test(text) || /^[ \t]*FROM[ \t][^\n]*(?:\{\{|\{%|<%)/im.test(text)
  || /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*<[\w .:/@-]+>/im.test(text) || erbOutsideCommands(text);
/**
 * The extensions of a Dockerfile's template (`Dockerfile.j2`, `.tmpl`, `.erb`, `.ejs`, `.hbs`, `.tpl`, `.template`, and Thor's `.tt`
 * of Rails generators, `lib/generators/templates/Dockerfile.tt`): the tools that render configuration (RENDERED_TEMPLATE_EXTENSIONS)
 * render it before it is built.
 */
const TEMPLATED_DOCKERFILE_NAME = new RegExp(`\\.(?:${[...RENDERED_TEMPLATE_EXTENSIONS, 'tpl', 'tt', 'template'].join('|')})$`, 'i');
/** Instructions whose arguments are a command: shell text, which may hold tags of its own (`RUN echo '<%= x %>' > app.erb`). */
const COMMAND_INSTRUCTION = /^(?:RUN|CMD|ENTRYPOINT|HEALTHCHECK|SHELL|ONBUILD)$/i;
const INSTRUCTION_WORD = /^[ \t]*(FROM|ARG|ENV|LABEL|USER|WORKDIR|EXPOSE|COPY|ADD|VOLUME|STOPSIGNAL|MAINTAINER|RUN|CMD|ENTRYPOINT|HEALTHCHECK|SHELL|ONBUILD)(?=[ \t]|$)/i;
/** A here-document's opener (`<<EOF`, `<<-"EOF"`): its body, up to the delimiter, is the file or script it writes. */
const HEREDOC_OPENER = /(?<!<)<<(?!<)(-?)(["']?)([A-Za-z_]\w*)\2/g;
/**
 * Whether a line is an ERB/EJS tag (`<% if using_node? -%>`, `<%- include('x') %>`), or an instruction that runs no command
 * (`USER`, `ENV`, `ARG`, `LABEL`, `COPY`, `WORKDIR`…, continuation lines included) holds one (`<%= user %>`): Docker would read the
 * tag's words as the instruction's, so the file is a template. A command's text (`RUN`, `CMD`…) and the body of a here-document
 * (an ERB file a `RUN`/`COPY` writes) are not looked at.
 */
function erbOutsideCommands(text: string): boolean {
  if (!text.includes('<%')) return false;
  let keyword: string | null = null;
  const bodies: { delimiter: string; strip: boolean }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (bodies.length) {
      if ((bodies[0]!.strip ? line.replace(/^\t+/, '') : line) === bodies[0]!.delimiter) bodies.shift();
      continue;
    }
    if (/^[ \t]*<%/.test(line)) return true;
    if (keyword === null) {
      if (/^[ \t]*(?:#|$)/.test(line)) continue;
      keyword = INSTRUCTION_WORD.exec(line)?.[1] ?? '';
    } else if (/^[ \t]*#/.test(line)) continue;
    if (keyword && !COMMAND_INSTRUCTION.test(keyword) && /<%.*?%>/.test(line)) return true;
    for (const m of line.matchAll(HEREDOC_OPENER)) bodies.push({ delimiter: m[3]!, strip: m[1] === '-' });
    if (!/\\[ \t]*$/.test(line)) keyword = null;
  }
  return false;
}
/**
 * Whether the instruction Docker refuses (at `line`, continuation lines included) holds a template tag (`{{ … }}`, `{% … %}`,
 * `<% … %>`: `USER {{ app_user }}`): a template whose tags break it before it is rendered, not a Dockerfile Docker refuses.
 */
function templatedProblem(text: string, line: number): boolean {
  const lines = text.split('\n');
  for (let i = line - 1; i >= 0 && i < lines.length; i++) {
    const l = lines[i]!.replace(/\r$/, '');
    if (/\{\{.*?\}\}|\{%.*?%\}|<%.*?%>/.test(l)) return true;
    if (!/\\[ \t]*$/.test(l)) return false;
  }
  return false;
}
/**
 * Files several checks read through the snapshot (config, and the code an entry point leads to):
 * kept after the first read, up to CACHE_BUDGET. Whole-repository reads (secrets, code patterns)
 * go through the file pass (src/engine/scan.ts) and are not kept.
 */
const SHARED_EXT = /\.(py|[cm]?[jt]sx?|ya?ml|json|toml|ini|cfg|conf|env|sh|properties|xml|template|example|sample|dist)$/i;
const isShared = (p: string) => SHARED_EXT.test(p) || isDockerfile(p) || isEnvFile(p) || isProcfile(p) || isNginxCandidate(p) || basename(p) === '.gitignore' || basename(p) === '.htaccess';

/** A JSON file's value, and the 1-based position of the node at `path` (of its key when `key` is true); null when unknown. */
export interface JsonFile { path: string; value: unknown; loc(path: YamlPath, key?: boolean): { line: number; column: number } | null }

/**
 * A file that could not be parsed (reported as a `parse-error` finding). Problems of a file are reported once per
 * file, the first (a parser's later complaints follow from it), except those with a `scope`: a block of a file that
 * parses — a compose service docker compose refuses — reported once per block, since one broken service says
 * nothing about the next (unless the file also has a problem without a scope: then only that one).
 */
export interface ParseProblem { file: string; line: number; column: number; message: string; scope?: string }

/**
 * A Kubernetes manifest (YAML or JSON) whose objects, or some of them, could not be judged: it does not parse, kubectl refuses
 * a workload's pod template (`parse-error`, a finding says where), or it is too large to parse (`not checked`, an `info`
 * note says so). `kinds` are the kinds its text names (a `List`'s items' too): for a check's skip reason.
 */
export interface UnreadManifest { file: string; why: 'parse-error' | 'not checked'; kinds: string[] }

/** A Dockerfile no check could judge: Docker refuses it, it was skipped with a note, or it was not read at all (`reason`: a symlink out of the repository). */
export interface UnreadDockerfile { file: string; why: 'parse-error' | 'not checked' | 'not read'; reason?: string }

/**
 * What a check sees: the files in its scope and lazily parsed views of them. Pure reads only. The parsed views of deploy
 * configuration (Dockerfiles, compose files, Kubernetes manifests, env files, nginx configurations) leave out vendored
 * dependencies' files (isVendored), unless the repository's own configuration builds or includes one.
 */
export interface SnapshotView {
  readonly files: readonly string[];
  has(path: string): boolean;
  /** Text of a file; undefined when binary, larger than 1 MiB, missing or outside the repository. */
  text(path: string): string | undefined;
  lines(path: string): string[] | undefined;
  dockerfiles(): DockerfileModel[];
  /**
   * The Dockerfiles `dockerfiles()` leaves out, and why: Docker refuses them (`parse-error`, a finding says where),
   * they were not checked (templated, too large: an `info` note says so) or the reader refused them (`not read`: a
   * symlink out of the repository, an unreadable file; `reason` is the skip's). For a check's skip reason.
   */
  unreadDockerfiles(): UnreadDockerfile[];
  composeFiles(): ComposeFile[];
  /** The compose file lists deployments merge in order: `COMPOSE_FILE` in a committed `.env`, `docker compose -f a -f b` in a Makefile or script. */
  composeFileLists(): ComposeFileList[];
  k8sObjects(): K8sObject[];
  /** The Kubernetes manifests `k8sObjects()` could not read, or read only in part (see UnreadManifest). */
  unreadManifests(): UnreadManifest[];
  envFiles(): EnvFile[];
  /** A file read as dotenv whatever its name (a compose `env_file: .envs/.production/.django`); undefined when not tracked or unreadable. */
  envFileAt(path: string): EnvFile | undefined;
  yaml(path: string): YamlFile | undefined;
  /** Whether a YAML file was read as a Go template (goTemplateStructure: its actions stand as YAML structure). */
  goTemplate(path: string): boolean;
  /**
   * A JSON file (`package.json`, `railway.json`), parsed strictly once (as `JSON.parse`, a BOM aside: trailing commas and comments are errors,
   * as they are to npm) with the positions of its keys and values. Undefined when unreadable; null when it is not valid JSON: a parse problem is recorded.
   */
  json(path: string): JsonFile | null | undefined;
  /** nginx configuration files (`*.conf` with nginx directives). */
  nginxFiles(): string[];
  /**
   * An nginx configuration file's directives, parsed once; none (and a parse problem recorded) when nginx would refuse
   * its braces, or when it is not tracked or unreadable. A file with template tags (hasTemplateTags) is read as a template:
   * a tag is read as the word it renders to, one standing where a directive starts is set aside.
   */
  nginx(path: string): NginxDirective[];
  /**
   * Where the template tags of an nginx configuration file break its braces (`{{ if }}` around a block's opening), so it
   * can only be read rendered: `nginx` gives none of its directives and no parse problem is recorded. Undefined otherwise.
   */
  nginxTemplateBreak(path: string): NginxProblem | undefined;
  /** Whether the repository's `.gitignore` rules ignore `path` (a path that may not exist). */
  gitignored(path: string): boolean;
  /**
   * The `.gitignore` files whose rules apply, root first: those listed, the working tree's untracked ones (git applies them
   * too: a local run before a commit), and those of the folders above a scanned sub-folder. A `.gitignore` that is a symlink
   * is none: git (2.32 and later) does not follow it.
   */
  gitignoreFiles(): string[];
  /** The `.gitignore` files that are symlinks, whose rules git (2.32 and later) does not read, nor does `gitignoreFiles`. */
  gitignoreLinks(): string[];
  /**
   * The env files (`.env*`, `*.env`) in the scanned folder's working tree that git neither tracks nor ignores (`git status`'s
   * `??`: the next `git add .` commits them). None outside git, and none in a fresh checkout.
   */
  untrackedEnvFiles(): readonly string[];
  /** Whether git holds `path` as a symlink (mode 120000): only the path it points to is committed, never what that holds. */
  isTrackedLink(path: string): boolean;
  /** Tracked symlinks to files git does not track (FileList.untrackedLinks), which are not among `files`: link → target. */
  untrackedLinks(): Readonly<Record<string, string>>;
  /** The scanned folder, relative to the repository root ('' for the root). */
  readonly base: string;
  /** False when the scanned folder is no git repository (its files were walked, none is committed). */
  readonly git?: boolean;
  /** Whether the item's scope (`paths`, `ignore`) covers `path`, a path that may not exist: always, unscoped. */
  inScope(path: string): boolean;
  /** Every file of the scan, whatever the item's scope (for a check that judges paths its scope names, tracked or not). */
  readonly scanFiles: readonly string[];
  /**
   * A file over 1 MiB (which `text` does not give) in chunks of whole lines; null for any other. With `peek` (a read
   * that only classifies the file), the secret scan's budget for large files is not spent, and no skip is recorded.
   */
  chunks(path: string, opts?: { peek?: boolean }): Iterable<TextChunk> | null;
  /** Whether `text` gives nothing for `path` because the file is binary (not because it is missing, too large or outside the repository). */
  binary(path: string): boolean;
  /** Whether `text` gives `path` decoded from UTF-16 (a byte-order mark): git reads such a file as bytes (a `.gitignore` so saved ignores nothing). */
  utf16(path: string): boolean;
  /**
   * Why `text` gives nothing for a listed file, as the reader recorded it (`permission denied: the file cannot be read`,
   * `symlink pointing outside the repository`, `larger than … bytes`, `binary`); undefined when it was read, or is simply
   * not in the working tree (a sparse checkout, deleted).
   */
  unreadReason(path: string): string | undefined;
  /**
   * Says that `path`, a file over 1 MiB (which `text` does not give) that a reader found to be `what` (its name, or what its
   * `chunks` hold), was not checked: an `info` note, as for a manifest or a Dockerfile that large. Nothing for any other file.
   */
  noteLarge(path: string, what: LargeKind): void;
  /**
   * Records that a reader found `file` broken where its tool refuses it (an unclosed Terraform heredoc): a `parse-error`
   * finding at that place, once. For formats the snapshot does not parse itself.
   */
  reportProblem(problem: ParseProblem): void;
}

/**
 * The repository as the checks see it: tracked files, read at most once here and parsed at most
 * once. (A file pass may read a file the snapshot also reads: a config file scanned for secrets.)
 */
export class Snapshot implements SnapshotView {
  readonly files: readonly string[];
  private readonly fileSet: Set<string>;
  private readonly texts = new Map<string, string | null>();
  private cached = 0;
  private readonly parsed = new Map<string, unknown>();
  readonly problems: ParseProblem[] = [];
  private readonly problemKeys = new Set<string>();
  readonly suppressions = new Map<string, Suppression[]>();
  /** Skips the reader did not record: templated manifests. */
  private readonly extraSkips: Skip[] = [];
  private gitignoreRules: IgnoreRules[] | null = null;
  /** nginx configuration templates whose tags break their braces: where (see nginxTemplateBreak). */
  private readonly nginxTemplateBreaks = new Map<string, NginxProblem>();
  /** Filled by k8sObjects(): see unreadManifests(). */
  private unreadK8s: UnreadManifest[] = [];
  /** Filled by yaml(): the files it read as Go templates (goTemplate). */
  private readonly goTemplates = new Set<string>();
  readonly reader: RepoReader;

  /** FileList.untrackedIgnoreAndEnv: untracked `.gitignore` and env files of the working tree that git does not ignore. */
  private readonly untracked: readonly string[];
  /** FileList.links: the listed files git holds as symlinks. */
  private readonly links: ReadonlySet<string>;
  /** FileList.untrackedLinks. */
  private readonly linksOut: Readonly<Record<string, string>>;
  /** Tracked symlinks checked out as plain files (FileList.textLinks). */
  private readonly textLinks: Readonly<Record<string, string>>;

  /**
   * `textLinks`: FileList.textLinks (tracked symlinks checked out as plain files), read as links. `tree`: what the listing
   * says of the working tree besides (FileList.untrackedIgnoreAndEnv, links, untrackedLinks).
   */
  constructor(readonly root: string, files: readonly string[], readonly base = '', readonly git = true, textLinks: Readonly<Record<string, string>> = {}, tree: { untracked?: readonly string[]; links?: readonly string[]; untrackedLinks?: Readonly<Record<string, string>> } = {}) {
    this.files = files;
    this.fileSet = new Set(files);
    this.untracked = (tree.untracked ?? []).filter((f) => !this.fileSet.has(f));
    this.links = new Set(tree.links ?? []);
    this.linksOut = tree.untrackedLinks ?? {};
    this.textLinks = textLinks;
    this.reader = new RepoReader(root, undefined, textLinks);
    classifyUnder(base);
    const docsApps = docsAppFolders(files, base, (p) => this.text(p));
    classifyDocsApps(docsApps, docsAppContentFolders(files, docsApps));
  }

  has(p: string): boolean { return this.fileSet.has(p); }

  /**
   * Whether `p` is a readable repository file outside the scanned folder (only when scanning a sub-folder:
   * its files are not listed). Read through the reader, so never outside the repository root, symlinks included.
   */
  private outsideBase(p: string): boolean {
    return this.base !== '' && p !== this.base && !p.startsWith(`${this.base}/`) && this.text(p) !== undefined;
  }

  /** Whether `p` is a readable repository file outside the scanned folder (a sub-folder's run; see outsideBase). */
  outsideFile(p: string): boolean { return this.outsideBase(p); }

  inScope(): boolean { return true; }

  get scanFiles(): readonly string[] { return this.files; }

  /** A view restricted to the files `filter` accepts; parsed data is shared with the snapshot. */
  view(filter: (file: string) => boolean): SnapshotView {
    const files = this.files.filter(filter);
    const set = new Set(files);
    const self = this;
    return {
      files,
      has: (p) => set.has(p),
      // The `.gitignore` files whose rules apply are the repository's (gitignored, gitignoreFiles): their text too.
      text: (p) => (set.has(p) || self.gitignoreFiles().includes(p) ? self.text(p) : undefined),
      lines: (p) => (set.has(p) ? self.lines(p) : undefined),
      dockerfiles: () => self.dockerfiles().filter((d) => set.has(d.path)),
      unreadDockerfiles: () => self.unreadDockerfiles().filter((u) => set.has(u.file)),
      composeFiles: () => self.composeFiles().filter((c) => set.has(c.path)),
      composeFileLists: () => self.composeFileLists().filter((l) => l.files.every((f) => set.has(f))),
      k8sObjects: () => self.k8sObjects().filter((k) => set.has(k.file)),
      unreadManifests: () => self.unreadManifests().filter((u) => set.has(u.file)),
      envFiles: () => self.envFiles().filter((e) => set.has(e.path)),
      envFileAt: (p) => (set.has(p) ? self.envFileAt(p) : undefined),
      yaml: (p) => (set.has(p) ? self.yaml(p) : undefined),
      goTemplate: (p) => set.has(p) && self.goTemplate(p),
      json: (p) => (set.has(p) ? self.json(p) : undefined),
      nginxFiles: () => self.nginxFiles().filter((f) => set.has(f)),
      nginx: (p) => (set.has(p) ? self.nginx(p) : []),
      nginxTemplateBreak: (p) => (set.has(p) ? self.nginxTemplateBreak(p) : undefined),
      gitignored: (p) => self.gitignored(p),
      gitignoreFiles: () => self.gitignoreFiles(),
      gitignoreLinks: () => self.gitignoreLinks(),
      untrackedEnvFiles: () => self.untrackedEnvFiles(),
      isTrackedLink: (p) => set.has(p) && self.isTrackedLink(p),
      untrackedLinks: () => Object.fromEntries(Object.entries(self.untrackedLinks()).filter(([link]) => filter(link))),
      base: self.base,
      git: self.git,
      inScope: (p) => filter(p),
      scanFiles: self.files,
      chunks: (p, opts) => (set.has(p) ? self.chunks(p, opts) : null),
      binary: (p) => set.has(p) && self.binary(p),
      utf16: (p) => (set.has(p) || self.gitignoreFiles().includes(p)) && self.utf16(p),
      unreadReason: (p) => (set.has(p) ? self.unreadReason(p) : undefined),
      noteLarge: (p, what) => { if (set.has(p)) self.noteLarge(p, what); },
      reportProblem: (pr) => { if (set.has(pr.file)) self.problem(pr); },
    };
  }

  text(p: string): string | undefined {
    if (this.texts.has(p)) return this.texts.get(p) ?? undefined;
    const t = this.readText(p);
    if (t !== null && isShared(p) && this.cached + t.length <= CACHE_BUDGET) { this.texts.set(p, t); this.cached += t.length; }
    else if (t === null) this.texts.set(p, null);
    return t ?? undefined;
  }

  /** The text of `p` if the snapshot already holds it (a file pass on this thread need not read it again). */
  cachedText(p: string): string | undefined {
    return this.texts.get(p) ?? undefined;
  }

  chunks(p: string, opts: { peek?: boolean } = {}): Iterable<TextChunk> | null {
    return this.reader.readChunks(p, true, opts);
  }

  binary(p: string): boolean {
    return this.fileSet.has(p) && this.text(p) === undefined && this.reader.skipped.some((s) => s.file === p && s.reason === BINARY_SKIP);
  }

  utf16(p: string): boolean {
    return this.text(p) !== undefined && this.reader.utf16.has(p);
  }

  unreadReason(p: string): string | undefined {
    if (!this.fileSet.has(p) || this.text(p) !== undefined) return undefined;
    return this.reader.skipped.find((s) => s.file === p)?.reason;
  }

  noteLarge(p: string, what: LargeKind): void {
    if (!this.fileSet.has(p) || this.text(p) !== undefined || !this.reader.skipped.some((s) => s.file === p && s.reason === TOO_LARGE_SKIP)) return;
    if (!this.skipped.some((s) => s.file === p && NOTED_SKIPS.has(s.reason))) this.skip(p, tooLarge(what));
  }

  /** Lines of a file (split on demand, not kept: a line array costs more than its text). */
  lines(p: string): string[] | undefined {
    return this.text(p)?.split(/\r?\n/);
  }

  private readText(p: string): string | null {
    const text = this.reader.read(p);
    if (text !== null && !this.suppressions.has(p)) {
      const sup = findSuppressions(p, text);
      if (sup.length) this.suppressions.set(p, sup);
    }
    return text;
  }

  /** Files skipped (binary, too large, outside the repository) and templated manifests. */
  get skipped(): readonly Skip[] { return [...this.reader.skipped, ...this.extraSkips]; }
  get reads(): number { return this.reader.reads; }

  /** Folds in the suppression comments a file pass (src/engine/scan.ts) found while reading files itself. */
  absorb(scan: { suppressions: [string, Suppression[]][]; unreadable?: string[]; partial?: readonly Skip[] }) {
    for (const [file, sup] of scan.suppressions) if (!this.suppressions.has(file)) this.suppressions.set(file, sup);
    // What worker threads could not read is noted like what this thread could not.
    for (const file of scan.unreadable ?? []) if (!this.skipped.some((k) => k.file === file && k.reason === UNREADABLE_SKIP)) this.skip(file, UNREADABLE_SKIP);
    // And so is a large file they scanned only in part (the 64 MiB limit, the run's budget for large files).
    for (const k of scan.partial ?? []) if (!this.skipped.some((s) => s.file === k.file && s.reason === k.reason)) this.skip(k.file, k.reason);
  }

  private skip(file: string, reason: string, at?: { line: number; column?: number; why: string }) {
    this.extraSkips.push(at ? { file, reason, line: at.line, column: at.column ?? 1, detail: at.why } : { file, reason });
  }

  private memo<T>(key: string, fn: () => T): T {
    if (this.parsed.has(key)) return this.parsed.get(key) as T;
    const v = fn();
    this.parsed.set(key, v);
    return v;
  }

  reportProblem(pr: ParseProblem): void {
    if (this.fileSet.has(pr.file)) this.problem(pr);
  }

  /** Records a parse problem once per location. */
  problem(pr: ParseProblem) {
    const key = `${pr.file}:${pr.line}:${pr.column}:${pr.message}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push(pr);
  }

  /**
   * The Dockerfiles, parsed. Not judged, with a note: templates (rendered first) and files too large to parse;
   * not judged, as parse problems: a Dockerfile Docker itself refuses (an instruction before the first `FROM`
   * other than `ARG`, a `FROM` without an image, a `USER` without a user, a line that is no instruction…) — its checks would judge nonsense.
   */
  dockerfiles(): DockerfileModel[] {
    return this.memo('dockerfiles', () => this.dockerfilePaths().flatMap((f) => {
      const t = this.text(f);
      // UTF-16 (read as text for the secret scan): Docker refuses to build it.
      if (t !== undefined && this.reader.utf16.has(f)) { this.problem({ file: f, line: 1, column: 1, message: this.reader.utf16NoBom.has(f) ? 'not UTF-8 text (NUL bytes: saved as UTF-16?): Docker refuses to build it' : 'not UTF-8 text (UTF-16, with a byte-order mark): Docker refuses to build it' }); return []; }
      if (t === undefined) {
        if (firstChunk(this.chunks(f, PEEK)) !== undefined) this.skip(f, LARGE_DOCKERFILE_SKIP);
        // A NUL byte: not text to Docker either (a Dockerfile saved as UTF-16 by a Windows editor).
        else if (this.reader.skipped.some((s) => s.file === f && s.reason === BINARY_SKIP)) this.problem({ file: f, line: 1, column: 1, message: 'not UTF-8 text (NUL bytes: saved as UTF-16?): Docker refuses to build it' });
        return [];
      }
      // Stored in Git LFS and not pulled: what Docker would be given here is the pointer, not the Dockerfile.
      if (isLfsPointer(t)) { this.problem({ file: f, line: 1, column: 1, message: LFS_POINTER_PROBLEM }); return []; }
      // Too large to parse (its syntax tree would take hundreds of bytes per byte): noted as one over MAX_FILE_BYTES is.
      if (Buffer.byteLength(t) > MAX_DOCKERFILE_BYTES) { this.skip(f, LARGE_DOCKERFILE_SKIP); return []; }
      if (isTemplatedDockerfile(f, t)) { this.skip(f, TEMPLATED_DOCKERFILE_SKIP); return []; }
      const model = parseDockerfile(f, t);
      const broken = model.problems[0];
      if (broken && templatedProblem(t, broken.line)) { this.skip(f, TEMPLATED_DOCKERFILE_SKIP); return []; }
      if (broken) { this.problem({ file: f, ...broken }); return []; }
      return [model];
    }));
  }

  unreadDockerfiles(): UnreadDockerfile[] {
    const parsed = new Set(this.dockerfiles().map((d) => d.path));
    return this.dockerfilePaths().filter((f) => !parsed.has(f)).flatMap((f): UnreadDockerfile[] => {
      if (this.problems.some((pr) => pr.file === f)) return [{ file: f, why: 'parse-error' }];
      if (this.skipped.some((sk) => sk.file === f && NOTED_SKIPS.has(sk.reason))) return [{ file: f, why: 'not checked' }];
      // Refused by the reader (a symlink leaving the repository, an unreadable file): nothing was judged, which the skip reason says.
      const refused = this.skipped.find((sk) => sk.file === f);
      return refused ? [{ file: f, why: 'not read', reason: refused.reason }] : [];
    });
  }

  /**
   * The Dockerfiles: files named like one, and files a compose service builds from (`build.dockerfile`,
   * relative to the build context: `docker/Dockerfile-prod`), a production platform config builds (fly.toml's `[build]
   * dockerfile`, render.yaml's `dockerfilePath`, heroku.yml's `build.docker`, railway's `dockerfilePath`) or a GitHub
   * workflow builds and pushes (`docker/build-push-action`'s `file:`, `docker build -f`), whatever their names. One in a
   * vendored dependency's folder (isVendored: `vendor/github.com/lib/pq/Dockerfile`) is that project's, read only when
   * such a configuration builds it (Laravel Sail's `vendor/laravel/sail/runtimes/8.3/Dockerfile`).
   */
  private dockerfilePaths(): string[] {
    return this.memo('dockerfilePaths', () => this.readDockerfilePaths());
  }

  private readDockerfilePaths(): string[] {
    const named = filesWhere(this.files, isDockerfile).filter((f) => !isVendored(f) && !this.ruleTestTarget(f));
    const set = new Set(named);
    for (const df of [...readPlatformDockerfiles(this).keys(), ...workflowDockerfiles(this).keys()]) {
      if (this.fileSet.has(df) && !set.has(df)) { set.add(df); named.push(df); }
    }
    // Only when some file may name a compose build: a repository without YAML files reads none here.
    if (filesEndingIn(this.files, 'yml', 'yaml').some((f) => isComposeFile(f) || isComposeCandidate(f))) {
      for (const cf of this.composeFiles()) for (const svc of cf.services) {
        const build = composeBuild(cf.path, svc);
        if (build && this.fileSet.has(build.dockerfile) && !set.has(build.dockerfile)) { set.add(build.dockerfile); named.push(build.dockerfile); }
      }
    }
    return named;
  }

  /**
   * A linter rule's test target, as `semgrep --test` lays them out: deliberately bad, never built or deployed, so no Dockerfile,
   * compose file or manifest of the repository's (a fixture, as those under `tests/` are). One whose comments carry Semgrep's
   * rule-test annotation `ruleid: <rule>` (`# ruleid: missing-user`, `// todoruleid: …`), or `ok: <rule>` in a folder that holds a
   * Semgrep rule file; or one named after a Semgrep rule file beside it (`rules/dockerfile/security/missing-user.dockerfile` next to
   * `missing-user.yaml`; a YAML target `privileged.test.yaml` next to `privileged.yaml`). A Semgrep rule file: a top-level `rules:`
   * whose rules give an `id`, their `languages` and a `message`.
   */
  private ruleTestTarget(f: string): boolean {
    return this.memo(`ruletest:${f}`, () => {
      const t = this.text(f);
      const annotation = t === undefined ? null : RULE_TEST_ANNOTATION.exec(t);
      if (annotation?.[1] === 'ruleid') return true;
      const dir = dirname(f);
      const at = (name: string) => (dir ? `${dir}/${name}` : name);
      const stem = basename(f).replace(/(?:\.test)?\.[^.]*$/, '');
      if (['yaml', 'yml'].some((x) => at(`${stem}.${x}`) !== f && this.fileSet.has(at(`${stem}.${x}`)) && this.semgrepRules(at(`${stem}.${x}`)))) return true;
      return annotation !== null && this.memo(`semgrepdir:${dir}`, () => filesEndingIn(this.files, 'yml', 'yaml').some((r) => dirname(r) === dir && isYamlFile(r) && this.semgrepRules(r)));
    });
  }

  /** Whether a YAML file is a Semgrep rule file (see ruleTestTarget). */
  private semgrepRules(f: string): boolean {
    const t = this.text(f);
    return t !== undefined && /^rules[ \t]*:/m.test(t) && /^[ \t]*(?:-[ \t]+)?id[ \t]*:[ \t]*\S/m.test(t) && /^[ \t]*languages[ \t]*:/m.test(t) && /^[ \t]*message[ \t]*:/m.test(t);
  }

  /**
   * A YAML file, parsed once. Its errors are parse problems, except in a templated file (`{{ }}`,
   * Helm), which is not expected to parse before rendering: it is skipped with a note instead —
   * the same whichever check asks first.
   */
  yaml(p: string): YamlFile | undefined {
    return this.memo(`yaml:${p}`, () => {
      const t = this.text(p);
      if (t === undefined) return undefined;
      // A Terraform template of Helm values (`templatefile("values.yaml.tftpl", {…})`): read with its directive lines set aside and
      // its interpolations unknown; one that does not read so is not read (helm-installs.ts gives its install's values as unread).
      if (isTerraformTemplate(p)) {
        const neutral = terraformTemplateYaml(t);
        const y = neutral === null ? null : parseYaml(p, neutral);
        return y && !y.errors.length ? y : undefined;
      }
      // ASP.NET Core's appsettings that .NET's JSON configuration refuses (a comma left out): the JSON parser's message and place,
      // not the YAML reader's (which reads JSON for positions, and would say "Implicit keys need to be on a single line"). One with
      // template actions is left to the template reading below.
      if (aspNetSettings(p) && !isTemplated(t)) {
        const bad = jsoncProblem(t);
        if (bad) {
          this.problem({ file: p, line: bad.line, column: bad.column, message: `not valid JSON: ${bad.message}` });
          return { path: p, docs: [], errors: [bad] };
        }
      }
      // Spring Boot configuration is read as after Maven's resource filtering (`@project.version@` values); ASP.NET Core's
      // appsettings as .NET's JSON configuration reads it, with `//` and `/* */` comments and trailing commas (set aside, positions kept).
      const y = isSpringConfig(p) ? parseSpringYaml(p, t) : aspNetSettings(p) ? parseYaml(p, blankJsonc(t)) : parseYaml(p, t);
      if (y.errors.length && !isTemplated(t) && hasErb(t)) {
        // ERB (Rails' config/database.yml): read with its control lines set aside and its output tags quoted, line
        // for line, as Rails renders it before parsing; one that still does not parse is not judged (a note says so).
        const neutral = neutralizeErb(t);
        const n = neutral === null ? null : parseYaml(p, neutral);
        if (n && !n.errors.length) return n;
        this.skip(p, ERB_SKIP);
        return y;
      }
      // A Helm template can parse as it is, its unquoted actions read as flow mappings (`type: {{ .Values.service.type }}` is a
      // mapping, not the value Helm renders): it is read as a Helm template too, and as it is only when that reading fails.
      if (!goTemplateStructure(t, y)) {
        // In a stream of several documents each broken one is a problem of its own (scoped to it): one document's
        // syntax error does not hide another's, and the documents that parse are judged.
        const several = y.docs.length > 1;
        for (const e of y.errors) this.problem({ file: p, line: e.line, column: e.column, message: e.message, ...(several && e.doc !== undefined ? { scope: `yaml document ${e.doc}` } : {}) });
        return y;
      }
      this.goTemplates.add(p);
      const actionValues = !y.errors.length;
      // A Helm template: read with its actions set aside (lines kept), so what it writes literally is judged;
      // a branch that no values file of the chart renders (`{{- if .Values.debug }}`, `debug: false`) is not.
      // Its comments (a licence header `{{/* … */}}`) render as nothing. When the branches some values file renders,
      // kept together, do not parse (an if/else writing the same key in each), one branch of each such chain is read.
      const bare = stripTemplateComments(t);
      const repo = helmRepoOf(this);
      let why: { line: number; column?: number; why: string } | null = null;
      for (const single of [false, true]) {
        const rendered = helmDefaultRender(p, bare, repo, single);
        if (single && rendered === null) break;
        const neutral = neutralizeTemplateAt(rendered ?? bare);
        if (!('text' in neutral)) { why ??= neutral; continue; }
        const n = parseYaml(p, neutral.text);
        if (!n.errors.length) return n;
        // The reason of the reading closest to rendering (one branch per chain) is the one said.
        const e = n.errors[0]!;
        if (single || !why) why = { line: e.line, column: e.column, why: e.message };
      }
      if (!actionValues) this.skip(p, TEMPLATED_SKIP, why ?? undefined);
      return y;
    });
  }

  goTemplate(p: string): boolean {
    this.yaml(p);
    return this.goTemplates.has(p);
  }

  json(p: string): JsonFile | null | undefined {
    return this.memo(`json:${p}`, () => {
      const t = this.text(p);
      if (t === undefined) return undefined;
      const body = t.replace(/^\uFEFF/, '');
      let value: unknown;
      try { value = JSON.parse(body); } catch (e) {
        const { message, ...pos } = jsonParseProblem(body, e);
        this.problem({ file: p, ...pos, message: `not valid JSON: ${message}` });
        return null;
      }
      // Positions through the YAML reader (JSON is YAML), parsed only when one is asked for (most readers want the value);
      // a file it reads otherwise (duplicate keys) keeps its value, without positions.
      let doc: YamlDoc | null | undefined;
      const docOf = () => {
        if (doc === undefined) { const y = parseYaml(p, body); doc = !y.errors.length && y.docs.length === 1 ? y.docs[0]! : null; }
        return doc;
      };
      return { path: p, value, loc: (path, key) => docOf()?.loc(path, key) ?? null };
    });
  }

  /**
   * YAML files that are compose files by content, whatever their names (older cookiecutter-django's
   * `production.yml`, `local.yml`, `staging.yml`, `docs.yml`; a Swarm `stack.yml`): one document whose
   * top-level keys are all compose's (`services`, `version`, `name`, `networks`, `volumes`, `configs`,
   * `secrets`, `include`, `x-…`), with a non-empty `services` mapping whose every service is a mapping
   * with an `image` string, a `build` or an `extends`. GitHub workflows, GitLab CI, Helm charts and
   * Ansible variables are not looked at (isComposeCandidate); render.yaml-style `services:` lists,
   * Kubernetes manifests (`apiVersion`, `kind`) and CI files (`jobs`, `stages`) fail the shape. A
   * file that does not parse is not one (no parse problem is recorded for it here).
   */
  private composeByContent(): string[] {
    const yamlFiles = filesEndingIn(this.files, 'yml', 'yaml');
    const charts = yamlFiles.filter((f) => /^Chart\.ya?ml$/.test(basename(f))).map((f) => dirname(f));
    const inChart = (f: string) => charts.some((d) => d === '' || f.startsWith(`${d}/`));
    return yamlFiles.filter((f) => {
      if (isComposeFile(f) || !isComposeCandidate(f) || inChart(f) || isVendored(f)) return false;
      const t = this.text(f);
      if (t === undefined || !/^services[ \t]*:/m.test(t) || this.ruleTestTarget(f)) return false;
      const key = `yaml:${f}`;
      const y = this.parsed.has(key) ? (this.parsed.get(key) as YamlFile | undefined) : parseYaml(f, t);
      // A clean parse is what `yaml()` would give (kept, whatever the shape: a manifest is not parsed again for
      // Kubernetes); one with errors is left to `yaml()`, which records them only for files a check reads.
      if (y && !y.errors.length && !this.parsed.has(key)) this.parsed.set(key, y);
      return !!y && !y.errors.length && isComposeShaped(y);
    });
  }

  composeFileLists(): ComposeFileList[] {
    return this.memo('compose-lists', () => {
      const exists = (p: string) => this.fileSet.has(p) && isYamlFile(p) && !isVendored(p);
      const fromEnv = this.envFiles().filter((e) => basename(e.path) === '.env').flatMap((e) => composeFileEnvList(e, exists) ?? []);
      const fromCommands = filesEndingIn(this.files, 'sh', 'bash', 'mk', '').filter((f) => isComposeCommandFile(f) && !isVendored(f)).flatMap((f) => {
        const t = this.text(f);
        return t === undefined ? [] : composeCommandLists(f, t, exists);
      });
      return [...fromEnv, ...fromCommands];
    });
  }

  composeFiles(): ComposeFile[] {
    return this.memo('compose', () => {
      const byContent = this.composeByContent();
      // Compose files of vendored dependencies (a Go module's integration-test `docker-compose.yml` that `go mod vendor` copied)
      // are that project's: read only when a compose file of the repository includes or extends one.
      const names = new Set(filesWhere(filesEndingIn(this.files, 'yml', 'yaml'), isComposeFile).filter((f) => !isVendored(f) && !this.ruleTestTarget(f)));
      // A compose file with NUL bytes is no YAML to docker compose either: said, never skipped silently.
      // UTF-16 without a byte-order mark (read as text for the secret scan) is no YAML to docker compose either.
      for (const f of names) {
        const t = this.text(f);
        if ((t === undefined && this.reader.skipped.some((s) => s.file === f && s.reason === BINARY_SKIP)) || (t !== undefined && this.reader.utf16NoBom.has(f))) {
          this.problem({ file: f, line: 1, column: 1, message: 'not UTF-8 text (NUL bytes: saved as UTF-16?): docker compose refuses to read it' });
          if (t !== undefined) names.delete(f);
        }
      }
      // Files named by `include:` are compose files whatever their names (nested includes too,
      // bounded, each file once); `includedBy` is the nearest file including one (a compose file by
      // content included by another is an included file too).
      const includedBy = new Map<string, string>();
      // Every file an `include:` names, compose-named ones too.
      const included = new Set<string>();
      // The outermost file including each included one (nested includes followed), compose-named ones too: the project
      // its services join (an overlay beside that file merges over them).
      const includeRoot = new Map<string, string>();
      // Files a compose file list names (`COMPOSE_FILE` in `.env`, `docker compose -f a.yml -f b.yml` in a Makefile) are compose
      // files whatever their names, as `include:`d ones are (`deploy/production.yaml` holding only `ports: !reset []`).
      const listedIn = new Map<string, string>();
      // The files a list run for production names (not only a `dev:` target or `scripts/dev.sh`): what `docker compose` loads there.
      const listedForProduction = new Set<string>();
      for (const l of this.composeFileLists()) for (const f of l.files) { if (!listedIn.has(f)) listedIn.set(f, l.by); if (!l.dev) listedForProduction.add(f); }
      for (const f of listedIn.keys()) if (!this.ruleTestTarget(f)) names.add(f);
      let level = [...names, ...byContent];
      for (let depth = 0; level.length && depth < 8; depth++) {
        const next: string[] = [];
        for (const f of level) {
          const y = this.yaml(f);
          if (!y) continue;
          for (const inc of composeIncludeFiles(y)) {
            if (this.fileSet.has(inc)) included.add(inc);
            if (this.fileSet.has(inc) && inc !== f && !includeRoot.has(inc)) includeRoot.set(inc, includeRoot.get(f) ?? f);
            if (!this.fileSet.has(inc) || names.has(inc)) continue;
            names.add(inc);
            includedBy.set(inc, f);
            next.push(inc);
          }
        }
        level = next;
      }
      for (const f of byContent) names.add(f);
      // Files named by `extends.file` are bases, judged through the services that extend them: never
      // compose files by content, even when they look like one.
      const bases = new Map<string, string>();
      for (const f of [...names]) for (const ext of composeExtendsFiles(this.yaml(f) ?? { path: f, docs: [], errors: [] })) if (this.fileSet.has(ext)) { names.add(ext); if (ext !== f && !bases.has(ext)) bases.set(ext, f); }
      const recognised = new Set(byContent.filter((f) => !bases.has(f) && !includedBy.has(f)));
      // A base named like a compose file (`docker-compose.base.yml`) is still a base; the folder's main file
      // (`docker-compose.yml`, which an overlay may extend) and an included file are projects of their own.
      const extendedBy = (f: string) => (included.has(f) || isMainComposeFile(f) ? undefined : bases.get(f));
      return [...names].sort().flatMap((f) => {
        // Stored in Git LFS and not pulled: a pointer, not the compose file (it would read as a string).
        const t = this.text(f);
        if (t !== undefined && isLfsPointer(t)) { this.problem({ file: f, line: 1, column: 1, message: LFS_POINTER_PROBLEM }); return []; }
        const y = this.yaml(f);
        if (!y) {
          // Too large to parse (a generated stack file): said in a note, not judged silently as absent.
          if (firstChunk(this.chunks(f, PEEK)) !== undefined) this.skip(f, LARGE_COMPOSE_SKIP);
          return [];
        }
        const by = includedBy.get(f);
        // What docker compose refuses (`ports: 5432`, `mem_limit: [1]`, `services: []`) is a parse
        // problem, and the service is not judged on it.
        const shape = y.errors.length ? { problems: [], broken: new Set<string>() } : composeShapeProblems(y);
        for (const pr of shape.problems) this.problem({ file: f, ...pr });
        // An `extends` docker compose refuses (a missing file or service, a cycle) is a parse problem too.
        // `extends.file` may name a repository file outside the scanned folder (`--dir services/worker` extending
        // `../../deploy/common/base.yml`): read like any repository file (never outside the root), as docker compose does.
        const present = (p: string) => this.fileSet.has(p) || this.outsideBase(p);
        // So is an `include:` naming a file that is not in the repository; one outside it is not read, and said so when the
        // repository's root is scanned (from a sub-folder, `../../deploy/common/db.yaml` may be a repository file).
        if (!y.errors.length) for (const pr of composeIncludeProblems(y, present, this.base === '')) this.problem({ file: f, ...pr });
        const services = composeServices(y, (p) => (present(p) ? this.yaml(p) : undefined), { has: present, problem: (pr) => this.problem(pr), lines: (p) => this.lines(p) }).filter((s) => !shape.broken.has(s.name));
        // The variables compose interpolates the file with: the committed `.env` in its folder (composeBuild resolves a target with them).
        const dotenv = this.envFileAt(dirname(f) ? `${dirname(f)}/.env` : '.env');
        if (dotenv?.entries.length) { const vars = new Map(dotenv.entries.map((e) => [e.key, e.value] as const)); for (const s of services) s.vars = vars; }
        // A legacy-named file beside the canonical one (`docker-compose.yml` beside `compose.yaml`): `docker compose up` loads only the
        // canonical file, so its services run nowhere unless something names it (`-f`, one file or several, `COMPOSE_FILE`, `include:`):
        // notes saying so. A command run for development only (`dev:`, `scripts/dev.sh`) names it for development, not production.
        const canonical = shadowingComposeFile(f, (p) => this.fileSet.has(p));
        if (canonical && !listedForProduction.has(f) && !included.has(f)) {
          const devBy = listedIn.get(f);
          const why = `not loaded by docker compose up: ${canonical} beside it is the file compose reads, and ${devBy ? `only ${devBy}, a development command, names ${basename(f)}` : `nothing names ${basename(f)} with -f or COMPOSE_FILE`}`;
          for (const s of services) s.devEnvironment ??= why;
        }
        const base = extendedBy(f);
        const root = includeRoot.get(f);
        const listed = listedIn.get(f);
        return [{ path: f, services, ...(by ? { includedBy: by } : {}), ...(root ? { includeRoot: root } : {}), ...(base ? { extendedBy: base } : {}), ...(recognised.has(f) ? { byContent: true as const } : {}), ...(listed ? { listedIn: listed } : {}) }];
      });
    });
  }

  k8sObjects(): K8sObject[] {
    return this.memo('k8s', () => {
      const compose = new Set(this.composeFiles().map((c) => c.path));
      const out: K8sObject[] = [];
      const unread: UnreadManifest[] = [];
      this.unreadK8s = unread;
      for (const f of filesEndingIn(this.files, 'yml', 'yaml', 'json')) {
        // A JSON manifest (`deployment.json`; JSON is YAML) is read too, when it names both keys.
        const json = /\.json$/i.test(f);
        // A vendored dependency's manifests (`node_modules/pkg/deploy/k8s.yaml`) are that project's, not this repository's deployment.
        if ((!isYamlFile(f) && !json) || compose.has(f) || isWorkflowFile(f) || isVendored(f)) continue;
        const t = this.text(f);
        if (t === undefined) {
          // Too large to parse: a vendored install bundle is said in a note, a data dump stays quiet (a JSON one: its
          // first chunk must give `apiVersion` and `kind` string values, which a JSON schema of them does not).
          const head = firstChunk(this.chunks(f, PEEK));
          if (head !== undefined && (json ? JSON_MANIFEST_KEYS.every((re) => re.test(head)) : head.includes('apiVersion') && head.includes('kind'))) {
            this.skip(f, LARGE_MANIFEST_SKIP);
            // The kinds of the whole file (an install bundle's CRDs fill its first chunk; its Deployment comes last): for
            // the skip reasons, which must not say "no workloads" when one is in the file not read.
            const kinds = new Set<string>();
            for (const c of this.chunks(f, PEEK) ?? []) for (const k of kindsNamed(c.text, json)) kinds.add(k);
            unread.push({ file: f, why: 'not checked', kinds: [...kinds] });
          }
          continue;
        }
        if (json && !(t.includes('"apiVersion"') && t.includes('"kind"'))) continue;
        // Cheap prefilter: a manifest names both keys.
        if (!t.includes('apiVersion') || !t.includes('kind')) continue;
        // A linter rule's test target (`# ruleid: privileged-container`): a fixture, no manifest the repository deploys.
        if (this.ruleTestTarget(f)) continue;
        // Nested deeper than the YAML reader reads (which JSON.parse would take): refused as a YAML manifest is.
        const deep = json ? jsonTooDeep(t, MAX_FLOW_DEPTH) : null;
        if (deep) {
          this.problem({ file: f, ...deep, message: TOO_DEEP });
          unread.push({ file: f, why: 'parse-error', kinds: kindsNamed(t, json) });
          continue;
        }
        const j = json ? this.json(f) : undefined;
        const y = json ? jsonManifest(j) : this.yaml(f);
        if (!y) {
          if (j === null) unread.push({ file: f, why: 'parse-error', kinds: kindsNamed(t, json) });
          continue;
        }
        // Templated (Helm): what parses is judged; a template that does not was skipped by yaml().
        if (y.errors.length && isTemplated(t)) continue;
        if (y.errors.length) unread.push({ file: f, why: this.problems.some((pr) => pr.file === f) ? 'parse-error' : 'not checked', kinds: kindsNamed(t, json) });
        // A `kind: List` (what `kubectl get -o yaml` writes) stands for its items. A workload whose pod
        // template kubectl cannot decode (`containers:` a mapping) is a parse problem, not judged.
        // Each object refused is a parse problem of its own (scoped to it): the others are judged, and each broken one is named.
        for (const d of y.docs) {
          const o = toK8sObject(f, d);
          if (!o) continue;
          let n = 0;
          for (const item of expandK8sObject(o)) {
            const broken = podTemplateShapeProblem(item) ?? serviceShapeProblem(item);
            n++;
            if (broken) {
              this.problem({ file: f, ...broken, scope: `k8s document ${d.index} object ${n}` });
              unread.push({ file: f, why: 'parse-error', kinds: [item.kind] });
            } else out.push(item);
          }
        }
      }
      return out;
    });
  }

  unreadManifests(): UnreadManifest[] {
    this.k8sObjects();
    // One entry per file (a file with several workloads kubectl refuses: their kinds together).
    const byFile = new Map<string, UnreadManifest>();
    for (const u of this.unreadK8s) {
      const had = byFile.get(u.file);
      if (!had) byFile.set(u.file, { ...u, kinds: [...u.kinds] });
      else for (const k of u.kinds) if (!had.kinds.includes(k)) had.kinds.push(k);
    }
    return [...byFile.values()];
  }

  envFiles(): EnvFile[] {
    // A vendored dependency's env files (`node_modules/pkg/.env`) are that project's: no environment of this repository's
    // deployment (env-file-committed reads them through envFileAt).
    return this.memo('env', () => filesWhere(this.files, isEnvFile).filter((f) => !isVendored(f)).flatMap((f) => {
      const t = this.text(f);
      return t === undefined ? [] : [parseEnv(f, t)];
    }));
  }

  envFileAt(p: string): EnvFile | undefined {
    const named = this.envFiles().find((e) => e.path === p);
    if (named || (isEnvFile(p) && !isVendored(p)) || !this.has(p)) return named;
    return this.memo(`env:${p}`, () => {
      const t = this.text(p);
      return t === undefined ? undefined : parseEnv(p, t);
    });
  }

  nginxFiles(): string[] {
    return this.memo('nginx', () => filesWhere(this.files, isNginxCandidate).filter((f) => {
      // A vendored dependency's configuration (`vendor/…/nginx.conf`) is that project's: not read (nor noted when too large).
      if (isVendored(f)) return false;
      const t = this.text(f);
      // Too large to parse (a generated list of redirects): said in a note when it has nginx directives (anywhere: a
      // redirect `map` of thousands of lines usually comes first), not judged silently as absent.
      if (t === undefined && someChunk(this.chunks(f, PEEK), (c) => NGINX_DIRECTIVES.test(c))) this.noteLarge(f, 'an nginx configuration');
      // A linter rule's test target (Semgrep's `generic/nginx/security/*.conf` with `# ruleid:` comments): a fixture.
      return t !== undefined && NGINX_DIRECTIVES.test(t) && !this.ruleTestTarget(f);
    }));
  }

  nginx(p: string): NginxDirective[] {
    return this.memo(`nginx:${p}`, () => {
      const problems: NginxProblem[] = [];
      const written = this.text(p) ?? '';
      // A Jinja or ERB comment across lines (`{# … #}`, `<%# … %>`) renders to nothing: blanked, lines and columns kept.
      const syntax = templateSyntax(p, written);
      const { text, unclosed: unclosedComment } = blankTemplateComments(written, syntax);
      // A template rendered at container start (gomplate, confd, Jinja: `{{ .Env.HOST }}`, `{% if … %}`; Terraform's `${domain}`):
      // each tag is read as the word it renders to, one standing alone is set aside; braces its tags break are no nginx error.
      const templated = hasTemplateTags(text, syntax);
      const tree = parseNginx(text, problems, { templates: templated, terraform: syntax.terraform });
      // A template tag never closed (`server_name {{ domain ;`): the template engine refuses the file, whatever braces it breaks.
      const unclosed = unclosedComment ?? ((problems.length || syntax.erb || templated) && (text.includes('{{') || text.includes('{%') || text.includes('<%'))
        ? unclosedTemplateTag(text, syntax.erb || (templated && text.includes('%>'))) : null);
      if (unclosed) { this.nginxTemplateBreaks.set(p, unclosed); return []; }
      const broken = problems[0];
      if (broken && templated) { this.nginxTemplateBreaks.set(p, broken); return []; }
      if (broken) { this.problem({ file: p, ...broken }); return []; }
      return tree;
    });
  }

  nginxTemplateBreak(p: string): NginxProblem | undefined {
    this.nginx(p);
    return this.nginxTemplateBreaks.get(p);
  }

  gitignored(p: string): boolean {
    // git reads a .gitignore as bytes: one saved as UTF-16 (Windows PowerShell's `echo .env > .gitignore`) holds no rule it can match.
    this.gitignoreRules ??= this.gitignoreFiles().map((f) => ({ dir: dirname(f), ig: gitignore().add(this.utf16(f) ? '' : this.text(f) ?? this.largeGitFile(f)) }));
    return gitIgnores(this.gitignoreRules, p);
  }

  /**
   * The text of a git file (`.gitignore`) over 1 MiB, which `text` refuses: git reads it whatever its size (a generated
   * list of assets), so its rules apply; read in chunks of whole lines (up to the large-file limit). '' for any other file.
   */
  private largeGitFile(p: string): string {
    if (this.unreadReason(p) !== TOO_LARGE_SKIP) return '';
    let out = '';
    for (const c of this.chunks(p, PEEK) ?? []) {
      // A piece of a line longer than a chunk is no rule git could match: left out.
      if (c.lineOffset !== undefined || c.rereadFrom !== undefined) continue;
      out += out && !out.endsWith('\n') ? `\n${c.text}` : c.text;
    }
    return out;
  }

  gitignoreFiles(): string[] {
    return this.memo('gitignores', () => this.gitignoresFound().filter((f) => !this.isLink(f)));
  }

  gitignoreLinks(): string[] {
    return this.memo('gitignore-links', () => this.gitignoresFound().filter((f) => this.isLink(f)));
  }

  untrackedEnvFiles(): readonly string[] {
    return this.memo('untracked-env', () => this.untracked.filter((f) => basename(f) !== '.gitignore' && isEnvFile(f)));
  }

  isTrackedLink(p: string): boolean { return this.git && this.links.has(p); }

  untrackedLinks(): Readonly<Record<string, string>> { return this.linksOut; }

  /** Whether a repository path is a symlink in the working tree (or a tracked one checked out as a plain file). */
  private isLink(p: string): boolean {
    if (Object.hasOwn(this.textLinks, p)) return true;
    try { return fs.lstatSync(path.join(this.root, p), { throwIfNoEntry: false })?.isSymbolicLink() ?? false; } catch { return false; }
  }

  /** Every `.gitignore` of the working tree that applies to the scan (tracked, untracked, above the scanned folder), symlinks included, root first. */
  private gitignoresFound(): string[] {
    return this.memo('gitignores-found', () => {
      const listed = [...filesEndingIn(this.files, 'gitignore'), ...this.untracked].filter((f) => basename(f) === '.gitignore');
      // Scanning `services/api`: `.gitignore` and `services/.gitignore` still apply.
      const above: string[] = [];
      for (let d = this.base ? dirname(this.base) : null, guard = 0; d !== null && guard < 256; d = d ? dirname(d) : null, guard++) {
        const f = d ? `${d}/.gitignore` : '.gitignore';
        if (!this.fileSet.has(f) && this.text(f) !== undefined) above.push(f);
      }
      // Root first (by depth), as gitIgnores expects: deeper files override shallower ones.
      const depth = (f: string) => f.split('/').length;
      return [...above, ...listed].sort((a, b) => depth(a) - depth(b));
    });
  }
}

/**
 * Semgrep's rule-test annotation on a comment line (`# ruleid: missing-user`, `// ok: express-cors`, `# todoruleid: a, b`, DeepSemgrep's
 * `deepruleid:`); group 1: `ruleid` or `ok`.
 */
const RULE_TEST_ANNOTATION = /^[ \t]*(?:#|\/\/|--|;|<!--|\/\*)[ \t]*(?:todo|deep)?(ruleid|ok)[ \t]*:[ \t]*[\w.-]+/m;

/** Reads of a large file that only classify it (Snapshot.chunks): the secret scan's budget and notes are not touched. */
const PEEK = { peek: true } as const;

/** A JSON manifest's `apiVersion` and `kind`, with string values (a JSON schema or OpenAPI document names them with object values). */
const JSON_MANIFEST_KEYS = [/"apiVersion"\s*:\s*"/, /"kind"\s*:\s*"/];

/** The kinds a manifest's text names (`kind: Deployment`, `"kind": "Deployment"`; the first 20). */
function kindsNamed(text: string, json: boolean): string[] {
  const out = new Set<string>();
  const re = json ? /"kind"\s*:\s*"(\w+)"/g : /^[ \t]*(?:-[ \t]+)?kind:[ \t]*["']?(\w+)/gm;
  for (const m of text.matchAll(re)) if (out.add(m[1]!).size >= 20) break;
  return [...out];
}

/** The top-level keys of a compose file (Compose specification), besides `x-…` extensions. */
const COMPOSE_TOP_LEVEL = new Set(['version', 'name', 'services', 'networks', 'volumes', 'configs', 'secrets', 'include', 'models']);

/** Whether a parsed YAML file has a compose file's shape (see Snapshot.composeByContent). */
function isComposeShaped(y: YamlFile): boolean {
  const docs = y.docs.filter((d) => d.value !== null && d.value !== undefined);
  const top = docs.length === 1 ? docs[0]!.value : null;
  if (!isObject(top) || !Object.keys(top).every((k) => COMPOSE_TOP_LEVEL.has(k) || k.startsWith('x-'))) return false;
  const services = top['services'];
  if (!isObject(services) || !Object.keys(services).length) return false;
  return Object.values(services).every((svc) => isObject(svc) && (typeof svc['image'] === 'string' || typeof svc['build'] === 'string' || isObject(svc['build']) || svc['extends'] !== undefined));
}

/** Whether a chunk of a large file satisfies `test`: read one chunk at a time, stopping at the first that does. */
function someChunk(chunks: Iterable<TextChunk> | null, test: (text: string) => boolean): boolean {
  for (const c of chunks ?? []) if (test(c.text)) return true;
  return false;
}

/** The text of the first chunk, closing the file (`return()` runs the reader's `finally`). */
export function firstChunk(chunks: Iterable<TextChunk> | null): string | undefined {
  if (!chunks) return undefined;
  const it = chunks[Symbol.iterator]();
  try { return it.next().value?.text; } finally { it.return?.(); }
}

/**
 * Remembers `fn`'s answer per snapshot view: derived views several checks ask for (entry points,
 * deploy environment) are computed once. The answer must be treated as read-only.
 */
export function perView<T>(fn: (view: SnapshotView) => T): (view: SnapshotView) => T {
  return perObject(fn);
}
