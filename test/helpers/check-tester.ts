import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { executeCheck, parseOptions } from '../../src/engine/execute.js';
import { Snapshot } from '../../src/repo/snapshot.js';
import type { Severity } from '../../src/types.js';

export interface Case {
  name: string;
  files: Record<string, string>;
  options?: Record<string, unknown>;
}
export interface Expected { file: string; line: number; column?: number; severity?: Severity; message?: string | RegExp }
export interface InvalidCase extends Case { errors: Expected[] }
export interface NoteCase extends Case { notes: Expected[] }

/** Writes `files` under a fresh temporary directory and returns a snapshot of it. */
export function snapshotOf(files: Record<string, string>): Snapshot {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-case-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return new Snapshot(root, Object.keys(files).sort());
}

export async function runCase(check: CheckDef, c: Case, now = new Date('2026-12-01T00:00:00Z')) {
  const snap = snapshotOf(c.files);
  const options = parseOptions(check, c.options ?? {});
  return executeCheck(check, snap, options, now);
}

/**
 * RuleTester-style table: `valid` cases must produce no failure (notes are allowed), `invalid`
 * cases must produce exactly the listed failures (file, line, and severity/message when given),
 * `notes` cases must produce exactly the listed notes and no failure.
 */
export function testCheck(check: CheckDef, cases: { valid: Case[]; invalid: InvalidCase[]; notes?: NoteCase[] }) {
  const names = [...cases.valid, ...cases.invalid, ...(cases.notes ?? [])].map((c) => c.name);
  describe(check.id, () => {
    it('has unique case names and at least one invalid case', () => {
      expect(new Set(names).size).toBe(names.length);
      expect(cases.invalid.length).toBeGreaterThan(0);
      expect(cases.valid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const out = await runCase(check, c);
        expect(out.error).toBeUndefined();
        expect(out.findings.filter((f) => !f.note)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const out = await runCase(check, c);
        expect(out.error).toBeUndefined();
        const failures = out.findings.filter((f) => !f.note);
        expect(failures.length).toBeGreaterThan(0);
        for (const f of failures) { expect(f.line ?? 0).toBeGreaterThanOrEqual(1); expect(f.file).toBeTruthy(); }
        expect(sortLoc(failures)).toEqual(sortLoc(c.errors));
        for (const e of c.errors) {
          const hit = failures.find((f) => f.file === e.file && f.line === e.line && (e.column === undefined || f.column === e.column) && (!e.severity || (f.severity ?? check.severity) === e.severity) && matches(f.message, e.message));
          expect(hit, `expected ${JSON.stringify(e)} in ${JSON.stringify(failures)}`).toBeTruthy();
        }
      });
    }
    for (const c of cases.notes ?? []) {
      it(`note: ${c.name}`, async () => {
        const out = await runCase(check, c);
        expect(out.error).toBeUndefined();
        expect(out.findings.filter((f) => !f.note)).toEqual([]);
        const notes = out.findings.filter((f) => f.note);
        expect(sortLoc(notes)).toEqual(sortLoc(c.notes));
        for (const e of c.notes) expect(notes.some((f) => f.file === e.file && f.line === e.line && (e.column === undefined || f.column === e.column) && matches(f.message, e.message)), JSON.stringify(e)).toBe(true);
      });
    }
  });
}

function matches(msg: string, want: string | RegExp | undefined): boolean {
  if (want === undefined) return true;
  return typeof want === 'string' ? msg.includes(want) : want.test(msg);
}
function sortLoc(list: { file?: string | null; line?: number | null }[]) {
  return list.map((f) => `${f.file}:${f.line}`).sort();
}
