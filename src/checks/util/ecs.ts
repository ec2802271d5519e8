/**
 * AWS container and function descriptors, read once per view for every check (platform.ts feeds their environment and
 * commands to the checks that read PlatformEnv/PlatformCommand; image-tag-pinned and dockerfile-non-root read the containers):
 * - an ECS task definition in JSON (a file whose top level has `containerDefinitions` beside `family` or another task
 *   definition key, also wrapped in `taskDefinition` as `aws ecs describe-task-definition` prints it: `task-definition.json`,
 *   `.aws/task-definition.json`, `ecs/web.json`; also a bare list of container definitions, as Terraform reads with `file()`) and Elastic Beanstalk's `Dockerrun.aws.json` (v2 `containerDefinitions`,
 *   v1 `Image.Name`);
 * - CloudFormation and SAM templates (YAML or JSON): `AWS::ECS::TaskDefinition` `ContainerDefinitions`,
 *   `AWS::Serverless::Function`/`AWS::Lambda::Function` `Environment.Variables` and SAM's `Globals.Function` (a key there
 *   counts only when some `AWS::Serverless::Function` of the template does not set it itself: the function's value wins); a value
 *   written with an intrinsic function (`!Ref`, `!Sub`, `!GetAtt`, `{ "Fn::Sub": … }`) is a reference, never a literal — but a
 *   container's `Image` so written is kept as CloudFormation renders it (`imageIntrinsic`: `Fn::Join`/`Fn::Sub`'s literal text, the
 *   parts it computes marked), for image-tag-pinned to judge its literal text; a Serverless Framework `serverless.yml`'s `resources`
 *   section is read as a template (cfnTemplate);
 * - Terraform `aws_ecs_task_definition` resources whose `container_definitions` are written in the `.tf` file: `jsonencode([…])`
 *   in HCL object syntax, or a heredoc of JSON (`<<EOF`, `<<-DEFINITION`); a reference (`var.image`), an interpolation
 *   (`"${var.repo}:${var.tag}"`), a call or a `for` expression is a value Terraform computes, never a literal (hcl.ts) — an image written
 *   as such a string is kept as written, `imageTemplate`, for image-tag-pinned to judge its literal text; a heredoc's
 *   template directives (`%{ for … }…%{ endfor }`, `%{ if … }…%{ endif }`) are set aside with all they enclose and the literal rest is
 *   read (a command list one was in is not judged); one whose directives leave nothing to read is `unread` (an `info` note);
 * - Elastic Beanstalk `.ebextensions/*.config` `option_settings` of `aws:elasticbeanstalk:application:environment` (the map
 *   form and the list of `option_name`/`value`, whose namespace defaults to it);
 * - Terraform apps' environments and the terraform-aws-modules/ecs module's containers (terraformApps): `aws_lambda_function`,
 *   `aws_elastic_beanstalk_environment` settings, Azure App Service `app_settings`, terraform-aws-modules/lambda.
 * Templates (`task-definition.json.template`, `task-definition.template.json`) and test or illustration folders are skipped; a CloudFormation
 * template named as CloudFormation names them (`MyStack.template.json`, CDK's `cdk.out/` output, `ecs-cluster.template.yaml`) is
 * read. A descriptor that is not valid JSON — by its name (`Dockerrun.aws.json`, `task-definition*.json`, `taskdef*.json`,
 * `*task-def*.json`) or its text (`"containerDefinitions"`, a CloudFormation `"Type": "AWS::…"` it reads) — is a parse problem
 * at the error (unless it parses once its `{{ … }}`/`${…}` placeholders are filled in — a template rendered before deploy —
 * or its first error is at a placeholder), and so is one nested more than 512 levels deep (as a YAML file is);
 * other JSON that does not parse is not read (no finding). A descriptor or `.tf` file over 1 MiB is not read: a note says so.
 */
import { basename, filesEndingIn, hasDevWord, isDevOnly, isTemplate, isTerraformSource, isTestFile, isVendored, isVendoredOrGenerated } from '../../repo/classify.js';
import { isObject, MAX_FLOW_DEPTH } from '../../repo/yaml.js';
import { jsonTooDeep } from '../../repo/json.js';
import { firstChunk, isTemplated, perView, type SnapshotView } from '../../repo/snapshot.js';
import type { PlatformCommand, PlatformEnv } from './platform.js';
import { hclObjectBody, hclArgument, hclAttribute, hclBlocks, hclNestedBlocks, terraformBreak, terraformTaskDefinitions, type HclBlock, type HclValue, type TemplatePart } from './hcl.js';
import { terragruntConfigs } from './terragrunt.js';
import { lineColumnAt, someOf, valueStart } from './text.js';
import { platformFile } from '../../repo/platform-files.js';

/** A value written in a descriptor, where it is written. */
export interface AwsValue { value: string; line: number; column: number }

/** A container an AWS descriptor runs: its image and user as written (null when absent or a reference). */
export interface AwsContainer {
  file: string; where: string; image: AwsValue | null; user: AwsValue | null; dev: boolean;
  /** The container's `name` ('' when it has none). */
  name: string;
  /** A FireLens log router (`firelensConfiguration`), which AWS's examples run as user 0. */
  logRouter?: boolean;
  /** A GitHub workflow that sets this container's image at deploy time (`aws-actions/amazon-ecs-render-task-definition`). */
  imageSetBy?: string;
  /**
   * A Terraform image written as a template string (`"${aws_ecr_repository.app.repository_url}:latest"`, `"acme/api:${var.tag}"`):
   * its text as written between the quotes, at the value (`image` is then null: Terraform computes it).
   */
  imageTemplate?: AwsValue;
  /**
   * A CloudFormation image written with intrinsic functions (`Fn::Join`, `Fn::Sub`, `!Ref`…: CDK's `fromEcrRepository` image), at the
   * value (`image` is then null): its parts as CloudFormation renders it (cfnParts), the literal text and what CloudFormation computes.
   */
  imageIntrinsic?: { parts: TemplatePart[]; line: number; column: number };
}

/**
 * A database password a CloudFormation template deploys: a resource's literal `MasterUserPassword` (with its literal
 * `MasterUsername`), or a parameter's `Default` (used whenever the stack is created without a value) — a parameter a
 * `MasterUserPassword` references (`!Ref`), or any parameter (`param` set, `resource` null) judged by its own name.
 */
export interface CfnCredential {
  file: string; line: number; column: number; value: string; dev: boolean;
  /** The resource (`AWS::RDS::DBInstance 'Db'`) whose `MasterUserPassword` it is; null for a parameter judged by its name. */
  resource: string | null;
  /** The parameter whose `Default` it is, when it is one. */
  param: string | null;
  /** The resource's literal `MasterUsername`. */
  user: string | null;
}

/** Container definitions written in a deploy file that could not be read (a Terraform heredoc whose template directives leave nothing): where, and why. */
export interface AwsUnread { file: string; line: number; column: number; where: string; why: string; dev: boolean }

export interface AwsDeploy { env: PlatformEnv[]; commands: PlatformCommand[]; containers: AwsContainer[]; credentials: CfnCredential[]; unread: AwsUnread[] }

/**
 * Bounds: the work of locating values in one file. Each position is a walk from the document's root that looks at a mapping's
 * keys in turn (a list's item is reached at once), so it costs about the index of each key on the way. Past it (no real
 * descriptor comes near: ECS caps a task definition at 64 KiB), a value is still judged, reported at the key of the list or
 * mapping it is in, and a YAML tag on it is not looked at.
 */
