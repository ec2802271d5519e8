import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workflowAnchor } from '../../src/report/workflow-anchor.js';

// Stop 44 second read (review S6): a workflow reached through a symlinked `.github` folder that leaves the repository is
// anchored by its path, but not read for the step's line.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-anchor-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const WORKFLOW = 'jobs:\n  gate:\n    steps:\n      - uses: acme/preflight@v1\n        with:\n          url: https://example.com\n';

describe('workflowAnchor and a symlinked .github folder', () => {
  it('a workflow inside the repository gives the url: line; one through a folder that leaves it gives no line', () => {
    const inside = path.join(tmp, 'inside');
    fs.mkdirSync(path.join(inside, '.github/workflows'), { recursive: true });
    fs.writeFileSync(path.join(inside, '.github/workflows/ci.yml'), WORKFLOW);
    expect(workflowAnchor(inside, '.github/workflows/ci.yml')).toEqual({ file: '.github/workflows/ci.yml', line: 6 });

    const outside = path.join(tmp, 'elsewhere');
    fs.mkdirSync(path.join(outside, 'workflows'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'workflows/ci.yml'), WORKFLOW);
    const repo = path.join(tmp, 'repo');
    fs.mkdirSync(repo);
    fs.symlinkSync(outside, path.join(repo, '.github'));
    expect(workflowAnchor(repo, '.github/workflows/ci.yml')).toEqual({ file: '.github/workflows/ci.yml', line: null });
  });
});
