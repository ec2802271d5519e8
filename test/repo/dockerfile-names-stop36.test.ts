import { describe, expect, it } from 'vitest';
import { isDockerfile } from '../../src/repo/classify.js';

// Sweep 4 R2 (stop 36): the leftover words excluded dash/underscore Dockerfile names wherever they stood, so the images
// of a backup service or a parser API (`Dockerfile-backup-service`, `Dockerfile-parser-api`) were no longer judged.
describe('dash and underscore Dockerfile names: only a last leftover word marks a copy', () => {
  it('a word naming the service is no leftover mark', () => {
    for (const n of ['Dockerfile-backup-service', 'Dockerfile-parser-api', 'Dockerfile_parser_svc', 'Dockerfile-linter', 'Dockerfile-lint-api', 'Dockerfile-old-api', 'Dockerfile-copy-worker', 'Dockerfile-bak-api']) {
      expect(isDockerfile(`svc/${n}`), n).toBe(true);
    }
  });
  it('a last leftover word still marks a copy', () => {
    for (const n of ['Dockerfile-old', 'Dockerfile_backup', 'Dockerfile-prod-backup', 'Dockerfile-api-orig', 'Dockerfile-lint', 'dockerfile_parser', 'Containerfile_tmp']) {
      expect(isDockerfile(`svc/${n}`), n).toBe(false);
    }
  });
});