const MAX_LOCATE_WORK = 4_000_000;

type Path = (string | number)[];
type Loc = { line: number; column: number };
/** `partial`: the object or list at a path is only part of what deploys (a Terraform heredoc's template directive was set aside in it). */
/** `template`: a Terraform template string at a path, as written (HclValue.template). */
interface Doc { value: unknown; loc(path: Path, key?: boolean): Loc | null; tag?(path: Path): string | null; partial?(path: Path): boolean; template?(path: Path): string | null }

/** `doc` with its walks bounded by MAX_LOCATE_WORK (see there). */
function bounded(doc: Doc): Doc {
  let left = MAX_LOCATE_WORK;
  const indexes = new WeakMap<object, Map<string, number>>();
  const near = new Map<string, Loc | null>();
  const cost = (path: Path): number => {
    let c = path.length;
    let v: unknown = doc.value;
    for (const seg of path) {
      if (isObject(v)) {
        let ix = indexes.get(v);
        if (!ix) { ix = new Map(Object.keys(v).map((k, i) => [k, i])); indexes.set(v, ix); }
        c += ix.get(String(seg)) ?? ix.size;
        v = v[String(seg)];
      } else v = Array.isArray(v) && typeof seg === 'number' ? v[seg] : undefined;
    }
    return c;
  };
  const spend = (path: Path): boolean => {
    const c = cost(path);
    if (c > left) return false;
    left -= c;
    return true;
  };
  return {
    value: doc.value,
    ...(doc.tag ? { tag: (path: Path) => (spend(path) ? doc.tag!(path) : null) } : {}),
    ...(doc.partial ? { partial: doc.partial.bind(doc) } : {}),
    ...(doc.template ? { template: doc.template.bind(doc) } : {}),
    loc(path: Path, key?: boolean) {
      if (spend(path)) return doc.loc(path, key);
      // The key of the list or mapping the value is in (`environment`, `Variables`), else of one further out.
      for (let p = path.slice(0, -1); ; p = p.slice(0, -1)) {
        while (typeof p[p.length - 1] === 'number') p = p.slice(0, -1);
        if (!p.length) return { line: 1, column: 1 };
        const id = JSON.stringify(p);
        if (near.has(id)) return near.get(id)!;
        if (spend(p)) { const at = doc.loc(p, true); near.set(id, at); return at; }
      }
    },
  };
}

/** Task definition keys besides `containerDefinitions` that tell an ECS task definition from other JSON. */
const TASKDEF_KEYS = ['family', 'AWSEBDockerrunVersion', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'requiresCompatibilities'];
export const CFN_TYPES_RE = /AWS::(?:ECS::TaskDefinition|Serverless::Function|Lambda::Function|RDS::DB(?:Instance|Cluster)|DocDB::DBCluster|Redshift::Cluster)\b/;
/** A JSON CloudFormation template with a resource this reads. */
const CFN_JSON_RE = /"Type"\s*:\s*"AWS::(?:ECS::TaskDefinition|Serverless::Function|Lambda::Function|RDS::DB(?:Instance|Cluster)|DocDB::DBCluster|Redshift::Cluster)"/;
/** Database resources whose `MasterUsername`/`MasterUserPassword` a template sets. */
const CFN_DB_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Redshift::Cluster']);

/** The names awsDeploy reads (`.ebextensions` configs, Terraform, JSON, YAML), by their ending. */
const AWS_DEPLOY_NAME = /\.(?:config|tf|tofu|json|ya?ml)$/i;
/** CloudFormation's own naming of its templates (CDK's `cdk.out/MyStack.template.json`, `ecs-cluster.template.yaml`): not a placeholder. */
const CFN_NAME_RE = /\.template\.(json|ya?ml)$/i;
/** A file named as CloudFormation names its templates (`stack.template.yaml`), which is what deploys, not a placeholder file. */
export const isCfnNamed = (file: string): boolean => CFN_NAME_RE.test(file) && !isTemplate(file.replace(CFN_NAME_RE, '.$1'));
/** A container descriptor by its name: `Dockerrun.aws.json`, `task-definition*.json`, `taskdef*.json`, `*task-def*.json`. */
const DESCRIPTOR_NAME_RE = /^dockerrun\.aws\.json$|task[-_]?def(?:inition)?s?(?![a-z])[^/]*\.json$/i;
/** Template placeholders a deploy step fills in (`"cpu": {{ cpu }}`, `"memory": ${MEMORY}`). */
const PLACEHOLDER_RE = /\{\{[^{}\n]*\}\}|\{%[^\n]*?%\}|\$\{[^{}\n]*\}|<%[^\n]*?%>/;
const EB_ENV_NAMESPACE = 'aws:elasticbeanstalk:application:environment';

/**
 * A development descriptor: a development-only place, or a development word in its name (`task-definition-dev.json`,
 * `.ebextensions/dev.config`, `template-dev.yaml`). Also cors-wildcard's rule for SAM templates and serverless files, so the
 * API and the environment one template sets are judged alike.
 */
export const devFile = (file: string): boolean => isDevOnly(file) || hasDevWord(basename(file).replace(/\.[^.]+$/, ''));

/** One argument as a POSIX shell reads it back (platform commands are run with `/bin/sh -c`). */
const shellWord = (w: string): string => /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", `'\\''`)}'`;

