// Bundles the compiled entry (lib/) into dist/ with ncc: dist/index.js (the action, the CLI's
// code and the worker threads) and the bin dist/cli/index.js that imports it. TypeScript is
// compiled by `tsc` first (typescript 5.9), so ncc only ever sees JavaScript: ncc cannot drive
// TypeScript 7's native compiler.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
// One bundle: dist/index.js is the action when the runner starts it, exports `cli` for the
// `preflight` bin, and serves worker threads. The bin (dist/cli/index.js) is src/cli-bin.ts with
// its import pointed at the bundle: two bundles would carry every module twice.
const entry = 'lib/index.js';
const bin = 'lib/cli-bin.js';
for (const f of [entry, bin]) if (!fs.existsSync(path.join(root, f))) { console.error(`bundle: ${f} missing (run tsc first)`); process.exit(1); }
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [ncc, 'build', entry, '-o', 'dist', '--no-source-map-register', '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], { cwd: root, stdio: 'inherit' });
const text = fs.readFileSync(path.join(root, bin), 'utf8').replace("from './index.js'", "from '../index.js'");
if (!text.includes("from '../index.js'")) { console.error('bundle: lib/cli-bin.js does not import ./index.js'); process.exit(1); }
const cli = path.join(root, 'dist/cli/index.js');
fs.mkdirSync(path.dirname(cli), { recursive: true });
fs.writeFileSync(cli, text.startsWith('#!') ? text : `#!/usr/bin/env node\n${text}`);
fs.chmodSync(cli, 0o755);
// Every chunk ASCII only (scripts/ascii-only.mjs): each thread that loads a chunk keeps its source, two bytes per
// character when one character is above U+00FF — ~13 MB of a 40,000-file scan's peak memory.
for (const dir of ['dist', 'dist/cli']) {
  for (const name of fs.readdirSync(path.join(root, dir))) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(root, dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const ascii = asciiOnly(text, path.join(dir, name));
    if (ascii !== text) fs.writeFileSync(file, ascii);
  }
}
