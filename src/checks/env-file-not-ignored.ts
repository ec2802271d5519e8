import { z } from 'zod';
import { defineCheck } from './define.js';
import { basename, dirname, isEnvFile, isTemplate } from '../repo/classify.js';

const TEMPLATE_SUFFIX = /\.(example|sample|template|tpl|dist)$/i;

/** `.gitignore` rules must ignore `.env` where env files live. */
export const envFileNotIgnored = defineCheck({
  id: 'env-file-not-ignored',
  title: '.env files are git-ignored',
  severity: 'medium',
  description: '.gitignore rules do not ignore .env at the repository root or next to an env file or template.',
  match: [
    {
      // ".env is listed in .gitignore", ".gitignore includes .env", "Ensure .env is gitignored".
      pattern: /\.env\b[^;]*\.?git-?ignored?\b|\.?gitignore\b[^;]*\.env\b/,
      note: 'a promise that .gitignore covers .env: the check tests the ignore rules',
    },
  ],
  docs: {
    why: 'Without an ignore rule, the next `git add .` commits the real secrets that sit beside the template.',
    fix: 'Add `.env` and `.env.*` (with `!.env.example`) to .gitignore.',
    details: [
      'Paths evaluated with the repository\'s .gitignore files as git does (nested ones included, negations such as `!.env` honoured, except below a folder a shallower rule excludes: git never reads a .gitignore there):',
      '`.env` at the root of the scanned folder (the repository root, or the sub-folder `--dir` names; the `.gitignore` files above a sub-folder apply too); `.env` in every folder that holds an env file or an env template;',
      'and the real name behind each template (`.env.production.example` → `.env.production`).',
      'A path that is tracked is judged by `env-file-committed`, but its missing ignore rule is still reported here.',
      'Location: one finding per .gitignore that should carry the rule — the nearest .gitignore at or above the folder',
      '(line 1), listing the paths it fails to ignore. Without any .gitignore, the finding points at the env template',
      '(or the env file) of that folder; with neither, the finding names no file (nothing in the repository lacks the rule).',
      'Patterns like `*.env` do ignore `.env` (git\'s `*` matches the empty string and leading dots are not special);',
      'naive grep-based checks for a literal `.env` line get both that and `!.env` re-includes wrong.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    // `.env` of the scanned folder: the repository root, or the sub-folder scanned.
    const candidates = new Set<string>([snapshot.base ? `${snapshot.base}/.env` : '.env']);
    for (const f of snapshot.files) {
      if (!isEnvFile(f) && !isEnvFile(f.replace(TEMPLATE_SUFFIX, ''))) continue;
      const dir = dirname(f);
      candidates.add(dir ? `${dir}/.env` : '.env');
      if (isTemplate(f) && TEMPLATE_SUFFIX.test(f)) {
        const real = f.replace(TEMPLATE_SUFFIX, '');
        if (isEnvFile(real) && !isTemplate(real)) candidates.add(real);
      }
    }
    const gitignores = snapshot.gitignoreFiles();
    // A negation that re-includes a real env file by name (`.env*` then `!.env.production`) names a
    // path the repository means to keep out, or means to commit: either way it is judged.
    for (const g of gitignores) {
      const dir = dirname(g);
      for (const raw of (snapshot.text(g) ?? '').split(/\r?\n/)) {
        const m = /^!\/?([^*?[\]\s\\]+)\s*$/.exec(raw);
        if (!m || m[1]!.endsWith('/')) continue;
        if (!isEnvFile(m[1]!) || isTemplate(m[1]!)) continue;
        candidates.add(dir ? `${dir}/${m[1]}` : m[1]!);
      }
    }
    const byTarget = new Map<string, string[]>();
    for (const p of [...candidates].sort()) {
      if (snapshot.gitignored(p)) continue;
      const dir = dirname(p);
      const nearest = gitignores.filter((g) => dirname(g) === '' || dir === dirname(g) || dir.startsWith(`${dirname(g)}/`)).sort((a, b) => b.length - a.length)[0];
      // With no .gitignore and no env file there, nothing in the repository lacks the rule: the
      // finding names no file (an unrelated first file would draw an annotation on it).
      const target = nearest ?? snapshot.files.find((f) => dirname(f) === dir && isTemplate(f) && isEnvFile(f.replace(TEMPLATE_SUFFIX, '')))
        ?? snapshot.files.find((f) => dirname(f) === dir && isEnvFile(f)) ?? '';
      byTarget.set(target, [...(byTarget.get(target) ?? []), p]);
    }
    if (!snapshot.files.length) { skip('no files'); return; }
    for (const [file, paths] of byTarget) {
      const list = paths.map((p) => `'${p}'`).join(', ');
      const where = basename(file) === '.gitignore' ? `${file} does not ignore ${list}` : `no .gitignore ignores ${list}`;
      if (!file) { report({ message: `${where}; add '.env' and '.env.*' (with '!.env.example') to .gitignore so real env files are never committed` }); continue; }
      report({ file, line: 1, message: `${where}; add '.env' and '.env.*' (with '!.env.example') to .gitignore so real env files are never committed` });
    }
  },
});
