import fs from 'node:fs';
import path from 'node:path';
import type { FileList } from './files.js';
import { isKustomizationFile } from './k8s.js';
import { inGitFolder, isWithin, RepoReader, safeRealpath, textLinkTarget } from './read.js';
import { isObject, parseYaml } from './yaml.js';
/** At most this many kustomizations are followed out of the scanned folder. */
export const MAX_KUSTOMIZATIONS = 2_000;

/**
 * The repository files outside a scanned sub-folder (`--dir k8s/overlays/prod`, the action's `working-directory`)
 * that its kustomizations build on: the `resources`/`bases`/`components` they name — a file as it is, a folder by its
 * kustomization (then, transitively, what that one names; a folder without one: its YAML/JSON files) — and the patch
 * files they apply, as `kustomize build` reads them. An overlay's patch is then judged merged over its base as it
 * deploys, not as a workload of its own (as compose `extends.file` outside the folder is read). A folder reached
 * through a tracked symlink is followed to where it points inside the repository; remote references, and paths that
 * leave the repository, are not followed. `tracked` lists the whole repository's files (asked only when a reference
 * leaves the folder). `truncated`: more than MAX_KUSTOMIZATIONS kustomizations were on the way (the rest not followed).
 */
export async function kustomizeReach(listing: FileList, tracked: () => Promise<string[] | null>): Promise<{ files: string[]; truncated: boolean }> {
  const none = { files: [], truncated: false };
  if (!listing.git || !listing.base) return none;
  const queue = listing.files.filter((f) => isKustomizationFile(f));
  if (!queue.length) return none;
  const reader = new RepoReader(listing.root, undefined, listing.textLinks);
  const inBase = (p: string) => p === listing.base || p.startsWith(`${listing.base}/`);
  const have = new Set(listing.files);
  const added: string[] = [];
  const add = (f: string) => {
    if (have.has(f)) return;
    have.add(f);
    added.push(f);
    if (isKustomizationFile(f)) queue.push(f);
  };
  const done = new Set<string>();
  let all: { files: Set<string>; byDir: Map<string, string[]> } | null = null;
  const repository = async () => {
    if (all) return all;
    const files = (await tracked()) ?? [];
    const byDir = new Map<string, string[]>();
    for (const f of files) {
      const d = path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f);
      const list = byDir.get(d);
      if (list) list.push(f); else byDir.set(d, [f]);
    }
    return (all = { files: new Set(files), byDir });
  };
  let n = 0;
  while (queue.length) {
    const file = queue.shift()!;
    if (done.has(file)) continue;
    if (++n > MAX_KUSTOMIZATIONS) return { files: added, truncated: true };
    done.add(file);
    const text = reader.read(file);
    if (text === null) continue;
    const doc = parseYaml(file, text).docs[0]?.value;
    if (!isObject(doc)) continue;
    const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
    for (const ref of references(doc)) {
      // Remote bases (`github.com/org/repo//k8s?ref=v1`, `https://…`) are not in the repository.
      if (/^[a-z][\w+.-]*:\/\//i.test(ref) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//i.test(ref) || ref.includes('?ref=')) continue;
      let target = path.posix.normalize(path.posix.join(dir, ref)).replace(/\/+$/, '');
      if (target === '.') target = '';
      if (target === '..' || target.startsWith('../') || path.posix.isAbsolute(target)) continue;
      // A folder reached through a tracked symlink (`base -> ../shared/base`): where it points, inside the repository.
      const real = safeRealpath(path.join(listing.root, target));
      const realRoot = reader.realRoot;
      if (!isWithin(realRoot, real)) continue;
      target = path.relative(realRoot, real).split(path.sep).join('/');
      if (inBase(target)) continue;
      const repo = await repository();
      if (repo.files.has(target)) { add(target); continue; }
      const inside = repo.byDir.get(target) ?? [];
      const kustomization = inside.find((f) => isKustomizationFile(f));
      if (kustomization) add(kustomization);
      else for (const f of inside) if (/\.(?:ya?ml|json)$/i.test(f)) add(f);
    }
  }
  return { files: added, truncated: false };
}

/** The paths a kustomization names: resources, bases, components and patch files. */
function references(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge']) {
    const list = doc[key];
    // An inline patch (a manifest written as a string under `patchesStrategicMerge`) names no file.
    if (Array.isArray(list)) for (const v of list) if (typeof v === 'string' && v.trim() && !v.includes('\n') && !v.trim().startsWith('{')) out.push(v.trim());
  }
  for (const key of ['patches', 'patchesJson6902']) {
    const list = doc[key];
    if (Array.isArray(list)) for (const v of list) if (isObject(v) && typeof v['path'] === 'string' && v['path'].trim()) out.push(v['path'].trim());
  }
  return out;
}

/**
 * Where the tracked symlink `link` (a repository path, listed by `listing`) leads inside the repository: the repository
 * path of the file or folder it resolves to, a text link (FileList.textLinks) by its text, a real one by the file
 * system; null when it leaves the repository, goes into a `.git` folder, or leads nowhere. (What is there is not looked at.)
 */
export function linkTarget(listing: Pick<FileList, 'root' | 'textLinks'>, link: string, realRoot = safeRealpath(listing.root)): string | null {
  if (listing.textLinks && Object.hasOwn(listing.textLinks, link)) {
    const to = textLinkTarget(listing.textLinks, link);
    return 'target' in to ? to.target : null;
  }
  const abs = path.join(listing.root, link);
  const real = safeRealpath(abs);
  if (real === abs || !isWithin(realRoot, real)) return null;
  const rel = path.relative(realRoot, real).split(path.sep).join('/');
  return rel === '' || inGitFolder(rel) ? null : rel;
}

/**
 * The tracked files outside a scanned sub-folder (`--dir services/api`, the action's `working-directory`) that its
 * tracked symlinks point to (`services/api/Dockerfile -> ../../docker/Dockerfile`, `services/api/.env ->
 * ../../shared/.env`): read with the folder, so what a link gives is reported once, at the file the link points to — the
 * text and its lines are there, a pull request that edits the shared file changes that path, and a run at the
 * repository root reports it there too (the same fingerprints). What only the link's name brings stays on the link.
 * `tracked`: every file git tracks in the repository. Links out of the repository or into `.git`, to files git does
 * not track, to folders, or to nothing add nothing (their reading is refused or said as before).
 */
export function linkedOutside(listing: FileList, tracked: ReadonlySet<string>): string[] {
  if (!listing.git || !listing.base || !listing.links?.length) return [];
  const realRoot = safeRealpath(listing.root);
  const inBase = (p: string) => p === listing.base || p.startsWith(`${listing.base}/`);
  const have = new Set(listing.files);
  const out: string[] = [];
  for (const link of listing.links) {
    const target = linkTarget(listing, link, realRoot);
    if (target === null || inBase(target) || have.has(target) || !tracked.has(target)) continue;
    if (!isFile(path.join(listing.root, target))) continue;
    have.add(target);
    out.push(target);
  }
  return out;
}

/** Whether a regular file is at `abs` (symlinks followed). */
function isFile(abs: string): boolean {
  try { return fs.statSync(abs, { throwIfNoEntry: false })?.isFile() === true; } catch { return false; }
}