export const awsDeploy = perView(function awsDeploy(snapshot: SnapshotView): AwsDeploy {
  const out: AwsDeploy = { env: [], commands: [], containers: [], credentials: [], unread: [] };
  for (const f of filesEndingIn(snapshot.files, 'config', 'tf', 'tofu', 'json', 'yml', 'yaml')) {
    const name = basename(f);
    // The name first (a cheap test), the costlier tests after; not a vendored dependency's (`node_modules/pkg/ecs/task-definition.json`,
    // `vendor/…/template.yaml`): that project's.
    if (!AWS_DEPLOY_NAME.test(name) || isTestFile(f) || isVendored(f)) continue;
    // `stack.template.json` is a template in CloudFormation's sense (what deploys): read as CloudFormation, never as a task definition.
    const cfnNamed = isCfnNamed(f);
    if (isTemplate(f) && !cfnNamed) continue;
    if (/(?:^|\/)\.ebextensions\/[^/]+\.config$/.test(f)) { ebextensions(snapshot, f, out); continue; }
    if (isTerraformSource(name)) { terraform(snapshot, f, out); continue; }
    const json = /\.json$/i.test(name);
    if (!json && !/\.ya?ml$/i.test(name)) continue;
    if (json && /^(?:package(?:-lock)?|composer|tsconfig|jsconfig)\.json$/i.test(name)) continue;
    const text = snapshot.text(f);
    if (text === undefined) { largeDescriptor(snapshot, f, json, cfnNamed); continue; }
    // A bare list of container definitions (Terraform's `container_definitions = file("containers.json")`, `--container-definitions file://…`) too.
    const named = json && DESCRIPTOR_NAME_RE.test(name);
    const ecs = json && !cfnNamed && (text.includes('"containerDefinitions"') || named || (/^\uFEFF?\s*\[/.test(text) && text.includes('"image"')));
    const cfn = CFN_TYPES_RE.test(text) || (text.includes('Default') && /\bParameters\b/.test(text) && /AWSTemplateFormatVersion|\bAWS::\w+::\w+/.test(text));
    if (!ecs && !cfn) continue;
    let doc: Doc | null = null;
    if (json) {
      // Strict JSON, parsed once by the snapshot, which records a parse problem for a file that is not valid JSON: only for a
      // descriptor by its name or text. Other JSON (a bare list with "image") is tried first, silently; so is a descriptor with
      // placeholders: one that parses once they are filled in is a template rendered before deploy, and one whose first mistake
      // is at a placeholder (the same error with them filled in, at the same place, is not) is left unread, not misplaced.
      const descriptor = (ecs && (named || text.includes('"containerDefinitions"'))) || (cfn && CFN_JSON_RE.test(text));
      const body = text.replace(/^\uFEFF/, '');
      if (!descriptor || PLACEHOLDER_RE.test(body)) {
        const error = jsonError(body);
        if (error !== null && (!descriptor || jsonError(body.replace(new RegExp(PLACEHOLDER_RE, 'g'), (m) => '0'.padEnd(m.length))) !== error)) continue;
      }
      doc = snapshot.json(f) ?? null;
      // Nested deeper than the YAML reader reads (JSON.parse takes it, but positions come through that reader): refused as a
      // deep YAML or JSON manifest is — `snapshot.yaml` records the parse problem — not left silently unjudged.
      if (doc && descriptor && jsonTooDeep(body, MAX_FLOW_DEPTH)) { snapshot.yaml(f); continue; }
    } else {
      const y = snapshot.yaml(f)?.docs[0];
      doc = y && y.value !== undefined ? y : null;
    }
    if (doc) doc = bounded(doc);
    if (doc && ecs && Array.isArray(doc.value) && doc.value.length && doc.value.every(containerDefinition)) {
      const dev = devFile(f);
      doc.value.forEach((c, i) => container(doc, [i], c as Record<string, unknown>, f, `ECS ${name}`, 'ecs', out, dev));
      continue;
    }
    if (!doc || !isObject(doc.value)) continue;
    if (ecs) taskDefinitionFile(doc, f, out);
    const template = cfn ? cfnTemplate(f, doc) : null;
    if (template) cloudFormation(template, f, out);
  }
  terragruntModuleCalls(snapshot, out);
  // The ECS deploy workflow renders the task definition with the image it just built (`task-definition: …`, `container-name: web`,
  // `image: ${{ steps.build.outputs.image }}`): the image written in the file is not what runs.
  const rendered = renderedTaskDefinitions(snapshot);
  for (const c of out.containers) {
    const by = rendered.get(c.file);
    const hit = by?.find((r) => r.container === null || r.container === c.name);
    if (hit) c.imageSetBy = hit.workflow;
  }
  return out;
});

/** What a CloudFormation reader needs of a parsed YAML or JSON document. */
export interface CfnDoc { value: unknown; loc(path: Path, key?: boolean): Loc | null; tag?(path: Path): string | null }

/**
 * The CloudFormation template a parsed YAML or JSON document holds, for every reader of CloudFormation resources: the document
 * itself when it has a `Resources` mapping, or — in the Serverless Framework's `serverless.yml` — its `resources` section, raw
 * CloudFormation (`Resources`, `Outputs`, `Conditions`) that `sls deploy` merges into the stack it generates, read as a template of
 * its own whose positions are the file's. Null when it holds none.
 */
export function cfnTemplate(file: string, doc: CfnDoc): CfnDoc | null {
  if (!isObject(doc.value)) return null;
  if (platformFile(file) === 'serverless') {
    const res = doc.value['resources'];
    if (!isObject(res) || !isObject(res['Resources'])) return null;
    const tag = doc.tag?.bind(doc);
    return { value: res, loc: (path, key) => doc.loc(['resources', ...path], key), ...(tag ? { tag: (path: Path) => tag(['resources', ...path]) } : {}) };
  }
  return isObject(doc.value['Resources']) ? doc : null;
}

/** ECS task definitions (awsDeploy's, by name or text), and CloudFormation templates: what a check's skip reason names when none could be read. */
export type AwsKind = 'ECS task definition' | 'CloudFormation template';

/**
 * The AWS descriptors a check reads that could not be parsed (each has its `parse-error` finding), for its skip reason: ECS task
 * definitions and `Dockerrun.aws.json` (by name or a `"containerDefinitions"` key, as awsDeploy tells them; when `ecs`) and
 * CloudFormation templates (also `serverless.yml`) whose text declares a resource type `cfn` matches (`AWS::ECS::TaskDefinition`):
 * JSON that is not valid (unless its first error is at a deploy-time placeholder, `{{ … }}`/`${…}`, as awsDeploy reads it) or YAML
 * that does not parse (a templated one is skipped with its own note: not named). Test, example and vendored files are not read by
 * the checks, so not named either.
 */
export function unreadAwsDescriptors(snapshot: SnapshotView, want: { ecs: boolean; cfn: RegExp | null }): { file: string; kind: AwsKind }[] {
  const out: { file: string; kind: AwsKind }[] = [];
  for (const f of filesEndingIn(snapshot.files, 'json', 'yml', 'yaml')) {
    const name = basename(f);
    const json = /\.json$/i.test(name);
    if ((!json && !/\.ya?ml$/i.test(name)) || isTestFile(f) || isVendoredOrGenerated(f) || (isTemplate(f) && !isCfnNamed(f))) continue;
    const text = snapshot.text(f);
    if (text === undefined) continue;
    const ecs = want.ecs && json && !isCfnNamed(f) && (DESCRIPTOR_NAME_RE.test(name) || text.includes('"containerDefinitions"'));
    const cfn = !!want.cfn && want.cfn.test(text) && (json ? /"Type"\s*:\s*"AWS::/.test(text) : /^[ \t]*Type[ \t]*:[ \t]*['"]?AWS::/m.test(text));
    if (!ecs && !cfn) continue;
    const kind: AwsKind = ecs ? 'ECS task definition' : 'CloudFormation template';
    if (json) {
      // As awsDeploy reads one with placeholders: unread when it does not parse, and not only at a placeholder.
      const body = text.replace(/^\uFEFF/, '');
      const error = PLACEHOLDER_RE.test(body) ? jsonError(body) : null;
      if (error !== null && jsonError(body.replace(new RegExp(PLACEHOLDER_RE, 'g'), (m) => '0'.padEnd(m.length))) !== error) continue;
      if (snapshot.json(f) === null) out.push({ file: f, kind });
    } else if (!isTemplated(text) && snapshot.yaml(f)?.errors.length) out.push({ file: f, kind });
  }
  return out;
}

/**
 * A check's skip reason with the AWS descriptors it would read that could not be parsed named (unreadAwsDescriptors), as a compose
 * file that could not be read is (`…, and no ECS task definition could be read: task-definition.json: parse-error (see that
 * finding)`); `reason` itself when there are none. An empty `reason` gives that clause alone.
 */
export function withUnreadAws(reason: string, unread: readonly { file: string; kind: AwsKind }[]): string {
  if (!unread.length) return reason;
  const kinds = [...new Set(unread.map((u) => u.kind))].join(' or ');
  const clause = `no ${kinds} could be read: ${someOf(unread.map((u) => `${u.file}: parse-error (see that finding)`))}`;
  return reason ? `${reason}, and ${clause}` : clause;
}

