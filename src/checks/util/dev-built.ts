import { basename, composeNamePart, dirname, filesEndingIn, hasDevWord, isDevOnly, isTemplate, isTestFile, joinPath } from '../../repo/classify.js';
import { composeBuild, composeDevOnly, composeMergedBuild, composeOverlayPurpose, type ComposeService } from '../../repo/compose.js';
import { imageRepository, rootFrom, type DockerfileModel } from '../../repo/dockerfile.js';
import { containers } from '../../repo/k8s.js';
import { platformFile } from '../../repo/platform-files.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { isObject } from '../../repo/yaml.js';
import { builtOutsideCompose, deployBuilds } from './commands.js';
import { kamalDeployments } from './kamal.js';
import { composeProductionOverlays, composeServiceGroups, isComposeBase, judgedServices, overriddenInProduction } from './groups.js';

/** The default Dockerfile names Docker and the platforms look for. */
const ROOT_DOCKERFILE = /^(?:Dockerfile|Containerfile)$/;

/** An image reference's repository, lower case, without its tag or digest and Docker Hub's own host (`sail-8.3/app`). */
const imageName = (image: unknown): string | null =>
  typeof image === 'string' && image.trim() && !image.includes('$') ? imageRepository(image.trim()) : null;

/** Whether two compose `image:` values name the same repository (their tags aside); a value holding a variable is compared as written. */
function sameImage(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const x = imageName(a);
  const y = imageName(b);
  return x !== null && y !== null ? x === y : a.trim() === b.trim();
}

/**
 * Why a main compose file's service that builds an image does not build production's: a production overlay beside it
 * (`docker-compose.production.yaml`) gives the service an image of its own and no `build` — compose pulls a service's image before
 * it builds one, so production runs that published image (Chatwoot's `image: chatwoot/chatwoot:latest` over the main file's
 * `build:` with `RAILS_ENV: development`), and the main file's build (its Dockerfile, its `build.args`, its `target`) is the
 * development setup's. Null when no production overlay does so: one that builds, or that names the image the main file tags
 * (`ghcr.io/acme/web:1.4` over `image: ghcr.io/acme/web` + `build: .`, whose build is how that image is made), leaves the build production's.
 */
export function replacedInProduction(snapshot: SnapshotView, svc: ComposeService): string | null {
  if (svc.value['build'] === undefined || svc.value['build'] === null) return null;
  const replaces = (m: ComposeService) => (m.value['build'] === undefined || m.value['build'] === null)
    && typeof m.value['image'] === 'string' && m.value['image'].trim() !== '' && !sameImage(m.value['image'], svc.value['image']);
  const over = overriddenInProduction(snapshot, svc, replaces);
  const image = over ? composeServiceGroups(snapshot).find((g) => g.includes(svc))?.find((m) => m.file === over && replaces(m))?.value['image'] : undefined;
  return over ? `overridden by ${over} for production, which runs image ${String(image).trim()} instead of building it` : null;
}

/** A compose overlay named for production proper (`docker-compose.prod.yml`, `compose.production.yaml`, `-live`), not for staging, QA or a release. */
const PRODUCTION_PROPER = /^(?:prod|production|prd|live)$/i;
const properProduction = (file: string): boolean => (composeNamePart(file) ?? basename(file).replace(/\.ya?ml$/i, '')).split(/[-_.]/).some((w) => PRODUCTION_PROPER.test(w));

/**
 * Whether a build, as merged from these definitions, can be read for sure: no `context` or `dockerfile` holding a variable
 * (`dockerfile: ${DOCKERFILE:-Dockerfile}`, `$PWD/Dockerfile`, which may well name the same Dockerfile) or a remote context (a Git URL).
 */
const readableBuild = (members: readonly ComposeService[]): boolean => members.every((m) => {
  const build = m.value['build'];
  const values = typeof build === 'string' ? [build] : isObject(build) ? [build['context'], build['dockerfile']] : [];
  return values.every((v) => typeof v !== 'string' || (!v.includes('$') && !/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(v.trim())));
});

