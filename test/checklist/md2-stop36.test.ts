import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = ['Launch']) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const byTitle = (text: string) => new Map(parse(text).items.map((i) => [i.title, i]));

describe('QA36 markdown10 D6: everyday German, French and Spanish phrasings bind as their English twins do', () => {
  it.each<[string, string[], string[]?]>([
    ['Zertifikat gültig (mindestens 30 Tage)', ['certificate']],
    ['Certificat valide pendant au moins 30 jours', ['certificate']],
    ['Certificado válido durante al menos 30 días', ['certificate']],
    // The English twin of the German item.
    ['Certificate valid (at least 30 days)', ['certificate']],
    ['Restart-Policy für alle Container gesetzt', ['restart-policy']],
    ['Neustart-Richtlinie gesetzt', ['restart-policy'], ['Container']],
    ['Imágenes con versión fija (sin `latest`)', ['image-tag-pinned']],
    ['Imagens com versão fixa', ['image-tag-pinned']],
    ['No usar la etiqueta `latest` en las imágenes', ['image-tag-pinned']],
    ['Ne pas utiliser le tag `latest`', ['image-tag-pinned']],
  ])('%s binds', (text, want, headings) => {
    expect(checksOf(text, headings)).toEqual(want);
  });

  it.each<[string, string[]?]>([
    // As "Restart policy set" under "Security": a restart policy may be Kubernetes' or systemd's.
    ['Neustart-Richtlinie gesetzt', ['Sicherheit']],
    // The latest tag used, not refused.
    ['Usar la etiqueta `latest` en staging'],
    ['Solo la etiqueta `latest`'],
    // A lifetime stated without the word certificate's validity, or a renewal, is another promise.
    ['Zertifikat wird automatisch erneuert (mindestens 30 Tage)'],
  ])('%s stays manual', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });

  it('the days stated become min-days, as in English', () => {
    const items = byTitle([
      '# Sicherheit',
      '- [ ] Zertifikat gültig (mindestens 30 Tage)',
      '- [ ] Certificat valide pendant au moins 45 jours',
      '- [ ] Certificate valid (at least 21 days)',
    ].join('\n'));
    expect(items.get('Zertifikat gültig (mindestens 30 Tage)')?.options).toEqual({ 'min-days': 30 });
    expect(items.get('Certificat valide pendant au moins 45 jours')?.options).toEqual({ 'min-days': 45 });
    expect(items.get('Certificate valid (at least 21 days)')?.options).toEqual({ 'min-days': 21 });
  });
});

describe('QA36 markdown10 D7: config-style English items bind the check that reads that config', () => {
  it.each<[string, string[]]>([
    ['`server.ssl.enabled-protocols=TLSv1.2,TLSv1.3`', ['tls-protocols-config']],
    ['`tls.Config{MinVersion: tls.VersionTLS12}`', ['tls-protocols-config']],
    ['`/actuator/env` and `/actuator/heapdump` NOT reachable from outside', ['sensitive-paths']],
    ['`/server-status` is not public', ['sensitive-paths']],
    ['No `type: LoadBalancer` / `NodePort` for databases', ['database-port-exposed']],
    ['No LoadBalancer Services for Postgres', ['database-port-exposed']],
    ['`gin.SetMode(gin.ReleaseMode)` in main', ['debug-mode']],
    ['Image runs as `airflow` user (not root)', ['dockerfile-non-root']],
    ['CORS properly configured (no `origin: true`)', ['cors-policy', 'cors-wildcard']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });

  it.each([
    // An old protocol listed is no minimum.
    '`server.ssl.enabled-protocols=TLSv1.1,TLSv1.2`',
    // Reachable is no promise that it is not.
    '`/actuator/env` reachable for the ops VPN',
    // Airflow itself stays another system; only the user named for it is the deployment's.
    'Airflow users have MFA',
    // The grant of any origin, not refused.
    'CORS: origin: true for now',
    'CORS properly configured (origin: true)',
    'gin.SetMode(gin.DebugMode) in main',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
