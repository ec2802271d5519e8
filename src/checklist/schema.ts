import { z } from 'zod';
import { refineGlob } from '../checks/util/option-entry.js';
import { SEVERITIES } from '../types.js';
import { HEADER_NAME, MAX_TIMEOUT_SECONDS, MAX_WAIT_SECONDS } from '../settings.js';

/** The YAML checklist (version 1). Unknown keys are errors, never silently ignored. */
// Levels in any case (`High`), as the CLI flags and action inputs take them.
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
export const severitySettingSchema = z.preprocess(lower, z.enum([...SEVERITIES, 'off']));
export const failOnSchema = z.preprocess(lower, z.enum([...SEVERITIES, 'none']));

const stringList = z.array(z.string().min(1));
// Globs over repository paths: a `..` segment could only ever match nothing (nothing outside is read).
// An absolute glob (`/etc/**`) would silently match nothing too: repository paths never start with `/`.
const globList = z.array(z.string().min(1)
  .refine((g) => !/(?:^|\/)\.\.(?:\/|$)/.test(g), 'expected a glob relative to the repository (no `..` segment: nothing outside the repository is read)')
  .refine((g) => !/^(?:\/|[A-Za-z]:[\\/])/.test(g), 'expected a glob relative to the repository root (`k8s/**`, not `/k8s/**`): paths are matched as git lists them')
  // A Windows path (`services\api\**`): in a glob `\` escapes the next character, so it would silently match
  // nothing and leave the item `skipped`. A `\` before a character that needs no escaping (a letter, digit, `.`,
  // `-`, `_`, `/`, a space, the end) is one; escaping a glob character (`\*`, `\[`) or a backslash (`\\`) is fine.
  .superRefine((g, ctx) => {
    if (windowsSeparator(g)) ctx.addIssue({ code: 'custom', message: `expected \`/\` between folders, as git lists paths: in a glob \`\\\` escapes the next character, so '${g}' matches nothing; use / in globs ('${g.replace(/\\/g, '/')}')` });
  })
  // An unbalanced bracket or brace (`**/*.{yml`, `[abc`) is taken literally by picomatch and would silently
  // match nothing, leaving the item `skipped`: a typo, reported with picomatch's own message (the rule a check's glob
  // options share, globEntry).
  .superRefine(refineGlob));

/** Whether a glob holds a `\` that escapes nothing a glob needs escaped: a Windows folder separator. */
function windowsSeparator(g: string): boolean {
  for (let i = 0; i < g.length; i++) {
    if (g[i] !== '\\') continue;
    const next = g[i + 1];
    if (next === undefined || /[A-Za-z0-9._\- /]/.test(next)) return true;
    i++; // an escaped character (`\*`, `\\`): skipped
  }
  return false;
}

export const itemSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id of letters, digits, ".", "_" or "-"'),
  title: z.string().min(1).regex(/\S/, 'expected a title with text, not only spaces').optional(),
  check: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).superRefine((ids, ctx) => {
    // At the repeat (`check: [hsts, https-redirect, hsts]`: the second `hsts`), not at the list.
    const dup = ids.findIndex((id, j) => ids.indexOf(id) !== j);
    if (dup >= 0) ctx.addIssue({ code: 'custom', message: `expected each check once (a check listed twice would report every finding twice): '${ids[dup]}' is listed again`, path: [dup] });
  })]).optional(),
  severity: severitySettingSchema.optional(),
  paths: globList.optional(),
  ignore: globList.optional(),
  options: z.record(z.string(), z.unknown()).optional(),
  group: z.union([z.string().min(1), stringList]).optional(),
  'signed-off': z.boolean().optional(),
});

export const probesSchema = z.strictObject({
  url: z.string().min(1).optional(),
  health: ((path) => z.union([path, z.array(path).min(1)]))(z.string().regex(/^\/(?![\t\n\r]*[/\\])/, 'expected a path on the target\'s host: one leading "/", not "//" or "/\\" (which name another host)')).optional(),
  timeout: z.number().positive().max(MAX_TIMEOUT_SECONDS).optional(),
  wait: z.number().min(0).max(MAX_WAIT_SECONDS).optional(),
  headers: z.record(z.string().regex(HEADER_NAME, 'an HTTP header name (letters, digits and !#$%&\'*+-.^_`|~: no spaces, no colon)'), z.string()).optional(),
  'http-url': z.string().min(1).optional(),
  ca: z.string().min(1).optional(),
  'allow-self-signed': z.boolean().optional(),
});

export const checklistSchema = z.strictObject({
  version: z.literal(1),
  extends: z.union([z.string(), stringList]).optional(),
  'fail-on': failOnSchema.optional(),
  probes: probesSchema.optional(),
  ignore: globList.optional(),
  baseline: z.string().min(1).optional(),
  items: z.array(itemSchema).optional(),
});

export type ChecklistFile = z.infer<typeof checklistSchema>;
