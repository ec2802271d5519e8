import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { testCheck } from '../helpers/check-tester.js';

// A Bitnami SealedSecret's `spec.encryptedData` is ciphertext meant to be committed (as dotenvx
// `encrypted:` and sops `ENC[…]` values are). Values are assembled at run time (Preflight scans
// its own repository).
let seed = 7;
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 16) & 0xff; }));
/** kubeseal output: a 2-byte key length, the RSA-wrapped session key, then the AES-GCM sealed value. */
const sealed = (n: number) => Buffer.concat([Buffer.from([2, 0]), bytes(n)]).toString('base64');
const strong = `Zq8xK2mP9vL4nR7t${'Y3wB'}`;

const sealedSecret = (encryptedData: string, template = '') => `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db
  namespace: prod
spec:
  encryptedData:
${encryptedData}${template}`;

testCheck(hardcodedSecret, {
  valid: [
    // QA repro-sealed/: `password: AgB…` was reported by the generic assignment rule.
    { name: 'QA: SealedSecret encryptedData ciphertext', files: { 'k8s/sealed.yaml': sealedSecret(`    password: ${sealed(64)}\n    api-token: ${sealed(70)}\n    db_secret_key: ${sealed(400)}\n`) } },
    { name: 'SealedSecret ciphertext as a block scalar, and the template metadata', files: { 'sealed.yaml': sealedSecret(`    password: |\n      ${sealed(90)}\n`, `  template:\n    metadata:\n      name: db\n      annotations:\n        secret-token-hint: ${sealed(24)}\n    type: Opaque\n`) } },
    { name: 'SealedSecret pre-v0.7 form: spec.data is one ciphertext', files: { 'sealed.yaml': `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  data: ${sealed(300)}\n` } },
  ],
  invalid: [
    // Not ciphertext (kubeseal never writes `!`): a plain value in the wrong place is still judged.
    { name: 'SealedSecret with a plain-text value in encryptedData', files: { 'sealed.yaml': sealedSecret(`    password: "${strong}!x"\n`) }, errors: [{ file: 'sealed.yaml', line: 8, message: /'password'/ }] },
    { name: 'SealedSecret template data is plain text', files: { 'sealed.yaml': sealedSecret(`    password: ${sealed(64)}\n`, `  template:\n    data:\n      db_password: "${strong}"\n`) }, errors: [{ file: 'sealed.yaml', line: 11, message: /'db_password'/ }] },
  ],
});
