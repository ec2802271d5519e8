// The CLI as the baseline tests of stop 51 drive it (adoption D1–D6): a repository recorded into base.json, then scanned with it.
import { expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

export async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}
export interface Doc { result: string; baselineFixed?: number; findings: { check: string; file: string | null; line: number | null; baseline?: boolean; suppressed?: boolean; note?: boolean }[] }
export async function run(repo: string, args: string[] = []) {
  const r = await cli([...args, '--baseline', 'base.json', '--format', 'json'], repo);
  const doc = JSON.parse(r.stdout) as Doc;
  return { ...r, doc, fresh: doc.findings.filter((f) => !f.note && !f.baseline && !f.suppressed).map((f) => `${f.check} ${f.file}:${f.line}`) };
}
export async function recorded(files: Record<string, string>) {
  const repo = makeRepo(files);
  const r = await cli(['baseline', '--output', 'base.json'], repo);
  expect(r.code, r.stderr).toBe(0);
  return repo;
}
export const write = (repo: string, rel: string, text: string) => fs.writeFileSync(path.join(repo, rel), text);
