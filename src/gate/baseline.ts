import fs from 'node:fs';
import { z } from 'zod';
import type { Report } from '../types.js';
import { ConfigError, readProblem } from '../types.js';
import { parseYamlPrecise } from '../repo/yaml.js';
import { jsonParseProblem } from '../repo/json.js';

const baselineSchema = z.object({
  version: z.literal(1),
  tool: z.literal('preflight').optional(),
  findings: z.array(z.object({ check: z.string(), file: z.string().nullable().optional(), fingerprint: z.string(), message: z.string().optional() })),
});

/** A baseline: today's findings by fingerprint, so adoption can start without fixing everything. */
export function toBaseline(report: Report): string {
  const findings = report.findings
    .filter((f) => !f.note && !f.suppressed && f.fingerprint && (f.item !== null || f.check === 'parse-error'))
    .map((f) => ({ check: f.check, file: f.file, fingerprint: f.fingerprint!, message: f.message }));
  return `${JSON.stringify({ version: 1, tool: 'preflight', findings }, null, 2)}\n`;
}

/** Where a schema issue is in the baseline's JSON (its nearest existing ancestor when the key is missing): file:line:column. */
function issueAt(text: string, path: PropertyKey[]): { line: number; column: number } {
  const doc = parseYamlPrecise('baseline', text).docs[0];
  let p = path.filter((k): k is string | number => typeof k !== 'symbol');
  let pos = doc?.loc(p) ?? null;
  while (!pos && p.length) { p = p.slice(0, -1); pos = doc?.loc(p) ?? null; }
  return pos ?? { line: 1, column: 1 };
}

/** Reads a baseline file into a multiset of fingerprints. */
export function readBaseline(abs: string, shown: string): Map<string, number> {
  let text: string;
  try { text = fs.readFileSync(abs, 'utf8'); } catch (e) { throw new ConfigError(`baseline ${shown} ${readProblem(e)}`, { file: shown }); }
  return parseBaseline(text, shown);
}

/** A baseline's text (read from disk, or from the base commit on pull_request_target): fingerprint → count. */
export function parseBaseline(text: string, shown: string): Map<string, number> {
  let data: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try { data = JSON.parse(body); } catch (e) {
    // Where, also for an unexpected token (whose V8 message names no place): the reading snapshot.json does.
    const { message, ...pos } = jsonParseProblem(body, e);
    throw new ConfigError(`baseline is not valid JSON: ${message}`, { file: shown, ...pos });
  }
  const res = baselineSchema.safeParse(data);
  if (!res.success) {
    // The files people pass by mistake: the JSON report and the SARIF log hold findings too.
    const o = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    const what = o && typeof o['tool'] === 'object' && 'result' in o ? 'a Preflight JSON report, not a baseline'
      : o && typeof o['$schema'] === 'string' && /sarif/i.test(o['$schema']) || (o && Array.isArray(o['runs'])) ? 'a SARIF log, not a baseline'
      : `not a Preflight baseline: ${res.error.issues[0]!.path.join('.') || 'the file'}: ${res.error.issues[0]!.message}`;
    throw new ConfigError(`${what}: expected the file \`preflight baseline --output FILE\` writes ({"version": 1, "findings": [{"check", "fingerprint", …}]})`, { file: shown, ...(what.startsWith('not a Preflight baseline') ? issueAt(text, res.error.issues[0]!.path) : { line: 1, column: 1 }) });
  }
  const m = new Map<string, number>();
  for (const f of res.data.findings) m.set(f.fingerprint, (m.get(f.fingerprint) ?? 0) + 1);
  return m;
}
