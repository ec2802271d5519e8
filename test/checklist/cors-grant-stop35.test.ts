import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const checksOf = (text: string, headings: string[] = ['Security']) => matchItem(text, { headings }).checks;
const CORS = ['cors-policy', 'cors-wildcard'];

/**
 * QA35 md3: an item that names any-origin CORS binds cors-wildcard/cors-policy only when it refuses it in its clause ("No
 * CORS wildcard"). Named without a refusal it grants the wildcard or records the accepted setup, as "Debug mode in
 * production" states a risk rather than refusing it: binding it failed the gate on the very setup the team accepted.
 */
describe('QA35 md3: CORS items that grant or record a wildcard do not bind', () => {
  it.each([
    'CORS wildcard for the public API',
    'CORS configured for all origins',
    'CORS properly configured (wildcard for the public API)',
    'CORS: * on /public only',
    'Allow any origin for the status page',
    'CORS configured for all origins (public API)',
    'CORS wildcard restricted to the public API',
    'CORS wildcard instead of an allow-list for the public API',
    'Access-Control-Allow-Origin: * on the status endpoint',
    'CORS: wildcard on /public/*',
    // A refusal in another clause, or of something else than the wildcard, grants it all the same.
    'CORS wildcard for the public API (no cookies)',
    'CORS wildcard for the public API, no credentials',
    'CORS `*` without credentials for the public API',
    'CORS wildcard on the status page, which has no user data',
    'CORS wildcard is fine since we do not use cookies',
    // Translated grants.
    "CORS wildcard limité à l'API publique",
    "CORS `*` sans identifiants pour l'API publique",
    'CORS-Wildcard für die öffentliche API',
    // The bare risk, as "Debug mode" or "Root containers" stay manual.
    'CORS wildcard',
    'Wildcard CORS',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each([
    'No CORS wildcard',
    'CORS does not allow any origin',
    'No `*` in Access-Control-Allow-Origin',
    'CORS wildcard removed',
    'Never use CORS wildcard',
    'CORS: no wildcard',
    'CORS origins are never `*`',
    '`CORS_ORIGINS` is not `*`',
    "CORS doesn't allow all origins",
    'No wildcard CORS origins',
    'Remove `*` from CORS allowed origins',
    'Replace the CORS wildcard with an allow-list',
    'Explicit origins instead of a CORS wildcard',
    'CORS wildcard disabled',
    'CORS wildcard forbidden',
    'CORS wildcard = no',
    'Access-Control-Allow-Origin is never `*`',
    'Access-Control-Allow-Origin: * removed',
    'No any-origin CORS',
    'Fail the build on a CORS wildcard',
    'CORS properly configured (no wildcard)',
    'CORS only allows https://app.example.com (no *)',
    'Never allow any origin in CORS',
    // Translations that bound before.
    'Kein CORS-Wildcard',
    'Pas de wildcard CORS',
    'CORS: kein `*`',
    'CORS : pas de `*`',
    'Pas de CORS *',
    'Wildcard CORS non utilisé',
    'Sin wildcard en CORS',
    'Sem wildcard no CORS',
    'Geen CORS wildcard',
    "CORS n'autorise pas toutes les origines",
    'CORS no permite todos los orígenes',
    'CORS não permite todas as origens',
    'CORS erlaubt nicht alle Origins',
    'CORS erlaubt nur unsere eigenen Domains (kein *)',
  ])('binds cors-wildcard and cors-policy: %s', (text) => {
    expect(checksOf(text)).toEqual(CORS);
  });

  it.each([
    ['Wildcard `*` is not used', CORS],
    ['No wildcard', CORS],
    ['Never any origin', CORS],
    ['Wildcard for the public API', []],
    ['`*` for /public only', []],
    ['Any origin for the status page', []],
  ])('under a CORS heading: %s', (text, checks) => {
    expect(checksOf(text, ['API', 'CORS Configuration'])).toEqual(checks);
  });

  it('another topic in the item still binds beside a granted wildcard', () => {
    expect(checksOf('HSTS enabled; CORS wildcard for the public API')).toEqual(['hsts']);
  });

  it('the accepted wildcard of a public API does not fail the gate through the item that records it', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '# Launch\n## Security\n- [x] CORS wildcard for the public API\n- [ ] No CORS wildcard on the admin API\n',
      'requirements.txt': 'flask==3.0.0\nflask-cors==4.0.0\n',
      'app.py': 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins="*")\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const grant = report.items.find((i) => i.title === 'CORS wildcard for the public API')!;
    expect(grant.kind).toBe('manual');
    expect(grant.status).not.toBe('fail');
    // The promise beside it still reads the code and fails on the wildcard.
    const promise = report.items.find((i) => i.title === 'No CORS wildcard on the admin API')!;
    expect(promise.status).toBe('fail');
  });
});
