/**
 * AWS container and function descriptors, read once per view for every check (platform.ts feeds their environment and
 * commands to the checks that read PlatformEnv/PlatformCommand; image-tag-pinned and dockerfile-non-root read the containers):
 * - an ECS task definition in JSON (a file whose top level has `containerDefinitions` beside `family` or another task
 *   definition key, also wrapped in `taskDefinition` as `aws ecs describe-task-definition` prints it: `task-definition.json`,
 *   `.aws/task-definition.json`, `ecs/web.json`; also a bare list of container definitions, as Terraform reads with `file()`) and Elastic Beanstalk's `Dockerrun.aws.json` (v2 `containerDefinitions`,
 *   v1 `Image.Name`);
 * - CloudFormation and SAM templates (YAML or JSON): `AWS::ECS::TaskDefinition` `ContainerDefinitions`,
 *   `AWS::Serverless::Function`/`AWS::Lambda::Function` `Environment.Variables` and SAM's `Globals.Function`; a value
 *   written with an intrinsic function (`!Ref`, `!Sub`, `!GetAtt`, `{ "Fn::Sub": … }`) is a reference, never a literal;
 * - Elastic Beanstalk `.ebextensions/*.config` `option_settings` of `aws:elasticbeanstalk:application:environment` (the map
 *   form and the list of `option_name`/`value`, whose namespace defaults to it).
 * Templates and test or illustration folders are skipped; a JSON file that does not parse is not read (no finding).
 */
import { basename, hasDevWord, isDevOnly, isTemplate, isTestFile } from '../../repo/classify.js';
import { isObject } from '../../repo/yaml.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import type { PlatformCommand, PlatformEnv } from './platform.js';

/** A value written in a descriptor, where it is written. */
export interface AwsValue { value: string; line: number; column: number }

/** A container an AWS descriptor runs: its image and user as written (null when absent or a reference). */
export interface AwsContainer {
  file: string; where: string; image: AwsValue | null; user: AwsValue | null; dev: boolean;
  /** The container's `name` ('' when it has none). */
  name: string;
  /** A GitHub workflow that sets this container's image at deploy time (`aws-actions/amazon-ecs-render-task-definition`). */
  imageSetBy?: string;
}

export interface AwsDeploy { env: PlatformEnv[]; commands: PlatformCommand[]; containers: AwsContainer[] }

/** Bounds: entries per view. */
const MAX_ENTRIES = 2_000;

type Path = (string | number)[];
interface Doc { value: unknown; loc(path: Path, key?: boolean): { line: number; column: number } | null; tag?(path: Path): string | null }

/** Task definition keys besides `containerDefinitions` that tell an ECS task definition from other JSON. */
const TASKDEF_KEYS = ['family', 'AWSEBDockerrunVersion', 'taskRoleArn', 'executionRoleArn', 'networkMode', 'requiresCompatibilities'];
const CFN_TYPES_RE = /AWS::(?:ECS::TaskDefinition|Serverless::Function|Lambda::Function)\b/;
const EB_ENV_NAMESPACE = 'aws:elasticbeanstalk:application:environment';

/** A development descriptor: a development-only place, or a development word in its name (`task-definition-dev.json`, `.ebextensions/dev.config`). */
const devFile = (file: string): boolean => isDevOnly(file) || hasDevWord(basename(file).replace(/\.[^.]+$/, ''));

/** One argument as a POSIX shell reads it back (platform commands are run with `/bin/sh -c`). */
const shellWord = (w: string): string => /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", `'\\''`)}'`;

