import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 44 (markdown19 D2): plain English promises stayed manual ("No secrets in Docker ENV or build args", "… receive a 301
// redirect to the same URL over HTTPS", "The TLS policy only permits TLS 1.2 and TLS 1.3", "… in the Dockerfile and in the
// Kubernetes pod spec", "… an explicit version tag or an immutable digest").

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const TLS = ['tls-protocols-config', 'tls-version'];
const NON_ROOT = ['dockerfile-non-root', 'k8s-run-as-non-root'];

describe('markdown19 D2: plain English promises bind their checks', () => {
  it.each<[string, string[]]>([
    ['No secrets in Docker ENV or build args', ['dockerfile-secrets-in-env']],
    ['No credentials, tokens or API keys are passed as build arguments or baked into environment variables in the image', ['dockerfile-secrets-in-env']],
    ['No credentials are baked into environment variables in the image', ['dockerfile-secrets-in-env']],
    ['Requests over plain HTTP receive a 301 redirect to the same URL over HTTPS.', ['https-redirect']],
    ['HTTP is redirected to the HTTPS version', ['https-redirect']],
    ["The load balancer's TLS policy only permits TLS 1.2 and TLS 1.3.", TLS],
    ['Runs as non-root in the Dockerfile and in the Kubernetes pod spec', NON_ROOT],
    ['(*) The application process inside the container runs as a dedicated unprivileged user rather than root, both in the Dockerfile and in the Kubernetes pod spec.', NON_ROOT],
    ['The production image is built from a base image that is referenced by an explicit version tag or an immutable digest, so that a rebuild next month produces the same artefact.', ['image-tag-pinned']],
  ])('binds: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
  it.each<[string, string[]]>([
    // Lookalikes: a digest only is stronger than the check, the Dockerfile's USER alone is not the pods', build args of CI are not the Dockerfile's.
    ['Base images referenced by an immutable digest', []],
    ['Dockerfile USER set so Kubernetes pods run as non-root', ['dockerfile-non-root']],
    ['No secrets passed as build args in the GitHub Actions workflow', []],
    ['HTTPS redirect for the old marketing domain to the same URL over HTTPS', []],
    ['Payment gateway only permits TLS 1.2', []],
    ['API spec agreed with the mobile team', []],
  ])('does not over-bind: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
});
