import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { dirname, joinPath } from '../../repo/classify.js';
import { isObject, parseYaml } from '../../repo/yaml.js';
import { stageRunners, type ShippedStage } from './commands.js';
import { platformDockerfiles } from './platform.js';

/** An action metadata file: `action.yml` or `action.yaml` (at the root of an action repository, or `.github/actions/<name>/`). */
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/;

/**
 * The Dockerfiles GitHub Docker container actions build, each with the action metadata file that names it: an
 * `action.yml`/`action.yaml` with `runs.using: docker` and `runs.image` a path (relative to that file, as GitHub reads
 * it: `Dockerfile`, `./docker/Dockerfile`); a `docker://` image is pulled, not built here. The metadata file is read on
 * its own (a broken one names nothing and is not reported: it is no deployment file).
 */
export const dockerActionImages = perView(function dockerActionImages(snapshot: SnapshotView): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of snapshot.files) {
    if (!ACTION_FILE.test(file)) continue;
    const text = snapshot.text(file);
    if (text === undefined || !/\bdocker\b/i.test(text)) continue;
    const doc = parseYaml(file, text).docs[0]?.value;
    const runs = isObject(doc) ? doc['runs'] : undefined;
    if (!isObject(runs) || typeof runs['using'] !== 'string' || runs['using'].trim().toLowerCase() !== 'docker') continue;
    const image = typeof runs['image'] === 'string' ? runs['image'].trim() : '';
    if (!image || /^docker:\/\//i.test(image)) continue;
    const path = joinPath(dirname(file), image);
    if (path && !out.has(path)) out.set(path, file);
  }
  return out;
});

/**
 * The action metadata file whose Docker container action runs a shipped stage (see dockerActionImages), or undefined: the
 * final stage of a Dockerfile an action names, unless a production compose service or platform config (fly.toml, heroku.yml,
 * render.yaml, railway.json/toml) builds it too (then it is also a deployed service's image).
 * GitHub runs such an image once per workflow step, as root (a USER keeps it from `GITHUB_WORKSPACE`), and never uses HEALTHCHECK.
 */
export function dockerActionOf(snapshot: SnapshotView, shipped: ShippedStage): string | undefined {
  if (shipped.target) return undefined;
  const action = dockerActionImages(snapshot).get(shipped.df.path);
  if (!action || platformDockerfiles(snapshot).has(shipped.df.path) || (stageRunners(snapshot).get(shipped.stage) ?? []).some((r) => r.devReason === null)) return undefined;
  return action;
}
