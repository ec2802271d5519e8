import picomatch from 'picomatch';
import { z } from 'zod';
import { globEntry, optionEntry } from './util/option-entry.js';
import { defineCheck, type RawFinding } from './define.js';
import { globalArgsWith, overImageLimits, parseImageRef, shownRef, substitute } from '../repo/dockerfile.js';
import { replaceVarRefs } from '../repo/variables.js';
import { containers, isKustomizationFile, type K8sObject } from '../repo/k8s.js';
import { composeDevOnly, composeInterpolate } from '../repo/compose.js';
import { basename, DEV_VALUES_FILE, dirname, filesEndingIn, filesWhere, isDevOnly, isTemplate, isTestFile, isVendored } from '../repo/classify.js';
import { devBuiltReason } from './util/dev-built.js';
import { isObject, type YamlPath } from '../repo/yaml.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { builtOutsideCompose, composeArgBuilds, inlineDockerfileNotes, noDockerfileReason, shownArgs, stageClosure } from './util/commands.js';
import { noComposeReason } from './util/compose-read.js';
import { kamalConfigs } from './util/kamal.js';
import { awsDeploy, cfnText, imageRef, unreadAwsDescriptors, withUnreadAws } from './util/ecs.js';
import { templateParts } from './util/hcl.js';
import { terraformTemplate, type TfTemplateVariant } from './util/terraform-vars.js';
import { COPILOT_IMAGE_DOC, platformImages, withUnreadPlatform } from './util/platform.js';
import { someOf, valueColumns } from './util/text.js';
import { COMPUTED, terraformK8sObjects } from './util/tf-kubernetes.js';
import { repoInstalls, helmChartName, helmParentOverride, helmValuesRendered, shownTemplateName } from './util/helm-values.js';
import { isDevValuesPlace, isTerraformTemplate, type HelmSetValue } from '../repo/helm-installs.js';
import { isHelmTemplate } from './util/code.js';
import { enclosingChart, isChartValuesPath, isDevValuesName } from '../repo/prerender.js';
import { addVariant, composeDotenv, isIllustrationDockerfile, judgedComposeFiles, k8sWorkloads, kustomizationDeployments, overriddenInProduction, kustomizeDeployments, kustomizeRendered, judgesDeployFile, overlayNote, overlayScope, unreadWorkloadManifests, unparsedNote, type OverlaySet } from './util/groups.js';

