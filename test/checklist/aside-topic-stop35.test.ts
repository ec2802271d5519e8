import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = ['Hardening']) => matchItem(text, { headings }).checks;

describe('QA35 sweep3a R1: an aside that switches off the topic itself keeps a bare topic manual', () => {
  it.each([
    'HSTS (HSTS header removed)',
    'HSTS (Strict-Transport-Security header removed)',
    'HSTS (the HSTS header was removed)',
    'HSTS (HSTS disabled on the admin host)',
    'Healthcheck (Dockerfile HEALTHCHECK removed)',
    'Healthcheck (HEALTHCHECK instruction removed)',
    'Non-root containers (USER directive removed)',
    'Non-root (runAsNonRoot disabled)',
    'Liveness probes (probes dropped)',
    'Readiness probes (readiness probes disabled)',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each([
    ['Non-root containers (curl removed)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Non-root containers (all capabilities dropped)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Healthcheck in Dockerfile (curl removed, uses wget)', ['dockerfile-healthcheck']],
    ['Security headers (X-Powered-By removed)', ['security-headers', 'server-version-leak']],
    ['Liveness probes (exec probe removed, httpGet used)', ['k8s-probes']],
  ])('%s still binds: the aside switches off another thing', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
});
