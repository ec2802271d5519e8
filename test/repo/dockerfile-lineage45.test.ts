import { describe, expect, it } from 'vitest';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { lineage, parseDockerfile } from '../../src/repo/dockerfile.js';
import { runCase } from '../helpers/check-tester.js';

const chain = (stages: number, root = 'FROM python:3.12 AS s0\nUSER 10001\nHEALTHCHECK CMD true\n') => root + Array.from({ length: stages - 1 }, (_, i) => `FROM s${i} AS s${i + 1}\n`).join('');

describe('a long chain of stages is followed to its base image (robust1 D5)', () => {
  it('lineage follows 70 and 2,000 stages to the root stage', () => {
    for (const n of [70, 2000]) {
      const df = parseDockerfile('Dockerfile', chain(n));
      const l = lineage(df.final!);
      expect(l).toHaveLength(n);
      expect(l.at(-1)!.from.image).toBe('python:3.12');
    }
  });

  it('USER and HEALTHCHECK set in the root stage of a 70-stage chain count for the final stage', async () => {
    for (const check of [dockerfileNonRoot, dockerfileHealthcheck]) {
      const out = await runCase(check, { files: { Dockerfile: chain(70) } });
      expect(out.findings.filter((f) => !f.note), check.id).toEqual([]);
    }
  });

  it('the same chain without them still fails, naming the real base image', async () => {
    const out = await runCase(dockerfileNonRoot, { files: { Dockerfile: chain(70, 'FROM python:3.12 AS s0\n') } });
    expect(out.findings.filter((f) => !f.note).map((f) => f.message)).toEqual([expect.stringMatching(/base image python:3\.12/)]);
    const hc = await runCase(dockerfileHealthcheck, { files: { Dockerfile: chain(70, 'FROM python:3.12 AS s0\n') } });
    expect(hc.findings.filter((f) => !f.note)).toHaveLength(1);
  });
});
