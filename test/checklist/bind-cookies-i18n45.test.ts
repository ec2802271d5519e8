import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 45 (markdown20 D4): "Session cookies with Secure and HttpOnly", "Secure and HttpOnly session cookies" and their
// Spanish/French twins stayed manual; so did German/French items whose English twin binds (ENV/ARG passwords, a memory limit
// on every service, the Server header's version, the production server).

const bound = (text: string) => parseMarkdownChecklist('c.md', `- [ ] ${text}\n`).items.map((i) => [i.checks, i.options ?? null]);
const BOTH = { 'cookie-security': { attributes: ['secure', 'httponly'] } };

describe('markdown20 D4: cookie attributes after "with" or before "session cookies" bind, in English and translated', () => {
  it.each([
    'Session cookies with Secure and HttpOnly',
    'Secure and HttpOnly session cookies',
    'Cookies with the attributes Secure and HttpOnly',
    'Cookies de sesión con `Secure` y `HttpOnly`',
    'Cookies de session marqués `Secure` et `HttpOnly`',
    'Cookies avec les attributs Secure et HttpOnly',
    'Cookies de sessão com Secure e HttpOnly',
    'Sitzungs-Cookies mit Secure und HttpOnly',
  ])('%s', (text) => {
    expect(bound(text)).toEqual([[['cookie-flags', 'cookie-security'], BOTH]]);
  });
  it.each([
    'Session cookies without Secure and HttpOnly',
    'Cookies de session sans `Secure` (intranet)',
    'Secure and HttpOnly session cookies — later',
    'Cookie consent banner with Secure styling',
  ])('stays manual: %s', (text) => {
    expect(bound(text)).toEqual([[[], null]]);
  });
});

describe('markdown20 D4: German and French items bind as their English twins do', () => {
  it.each<[string, string]>([
    ['Keine Passwörter im Dockerfile (`ENV`/`ARG`)', 'dockerfile-secrets-in-env'],
    ['Jeder Dienst hat ein Speicherlimit', 'resource-limits'],
    ['Server-Header verrät keine Versionsnummer', 'server-version-leak'],
    ["L'en-tête Server ne révèle pas la version", 'server-version-leak'],
    ['El encabezado Server no revela la versión', 'server-version-leak'],
    ['Serveur de production (gunicorn), pas le serveur de développement Flask', 'production-server'],
    ['Servidor de producción (gunicorn), no el servidor de desarrollo de Flask', 'production-server'],
  ])('%s → %s', (text, check) => {
    expect(bound(text)).toEqual([[[check], null]]);
  });
  it.each([
    'Server-Header verrät die Versionsnummer',
    'Serveur de développement Flask en local',
    'Passwörter im Dockerfile später entfernen',
    'Jeder Dienst hat ein Speicherlimit (später)',
  ])('stays manual: %s', (text) => {
    expect(bound(text)).toEqual([[[], null]]);
  });
});
