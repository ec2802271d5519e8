/**
 * Per-stack fixes: a check's `docs.fix` is one text for every finding (and the SARIF rule's help), so a finding in a Go, Rust,
 * Elixir or Java file would get advice written for another stack. A finding that knows its language (by its file's name) and
 * brings no fix of its own gets its stack's text here; the others keep the check's.
 */
import { basename } from '../../repo/classify.js';
import type { RawFinding } from '../define.js';

export type Stack = 'go' | 'rust' | 'elixir' | 'jvm' | 'dotnet' | 'ruby' | 'php' | 'python' | 'node';

const BY_EXTENSION: Record<string, Stack> = {
  go: 'go', rs: 'rust', ex: 'elixir', exs: 'elixir', heex: 'elixir', java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', groovy: 'jvm',
  cs: 'dotnet', rb: 'ruby', php: 'php', py: 'python', js: 'node', mjs: 'node', cjs: 'node', ts: 'node', mts: 'node', cts: 'node', jsx: 'node', tsx: 'node',
};

/**
 * The stack a file is written for: its extension (`.go`, `.rs`, `.ex`/`.exs`, `.java`/`.kt`, `.cs`, `.rb`, `.php`, `.py`, JS/TS),
 * Spring Boot's and Ktor's configuration files (`application*.yml`/`.yaml`/`.properties`, `application.conf`) and ASP.NET Core's
 * `appsettings*.json`; null for anything else (a Dockerfile, compose, an env file: the check's own fix).
 */
export function stackOf(file: string | null | undefined): Stack | null {
  if (!file) return null;
  const name = basename(file);
  if (/^(?:application|bootstrap)(?:-[\w.-]+)?\.(?:ya?ml|properties)$/i.test(name) || /^application\.conf$/i.test(name)) return 'jvm';
  if (/^appsettings(?:\.[\w.-]+)?\.json$/i.test(name)) return 'dotnet';
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? BY_EXTENSION[ext] ?? null : null;
}

/** The fix for a finding in `file` from `fixes` (by its stack), or undefined. */
export function stackFix(fixes: Partial<Record<Stack, string>>, file: string | null | undefined): string | undefined {
  const stack = stackOf(file);
  return stack ? fixes[stack] : undefined;
}

/** `report` giving a finding without its own fix its stack's one from `fixes`, when there is one. */
export function withStackFix(report: (f: RawFinding) => void, fixes: Partial<Record<Stack, string>>): (f: RawFinding) => void {
  return (f) => {
    const fix = f.fix ? undefined : stackFix(fixes, f.file);
    report(fix ? { ...f, fix } : f);
  };
}
