import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { containsWord } from '../../src/checks/util/text.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 47 perf: `ssm.Parameter` (Pulumi's secret-store reader), `origin` (cors-wildcard) and `_method` (tls-protocols-config)
// are now found by a rarer part of them (containsWord's anchor). The gate must still say yes wherever the word is written,
// also when the anchor occurs earlier on its own, and no where only the anchor is.
describe('anchored word gates (stop 47)', () => {
  it('finds the word after lone anchors, at the start and at the end of the text', () => {
    const SSM = { word: 'ssm.Parameter', anchor: 'Parameter' };
    expect(containsWord('ParameterGroup; rds.Parameter; ssmParameter; aws.ssm.Parameter(', SSM)).toBe(true);
    expect(containsWord('ssm.Parameter', SSM)).toBe(true);
    expect(containsWord('x = aws.ssm.Parameter', SSM)).toBe(true);
    expect(containsWord('ParameterGroup; rds.Parameter; ssmParameter; sm.Parameter', SSM)).toBe(false);
    expect(containsWord('const login = begin; plugin()', { word: 'origin', anchor: 'gin' })).toBe(false);
    expect(containsWord('plugin(); export const origin = 1', { word: 'origin', anchor: 'gin' })).toBe(true);
    expect(containsWord('method(); hod; TLSv1_2_method', { word: '_method', anchor: 'hod' })).toBe(true);
    expect(containsWord('method(); hod; _methods', { word: '_method', anchor: 'hod' })).toBe(true);
    expect(containsWord('method(); hod; get_meth_od', { word: '_method', anchor: 'hod' })).toBe(false);
  });

  it('a Pulumi SecureString parameter is still reported when `Parameter` occurs before `ssm.Parameter`', async () => {
    const value = 'q7Vt2LmZ9xKpR4sWbN8eJc3H';
    const ts = `import * as aws from "@pulumi/aws";
const group = new aws.rds.ParameterGroup("pg", { family: "postgres16" });
const p = new aws.ssm.Parameter("db-password", {
    type: "SecureString",
    value: "${value}",
});
`;
    const out = await runCase(hardcodedSecret, { name: 'anchors47', files: { 'infra/index.ts': ts } });
    expect(out.error).toBeUndefined();
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['infra/index.ts:5']);
  });

  it('a file with only `Parameter` (no ssm.Parameter, no Secret) gives no secret-store finding', async () => {
    const ts = `import * as aws from "@pulumi/aws";
const group = new aws.rds.ParameterGroup("pg", { family: "postgres16", value: "Zp3Kx8Wm2Rt6Yb9Nq4Lc7Vd2" });
`;
    const out = await runCase(hardcodedSecret, { name: 'anchors47-lookalike', files: { 'infra/index.ts': ts } });
    expect(out.error).toBeUndefined();
    expect(out.findings.filter((f) => !f.note)).toEqual([]);
  });
});