/**
 * A file over 1 MiB that is a descriptor this reads, by its name or its first chunk (a bare list of containers, like other
 * JSON, stays silent): an `info` note says it was not checked.
 */
function largeDescriptor(snapshot: SnapshotView, file: string, json: boolean, cfnNamed: boolean): void {
  const head = firstChunk(snapshot.chunks(file, { peek: true }));
  if (head === undefined) return;
  if (json && !cfnNamed && (DESCRIPTOR_NAME_RE.test(basename(file)) || head.includes('"containerDefinitions"'))) snapshot.noteLarge(file, 'an ECS task definition');
  else if (json ? CFN_JSON_RE.test(head) : CFN_TYPES_RE.test(head)) snapshot.noteLarge(file, 'a CloudFormation template');
}

/**
 * The task definition files GitHub workflows render with `aws-actions/amazon-ecs-render-task-definition`: file → the containers
 * (null: not named) and the workflow. An input written as `${{ env.NAME }}` is the step's, job's or workflow's `env` value (as
 * GitHub's ECS starter workflow writes `task-definition: ${{ env.ECS_TASK_DEFINITION }}`).
 */
function renderedTaskDefinitions(snapshot: SnapshotView): Map<string, { container: string | null; workflow: string }[]> {
  const out = new Map<string, { container: string | null; workflow: string }[]>();
  const envOf = (x: unknown): Record<string, unknown> => (isObject(x) && isObject(x['env']) ? x['env'] : {});
  for (const f of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    if (!/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(f) || !snapshot.text(f)?.includes('amazon-ecs-render-task-definition')) continue;
    const workflow = snapshot.yaml(f)?.docs[0]?.value;
    const all = isObject(workflow) && isObject(workflow['jobs']) ? Object.values(workflow['jobs']) : [];
    for (const job of all) {
      const steps = isObject(job) ? job['steps'] : undefined;
      if (!Array.isArray(steps)) continue;
      for (const st of steps) {
        if (!isObject(st) || typeof st['uses'] !== 'string' || !st['uses'].includes('amazon-ecs-render-task-definition') || !isObject(st['with'])) continue;
        const env = { ...envOf(workflow), ...envOf(job), ...envOf(st) };
        const input = (v: unknown): unknown => {
          const ref = typeof v === 'string' ? /^\s*\$\{\{\s*env\.([A-Za-z_][\w-]*)\s*\}\}\s*$/.exec(v) : null;
          return ref ? env[ref[1]!] : v;
        };
        const td = input(st['with']['task-definition']);
        const name = input(st['with']['container-name']);
        if (typeof td !== 'string' || td.includes('${{')) continue;
        // Relative to the repository root (the checkout the workflow runs in).
        const path = td.trim().replace(/^\.\//, '');
        out.set(path, [...(out.get(path) ?? []), { container: typeof name === 'string' && !name.includes('${{') ? name.trim() : null, workflow: f }]);
      }
    }
  }
  return out;
}

/** Why `text` is not valid JSON (the parser's message, which says where), or null when it is. */
function jsonError(text: string): string | null {
  try { JSON.parse(text); return null; } catch (e) { return e instanceof Error ? e.message : String(e); }
}

/**
 * An ECS container definition in a bare list: a `name` and an `image` (not a picture's file name: `avatar.png` is app data),
 * and a key only container definitions have.
 */
const containerDefinition = (c: unknown): boolean => isObject(c) && typeof c['name'] === 'string' && typeof c['image'] === 'string'
  && !/\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?|heic)$/i.test(c['image'].trim())
  && ['essential', 'portMappings', 'memoryReservation', 'logConfiguration', 'mountPoints', 'secrets', 'environment', 'memory', 'cpu'].some((k) => k in c);

/** The literal scalar at `path`, or null: absent, an object (`Fn::Sub`), or written with a CloudFormation tag (`!Ref`, `!Sub`). */
function literal(doc: Doc, path: Path, v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null;
  const tag = doc.tag?.(path) ?? null;
  if (tag && !tag.startsWith('!!') && tag !== 'tag:yaml.org,2002:str') return null;
  return String(v);
}

/** Bounds: intrinsic functions nested in one CloudFormation value (CDK nests `Fn::Select` in `Fn::Split` in `Fn::Join`). */
const MAX_INTRINSIC_DEPTH = 8;

/**
 * A CloudFormation value as its intrinsic functions render it, in parts (TemplatePart): literal text, and each part CloudFormation
 * computes as `Fn::Sub` names it (`AWS::AccountId`, `Repo`, `Repo.RepositoryUri`; another function by its name, `Fn::Select`).
 * `Fn::Join` (with a literal delimiter and list) and `Fn::Sub` (a variable map's literal values filled in, `${!Literal}` read as
 * the text `${Literal}`) are rendered, in JSON (`{ "Fn::Join": … }`) and in YAML's short forms (`!Join`, `!Sub`); `Ref`,
 * `Fn::GetAtt` and every other function (`Fn::If`, `Fn::ImportValue`, `Fn::Select`) are computed. A literal scalar is its text.
 * Null for a value that is none of these (a mapping that is no intrinsic function).
 */
function cfnParts(doc: Doc, path: Path, v: unknown, depth = 0): TemplatePart[] | null {
  if (depth > MAX_INTRINSIC_DEPTH) return null;
  const tag = doc.tag?.(path) ?? null;
  let fn: string;
  let arg: unknown;
  let argPath: Path;
  if (tag && !tag.startsWith('!!') && tag !== 'tag:yaml.org,2002:str') {
    // YAML's short forms: `!Ref X` is `{ Ref: X }`, `!Join [...]` is `{ "Fn::Join": [...] }`.
    fn = tag === '!Ref' ? 'Ref' : `Fn::${tag.slice(1)}`;
    arg = v;
    argPath = path;
  } else if (isObject(v)) {
    const keys = Object.keys(v);
    if (keys.length !== 1 || (keys[0] !== 'Ref' && !keys[0]!.startsWith('Fn::'))) return null;
    fn = keys[0]!;
    arg = v[fn];
    argPath = [...path, fn];
  } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return [{ text: String(v) }];
  else return null;
  if (fn === 'Ref' && typeof arg === 'string') return [{ expr: arg }];
  if (fn === 'Fn::GetAtt' && (typeof arg === 'string' || (Array.isArray(arg) && arg.every((a) => typeof a === 'string')))) return [{ expr: typeof arg === 'string' ? arg : arg.join('.') }];
  if (fn === 'Fn::Join' && Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
    const sep = arg[0];
    const out: TemplatePart[] = [];
    for (const [i, item] of arg[1].entries()) {
      const p = cfnParts(doc, [...argPath, 1, i], item, depth + 1);
      if (!p) return [{ expr: fn }];
      if (i > 0 && sep) out.push({ text: sep });
      out.push(...p);
    }
    return mergeText(out);
  }
  if (fn === 'Fn::Sub') {
    // `Fn::Sub: "…"`, or `Fn::Sub: ["…", { Name: value }]` with a map of its variables.
    const listed = Array.isArray(arg) && typeof arg[0] === 'string' && (arg.length === 1 || (arg.length === 2 && isObject(arg[1])));
    const body = typeof arg === 'string' ? arg : listed ? (arg as unknown[])[0] as string : null;
    const vars: Record<string, unknown> = listed && isObject((arg as unknown[])[1]) ? (arg as unknown[])[1] as Record<string, unknown> : {};
    if (body === null) return [{ expr: fn }];
    const out: TemplatePart[] = [];
    let text = '';
    for (let i = 0; i < body.length; i++) {
      const open = body.indexOf('${', i);
      const close = open < 0 ? -1 : body.indexOf('}', open + 2);
      if (close < 0) { text += body.slice(i); break; }
      text += body.slice(i, open);
      const name = body.slice(open + 2, close).trim();
      i = close;
      // `${!Literal}` is the text `${Literal}`.
      if (name.startsWith('!')) { text += `\${${name.slice(1)}}`; continue; }
      if (text) out.push({ text });
      text = '';
      const value = Object.hasOwn(vars, name) ? cfnParts(doc, [...argPath, 1, name], vars[name], depth + 1) : null;
      out.push(...(value ?? [{ expr: name }]));
    }
    if (text) out.push({ text });
    return mergeText(out);
  }
  return [{ expr: fn }];
}

