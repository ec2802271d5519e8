import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('QA34: an endpoint that answers while a database is down promises nothing about its ports', () => {
  it.each([
    '`/health` returns 200 even when Redis is not reachable',
    'The API answers when Postgres is unavailable (read-only mode)',
    'Health check responds even if MongoDB is not reachable',
  ])('%s does not bind database-port-exposed', (t) => {
    expect(checksOf(t)).not.toContain('database-port-exposed');
  });
  it.each([
    'Redis is not reachable from the internet',
    'Postgres port 5432 is not exposed publicly',
    'MySQL is only reachable from the app network',
  ])('%s still binds', (t) => {
    expect(checksOf(t)).toContain('database-port-exposed');
  });
});
