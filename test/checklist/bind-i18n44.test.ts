import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 44 (markdown19 D5): "Das Zertifikat ist mindestens 30 Tage gültig" and every German, French, Spanish and Portuguese
// response-time item stayed manual.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const bound = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);

describe('markdown19 D5: German certificate items and non-English response-time items bind, with their numbers', () => {
  it.each<[string, string, Record<string, unknown> | null]>([
    ['Das Zertifikat ist mindestens 30 Tage gültig', 'certificate', { 'min-days': 30 }],
    ['Zertifikat mindestens 30 Tage gültig', 'certificate', { 'min-days': 30 }],
    ['Zertifikat läuft frühestens in 30 Tagen ab', 'certificate', { 'min-days': 30 }],
    ['Antwortzeit unter 500 ms', 'response-time', { 'max-ms': 500 }],
    ['Die Antwortzeit liegt unter 500 ms', 'response-time', { 'max-ms': 500 }],
    ['Latenz unter 200 ms', 'response-time', { 'max-ms': 200 }],
    ['Temps de réponse inférieur à 500 ms', 'response-time', { 'max-ms': 500 }],
    ['Tiempo de respuesta inferior a 500 ms', 'response-time', { 'max-ms': 500 }],
    ['Tempo de resposta abaixo de 500 ms', 'response-time', { 'max-ms': 500 }],
    ['Antwortzeit unter 2 Sekunden', 'response-time', { 'max-ms': 2000 }],
  ])('%s → %s %j', (text, check, options) => {
    expect(bound(`- [ ] ${text}\n`)).toEqual([[text, [check], options]]);
  });
  it.each([
    // The English vetoes hold: a percentile, load, monitoring, a deferral; a certificate with no TLS word or days is any certificate.
    'Antwortzeit unter 500 ms (p95)',
    'Antwortzeit unter Last unter 500 ms',
    'Antwortzeit wird überwacht',
    'Temps de réponse inférieur à 500 ms — plus tard',
    'Zertifikat ist gültig',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