/** `parts` with adjacent literal texts joined (`.dkr.ecr.` and `.` around nothing computed). */
function mergeText(parts: TemplatePart[]): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if ('text' in p && last && 'text' in last) out[out.length - 1] = { text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

/**
 * How a CloudFormation value's parts (cfnParts) read: the literal text with each computed part written as `Fn::Sub` writes it
 * (`${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/${Repo}:latest`).
 */
export const cfnText = (parts: readonly TemplatePart[]): string => parts.map((p) => ('text' in p ? p.text : `\${${p.expr}}`)).join('');

/** A deploy-time placeholder rather than a value (`${IMAGE}`, `{{ image }}`, `<IMAGE>`, `#{Tag}`). */
const placeholder = (v: string): boolean => /\$\{|\{\{|<[\w-]+>|#\{/.test(v);

/** An image reference as Docker reads it (a lower-case repository), not a placeholder (`IMAGE`, `<IMAGE>`, `placeholder`). */
export function imageRef(v: string): boolean {
  if (placeholder(v) || /placeholder|replace[-_]?me|to[-_]?be[-_]?replaced/i.test(v)) return false;
  return /^(?:[A-Za-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+|\/)[a-z0-9]+)*(?::\w[\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$/.test(v);
}

/**
 * How a container definition spells its keys: ECS JSON's lower camel case (`entryPoint`), CloudFormation's upper camel case
 * (`EntryPoint`), the terraform-aws-modules/ecs module's (`entrypoint`; otherwise ECS's).
 */
type Spelling = 'ecs' | 'cfn' | 'module';

/**
 * One container definition: its image, user, command (`entryPoint` then `command`, as the container runs them) and `environment`
 * `{name, value}` entries. `fallbackName`: the name it runs under when it sets none (the module's map key).
 */
function container(doc: Doc, path: Path, c: Record<string, unknown>, file: string, owner: string, spelling: Spelling, out: AwsDeploy, dev: boolean, fallbackName = ''): void {
  const k = (lower: string) => spelling === 'cfn' ? lower[0]!.toUpperCase() + lower.slice(1) : spelling === 'module' ? lower.toLowerCase() : lower;
  const name = literal(doc, [...path, k('name')], c[k('name')]) ?? fallbackName;
  const where = `${owner} container${name ? ` '${name}'` : ''}`;
  const at = (key: string, v: unknown): AwsValue | null => {
    const s = literal(doc, [...path, key], v);
    const loc = s !== null ? doc.loc([...path, key]) : null;
    return s !== null && loc ? { value: s, ...loc } : null;
  };
  const image = at(k('image'), c[k('image')]);
  const user = at(k('user'), c[k('user')]);
  // A FireLens log router (`firelensConfiguration`): AWS's own examples run it as user 0 (Fluent Bit reads the task's logs).
  const logRouter = ['firelensConfiguration', 'FirelensConfiguration', 'firelens_configuration'].some((key) => isObject(c[key]));
  // A Terraform image Terraform interpolates (`"${aws_ecr_repository.app.repository_url}:latest"`): its text as written.
  const template = image === null ? doc.template?.([...path, k('image')]) ?? null : null;
  const templateAt = template !== null ? doc.loc([...path, k('image')]) : null;
  const imageTemplate = template !== null && templateAt ? { value: template, ...templateAt } : null;
  // A CloudFormation image written with intrinsic functions (`Fn::Join` of a repository and `:latest`): its parts as rendered.
  const written = c[k('image')];
  const parts = spelling === 'cfn' && image === null && written !== undefined && written !== null ? cfnParts(doc, [...path, k('image')], written) : null;
  const partsAt = parts ? doc.loc([...path, k('image')]) : null;
  const imageIntrinsic = parts && partsAt ? { parts, ...partsAt } : null;
  out.containers.push({ file, where, name, image: image && imageRef(image.value.trim()) ? { ...image, value: image.value.trim() } : null, user: user && !placeholder(user.value) ? user : null, dev, ...(logRouter ? { logRouter } : {}), ...(imageTemplate ? { imageTemplate } : {}), ...(imageIntrinsic ? { imageIntrinsic } : {}) });
  // The command: `entryPoint` replaces the image's ENTRYPOINT, `command` its CMD; a list (or a string) of literal words.
  const words = (key: string): string[] | null | undefined => {
    const v = c[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return literal(doc, [...path, key], v) === null ? null : [v];
    // Words a template directive was set aside from (`"command": ["gunicorn", %{ if … }"--reload",%{ endif } …]`): not the command that runs.
    if (!Array.isArray(v) || !v.length || doc.partial?.([...path, key])) return null;
    const w = v.map((x, i) => literal(doc, [...path, key, i], x));
    return w.every((x): x is string => x !== null) && !w.some(placeholder) ? w : null;
  };
  const ep = words(k('entryPoint'));
  const cmd = words(k('command'));
  if (ep !== null && cmd !== null && (ep || cmd)) {
    const key = cmd ? k('command') : k('entryPoint');
    const loc = doc.loc([...path, key], true);
    const argv = [...(ep ?? []), ...(cmd ?? [])];
    // A single string is a command line already (`"command": "npm run dev"`); words are quoted back for `sh -c`.
    const line = argv.length === 1 && (typeof c[k('command')] === 'string' || typeof c[k('entryPoint')] === 'string') ? argv[0]! : argv.map(shellWord).join(' ');
    if (loc) out.commands.push({ file, line: loc.line, column: loc.column, where: `${where} ${key}`, command: line, ...(dev ? { dev } : {}) });
  }
  const env = c[k('environment')];
  if (Array.isArray(env)) {
    env.forEach((e, i) => {
      if (!isObject(e)) return;
      const key = literal(doc, [...path, k('environment'), i, k('name')], e[k('name')]);
      const value = literal(doc, [...path, k('environment'), i, k('value')], e[k('value')]);
      const loc = value !== null ? doc.loc([...path, k('environment'), i, k('value')]) : null;
      if (key && value !== null && !placeholder(value) && loc) out.env.push({ key, value, file, ...loc, where: `${where} environment`, dev });
    });
  }
}

/** An ECS task definition or a Dockerrun.aws.json (v2 `containerDefinitions`, v1 `Image.Name`). */
function taskDefinitionFile(doc: Doc, file: string, out: AwsDeploy): void {
  const root = doc.value as Record<string, unknown>;
  const wrapped = isObject(root['taskDefinition']) && Array.isArray(root['taskDefinition']['containerDefinitions']);
  const td = wrapped ? root['taskDefinition'] as Record<string, unknown> : root;
  const base: Path = wrapped ? ['taskDefinition'] : [];
  const dev = devFile(file) || (typeof td['family'] === 'string' && hasDevWord(td['family']));
  const eb = /^dockerrun\.aws\.json$/i.test(basename(file));
  const name = basename(file);
  if (eb && isObject(root['Image'])) {
    const v = root['Image']['Name'];
    const loc = doc.loc(['Image', 'Name']);
    if (typeof v === 'string' && loc && imageRef(v.trim())) out.containers.push({ file, where: name, name: '', image: { value: v.trim(), ...loc }, user: null, dev });
  }
  const defs = td['containerDefinitions'];
  if (!Array.isArray(defs) || !(eb || TASKDEF_KEYS.some((k) => k in td))) return;
  const owner = eb ? name : `ECS ${name}`;
  defs.forEach((c, i) => { if (isObject(c)) container(doc, [...base, 'containerDefinitions', i], c, file, owner, 'ecs', out, dev); });
}

/**
 * Terraform `aws_ecs_task_definition` resources whose container definitions the `.tf` file holds (`jsonencode([…])`, a
 * heredoc of JSON): each container as in a task definition file, located at its `.tf` line; a `family` with a development
 * word gives notes. `file("containers.json")` is read as that file.
 */
function terraform(snapshot: SnapshotView, file: string, out: AwsDeploy): void {
  if (isVendoredOrGenerated(file)) return;
  const text = snapshot.text(file);
  if (text === undefined) {
    // Too large to read: said in a note when it declares a task definition or another app whose environment this reads.
    for (const chunk of snapshot.chunks(file, { peek: true }) ?? []) if (TF_READ_RE.test(chunk.text)) { snapshot.noteLarge(file, 'a Terraform file'); break; }
    return;
  }
  terraformContainers(file, text, out);
  // A file Terraform refuses (an unclosed heredoc, a `{` never closed: `terraform validate` fails) is said where it breaks, whatever
  // it declares (every check reads `.tf` files); what closes before that place was read all the same.
  const broken = terraformBreak(text);
  if (broken) snapshot.reportProblem({ file, ...lineColumnAt(text, broken.at), message: `${broken.why}; Terraform refuses the file (the resources and modules after that place were not read)` });
  if (TF_APPS_RE.test(text)) terraformApps(file, text, out, broken?.at ?? text.length);
}

/** Azure App Service apps whose `app_settings` are their process's environment. */
const AZURE_APPS = new Set(['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_app_service', 'azurerm_linux_function_app', 'azurerm_windows_function_app', 'azurerm_function_app']);
/** What terraformApps reads, for a cheap test of a file's text. */
const TF_APPS_RE = /\b(?:aws_lambda_function|aws_elastic_beanstalk_environment|azurerm_(?:linux_|windows_)?(?:web_app|function_app)|azurerm_app_service|terraform-aws-(?:modules\/(?:ecs|lambda)|ecs|lambda))\b/;
const TF_READ_RE = new RegExp(`aws_ecs_task_definition|${TF_APPS_RE.source}`);
/**
 * The terraform-aws-modules ECS module (`terraform-aws-modules/ecs/aws`, or its GitHub repository), from the registry or git
 * (`?ref=…` left out): group 1 is the submodule (`modules/service`, `modules/container-definition`), none for the root module.
 */
const ECS_MODULE_RE = /(?:^|[/:])terraform-aws-modules\/(?:ecs\/aws|terraform-aws-ecs(?:\.git)?)(?:\/\/(modules\/[\w-]+))?\/?$/;
const LAMBDA_MODULE_RE = /(?:^|[/:])terraform-aws-modules\/(?:lambda\/aws|terraform-aws-lambda(?:\.git)?)\/?$/;

/** Whether a literal name the block gives its app has a development word (`api-dev`; `web-staging` is judged as production, as elsewhere). */
const devNamed = (text: string, block: HclBlock, ...args: string[]): boolean => args.some((a) => { const v = hclAttribute(text, block, a)?.value; return !!v && hasDevWord(v); });

/**
 * The environments Terraform gives apps other than an `aws_ecs_task_definition` (terraformContainers), each literal value at its
 * place, as their CloudFormation and `.ebextensions` equivalents are read: `aws_lambda_function` `environment { variables = {…} }`,
 * `aws_elastic_beanstalk_environment` `setting` blocks of the `aws:elasticbeanstalk:application:environment` namespace, Azure
 * App Service apps' `app_settings` (AZURE_APPS), terraform-aws-modules/lambda's `environment_variables`, and the containers of the
 * terraform-aws-modules/ecs module (its `services` map's `container_definitions`, the service submodule's `container_definitions`
 * map — each keyed by the container's name —, and the container-definition submodule's own arguments), read as a task
 * definition's containers. A value Terraform computes (`var.debug`, `"${local.x}"`, `merge(…)`, a `dynamic` block) is not read.
 * Development: a development file (devFile) or a literal name with a development word (`function_name = "api-dev"`).
 */
const scalar = (v: unknown): string | null => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;

/**
 * The readers of literal values in one HCL file: `inside` places a value at its first character, inside its quotes (where the other
 * readers of a `.tf` file's `KEY = "value"` place it — default-credentials' scan of Terraform arguments —, so that one value read by
 * both is one finding); `variables` adds a map of environment variables (`environment { variables = {…} }`, `app_settings`) to `out`.
 */
function hclEnvReader(file: string, text: string, out: AwsDeploy) {
  const inside = valueStart(text);
  const variables = (map: HclValue | undefined, where: string, dev: boolean) => {
    if (!map || !isObject(map.value)) return;
    for (const [key, v] of Object.entries(map.value)) {
      const value = scalar(v);
      const loc = value !== null && !placeholder(value) ? map.loc([key]) : null;
      if (value !== null && loc) out.env.push({ key, value, file, ...inside(loc), where, dev });
    }
  };
  return { inside, variables };
}

/**
 * A call of a module from outside the repository whose arguments this reads (`block`: the call's body, or a Terragrunt
 * configuration's `inputs`): terraform-aws-modules/lambda's `environment_variables`, the terraform-aws-modules/ecs module's
 * containers (ecsModuleContainers). `source` without its `?ref=…`; `owner` names the call in messages.
 */
function terraformModuleCall(file: string, text: string, block: HclBlock, source: string, owner: string, out: AwsDeploy, fileDev: boolean): void {
  if (LAMBDA_MODULE_RE.test(source)) {
    const dev = fileDev || devNamed(text, block, 'function_name');
    hclEnvReader(file, text, out).variables(hclArgument(text, block, 'environment_variables'), `${owner} environment_variables`, dev);
    return;
  }
  ecsModuleContainers(file, text, block, source, out, fileDev, owner);
}

/**
 * Terragrunt configurations that deploy the terraform-aws-modules lambda or ecs module from the registry or Git (`tfr:///…`,
 * `git::…`): their `inputs` (and those of the configurations they include) are the call's arguments, read as a `.tf` call's are.
 */
function terragruntModuleCalls(snapshot: SnapshotView, out: AwsDeploy): void {
  // Each file's inputs once (an `_envcommon` include shared by several configurations), a development one's as notes.
  const read = new Set<string>();
  for (const c of terragruntConfigs(snapshot)) {
    if (c.source?.kind !== 'remote') continue;
    const source = c.source.ref;
    if (!LAMBDA_MODULE_RE.test(source) && !ECS_MODULE_RE.test(source)) continue;
    for (const i of c.inputs) {
      if (read.has(i.file)) continue;
      read.add(i.file);
      const body = hclObjectBody(i.text, { labels: [], start: 0, end: i.text.length }, 'inputs');
      if (body) terraformModuleCall(i.file, i.text, body, source, `${basename(i.file)} inputs`, out, devFile(i.file));
    }
  }
}

function terraformApps(file: string, text: string, out: AwsDeploy, readTo: number): void {
  const name = basename(file);
  const fileDev = devFile(file);
  const { inside, variables } = hclEnvReader(file, text, out);
  // Blocks that close before the place a broken file stops being readable (terraformBreak): none after it.
  const read = (type: string) => hclBlocks(text, type).filter((b) => b.end < readTo);
  for (const block of read('resource')) {
    const [type, label] = block.labels;
    if (!type || label === undefined) continue;
    const owner = `${name} ${type}.${label}`;
    if (type === 'aws_lambda_function') {
      const dev = fileDev || devNamed(text, block, 'function_name');
      for (const env of hclNestedBlocks(text, block, 'environment')) variables(hclArgument(text, env, 'variables'), `${owner} environment`, dev);
    } else if (type === 'aws_elastic_beanstalk_environment') {
      const dev = fileDev || devNamed(text, block, 'name');
      for (const setting of hclNestedBlocks(text, block, 'setting')) {
        if (hclAttribute(text, setting, 'namespace')?.value !== EB_ENV_NAMESPACE) continue;
        const key = hclAttribute(text, setting, 'name')?.value;
        const v = hclArgument(text, setting, 'value');
        const value = v ? scalar(v.value) : null;
        const loc = key && value !== null && !placeholder(value) ? v!.loc([]) : null;
        if (key && value !== null && loc) out.env.push({ key, value, file, ...inside(loc), where: `${owner} setting`, dev });
      }
    } else if (AZURE_APPS.has(type)) {
      const dev = fileDev || devNamed(text, block, 'name');
      variables(hclArgument(text, block, 'app_settings'), `${owner} app_settings`, dev);
    }
  }
  for (const block of read('module')) {
    const source = (hclAttribute(text, block, 'source')?.value ?? '').replace(/\?.*$/, '');
    terraformModuleCall(file, text, block, source, `${name} module.${block.labels[0] ?? ''}`, out, fileDev);
  }
}

/**
 * The containers of one call of the terraform-aws-modules/ecs module (`source` without its `?ref=…`), added to `out` as a task
 * definition's: its `services` map's `container_definitions`, the service submodule's `container_definitions` map (each keyed by
 * the container's name), the container-definition submodule's own arguments; nothing for a call of another module.
 */
function ecsModuleContainers(file: string, text: string, block: HclBlock, source: string, out: AwsDeploy, fileDev: boolean, owner = `${basename(file)} module.${block.labels[0] ?? ''}`): void {
  const ecs = ECS_MODULE_RE.exec(source);
  if (!ecs) return;
  const scalar = (v: unknown): string | null => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
  const sub = ecs[1] ?? null;
  const blockDev = fileDev || devNamed(text, block, 'family', 'name');
  const containers = (defs: HclValue, base: Path, where: string, dev: boolean) => {
    const doc = bounded(defs);
    let map: unknown = doc.value;
    for (const seg of base) map = isObject(map) ? map[String(seg)] : undefined;
    if (!isObject(map)) return;
    for (const [key, c] of Object.entries(map)) if (isObject(c)) container(doc, [...base, key], c, file, where, 'module', out, dev, key);
  };
  if (sub === 'modules/service') {
    const defs = hclArgument(text, block, 'container_definitions');
    if (defs) containers(defs, [], owner, blockDev);
  } else if (sub === null) {
    // The root module: `services = { api = { container_definitions = { … } } }`.
    const services = hclArgument(text, block, 'services');
    if (!services || !isObject(services.value)) return;
    for (const [svc, def] of Object.entries(services.value)) {
      if (!isObject(def)) continue;
      const family = scalar(def['family']) ?? scalar(def['name']) ?? svc;
      containers(services, [svc, 'container_definitions'], `${owner} service '${svc}'`, fileDev || hasDevWord(family));
    }
  } else if (sub === 'modules/container-definition') {
    // The submodule's own arguments are one container definition.
    const args = ['name', 'image', 'user', 'entrypoint', 'command', 'environment'].flatMap((a) => {
      const v = hclArgument(text, block, a);
      return v ? [[a, v] as const] : [];
    });
    if (!args.some(([a]) => a === 'image' || a === 'environment' || a === 'command' || a === 'entrypoint')) return;
    const byArg = new Map(args);
    const doc: Doc = {
      value: Object.fromEntries(args.map(([a, v]) => [a, v.value])),
      loc: (path, key) => (typeof path[0] === 'string' ? byArg.get(path[0])?.loc(path.slice(1), key) ?? null : null),
      template: (path) => (typeof path[0] === 'string' ? byArg.get(path[0])?.template?.(path.slice(1)) ?? null : null),
    };
    container(bounded(doc), [], doc.value as Record<string, unknown>, file, owner, 'module', out, blockDev);
  }
}

/** The containers of the `aws_ecs_task_definition` resources a `.tf` file's text writes out, added to `out`. */
function terraformContainers(file: string, text: string, out: AwsDeploy): void {
  if (!text.includes('container_definitions')) return;
  for (const td of terraformTaskDefinitions(text)) {
    const dev = devFile(file) || (td.family !== null && hasDevWord(td.family));
    const owner = `${basename(file)} aws_ecs_task_definition.${td.name}`;
    if (td.unread) out.unread.push({ file, ...lineColumnAt(text, td.unread.at), where: owner, why: td.unread.why, dev });
    if (!td.containers) continue;
    const doc = bounded(td.containers);
    (doc.value as unknown[]).forEach((c, i) => { if (isObject(c)) container(doc, [i], c, file, owner, 'ecs', out, dev); });
  }
}

/**
 * The literal `environment` entries of the containers a Terraform file writes out — its `aws_ecs_task_definition` resources'
 * (`jsonencode([…])`, a heredoc of JSON) and the terraform-aws-modules/ecs module calls' (read as awsDeploy reads them: the same
 * containers debug-mode and default-credentials judge) —, each at its value in the file: what a task definition file's
 * `{"name", "value"}` entries are, for a reader of one file's text (hardcoded-secret's scan). Module calls that close after the
 * place a broken file stops being readable (terraformBreak) are not read, as awsDeploy does not read them.
 */
export function terraformContainerEnv(file: string, text: string): PlatformEnv[] {
  const out: AwsDeploy = { env: [], commands: [], containers: [], credentials: [], unread: [] };
  if (text.includes('container_definitions')) terraformContainers(file, text, out);
  if (TF_ECS_MODULE_TEXT.test(text)) {
    const readTo = terraformBreak(text)?.at ?? text.length;
    for (const block of hclBlocks(text, 'module')) {
      if (block.end < readTo) ecsModuleContainers(file, text, block, (hclAttribute(text, block, 'source')?.value ?? '').replace(/\?.*$/, ''), out, devFile(file));
    }
  }
  return out.env;
}

/** A file that may call the terraform-aws-modules/ecs module (a cheap test of its text before ECS_MODULE_RE reads each call's source). */
const TF_ECS_MODULE_TEXT = /terraform-aws-(?:modules\/)?ecs\b/;

/** A CloudFormation or SAM template: ECS task definitions' containers and functions' `Environment.Variables`. */
function cloudFormation(doc: Doc, file: string, out: AwsDeploy): void {
  const root = doc.value as Record<string, unknown>;
  const resources = root['Resources'];
  if (!isObject(resources)) return;
  const name = basename(file);
  const dev = devFile(file);
  const variables = (env: unknown, path: Path, where: string | ((key: string) => string | null)) => {
    const vars = isObject(env) ? env['Variables'] : undefined;
    if (!isObject(vars)) return;
    for (const [key, v] of Object.entries(vars)) {
      const at = typeof where === 'string' ? where : where(key);
      if (at === null) continue;
      const value = literal(doc, [...path, 'Variables', key], v);
      const loc = value !== null && !placeholder(value) ? doc.loc([...path, 'Variables', key]) : null;
      if (value !== null && loc) out.env.push({ key, value, file, ...loc, where: at, dev });
    }
  };
  /** Each SAM function's own `Environment.Variables` keys (a map SAM merges Globals' into, the function's value winning). */
  const samFunctions: { id: string; keys: Set<string> }[] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (!isObject(r) || !isObject(r['Properties'])) continue;
    const props = r['Properties'];
    if (r['Type'] === 'AWS::ECS::TaskDefinition' && Array.isArray(props['ContainerDefinitions'])) {
      props['ContainerDefinitions'].forEach((c, i) => { if (isObject(c)) container(doc, ['Resources', id, 'Properties', 'ContainerDefinitions', i], c, file, `${name} ${id}`, 'cfn', out, dev); });
    } else if (r['Type'] === 'AWS::Serverless::Function' || r['Type'] === 'AWS::Lambda::Function') {
      if (r['Type'] === 'AWS::Serverless::Function') {
        const env = props['Environment'];
        const vars = isObject(env) ? env['Variables'] : undefined;
        samFunctions.push({ id, keys: new Set(isObject(vars) ? Object.keys(vars) : []) });
      }
      variables(props['Environment'], ['Resources', id, 'Properties', 'Environment'], `${name} function '${id}' Environment`);
    }
  }
  credentials(doc, file, dev, out);
  const globals = root['Globals'];
  const fn = isObject(globals) ? globals['Function'] : undefined;
  // Globals apply to the template's AWS::Serverless::Function resources only, and a function's own value for a key wins:
  // a Globals value counts when some function does not set that key, and names the functions that get it.
  const inheritedBy = (key: string): string | null => {
    const ids = samFunctions.filter((f) => !f.keys.has(key)).map((f) => `'${f.id}'`);
    if (!ids.length) return null;
    const list = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(ids.length === 2 ? ' and ' : ', ');
    return `${name} Globals.Function Environment (inherited by function${ids.length > 1 ? 's' : ''} ${list})`;
  };
  if (isObject(fn)) variables(fn['Environment'], ['Globals', 'Function', 'Environment'], inheritedBy);
}

/**
 * A template's database passwords (CfnCredential): each database resource's literal `MasterUserPassword`, or the `Default`
 * of the parameter it references (`!Ref DBPassword`, `{ "Ref": "DBPassword" }`); every other parameter's literal `Default`
 * (judged by the parameter's name). `{{resolve:secretsmanager:…}}` and other intrinsics are references, not read.
 */
function credentials(doc: Doc, file: string, dev: boolean, out: AwsDeploy): void {
  const root = doc.value as Record<string, unknown>;
  const params = isObject(root['Parameters']) ? root['Parameters'] : {};
  const defaultOf = (id: string): { value: string; line: number; column: number } | null => {
    const p = params[id];
    if (!isObject(p)) return null;
    const value = literal(doc, ['Parameters', id, 'Default'], p['Default']);
    const loc = value !== null && !placeholder(value) ? doc.loc(['Parameters', id, 'Default']) : null;
    return value !== null && loc ? { value, ...loc } : null;
  };
  const referenced = new Set<string>();
  const resources = root['Resources'] as Record<string, unknown>;
  for (const [id, r] of Object.entries(resources)) {
    if (!isObject(r) || typeof r['Type'] !== 'string' || !CFN_DB_TYPES.has(r['Type']) || !isObject(r['Properties'])) continue;
    const props = r['Properties'];
    const path: Path = ['Resources', id, 'Properties', 'MasterUserPassword'];
    const v = props['MasterUserPassword'];
    const resource = `${r['Type']} '${id}'`;
    const user = literal(doc, ['Resources', id, 'Properties', 'MasterUsername'], props['MasterUsername']);
    const ref = isObject(v) && typeof v['Ref'] === 'string' && Object.keys(v).length === 1 ? v['Ref']
      : typeof v === 'string' && doc.tag?.(path) === '!Ref' ? v : null;
    if (ref !== null) {
      referenced.add(ref);
      const d = defaultOf(ref);
      if (d) out.credentials.push({ file, ...d, dev, resource, param: ref, user });
      continue;
    }
    const value = literal(doc, path, v);
    const loc = value !== null && !placeholder(value) ? doc.loc(path) : null;
    if (value !== null && loc) out.credentials.push({ file, value, ...loc, dev, resource, param: null, user });
  }
  for (const id of Object.keys(params)) {
    if (referenced.has(id)) continue;
    const d = defaultOf(id);
    if (d) out.credentials.push({ file, ...d, dev, resource: null, param: id, user: null });
  }
}

/** Elastic Beanstalk `.ebextensions/*.config` `option_settings` of the application environment (map or list form). */
function ebextensions(snapshot: SnapshotView, file: string, out: AwsDeploy): void {
  const y = snapshot.yaml(file)?.docs[0];
  if (!y || !isObject(y.value)) return;
  const doc = bounded(y);
  const settings = y.value['option_settings'];
  const where = `.ebextensions/${basename(file)} option_settings`;
  const dev = devFile(file);
  const push = (key: unknown, v: unknown, path: Path) => {
    const value = typeof key === 'string' ? literal(doc, path, v) : null;
    const loc = value !== null && !placeholder(value) ? doc.loc(path) : null;
    if (typeof key === 'string' && value !== null && loc) out.env.push({ key, value, file, ...loc, where, dev });
  };
  if (isObject(settings)) {
    const env = settings[EB_ENV_NAMESPACE];
    if (isObject(env)) for (const [key, v] of Object.entries(env)) push(key, v, ['option_settings', EB_ENV_NAMESPACE, key]);
  } else if (Array.isArray(settings)) {
    settings.forEach((s, i) => {
      if (!isObject(s)) return;
      // The namespace defaults to the application environment when left out.
      const ns = s['namespace'] ?? EB_ENV_NAMESPACE;
      if (ns === EB_ENV_NAMESPACE) push(s['option_name'], s['value'], ['option_settings', i, 'value']);
    });
  }
}
