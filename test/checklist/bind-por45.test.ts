import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 45 (markdown20 D3): "Certificado válido por pelo menos 30 dias" and "Nenhum arquivo `.env` commitado" stayed manual
// ("por" was not read as "for", "commitado" not as "committed").

const bound = (text: string) => parseMarkdownChecklist('c.md', `- [ ] ${text}\n`).items.map((i) => [i.checks, i.options ?? null]);

describe('markdown20 D3: Portuguese and Spanish "válido por N dias" and "commitado" items bind', () => {
  it.each<[string, string, Record<string, unknown> | null]>([
    ['Certificado válido por pelo menos 30 dias', 'certificate', { 'min-days': 30 }],
    ['Certificado válido por al menos 30 días', 'certificate', { 'min-days': 30 }],
    ['Certificado TLS válido por no mínimo 21 dias', 'certificate', { 'min-days': 21 }],
    ['Nenhum arquivo `.env` commitado', 'env-file-committed', null],
    ['Nenhum arquivo `.env` comitado', 'env-file-committed', null],
    ['Ningún archivo `.env` commiteado', 'env-file-committed', null],
  ])('%s → %s %j', (text, check, options) => {
    expect(bound(text)).toEqual([[[check], options]]);
  });
  it.each([
    // The English vetoes hold: a deferral, a review; "por" that is "by" reads nothing.
    'Certificado válido por pelo menos 30 dias (depois da migração)',
    'Arquivo `.env` commitado por engano — remover mais tarde',
    'Certificado revisado por segurança',
  ])('stays manual: %s', (text) => {
    expect(bound(text)).toEqual([[[], null]]);
  });
});
