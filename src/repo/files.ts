import { isUtf8 } from 'node:buffer';
import { execFile, spawn } from 'node:child_process';
import { promises as fs, lstatSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import ignore, { type Ignore } from 'ignore';
import { ConfigError } from '../types.js';
import { printablePath } from '../checks/util/text.js';
import { isComposeFile, isDockerfile, isEnvFile, isTerraformSource, isTfvarsFile, isYamlFile } from './classify.js';
import { isWithin, quoteName, unquoteName } from './read.js';
import { gitEnv } from './git-env.js';

const run = promisify(execFile);

export interface FileList {
  /** Absolute repository root: the git top level, or the scanned directory outside git. */
  root: string;
  /** Scanned directory relative to root ('' when it is the root). */
  base: string;
  /** Files relative to root with `/` separators, under `base`. */
  files: string[];
  git: boolean;
  /** Outside git, the walk stopped at MAX_WALK files (a folder that is not a repository). */
  truncated?: boolean;
  /** In git, no file of the folder is tracked (nor staged), though some that are not ignored are there (a fresh `git init`). */
  untracked?: boolean;
  /** The listed files that are symlinks (git mode 120000; outside git, links the walk met). */
  links?: string[];
  /** The listed files whose names are not UTF-8, named as git quotes them (`caf\351.env`: quoteName); the reader opens them by their bytes. */
  quoted?: string[];
  /** Quoted names that are also the name of another listed file (`caf\351.env` written out): listed once, so one of the two is not checked. */
  quoteClashes?: string[];
  /**
   * The git submodules under the scanned folder that are not checked out (a gitlink, mode 160000, whose folder holds no
   * `.git`: actions/checkout without `submodules: true`). A submodule is another repository, never listed; these are named
   * so that a run does not read as having seen them.
   */
  uncheckedSubmodules?: string[];
  /**
   * Listed files of the scanned folder that a sparse checkout leaves out of the working tree (the skip-worktree bit:
   * actions/checkout's `sparse-checkout`, `git sparse-checkout set`), so nothing reads them: their content is only in
   * git. Named so that a run does not read as having seen them (`git status` says nothing of them). A file deleted in
   * the working tree is not among them: the deletion is the working tree's, shown by `git status`, as an edit is.
   */
  sparseOmitted?: string[];
  /**
   * Listed symlinks (git mode 120000) that the working tree holds as a plain file whose bytes are the link's target, as
   * git writes a link where it makes none (`core.symlinks=false`: Git for Windows' default, Windows runners): link →
   * its target as written. Read as the links they are (RepoReader's textLinks). A file there that is not the committed
   * link's text (a link replaced by a file) is not one: it is read as the file it is.
   */
  textLinks?: Record<string, string>;
  /**
   * In git, the files of the scanned folder's working tree that git neither tracks nor ignores (`git status`'s `??`: what
   * `git add .` commits) among `.gitignore` files (git applies their rules, tracked or not) and env files (`.env*`, `*.env`).
   * A fresh checkout (CI) has none; a local run before a commit may.
   */
  untrackedIgnoreAndEnv?: string[];
  /**
   * Tracked symlinks to files git does not track, left out of `files` by the run (their content is not in the repository):
   * link → the repository path it points to. git holds only that path.
   */
  untrackedLinks?: Record<string, string>;
}

/** The most files a walk outside git lists. */
export const MAX_WALK = 200_000;

async function git(cwd: string, args: string[]): Promise<string> {
  // safe.directory per command: container jobs run as another user than the checkout's owner.
  const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, env: gitEnv(cwd), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** `git` for output that holds file names: bytes, since a name need not be UTF-8 (see listingText). */
async function gitBytes(cwd: string, args: string[]): Promise<Buffer> {
  const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, env: gitEnv(cwd), maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' });
  return stdout;
}

/**
 * `git ls-files -z` output as text: decoded as UTF-8 at once when it is UTF-8 (as a rule); else entry by entry, a path
 * that is not UTF-8 quoted as git quotes it (quoteName: `caf\351.env`, never a mangled `caf\uFFFD.env` no file has)
 * and added to `quoted`; one that is also the UTF-8 name of another entry (`caf\351.env` written out) is added to
 * `clashes` too. `sep` ends the part of an entry before its path (the mode, with `--format` or `-s`); none when
 * entries are paths.
 */
export function listingText(out: Buffer, quoted: string[], sep?: string, clashes: string[] = []): string {
  if (isUtf8(out)) return out.toString('utf8');
  const entries: string[] = [];
  const seen = new Set(quoted);
  const literal = new Set<string>();
  for (let at = 0; at < out.length;) {
    let end = out.indexOf(0, at);
    if (end === -1) end = out.length;
    const entry = out.subarray(at, end);
    const cut = sep === undefined ? -1 : entry.indexOf(sep);
    if (isUtf8(entry)) {
      const text = entry.toString('utf8');
      entries.push(text);
      if (entry.includes(0x5c, cut + 1)) literal.add(text.slice(cut + 1));
    } else {
      const name = quoteName(entry.subarray(cut + 1));
      if (!seen.has(name)) { seen.add(name); quoted.push(name); }
      entries.push(`${entry.subarray(0, cut + 1).toString('utf8')}${name}`);
    }
    at = end + 1;
  }
  for (const name of quoted) if (literal.has(name)) clashes.push(name);
  return entries.join('\0');
}

/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
export async function listFiles(dir: string): Promise<FileList> {
  const abs = path.resolve(dir);
  let top: string | null = null;
  try {
    top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim() || null;
  } catch (e) {
    // Not a repository (or no git at all): walk the folder. A repository git cannot open (a `.git`
    // file naming a missing gitdir, a corrupt HEAD) must not silently become a walk.
    const why = gitMessage(e);
    // No git to ask (not installed, as in a slim container with the checkout mounted): a folder in a repository would
    // be walked as a plain one, judging files git does not track (an untracked `prod.env`). Refused, as a repository
    // git cannot read is; outside any repository the walk is what git would have led to anyway.
    const spawn = (e as { code?: unknown })?.code;
    if (spawn === 'ENOENT' || spawn === 'EACCES') {
      const marker = gitMarker(abs);
      if (marker) {
        throw new ConfigError(`${dir} is in a git repository (${marker}), but git ${spawn === 'ENOENT' ? 'was not found on PATH' : 'cannot be run (permission denied)'}: Preflight reads the files git tracks (\`git ls-files\`), so install git or put it on PATH`);
      }
    }
    // "not a git repository (or any of the parent directories)" / "(or any parent up to mount
    // point /x)": a plain folder. "not a git repository: /x/.git/…" (a `.git` file naming a missing
    // gitdir), a corrupt HEAD or config: a repository git cannot open.
    if (why !== null && !/not a git repository \(/i.test(why)) {
      throw new ConfigError(`${dir} looks like a git repository, but git cannot read it: ${why}`);
    }
    top = null;
  }
  if (top) {
    const root = await fs.realpath(top);
    const real = await fs.realpath(abs);
    const base = path.relative(root, real).split(path.sep).join('/');
    let out: Buffer;
    let sep = ' ';
    // Asked alongside the listing: which listed files a sparse checkout left out, and the working tree's untracked
    // .gitignore and env files (a walk of the whole tree: ~40 ms on a 40,000-file repository, hidden behind the listing).
    const omitted = sparseFiles(real, root);
    const loosePending = untrackedIgnoreAndEnv(real);
    try {
      // Each entry's mode, so tracked symlinks (120000) are named and a finding read through one is not told twice:
      // `--format` (git 2.38+) adds 7 bytes an entry; `-s` (older git) adds the object id too (40,000 files: 2 MB more).
      out = await listed(real, ['--format=%(objectmode) %(path)']).catch(async (e: unknown) => {
        if (!/unknown option|format/i.test(gitMessage(e) ?? '')) throw e;
        sep = '\t';
        return listed(real, ['-s']);
      });
    } catch (e) {
      // A broken repository (a truncated index) is the environment's problem, not a bug here.
      throw new ConfigError(`git cannot list the files of ${dir}: ${gitMessage(e) ?? (e as Error).message}`);
    }
    const quoted: string[] = [];
    const clashes: string[] = [];
    const { files, links, gitlinks } = stagedEntries(listingText(out, quoted, sep, clashes), sep);
    // The scanned folder itself a submodule that is not checked out (an initialised one is its own repository, whose top
    // level git gives above): git lists its gitlink and nothing else, so a run would pass having scanned nothing.
    if (base && !files.length) {
      const gitlink = gitlinks.includes(base) ? base : await gitlinkAbove(root, base);
      if (gitlink !== null) throw new ConfigError(notCheckedOut(gitlink, base));
    }
    const unchecked = gitlinks.filter((g) => !gitMarkerIn(path.join(root, g)));
    // A quoted name that another tracked file has as its UTF-8 name (a name with `\351` written out): listed once.
    if (clashes.length) dropRepeats(files);
    // (A gitlink is a submodule's folder, no file: one not checked out is named in uncheckedSubmodules.)
    const sparse = (await omitted).filter((f) => !gitlinks.includes(f));
    // Not one listed file in the working tree (a folder whose files a sparse checkout leaves out, or all deleted, while git
    // still lists them): a pass would have scanned nothing, as for a submodule that is not checked out. (Asked file by
    // file until one is there: as a rule the first.)
    if (files.length) {
      const left = new Set(sparse);
      if (!files.some((f) => !left.has(f) && onDisk(root, f))) throw new ConfigError(nothingOnDisk(base, files.length, sparse.length > 0));
    }
    // Nothing tracked: files on disk that git would add (untracked folders listed as one entry each) are worth a word.
    let untracked = false;
    if (!files.length) {
      try { untracked = (await git(real, ['ls-files', '-z', '--others', '--exclude-standard', '--directory', '--no-empty-directory', '--', '.'])).split('\0').some(Boolean); } catch { /* said nothing: no hint */ }
    }
    const textLinks = links.length ? await linksAsText(root, links) : {};
    const text = Object.keys(textLinks).length ? { textLinks } : {};
    const loose = await loosePending;
    return { root, base, files, git: true, ...text, ...(loose.length ? { untrackedIgnoreAndEnv: loose } : {}), ...(untracked ? { untracked: true } : {}), ...(links.length ? { links } : {}), ...(quoted.length ? { quoted } : {}), ...(clashes.length ? { quoteClashes: clashes } : {}), ...(unchecked.length ? { uncheckedSubmodules: unchecked } : {}), ...(sparse.length ? { sparseOmitted: sparse } : {}) };
  }
  const links: string[] = [];
  const quoted: string[] = [];
  const files = await walk(abs, MAX_WALK, links, quoted);
  return { root: abs, base: '', files, git: false, ...(files.length >= MAX_WALK ? { truncated: true } : {}), ...(links.length ? { links } : {}), ...(quoted.length ? { quoted: quoted.sort() } : {}) };
}

/** The most untracked `.gitignore` and env files listed (untrackedIgnoreAndEnv). */
const MAX_UNTRACKED = 10_000;

/**
 * The `.gitignore` and env files below `dir` (repository paths) that git neither tracks nor ignores: `git ls-files --others
 * --exclude-standard` (as `git status` and `git add .` see them; git does not descend into ignored folders). Empty when git
 * cannot say; names that are not UTF-8 are left out.
 */
async function untrackedIgnoreAndEnv(dir: string): Promise<string[]> {
  let out: string;
  try {
    out = await git(dir, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ':(glob)**/.gitignore', ':(glob,icase)**/.env*', ':(glob,icase)**/*.env']);
  } catch { return []; }
  return out.split('\0').filter((f) => f && !f.includes('\uFFFD')).slice(0, MAX_UNTRACKED);
}

/** The longest link target read from a plain file standing for a link (Linux's PATH_MAX). */
const MAX_LINK_TEXT = 4096;
/** The most links named to one `git ls-files` as pathspecs; beyond it the repository's whole staged listing is read once. */
const MAX_LINK_SPECS = 256;

/**
 * The tracked symlinks among `links` (repository paths, mode 120000) that the working tree at `root` holds as plain files
 * of their target's path (see FileList.textLinks): those whose bytes hash to the object git has for the link (so the
 * committed link's own text, not a file that replaced it). Empty when there is none, or git cannot say.
 */
async function linksAsText(root: string, links: readonly string[]): Promise<Record<string, string>> {
  const plain = new Map<string, Buffer>();
  for (const link of links) {
    if (unquoteName(link) !== null) continue;
    const abs = path.join(root, link);
    try {
      const st = lstatSync(abs, { throwIfNoEntry: false });
      if (!st?.isFile() || st.size === 0 || st.size > MAX_LINK_TEXT) continue;
      plain.set(link, readFileSync(abs));
    } catch { /* not readable: not read as a link either */ }
  }
  const out: Record<string, string> = {};
  if (!plain.size) return out;
  const names = [...plain.keys()];
  let listing: string;
  try {
    listing = await git(root, ['ls-files', '-z', '-s', '--full-name', '--', ...(names.length <= MAX_LINK_SPECS ? names.map((n) => `:(top,literal)${n}`) : [])]);
  } catch { return out; }
  for (const entry of listing.split('\0')) {
    const m = /^120000 ([0-9a-f]{40,64}) \d\t([^]*)$/.exec(entry);
    const bytes = m ? plain.get(m[2]!) : undefined;
    if (!m || !bytes || !isUtf8(bytes) || bytes.includes(0) || bytes.includes(0x0a)) continue;
    const id = createHash(m[1]!.length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    if (id === m[1]) out[m[2]!] = bytes.toString('utf8');
  }
  return out;
}

/** The configuration error for a `--dir` that is (or is inside) the submodule `gitlink`, not checked out; named by repository paths. */
function notCheckedOut(gitlink: string, base: string): string {
  const what = gitlink === base ? `${printablePath(base)} is a git submodule that is` : `${printablePath(base)} is inside the git submodule ${printablePath(gitlink)}, which is`;
  return `${what} not checked out (actions/checkout: \`submodules: true\`; locally \`git submodule update --init\`): its files are not in the working tree, so nothing would be scanned`;
}

/** How many paths a warning about files that were not scanned names (the rest are counted). */
const NAMED = 5;

/**
 * The warnings for files of the scanned folder that were not scanned although git tracks them (FileList.sparseOmitted,
 * uncheckedSubmodules): how many, the first few (deploy configuration first: Dockerfiles, compose, `.env`, YAML and
 * Terraform files), why, and what to do. Said on the CLI's stderr, as `::warning`s and in the action's summaries: the
 * result does not cover these files, so a green one must not read as if it did. Empty when every file was there.
 */
export function notScannedWarnings(listing: Pick<FileList, 'sparseOmitted' | 'uncheckedSubmodules'>): string[] {
  const out: string[] = [];
  const sparse = listing.sparseOmitted ?? [];
  if (sparse.length) {
    const deploy = (f: string) => isDockerfile(f) || isComposeFile(f) || isEnvFile(f) || isYamlFile(f) || isTerraformSource(f) || isTfvarsFile(f);
    const named = [...sparse.filter(deploy), ...sparse.filter((f) => !deploy(f))].slice(0, NAMED).map(printablePath).join(', ') + (sparse.length > NAMED ? ` and ${(sparse.length - NAMED).toLocaleString('en')} more` : '');
    const one = sparse.length === 1;
    out.push(`${one ? 'a tracked file is' : `${sparse.length.toLocaleString('en')} tracked files are`} not in the working tree, left out by a sparse checkout (${named}): ${one ? 'it is' : 'they are'} not scanned, so this result does not cover ${one ? 'it' : 'them'}. Check out every file (actions/checkout without \`sparse-checkout\`; locally \`git sparse-checkout disable\`), or scan only a folder the sparse checkout holds (the working-directory input, or --dir)`);
  }
  const unchecked = listing.uncheckedSubmodules ?? [];
  if (unchecked.length) {
    const shown = unchecked.slice(0, NAMED).map(printablePath).join(', ') + (unchecked.length > NAMED ? ` and ${unchecked.length - NAMED} more` : '');
    out.push(`${unchecked.length === 1 ? 'a git submodule is' : `${unchecked.length} git submodules are`} not checked out (${shown}): ${unchecked.length === 1 ? 'its' : 'their'} files are not scanned (a submodule is another repository: check it out, with actions/checkout's \`submodules: true\` in a workflow, and scan it with its own --dir or working-directory)`);
  }
  return out;
}

/** The configuration error for a folder (`base`, its repository path: '' for the root) none of whose `count` tracked files is in the working tree. */
function nothingOnDisk(base: string, count: number, sparse: boolean): string {
  const one = count === 1;
  const what = one ? 'its one tracked file is not' : `none of its ${count.toLocaleString('en')} tracked files is`;
  const why = sparse ? `a sparse checkout leaves ${one ? 'it' : 'them'} out` : `${one ? 'it is' : 'they are'} deleted there`;
  const fix = sparse
    ? 'scan a folder the sparse checkout holds (--dir, or the working-directory input), or add this one to it (actions/checkout: `sparse-checkout`; locally `git sparse-checkout add`)'
    : `restore ${one ? 'it' : 'them'} (\`git restore\`), or commit the deletion`;
  return `${base ? printablePath(base) : 'the repository root'}: ${what} in the working tree (${why}), so nothing would be scanned: ${fix}`;
}

/**
 * The tracked files under `dir` (paths from the repository `root`, named as the listing names them) that a sparse
 * checkout leaves out of the working tree: skip-worktree entries (`git ls-files -t`: `S`) with nothing at their path
 * (the bit is also set by hand on files that are there, to keep local changes: those are read as any file). Empty when
 * git cannot say.
 */
async function sparseFiles(dir: string, root: string): Promise<string[]> {
  const sparse: string[] = [];
  let out: string;
  try { out = listingText(await listed(dir, ['-t']), [], ' '); } catch { return sparse; }
  // Whether each folder of such a file is there: a cone leaves out whole folders, whose files need no look of their own.
  const folders = new Map<string, boolean>();
  const there = (file: string): boolean => {
    const cut = file.lastIndexOf('/');
    if (cut > 0) {
      const folder = file.slice(0, cut);
      let known = folders.get(folder);
      if (known === undefined) folders.set(folder, known = onDisk(root, folder));
      if (!known) return false;
    }
    return onDisk(root, file);
  };
  // Walked in place, as stagedEntries does: only the rare `S` entries are kept.
  for (let at = 0; at < out.length;) {
    let end = out.indexOf('\0', at);
    if (end === -1) end = out.length;
    if (out.startsWith('S ', at) && end > at + 2) {
      const file = out.slice(at + 2, end);
      // (An entry per stage of a file in a merge conflict.)
      if (sparse[sparse.length - 1] !== file && !there(file)) sparse.push(file);
    }
    at = end + 1;
  }
  return sparse;
}

/**
 * Whether anything is at the repository path `file` (named as the listing names it) under `root`: a file, a folder, a
 * link. A name in quoteName's form is tried as its bytes too (a UTF-8 name may hold `\351` written out: tried as it is first).
 */
function onDisk(root: string, file: string): boolean {
  const at = (abs: string | Buffer) => { try { return lstatSync(abs, { throwIfNoEntry: false }) !== undefined; } catch { return true; } };
  if (at(path.join(root, file))) return true;
  const bytes = unquoteName(file);
  return bytes !== null && at(Buffer.concat([Buffer.from(`${root}${path.sep}`), bytes]));
}

/**
 * The submodule (gitlink) of the repository at `root` that holds the repository path `base` (a folder below it); null when
 * none does or git cannot say. Asked only when nothing under `base` is tracked: git lists no file below a gitlink.
 */
async function gitlinkAbove(root: string, base: string): Promise<string | null> {
  const parts = base.split('/');
  const specs = parts.slice(0, -1).map((_, k) => `:(literal)${parts.slice(0, k + 1).join('/')}`);
  if (!specs.length) return null;
  try {
    const { gitlinks } = stagedEntries(listingText(await gitBytes(root, ['ls-files', '-z', '-s', '--full-name', '--', ...specs]), []), '\t');
    return gitlinks.find((g) => base.startsWith(`${g}/`)) ?? null;
  } catch { return null; }
}

/** Whether the folder `dir` holds a `.git` (a folder, or the file a checked-out submodule has). */
function gitMarkerIn(dir: string): boolean {
  try {
    const st = statSync(path.join(dir, '.git'), { throwIfNoEntry: false });
    return st?.isDirectory() === true || st?.isFile() === true;
  } catch { return false; }
}

/** Removes the second and later entries of a name from `files` (in place). */
function dropRepeats(files: string[]): void {
  const seen = new Set<string>();
  let k = 0;
  for (const f of files) {
    if (seen.has(f)) continue;
    seen.add(f);
    files[k++] = f;
  }
  files.length = k;
}

/**
 * The `.git` (a folder, or a file naming the gitdir of a worktree or submodule) in `dir` or the nearest folder above it
 * that has one; null when there is none up to the filesystem root. Git's own discovery, for when git cannot be run.
 */
function gitMarker(dir: string): string | null {
  for (let at = dir; ; at = path.dirname(at)) {
    const marker = path.join(at, '.git');
    let st: import('node:fs').Stats | undefined;
    try { st = statSync(marker, { throwIfNoEntry: false }); } catch { st = undefined; }
    if (st?.isDirectory() || st?.isFile()) return marker;
    if (path.dirname(at) === at) return null;
  }
}

/** `git ls-files -z --full-name <how> -- .` in `dir`. */
const listed = (dir: string, how: string[]) => gitBytes(dir, ['ls-files', '-z', ...how, '--full-name', '--', '.']);

/**
 * The paths of `git ls-files -z` output whose entries start with the mode (`--format='%(objectmode) %(path)'`: `sep`
 * a space; `-s`: `<mode> <object> <stage>\t<path>`, `sep` a tab), once each (a file in a merge conflict has an entry
 * per stage), and those whose mode is a symlink's (120000). A submodule's gitlink (160000) is a folder of another
 * repository, no file: it is in `gitlinks`, not `files`.
 */
export function stagedEntries(out: string, sep = '\t'): { files: string[]; links: string[]; gitlinks: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  const gitlinks: string[] = [];
  let last = '';
  // Walked in place (no split into entries): 40,000 files give a 3 MB listing, and only the paths are kept.
  for (let at = 0; at < out.length;) {
    let end = out.indexOf('\0', at);
    if (end === -1) end = out.length;
    const tab = out.indexOf(sep, at);
    if (tab !== -1 && tab < end - 1) {
      const file = out.slice(tab + 1, end);
      if (file !== last) {
        last = file;
        if (out.startsWith('160000 ', at)) gitlinks.push(file);
        else {
          files.push(file);
          if (out.startsWith('120000 ', at)) links.push(file);
        }
      }
    }
    at = end + 1;
  }
  return { files, links, gitlinks };
}

/** Every file git tracks in the repository at `root` (its top level), relative to it; null when git cannot say. */
export async function trackedFiles(root: string): Promise<string[] | null> {
  try {
    return listingText(await gitBytes(root, ['ls-files', '-z', '--full-name']), []).split('\0').filter(Boolean);
  } catch { return null; }
}

/** A symlink on the way to a scanned folder that leaves the repository it sits in. */
export interface SymlinkEscape {
  /** The symlink (absolute, as named). */
  link: string;
  /** Where it resolves to. */
  target: string;
  /** The real root of the repository the symlink sits in. */
  repository: string;
}

/**
 * The first symlink on the way to `dir` (an absolute path, as the user named it) that sits inside a
 * git repository and resolves outside that repository; null when there is none. Each component is
 * resolved from the real path of the ones before it, so `services/shared -> /elsewhere` inside a
 * checkout is found, while a symlink above any repository (macOS `/tmp -> /private/tmp`, a home
 * folder linked elsewhere) and one inside a repository pointing inside it are fine. Stops at the
 * first component that does not exist (the caller reports that).
 */
export async function symlinkOutOfRepository(dir: string): Promise<SymlinkEscape | null> {
  const abs = path.resolve(dir);
  const { root } = path.parse(abs);
  let real = root;
  let named = root;
  for (const part of abs.slice(root.length).split(path.sep).filter(Boolean)) {
    const next = path.join(real, part);
    named = path.join(named, part);
    let st: import('node:fs').Stats;
    try { st = await fs.lstat(next); } catch { return null; }
    if (!st.isSymbolicLink()) { real = next; continue; }
    let target: string;
    try { target = await fs.realpath(next); } catch { return null; }
    let top: string | null = null;
    try { top = (await git(real, ['rev-parse', '--show-toplevel'])).trim() || null; } catch { top = null; }
    if (top !== null) {
      const repository = await fs.realpath(top).catch(() => top!);
      if (!isWithin(repository, target)) return { link: named, target, repository };
    }
    real = target;
  }
  return null;
}

/**
 * An empty rule set matching the way git does on the runners (Linux, `core.ignorecase=false`):
 * `.ENV` does not ignore `.env`.
 */
export function gitignore(): Ignore {
  return ignore({ ignorecase: false });
}

/** git's own message (its first `fatal:`/`error:` line) from a failed run; null when git did not run. */
function gitMessage(e: unknown): string | null {
  const err = e as { code?: unknown; stderr?: unknown };
  const stderr = Buffer.isBuffer(err?.stderr) ? err.stderr.toString('utf8') : err?.stderr;
  if (err?.code === 'ENOENT' || typeof stderr !== 'string') return null;
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => /^(?:fatal|error):/.test(l)) ?? stderr.trim().split('\n')[0] ?? '';
  return line.replace(/^(?:fatal|error):\s*/, '') || null;
}

/** The rules of one `.gitignore` file and the repository folder it sits in. */
export interface IgnoreRules { dir: string; ig: Ignore }

/**
 * Whether `.gitignore` rules ignore `rel` (a repository path; end it with `/` for a folder), the
 * way git does: each folder on the way down first (git does not descend into an excluded folder,
 * so nothing below it is re-included, not even by a `.gitignore` inside it), then the path itself;
 * for each, the deepest `.gitignore` with a matching pattern decides, `!pattern` re-including.
 * `rules` must be ordered root first. `parents: false` skips the folders (a walk that has already
 * checked them).
 */
export function gitIgnores(rules: readonly IgnoreRules[], rel: string, parents = true): boolean {
  const parts = rel.replace(/\/$/, '').split('/');
  if (parents) {
    for (let k = 1; k < parts.length; k++) if (decides(rules, `${parts.slice(0, k).join('/')}/`)) return true;
  }
  return decides(rules, rel);
}

/** The verdict on one path of the deepest `.gitignore` whose last matching pattern matches it (parents not considered). */
function decides(rules: readonly IgnoreRules[], rel: string): boolean {
  for (let i = rules.length - 1; i >= 0; i--) {
    const { dir, ig } = rules[i]!;
    if (dir && !rel.startsWith(`${dir}/`)) continue;
    const sub = dir ? rel.slice(dir.length + 1) : rel;
    if (sub === '' || sub === '/') continue;
    // A file: its own patterns only (its folders were judged above). A folder: `checkIgnore` takes `a/*` to
    // match `a/` itself, so `test` (which also looks at the folder's parents in the same file).
    const r = sub.endsWith('/') ? ig.test(sub) : ig.checkIgnore(sub);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

async function walk(root: string, max: number, links: string[], quoted: string[]): Promise<string[]> {
  const files: string[] = [];
  // `abs`: a folder's path as bytes, once a name on the way is not UTF-8 (its text, quoted, names no folder).
  const stack: { dir: string; rules: IgnoreRules[]; abs?: Buffer }[] = [{ dir: '', rules: [] }];
  while (stack.length && files.length < max) {
    const { dir, rules, abs } = stack.pop()!;
    const absDir = abs ?? path.join(root, dir);
    let entries: { name: string; bytes?: Buffer; dirent: import('node:fs').Dirent<string | Buffer> }[];
    try { entries = await listDir(absDir); } catch { continue; }
    const here = [...rules];
    if (entries.some((e) => e.name === '.gitignore' && e.dirent.isFile())) {
      try { here.push({ dir, ig: gitignore().add(await fs.readFile(typeof absDir === 'string' ? path.join(absDir, '.gitignore') : childPath(absDir, Buffer.from('.gitignore')), 'utf8')) }); } catch { /* unreadable .gitignore: ignore it */ }
    }
    for (const { name, bytes, dirent: e } of entries) {
      if (name === '.git') continue;
      const rel = dir ? `${dir}/${name}` : name;
      if (e.isDirectory()) {
        if (!gitIgnores(here, `${rel}/`, false)) stack.push({ dir: rel, rules: here, ...(bytes || abs ? { abs: childPath(absDir, bytes ?? Buffer.from(name)) } : {}) });
      } else if ((e.isFile() || e.isSymbolicLink()) && !gitIgnores(here, rel, false)) {
        files.push(rel);
        if (e.isSymbolicLink()) links.push(rel);
        if (bytes || abs) quoted.push(rel);
      }
    }
  }
  return files.sort();
}

/**
 * A folder's entries, named as in a listing: by their UTF-8 names, as a rule; a name that is not UTF-8 (read as text
 * it holds U+FFFD, and opens nothing) quoted as git quotes it, with its bytes to go on from (the folder read again as bytes).
 */
async function listDir(dir: string | Buffer): Promise<{ name: string; bytes?: Buffer; dirent: import('node:fs').Dirent<string | Buffer> }[]> {
  if (typeof dir === 'string') {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    if (!entries.some((e) => e.name.includes('\uFFFD'))) return entries.map((dirent) => ({ name: dirent.name, dirent }));
  }
  return (await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' })).map((dirent) =>
    isUtf8(dirent.name) ? { name: dirent.name.toString('utf8'), dirent } : { name: quoteName(dirent.name), bytes: dirent.name, dirent });
}

/** `dir`/`name`, as bytes. */
function childPath(dir: string | Buffer, name: Buffer): Buffer {
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from(path.sep), name]);
}

/** What `indexBlob` reads of a file: the most bytes (the reader's limit, one more to tell a larger file). */
const INDEX_BLOB_MAX = 1024 * 1024 + 1;

/**
 * The staged content of the repository path `file` (named as the listing names it, a plain UTF-8 name) in the repository
 * at `root`: what a checkout writes there, for a tracked file the working tree does not have (a sparse checkout leaves it
 * out). Its git mode too (`120000`: a symlink, whose blob is the link's target). At most INDEX_BLOB_MAX bytes: a larger
 * file's start. Null when git does not track it (or cannot say).
 */
export async function indexBlob(root: string, file: string): Promise<{ mode: string; bytes: Buffer } | null> {
  let entry: string;
  try { entry = await git(root, ['ls-files', '-z', '-s', '--full-name', '--', `:(top,literal)${file}`]); } catch { return null; }
  // `<mode> <object> <stage>\t<path>`; a file in a merge conflict has no stage-0 entry (the first stage is read).
  const m = /^(\d{6}) ([0-9a-f]{40,64}) \d\t/.exec(entry);
  if (!m) return null;
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', ['-c', 'safe.directory=*', 'cat-file', 'blob', m[2]!], { cwd: root, env: gitEnv(root), stdio: ['ignore', 'pipe', 'ignore'] });
    } catch { resolve(null); return; }
    const parts: Buffer[] = [];
    let size = 0;
    let over = false;
    const done = (ok: boolean) => { if (over) return; over = true; child.kill(); resolve(ok ? { mode: m[1]!, bytes: Buffer.concat(parts).subarray(0, INDEX_BLOB_MAX) } : null); };
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0 || size >= INDEX_BLOB_MAX));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (over) return;
      parts.push(chunk);
      size += chunk.length;
      if (size >= INDEX_BLOB_MAX) done(true);
    });
  });
}
