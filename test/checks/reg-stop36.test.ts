/**
 * Regressions of QA36 sweep 2 (fixer reg):
 * R1 — a registry module's own `…ssl_policy…` argument is judged only when the module call creates a listener that takes it
 *      (cloudposse/alb `https_enabled`, cloudposse/nlb `tls_enabled`, terraform-aws-modules/alb v8 `https_listeners`, v9-style
 *      `listeners`); a policy applying to no listener is an `info` note.
 * R2 — a broken railway.json is a JSON parse problem (JSON's message and position), also when the snapshot reads it first for
 *      the Dockerfile it names; the Dockerfile a valid one names is still one.
 */
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

/** The findings of a check as `file:line:column note? message`, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop36-reg', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}
const failures = async (files: Record<string, string>) => (await findings(tlsProtocolsConfig, files)).filter((f) => !/^\S+ note /.test(f));
const notes = async (files: Record<string, string>) => (await findings(tlsProtocolsConfig, files)).filter((f) => /^\S+ note /.test(f));

describe('R1: a module policy argument applying to no listener the call creates is a note', () => {
  const cloudposse = (extra: string, source = 'cloudposse/alb/aws') => ({
    'infra/alb.tf': [
      'module "alb" {', // 1
      `  source           = "${source}"`,
      '  version          = "2.1.0"',
      '  http_enabled     = true',
      extra, // 5
      '  https_ssl_policy = "ELBSecurityPolicy-2016-08"',
      '}',
      '',
    ].join('\n'),
  });

  it('cloudposse/alb: https_enabled false, or not set (its default is false), is a note; true or a reference is judged', async () => {
    expect(await notes(cloudposse('  https_enabled    = false'))).toEqual([expect.stringMatching(/^infra\/alb\.tf:6:23 note module 'alb' https_ssl_policy ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1\.1; require TLS 1\.2 or later \(https_enabled is false/)]);
    expect(await failures(cloudposse('  https_enabled    = false'))).toEqual([]);
    expect(await failures(cloudposse(''))).toEqual([]);
    expect(await notes(cloudposse(''))).toEqual([expect.stringMatching(/^infra\/alb\.tf:6:23 note .*https_enabled is not set and the module's default is false/)]);
    // Its Git source reads the same.
    expect(await failures(cloudposse('', 'git::https://github.com/cloudposse/terraform-aws-alb.git?ref=tags/2.1.0'))).toEqual([]);
    expect(await failures(cloudposse('  https_enabled    = true'))).toEqual(["infra/alb.tf:6:23 module 'alb' https_ssl_policy ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1.1; require TLS 1.2 or later"]);
    expect(await failures(cloudposse('  https_enabled    = var.https'))).toHaveLength(1);
    // An in-house module whose default is not known: judged unless the call turns the listener off.
    expect(await failures(cloudposse('', '../modules/alb'))).toHaveLength(1);
    expect(await failures(cloudposse('  https_enabled    = false', '../modules/alb'))).toEqual([]);
  });

  it('cloudposse/nlb tls_ssl_policy follows tls_enabled alike', async () => {
    const nlb = (extra: string) => ({ 'infra/nlb.tf': `module "nlb" {\n  source         = "cloudposse/nlb/aws"\n${extra}\n  tls_ssl_policy = "ELBSecurityPolicy-2016-08"\n}\n` });
    expect(await failures(nlb(''))).toEqual([]);
    expect(await notes(nlb(''))).toHaveLength(1);
    expect(await failures(nlb('  tls_enabled    = true'))).toEqual(["infra/nlb.tf:4:21 module 'nlb' tls_ssl_policy ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1.1; require TLS 1.2 or later"]);
  });

  const v8 = (listeners: string, source = 'terraform-aws-modules/alb/aws') => ({
    'infra/alb.tf': [
      'module "alb" {', // 1
      `  source  = "${source}"`,
      '  version = "8.7.0"',
      '  listener_ssl_policy_default = "ELBSecurityPolicy-2016-08"',
      '  http_tcp_listeners = [{ port = 80, protocol = "HTTP", target_group_index = 0 }]', // 5
      listeners,
      '}',
      '',
    ].join('\n'),
  });
  const FAIL = "infra/alb.tf:4:34 module 'alb' listener_ssl_policy_default ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1.1; require TLS 1.2 or later";

  it('terraform-aws-modules/alb v8 without https_listeners, or with an empty list: a note', async () => {
    expect(await failures(v8(''))).toEqual([]);
    expect(await notes(v8(''))).toEqual([expect.stringMatching(/^infra\/alb\.tf:4:34 note .*\(the module call passes no https_listeners/)]);
    expect(await failures(v8('  https_listeners = []'))).toEqual([]);
    // An in-house module taking the same argument may create its own listener: judged.
    expect(await failures(v8('', '../modules/alb'))).toEqual([FAIL]);
  });

  it('v8 https_listeners with an entry without its own ssl_policy, or computed: judged', async () => {
    expect(await failures(v8('  https_listeners = [{ port = 443, certificate_arn = "arn:x" }]'))).toEqual([FAIL]);
    expect(await failures(v8('  https_listeners = [{ port = 443, ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" }, { port = 8443 }]'))).toEqual([FAIL]);
    expect(await failures(v8('  https_listeners = local.https_listeners'))).toEqual([FAIL]);
    expect(await failures(v8('  https_listeners = [{ port = 443, ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" }]'))).toEqual([]);
  });

  it('a listeners map written the v9 way: an HTTPS/TLS entry without ssl_policy takes it (judged); HTTP entries and ones naming a policy do not', async () => {
    const https = '  listeners = {\n    https = { port = 443, protocol = "HTTPS", certificate_arn = "arn:x" }\n  }';
    expect(await failures(v8(https))).toEqual([FAIL]);
    expect(await failures(v8('  listeners = { tls = { port = 443, protocol = "TLS" } }'))).toEqual([FAIL]);
    expect(await failures(v8('  listeners = var.listeners'))).toEqual([FAIL]);
    const covered = '  listeners = {\n    http = { port = 80, protocol = "HTTP" }\n    https = { port = 443, protocol = "HTTPS", ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" }\n  }';
    expect(await failures(v8(covered))).toEqual([]);
    expect(await notes(v8(covered))).toEqual([expect.stringMatching(/^infra\/alb\.tf:4:34 note .*listeners goes without its own ssl_policy/)]);
  });
});

describe('R2: a broken railway.json is a JSON parse problem', () => {
  const problems = (text: string) => {
    const snap = snapshotOf({ 'railway.json': text, Dockerfile: 'FROM python:3.12-slim\n' });
    // The snapshot reads railway.json for the Dockerfile it names before any check asks for the file.
    snap.dockerfiles();
    snap.json('railway.json');
    return snap.problems.filter((p) => p.file === 'railway.json').map((p) => `${p.line}:${p.column} ${p.message}`);
  };

  it('JSON\'s message and position, not the YAML reader\'s', () => {
    expect(problems('{"deploy": {"startCommand": "flask run"')).toEqual(["1:40 not valid JSON: Expected ',' or '}' after property value"]);
    expect(problems('{\n  "deploy": {\n    "startCommand": "gunicorn app:app"\n  }\n')).toEqual(["5:1 not valid JSON: Expected ',' or '}' after property value"]);
    expect(problems('{ "deploy": { "startCommand": "gunicorn app:app" } } }\n')).toEqual(['1:54 not valid JSON: Unexpected non-whitespace character']);
  });

  it('a valid railway.json still names its Dockerfile', () => {
    const snap = snapshotOf({ 'railway.json': '{"build": {"builder": "DOCKERFILE", "dockerfilePath": "deploy/web.image"}}\n', 'deploy/web.image': 'FROM python:3.12-slim\n' });
    expect(snap.dockerfiles().map((d) => d.path)).toEqual(['deploy/web.image']);
    expect(snap.problems).toEqual([]);
  });
});
