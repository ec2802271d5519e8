import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 45 (markdown20 D5, iac14 D4): "Memory limits on every service" stayed manual without a container heading while
// "Every service has a memory limit" bound; "Resource requests and limits set" under a Kubernetes heading stayed manual
// while "Resource limits set" bound.

const checksOf = (text: string, headings: string[] = ['Go-live']) => matchItem(text, { headings }).checks;

describe('stop 45: memory limits promised on every service bind resource-limits, whatever the word order', () => {
  it.each([
    'Memory limits on every service',
    'Memory limits for all services',
    'Set memory limits on every service',
    'Memory limits set on each service',
    'Limites mémoire sur tous les services',
    'Límites de memoria en todos los servicios',
  ])('%s', (text) => {
    expect(checksOf(text)).toEqual(['resource-limits']);
    expect(checksOf(text, ['Deployment'])).toEqual(['resource-limits']);
  });

  it.each([
    'Memory limits on the Redis service',
    'No memory limits on the batch services',
    'Memory limits for all service accounts',
    'Memory limits on every systemd service',
    'Memory usage alerts for all services',
    'Memory limits on every service documented',
  ])('lookalike stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('stop 45: Kubernetes "requests and limits" phrasings under a Kubernetes heading bind resource-limits', () => {
  it.each([
    'Resource requests and limits set',
    'CPU and memory requests/limits defined',
    'Memory requests & limits configured',
    'Resource request/limits on everything',
  ])('%s', (text) => {
    expect(checksOf(text, ['Kubernetes'])).toEqual(['resource-limits']);
  });

  it.each([
    ['Resource requests set', ['Kubernetes']],
    ['CPU requests/limits defined', ['Kubernetes']],
    ['Resource requests and limits set', ['Go-live']],
    ['Resource requests and limits set', ['Deployment']],
  ])('stays manual: %s under %j', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
});
