import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// Sweep 48 R1: RevenueCat's public app-specific SDK keys (`appl_`, `goog_`, `amzn_`, `strp_`, `rcb_`) ship in the app by
// design; under EXPO_PUBLIC_/NEXT_PUBLIC_ names they now reached the secret rules and failed. They pass under any name;
// RevenueCat's secret keys (`sk_`) do not. An EXPO_PUBLIC_ secret's message speaks of the app's bundle, not a browser.
// The key bodies are built at run time, so this file holds no token.
const body = 'Kx9Tq2Lm7Vn4Bw8Rz3Yp6Hd1Jf';
const run = async (env: string) => {
  const out = await runCase(hardcodedSecret, { name: 'rc', files: { '.env.production': env } });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note);
};

describe('RevenueCat public SDK keys and EXPO_PUBLIC_ wording (sweep 48 R1)', () => {
  it('pass under EXPO_PUBLIC_, NEXT_PUBLIC_ and VITE_ names', async () => {
    const env = ['appl', 'goog', 'amzn', 'strp', 'rcb'].map((p, i) => `${['EXPO_PUBLIC_', 'NEXT_PUBLIC_', 'VITE_'][i % 3]}REVENUECAT_${p.toUpperCase()}_KEY=${p}_${body}`).join('\n') + '\n';
    expect(await run(env)).toEqual([]);
  });

  it('a RevenueCat secret key and a look-alike prefix with a short body still fail', async () => {
    const f = await run(`REVENUECAT_SECRET_KEY=sk_${body}\nEXPO_PUBLIC_API_SECRET=goog_${body.slice(0, 10)}\n`);
    expect(f.map((x) => x.line)).toEqual([1, 2]);
    expect(f[1]!.message).toContain('its EXPO_PUBLIC_ prefix also publishes it into the app\'s JavaScript bundle, which every install of the app carries');
    expect(f[1]!.message).not.toContain('browser');
  });
});
