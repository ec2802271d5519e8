/**
 * Go build constraints (`//go:build debug`, the older `// +build debug`): a file whose constraint needs a tag that a default
 * `go build` does not set is not compiled into the binary unless a build names the tag (`go build -tags debug`). Pure: the
 * constraint is read from a file's text, the builds from the texts of the repository's Dockerfiles and build scripts.
 */
import { basename, isDevOnly, isDockerfile, isTestFile, isVendoredOrGenerated, isWorkflowFile } from '../../repo/classify.js';

/**
 * Tags whose value a build sets from its platform or toolchain (GOOS, GOARCH, `unix`, `cgo`, the compiler, `go1.N`): not known
 * from the repository, so read as possibly set. Every other tag is off unless a build names it.
 */
const PLATFORM_TAG = /^(?:aix|android|darwin|dragonfly|freebsd|hurd|illumos|ios|js|linux|nacl|netbsd|openbsd|plan9|solaris|wasip1|windows|zos|unix|386|amd64|amd64p32|arm|armbe|arm64|arm64be|loong64|mips|mipsle|mips64|mips64le|mips64p32|mips64p32le|ppc|ppc64|ppc64le|riscv|riscv64|s390|s390x|sparc|sparc64|wasm|cgo|gc|gccgo|go1\.\d+)$/;
/** Bounds: the length of a constraint read, and the header lines looked at before the package clause. */
const MAX_EXPR = 500;
const MAX_HEADER_LINES = 200;

/**
 * A constraint that a default build does not satisfy: its expression (`//go:build` syntax), as written (`// +build debug`), the line
 * it is on, the tags it asks for.
 */
export interface GoConstraint { expr: string; shown: string; line: number; tags: string[] }

/**
 * The build constraint of a Go file, when a default build (no `-tags`) leaves the file out: `//go:build debug`, `//go:build dev && !prod`,
 * `// +build debug` (lines of `// +build` are a conjunction; in each, spaces separate alternatives and commas conjuncts). Read before
 * the package clause only, as the go tool reads it. Null when there is none, or the file is in a default build (`//go:build !debug`)
 * or may be (`//go:build linux`: the platform decides).
 */
export function goBuildConstraint(text: string): GoConstraint | null {
  const lines = text.split('\n', MAX_HEADER_LINES);
  let build: { expr: string; shown: string; line: number } | null = null;
  const plus: { expr: string; shown: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l) continue;
    if (!l.startsWith('//')) break;
    const go = /^\/\/go:build\s+(.+)$/.exec(l);
    if (go && go[1]!.length <= MAX_EXPR) { build ??= { expr: go[1]!.trim(), shown: l, line: i + 1 }; continue; }
    const old = /^\/\/\s*\+build\s+(.+)$/.exec(l);
    if (old && old[1]!.length <= MAX_EXPR) {
      plus.push({ expr: old[1]!.trim().split(/\s+/).map((alt) => `(${alt.split(',').join(' && ')})`).join(' || '), shown: l, line: i + 1 });
    }
  }
  // `//go:build` wins over `// +build` lines when both are there (gofmt writes both, the same).
  const c = build ?? (plus.length ? { expr: plus.map((p) => `(${p.expr})`).join(' && '), shown: plus.map((p) => p.shown).join(' '), line: plus[0]!.line } : null);
  if (!c || goConstraintHolds(c.expr, []) !== false) return null;
  const tags = [...new Set([...c.expr.matchAll(/(?<!!\s*)(?<![\w.])([A-Za-z_][\w.]*)/g)].map((m) => m[1]!).filter((t) => !PLATFORM_TAG.test(t)))];
  return { ...c, tags };
}

/**
 * Whether a constraint holds in a build that sets `tags`: true, false, or null when it depends on the platform (`linux && debug`
 * with `debug` set). Three-valued; an expression that does not parse is null.
 */
