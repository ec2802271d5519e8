import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checklistsNotDiscovered } from '../src/run.js';

// QA43 sweep2 R1: a look-alike `preflight.yaml` written in JSON or flow style, or with quoted keys, is a checklist the loader
// reads (`--checklist`), so discovery's notice must name it as it names the block-style one.
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });
const dirWith = (text: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-lookalike43-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'preflight.yaml'), text);
  return dir;
};

describe('a look-alike YAML checklist in any YAML style gets the notice', () => {
  it.each([
    ['JSON', '{"version": 1, "items": [{"id": "a", "check": "image-tag-pinned"}]}\n'],
    ['flow mapping', '{version: 1, items: [{id: a, check: image-tag-pinned}]}\n'],
    ['quoted keys', "'version': 1\n'items':\n  - id: a\n    check: image-tag-pinned\n"],
    ['complex key', 'version: 1\n? items\n: - id: a\n    check: image-tag-pinned\n'],
    ['extends only', '"extends": [recommended]\n'],
  ])('%s', (_, text) => {
    expect(checklistsNotDiscovered(dirWith(text))).toEqual(['preflight.yaml']);
  });
  it('another tool\'s preflight.yaml (Replicated\'s kind: Preflight spec) gets none', () => {
    expect(checklistsNotDiscovered(dirWith('apiVersion: troubleshoot.sh/v1beta2\nkind: Preflight\nmetadata:\n  name: app\nspec:\n  analyzers:\n    - clusterVersion:\n        outcomes:\n          - pass:\n              message: ok\n'))).toEqual([]);
  });
});
