import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const checksOf = (text: string, headings: string[] = ['API Security']) => matchItem(text, { headings }).checks;
const CORS = ['cors-policy', 'cors-wildcard'];

/**
 * QA35 fullrepos12 D3: "CORS properly configured" reads as CORS that is not wide open, as "HSTS properly configured" and
 * "Security headers properly configured" bind their checks: a ticked box must not stand in for cors-wildcard/cors-policy.
 */
describe('QA35 fullrepos12 D3: CORS said to be properly configured binds cors-wildcard and cors-policy', () => {
  it.each([
    'CORS properly configured',
    'CORS configured correctly',
    'CORS set up properly for our frontends',
    'CORS is properly configured',
    'CORS: properly configured',
    'Make sure CORS is correctly configured',
    'CORS policy properly configured for production',
    'CORS securely configured',
    'CORS headers set correctly',
    'Cross-Origin Resource Sharing (CORS) properly configured',
    'Configure CORS properly',
    'Properly configure CORS',
    'Proper CORS configuration',
    'Correct CORS setup',
    'Strict CORS policy',
    'CORS configuration is correct',
    'CORS locked down',
    'Lock down CORS',
    'Harden the CORS policy',
    'CORS hardened',
    'CORS properly configured?',
    'CORS properly configured (reviewed by security)',
    // German, French, Spanish, Portuguese.
    'CORS richtig konfiguriert',
    'CORS korrekt eingerichtet',
    'CORS richtig konfigurieren',
    'Korrekte CORS-Konfiguration',
    'CORS correctement configuré',
    'CORS configuré correctement',
    'CORS bien configuré',
    'Configuration CORS correcte',
    'CORS configurado correctamente',
    'Configurar CORS correctamente',
    'Configuración de CORS segura',
    'CORS configurado corretamente',
    'CORS bem configurado',
  ])('%s → cors-policy, cors-wildcard', (text) => {
    expect(checksOf(text)).toEqual(CORS);
  });

  it('binds beside the other topics of the item', () => {
    expect(checksOf('Security headers and CORS properly configured')).toEqual([...CORS, 'security-headers']);
  });

  it.each([
    // Grants and waivers.
    'CORS allows all origins for the public API',
    'CORS correctly configured, allows all origins',
    'CORS properly configured for the public API',
    'CORS open (public API)',
    'CORS richtig konfiguriert (öffentliche API)',
    "CORS correctement configuré pour l'API publique",
    'CORS configurado correctamente para la API pública',
    // Open questions, deferrals, negations.
    'CORS: TBD',
    'CORS? ask X',
    'CORS properly configured later',
    'CORS not properly configured yet',
    "CORS isn't configured correctly",
    'CORS nicht richtig konfiguriert',
    'CORS pas encore correctement configuré',
    'CORS no configurado correctamente',
    // Configured says CORS is there, not how wide.
    'CORS configured',
    'CORS configured for the mobile app',
    'CORS policy configured for production',
    // Another environment, something else than the policy, knowledge of it.
    'CORS properly configured on staging',
    'CORS properly configured for development',
    'Properly handle CORS errors in the frontend',
    'CORS proxy configured properly for the SPA',
    'Document how CORS is properly configured',
    'CORS properly configured in the S3 bucket',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it('a ticked "CORS properly configured" is shown as ticked, not a sign-off: the checks decide', () => {
    const list = parseMarkdownChecklist('c.md', '## API Security\n- [x] CORS properly configured\n- [x] Rate limiting implemented\n');
    expect(list.items[0]).toMatchObject({ checks: CORS, ticked: true });
    expect(list.items[0]!.signedOff).toBeUndefined();
    expect(list.items[1]!.signedOff).toBe(true);
  });

  it('seed checklist-c: the ticked CORS item fails on an Express `cors()` wildcard instead of being attested', async () => {
    const seed = fs.readFileSync(new URL('../fixtures/seeds/checklist-c.md', import.meta.url), 'utf8');
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': seed,
      'package.json': '{"name":"api","dependencies":{"express":"^4.19.2","cors":"^2.8.5"}}\n',
      'src/index.ts': "import express from 'express';\nimport cors from 'cors';\nconst app = express();\napp.use(cors());\napp.listen(3000);\n",
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const item = report.items.find((i) => i.title === 'CORS properly configured')!;
    expect(item.status).toBe('fail');
    expect(report.findings.filter((f) => f.item === item.id).map((f) => [f.check, f.file])).toContainEqual(['cors-wildcard', 'src/index.ts']);
  });
});