/** `docker.io/library/python` → `python`, `docker.io/bitnami/redis` → `bitnami/redis`. */
export function normalizeImageName(name: string): string {
  return name.toLowerCase().replace(/^(index\.)?docker\.io\//, '').replace(/^library\//, '');
}

/** A normalised name on Docker Hub (`python`, `bitnami/redis`): no registry host in front (`ghcr.io/…`, `localhost/…`, `host:5000/…`). */
const onDockerHub = (name: string): boolean => {
  const first = name.split('/')[0] ?? '';
  return !!first && !name.includes('*') && (!name.includes('/') || !/[.:]|^localhost$/.test(first));
};

/**
 * A matcher of image-name globs (`allow`, `non-root-images`) for names normalised by `normalizeImageName`, with
 * `suffix` (`:tag`) appended. A glob written fully qualified (`docker.io/library/ubuntu`, `index.docker.io/bitnami/*`,
 * `library/ubuntu`) names a Docker Hub image and matches it as `FROM ubuntu` writes it; other globs match the name as normalised.
 */
export function imageGlobMatcher(globs: readonly string[]): (name: string, suffix?: string) => boolean {
  // The same globs are asked for once per item bound to the check (a checklist of thousands of items, each compiling the
  // built-in non-root list again, spent seconds in picomatch): a matcher is pure, so one per list of globs is kept.
  const key = globs.join('\0');
  const known = matcherMemo.get(key);
  if (known) return known;
  if (matcherMemo.size >= MATCHER_MEMO_SIZE) matcherMemo.clear();
  const made = globMatcher(globs);
  matcherMemo.set(key, made);
  return made;
}

/** The matchers imageGlobMatcher made, by their globs (bounded: a run has a few lists, the memo is cleared when full). */
const matcherMemo = new Map<string, (name: string, suffix?: string) => boolean>();
const MATCHER_MEMO_SIZE = 64;

function globMatcher(globs: readonly string[]): (name: string, suffix?: string) => boolean {
  const hubGlob = (g: string) => (/^(?:index\.)?docker\.io\//.test(g) ? g.replace(/^index\./, '') : g.startsWith('library/') ? `docker.io/${g}` : null);
  const lower = globs.map((g) => g.toLowerCase());
  const plain = lower.filter((g) => hubGlob(g) === null);
  const hub = lower.flatMap((g) => hubGlob(g) ?? []);
  const matchPlain = plain.length ? picomatch(plain, { dot: true }) : () => false;
  const matchHub = hub.length ? picomatch(hub, { dot: true }) : () => false;
  return (name, suffix = '') => matchPlain(`${name}${suffix}`) || (onDockerHub(name) && matchHub(`docker.io/${name.includes('/') ? name : `library/${name}`}${suffix}`));
}

const UNKNOWN = '\u0001';

/** An image reference as a Dockerfile substitutes it, each plain reference to a variable with no value here a marker (UNKNOWN). */
function dockerfileResolved(raw: string, vars: Map<string, string | null>): string | null {
  // `${VAR:?message}` is read as `${VAR}`; plain references to unknown variables become a marker; `${VAR:-default}` keeps its default.
  const written = replaceVarRefs(raw, (r) => (r.op === null ? r.text : `\${${r.name}}`), '?');
  const marked = replaceVarRefs(written, (r) => (vars.get(r.name) == null ? UNKNOWN : r.text), '');
  return substitute(marked, vars);
}

/** A `{{ … }}` action in a value (`/\{\{.*\}\}/`: `{{`, then `}}` later on its line), in one pass over each line. */
const templated = (v: string): boolean => v.split(/[\n\r\u2028\u2029]/).some((l) => { const open = l.indexOf('{{'); return open !== -1 && l.includes('}}', open + 2); });

/**
 * Judges one image reference. `vars` resolves `$VAR`/`${VAR:-default}`; an unresolved variable
 * only makes the reference unverifiable when it sits in the tag, the digest or the last path part.
 * `read`: how the reference is interpolated — as a Dockerfile substitutes (`FROM`, a manifest's value), or as compose does
 * (a compose `image:`, composeInterpolate: `$$` a literal `$`, nested defaults `${IMG:-${BASE:-nginx}}`, `${VAR:?message}`).
 */
export function judgeImage(raw: string, vars: Map<string, string | null>, moving: readonly string[], allowed: (name: string) => boolean, read: 'dockerfile' | 'compose' = 'dockerfile'):
  | { verdict: 'ok' } | { verdict: 'unverifiable'; part: 'tag' | 'digest' | 'tag and digest' | 'image' } | { verdict: 'untagged' | 'moving'; image: string; tag: string | null }
  | { verdict: 'malformed'; why: string } {
  const resolved = (read === 'compose' ? composeInterpolate(raw, vars, UNKNOWN) : dockerfileResolved(raw, vars)) ?? UNKNOWN;
  // Compose's `$$` is a literal `$` (no variable): no image reference holds one, so Docker refuses the value.
  if (read === 'compose' && resolved.includes('$')) return { verdict: 'malformed', why: `compose reads \`$$\` as a literal \`$\`, and it resolves to ${shownRef(resolved.replaceAll(UNKNOWN, '…'))}` };
  const ref = parseImageRef(resolved);
  // A name or tag longer than Docker allows is no image anyone pulls: not judged (and never repeated whole in a message).
  const long = overImageLimits(resolved);
  if (long) return { verdict: 'malformed', why: long };
  const isMoving = (tag: string) => moving.includes(tag.toLowerCase()) || tag.toLowerCase().split(/[-_.]/).some((w) => moving.includes(w));
  const last = ref.name.slice(ref.name.lastIndexOf('/') + 1);
  if (ref.digest !== null) {
    if (ref.digest && !ref.digest.includes(UNKNOWN)) return { verdict: 'ok' };
    // `node:20@${DIGEST}`: whatever digest is passed, the visible tag is pinned (`latest@${DIGEST}` is pinned only by the digest).
    if (ref.tag && !ref.tag.includes(UNKNOWN) && !isMoving(ref.tag) && ref.name && !last.includes(UNKNOWN)) return { verdict: 'ok' };
    // What the note names as unresolved: `node@${DIGEST}` has no tag, only the digest is a variable.
    return { verdict: 'unverifiable', part: !ref.name || last.includes(UNKNOWN) ? 'image' : ref.tag?.includes(UNKNOWN) ? 'tag and digest' : 'digest' };
  }
  if (ref.tag?.includes(UNKNOWN) || (ref.tag === null && last.includes(UNKNOWN)) || !ref.name) return { verdict: 'unverifiable', part: !ref.name || last.includes(UNKNOWN) ? 'image' : 'tag' };
  if (allowed(normalizeImageName(ref.name.replaceAll(UNKNOWN, '*')))) return { verdict: 'ok' };
  const image = resolved.replaceAll(UNKNOWN, '…');
  if (ref.tag === null || ref.tag === '') return { verdict: 'untagged', image, tag: null };
  // A moving tag as a word of the tag moves too (`umami:postgresql-latest`, `latest-alpine`).
  if (isMoving(ref.tag)) return { verdict: 'moving', image, tag: ref.tag };
  return { verdict: 'ok' };
}

/**
 * Image names whose tag is set at deploy time: skaffold build artifacts (`global`), and kustomize
 * `images:` with `newTag`/`digest` (`pinners`: the image name → the kustomization folders that set its
 * tag, which pin it only in the files they render — not an unrelated app's manifests elsewhere in the repository);
 * `pinning`: those of them whose tag is pinned (a digest, or a `newTag` that `pins` accepts: not `latest`), which a message
 * may contrast with an overlay that sets none.
 */
/** A kustomization or a skaffold config: the files that set image tags at deploy time (deployTimeImages). */
const isDeployTimeTagFile = (f: string): boolean => isKustomizationFile(f) || /^skaffold\.ya?ml$/i.test(basename(f));

function deployTimeImages(snapshot: SnapshotView, pins: (ref: string) => boolean): { global: Set<string>; pinners: Map<string, Set<string>>; pinning: Map<string, Set<string>> } {
  const global = new Set<string>();
  const pinners = new Map<string, Set<string>>();
  const pinning = new Map<string, Set<string>>();
  for (const f of filesWhere(snapshot.files, isDeployTimeTagFile)) {
    const kustomize = isKustomizationFile(f);
    for (const doc of snapshot.yaml(f)?.docs ?? []) {
      const v = doc.value;
      if (!isObject(v)) continue;
      const list = kustomize ? v['images'] : isObject(v['build']) ? v['build']['artifacts'] : undefined;
      if (!Array.isArray(list)) continue;
      for (const i of list) {
        if (!isObject(i)) continue;
        const name = kustomize ? i['name'] : i['image'];
        if (typeof name !== 'string' || (kustomize && i['newTag'] === undefined && i['digest'] === undefined)) continue;
        const key = normalizeImageName(name);
        if (!kustomize) { global.add(key); continue; }
        pinners.set(key, (pinners.get(key) ?? new Set<string>()).add(dirname(f)));
        const tag = i['newTag'];
        if ((typeof i['digest'] === 'string' && i['digest'].trim()) || ((typeof tag === 'string' || typeof tag === 'number') && pins(`${name}:${String(tag)}`))) pinning.set(key, (pinning.get(key) ?? new Set<string>()).add(dirname(f)));
      }
    }
  }
  return { global, pinners, pinning };
}

/** A field of a Kubernetes object, as a key: the object (file, document, List item) and the path. */
const fieldKey = (o: K8sObject, path: YamlPath): string => `${o.file}\u0000${o.docIndex}\u0000${o.item ?? ''}\u0000${JSON.stringify(path)}`;

/**
 * The container images of workloads as the production kustomize overlays render them (k8sWorkloads: a strategic-merge
 * patch in a file or inline, JSON 6902 ops, merged as the other Kubernetes checks merge them). `patched`: the images a patch
 * sets that a variant deploys, one per place and container, with the overlays that deploy each (located where the patch
 * writes it; an op of JSON 6902 ops at that op). `layers`: the images written in patches, judged as rendered (above), not
 * as written. `fates`: per definition's image, the variants that keep it and the overlays whose patches set another.
 */
function kustomizeImages(snapshot: SnapshotView): { patched: { image: string; file: string; line: number; column: number; name: string; init: boolean; set: OverlaySet }[]; layers: Set<string>; fates: Map<string, { kept: OverlaySet; replaced: Set<string> }> } {
  const patched = new Map<string, { image: string; file: string; line: number; column: number; name: string; init: boolean; set: OverlaySet }>();
  const layers = new Set<string>();
  const fates = new Map<string, { kept: OverlaySet; replaced: Set<string> }>();
  for (const w of k8sWorkloads(snapshot)) {
    if (w.template) continue;
    for (const c of w.containers) {
      for (const p of c.parts) if (p.object !== w.object && typeof p.container['image'] === 'string') layers.add(fieldKey(p.object, [...p.path, 'image']));
      const s = c.get('image');
      const own = c.parts.find((p) => p.object === w.object);
      if (own && typeof own.container['image'] === 'string') {
        const key = fieldKey(own.object, [...own.path, 'image']);
        const fate = fates.get(key) ?? { kept: { overlays: [], solo: false }, replaced: new Set<string>() };
        fates.set(key, fate);
        if (s?.object === own.object) addVariant(fate.kept, w);
        else for (const o of w.overlays) fate.replaced.add(o);
      }
      if (!s || s.object === w.object || typeof s.value !== 'string') continue;
      const at = s.object.loc(s.path);
      const key = `${s.object.file}\u0000${at.line}\u0000${at.column}\u0000${c.init}\u0000${c.name}\u0000${s.value}`;
      const entry = patched.get(key) ?? { image: s.value, file: s.object.file, line: at.line, column: at.column, name: c.name, init: c.init, set: { overlays: [], solo: false } };
      patched.set(key, entry);
      addVariant(entry.set, w);
    }
  }
  return { patched: [...patched.values()], layers, fates };
}

/**
 * `{ repository, tag }` objects in a Helm values document, with their paths (bounded depth). A list is read for its
 * container-like entries only (`extraContainers`, `sidecars`, `initContainers`, `worker.containers`: a mapping with an
 * `image` or a `{ repository, tag }` of its own), as a chart renders them with `toYaml`; other lists (`tolerations`,
 * `ingress.hosts`, `env`) hold no image.
 */
function helmImages(v: unknown, path: (string | number)[], depth: number): { path: (string | number)[]; image: Record<string, unknown> | string }[] {
  if (depth > 8) return [];
  if (Array.isArray(v)) return v.flatMap((item, i) => (containerLike(item) ? helmImages(item, [...path, i], depth + 1) : []));
  if (!isObject(v)) return [];
  if (typeof v['repository'] === 'string' && 'tag' in v) return [{ path, image: v }];
  // An override file (`values-production.yaml`) may set the tag alone: `image: { tag: latest }` (not in a list, which Helm
  // replaces whole: a list entry's tag overrides nothing).
  if (path.at(-1) === 'image' && !path.some((k) => typeof k === 'number') && 'tag' in v && (typeof v['tag'] === 'string' || typeof v['tag'] === 'number')) return [{ path, image: v }];
  // A whole reference as a string (`image: ghcr.io/acme/app:1.4.2`), unless a sibling gives its tag apart (`imageTag: lts`).
  const whole = v['image'];
  const own = typeof whole === 'string' && IMAGE_REF_RE.test(whole) && !Object.keys(v).some((k) => k !== 'image' && /tag|digest|version/i.test(k)) ? [{ path: [...path, 'image'], image: whole }] : [];
  return [...own, ...Object.entries(v).flatMap(([k, c]) => helmImages(c, [...path, k], depth + 1))];
}
/** A list entry of Helm values that is a container spec or an image block: a mapping with an `image` (string or block) or a `{ repository, tag }`. */
const containerLike = (item: unknown): boolean => isObject(item) && (typeof item['image'] === 'string' || isObject(item['image']) || (typeof item['repository'] === 'string' && 'tag' in item));
/** What an empty values repository is judged as: a name, so that its tag is judged (`repository: ""`, `tag: latest` fails). */
const EMPTY_REPOSITORY = 'image';
/** A values path as a message names it: `image`, `worker.image`, `extraContainers[0].image`. */
const valuesKey = (path: readonly (string | number)[]): string => path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
/**
 * What a values file's `image:` string must look like to be read as an image reference (no template, no spaces); a registry
 * host may carry a port (`registry.example.com:5000/team/worker`, `localhost:5000/app`), which is no tag.
 */
/**
 * How a message names a digest pin: a code span, so that no `@` in it reads as a mention where the message is shown as
 * Markdown (`(@sha256:…)` mentions a user `sha256` in a pull request comment).
 */
export const DIGEST_HINT = '`image:tag@sha256:…`';

const IMAGE_REF_RE = /^(?:[a-z0-9][a-z0-9.-]*:\d{1,5}\/)?[a-z0-9][a-z0-9._\/-]*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/i;

/**
 * The `from=` sources of a RUN's `--mount` flags (every flag: dockerfile-ast keeps only the last), with where the
 * value is written. Only the flags before the command count: `--mount=` in the command itself is no flag.
 */
function runMountImages(lines: readonly string[], first: number, last: number): { from: string; line: number; column: number }[] {
  const out: { from: string; line: number; column: number }[] = [];
  for (let n = first; n <= last; n++) {
    // A comment line inside the continuation is no part of the instruction.
    const text = n > first && /^\s*#/.test(lines[n - 1] ?? '') ? '' : (lines[n - 1] ?? '');
    // The instruction's flags: `RUN` (first line), then `--flag` words, then a continuation or the command.
    const flags = /^(\s*(?:RUN\s+)?)((?:--\S+\s*)*)/i.exec(text)!;
    for (const m of flags[2]!.matchAll(/--mount=(\S+)/gi)) {
      const opt = /(^|,)from=([^,\s]+)/i.exec(m[1]!);
      if (opt) out.push({ from: opt[2]!.replace(/^["']|["']$/g, ''), line: n, column: flags[1]!.length + m.index + 8 + opt.index + opt[1]!.length + 5 + 1 });
    }
    // The command starts on this line: no more flags after it.
    if (text.slice(flags[0].length).replace(/\\\s*$/, '').trim()) break;
  }
  return out;
}

/** "is never", "must not be", "gets never": what `latest` is refused with (see imageTagPinned's `latest` rule). */
const LATEST_NOT = String.raw`(?:(?:is|are|gets?|must|should|will|can|shall) )?(?:never|not) (?:be |get )?`;
/** What is not done with `latest` in an item about images. */
const LATEST_DONE = '(?:deployed|shipped|released|used|pulled|run)';
/** Where it is not deployed: "to production", "in any cluster", "anywhere". */
const LATEST_WHERE = String.raw`(?: (?:to|in|on) (?:prod(?:uction)?|staging|kubernetes|k8s|(?:the |any )?(?:clusters?|environments?|envs?|servers?))| anywhere)?`;
/** A key whose value is an image tag in Helm values or a kustomize `images:` entry (`tag`, `image.tag`, `imageTag`, `newTag`). */
const TAG_KEY = String.raw`(?<![\w.-])(?:newtag|image\.tag|imagetag|image_tag|tag)`;

/** The words of an item about container images. */
const IMAGE_WORD = String.raw`(?:images?|docker(?:files?)?|containers?|registry|registries|tags?|tagged|k8s|kubernetes|helm|compose|pods?|ecr|gcr|ghcr|acr)`;

/** Dockerfile `FROM`, compose `image:` and Kubernetes container images use a pinned tag or digest. */
export const imageTagPinned = defineCheck({
  id: 'image-tag-pinned',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file),
  title: 'Container images use pinned tags',
  // Pinning: "We don't pin image tags for internal base images", "Image tags are not pinned for the nightly build".
  safeguard: /\bpin(?:s|ned|ning)?\b|\b(?:explicit|specific|fixed|immutable|versioned) (?:version |image )?tags?\b|\bversion tags?\b/,
  severity: 'high',
  description: "Every FROM, compose image: and Kubernetes container image has a version tag or digest (not 'latest', not untagged).",
  match: [
    {
      // "Pin (Docker) base images", "Base images are pinned", "Images use explicit version tags", "No `:latest`",
      // "Image tagged with version, not just `latest`", "Every image has a version tag", "Docker images use versioned tags",
      // "All `FROM` lines pinned".
      // A tag of another kind is stronger ("Images tagged with the git SHA") unless `latest` is refused beside it.
      // `latest` counts only refused ("No `:latest` tags", "avoid the latest tag", "`:latest` is banned"): "Push the latest
      // tag v0.1.0", "Deploy the latest tag" and "Pull postgres:latest to test" speak of a git tag or a one-off pull.
      // A refusal negated ("`latest` tag not forbidden for internal images", French "non interdit") allows it.
      pattern: /\b(?:no|not|never|avoid\w*|don't|do not|without|instead of|rather than|ban\w*|forbid\w*|prohibit\w*|replac\w*|remov\w*|disallow\w*|eliminat\w*|drop\w*|stop using)\b[^;]{0,40}(?::latest\b|\blatest (?:image )?tags?\b|\blatest images?\b)|(?::latest\b|\blatest (?:image )?tags?\b)[^;]{0,30}(?<!\b(?:not|never|isn't|aren't|no longer) (?:be |been )?)\b(?:not used|never used|not allowed|forbidden|banned|avoided|prohibited|disallowed|removed|replaced)\b|\bpin(?:ned)? (?:all |the |our |every |each )?(?:(?:docker|container|base) )*images?\b|\b(?:images?|image tags|base images?|from (?:lines?|instructions?|statements?)) (?:are |is )?(?:(?:version|tag|digest)[- ]?)?pinned\b|\bpinned (?:image )?tags?\b|\b(?:immutable|explicit) (?:version |release |image )?tags?\b|\bimages?\b[^;]*\b(?:never|not|no)(?: use| using| pull| run)? `?latest\b|\bimages? (?:uses?|has|have|carr(?:y|ies)) (?:an? )?(?:explicit|pinned|specific|fixed|immutable) (?:version )?tags?\b|\bimages?\b[^;]{0,60}\b(?:not (?:just |only |simply )?|never |instead of |rather than |other than )`?:?latest\b(?= ?(?:$|[,.;:)]|tags?\b|images?\b))|\bimages?\b[^;]{0,30}\b(?:use|uses|using|has|have|carr(?:y|ies)|with|get|gets) (?:an? |the )?(?:explicit |specific |fixed |pinned |immutable |proper |real )?(?:version(?:ed)?|semver|semantic version|release) (?:image )?tags?\b|\b(?:version(?:ed)?|semver) (?:image )?tags? (?:on|for) (?:all |every |each |our |the )?(?:docker |container |base |app )*images?\b|\bimages? (?:uses?|using|ha(?:ve|s)|carr(?:y|ies)|with) (?:an? )?(?:explicit|pinned|specific|fixed|immutable|exact) versions?\b/,
      // The check accepts a version tag: a promise of digests ("pinned by digest", "image digests recorded")
      // is stronger, unless the item accepts either ("pinned to a tag or digest", "a digest or a semver tag", "by digest or
      // immutable semver tag": up to two words for the tag; "an explicit version tag or an immutable digest": up to two for the digest), a digest shown as an example beside either too ("All `FROM` lines
      // pinned by tag or digest (`golang:1.22.5@sha256:…`)").
      // …and an item that allows `latest` ("latest tag is fine for the internal tools") promises nothing.
      unless: /\b(?<!\b(?:tags?|versions?|semver) or (?:an? |by )?(?:(?:immutable|pinned|explicit|specific|fixed|exact|image|content|sha256|sha) ){0,2})digests?\b(?! or (?:an? |by )?(?:(?:specific|pinned|explicit|fixed|immutable|semver|semantic[- ]version|versioned|release) ){0,2}(?:version )?(?:tags?|versions?)\b)|^(?![^]*\b(?:tags? or (?:an? |by )?digests?|digests? or (?:an? |by )?(?:[\w-]+ ){0,2}tags?)\b)[^]*\bsha256\b|(?<!\b(?:not|never|isn't|aren't|no longer) (?:be )?)\b(?:fine|ok|okay|acceptable|allowed)\b/,
      note: 'a promise about image tags: the check fails untagged and `latest` images',
    },
    {
      // Pinning alone as a terse item under a Docker or containers heading or parent item, read with it ("### docker" › "pinned"
      // reads "docker pinned", "## Containers" › "Tags pinned" "containers tags pinned"): there what is pinned is the image tags.
      // Nothing else named as pinned ("versions pinned" may be apt's, "deps pinned" the packages').
      pattern: /^(?:docker|dockerfiles?|containers?)(?: (?:image )?tags?)? (?:are |is )?(?:all )?pinned$/,
      note: 'pinned, under a Docker/containers heading: the check fails untagged and `latest` images',
    },
    {
      // Either a digest or an immutable version tag: "Images referenced by digest or immutable semver tag", "Every image
      // uses a digest or an immutable semver tag", "Container images use a digest or immutable semver tag". The tag is
      // what the check accepts; a digest only ("Images referenced by digest") is the stronger promise above's `unless`.
      pattern: /\bimages?\b[^;]{0,30}?\b(?:(?:are |is )?(?:referenced|pinned|identified|addressed|deployed|pulled)(?: by| to| with| via)?|uses?|using|ha(?:ve|s)|with|by)(?: an?| the)? digests? or (?:an? |by )?(?:(?:immutable|pinned|explicit|specific|fixed|exact) )?(?:semver|semantic[- ]version|version(?:ed)?|release) tags?\b/,
      clauseUnless: /\b(?:not|never|no longer|without|yet)\b|n't\b/,
      note: 'a promise about image tags: the check fails untagged and `latest` images',
    },
    {
      // `latest` never deployed (the 12-factor "build, release, run" wording): "`latest` is never deployed", "Images are
      // tagged with the git SHA; `latest` is never deployed", "The `latest` tag is never deployed to production". Only
      // `latest` alone or as a tag, and only as it stands: "The latest release is never deployed on Fridays", "The latest
      // tag is not deployed yet" (a git tag) and "latest docs published" promise nothing of images. Used, pulled, run or
      // released, `latest` is an image's only as a tag (":latest", "the latest tag") or in an item about images ("Docker
      // images: `latest` is never pulled", "Tags pinned; `latest` is never used"): "npm: `latest` is never used",
      // "Terraform providers: latest is never used", "Release notes: latest is not released" are other systems' versions.
      pattern: new RegExp(String.raw`(?:(?<=^|[;,:] |\b(?:and|but) )latest ${LATEST_NOT}(?:deployed|shipped)|(?::latest\b|\blatest (?:image )?tags?\b) ${LATEST_NOT}${LATEST_DONE}|(?:(?<=^|[;,:] |\b(?:and|but) )|(?<=\b${IMAGE_WORD}:? ))latest(?<=\b${IMAGE_WORD}\b[^]{0,400}) ${LATEST_NOT}${LATEST_DONE})${LATEST_WHERE}(?=$|[,.;:)!])`),
      unless: /\bdigests?\b|\bsha256\b|(?<!\b(?:not|never|isn't|aren't|no longer) (?:be )?)\b(?:fine|ok|okay|acceptable|allowed)\b/,
      // Another system's versions named in the clause: "npm packages: `latest` is never deployed", "Node.js: latest is not used".
      clauseUnless: /\b(?:npm|yarn|pnpm|pip|pypi|gems?|bundler|cargo|crates?|maven|gradle|nuget|composer|terraform|providers?|node(?:\.js|js)?|python|ruby|java|jdk|runtimes?|sdks?|dependenc(?:y|ies)|packages?|librar(?:y|ies)|plugins?|modules?)\b/,
      note: 'a promise about image tags: the check fails untagged and `latest` images',
    },
    {
      // `latest` refused as the value of a Helm values tag key or a kustomize `newTag` — the values files and `images:` entries the
      // check reads: "Helm values don't use `tag: latest`", "No `tag: latest` in Helm values", "Kustomize `newTag` is never
      // `latest`", "`image.tag` is never `latest`". A plain `tag` counts only in an item about Helm, kustomize, a chart or its
      // values ("Don't push `tag: latest` to the npm registry", "Git tag is never `latest`" stay manual); npm's `dist-tag`, git's
      // tags and another system's `latest` are not it.
      pattern: new RegExp(String.raw`^(?=[^]*\b(?:helm|kustomiz\w*|charts?|values(?:[-_.][\w.-]*)?|overlays?|newtag|image\.tag|imagetag|image_tag)\b)[^]*?(?:\b(?:no|not|never|avoid\w*|don't|do not|doesn't|does not|without|ban\w*|forbid\w*|prohibit\w*|disallow\w*)\b[^;]{0,40}${TAG_KEY}: ?latest\b|${TAG_KEY}: ?latest\b[^;]{0,30}(?<!\b(?:not|never|isn't|aren't|no longer) (?:be |been )?)\b(?:not used|never used|not allowed|forbidden|banned|avoided|prohibited|disallowed)\b|${TAG_KEY} (?:is |are )?(?:never|not|no longer) (?:set to |be |use[sd]? )?latest\b)`),
      unless: /\bdigests?\b|\bsha256\b|\bdist-tags?\b|\b(?:npm|git|yarn|pnpm|pypi|gems?|terraform)\b|(?<!\b(?:not|never|isn't|aren't|no longer) (?:be )?)\b(?:fine|ok|okay|acceptable)\b/,
      note: 'a promise about image tags in Helm values or kustomize images: the check fails a `latest` tag there',
    },
  ],
  docs: {
    why: "An untagged or 'latest' image changes under you: builds stop being reproducible and a rollback may pull different code.",
    fix: 'Pin a version tag of that image (e.g. node:22.11-slim, python:3.12-slim) or, better, a digest (`image:tag@sha256:…`).',
    details: [
      '- Dockerfiles: every `FROM` is judged, builder stages included (an unpinned builder makes the build unreproducible).',
      '  `FROM <earlier stage>` and `scratch` pass; `--platform=` is skipped; `ARG` defaults declared before `FROM` are resolved',
      '  (`ARG TAG=latest` then `FROM node:${TAG}` fails). A reference whose tag stays unresolved is an `info` note (unverifiable, naming the tag, the digest or the whole reference);',
      '  an unresolved registry (`${REGISTRY}/app:1.4`) or digest (`node:20@${DIGEST}`) does not hide a visible pinned tag.',
      '  A compose service that builds the Dockerfile with `build.args` (mapping or list, interpolated as compose does from `${VAR:-default}` and the `.env` beside it, which also gives a bare `- VAR` its value, as getsentry/self-hosted\'s `SENTRY_IMAGE`; the service\'s `environment`/`env_file` do not) gives those ARGs its values for the stages its build needs (its `build.target`, the stages it builds on or copies from): `BASE_IMAGE: python:latest` fails, naming the service, and a pinned value passes. The defaults are still judged unless production compose services are the only builders seen (no CI job, bake file, skaffold, platform or Kamal config builds the Dockerfile) and each passes other values.',
      '- `COPY --from=<image>` and `RUN --mount=…,from=<image>` (not a stage name or index) pull an image too and are judged the same way (`COPY --from=composer` fails).',
      "- Wherever it is written, a reference longer than Docker allows (a name over 255 characters, a tag over 128: no image Docker pulls) is not judged: an `info` note says so, its reference cut to its first 100 characters.",
      "- Compose: every service's `image:`, `extends` resolved, `${VAR:-default}` resolved from defaults and the `.env` beside the",
      '  compose file, interpolated as compose does (a nested default `${IMG:-${BASE:-nginx:latest}}` resolves to `nginx:latest`, `${TAG:?message}`',
      '  to TAG\'s value; `$$` is a literal `$`, which no image reference holds: an `info` note that the value is not judged). A service that also has `build:` is skipped: there `image:` names the image being built, not one pulled',
      '  (Checkov and Trivy flag it anyway); so is a base file\'s service that a production overlay builds (`build:` in `compose.prod.yaml`',
      '  beside `compose.yaml`, whose `image: app-php` then names the image built, as in dunglas/symfony-docker; a development overlay\'s',
      '  `build:`, `compose.override.yaml`, does not count), and a service that runs the image another service of the same folder\'s compose files',
      '  builds (`web: { build: ., image: shop-web }`, `worker: { image: shop-web }`: what the project just built), even with no `build:` of its own',
      '  and a registry name (Cal.com\'s `studio` beside the `calcom` service that builds `calcom.docker.scarf.sh/calcom/cal.com`): docker compose',
      '  treats that image as one the project builds, for the one service as for the other — it pulls it only when no local image has the name, and builds',
      '  it when the pull fails — so both are skipped alike, while a service whose image no service builds is judged. An image is reported once, where it is written, naming the services that use it',
      '  (a YAML anchor merged into several services with `<<: *app`, a scalar anchor `&app_image ghcr.io/acme/app:1.4` that services',
      '  name with `image: *app_image`: at the anchor\'s value, where a `preflight-ignore` comment above it suppresses it; an `extends` base).',
      '  An image that a production overlay (`docker-compose.prod.yml`, `compose.production.yaml`… beside `docker-compose.yml`) sets again for the',
      '  service is not what production pulls: the base file\'s image is an `info` note (`overridden by docker-compose.prod.yml for production`),',
      '  as in `debug-mode`, `database-port-exposed`, `resource-limits` and `restart-policy`; the overlay\'s own image is judged where it is written.',
      "- Helm: `values*.yaml` (`values.prod.yaml`, `values-production.yaml`, `values_prod.yaml`, `prod-values.yaml`) and the files of a `values/` folder (`values/production.yaml`) in a chart\'s folder (the one holding its `Chart.yaml`; not `templates/`, `charts/`, `ci/` or tests), the values files the other Kubernetes checks render the chart with, and the values files outside a chart\'s folder that the repository\'s installs of that chart pass (`helm upgrade … charts/web -f environments/staging/values.yaml`, helmfile `values:` files, Argo CD `helm.valueFiles`, Flux `valuesFiles`, a Terraform `helm_release`\'s `values = [file(…)]` or `templatefile(…)` whose `chart` is the chart\'s folder — a Terraform template (`values.yaml.tftpl`, `.tpl`) read with its `%{ … }` directive lines set aside and each `${…}` interpolation an unknown value, not judged when it does not read as YAML so; a development install\'s give notes): every `{ repository, tag }` block, an `image: { tag }` override and an `image:` string holding a whole reference (`image: ghcr.io/acme/app:latest` fails, `image: busybox` is untagged — unless a sibling key gives the tag, `imageTag: 2.4`); in lists too, entry by entry, when the entry is a container spec or an image block (`extraContainers`, `sidecars`, `initContainers`, `worker.containers`: a mapping with an `image` or a `{ repository, tag }`, rendered by the chart with `toYaml`; the finding names the entry, `extraContainers[0].image`), not other lists (`tolerations`, `env`) (development values files — `values-dev.yaml`, `values.local.yaml`, `values-kind.yaml`… — give notes; a chart under a test or illustration folder, `test/fixtures/`, `examples/`, is not judged, as its manifests are not); `tag: latest` fails, an empty tag (the chart's",
      '  `appVersion`) or a `digest` passes — unless the chart\'s `appVersion` is itself a moving tag (`appVersion: latest`) that a template renders for that empty tag (`.Values.image.tag | default .Chart.AppVersion`, as `helm create` writes it). A registry port is no tag there either (`image: registry.example.com:5000/team/worker` is untagged). An image block or string behind a YAML anchor (`image: &img {…}`, then `image: *img`) is reported once, at the anchor, naming every value that uses it. A tag-only override of a subchart\'s image (`postgresql.image.tag: latest`) names the subchart. An umbrella chart\'s subchart (`charts/api/` in the parent\'s `charts/`) whose empty tag the parent\'s values give in every install (`api.image.tag: "3.2.0"`) is judged where the parent writes it, not by its own `appVersion`; an empty repository (`repository: ""`, given at install or by a parent) is judged by its tag. As the other Kubernetes checks judge a chart, a values image is judged as the chart\'s values sets render the templates that name it (`.Values.worker.image.tag`, a `with` of it, a helper that includes it): one that no values set renders (every such line in a branch no values file selects, `{{- if .Values.worker.enabled }}` with `enabled: false`) is not judged, and a `values.yaml` tag that only `values.yaml` alone deploys, while a production values file (`values-production.yaml`) overrides it with another tag or digest, is an `info` note naming that file; a value no template of the chart names (a subchart\'s) is judged as written.',
      '- Kubernetes: `containers` and `initContainers` of every workload; Helm-style `{{ … }}` values are unverifiable notes (not a chart template\'s image written from one values image block, `"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"` as `helm create` writes it, when the chart\'s values give that block a tag, a digest or an empty tag its `appVersion` fills: it is judged where the values write it, below; a templated container name is named readably, the chart\'s name for `{{ .Chart.Name }}` (in a library chart\'s `define`, the name of the one chart that includes it, else `<chart>`)), and so are an OpenShift DeploymentConfig container whose image its ImageChange trigger sets (`image: " "`, the note naming the trigger\'s `ImageStreamTag`) and an empty image; a placeholder that a deploy step replaces (`IMAGE_PLACEHOLDER`, `<IMAGE>`, an upper-case name such as `IMAGE`: no image reference, which the kubelet would refuse as `InvalidImageName` rather than pull `latest`) is not judged, as in ECS task definitions, while a variable (`${IMAGE}`, envsubst\'s `$IMAGE`) is judged: `app:$TAG` is an unverifiable note, `$REGISTRY_IMAGE:latest` fails, and so does a lower-case name without a tag (`nginx`); an image',
      '  whose tag a `kustomization.yaml` sets (`images: [{name, newTag|digest}]`) in a manifest that kustomization renders (its `resources`, transitively, and its patches; not another app\'s manifests elsewhere in the repository) or that `skaffold.yaml` builds is pinned at deploy time — when every production kustomization that deploys the manifest sets it (itself, a kustomization on its way to the manifest, or a Component one of them lists under `components:`, whose `images:` apply as part of it; as the Kubernetes checks judge each overlay: a `staging` overlay that lists only `../../base` deploys the base\'s untagged image, which fails there, the message naming the overlay and, for contrast, only the kustomizations that pin it (a digest or a version `newTag`, not `newTag: latest`); development overlays such as `overlays/dev` do not count); the `newTag` itself is judged where it is written (`newTag: latest` is a moving tag). Images that kustomize patches set — a strategic-merge patch in a file or inline (`patches: - patch: |-`), JSON 6902 ops inline or in a file (`op: replace` of `/spec/template/spec/containers/0/image`, `op: add` of a container) — are judged as the production overlays render the workload, merged as the other Kubernetes checks merge it: where the patch writes the image (a finding about a value JSON 6902 ops write points at that op), the message naming the overlays that deploy it (`in kustomize overlay k8s/overlays/prod`); the `images:` `newTag`/`digest` of the kustomization that applies the patch, or of one built on it, pin it there (a base\'s, applied before the overlay\'s patches, does not); a definition\'s image that a patch replaces is judged only for the overlays that keep it, naming them, and not at all when every overlay that deploys it replaces it.',
      '- Terraform: a `helm_release` of a chart of the repository (`chart = "${path.module}/charts/web"`) that sets an image by name (`set { name = "image.tag" value = "latest" }`, `set_sensitive`, the provider\'s `set = [{ name, value }]`) is judged at that value as the values it makes: a tag with the repository set beside it, else the one the release\'s values files or the chart\'s `values.yaml` give (a tag-only override, as above), or a whole `image` string; a chart from a chart repository (`repository = …`, `oci://…`) is not judged. The containers of the Kubernetes provider\'s workloads (`kubernetes_deployment`, `kubernetes_stateful_set`, `kubernetes_daemonset`, `kubernetes_pod`, `kubernetes_job`, `kubernetes_cron_job`, their `_v1` forms, a `kubernetes_manifest` written as an HCL object) and init containers: an image written out as a manifest\'s is (`image = "nginx:latest"` fails), one Terraform interpolates by its literal text and the variables it follows, as an ECS container\'s (`"ghcr.io/acme/api:${var.tag}"` with `default = "latest"` fails), a bare reference (`image = var.image`) not judged, nor the images of a resource whose `lifecycle { ignore_changes }` leaves them to a deploy pipeline (`spec[0].template[0].spec[0].container[0].image`, the pod template whole, `all`); named by the resource (`kubernetes_deployment.web container \'web\' image`).',
      "- Argo Workflows (`Workflow`, `WorkflowTemplate`, `ClusterWorkflowTemplate`, `CronWorkflow`'s `spec.workflowSpec`): each template's `container`, `script`, `containerSet.containers`, `initContainers` and `sidecars` image; a `{{…}}` parameter (`{{inputs.parameters.image}}`) is an unverifiable note.",
      "- Kamal: each accessory's `image` in `config/deploy.yml` (and `config/deploy.<destination>.yml`; one named for development gives notes); the app's own `image:` is the one Kamal builds and tags with the commit, not judged.",
      "- AWS: each container's `image` in an ECS task definition (JSON whose top level has `containerDefinitions` beside `family`, also in `aws ecs describe-task-definition`'s `taskDefinition` wrapper, or a bare JSON list of container definitions, Terraform's `file(\"containers.json\")`, or Terraform `aws_ecs_task_definition` `container_definitions` written in the `.tf` file as `jsonencode([…])` or a heredoc of JSON (an image written as a string with interpolations is judged by its literal text, as a variable's reference is in a Kubernetes manifest: `\"${aws_ecr_repository.app.repository_url}:latest\"` and `\"public.ecr.aws/acme/${each.key}:latest\"` fail, the moving tag being written out; an interpolated variable or local value of the module, `\"…/shop-web:${var.image_tag}\"`, is followed to the literal values Terraform assigns it, as tls-protocols-config follows a TLS policy's — the variable's `default`, the `.tfvars` files Terraform loads, a module call's argument or a Terragrunt configuration's `inputs`, a `-var-file` for another environment, or a value a development-only file sets or passes on (a module call or `.tfvars` under `environments/dev/`, as tls-protocols-config judges it), giving a note —, the finding at the image naming the value and where it is set — one finding for each place a moving tag comes from (prod\'s and staging\'s `.tfvars` or Terragrunt inputs: two), so that a new one is not hidden by another\'s baseline entry; a tag Terraform computes, `${each.value.tag}`, or a variable no literal value reaches is an `info` note (unverifiable), as `app:$TAG` is; a bare reference, `image = var.image`, calls and `for` expressions are values Terraform computes, not read; a heredoc's template directives, `%{ for … }`/`%{ if … }`, are set aside with what they enclose and the literal rest is read, and one they leave nothing to read of gives an `info` note); one named for development — `task-definition-dev.json`, a `family` with a development word — gives notes) and in Elastic Beanstalk's `Dockerrun.aws.json` (v2 `containerDefinitions`, v1 `Image.Name`), and CloudFormation `AWS::ECS::TaskDefinition` `ContainerDefinitions` `Image` (also in CDK's `cdk.out/` and a `serverless.yml`'s `resources`): a literal, or one written with intrinsic functions (`Fn::Join`, `Fn::Sub`, `!Join`, `!Sub`, as CDK synthesizes `ContainerImage.fromEcrRepository(repo)`, whose tag defaults to `latest`: a `Fn::Join` of the repository's address and `:latest`) judged by its literal text, each part CloudFormation computes (`${AWS::AccountId}`, `!Ref Repo`, `!GetAtt`, `Fn::Select`) unknown, as a variable without a value is in a manifest — `${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/worker:latest` fails, so does a literal repository without a tag, and a tag CloudFormation computes (`${Repo}:${ImageTag}`) is an `info` note (unverifiable); an image with no literal text (`!Ref ImageUri`, `!GetAtt Repo.RepositoryUri`, `Fn::If`) is not judged, and when nothing else is, the skip reason names its containers rather than saying there is no image. A placeholder (`<IMAGE>`, `${IMAGE}`, an upper-case name such as `IMAGE_PLACEHOLDER`, which is no image reference) is not judged, and neither is the image of a container that a GitHub workflow renders at deploy time (`aws-actions/amazon-ecs-render-task-definition` with that `task-definition:` file and `container-name:`, also through the workflow's, job's or step's `env`: `${{ env.ECS_TASK_DEFINITION }}`). The containers of the terraform-aws-modules/ecs module are read as a task definition's (the service submodule's `container_definitions` map, each keyed by the container's name; the root module's `services.<name>.container_definitions`; the container-definition submodule's own `image`), values Terraform computes not judged; a module whose literal `name`/`family` has a development word gives notes.",
      "- fly.toml's `[build] image` (also `fly.<env>.toml`'s; one named for development, `fly.dev.toml`, gives notes): the image `fly deploy` runs instead of building one — unless a GitHub workflow deploys it with an image of its own (`flyctl deploy --image …` on one line, or in flyctl-actions' `args`: only the config its `-c` names, every fly.toml without one), which replaces it.",
      "- render.yaml's image-backed services (`runtime: image`): `image.url`, the image Render pulls instead of building one, at the value.",
      "- Nomad job files (`*.nomad`, `*.nomad.hcl`, or an `.hcl` file declaring a top-level `job`): each task's `config { image = \"…\" }` (docker, podman…), at the value; a job file named for development gives notes, and an image written with a variable or template (`\"${var.image}\"`, Levant's `[[ .image ]]`) is not judged.",
      "- A DigitalOcean App Platform spec (`.do/app.yaml`, `.do/deploy.template.yaml`, an `app.yaml` with `services`/`workers`/`jobs`): each service's, worker's and job's `image` (`registry_type`, which App Platform requires: an `image` without it, a Helm-style values file named app.yaml, is not read; `registry`, `repository`, `tag`, `digest`), judged as the reference App Platform pulls (`DOCKER_HUB` `registry: library`, `repository: nginx`, `tag: latest` is `library/nginx:latest`), at its `tag` (else `digest`, else `repository`); without `tag` or `digest` App Platform pulls `latest`, which fails as an untagged image does.",
      `- ${COPILOT_IMAGE_DOC}`,
      "- A digest passes even with `latest` (`nginx:latest@sha256:…` is immutable). Registry ports are not tags (`registry:5000/app` is untagged).",
      '- Dev-only files (`docker-compose.override.yml`, `Dockerfile.dev`…) and compose services only in development/tooling profiles',
      '  (`profiles: [dev]`, `tools`, `test`…) get `info` notes, and so do the images of a Dockerfile only development environments build (as in `dockerfile-non-root`: Laravel Sail\'s runtime); template files are exempt. A Kubernetes manifest in a development folder',
      '  (`overlays/dev/`) that a production kustomization deploys (`overlays/production` listing `../dev`) is judged as production\'s, the',
      '  message naming the overlay (`in kustomize overlay k8s/overlays/production`), as the other Kubernetes checks judge it.',
      "- Options: `allow` — image-name globs that may float (`['scratch', 'internal.registry/**']`), matched without tag on the name as written in `FROM` (`docker.io/library/` stripped; a glob written fully qualified, `docker.io/library/ubuntu`, matches `FROM ubuntu` too);",
      "  `moving-tags` — tags treated like 'latest' besides it (default `[]`; list `stable`, `lts`, `edge`, `nightly`, `main` to be stricter): `latest` always moves, the list only adds to it; a tag holding one as a word (`postgresql-latest`, `latest-alpine`) moves too.",
      '- Where others go wrong: hadolint DL3006 does not resolve `ARG` values, so `ARG BASE=python:3.12` + `FROM $BASE` is flagged',
      '  (hadolint#219, #979, #1078); Checkov CKV_DOCKER_7 reports only the first unpinned `FROM` of a file (checkov#6890) and',
      '  CKV_K8S_14 long failed digest-only images (checkov#535).',
    ].join('\n'),
  },
  options: z.object({
    allow: z.array(globEntry('an image-name glob (`ghcr.io/acme/*`)')).default(['scratch']).describe('Image-name globs allowed without a pinned tag.'),
    'moving-tags': z.array(optionEntry('a tag (`stable`, `edge`)')).default([]).describe("Tags treated like 'latest' besides it ('latest' always moves)."),
  }),
  run({ snapshot, options, report: reportFinding, skip }) {
    // A value is reported at its first character, also where a YAML/JSON (or `jsonencode`) reader located it at its opening quote.
    const atValue = valueColumns((f) => snapshot.text(f));
    const report = (f: RawFinding) => reportFinding(atValue(f));
    const allowed = imageGlobMatcher(options.allow);
    // The option adds tags: `latest` always moves (an item listing `[stable, edge]` is stricter, never laxer).
    const moving = [...new Set(['latest', ...options['moving-tags'].map((t) => t.toLowerCase())])];
    let seen = 0;
    // Per chart: its template lines naming `.Chart.AppVersion`, read once for every empty tag of its values files.
    const appVersionMemo = new Map<string, string[]>();
    const chartAppVersionLines = (dir: string) => { let l = appVersionMemo.get(dir); if (!l) appVersionMemo.set(dir, l = appVersionLines(snapshot, dir)); return l; };
    // `devReason`: why the image is development-only (a note), null to judge by its file's name, false when it is production's whatever the name.
    // `shownAs`: how the message names the reference when `raw` is not what is written (a Helm tag-only override).
    // `hint`: why a variable has no value there, said after an unverifiable reference's note.
    // `via`: what tells this rendering of the image from others of the same line (a Terraform image rendered per variable file), in its identity.
    // `read`: a compose `image:` is interpolated as compose does (judgeImage).
    const judge = (raw: string, vars: Map<string, string | null>, at: { file: string; line: number; column: number; overlays?: string[] }, label: string, devReason: string | null | false = null, where = '', shownAs?: string, hint = '', via = '', read: 'dockerfile' | 'compose' = 'dockerfile') => {
      seen++;
      const v = judgeImage(raw, vars, moving, allowed, read);
      if (v.verdict === 'ok') return;
      const base: RawFinding = { file: at.file, line: at.line, column: at.column, ...(at.overlays ? { overlays: at.overlays } : {}), message: '' };
      if (v.verdict === 'malformed') {
        report({ ...base, note: true, message: `${label} ${shownRef(raw)} is not judged: it is no image reference Docker accepts (${v.why})` });
        return;
      }
      if (v.verdict === 'unverifiable') {
        const part = v.part === 'tag and digest' ? 'its tag and digest come from variables' : v.part === 'image' ? 'its image reference comes from a variable' : `its ${v.part} comes from a variable`;
        report({ ...base, note: true, message: `${label} ${shownAs ?? shownRef(raw)} is unverifiable: ${part} without a default${hint}; make sure the value passed is a pinned version or digest` });
        return;
      }
      // Identified by where it is used (FROM, the compose services, the container) and the image repository (no tag,
      // digest or registry default), not the line: `FROM node` becoming `FROM --platform=linux/amd64 node AS app`, or
      // `postgres:latest` written in other quotes, is the same finding; the same image in another service is not.
      base.subject = `${label} ${normalizeImageName(parseImageRef(v.image).name)}${via}`;
      const shown = shownAs ?? (raw === v.image ? shownRef(raw) : `${shownRef(raw)} (resolves to ${shownRef(v.image)})`);
      const what = v.verdict === 'untagged' ? "has no tag, so it pulls 'latest'" : `uses the moving tag '${v.tag}'`;
      const dev = devReason === false ? null : devReason ?? (isDevOnly(at.file) ? 'development-only file' : null);
      report({ ...base, note: dev !== null || undefined, message: `${label} ${shown} ${what}${where}; pin a version tag or a digest (${DIGEST_HINT})${dev ? ` (${dev})` : ''}` });
    };
    /**
     * A Terraform template image (`acme/api:${var.image_tag}`), as Terraform may render it (terraformTemplate): each way that fails
     * (what deploys, and a value with a note — another environment's variable file or Terragrunt configuration —, which makes that
     * finding a note), one finding each, identified by the files its values come from; else judged as deployed (an unverifiable note
     * when its tag is a value Terraform computes or a variable with no literal value). Reported at the image, naming the values used.
     */
    const judgeTerraformImage = (file: string, image: { value: string; line: number; column: number }, label: string, dev: boolean) => {
      const parts = templateParts(image.value);
      const t = parts ? terraformTemplate(snapshot, file, parts) : null;
      const at = { file, line: image.line, column: image.column };
      const shown = shownRef(image.value);
      if (!t) { report({ ...at, note: true, message: `${label} ${shown} is not judged: Terraform computes it with a template directive` }); seen++; return; }
      const devReason = dev ? 'development task definition' : null;
      const using = (v: TfTemplateVariant) => (v.used.length ? ` (${v.used.map((u) => `${u.expr}: ${u.reach.how}, ${u.reach.file}:${u.reach.line}`).join('; ')})` : '');
      const hint = t.unknown.length ? ` (${t.unknown.join('; ')})` : '';
      const fails = t.variants.filter((v) => { const j = judgeImage(t.ref, v.vars, moving, allowed).verdict; return j === 'moving' || j === 'untagged'; });
      if (!fails.length) { const v = t.variants[0]!; judge(t.ref, v.vars, at, label, devReason ?? v.note ?? null, using(v), shown, hint); return; }
      // The first (what deploys first) keeps the image's identity, as before one finding per image was reported (a baseline of it
      // still matches); each other is identified by where its values come from (not their lines): a regression in another
      // environment's file is a new finding.
      const via = (v: TfTemplateVariant) => (v.used.length ? ` via ${[...new Set(v.used.map((u) => u.reach.file))].join(', ')}` : '');
      const judged = new Set<string>();
      for (const [i, v] of fails.entries()) {
        if (judged.has(via(v))) continue;
        judged.add(via(v));
        judge(t.ref, v.vars, at, label, devReason ?? v.note ?? null, using(v), shown, hint, i === 0 ? '' : via(v));
      }
    };
    for (const df of snapshot.dockerfiles()) {
      // A test or example folder's Dockerfile builds no production image (as the compose files and manifests there).
      if (isTemplate(df.path) || isIllustrationDockerfile(snapshot, df.path)) continue;
      const stageNames = new Set(df.stages.map((st) => st.name?.toLowerCase()).filter(Boolean));
      // A Dockerfile only development environments build (Laravel Sail's compose): its images are development-only.
      const devBuilt = devBuiltReason(snapshot, df);
      for (const st of df.stages) {
        const f = st.from;
        if (!f.stage && f.raw && f.raw.toLowerCase() !== 'scratch') {
          // A variable declared by an `ARG` inside a stage (with a default) is not visible to FROM: only the ARGs before
          // the first FROM are (Docker builds `FROM ${IMG}` with an empty name then).
          const inStage = [...f.raw.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!)
            .find((v) => !df.globalArgs.has(v) && df.stages.some((other) => other.instructions.some((ins) => ins.keyword === 'ARG' && ins.line < f.imageLine && ins.properties.some((p) => p.name === v))));
          const hint = inStage ? ` (the ARG ${inStage} declared inside a stage is not visible to FROM: declare it before the first FROM)` : '';
          const at = { file: df.path, line: f.imageLine, column: f.imageColumn };
          // A compose service that builds this stage (or one built from it) with `build.args` pulls the image those values
          // name: judged as that service builds it. The defaults are judged unless production compose services are the only
          // builders seen and every one passes other values (a workflow or platform building the Dockerfile uses the defaults).
          const builders = f.raw.includes('$') ? composeArgBuilds(snapshot).filter((b) => b.df === df && stageClosure(df, b.stage).has(st)) : [];
          const variants = new Map<string, { vars: Map<string, string | null>; b: (typeof builders)[number] }>();
          let prodDefault = false;
          for (const b of builders) {
            const vars = globalArgsWith(df, b.args);
            const image = substitute(f.raw, vars);
            if (image === f.image) { if (b.devReason === null) prodDefault = true; continue; }
            const key = `${image}\u0000${b.devReason === null}`;
            if (!variants.has(key)) variants.set(key, { vars, b });
          }
          const prod = builders.filter((b) => b.devReason === null);
          if (!prod.length || prodDefault || builtOutsideCompose(snapshot, df)) judge(f.raw, df.globalArgs, at, 'FROM', devBuilt, '', undefined, hint);
          for (const { vars, b } of variants.values()) {
            const shown = shownArgs(b, f.raw);
            judge(f.raw, vars, at, 'FROM', b.devReason, ` as ${b.by} builds it (build.args ${shown})`, undefined, ` (${b.by} passes build.args ${shown})`);
          }
        }
        // `FROM scratch` and `FROM <earlier stage>` are judged too, and pass: the item applies (pass, not skipped).
        else if (f.raw) seen++;
        // `COPY --from=composer:2` pulls an image just like FROM does; stage names and indexes do not.
        for (const ins of st.instructions) {
          const from = ins.keyword === 'COPY' ? ins.flags['from'] : undefined;
          if (from && !/^\d+$/.test(from) && !stageNames.has(from.toLowerCase())) {
            // At the image reference, like FROM's findings (when the flag is on the instruction's first line).
            const text = snapshot.lines(df.path)?.[ins.line - 1] ?? '';
            const flag = text.search(/--from=/i);
            const column = flag >= 0 && text.startsWith(from, flag + 7) ? flag + 8 : ins.column;
            judge(from, df.globalArgs, { file: df.path, line: ins.line, column }, 'COPY --from', devBuilt);
          }
          // `RUN --mount=from=ghcr.io/astral-sh/uv,source=/uv,target=/bin/uv` (uv's documented pattern) pulls that image too.
          if (ins.keyword === 'RUN' && ins.flags['mount'] !== undefined) {
            for (const m of runMountImages(snapshot.lines(df.path) ?? [], ins.line, ins.endLine)) {
              if (/^\d+$/.test(m.from) || stageNames.has(m.from.toLowerCase())) continue;
              judge(m.from, df.globalArgs, { file: df.path, line: m.line, column: m.column }, 'RUN --mount from', devBuilt);
            }
          }
        }
      }
    }
    const composeImages = new Map<string, { image: string; vars: Map<string, string | null>; at: { file: string; line: number; column: number }; services: string[]; dev: string | null }>();
    // The repository's own deployment: not test or illustration folders, not `extends` bases (judged through the services that extend them).
    // The images the project builds (`web: { build: ., image: shop-web }`), per folder of compose files: another service
    // running that image (`worker: { image: shop-web }`) runs what the project just built, not a pulled image — docker compose
    // (isServiceImageToBuild) treats it as buildable for that service too, exactly as for the service with `build:`, skipped above.
    // (A registry name is no exception: Cal.com's `studio` runs the `calcom` service's `calcom.docker.scarf.sh/calcom/cal.com`.)
    const composeFiles = judgedComposeFiles(snapshot);
    const built = new Set(composeFiles.flatMap((cf) => cf.services.filter((svc) => svc.value['build'] !== undefined && svc.value['build'] !== null && typeof svc.value['image'] === 'string')
      .map((svc) => `${dirname(cf.path)}\0${String(svc.value['image']).trim()}`)));
    for (const cf of composeFiles) {
      const vars = composeDotenv(snapshot, cf.path);
      for (const svc of cf.services) {
        const image = svc.value['image'];
        if (typeof image !== 'string' || svc.value['build'] !== undefined) continue;
        if (built.has(`${dirname(cf.path)}\0${image.trim()}`)) continue;
        // A production overlay that builds the service (`build:` in `compose.prod.yaml` over `compose.yaml`'s `image: app-php`,
        // dunglas/symfony-docker's layout): deployed together, `image:` names the image being built, as on a service with `build:`.
        if (overriddenInProduction(snapshot, svc, (m) => m.value['build'] !== undefined && m.value['build'] !== null)) continue;
        // Where the value is written: a YAML anchor merged into several services (`<<: *app`) or an `extends` base.
        const at = svc.origin(['image']);
        if (isTemplate(at.file)) continue;
        // A service only in development/tooling profiles (`profiles: [tools]`) is development-only. An image a production
        // overlay (`docker-compose.prod.yml` beside `docker-compose.yml`) sets again is not what production pulls: a note
        // (the overlay's own image is judged where it is written).
        const over = overriddenInProduction(snapshot, svc, (m) => typeof m.value['image'] === 'string');
        const dev = composeDevOnly(svc) ?? (isDevOnly(at.file) ? 'development-only file' : null) ?? (over ? `overridden by ${over} for production` : null);
        const key = `${at.file}:${at.line}:${at.column}`;
        const prev = composeImages.get(key);
        if (prev) { prev.services.push(svc.name); if (!dev) prev.dev = null; continue; }
        composeImages.set(key, { image, vars, at, services: [svc.name], dev });
      }
    }
    // One finding per place an image is written, naming every service that uses it; a production service makes it a failure.
    for (const { image, vars, at, services, dev } of composeImages.values()) {
      judge(image, vars, at, `${services.length > 1 ? 'services' : 'service'} ${services.map((n) => `'${n}'`).join(', ')} image`, dev, '', undefined, '', '', 'compose');
    }
    // Chart templates' images written from values (templateImageValues), reported after the values are judged unless they are,
    // and the values image blocks judged per chart (`<chartDir>\u0000image`).
    const templateImages: { note: RawFinding; chartDir: string; values: string[] }[] = [];
    const judgedValues = new Set<string>();
    const deployTime = deployTimeImages(snapshot, (ref) => judgeImage(ref, new Map(), moving, () => false).verdict === 'ok');
    const deployments = kustomizeDeployments(snapshot);
    const rendered = kustomizeRendered(snapshot);
    // Workloads as the production overlays render them: an image a patch sets is judged where the patch writes it (below), a
    // definition's image only for the overlays that keep it.
    const kustomized = kustomizeImages(snapshot);
    // The tags kustomize sets (`images: [{ name, newTag }]`) are what deploys: judged like any tag.
    for (const f of filesWhere(snapshot.files, isKustomizationFile)) {
      if (isTemplate(f) || isTestFile(f)) continue;
      for (const doc of snapshot.yaml(f)?.docs ?? []) {
        const list = isObject(doc.value) ? doc.value['images'] : undefined;
        if (!Array.isArray(list)) continue;
        list.forEach((i, k) => {
          if (!isObject(i) || typeof i['name'] !== 'string' || i['digest'] !== undefined || (typeof i['newTag'] !== 'string' && typeof i['newTag'] !== 'number')) return;
          const name = typeof i['newName'] === 'string' ? i['newName'] : i['name'];
          const at = doc.loc(['images', k, 'newTag']) ?? doc.loc(['images', k]) ?? { line: 1, column: 1 };
          judge(`${name}:${String(i['newTag'])}`, new Map(), { file: f, ...at }, `kustomize image '${i['name']}' newTag:`);
        });
      }
    }
    for (const obj of snapshot.k8sObjects()) {
      // Test pods (a chart's `templates/tests/`, run by `helm test`) are not what deploys, as for the other Kubernetes checks.
      if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
      for (const c of containers(obj)) {
        const image = c.container['image'];
        if (typeof image !== 'string') continue;
        // An image a kustomize patch writes is judged as the overlays that apply it render it (below), not as written.
        const key = fieldKey(obj, [...c.path, 'image']);
        if (kustomized.layers.has(key)) continue;
        // The production kustomizations that deploy this image: not those whose patches set another for the container.
        const fate = kustomized.fates.get(key);
        const entries = (deployments.get(obj.file) ?? []).filter((d) => !fate?.replaced.has(d.entry) || fate.kept.overlays.includes(d.entry));
        // Every overlay that deploys the definition sets another image: the one written here is not deployed.
        if (fate?.replaced.size && !fate.kept.solo && !fate.kept.overlays.length && !entries.length) { seen++; continue; }
        const imageName = normalizeImageName(parseImageRef(image).name);
        // Pinned at deploy time only when every production kustomization deploying the manifest sets the tag (itself or
        // a kustomization on its way to the manifest), as the Kubernetes checks judge each overlay: a `staging`
        // overlay that only lists `../../base` deploys the base's image as written.
        const pinners = deployTime.pinners.get(imageName);
        const unpinned = pinners ? entries.filter((d) => ![...d.via].some((v) => pinners.has(v))).map((d) => d.entry) : [];
        const pinnedHere = pinners !== undefined && [...pinners].some((dir) => rendered.get(dir)?.has(obj.file));
        if (deployTime.global.has(imageName) || (pinnedHere && !unpinned.length)) { seen++; continue; }
        // A manifest in a development folder (`overlays/dev/`) that a production kustomization deploys (its `resources` list
        // `../dev`) is production's, as the other Kubernetes checks judge it: a failure naming the overlays, not a note.
        const deployedBy = isDevOnly(obj.file) ? entries.map((d) => d.entry || '.') : [];
        // So are the overlays that keep the image when others' patches set another: the finding holds for those only.
        const named = [...new Set(deployedBy.length || entries.length < (deployments.get(obj.file) ?? []).length ? entries.map((d) => d.entry || '.') : [])];
        // The contrast names only kustomizations that pin it (not a dev overlay's `newTag: latest`, judged where it is written).
        const contrast = [...(deployTime.pinning.get(imageName) ?? [])].sort();
        const where = unpinned.length ? ` in kustomize overlay${unpinned.length > 1 ? 's' : ''} ${unpinned.join(', ')} (which set${unpinned.length > 1 ? '' : 's'} no newTag or digest for it${contrast.length ? `, unlike ${contrast.join(', ')}` : ''})`
          : named.length ? ` in kustomize overlay${named.length > 1 ? 's' : ''} ${named.join(', ')}` : '';
        const at = obj.loc([...c.path, 'image']);
        // A chart template's templated container name is named readably, as the other Kubernetes checks name it (the chart's name for `{{ .Chart.Name }}`).
        const label = `${c.init ? 'init container' : 'container'} '${shownTemplateName(c.name, helmChartName(snapshot, obj.file))}' image`;
        if (templated(image)) {
          seen++;
          const note = { file: obj.file, ...at, note: true, message: `${label} ${shownRef(image)} is templated and unverifiable; make sure the rendered value is a pinned version or digest` };
          // A chart template's image written from one values image block (`{{ .Values.image.repository }}:{{ .Values.image.tag }}`) is
          // judged where its values write it (below): said here only when they do not.
          const values = isHelmTemplate(obj.file, snapshot.text(obj.file)) ? templateImageValues(image) : null;
          const chartDir = chartDirOf(obj.file);
          if (values && chartDir !== null) templateImages.push({ note, chartDir, values });
          else report(note);
          continue;
        }
        // OpenShift: a DeploymentConfig's ImageChange trigger sets the image of the containers it names (`image: " "` until then).
        const trigger = imageChangeTrigger(obj.value, c.name);
        if (trigger !== null) { seen++; report({ file: obj.file, ...at, note: true, message: `${label} is set by the DeploymentConfig's ImageChange trigger${trigger ? ` (${trigger})` : ''}, which this check cannot verify; make sure the image stream tag it follows points at a pinned version or digest` }); continue; }
        if (!image.trim()) { seen++; report({ file: obj.file, ...at, note: true, message: `${label} is empty: it is set at deploy time, which this check cannot verify; make sure the image deployed is a pinned version or digest` }); continue; }
        // A placeholder a deploy step replaces (`IMAGE_PLACEHOLDER`, `<IMAGE>`, `IMAGE`) is no image reference, as in ECS task
        // definitions (the same test); a variable reference, `${IMAGE}` or envsubst's `$IMAGE`, is judged (`app:$CI_COMMIT_SHA` an
        // unverifiable note, `$CI_REGISTRY_IMAGE:latest` a moving tag).
        if (!/\$(?:\{|[A-Za-z_])/.test(image) && !imageRef(image.trim())) { seen++; continue; }
        // The production kustomizations it fails in (those that set no tag for it; else every one that deploys it): an item
        // scoped to one of those overlays keeps the finding (RawFinding.overlays).
        const failsIn = unpinned.length ? unpinned : entries.map((d) => d.entry);
        judge(image, new Map(), { file: obj.file, ...at, ...overlayScope(snapshot, { overlays: [...new Set(failsIn)] }) }, label, deployedBy.length ? false : null, where);
      }
    }
    // Images kustomize patches set (a strategic-merge patch in a file or inline, JSON 6902 ops), as the production overlays
    // that apply them render them, naming those overlays as the other Kubernetes checks do; the `images:` of a kustomization
    // that runs after the patch (the one applying it, or one on the way to it from the overlay) pin it there.
    const dirDeployments = kustomizationDeployments(snapshot);
    for (const p of kustomized.patched) {
      const label = `${p.init ? 'init container' : 'container'} '${p.name}' image`;
      const at = { file: p.file, line: p.line, column: p.column };
      const where = overlayNote(p.set);
      if (templated(p.image)) { seen++; report({ ...at, note: true, ...overlayScope(snapshot, p.set), message: `${label} ${shownRef(p.image)}${where} is templated and unverifiable; make sure the rendered value is a pinned version or digest` }); continue; }
      if (!p.image.trim()) { seen++; report({ ...at, note: true, ...overlayScope(snapshot, p.set), message: `${label}${where} is empty: it is set at deploy time, which this check cannot verify; make sure the image deployed is a pinned version or digest` }); continue; }
      // A placeholder a deploy step replaces (`IMAGE_PLACEHOLDER`, `<IMAGE>`) is no image reference, as in a manifest.
      if (!/\$(?:\{|[A-Za-z_])/.test(p.image) && !imageRef(p.image.trim())) { seen++; continue; }
      const imageName = normalizeImageName(parseImageRef(p.image).name);
      const pinners = deployTime.pinners.get(imageName);
      // The kustomizations whose `images:` apply after the patch, per overlay: those on the way from the overlay to the one
      // that applies it, itself included (kustomize runs the image transformer after each layer's patches).
      const records = isKustomizationFile(p.file) ? dirDeployments.get(dirname(p.file)) ?? [] : deployments.get(p.file) ?? dirDeployments.get(dirname(p.file)) ?? [];
      const unpinned = p.set.overlays.filter((o) => { const r = records.find((x) => x.entry === o); return !pinners || ![...(r?.via ?? [o])].some((v) => pinners.has(v)); });
      if (deployTime.global.has(imageName) || (pinners !== undefined && !unpinned.length)) { seen++; continue; }
      judge(p.image, new Map(), { ...at, ...overlayScope(snapshot, { overlays: unpinned }) }, label, false, overlayNote({ overlays: unpinned }));
    }
    // Argo Workflows: the images its templates run (container, script, containerSet, initContainers, sidecars).
    for (const obj of snapshot.k8sObjects()) {
      if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
      for (const { image, path, label } of argoWorkflowImages(obj.apiVersion, obj.kind, obj.value)) {
        const at = obj.loc(path);
        // `{{inputs.parameters.image}}`, `{{workflow.parameters.tag}}`: set when the workflow is submitted.
        if (templated(image)) { seen++; report({ file: obj.file, ...at, note: true, message: `${label} ${shownRef(image)} is templated and unverifiable; make sure the value passed is a pinned version or digest` }); continue; }
        judge(image, new Map(), { file: obj.file, ...at }, label);
      }
    }
    // Helm values: `image: { repository, tag }` blocks; an empty tag falls back to the chart's appVersion. Not a test or
    // illustration folder's chart (`examples/`, `test/fixtures/`): no deployment, as for its manifests and default-credentials.
    // And the values files outside the chart's folder that the repository's installs of a local chart pass (`helm upgrade …
    // charts/web -f environments/staging/values.yaml`, helmfile `values:` files, Argo CD `valueFiles`): that chart's values.
    const valuesFiles: { f: string; chartDir: string; dev: string | null }[] = [];
    for (const f of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
      // Nor a vendored dependency's chart (`node_modules/pkg/chart/values.yaml`): that project's.
      if (!/values/i.test(f) || isTemplate(f) || isTestFile(f) || isVendored(f)) continue;
      // The chart's values files as the other Kubernetes checks read them (`values_prod.yaml`, `prod-values.yaml`, `values/production.yaml`).
      const chart = enclosingChart((p) => snapshot.has(p), f);
      if (chart === null || !isChartValuesPath(chart ? f.slice(chart.length + 1) : f)) continue;
      // `values-dev.yaml`, `values.local.yaml`, `values-kind.yaml`, `values/dev.yaml`: a development install's values are notes.
      valuesFiles.push({ f, chartDir: chart ? `${chart}/` : '', dev: DEV_VALUES_FILE.test(basename(f)) || isDevValuesName(basename(f)) ? 'development values file' : null });
    }
    for (const i of repoInstalls(snapshot)) {
      if (i.chart === null || isTestFile(i.file)) continue;
      const chartDir = i.chart ? `${i.chart}/` : '';
      for (const f of i.valueFiles) {
        // A Terraform template (`templatefile("values.yaml.tpl", {…})`) is what the install renders, no placeholder copied by hand.
        if (dirname(f) === i.chart || (isTemplate(f) && !isTerraformTemplate(f)) || isTestFile(f)) continue;
        const dev = i.dev || isDevValuesPlace(f) ? 'development values file' : null;
        const known = valuesFiles.find((v) => v.f === f && v.chartDir === chartDir);
        if (known) { if (!dev) known.dev = null; } else valuesFiles.push({ f, chartDir, dev });
      }
    }
    for (const { f, chartDir, dev } of valuesFiles) {
      const chart = snapshot.yaml(`${chartDir}Chart.yaml`)?.docs[0]?.value;
      for (const doc of snapshot.yaml(f)?.docs ?? []) {
        // One finding per place an image is written: a YAML anchor (`image: &img {…}`) that other values name (`image: *img`)
        // is judged once, at the anchor, naming every value that uses it.
        const written = new Map<string, { paths: string[]; image: Record<string, unknown> | string; path: (string | number)[] }>();
        for (const { path, image } of helmImages(doc.value, [], 0)) {
          // Where it is judged: the tag (through an alias, the anchor's), or the whole string.
          const at = (typeof image === 'string' ? undefined : doc.loc([...path, 'tag'])) ?? doc.loc(path);
          const key = at ? `${at.line}:${at.column}` : valuesKey(path);
          const prev = written.get(key);
          if (prev) prev.paths.push(valuesKey(path) || 'image');
          else written.set(key, { paths: [valuesKey(path) || 'image'], image, path });
        }
        for (const { paths, image, path } of written.values()) {
          seen++;
          const label = `Helm value${paths.length > 1 ? 's' : ''} ${paths.join(', ')}`;
          // As the chart renders it (helmValuesRendered): not judged when no values set renders it, a note when only
          // `values.yaml` alone does while a production values file overrides it, as the other Kubernetes checks judge Helm values.
          const fate = dev ? null : helmImageFate(snapshot, chartDir, f, path, image);
          if (fate === 'not rendered') continue;
          const reason = dev ?? fate;
          // Judged here (not an empty tag that renders nothing read below): a template rendering it need not say it is unverifiable.
          const tagOf = typeof image === 'string' ? null : image['tag'];
          if (!dev && (typeof image === 'string' || (typeof image['digest'] === 'string' && image['digest']) || (tagOf !== undefined && tagOf !== null && tagOf !== ''))) for (const p of paths) judgedValues.add(`${chartDir}\u0000${p}`);
          if (typeof image === 'string') {
            judge(image, new Map(), { file: f, ...(doc.loc(path) ?? { line: 1, column: 1 }) }, label, reason);
            continue;
          }
          const tag = image['tag'];
          if (typeof image['digest'] === 'string' && image['digest']) continue;
          const at = { file: f, ...(doc.loc([...path, 'tag']) ?? doc.loc(path) ?? { line: 1, column: 1 }) };
          if (tag === undefined || tag === null || tag === '') {
            // A subchart of an umbrella chart whose parent gives the tag in every install (`api.image.tag: "3.2.0"` in the
            // parent's values.yaml): Helm merges it over this empty one, and it is judged where the parent writes it.
            if (/^values\.ya?ml$/i.test(basename(f)) && dirname(f) === chartDir.replace(/\/$/, '') && helmParentOverride(snapshot, chartDir, [...path, 'tag'], (v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number')) { for (const p of paths) judgedValues.add(`${chartDir}\u0000${p}`); continue; }
            // An empty tag renders the chart's `appVersion` where a template says so (`.Values.image.tag | default .Chart.AppVersion`,
            // `helm create`'s form): `appVersion: latest` deploys `:latest`.
            const appVersion = isObject(chart) ? chart['appVersion'] : undefined;
            if (tag !== undefined && typeof image['repository'] === 'string' && (typeof appVersion === 'string' || typeof appVersion === 'number') && String(appVersion).trim() && rendersAppVersionTag(chartAppVersionLines(chartDir), path)) {
              const version = String(appVersion).trim();
              // An empty repository is given at install (`--set image.repository=…`) or by a parent chart: the tag is what is judged.
              const repository = image['repository'].trim();
              const ref = `${repository || EMPTY_REPOSITORY}:${version}`;
              if (!dev) for (const p of paths) judgedValues.add(`${chartDir}\u0000${p}`);
              judge(ref, new Map(), at, label, reason, '', `${repository ? ref : `(an image whose repository is set at install):${version}`} (its empty tag renders Chart.yaml's appVersion)`);
            }
            continue;
          }
          // A tag-only override names the repository the chart's values.yaml gives at the same place.
          let repository = image['repository'];
          let shownAs: string | undefined;
          if (typeof repository === 'string' && !repository.trim()) {
            // An empty repository (`repository: ""`, given at install or by a parent chart): the tag is what is judged.
            repository = EMPTY_REPOSITORY;
            shownAs = `(an image whose repository is set at install):${String(tag)}`;
          } else if (typeof repository !== 'string') {
            let base: unknown = snapshot.yaml(`${chartDir}values.yaml`)?.docs[0]?.value;
            for (const k of path) base = isObject(base) ? base[String(k)] : undefined;
            if (isObject(base) && typeof base['repository'] === 'string') repository = base['repository'];
            else {
              // The repository is the subchart's (`postgresql.image.tag: latest` over a `postgresql` dependency) or set elsewhere.
              repository = '(the chart\'s image)';
              const sub = subchartNamed(chart, path[0]);
              shownAs = sub ? `(the image subchart '${sub}' names)` : '(an image whose repository the chart sets elsewhere)';
            }
          }
          judge(`${String(repository)}:${String(tag)}`, new Map(), at, label, reason, '', shownAs);
        }
      }
    }
    // Values an install of a local chart sets by name (a Terraform helm_release's `set { name = "image.tag" value = "latest" }`):
    // an image block's tag or a whole image string, judged at the value as a values file's is (helmSetImages).
    for (const i of repoInstalls(snapshot)) {
      if (i.chart === null || !i.sets?.length || isTestFile(i.file)) continue;
      const chartDir = i.chart ? `${i.chart}/` : '';
      for (const s of helmSetImages(snapshot, chartDir, i.valueFiles, i.sets)) {
        seen++;
        if (!i.dev) judgedValues.add(`${chartDir}\u0000${s.key}`);
        judge(s.ref, new Map(), { file: i.file, line: s.at.line, column: s.at.column }, `Helm value ${s.name} (set by ${i.what})`, i.dev ? 'development install' : null, '', s.shownAs);
      }
    }
    // A template's image is judged by its values when each values path it names is the judged block's, or a registry (no tag).
    for (const t of templateImages) {
      const named = t.values.filter((v) => !/registry$/i.test(v));
      // The block a values path belongs to: the image string itself, or the block whose repository, tag or digest it is.
      const blockOf = (v: string) => (judgedValues.has(`${t.chartDir}\u0000${v}`) ? v : /\.(?:repository|repo|name|tag|digest)$/.test(v) ? v.replace(/\.[^.]*$/, '') : null);
      const blocks = new Set(named.map(blockOf));
      const block = blocks.size === 1 ? [...blocks][0] : null;
      if (!block || !judgedValues.has(`${t.chartDir}\u0000${block}`)) report(t.note);
    }
    // Kamal accessories (`config/deploy.yml`): the images Kamal pulls and runs beside the app (the app's own `image:` names the
    // image Kamal builds and tags with the commit: not judged).
    for (const k of kamalConfigs(snapshot)) {
      for (const a of k.accessories) if (a.image) judge(a.image.value, new Map(), { file: k.file, line: a.image.line, column: a.image.column }, `Kamal accessory '${a.name}' image`, k.dev ? 'development destination' : null);
    }
    // AWS containers (ECS task definitions, Dockerrun.aws.json, CloudFormation `ContainerDefinitions`): the image each runs, unless a deploy workflow renders it.
    for (const c of awsDeploy(snapshot).containers) if (c.image && !c.imageSetBy) judge(c.image.value, new Map(), { file: c.file, line: c.image.line, column: c.image.column }, `${c.where} image`, c.dev ? 'development task definition' : null);
    // A Terraform image Terraform interpolates (`"${aws_ecr_repository.app.repository_url}:latest"`): its literal text is judged as a
    // variable's reference is (`${REGISTRY}/app:latest` fails), an interpolated variable or local followed to its literal values.
    for (const c of awsDeploy(snapshot).containers) if (c.imageTemplate && !c.imageSetBy) judgeTerraformImage(c.file, c.imageTemplate, `${c.where} image`, c.dev);
    // A CloudFormation image written with intrinsic functions (CDK's `ContainerImage.fromEcrRepository(repo)`: a `Fn::Join` of the
    // repository's address and `:latest`): its literal text is judged, each part CloudFormation computes (`${AWS::AccountId}`, `!Ref
    // Repo`) unknown, as a variable without a value is in a manifest; one with no literal text (`!Ref ImageUri`) is not judged.
    const computedImages: string[] = [];
    for (const c of awsDeploy(snapshot).containers) {
      const i = c.imageIntrinsic;
      if (!i || c.imageSetBy) continue;
      if (!i.parts.some((p) => 'text' in p && p.text.trim())) { computedImages.push(c.where); continue; }
      const raw = i.parts.map((p, n) => ('text' in p ? p.text : `\${CFN_PART_${n}}`)).join('');
      const at = { file: c.file, line: i.line, column: i.column };
      const shown = shownRef(cfnText(i.parts));
      const v = judgeImage(raw, new Map(), moving, allowed);
      if (v.verdict === 'moving' || v.verdict === 'untagged') { judge(raw, new Map(), at, `${c.where} image`, c.dev ? 'development task definition' : null, '', shown); continue; }
      seen++;
      const computed = [...new Set(i.parts.flatMap((p) => ('expr' in p ? [`\${${p.expr}}`] : [])))].join(', ');
      if (v.verdict === 'unverifiable') report({ ...at, note: true, message: `${c.where} image ${shown} is unverifiable: ${v.part === 'image' ? 'its image reference' : `its ${v.part}`} ${v.part === 'tag and digest' ? 'are' : 'is'} computed by CloudFormation (${computed}); make sure the value deployed is a pinned version or digest` });
      else if (v.verdict === 'malformed') report({ ...at, note: true, message: `${c.where} image ${shown} is not judged: it is no image reference Docker accepts (${v.why})` });
    }
    // Kubernetes containers Terraform's Kubernetes provider manages (kubernetes_deployment…, kubernetes_manifest: tf-kubernetes.ts): a
    // literal image as a manifest's, one Terraform interpolates by its literal text as an ECS image's, a computed one not judged.
    for (const obj of terraformK8sObjects(snapshot)) {
      // An image `lifecycle { ignore_changes }` leaves to a deploy pipeline is only the first one: not judged.
      if (obj.imagesIgnored) { seen += containers(obj).length; continue; }
      for (const c of containers(obj)) {
        const path = [...c.path, 'image'];
        const image = c.container['image'];
        const label = `${obj.address} ${c.init ? 'init container' : 'container'} '${c.name}' image`;
        const at = obj.loc(path);
        const raw = obj.template(path);
        if (raw !== null) judgeTerraformImage(obj.file, { value: raw, ...at }, label, false);
        else if (typeof image !== 'string' || image === COMPUTED || !image.trim()) continue;
        // A placeholder a deploy step replaces (`IMAGE_PLACEHOLDER`, `<IMAGE>`) is no image reference, as in a manifest.
        else if (!/\$(?:\{|[A-Za-z_])/.test(image) && !imageRef(image.trim())) seen++;
        else judge(image, new Map(), { file: obj.file, ...at }, label);
      }
    }
    // Platforms that deploy an image as written: fly.toml's `[build] image`, render.yaml's `image.url`, a DigitalOcean app spec's `image`, Copilot's `image.location`, a Nomad task's `config.image`.
    for (const i of platformImages(snapshot)) if (imageRef(i.image)) judge(i.image, new Map(), { file: i.file, line: i.line, column: i.column }, i.where, i.dev ? i.devReason ?? 'development-only file' : null);
    // Container definitions that could not be read (a Terraform heredoc whose template directives leave nothing): said, not passed silently.
    for (const u of awsDeploy(snapshot).unread) report({ file: u.file, line: u.line, column: u.column, note: true, message: `${u.where} container_definitions were not read: ${u.why}; their images are not judged` });
    // A Dockerfile written in a compose file (`build.dockerfile_inline`) is not read, its FROM included: said there.
    if (seen) for (const n of inlineDockerfileNotes(snapshot, 'whether its FROM image is pinned')) report(n);
    if (!seen) {
      const reason = noDockerfileReason(snapshot, {
        withDockerfile: noComposeReason(snapshot, { withCompose: 'no Dockerfile FROM, compose image or Kubernetes container image', without: 'no Dockerfile FROM or Kubernetes container image' }),
        without: noComposeReason(snapshot, { withCompose: 'no compose image or Kubernetes container image', without: 'no Kubernetes container image' }),
      });
      // Containers only in manifests that could not be read (too large, refused): named, never "no … image".
      const unparsed = unreadWorkloadManifests(snapshot, WORKLOAD_KIND);
      // ECS task definitions and CloudFormation templates that could not be parsed, and images CloudFormation computes: named too.
      const read = withUnreadPlatform(withUnreadAws(reason, unreadAwsDescriptors(snapshot, { ecs: true, cfn: /AWS::ECS::TaskDefinition\b/ })), snapshot, 'images');
      const computed = computedImages.length ? `; the images of ${computedImages.length === 1 ? 'one container' : `${computedImages.length} containers`} are computed by CloudFormation (\`!Ref\`, \`Fn::GetAtt\`, \`Fn::ImportValue\`…), not judged: ${someOf(computedImages)}` : '';
      skip(`${unparsed.length ? `${read}; Kubernetes containers only in ${unparsedNote(unparsed)}` : read}${computed}`);
    }
  },
});

/**
 * The values paths a Helm chart template's image is written from when every action in it is one values path, piped at most to
 * a default or a formatting function (`{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}`,
 * as `helm create` writes it → `image.repository`, `image.tag`); null when an action is anything else (a helper, `with`'s `.tag`).
 */
function templateImageValues(image: string): string[] | null {
  const out: string[] = [];
  for (const m of image.matchAll(/\{\{-?\s*([^]*?)\s*-?\}\}/g)) {
    const [head, ...pipes] = m[1]!.split('|').map((x) => x.trim());
    const ref = /^\$?\.Values\.([\w.-]+)$/.exec(head!) ?? /^default\s+(?:\$?\.Chart\.AppVersion|"[^"]*"|'[^']*')\s+\$?\.Values\.([\w.-]+)$/.exec(head!);
    if (!ref || !pipes.every((p) => /^(?:default\s+(?:\$?\.Chart\.AppVersion|"[^"]*"|'[^']*')|quote|squote|toString|trim|lower)$/.test(p))) return null;
    out.push(ref[1]!);
  }
  return out.length ? out : null;
}

/** The folder of the chart whose template `file` is (`charts/web/` for `charts/web/templates/deployment.yaml`), or null. */
const chartDirOf = (file: string): string | null => {
  const m = /^(?:(.*)\/)?templates\//.exec(file);
  return m ? (m[1] ? `${m[1]}/` : '') : null;
};

/** Kinds whose objects run containers (a manifest not read that names one may hold images). */
const WORKLOAD_KIND = /^(?:Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|ScaledJob|ReplicationController|Rollout|DeploymentConfig)$/;

/** The Argo Workflows kinds that hold workflow templates (`spec.templates`; a CronWorkflow's in `spec.workflowSpec`). */
const ARGO_WORKFLOW_KINDS = new Set(['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow']);

/**
 * The images an Argo Workflows object (`argoproj.io`: Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow) runs:
 * each template's `container`, `script`, `containerSet.containers`, `initContainers` and `sidecars`, with their paths and labels.
 */
function argoWorkflowImages(apiVersion: string, kind: string, value: Record<string, unknown>): { image: string; path: (string | number)[]; label: string }[] {
  if (!apiVersion.startsWith('argoproj.io/') || !ARGO_WORKFLOW_KINDS.has(kind)) return [];
  const specPath = kind === 'CronWorkflow' ? ['spec', 'workflowSpec'] : ['spec'];
  const spec = specPath.reduce<unknown>((acc, k) => (isObject(acc) ? acc[k] : undefined), value);
  const templates = isObject(spec) ? spec['templates'] : undefined;
  if (!Array.isArray(templates)) return [];
  const out: { image: string; path: (string | number)[]; label: string }[] = [];
  templates.forEach((t, i) => {
    if (!isObject(t)) return;
    const base = [...specPath, 'templates', i];
    const name = `Argo ${kind} template '${typeof t['name'] === 'string' ? t['name'] : `#${i}`}'`;
    const add = (c: unknown, path: (string | number)[], what: string) => {
      if (isObject(c) && typeof c['image'] === 'string' && c['image'].trim()) out.push({ image: c['image'], path: [...path, 'image'], label: `${name} ${what} image` });
    };
    add(t['container'], [...base, 'container'], 'container');
    add(t['script'], [...base, 'script'], 'script');
    const set = t['containerSet'];
    const lists: [unknown, (string | number)[], string][] = [
      [isObject(set) ? set['containers'] : undefined, [...base, 'containerSet', 'containers'], 'containerSet container'],
      [t['initContainers'], [...base, 'initContainers'], 'init container'],
      [t['sidecars'], [...base, 'sidecars'], 'sidecar'],
    ];
    for (const [list, path, what] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((c, k) => add(c, [...path, k], `${what} '${isObject(c) && typeof c['name'] === 'string' ? c['name'] : `#${k}`}'`));
    }
  });
  return out;
}

/**
 * The image an OpenShift DeploymentConfig's ImageChange trigger sets on container `name` (`ImageStreamTag app:latest`;
 * '' when the trigger names no source), or null when no such trigger names the container.
 */
function imageChangeTrigger(value: Record<string, unknown>, name: string): string | null {
  const spec = value['spec'];
  const triggers = isObject(spec) ? spec['triggers'] : undefined;
  if (value['kind'] !== 'DeploymentConfig' || !Array.isArray(triggers)) return null;
  for (const t of triggers) {
    const p = isObject(t) ? t['imageChangeParams'] : undefined;
    if (!isObject(t) || t['type'] !== 'ImageChange' || !isObject(p) || !Array.isArray(p['containerNames']) || !p['containerNames'].includes(name)) continue;
    const from = p['from'];
    return isObject(from) && typeof from['name'] === 'string' ? `${typeof from['kind'] === 'string' ? `${from['kind']} ` : ''}${from['name']}` : '';
  }
  return null;
}

/** The lines of the chart's templates at `chartDir` that name the chart's appVersion (`.Chart.AppVersion`). */
function appVersionLines(snapshot: SnapshotView, chartDir: string): string[] {
  return snapshot.files.filter((t) => t.startsWith(`${chartDir}templates/`) && /\.(?:ya?ml|tpl)$/i.test(t))
    .flatMap((t) => (snapshot.lines(t) ?? []).filter((l) => l.includes('.Chart.AppVersion')));
}

/**
 * Whether one of a chart's template lines naming its appVersion (appVersionLines) renders the empty tag of the image at
 * `path` as it (`.Values.image.tag | default .Chart.AppVersion`, `helm create`'s form; a subchart's image, rendered by its
 * own templates, is not).
 */
function rendersAppVersionTag(lines: readonly string[], path: readonly (string | number)[]): boolean {
  if (!path.length || path.some((k) => typeof k !== 'string')) return false;
  const value = `.Values.${path.join('.')}.tag`;
  // The value itself, not a longer name it begins (`.Values.image.tagSuffix`).
  const names = (l: string) => { for (let i = l.indexOf(value); i !== -1; i = l.indexOf(value, i + 1)) if (!/[\w-]/.test(l.charAt(i + value.length))) return true; return false; };
  return lines.some(names);
}

/**
 * How the chart at `chartDir` deploys the image block (or whole reference) `image` at `path` of its values file `file`, as
 * its values sets render the templates that name it (helmValuesRendered): 'not rendered' when no set that takes it from
 * that file renders it (a `{{- if .Values.worker.enabled }}` template that no values file enables); for the chart's
 * `values.yaml`, when only `values.yaml` alone deploys its tag while a production values file overrides it (another tag
 * or digest, judged where that file writes it), the note's reason naming that file; else null (judged as written). A
 * value no template names (a subchart's, one a helper looks up) is judged as written.
 */
function helmImageFate(snapshot: SnapshotView, chartDir: string, file: string, path: readonly (string | number)[], image: Record<string, unknown> | string): 'not rendered' | string | null {
  const list = path.findIndex((k) => typeof k === 'number');
  const sets = helmValuesRendered(snapshot, chartDir, (list < 0 ? path : path.slice(0, list)).map(String));
  if (!sets) return null;
  // Another values file of the chart, or one outside its folder that an install passes (`environments/prod/values.yaml`).
  if (!/^values\.ya?ml$/i.test(basename(file)) || dirname(file) !== chartDir.replace(/\/$/, '')) {
    const own = sets.filter((s) => s.set.file === file && s.set.prefix === undefined);
    return own.length && !own.some((s) => s.rendered) ? 'not rendered' : null;
  }
  // The sets that deploy this file's tag: they render it, and no values file merged over values.yaml sets another.
  const pin = (v: unknown) => (typeof v === 'string' ? v : isObject(v) ? JSON.stringify([v['tag'], v['digest']]) : undefined);
  const deploying = sets.filter((s) => {
    let v: unknown = s.set.values;
    for (const k of path) v = Array.isArray(v) && typeof k === 'number' ? v[k] : isObject(v) ? v[String(k)] : undefined;
    return s.rendered && pin(v) === pin(image);
  });
  if (!deploying.length) return 'not rendered';
  const instead = deploying.every((s) => s.supersededBy !== null) ? deploying[0]!.supersededBy : null;
  return instead ? `with the chart's values.yaml alone: ${instead} overrides it for production` : null;
}

/** The dependency of Chart.yaml (by its `alias` or `name`) whose values sit under `key`, or null. */
function subchartNamed(chart: unknown, key: string | number | undefined): string | null {
  const deps = isObject(chart) ? chart['dependencies'] : undefined;
  if (!Array.isArray(deps) || typeof key !== 'string') return null;
  const dep = deps.find((d) => isObject(d) && (d['alias'] ?? d['name']) === key);
  return isObject(dep) ? key : null;
}

/**
 * The images an install's `set` values give a local chart at `chartDir` (HelmInstall.sets): the values they make, as a values
 * file's are read (helmImages): an image block's tag (`image.tag`, `worker.image.tag`), its repository set beside it, else the
 * last of the install's values files that gives one, else the chart's values.yaml (a repository the chart does not give is named
 * so); a whole image string (`image = "ghcr.io/acme/app:latest"`). A digest set beside the tag pins it. Each at the value that
 * decides: the tag (or the string). `key` is the image block's values path (`image`), as judgedValues keys it.
 */
function helmSetImages(snapshot: SnapshotView, chartDir: string, valueFiles: readonly string[], sets: readonly HelmSetValue[]): { key: string; name: string; ref: string; shownAs?: string; at: { line: number; column: number } }[] {
  // The values the sets make (`a.b.c` → `{ a: { b: { c } } }`), with where each is written; a name with a list index or an escaped dot is not read.
  const tree: Record<string, unknown> = {};
  const where = new Map<string, HelmSetValue>();
  for (const s of sets) {
    if (/[[\]\\]/.test(s.name)) continue;
    const keys = s.name.split('.');
    let node = tree;
    for (const k of keys.slice(0, -1)) node = isObject(node[k]) ? node[k] as Record<string, unknown> : (node[k] = {}) as Record<string, unknown>;
    node[keys.at(-1)!] = s.value;
    where.set(s.name, s);
  }
  const given = (path: readonly (string | number)[], key: string): unknown => {
    for (const f of [...valueFiles].reverse()) {
      let v: unknown = snapshot.yaml(f)?.docs[0]?.value;
      for (const k of [...path, key]) v = isObject(v) ? v[String(k)] : undefined;
      if (v !== undefined && v !== null) return v;
    }
    let v: unknown = snapshot.yaml(`${chartDir}values.yaml`)?.docs[0]?.value;
    for (const k of [...path, key]) v = isObject(v) ? v[String(k)] : undefined;
    return v;
  };
  const out: { key: string; name: string; ref: string; shownAs?: string; at: { line: number; column: number } }[] = [];
  for (const { path, image } of helmImages(tree, [], 0)) {
    const key = valuesKey(path);
    if (typeof image === 'string') {
      const s = where.get(key);
      if (s) out.push({ key, name: s.name, ref: image, at: s });
      continue;
    }
    const s = where.get(`${key}.tag`);
    const tag = image['tag'];
    if (!s || (typeof tag !== 'string' && typeof tag !== 'number') || String(tag) === '' || (typeof image['digest'] === 'string' && image['digest'])) continue;
    const repo = typeof image['repository'] === 'string' ? image['repository'] : given(path, 'repository');
    const repository = typeof repo === 'string' && repo.trim() ? repo.trim() : null;
    out.push({ key, name: s.name, ref: `${repository ?? EMPTY_REPOSITORY}:${String(tag)}`, ...(repository ? {} : { shownAs: `(an image whose repository the chart sets elsewhere):${String(tag)}` }), at: s });
  }
  return out;
}
