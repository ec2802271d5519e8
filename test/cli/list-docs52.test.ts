import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { CHECKS_DOC_URL, REPOSITORY_URL } from '../../src/version.js';

/**
 * QA 52 cliux D8: `preflight list` and its JSON pointed at `docs/checks.md`, a path inside the npm package that does not
 * exist where the user runs the CLI. They now give the repository's docs URL, the one `--help` ends with, which is
 * package.json's `repository`.
 */
async function cli(args: string[]) {
  let stdout = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: () => {}, isTTY: false, env: {}, cwd: '/' });
  return { code, stdout };
}

describe('list points at a URL (QA 52 cliux D8)', () => {
  it('text, JSON and --help give the same absolute URL', async () => {
    expect(CHECKS_DOC_URL).toBe('https://github.com/preflight-gate/preflight/blob/main/docs/checks.md');
    const text = await cli(['list']);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe(`Details: ${CHECKS_DOC_URL} (or 'preflight list --format json').`);
    const json = JSON.parse((await cli(['list', '--format', 'json'])).stdout) as { id: string; docs: string }[];
    for (const d of json) expect(d.docs).toBe(`${CHECKS_DOC_URL}#${d.id}`);
    expect((await cli(['--help'])).stdout).toContain(`Docs: ${CHECKS_DOC_URL}\n`);
  });

  it('the URL is the package\'s repository', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { repository: { url: string } };
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
  });
});
