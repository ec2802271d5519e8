// Generates docs/checks.md and schemas/*.json from the compiled catalogue (lib/). Run after tsc;
// test/meta.test.ts fails when the committed files differ from what this would write.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(path.join(root, 'lib', p)).href);
const { CHECKS } = await load('checks/index.js');
const { PROBES } = await load('probes/index.js');
const { renderCatalogueDocs, renderSchemas } = await load('docs.js');

const write = (rel, text) => {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  if (!fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== text) fs.writeFileSync(abs, text);
};
write('docs/checks.md', renderCatalogueDocs([...CHECKS, ...PROBES]));
for (const [rel, text] of Object.entries(renderSchemas())) write(rel, text);
