import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 secrets18 D5: Android buildConfigField String constants holding a secret ship in the APK.
const run = async (files: Record<string, string>) => {
  const out = await runCase(hardcodedSecret, { name: 'gradle45', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note);
};
const A = 'Bc7Vt2LmZ9xPR4sWbN8eJc';
const B = 'Qz7Vt2LmZ9xPR4sWbN8eJc';
const C = 'Wk4Tn3Qx8Kd2Lm7Rz4Vc9H';

describe('buildConfigField secrets (D5)', () => {
  it('Groovy with and without parentheses and the Kotlin DSL, at the value; computed values and other names pass', async () => {
    const groovy = [
      'android {',
      '    defaultConfig {',
      `        buildConfigField "String", "API_SECRET", "\\"${A}\\""`,
      `        buildConfigField("String", "STRIPE_SECRET_KEY", "\\"${B}\\"")`,
      '        buildConfigField "String", "BASE_URL", "\\"https://api.acme.io/v1\\""',
      '        buildConfigField "String", "MAPS_SECRET", "\\"${System.getenv(\'MAPS_SECRET\')}\\""',
      '        buildConfigField "String", "SIGNING_TOKEN", "\\"" + props["signingToken"] + "\\""',
      '        buildConfigField "boolean", "LOG_SECRETS", "false"',
      '    }',
      '}',
    ].join('\n') + '\n';
    const kts = `android {\n    defaultConfig {\n        buildConfigField("String", "API_TOKEN", "\\"${C}\\"")\n        buildConfigField("String", "API_KEY", "\\"\${project.property("apiKey")}\\"")\n    }\n}\n`;
    const f = await run({ 'app/build.gradle': groovy, 'lib/build.gradle.kts': kts });
    const col = (text: string, v: string) => { const i = text.indexOf(v); return `${text.slice(0, i).split('\n').length}:${i - text.lastIndexOf('\n', i - 1)}`; };
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`).sort()).toEqual([`app/build.gradle:${col(groovy, A)}`, `app/build.gradle:${col(groovy, B)}`, `lib/build.gradle.kts:${col(kts, C)}`]);
    expect(f[0]!.message).toContain("BuildConfig field '");
    for (const x of f) for (const v of [A, B, C]) expect(x.message).not.toContain(v);
  });
});
