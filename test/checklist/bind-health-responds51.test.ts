import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA51 docs D1: README's own example "`/health` or `/api/health` responds" (→ health-endpoint `require: any`) stayed a manual
// info item: the health-path rule wanted a status ("returns 200"). A stated health path that responds, answers, replies or is
// up is the same promise; a speed, an error status or another answer ("responds with the build SHA") is not.

const item = (line: string, heading?: string) => {
  const i = parseMarkdownChecklist('c.md', `${heading ? `## ${heading}\n` : ''}- [ ] ${line}\n`).items[0]!;
  return { checks: i.checks, options: i.options ?? null };
};

describe('D1: a stated health path that responds binds health-endpoint', () => {
  it('README\'s example binds with its paths as alternatives', () => {
    expect(item('`/health` or `/api/health` responds')).toEqual({ checks: ['health-endpoint'], options: { paths: ['/health', '/api/health'], require: 'any' } });
    expect(item('Either /healthz or /health responds')).toEqual({ checks: ['health-endpoint'], options: { paths: ['/healthz', '/health'], require: 'any' } });
    expect(item('`/health` / `/healthz` answers')).toEqual({ checks: ['health-endpoint'], options: { paths: ['/health', '/healthz'], require: 'any' } });
  });

  it.each([
    ['`/healthz` responds', '/healthz'],
    ['`/healthz` answers', '/healthz'],
    ['`/readyz` replies', '/readyz'],
    ['`/healthz` is up', '/healthz'],
    ['`/up` is up', '/up'],
    ['`/healthz` responds after deploy', '/healthz'],
    ['`/healthz` responds (no auth)', '/healthz'],
    ['`/healthz` responds to unauthenticated requests', '/healthz'],
    ['`/healthz` responds without hitting the DB', '/healthz'],
    ['`/healthz` responds?', '/healthz'],
    ['Does `/healthz` respond?', '/healthz'],
  ])('%s', (line, path) => {
    expect(item(line)).toEqual({ checks: ['health-endpoint'], options: { paths: [path] } });
  });

  it.each([
    // A speed is response-time's promise, not only that it answers.
    '`/health/deep` responds in under 500ms',
    '`/healthz` responds quickly',
    // An error status or another answer, not 2xx.
    '`/healthz` responds with 404',
    '`/healthz` responds with 503 when the DB is down',
    '`/healthz` responds with the build SHA',
    // Said not to answer, moved, or of something else.
    '`/healthz` no longer responds',
    "`/healthz` doesn't respond",
    '`/ping` responds — moved to `/up`',
    '`/healthz` responds and checks the database',
    '`/healthz` responds only from the VPC',
    '`/healthz` responds behind basic auth',
    'The load balancer health check hits `/healthz` and it responds',
    '`/healthz` is up and `/metrics` responds',
    '`/healthz` is up to date',
    // Not a health path.
    '`/api/orders` responds',
    '`/scale/up` responds',
    // Deferred, another environment, a watch, a question that asks whether to do it.
    '`/healthz` responds — later',
    '`/healthz` responds on staging only',
    '`/healthz` responds (waived)',
    'Monitor that `/healthz` responds',
    'Should `/healthz` respond?',
  ])('%s stays manual (or binds no health-endpoint)', (line) => {
    expect(item(line).checks).not.toContain('health-endpoint');
  });

  it('under a deferring heading it stays manual', () => {
    expect(item('`/healthz` responds', 'Later').checks).toEqual([]);
  });
});
