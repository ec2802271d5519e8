/**
 * Why a compose-reading check has no compose service to judge: `no compose services`, unless a compose file docker compose
 * refuses is there (its `parse-error` finding says where). Then the reason names it, as `noDockerfileReason` names a
 * Dockerfile Docker refuses: `no compose file could be read: docker-compose.yml: parse-error (see that finding)`.
 */
import { isComposeFile, isTemplate, isTestFile } from '../../repo/classify.js';
import { composeShapeProblems } from '../../repo/compose.js';
import { isLfsPointer } from '../../repo/read.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { isObject } from '../../repo/yaml.js';
import { judgedComposeFiles } from './groups.js';
import { someOf } from './text.js';

/**
 * The compose files a check would judge whose services none could be read, for its skip reason: YAML that does not parse,
 * a shape docker compose refuses (the top level or `services` not a mapping, the v1 format), every service it declares
 * refused (not a mapping, a broken `extends`), or a file named as compose that is binary or a Git LFS pointer
 * (`parse-error (see that finding)`) or too large to parse (`not checked (see that note)`); null when there is none.
 */
const unreadComposeFiles = perView(function unreadComposeFiles(snapshot: SnapshotView): string | null {
  const unread: string[] = [];
  const read = new Set(snapshot.composeFiles().map((cf) => cf.path));
  for (const cf of judgedComposeFiles(snapshot)) if (composeFileUnread(snapshot, cf)) unread.push(`${cf.path}: parse-error (see that finding)`);
  // Compose-named files never read as YAML: binary (saved as UTF-16), a Git LFS pointer, too large, or refused by the
  // reader (a symlink out of the repository, permission denied: `not read (…)`, as for a Dockerfile).
  for (const f of snapshot.files) {
    if (read.has(f) || !isComposeFile(f) || isTemplate(f) || isTestFile(f)) continue;
    const t = snapshot.text(f);
    const refused = t === undefined ? snapshot.unreadReason(f) : undefined;
    if (t === undefined ? snapshot.binary(f) : isLfsPointer(t)) unread.push(`${f}: parse-error (see that finding)`);
    else if (t === undefined && snapshot.chunks(f) !== null) unread.push(`${f}: not checked (see that note)`);
    else if (refused) unread.push(`${f}: not read (${refused})`);
  }
  if (!unread.length) return null;
  return someOf(unread);
});

/**
 * Whether none of the services of compose file `cf` (one of judgedComposeFiles) could be read: YAML that does not parse, a
 * shape docker compose refuses, or every service it declares refused. A check that reads compose files among other inputs
 * does not count such a file as read (with nothing else read, its item is skipped with {@link noComposeReason}).
 */
export function composeFileUnread(snapshot: SnapshotView, cf: { path: string; services: readonly unknown[] }): boolean {
  if (cf.services.length) return false;
  const y = snapshot.yaml(cf.path);
  if (!y) return false;
  const services = y.docs[0]?.value && isObject(y.docs[0].value) ? y.docs[0].value['services'] : undefined;
  const declared = isObject(services) && Object.values(services).some((s) => s !== null && s !== undefined);
  return !!(y.errors.length || declared || composeShapeProblems(y).problems.length);
}

/**
 * A skip reason for a check that found nothing to judge: `none.withCompose` (`no compose services or Kubernetes containers`),
 * unless a compose file could not be read (see {@link unreadComposeFiles}): then `none.without` (what else the check reads,
 * `no Kubernetes containers`) followed by `, and no compose file could be read: …`, or that clause alone when the check
 * reads only compose files.
 */
export function noComposeReason(snapshot: SnapshotView, none: { withCompose: string; without?: string }): string {
  const unread = unreadComposeFiles(snapshot);
  if (!unread) return none.withCompose;
  return none.without ? `${none.without}, and no compose file could be read: ${unread}` : `no compose file could be read: ${unread}`;
}