export function goConstraintHolds(expr: string, tags: readonly string[]): boolean | null {
  const toks = expr.match(/&&|\|\||!|\(|\)|[A-Za-z_][\w.]*/g) ?? [];
  let i = 0;
  let bad = false;
  const atom = (): boolean | null => {
    const t = toks[i++];
    if (t === '!') { const v = atom(); return v === null ? null : !v; }
    if (t === '(') { const v = or(); if (toks[i++] !== ')') bad = true; return v; }
    if (t === undefined || !/^[A-Za-z_]/.test(t)) { bad = true; return null; }
    return tags.includes(t) ? true : PLATFORM_TAG.test(t) ? null : false;
  };
  const and = (): boolean | null => {
    let v = atom();
    while (!bad && toks[i] === '&&') { i++; const w = atom(); v = v === false || w === false ? false : v === null || w === null ? null : true; }
    return v;
  };
  function or(): boolean | null {
    let v = and();
    while (!bad && toks[i] === '||') { i++; const w = and(); v = v === true || w === true ? true : v === null || w === null ? null : false; }
    return v;
  }
  const v = or();
  return bad || i !== toks.length ? null : v;
}

/** A build in the repository that sets build tags: where (`Dockerfile:4`), and the tags. */
export interface GoTagBuild { file: string; line: number; tags: string[] }

/** Build scripts by name, besides Dockerfiles and CI workflows: Makefiles, shell scripts, GoReleaser, Task and just files, GitLab CI. */
const BUILD_SCRIPT = /^(?:(?:GNU)?[Mm]akefile|[^/]+\.(?:mk|sh|bash|ps1)|\.?goreleaser\.ya?ml|Taskfile\.ya?ml|[Jj]ustfile|\.gitlab-ci\.ya?ml|Earthfile)$/;
/** `-tags debug`, `-tags=debug,dev`, `-tags "debug dev"`, `--tags=debug` (also inside `GOFLAGS=-tags=debug`). */
const TAGS_FLAG = /(?<![\w-])--?tags(?:=|[ \t]+)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'\\;&|)]+))/g;

/**
 * A file whose builds production may run: a Dockerfile, a build script (BUILD_SCRIPT) or a CI workflow, not vendored, a test's or
 * development-only (`Dockerfile.dev`, `scripts/dev.sh`).
 */
export function isProductionBuildFile(file: string): boolean {
  return (isDockerfile(file) || BUILD_SCRIPT.test(basename(file)) || isWorkflowFile(file)) && !isVendoredOrGenerated(file) && !isTestFile(file) && !isDevOnly(file);
}

/**
 * The builds with tags that production may run: `-tags` in a Dockerfile (not one for development or tests), a build script or a CI
 * workflow. Vendored, test and development-only files do not count (`Dockerfile.dev` building with `-tags debug` is development's).
 * One pass over each file: the line of a build is counted on from the previous one's, and a file's build with the same tags as an
 * earlier one in that file is left out (the first says as much), so a generated script of many builds costs its length, no more.
 */
export function goTagBuilds(files: readonly string[], text: (f: string) => string | undefined): GoTagBuild[] {
  const out: GoTagBuild[] = [];
  for (const file of files) {
    if (!isProductionBuildFile(file)) continue;
    const t = text(file);
    if (t === undefined || !t.includes('tags')) continue;
    const seen = new Set<string>();
    let line = 1;
    let nl = t.indexOf('\n'); // the first newline not yet counted (-1: none left)
    for (const m of t.matchAll(TAGS_FLAG)) {
      while (nl !== -1 && nl < m.index) { line++; nl = t.indexOf('\n', nl + 1); }
      const tags = (m[1] ?? m[2] ?? m[3]!).split(/[\s,]+/).filter(Boolean);
      const key = tags.join(' ');
      if (!tags.length || seen.has(key)) continue;
      seen.add(key);
      out.push({ file, line, tags });
    }
  }
  return out;
}
