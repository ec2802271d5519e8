import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA51 teams D2: "CORS erlaubt nicht alle Ursprünge" (CORS does not allow all origins) stayed manual while "CORS erlaubt
// keine beliebigen Origins" binds: the vocabulary read the English loan word and the French, Spanish and Portuguese words
// for origins, not the ordinary German ones ("Ursprünge", "Herkunft") nor "Domänen".

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;

describe('teams D2: German CORS items that name origins as "Ursprünge" bind as the English ones do', () => {
  it.each([
    'CORS erlaubt nicht alle Ursprünge',
    'CORS erlaubt keine beliebigen Ursprünge',
    'CORS auf bekannte Ursprünge beschränkt',
    'CORS erlaubt keinen beliebigen Ursprung',
    'CORS auf unsere Domänen beschränkt',
  ])('binds: %s', (text) => {
    expect(checksOf(text)).toEqual(['cors-policy', 'cors-wildcard']);
  });

  it.each([
    // Granting the risk, a deferral, knowledge and a question stay manual.
    'CORS erlaubt alle Ursprünge',
    'CORS erlaubt alle Ursprünge (öffentliche API)',
    'CORS: alle Ursprünge erlaubt',
    'CORS erlaubt nicht alle Ursprünge — später',
    'CORS erlaubt nicht alle Ursprünge — noch nicht',
    'CORS-Ursprünge dokumentiert',
    'Sollen wir CORS auf bekannte Ursprünge beschränken?',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
