import { describe, expect, it } from 'vitest';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 ignore D3: with an allow-list .gitignore (`/*` then `!/src/`), the finding told to remove `!/src/` — which would stop
// tracking the whole source tree. A negation re-including a folder is kept; the `.env` rules go after it. A negation that names
// the env file (`!.env`, `!.env.production`, `!.env.*`) is still the line to remove.

async function message(files: Record<string, string>): Promise<string> {
  const out = await runCase(envFileNotIgnored, { name: 'x', files });
  const f = out.findings.filter((x) => !x.note);
  expect(f, JSON.stringify(out.findings)).toHaveLength(1);
  return f[0]!.message;
}

describe('an allow-list .gitignore that re-includes a folder', () => {
  it('`/*` then `!/src/`: keep the negation, add the .env rules after it', async () => {
    const m = await message({ '.gitignore': '/*\n!/src/\n!/.gitignore\n!/.env.example\n', 'src/main.py': 'x\n', 'src/.env.example': 'A=\n', '.env.example': 'A=\n' });
    expect(m).toContain("the negation '!/src/' (.gitignore:2) re-includes it with the rest of what it names: keep it, and add '.env' and '.env.*' (with '!.env.example') after that line");
    expect(m).not.toContain('remove that line');
  });

  it('the monorepo allow-list `/*` then `!/apps/`', async () => {
    const m = await message({ '.gitignore': '/*\n!/apps/\n!/.gitignore\n', 'apps/web/.env.example': 'A=\n', 'apps/web/index.ts': 'x\n' });
    expect(m).toContain("the negation '!/apps/' (.gitignore:2) re-includes it with the rest of what it names: keep it, and add");
    expect(m).not.toContain('remove that line');
  });

  it('a `!/src/**` that re-includes everything below a folder is kept too', async () => {
    const m = await message({ '.gitignore': 'src/**/.env\n!/src/**\n', 'src/app/.env.example': 'A=\n' });
    expect(m).toContain("the negation '!/src/**' (.gitignore:2)");
    expect(m).toContain('keep it, and add');
    expect(m).not.toContain('remove that line');
  });

  it('following the advice (a `.env` rule after the negation) passes', async () => {
    const out = await runCase(envFileNotIgnored, { name: 'x', files: { '.gitignore': '/*\n!/src/\n!/.gitignore\n!/.env.example\n.env\n.env.*\n!.env.example\n', 'src/main.py': 'x\n', 'src/.env.example': 'A=\n', '.env.example': 'A=\n' } });
    expect(out.findings.filter((x) => !x.note)).toEqual([]);
  });
});

describe('a negation that names the env file is still the line to remove', () => {
  it.each([
    ['.env\n!.env\n', '.env.example', "'!.env' (.gitignore:2) re-includes it: remove that line"],
    ['.env*\n!.env.production\n', '.env.production.example', "'!.env.production' (.gitignore:2) re-includes it: remove that line"],
    ['.env*\n!.env.*\n', '.env.production.example', "'!.env.*' (.gitignore:2) re-includes it: remove that line"],
    ['**/.env\n!apps/**/.env\n', 'apps/web/.env.example', "'!apps/**/.env' (.gitignore:2) re-includes it: remove that line"],
  ])('%j', async (gi, template, expected) => {
    expect(await message({ '.gitignore': gi, [template]: 'A=\n' })).toContain(expected);
  });
});
