import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';

// QA39 oss1 D2: Supabase's demo service_role key is forgeable by anyone (its signing secret is the example's): rotating
// the key is no fix, a JWT_SECRET of one's own is.
const DEMO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIiwiaXNzIjoic3VwYWJhc2UtZGVtbyIsImlhdCI6MTY0MTc2OTIwMCwiZXhwIjoxNzk5NTM1NjAwfQ.DaYlNEoUrrEn2Ig7tqibS-PHK5vgusbcbo7X36XVt4Q';
describe('hardcoded-secret: the Supabase demo service_role key says what fixes it', () => {
  it('names the demo key and the fix, other secrets keep the rotate advice, and the value is never in the message', async () => {
    const out = await runCase(hardcodedSecret, { name: 'supabase', files: { 'docker/.env': `JWT_SECRET=your-super-secret-jwt-token-with-at-least-32-characters-long\nSERVICE_ROLE_KEY=${DEMO}\nSTRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc9Xq2Lm\n` } });
    expect(out.error).toBeUndefined();
    const byLine = new Map(out.findings.map((f) => [f.line, f.message]));
    expect(byLine.get(2)).toMatch(/Supabase's demo key \(iss: supabase-demo\).*set a JWT_SECRET of your own/);
    expect(byLine.get(2)).not.toMatch(/revoke/i);
    expect(byLine.get(3)).toMatch(/revoke\/rotate the secret/);
    for (const f of out.findings) expect(f.message).not.toContain(DEMO.slice(40, 70));
  });
});