/**
 * The main compose file's services whose build every production deployment points at another Dockerfile (the testdriven.io
 * layout: `build: ./app` in the main file, `build: { context: ./app, dockerfile: Dockerfile.prod }` in `docker-compose.prod.yml`),
 * with why: production builds that other Dockerfile, never the main file's own; the main file's build is the development setup's, as
 * its `command` is. Each production overlay is a deployment of its own, merged alone over the main file (compose never deploys
 * `docker-compose.prod.yml` and `docker-compose.staging.yml` together); the overlays named for production proper (`prod`,
 * `production`, `live`) decide when there are any, else every production overlay (`staging`, `release`, `swarm`…). The build is
 * development's only when each deciding overlay builds another Dockerfile, one of the repository, named without a variable: an
 * overlay that leaves the build alone (or does not define the service), builds the same Dockerfile (another `target`, other
 * `build.args`), runs an image instead, or names its Dockerfile with a variable (`${DOCKERFILE:-Dockerfile}`) leaves it production's.
 */
const rebuiltBuilds = perView(function rebuiltBuilds(snapshot: SnapshotView): Map<ComposeService, string> {
  const out = new Map<ComposeService, string>();
  for (const group of composeServiceGroups(snapshot)) {
    const { dev, production } = judgedServices(group);
    if (dev) continue;
    for (const svc of production) {
      if (!isComposeBase(svc)) continue;
      const own = composeBuild(svc.file, svc);
      if (!own) continue;
      const files = composeProductionOverlays(snapshot, svc.file);
      const proper = files.filter(properProduction);
      const deciding = proper.length ? proper : files;
      if (!deciding.length) continue;
      const builds: { file: string; dockerfile: string }[] = [];
      for (const file of deciding) {
        // The service as that deployment defines it (a file that does not define it leaves the main file's build).
        const m = group.find((x) => x.file === file);
        if (!m || m.devEnvironment || composeDevOnly(m) !== null || m.value['build'] === undefined || m.value['build'] === null) break;
        const members = [svc, m];
        const merged = readableBuild(members) ? composeMergedBuild(members) : null;
        if (!merged || merged.dockerfile === own.dockerfile || !snapshot.dockerfiles().some((d) => d.path === merged.dockerfile)) break;
        builds.push({ file, dockerfile: merged.dockerfile });
      }
      if (builds.length !== deciding.length) continue;
      const dockerfiles = [...new Set(builds.map((b) => b.dockerfile))];
      out.set(svc, `overridden by ${builds.map((b) => b.file).join(', ')} for production, which build${builds.length > 1 ? '' : 's'} ${dockerfiles.join(', ')} instead`);
    }
  }
  return out;
});

/**
 * Why a main compose file's service that builds a Dockerfile does not build production's: the production overlays merged over it
 * build another Dockerfile (rebuiltBuilds: `docker-compose.prod.yml` building `Dockerfile.prod`). Null when they build the same
 * one, or build nothing.
 */
export const rebuiltInProduction = (snapshot: SnapshotView, svc: ComposeService): string | null => rebuiltBuilds(snapshot).get(svc) ?? null;

/**
 * Why a compose service's build is a development one for what it says of a Dockerfile: it builds the Dockerfile's final stage, and
 * that stage is named for development (Ghost's `ghost-core/.docker/Dockerfile`, whose only stage is `FROM … AS development`, built with
 * `target: development`): the image it makes is a development image — unless the compose file is named for a deployed environment
 * (`docker-compose.prod.yml`). A development target that is not the final stage says nothing of the final one (`docker build` without
 * `--target`, in a CI job not read, builds that): null, as for any other build.
 */
function developmentTarget(snapshot: SnapshotView, svc: ComposeService): string | null {
  // A compose file named for a deployed environment (`docker-compose.prod.yml`) building it deploys it, whatever the stage's name.
  if (composeOverlayPurpose(svc.file) === 'production') return null;
  const b = composeBuild(svc.file, svc);
  const df = b?.target ? snapshot.dockerfiles().find((d) => d.path === b.dockerfile) : undefined;
  const last = df?.final;
  return last && last.name?.toLowerCase() === b!.target!.toLowerCase() && hasDevWord(last.name) ? `building its development stage '${last.name}'` : null;
}

/** How a development-only builder is named in the reason: `docker-compose.yml's Laravel Sail development environment`. */
function builderWords(svc: ComposeService, why: string): string {
  if (svc.devEnvironment) return `${svc.devEnvironment} in ${svc.file}`;
  if (isDevOnly(svc.file)) return `${svc.file}, a development-only file`;
  return `service '${svc.name}' in ${svc.file}, ${why}`;
}

