import { basename, dirname, isDevOnly, isTemplate, isTestFile } from '../../repo/classify.js';
import { composeBuild, composeDevOnly, type ComposeService } from '../../repo/compose.js';
import { parseImageRef, type DockerfileModel } from '../../repo/dockerfile.js';
import { containers } from '../../repo/k8s.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { builtOutsideCompose } from './commands.js';
import { composeServiceGroups, judgedServices } from './groups.js';

/** The default Dockerfile names Docker and the platforms look for. */
const ROOT_DOCKERFILE = /^(?:Dockerfile|Containerfile)$/;

/** An image reference's repository, lower case, without its tag or digest and Docker Hub's own host (`sail-8.3/app`). */
const imageName = (image: unknown): string | null =>
  typeof image === 'string' && image.trim() && !image.includes('$') ? parseImageRef(image.trim()).name.toLowerCase().replace(/^(?:docker\.io|index\.docker\.io)\//, '') : null;

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
 * runs the image a development builder tags (`image: sail-8.3/app`). A Dockerfile no known configuration builds (`docker build .`
 * in a CI script not read) is not one: it is judged as production; nor is the repository's root `Dockerfile`, which hosting
 * platforms build by default. Compose files of test and template folders build nothing here.
 */
export const devBuiltDockerfiles = perView(function devBuiltDockerfiles(snapshot: SnapshotView): Map<string, string> {
  const prodBuilt = new Set<string>();
  const devBuilt = new Map<string, { svc: ComposeService; why: string }[]>();
  const prodImages = new Set<string>();
  for (const group of composeServiceGroups(snapshot)) {
    const { dev, devReason } = judgedServices(group);
    for (const m of group) {
      if (isTemplate(m.file) || isTestFile(m.file)) continue;
      const b = composeBuild(m.file, m);
      if (!dev) {
        const image = imageName(m.value['image']);
        if (image && !isDevOnly(m.file)) prodImages.add(image);
      }
      if (!b) continue;
      if (!dev) { prodBuilt.add(b.dockerfile); continue; }
      devBuilt.set(b.dockerfile, [...(devBuilt.get(b.dockerfile) ?? []), { svc: m, why: composeDevOnly(m) ?? devReason ?? 'development-only file' }]);
    }
  }
  for (const o of snapshot.k8sObjects()) {
    if (isDevOnly(o.file) || isTemplate(o.file) || isTestFile(o.file)) continue;
    for (const c of containers(o)) { const image = imageName(c.container['image']); if (image) prodImages.add(image); }
  }
  const out = new Map<string, string>();
  for (const [path, builders] of devBuilt) {
    const df = snapshot.dockerfiles().find((d) => d.path === path);
    if (!df || prodBuilt.has(path) || isDevOnly(path) || builtOutsideCompose(snapshot, df)) continue;
    // The repository's own `Dockerfile` (at its root, or the scanned folder's) is what hosting platforms build by default
    // (Railway, Render, Cloud Run's `--source .`…): a development compose building it too says nothing of production.
    if (ROOT_DOCKERFILE.test(basename(path)) && (dirname(path) === '' || dirname(path) === snapshot.base)) continue;
    if (builders.some((b) => { const image = imageName(b.svc.value['image']); return image !== null && prodImages.has(image); })) continue;
    const first = builders[0]!;
    out.set(path, `built only by ${builderWords(first.svc, first.why)}`);
  }
  return out;
});

/** Why a Dockerfile is a development image only development environments build (see devBuiltDockerfiles), else null. */
export const devBuiltReason = (snapshot: SnapshotView, df: Pick<DockerfileModel, 'path'>): string | null => devBuiltDockerfiles(snapshot).get(df.path) ?? null;
