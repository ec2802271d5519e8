import type { FailOn, Location, Severity, SeveritySetting } from '../types.js';

/**
 * The most items a checklist (YAML or Markdown) may hold: realistic lists hold under 500, and binding a Markdown list
 * costs time and memory per item, so a larger one is a configuration error before that work (see itemCapMessage).
 */
export const MAX_CHECKLIST_ITEMS = 10_000;

/** The error for a checklist over MAX_CHECKLIST_ITEMS items, at the first item past the cap: what the cap is, what to do. */
export function itemCapMessage(): string {
  return `the checklist holds more than ${MAX_CHECKLIST_ITEMS.toLocaleString('en-US')} items (this is item ${(MAX_CHECKLIST_ITEMS + 1).toLocaleString('en-US')}): a checklist may hold at most ${MAX_CHECKLIST_ITEMS.toLocaleString('en-US')}; split it into smaller checklists, or cover many files with one item's \`paths\` rather than an item per file`;
}

/** Probe settings from the checklist's `probes:` block (inputs and flags override them). */
export interface ProbeSettings {
  url?: string;
  health?: string[];
  timeout?: number;
  wait?: number;
  headers?: Record<string, string>;
  httpUrl?: string;
  /** Absolute path of an extra trusted CA (resolved against the checklist file). */
  ca?: string;
  allowSelfSigned?: boolean;
  /** Where the values are written in the checklist (for error messages); `headers` by header name. */
  where?: { url?: Location; ca?: Location; httpUrl?: Location; headers?: Record<string, Location> };
}

/** One checklist item, whatever format it came from. */
export interface ChecklistItem {
  id: string;
  /** Title as written; null means "use the check's title". */
  title: string | null;
  /** Check or probe ids; empty for a manual item. */
  checks: string[];
  severity?: SeveritySetting;
  paths?: string[];
  ignore?: string[];
  /** Raw options: for one check, that check's options; for several, keyed by check id. */
  options?: Record<string, unknown>;
  group?: string[];
  /**
   * The title of the Markdown task item this one is nested under (`- [ ] Security review` / `  - [ ] Name: ____`): a tick may
   * name it before the title to sign this one off (see signsOffInContext). Not reported.
   */
  parent?: string;
  /** A standing sign-off of a manual item (`signed-off: true`, or `[x]` in Markdown). */
  signedOff?: boolean;
  /**
   * An unticked Markdown item struck through in full (`- [ ] ~~Backups restored~~`, `<del>…</del>`): withdrawn, so reported
   * `skipped`, never pending, and no sign-off is asked for it (struck words promise nothing).
   */
  withdrawn?: boolean;
  /** `[x]` in the team's Markdown file (shown only, for bound items). */
  ticked?: boolean;
  /**
   * A manual Markdown item whose status says the work is not done ("— not done", "(Status: To Do)") though it names these
   * checks: a tick in a pull request does not sign it off (the checks decide once the box in the checklist is ticked or the
   * status dropped). A manual YAML item whose title so reads (as `preflight import` writes it) too (see notDoneChecksOfTitle).
   */
  notDoneChecks?: string[];
  /**
   * A Markdown item's title with an emphasised status written as the aside it reads as (`- [ ] HSTS _pending_` → "HSTS
   * (pending)", where the title, as the line shows it, is "HSTS pending"); only where the two differ. `preflight import` writes
   * it as a not-done item's title, so that the YAML reads the same status (see notDoneChecksOfTitle).
   */
  statusTitle?: string;
  /** For Markdown items bound by the matcher: the phrase that matched. */
  matchedBy?: string;
  source: Location;
  /** The built-in preset the item comes from (`extends: [recommended]`): `source.file` is then the preset's file in Preflight's package, not a repository path. */
  preset?: string;
  /** For an item a preset brought in: the checklist file's `extends` entry that names that preset (where SARIF anchors its probe results). */
  inheritedAt?: Location;
  /**
   * Where a part of this item's `options` is written (`path` below `options`; `key`: the key
   * rather than its value), for errors that name the offending option. YAML checklists only.
   */
  optionsAt?: (path: (string | number)[], key: boolean) => Location;
  /** Where the item's `paths` glob at `index` is written: the YAML checklist's own items only (not a preset's). */
  pathsAt?: (index: number) => Location;
  /** Where the item's `ignore` glob at `index` is written: the YAML checklist's own items only (not a preset's). */
  ignoreAt?: (index: number) => Location;
}

export interface Checklist {
  /** Path of the checklist file relative to the repository root, or null for a preset default. */
  file: string | null;
  format: 'yaml' | 'markdown' | 'preset';
  extends: string[];
  /** Where each `extends` entry is written (YAML checklists), in the order of `extends`. */
  extendsAt?: Location[];
  failOn?: FailOn;
  probes: ProbeSettings;
  /** Top-level `ignore:` globs applied to every item. */
  ignore: string[];
  /** Where the top-level `ignore` glob at `index` is written (YAML checklists). */
  ignoreAt?: (index: number) => Location;
  /** Top-level `baseline:`: a baseline file, relative to the checklist file (a flag or input wins). */
  baseline?: { path: string; where: Location };
  items: ChecklistItem[];
  /** Default severity of a manual item without one: `high` in YAML, `info` from Markdown. */
  manualSeverity: Severity;
  /** What the parser read past and the user should know (`file:line: …`): logged as warnings. */
  warnings?: string[];
}
