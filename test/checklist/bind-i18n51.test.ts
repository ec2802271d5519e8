import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA51 teams D5: items whose English twins bind stayed manual for a word the vocabulary did not read: the configuration
// ("Sem senhas padrão na configuração"), a refusal ("Tag `latest` interdit pour les images de base", "verboten", "prohibida")
// and base images; and "Kein"/"Pas de" before the debug switch written as its setting ("Kein `DEBUG=True` in
// `.env.production`"), which English binds ("No `DEBUG=True` in `.env.production`").

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;

describe('teams D5: the configuration, refusals, base images and a negated debug setting in German, French, Spanish and Portuguese', () => {
  it.each<[string, string[]]>([
    ['Sem senhas padrão na configuração', ['default-credentials']],
    ['Sem senhas padrão nas configurações', ['default-credentials']],
    ['Keine Standardpasswörter in der Konfiguration', ['default-credentials']],
    ['Tag `latest` interdit pour les images de base', ['image-tag-pinned']],
    ['Tag `latest` interdite pour les images', ['image-tag-pinned']],
    ['`latest`-Tag verboten', ['image-tag-pinned']],
    ['Das `latest`-Tag ist für Basis-Images verboten', ['image-tag-pinned']],
    ['Etiqueta `latest` prohibida para las imágenes base', ['image-tag-pinned']],
    ['Tag `latest` proibida nas imagens base', ['image-tag-pinned']],
    ['Kein `DEBUG=True` in `.env.production`', ['debug-mode']],
    ['Pas de `DEBUG=True` en production', ['debug-mode']],
    ['Sin `DEBUG=True` en producción', ['debug-mode']],
    ['Sem `DEBUG=True` em produção', ['debug-mode']],
    ['Niemals `FLASK_DEBUG=1` in Produktion', ['debug-mode']],
    ['`DEBUG=True` aus `.env.production` entfernt', ['debug-mode']],
  ])('binds: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  it.each([
    // Granting the risk, a negated refusal, another environment, a deferral, a question, logging: manual.
    'Senhas padrão na configuração',
    'Sem senhas padrão na configuração — mais tarde',
    'Sem senhas padrão na configuração (ainda não)',
    'Precisamos remover as senhas padrão da configuração?',
    'Tag `latest` autorisé pour les images de base',
    'Tag `latest` non interdit pour les images internes',
    'Tag `latest` pas interdit pour les images internes',
    '`latest`-Tag ist nicht verboten',
    'Tag `latest` interdit pour les images de base — plus tard',
    'Faut-il interdire le tag `latest` pour les images de base ?',
    '`latest` tag not forbidden for internal images',
    '`DEBUG=True` in `.env.production`',
    '`DEBUG=True` nur in Staging',
    '`DEBUG=True` nicht entfernt',
    'Kein `DEBUG=True` in `.env.production` — später',
    'Pas de `DEBUG=True` en production — plus tard',
    'Brauchen wir kein `DEBUG=True` in Produktion?',
    'Kein `DEBUG=True`-Logging in Produktion',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
