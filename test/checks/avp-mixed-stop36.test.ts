import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// Sweep 5 R1 (stop 36): an argocd-vault-plugin `<path:…>` placeholder anywhere in a value made the whole value a reference,
// hiding a literal secret beside it; the plugin replaces only the placeholder.
const secret = `apiVersion: v1
kind: Secret
metadata:
  name: app
type: Opaque
stringData:
  DATABASE_URL: "postgres://app:Xk29sLq0PzR7mN4b@db:5432/<path:secret/data/db#dbname>"
  DB_PASSWORD: "<path:secret/data/db#password>"
  OTHER_URL: "postgres://app:<path:secret/data/db#password>@db:5432/app"
  JWT_SECRET: "Zq8v3LkP2mXw9RtY <path:secret/data/jwt#suffix>"
`;

describe('argocd-vault-plugin placeholders beside literals', () => {
  it('a value that is only placeholders passes; a literal secret beside one is still found', async () => {
    const { findings } = await runCase(hardcodedSecret, { name: 'avp', files: { 'k8s/secret.yaml': secret } });
    expect(findings.filter((f) => !f.note).map((f) => f.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([7, 10]);
  });
});