/**
 * The Dockerfiles only development environments build, by path, with why (`built only by Laravel Sail's development environment in
 * docker-compose.yml`): every compose service building one is development-only — its whole group is (a development-only
 * file, Laravel Sail's compose, a development profile), not a development overlay of a production service, whose image
 * production runs — and nothing else builds or runs it: no deploy config outside compose (a pushing CI job, a bake file, a
 * platform file, Kamal: builtOutsideCompose), no production compose service or Kubernetes container (outside development files)
 * runs the image a development builder tags (`image: sail-8.3/app`). A service building a final stage named for development as its
 * `target` (`FROM node AS development`, the only stage, built with `target: development`) builds for development, while a development
 * target before the final stage says nothing of the final one; so does a main compose file's service whose build a production overlay
 * replaces with a published image (replacedInProduction), when the Dockerfile builds on an image the project's compose builds locally
 * (`FROM chatwoot:development`). A Dockerfile no known configuration builds (`docker build .`
 * in a CI script not read) is not one: it is judged as production; nor is the repository's root `Dockerfile`, which hosting
 * platforms build by default. Compose files of test and template folders build nothing here.
 */
export const devBuiltDockerfiles = perView(function devBuiltDockerfiles(snapshot: SnapshotView): Map<string, string> {
  const prodBuilt = new Set<string>();
  const devBuilt = new Map<string, { svc: ComposeService; why: string; rebuilt: boolean }[]>();
  const prodImages = new Set<string>();
  const workspaces = new Map<string, string>();
  // The images compose builds itself (a service with `build:` and `image:` tags its build so): a Dockerfile `FROM` one of them is
  // built on the project's own local build.
  const tagged = new Set(composeServiceGroups(snapshot).flat().flatMap((m) => (composeBuild(m.file, m) ? [imageName(m.value['image'])] : [])).filter((x) => x !== null));
  const localBase = (path: string) => {
    const last = snapshot.dockerfiles().find((d) => d.path === path)?.final;
    const from = last ? imageName(rootFrom(last).image) : null;
    return from !== null && tagged.has(from);
  };
  for (const group of composeServiceGroups(snapshot)) {
    const { dev, devReason } = judgedServices(group);
    for (const m of group) {
      if (isTemplate(m.file) || isTestFile(m.file)) continue;
      const b = composeBuild(m.file, m);
      // A development builder too: a build of a final stage named for development; and a main file's build that a production
      // overlay replaces with a published image, of a Dockerfile built on an image the project builds locally (Chatwoot's
      // `rails.Dockerfile`, `FROM chatwoot:development`) — such a Dockerfile is made in the compose workflow only. (One built from
      // a public base may be the Dockerfile CI builds the published image from: it stays production's.)
      // A main file's build that the production overlays point at another Dockerfile (`Dockerfile.prod`) is development's too,
      // whatever the base image: production builds the other one.
      const rebuilt = dev || !b ? null : rebuiltInProduction(snapshot, m);
      const replaced = dev || !b ? null : rebuilt ?? (localBase(b.dockerfile) ? replacedInProduction(snapshot, m) : null);
      const devBuild = dev ? null : replaced ?? developmentTarget(snapshot, m);
      if (!dev && !devBuild) {
        const image = imageName(m.value['image']);
        if (image && !isDevOnly(m.file)) prodImages.add(image);
      }
      if (!b) continue;
      if (!dev && !devBuild) { prodBuilt.add(b.dockerfile); continue; }
      devBuilt.set(b.dockerfile, [...(devBuilt.get(b.dockerfile) ?? []), { svc: m, why: devBuild ?? composeDevOnly(m) ?? devReason ?? 'development-only file', rebuilt: rebuilt !== null }]);
    }
  }
  for (const o of snapshot.k8sObjects()) {
    if (isDevOnly(o.file) || isTemplate(o.file) || isTestFile(o.file)) continue;
    for (const c of containers(o)) { const image = imageName(c.container['image']); if (image) prodImages.add(image); }
  }
  // A cloud IDE's workspace image: Gitpod's `.gitpod.yml` `image: { file: … }` (its `.gitpod.Dockerfile` is one by name too).
  for (const f of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    if (basename(f) !== '.gitpod.yml' && basename(f) !== '.gitpod.yaml') continue;
    const image = snapshot.yaml(f)?.docs[0]?.value;
    const spec = isObject(image) ? image['image'] : undefined;
    const file = isObject(spec) && typeof spec['file'] === 'string' ? joinPath(dirname(f), spec['file'].trim()) : null;
    if (file !== null) workspaces.set(file, workspaces.get(file) ?? `Gitpod's workspace image (${f})`);
  }
  const out = new Map<string, string>();
  for (const [path, why] of workspaces) {
    const df = snapshot.dockerfiles().find((d) => d.path === path);
    if (!df || prodBuilt.has(path) || isDevOnly(path) || builtOutsideCompose(snapshot, df)) continue;
    if (ROOT_DOCKERFILE.test(basename(path)) && (dirname(path) === '' || dirname(path) === snapshot.base)) continue;
    out.set(path, `built only as ${why}`);
  }
  for (const [path, builders] of devBuilt) {
    if (out.has(path)) continue;
    const df = snapshot.dockerfiles().find((d) => d.path === path);
    if (!df || prodBuilt.has(path) || isDevOnly(path) || builtOutsideCompose(snapshot, df)) continue;
    // The repository's own `Dockerfile` (at its root, or the scanned folder's) is what hosting platforms build by default
    // (Railway, Render, Cloud Run's `--source .`…): a development compose building it too says nothing of production — unless
    // every builder is a main file's service whose production overlays build another Dockerfile (`Dockerfile.prod`): the project
    // names what production builds. The image such a builder tags is what production builds from that other Dockerfile.
    const rebuilt = builders.every((b) => b.rebuilt);
    if (!rebuilt && ROOT_DOCKERFILE.test(basename(path)) && (dirname(path) === '' || dirname(path) === snapshot.base)) continue;
    if (builders.some((b) => { const image = imageName(b.svc.value['image']); return !b.rebuilt && image !== null && prodImages.has(image); })) continue;
    const first = builders[0]!;
    out.set(path, `built only by ${builderWords(first.svc, first.why)}`);
  }
  return out;
});

