import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { composeBuild, composeMergedBuild } from '../../src/repo/compose.js';
import { runCase } from '../helpers/check-tester.js';
import type { CheckDef } from '../../src/checks/define.js';

// Stop 50 D6: a compose service that builds from `build.dockerfile_inline` (Compose 2.17+) is said, not passed unremarked: the
// Dockerfile checks give an info note at that key (or name it in their skip reason when they have nothing else to judge).

const CHECKS: CheckDef[] = [dockerfileNonRoot, dockerfileHealthcheck, dockerfileSecretsInEnv, imageTagPinned];
const INLINE = '  inline:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM ruby:latest\n        CMD ["rails", "server"]\n    restart: always\n';
const WEB = '  web:\n    build:\n      context: .\n      dockerfile: docker/web.df\n    restart: always\n';
const GOOD_DF = 'FROM python:3.12-slim@sha256:' + 'a'.repeat(64) + '\nUSER 10001\nHEALTHCHECK CMD true\nCMD ["gunicorn", "app:app"]\n';
const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  return { skipped: out.skipped, findings: out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`) };
};

describe('build.dockerfile_inline', () => {
  it('beside a judged Dockerfile: each Dockerfile check notes the inline Dockerfile at its key', async () => {
    const files = { 'compose.yaml': `services:\n${WEB}${INLINE}`, 'docker/web.df': GOOD_DF };
    for (const check of CHECKS) {
      const out = await run(check, files);
      expect(out.findings, check.id).toEqual([expect.stringMatching(/^compose\.yaml:10 note compose service 'inline' \(compose\.yaml\) builds from build\.dockerfile_inline, a Dockerfile written in the compose file, which is not read here: .* is unverifiable; move it into a Dockerfile and name that with build\.dockerfile$/)]);
    }
  });

  it('alone: the checks skip, and their reason names it', async () => {
    for (const check of CHECKS) {
      const out = await run(check, { 'compose.yaml': `services:\n${INLINE}` });
      expect(out.findings, check.id).toEqual([]);
      expect(out.skipped, check.id).toMatch(/; compose service 'inline' \(compose\.yaml\) builds from build\.dockerfile_inline, a Dockerfile written in the compose file, which is not read: move it into a Dockerfile and name that with build\.dockerfile$/);
    }
  });

  it('a Dockerfile in the build context is not what the inline service builds', async () => {
    // `runtime` runs as root; the final stage is non-root. The inline service names target runtime, but of its own inline text.
    const files = { 'compose.yaml': `services:\n${INLINE.replace('      dockerfile_inline', '      target: runtime\n      dockerfile_inline')}`, Dockerfile: 'FROM node:20 AS runtime\nCMD ["node","s.js"]\n\nFROM runtime AS final\nUSER 10001\n' };
    const out = await run(dockerfileNonRoot, files);
    expect(out.findings).toEqual([expect.stringMatching(/^compose\.yaml:\d+ note compose service 'inline'/)]);
    const b = composeBuild('compose.yaml', { value: { build: { context: '.', dockerfile_inline: 'FROM x\n' } } });
    expect(b).toMatchObject({ inline: true, dockerfile: 'compose.yaml/build.dockerfile_inline' });
  });

  it('an overlay that names a Dockerfile replaces the inline one, and the other way round', () => {
    const base = { file: 'compose.yaml', value: { build: { context: '.', dockerfile_inline: 'FROM x\n' } } };
    const over = { file: 'compose.prod.yaml', value: { build: { dockerfile: 'Dockerfile.prod' } } };
    expect(composeMergedBuild([base, over])).toEqual({ context: '', dockerfile: 'Dockerfile.prod', target: null });
    expect(composeMergedBuild([over, base])).toMatchObject({ dockerfile: 'compose.yaml/build.dockerfile_inline', inline: true });
  });

  it('the lookalikes: a development compose file or profile, and a plain build.dockerfile, give no note', async () => {
    const dev = { 'docker-compose.dev.yml': `services:\n${INLINE}`, 'docker/web.df': GOOD_DF, 'compose.yaml': `services:\n${WEB}` };
    expect((await run(dockerfileNonRoot, dev)).findings).toEqual([]);
    const profile = { 'compose.yaml': `services:\n${WEB}${INLINE.replace('    restart: always\n', '    restart: always\n    profiles: [dev]\n')}`, 'docker/web.df': GOOD_DF };
    expect((await run(dockerfileNonRoot, profile)).findings).toEqual([]);
    expect((await run(imageTagPinned, { 'compose.yaml': `services:\n${WEB}`, 'docker/web.df': GOOD_DF })).findings).toEqual([]);
  });
});
