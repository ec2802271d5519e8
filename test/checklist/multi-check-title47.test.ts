import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/checklist/import.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA47 yaml22 D3: an item with several checks and no `title` was titled after its first check only ("Container images use
 * pinned tags" for [image-tag-pinned, dockerfile-non-root]), though it gates on both. It gets the checks' titles joined
 * by `; `; a written title, a one-check item's default title, and sign-off of manual items are unchanged.
 */
const logger = { debug: () => {}, info: () => {}, warn: () => {}, notice: () => {} };
const files = {
  'Dockerfile': 'FROM python:latest\nCMD ["python", "app.py"]\n',
  '.github/preflight.yml': [
    'version: 1',
    'items:',
    '  - { id: images, check: [image-tag-pinned, dockerfile-non-root] }',
    '  - { id: pinned, check: image-tag-pinned }',
    '  - { id: named, title: Container hygiene, check: [image-tag-pinned, dockerfile-non-root] }',
    '  - { id: rollback, title: Rollback plan written }',
    '',
  ].join('\n'),
};

describe('the default title of an item with several checks (QA47 D3)', () => {
  it('joins the checks\' titles in the item\'s order; a written title and a one-check item keep theirs', async () => {
    const dir = makeRepo(files);
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger, checklist: '.github/preflight.yml' });
    const titles = Object.fromEntries(report.items.map((i) => [i.id, i.title]));
    expect(titles).toEqual({
      images: 'Container images use pinned tags; Containers do not run as root',
      pinned: 'Container images use pinned tags',
      named: 'Container hygiene',
      rollback: 'Rollback plan written',
    });
  });

  it('a manual item is still signed off by its title; a tick of the joined title changes no check\'s verdict', async () => {
    const dir = makeRepo(files);
    const body = '- [x] Rollback plan written\n- [x] Container images use pinned tags; Containers do not run as root\n';
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger, checklist: '.github/preflight.yml', attestation: { body, by: 'alice' } });
    const status = Object.fromEntries(report.items.map((i) => [i.id, i.status]));
    expect(status).toEqual({ images: 'fail', pinned: 'fail', named: 'fail', rollback: 'attested' });
  });

  it('the Markdown import writes each item\'s own title, so a several-check item keeps the title it had', () => {
    const { yaml } = importMarkdown('C.md', '- [ ] HTTPS enforced and HSTS on <!-- preflight: https-redirect, hsts -->\n');
    expect(yaml).toContain('title: HTTPS enforced and HSTS on');
    expect(yaml).toMatch(/check:\n\s+- https-redirect\n\s+- hsts/);
  });
});
