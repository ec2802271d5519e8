/**
 * QA stop 40 (robust3 D4): a tracked file whose name holds a newline (`Dockerfile.nl\nx`) was listed (`git ls-files -z`)
 * and read for secrets, but the name rules (`Dockerfile.<name>`, `Procfile.<name>`) did not let `.` match the newline,
 * so such a Dockerfile was silently never judged. It is now judged like any other `Dockerfile.*`.
 */
import { describe, expect, it } from 'vitest';
import { isDockerfile, isProcfile } from '../../src/repo/classify.js';
import { listFiles } from '../../src/repo/files.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

describe('a tracked file whose name holds a newline (stop 40)', () => {
  it('is a Dockerfile (or Procfile) by its name, as the same name without the newline is', () => {
    expect(isDockerfile('Dockerfile.nl\nx')).toBe(true);
    expect(isDockerfile('svc/Containerfile.a\n::error::injected')).toBe(true);
    expect(isProcfile('Procfile.web\nx')).toBe(true);
    // Leftover copies and docs stay out, newline or not.
    expect(isDockerfile('Dockerfile.a\nb.md')).toBe(false);
    expect(isDockerfile('Dockerfile.a\nb.old')).toBe(false);
  });

  it('is listed and judged by the checks, located under its name', async () => {
    const name = 'Dockerfile.nl\n::error::injected';
    const dir = makeRepo({ [name]: 'FROM python:latest\n', 'Dockerfile.plain': 'FROM python:latest\n', 'c.yml': 'version: 1\nitems:\n  - { id: pinned, check: image-tag-pinned }\n' });
    expect((await listFiles(dir)).files).toContain(name);
    const { report } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {} });
    expect(report.findings.filter((f) => f.check === 'image-tag-pinned').map((f) => `${f.file}:${f.line}`).sort()).toEqual(['Dockerfile.nl\n::error::injected:1', 'Dockerfile.plain:1']);
  });
});
