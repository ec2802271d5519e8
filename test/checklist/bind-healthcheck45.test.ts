import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 45 (markdown20 D7): "Docker HEALTHCHECK configured" and "HEALTHCHECK configured" stayed manual without a container
// heading (they bound under `## Containers`). HEALTHCHECK in capitals is the Dockerfile instruction; "Docker" names the container.

const checksOf = (text: string, headings: string[] = ['Go-live']) => matchItem(text, { headings }).checks;

describe('stop 45: the Docker HEALTHCHECK named binds dockerfile-healthcheck without a container heading', () => {
  it.each([
    'Docker HEALTHCHECK configured',
    'HEALTHCHECK configured',
    '`HEALTHCHECK` defined',
    'Docker healthcheck in place',
    'HEALTHCHECK present in every image',
  ])('%s', (text) => {
    expect(checksOf(text)).toEqual(['dockerfile-healthcheck']);
  });

  it.each([
    'Healthcheck configured',
    'HEALTHCHECK CONFIGURED',
    'Load balancer HEALTHCHECK configured',
    'Uptime HEALTHCHECK configured in Pingdom',
    'HEALTHCHECK hits /health',
    'Docker health checks pass in CI',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('stop 45: HEALTHCHECK refused stays an opt-out', () => {
  it.each(['Container ohne HEALTHCHECK (Sidecar)', 'No HEALTHCHECK for the worker', 'Sidecar without HEALTHCHECK'])('%s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
