/**
 * Environment variables that hosting platforms' deploy files set for the production process:
 * fly.toml `[env]` and render.yaml `envVars` (`key` + literal `value`; `generateValue`, `fromDatabase`,
 * `sync: false` entries hold no literal). Templates and test folders are skipped.
 */
import { basename, isDevOnly, isTemplate, isTestFile } from '../../repo/classify.js';
import { isObject } from '../../repo/yaml.js';
import type { SnapshotView } from '../../repo/snapshot.js';

export interface PlatformEnv { key: string; value: string; file: string; line: number; column: number; where: string; dev: boolean }

/** Bounds: entries per file. */
const MAX_ENTRIES = 2_000;

export function platformEnv(snapshot: SnapshotView): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  for (const f of snapshot.files) {
    const name = basename(f);
    if (isTemplate(f) || isTestFile(f)) continue;
    if (name === 'fly.toml') out.push(...flyEnv(f, snapshot.lines(f) ?? []));
    else if (/^render\.ya?ml$/.test(name)) out.push(...renderEnv(snapshot, f));
  }
  return out;
}

/** fly.toml `[env]`: `KEY = "value"` (quoted key, single quotes, numbers and booleans too). */
function flyEnv(file: string, lines: string[]): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  let section = '';
  lines.forEach((l, i) => {
    if (out.length >= MAX_ENTRIES) return;
    const sec = /^\s*\[{1,2}\s*([\w.-]+)\s*\]{1,2}\s*(?:#.*)?$/.exec(l);
    if (sec) { section = sec[1]!; return; }
    if (section !== 'env') return;
    const m = /^(\s*)(?:"([^"]+)"|'([^']+)'|([\w.-]+))\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([\w.+-]+))\s*(?:#.*)?$/.exec(l);
    if (!m) return;
    const value = m[5] ?? m[6] ?? m[7]!;
    out.push({ key: (m[2] ?? m[3] ?? m[4])!, value, file, line: i + 1, column: l.length - l.trimStart().length + 1, where: 'fly.toml [env]', dev: isDevOnly(file) });
  });
  return out;
}

/** render.yaml `services[].envVars[]` and `envVarGroups[].envVars[]` with a literal `value`. */
function renderEnv(snapshot: SnapshotView, file: string): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  for (const doc of snapshot.yaml(file)?.docs ?? []) {
    if (!isObject(doc.value)) continue;
    for (const listKey of ['services', 'envVarGroups'] as const) {
      const list = doc.value[listKey];
      if (!Array.isArray(list)) continue;
      list.forEach((svc, si) => {
        if (!isObject(svc) || !Array.isArray(svc['envVars'])) return;
        const owner = typeof svc['name'] === 'string' ? svc['name'] : String(si);
        svc['envVars'].forEach((e, ei) => {
          if (out.length >= MAX_ENTRIES || !isObject(e) || typeof e['key'] !== 'string' || e['value'] === undefined || e['value'] === null || typeof e['value'] === 'object') return;
          const at = doc.loc([listKey, si, 'envVars', ei, 'value']) ?? doc.loc([listKey, si, 'envVars', ei], true);
          if (!at) return;
          out.push({ key: e['key'], value: String(e['value']), file, line: at.line, column: at.column, where: `render.yaml ${listKey === 'services' ? 'service' : 'env group'} '${owner}'`, dev: isDevOnly(file) });
        });
      });
    }
  }
  return out;
}
