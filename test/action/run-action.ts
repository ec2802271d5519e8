/**
 * Runs the bundled action (`dist/index.js`) exactly as the Actions runner does: INPUT_* variables
 * named as the runner names them (upper-cased, dashes kept), defaults from action.yml, the event
 * payload in a file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, under Node 24.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The bundle under test (override with PREFLIGHT_ACTION_BUNDLE while developing). */
export const BUNDLE = path.resolve(ROOT, process.env.PREFLIGHT_ACTION_BUNDLE ?? 'dist/index.js');
const NODE = path.join(ROOT, 'node_modules/.bin/node');

interface ActionYml { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> }
export const actionYml = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** The runner's name for an input's variable: `fail-on` → `INPUT_FAIL-ON`. */
export const inputVar = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** A throwaway git repository made from a map of files; returns its path and HEAD sha. */
export function makeRepo(files: Record<string, string>, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-ws-'))): { dir: string; sha: string } {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
  if (!fs.existsSync(path.join(dir, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'commit');
  return { dir, sha: git('rev-parse', 'HEAD') };
}

let big: { dir: string; sha: string } | null = null;
/** 600 Dockerfiles with two findings each (high and medium): 1,200 annotations (made once per test file). */
export function bigRepo(): { dir: string; sha: string } {
  if (big) return big;
  const files: Record<string, string> = { '.github/preflight.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: pinned, check: image-tag-pinned }\n  - { id: hc, check: dockerfile-healthcheck }\n' };
  for (let i = 0; i < 600; i++) files[`svc-${i}/Dockerfile`] = 'FROM python:latest\nUSER app\n';
  big = makeRepo(files);
  return big;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The JSON report named by the `report` output. */
  report: Record<string, any> | null;
  /** stdout without the `::add-mask::` lines the runner consumes. */
  visibleStdout: string;
}

/** Parses the GITHUB_OUTPUT file (`name<<DELIM` heredocs). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Runs the bundle with the given inputs, event and workspace. */
export async function runAction(opts: {
  inputs?: Record<string, string>;
  event: string;
  payload: Record<string, unknown>;
  workspace: string;
  sha: string;
  apiUrl: string;
  token: string;
  repository?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** The event file's text as written (instead of the payload as JSON). */
  rawEvent?: string;
}): Promise<ActionRun> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-runner-'));
  const eventPath = path.join(tmp, 'event.json');
  fs.writeFileSync(eventPath, opts.rawEvent ?? JSON.stringify(opts.payload));
  const outputFile = path.join(tmp, 'output.txt');
  const summaryFile = path.join(tmp, 'summary.md');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/shop',
    GITHUB_SHA: opts.sha,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: tmp,
    PREFLIGHT_TEST_RETRY_MS: '5',
    ...opts.env,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const given = opts.inputs?.[name];
    const value = given ?? spec.default?.replace('${{ github.token }}', opts.token);
    if (value !== undefined) env[inputVar(name)] = value;
  }
  const child = spawn(NODE, [BUNDLE], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  const outputs = parseOutputs(fs.readFileSync(outputFile, 'utf8'));
  const report = outputs.report && fs.existsSync(outputs.report) ? JSON.parse(fs.readFileSync(outputs.report, 'utf8')) : null;
  return {
    code, stdout, stderr, outputs, report,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    visibleStdout: stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'),
  };
}

/** Workflow commands of one type (`error`, `warning`, `notice`) printed on stdout. */
export function commands(stdout: string, type: string): { props: string; message: string }[] {
  return stdout.split('\n').flatMap((l) => {
    const m = new RegExp(`^::${type}(?: ([^:]*))?::(.*)$`).exec(l);
    return m ? [{ props: m[1] ?? '', message: m[2] ?? '' }] : [];
  });
}
