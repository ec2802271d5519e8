import { z } from 'zod';
import { SEVERITIES } from '../types.js';

const severity = z.enum(SEVERITIES);
const location = z.object({ file: z.string(), line: z.number().int().min(1), column: z.number().int().min(1).optional(), endLine: z.number().int().optional(), endColumn: z.number().int().optional() });

/** The JSON report, version 1 (published as schemas/report.schema.json). */
export const reportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal('preflight'), version: z.string() }),
  result: z.enum(['pass', 'fail']),
  failOn: z.enum([...SEVERITIES, 'none']),
  counts: z.object(Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int().min(0)])) as Record<(typeof SEVERITIES)[number], z.ZodNumber>),
  items: z.array(z.object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(['static', 'probe', 'manual']),
    check: z.union([z.string(), z.array(z.string()), z.null()]),
    severity,
    status: z.enum(['pass', 'fail', 'error', 'skipped', 'pending', 'attested']),
    group: z.array(z.string()).optional(),
    reason: z.string().optional(),
    attestedBy: z.string().optional(),
    ticked: z.boolean().optional(),
    source: location.optional(),
    preset: z.string().optional(),
  })),
  findings: z.array(z.object({
    check: z.string(),
    item: z.string().nullable(),
    severity,
    message: z.string(),
    file: z.string().nullable(),
    line: z.number().int().min(1).nullable(),
    column: z.number().int().min(1).nullable(),
    endLine: z.number().int().min(1).nullable().optional(),
    url: z.string().nullable(),
    note: z.boolean().optional(),
    suppressed: z.boolean().optional(),
    suppressedBy: z.string().optional(),
    baseline: z.boolean().optional(),
    fingerprint: z.string().optional(),
    fix: z.string().optional(),
  })),
  checklist: z.object({ file: z.string().nullable(), format: z.enum(['yaml', 'markdown', 'preset']), uncovered: z.array(z.string()).optional() }).optional(),
  target: z.object({ url: z.string().nullable() }).optional(),
  baselineFixed: z.number().int().min(0).optional(),
  context: z.object({ event: z.string().optional(), pullRequest: z.number().nullable().optional(), gatesManual: z.boolean() }).optional(),
});
