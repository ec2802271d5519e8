import { basename, isDockerfile, isEnvFile } from './classify.js';

/** An inline `preflight-ignore ID[, ID] [until YYYY-MM-DD]: reason` comment. */
export interface Suppression {
  file: string;
  line: number;
  column: number;
  ids: string[];
  until: string | null;
  reason: string;
  /** The comment is the whole line (applies to the next line) or trails code (applies to its own). */
  wholeLine: boolean;
}

const RE = /(#|\/\/|\/\*|<!--|--|;)\s*preflight-ignore\s+([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)(?:\s+until\s+(\S+))?\s*(?::\s*(.*?))?\s*(?:\*\/|-->)?\s*$/i;

/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
export function findSuppressions(file: string, text: string): Suppression[] {
  if (!text.includes('preflight-ignore')) return [];
  const trailingAllowed = !(isDockerfile(file) || isEnvFile(file) || basename(file).startsWith('.env'));
  const out: Suppression[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.includes('preflight-ignore')) continue;
    const m = RE.exec(l);
    if (!m) continue;
    const before = l.slice(0, m.index).trim();
    const wholeLine = before === '';
    if (!wholeLine && !trailingAllowed) continue;
    out.push({
      file, line: i + 1, column: m.index + 1,
      ids: m[2]!.split(',').map((s) => s.trim().toLowerCase()),
      until: m[3] ?? null,
      reason: (m[4] ?? '').trim(),
      wholeLine,
    });
  }
  return out;
}