/**
 * Why a Dockerfile is development-only by how it is built: a reason when only development environments build it (see
 * devBuiltDockerfiles); false when it is named for development (`Dockerfile.dev`) but production builds and ships it
 * (productionBuilds): judged as production, whatever its name; null when neither (its name decides).
 */
export const devBuiltReason = (snapshot: SnapshotView, df: Pick<DockerfileModel, 'path'>): string | false | null =>
  isDevOnly(df.path) && productionBuilds(snapshot).has(df.path) ? false : devBuiltDockerfiles(snapshot).get(df.path) ?? null;

/**
 * `development-only file` for a Dockerfile named (or placed) for development (isDevOnly: `Dockerfile.dev`, `.gitpod.Dockerfile`,
 * `.devcontainer/Dockerfile`) that no production configuration builds (productionBuilds); null for any other: the one answer
 * the Dockerfile checks ask instead of the name alone.
 */
export const devNamedDockerfile = (snapshot: SnapshotView, path: string): string | null =>
  isDevOnly(path) && !productionBuilds(snapshot).has(path) ? 'development-only file' : null;

/** How the docs say when a Dockerfile named for development is judged (productionBuilds) and which workspace images are development-only. */
export const DEV_DOCKERFILE_DOC = 'A Dockerfile named or placed for development (`Dockerfile.dev`, `.devcontainer/Dockerfile`) is judged as production all the same when production builds and ships it: a production platform config (fly.toml\'s `[build] dockerfile`, heroku.yml, render.yaml, Railway), a Kamal deployment, a CI job or bake file that pushes its image (`docker/build-push-action` with `file: Dockerfile.dev` and `push: true`; not skaffold\'s, whose `skaffold dev` loop builds the same artifacts, nor a workflow or job named for development, nor a Dockerfile named for tests or CI, `Dockerfile.ci`, which CI pushes for its own jobs, nor a dev container\'s workspace image, `.devcontainer/Dockerfile`, which CI prebuilds for developers), or a compose service of a production compose file (`docker-compose.prod.yml`\'s `build.dockerfile`) or of the main compose file with a production overlay merged over it (the build as merged). The main compose file alone (what `docker compose up` runs on a laptop too), development compose files and profiles keep the name\'s verdict. A cloud IDE\'s workspace image is development-only like `.devcontainer/`: Gitpod\'s `.gitpod.Dockerfile`, and the Dockerfile `.gitpod.yml` names in `image.file` whatever its name, unless production builds it too.';