export const awsDeploy = perView(function awsDeploy(snapshot: SnapshotView): AwsDeploy {
  const out: AwsDeploy = { env: [], commands: [], containers: [] };
  for (const f of snapshot.files) {
    if (isTemplate(f) || isTestFile(f)) continue;
    const name = basename(f);
    if (/(?:^|\/)\.ebextensions\/[^/]+\.config$/.test(f)) { ebextensions(snapshot, f, out); continue; }
    const json = /\.json$/i.test(name);
    if (!json && !/\.ya?ml$/i.test(name)) continue;
    if (json && /^(?:package(?:-lock)?|composer|tsconfig|jsconfig)\.json$/i.test(name)) continue;
    const text = snapshot.text(f);
    if (text === undefined) continue;
    // A bare list of container definitions (Terraform's `container_definitions = file("containers.json")`, `--container-definitions file://…`) too.
    const ecs = json && (text.includes('"containerDefinitions"') || /^dockerrun\.aws\.json$/i.test(name) || (/^\uFEFF?\s*\[/.test(text) && text.includes('"image"')));
    const cfn = CFN_TYPES_RE.test(text);
    if (!ecs && !cfn) continue;
    let doc: Doc | null = null;
    if (json) {
      // Strict JSON; one that does not parse is not taken for a deploy file (no parse problem is recorded for it).
      try { JSON.parse(text.replace(/^\uFEFF/, '')); } catch { continue; }
      doc = snapshot.json(f) ?? null;
    } else {
      const y = snapshot.yaml(f)?.docs[0];
      doc = y && y.value !== undefined ? y : null;
    }
    if (doc && ecs && Array.isArray(doc.value) && doc.value.length && doc.value.every(containerDefinition)) {
      const dev = devFile(f);
      doc.value.forEach((c, i) => container(doc, [i], c as Record<string, unknown>, f, `ECS ${name}`, false, out, dev));
      continue;
    }
    if (!doc || !isObject(doc.value)) continue;
    if (ecs) taskDefinitionFile(doc, f, out);
    if (cfn) cloudFormation(doc, f, out);
  }
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

/**
 * The task definition files GitHub workflows render with `aws-actions/amazon-ecs-render-task-definition`: file → the containers
 * (null: not named) and the workflow. An input written as `${{ env.NAME }}` is the step's, job's or workflow's `env` value (as
 * GitHub's ECS starter workflow writes `task-definition: ${{ env.ECS_TASK_DEFINITION }}`).
 */
function renderedTaskDefinitions(snapshot: SnapshotView): Map<string, { container: string | null; workflow: string }[]> {
  const out = new Map<string, { container: string | null; workflow: string }[]>();
  const envOf = (x: unknown): Record<string, unknown> => (isObject(x) && isObject(x['env']) ? x['env'] : {});
  for (const f of snapshot.files) {
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

/** An ECS container definition in a bare list: a `name` and an `image`, and a key only container definitions have. */
const containerDefinition = (c: unknown): boolean => isObject(c) && typeof c['name'] === 'string' && typeof c['image'] === 'string'
  && ['essential', 'portMappings', 'memoryReservation', 'logConfiguration', 'mountPoints', 'secrets', 'environment', 'memory', 'cpu'].some((k) => k in c);

/** The literal scalar at `path`, or null: absent, an object (`Fn::Sub`), or written with a CloudFormation tag (`!Ref`, `!Sub`). */
function literal(doc: Doc, path: Path, v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null;
  const tag = doc.tag?.(path) ?? null;
  if (tag && !tag.startsWith('!!') && tag !== 'tag:yaml.org,2002:str') return null;
  return String(v);
}

/** A deploy-time placeholder rather than a value (`${IMAGE}`, `{{ image }}`, `<IMAGE>`, `#{Tag}`). */
const placeholder = (v: string): boolean => /\$\{|\{\{|<[\w-]+>|#\{/.test(v);

/** An image reference as Docker reads it (a lower-case repository), not a placeholder (`IMAGE`, `<IMAGE>`, `placeholder`). */
function imageRef(v: string): boolean {
  if (placeholder(v) || /placeholder|replace[-_]?me|to[-_]?be[-_]?replaced/i.test(v)) return false;
  return /^(?:[A-Za-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+|\/)[a-z0-9]+)*(?::\w[\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$/.test(v);
}

/**
 * One container definition (ECS JSON's lower camel case, CloudFormation's upper camel case): its image, user, command
 * (`entryPoint` then `command`, as the container runs them) and `environment` `{name, value}` entries.
 */
function container(doc: Doc, path: Path, c: Record<string, unknown>, file: string, owner: string, cfn: boolean, out: AwsDeploy, dev: boolean): void {
  const k = (lower: string) => cfn ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
  const name = literal(doc, [...path, k('name')], c[k('name')]) ?? '';
  const where = `${owner} container${name ? ` '${name}'` : ''}`;
  const at = (key: string, v: unknown): AwsValue | null => {
    const s = literal(doc, [...path, key], v);
    const loc = s !== null ? doc.loc([...path, key]) : null;
    return s !== null && loc ? { value: s, ...loc } : null;
  };
  const image = at(k('image'), c[k('image')]);
  const user = at(k('user'), c[k('user')]);
  if (out.containers.length < MAX_ENTRIES) out.containers.push({ file, where, name, image: image && imageRef(image.value.trim()) ? { ...image, value: image.value.trim() } : null, user: user && !placeholder(user.value) ? user : null, dev });
  // The command: `entryPoint` replaces the image's ENTRYPOINT, `command` its CMD; a list (or a string) of literal words.
  const words = (key: string): string[] | null | undefined => {
    const v = c[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return literal(doc, [...path, key], v) === null ? null : [v];
    if (!Array.isArray(v) || !v.length) return null;
    const w = v.map((x, i) => literal(doc, [...path, key, i], x));
    return w.every((x): x is string => x !== null) && !w.some(placeholder) ? w : null;
  };
  const ep = words(k('entryPoint'));
  const cmd = words(k('command'));
  if (ep !== null && cmd !== null && (ep || cmd) && out.commands.length < MAX_ENTRIES) {
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
      if (!isObject(e) || out.env.length >= MAX_ENTRIES) return;
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
  defs.forEach((c, i) => { if (isObject(c)) container(doc, [...base, 'containerDefinitions', i], c, file, owner, false, out, dev); });
}

/** A CloudFormation or SAM template: ECS task definitions' containers and functions' `Environment.Variables`. */
function cloudFormation(doc: Doc, file: string, out: AwsDeploy): void {
  const root = doc.value as Record<string, unknown>;
  const resources = root['Resources'];
  if (!isObject(resources)) return;
  const name = basename(file);
  const dev = devFile(file);
  const variables = (env: unknown, path: Path, where: string) => {
    const vars = isObject(env) ? env['Variables'] : undefined;
    if (!isObject(vars)) return;
    for (const [key, v] of Object.entries(vars)) {
      const value = literal(doc, [...path, 'Variables', key], v);
      const loc = value !== null && !placeholder(value) ? doc.loc([...path, 'Variables', key]) : null;
      if (value !== null && loc && out.env.length < MAX_ENTRIES) out.env.push({ key, value, file, ...loc, where, dev });
    }
  };
  for (const [id, r] of Object.entries(resources)) {
    if (!isObject(r) || !isObject(r['Properties'])) continue;
    const props = r['Properties'];
    if (r['Type'] === 'AWS::ECS::TaskDefinition' && Array.isArray(props['ContainerDefinitions'])) {
      props['ContainerDefinitions'].forEach((c, i) => { if (isObject(c)) container(doc, ['Resources', id, 'Properties', 'ContainerDefinitions', i], c, file, `${name} ${id}`, true, out, dev); });
    } else if (r['Type'] === 'AWS::Serverless::Function' || r['Type'] === 'AWS::Lambda::Function') {
      variables(props['Environment'], ['Resources', id, 'Properties', 'Environment'], `${name} function '${id}' Environment`);
    }
  }
  const globals = root['Globals'];
  const fn = isObject(globals) ? globals['Function'] : undefined;
  if (isObject(fn)) variables(fn['Environment'], ['Globals', 'Function', 'Environment'], `${name} Globals.Function Environment`);
}

/** Elastic Beanstalk `.ebextensions/*.config` `option_settings` of the application environment (map or list form). */
function ebextensions(snapshot: SnapshotView, file: string, out: AwsDeploy): void {
  const doc = snapshot.yaml(file)?.docs[0];
  if (!doc || !isObject(doc.value)) return;
  const settings = doc.value['option_settings'];
  const where = `.ebextensions/${basename(file)} option_settings`;
  const dev = devFile(file);
  const push = (key: unknown, v: unknown, path: Path) => {
    const value = typeof key === 'string' ? literal(doc, path, v) : null;
    const loc = value !== null && !placeholder(value) ? doc.loc(path) : null;
    if (typeof key === 'string' && value !== null && loc && out.env.length < MAX_ENTRIES) out.env.push({ key, value, file, ...loc, where, dev });
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
