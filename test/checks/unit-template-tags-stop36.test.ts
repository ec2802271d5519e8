import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// Sweep 5 R2 (stop 36): a unit template's tags were found by lazy regexes, each unclosed `{%` searched to the end of its
// line: a line of thousands of them took seconds. Now one pass per line; tags closed on the line are still unknown words.
const failures = async (files: Record<string, string>) =>
  (await runCase(productionServer, { name: 'unit-tags', files })).findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column}`);

describe('systemd unit templates: tags read in one pass', () => {
  it('a closed tag before unclosed ones is an unknown word; the dev server is still found at its column', async () => {
    const unit = '[Service]\nExecStart={{ venv }}/bin/python manage.py runserver 0.0.0.0:8000 {% if a {% if b\n';
    expect(await failures({ 'deploy/app.service.j2': unit })).toEqual(['deploy/app.service.j2:2:1']);
  });

  it('a line of 50,000 unclosed tags is read (as written) and judged', async () => {
    const unit = `[Service]\nExecStart=/srv/app/venv/bin/python manage.py runserver ${'{% if a '.repeat(50_000)}\n`;
    expect(await failures({ 'deploy/app.service.j2': unit })).toEqual(['deploy/app.service.j2:2:1']);
  });

  it('a gunicorn unit template with closed tags passes', async () => {
    const unit = '[Service]\nExecStart={{ venv }}/bin/gunicorn {# comment #} -w {{ workers }} config.wsgi:application\n';
    expect(await failures({ 'deploy/app.service.j2': unit })).toEqual([]);
  });
});