/** Dockerfile names of the images CI builds for itself (test runners, CI tooling): `Dockerfile.ci`, `Dockerfile.test`, `Dockerfile.e2e`. */
const CI_IMAGE_WORD = /^(?:test|tests|testing|ci|e2e|integration|cypress|selenium|playwright|mocks?)$/i;
/** A dev container's or cloud IDE's workspace image, which CI prebuilds and pushes for developers: `.devcontainer/Dockerfile`, `Dockerfile.gitpod`. */
const WORKSPACE_IMAGE = /(?:^|[/._-])(?:devcontainer|gitpod|codespaces?)(?:[/._-]|$)/i;

/**
 * The Dockerfiles production builds and ships, by path, with the configuration that does, whatever their names: a production
 * platform config (fly.toml's `[build] dockerfile`, heroku.yml, render.yaml, Railway) or Kamal deployment; a CI job or bake file
 * that pushes the image (deployBuilds) — not skaffold's (its `skaffold dev` loop builds the same artifacts), nor a workflow or job
 * named for development (`build-dev`), nor a Dockerfile named for tests or CI (`Dockerfile.ci`, `Dockerfile.e2e`: the images CI
 * pushes for its own jobs) or a dev container's or cloud IDE's workspace image (`.devcontainer/Dockerfile`, which CI prebuilds); and a compose service of a production file (`docker-compose.prod.yml`, `production.yml`) or of a main
 * file that a production overlay is merged over (the build as merged: `docker-compose.yml` building `Dockerfile.dev` and
 * `docker-compose.prod.yml` adding `restart:`). The main file alone builds for `docker compose up` on a laptop as much as for a
 * server: what it builds keeps the name's verdict, and so does what development files and profiles build.
 */
export const productionBuilds = perView(function productionBuilds(snapshot: SnapshotView): Map<string, string> {
  const out = new Map<string, string>();
  const kamal = new Set(kamalFiles(snapshot));
  for (const b of deployBuilds(snapshot)) {
    if (out.has(b.dockerfile)) continue;
    if (platformFile(b.file) === null && !kamal.has(b.file)) {
      if (/^skaffold/i.test(basename(b.file)) || hasDevWord(basename(b.file).replace(/\.[^.]+$/, '')) || (b.job !== undefined && hasDevWord(b.job.slice(b.job.lastIndexOf(':') + 1)))) continue;
      const name = /^(?:dockerfile|containerfile)[._-](.+)$|^(.+)\.(?:dockerfile|containerfile)$/i.exec(basename(b.dockerfile));
      if ((name && (name[1] ?? name[2])!.split(/[-_.]/).some((w) => CI_IMAGE_WORD.test(w))) || WORKSPACE_IMAGE.test(b.dockerfile)) continue;
    }
    out.set(b.dockerfile, b.by);
  }
  for (const group of composeServiceGroups(snapshot)) {
    const { dev, production } = judgedServices(group);
    if (dev) continue;
    const overlays = production.filter((m) => composeOverlayPurpose(m.file) === 'production' && composeDevOnly(m) === null);
    if (!overlays.length) continue;
    // An overlay that runs a published image instead of the main file's build builds nothing (replacedInProduction).
    if (production.some((m) => isComposeBase(m) && replacedInProduction(snapshot, m) !== null)) continue;
    // A main file's service with production overlays: as merged with each overlay alone (each is a deployment of its own: compose
    // never merges `docker-compose.prod.yml` and `docker-compose.staging.yml` together); production files of their own (no main
    // file): each as written.
    const bases = production.filter(isComposeBase);
    const builds = overlays.map((m) => ({ file: m.file, build: bases.length ? composeMergedBuild([...bases, m]) : composeBuild(m.file, m) }));
    for (const { file, build: b } of builds) if (b && !out.has(b.dockerfile)) out.set(b.dockerfile, `service '${group[0]!.name}' in ${file}`);
  }
  return out;
});

/** The files of the repository's Kamal deployments (`config/deploy.yml`, `config/deploy.<destination>.yml`). */
const kamalFiles = (snapshot: SnapshotView): string[] => kamalDeployments(snapshot).flatMap((d) => [d.base.file, ...(d.destination ? [d.destination.file] : [])]);
