import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARNINGS_PRINTED } from '../../src/engine/pipeline.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// Stop 45 (review S4 of stop 44): a checklist's warnings were printed one by one however many there were — a generated
// or pasted document with thousands of look-alike boxes printed thousands of warnings (annotations in the action).

async function warnings(dir: string): Promise<string[]> {
  const warned: string[] = [];
  const logger = { debug() {}, info() {}, notice() {}, warn(m: string) { warned.push(m); } };
  await run({ dir, cwd: dir, checklist: path.join(dir, 'CHECKLIST.md'), probes: false, env: {}, logger, now: new Date('2026-12-01T00:00:00Z') });
  return warned;
}

describe('checklist warnings are printed up to a bound', () => {
  it('prints the first ones and counts the rest in one warning', async () => {
    const n = WARNINGS_PRINTED + 150;
    const lines = Array.from({ length: n }, (_, i) => `- [-] Look-alike item ${i + 1}`);
    const dir = makeRepo({ 'CHECKLIST.md': `# Launch\n\n- [ ] Backups restored\n${lines.join('\n')}\n`, 'app.py': 'print(1)\n' });
    const warned = await warnings(dir);
    const lookalikes = warned.filter((w) => w.includes('is no checkbox'));
    expect(lookalikes).toHaveLength(WARNINGS_PRINTED);
    expect(lookalikes[0]).toContain('CHECKLIST.md:4:');
    expect(warned.some((w) => w.includes(`150 more checklist warnings not printed (${n} in all)`))).toBe(true);
  });
  it('prints every warning of a checklist with few', async () => {
    const dir = makeRepo({ 'CHECKLIST.md': '# Launch\n\n- [ ] Backups restored\n- [-] Half done\n- [~] In progress\n', 'app.py': 'print(1)\n' });
    const warned = await warnings(dir);
    expect(warned.filter((w) => w.includes('is no checkbox'))).toHaveLength(2);
    expect(warned.some((w) => w.includes('not printed'))).toBe(false);
  });
});
