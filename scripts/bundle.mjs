// Bundles the compiled entries (lib/) into dist/ with ncc: dist/index.js (the action) and
// dist/cli/index.js (the CLI). TypeScript is compiled by `tsc` first (typescript 5.9), so ncc
// only ever sees JavaScript: ncc cannot drive TypeScript 7's native compiler.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const entries = [
  ['lib/index.js', 'dist'],
  ['lib/cli-main.js', 'dist/cli'],
];
for (const [entry, out] of entries) {
  if (!fs.existsSync(path.join(root, entry))) { console.error(`bundle: ${entry} missing (run tsc first)`); process.exit(1); }
  fs.rmSync(path.join(root, out), { recursive: true, force: true });
}
for (const [entry, out] of entries) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--no-source-map-register', '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], { cwd: root, stdio: 'inherit' });
}
// dist/cli lives inside dist: drop the CLI's duplicate of the action's package marker if any.
const cli = path.join(root, 'dist/cli/index.js');
const text = fs.readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
fs.chmodSync(cli, 0o755);
