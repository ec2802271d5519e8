import { describe, expect, it } from 'vitest';
import { joinPath } from '../../src/repo/classify.js';

describe('joinPath', () => {
  it('resolves inside the repository and says null when a path climbs out', () => {
    expect(joinPath('deploy', '../app/./Dockerfile')).toBe('app/Dockerfile');
    expect(joinPath('deploy', '..')).toBe('');
    expect(joinPath('', '.')).toBe('');
    expect(joinPath('deploy', '../../elsewhere')).toBeNull();
    expect(joinPath('', '../x')).toBeNull();
  });
});
