/**
 * dynaconf's `settings.toml` (and `.secrets.toml`) environments: with `ENV_FOR_DYNACONF=production` set by the deploy, production
 * runs the `[production]` section's settings over `[default]`'s, `[global]`'s over both. Without it dynaconf runs `development`:
 * nothing is production's then.
 */
import { basename, hasDevWord, isTemplate, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { pythonDependsOn } from './code.js';
import { productionEnvReads } from './credentials.js';

/** A setting production runs: its key, value (a TOML string's content, else the literal as written), where, its section and what selects it. */
export interface DynaconfSetting { file: string; key: string; value: string; line: number; column: number; section: string; by: string }

const SETTINGS_FILE = /^(?:settings|\.secrets)\.toml$/;
const SECTION = /^\s*\[\s*([A-Za-z_][\w-]*)\s*\]\s*(?:#.*)?$/;
const ENTRY = /^(\s*)([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$/;

/** The settings production runs from the project's dynaconf files, when the deploy selects a non-development environment. */
export const dynaconfProductionSettings = perView(function dynaconfProductionSettings(snapshot: SnapshotView): DynaconfSetting[] {
  const files = snapshot.files.filter((f) => SETTINGS_FILE.test(basename(f)) && !isTemplate(f) && !isTestFile(f) && !isVendoredOrGenerated(f));
  if (!files.length) return [];
  if (!pythonDependsOn(snapshot, 'dynaconf')) return [];
  let env: { name: string; by: string } | null = null;
  productionEnvReads(snapshot, (key, value, by, dev) => {
    if (env || dev || key !== 'ENV_FOR_DYNACONF' || !value) return;
    const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim().toLowerCase();
    if (/^[\w-]+$/.test(v) && !hasDevWord(v)) env = { name: v, by };
  });
  const selected = env as { name: string; by: string } | null;
  if (!selected) return [];
  const out: DynaconfSetting[] = [];
  for (const file of files) {
    const rank = (section: string) => (section === 'global' ? 3 : section === selected.name ? 2 : section === 'default' ? 1 : 0);
    const winners = new Map<string, DynaconfSetting & { rank: number }>();
    let section = '';
    (snapshot.text(file) ?? '').split('\n').forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      const sec = SECTION.exec(line);
      if (sec) { section = sec[1]!.toLowerCase(); return; }
      const m = ENTRY.exec(line);
      const r = rank(section);
      if (!m || !r) return;
      const literal = m[3]!.replace(/\s+#.*$/, '');
      const quoted = /^(["'])(.*)\1$/.exec(literal);
      const key = m[2]!.toLowerCase();
      const prev = winners.get(key);
      if (prev && prev.rank > r) return;
      winners.set(key, { file, key: m[2]!, value: quoted ? quoted[2]! : literal, line: i + 1, column: line.indexOf(m[3]!, m[1]!.length + m[2]!.length) + 1 + (quoted ? 1 : 0), section, by: selected.by, rank: r });
    });
    for (const { rank: _r, ...s } of winners.values()) out.push(s);
  }
  return out;
});
