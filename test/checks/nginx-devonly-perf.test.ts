import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';

// QA stop 38 (review B S1): nginxDevOnly read every deploy-type file again for each development nginx configuration, and
// each mention of a common folder name (`dev`, `services`) in it; a Makefile's target was found by re-splitting the text
// before each mention. 200 such configurations beside 3,000 package.json files took 108 s. The namers are now indexed
// once per repository; the outcome is the same.

/** A vhost with any-origin CORS (line 3). */
const VHOST = 'server {\n  listen 80;\n  location / { add_header Access-Control-Allow-Origin *; proxy_pass http://app; }\n}\n';
const CONFIGS = 200;
const PACKAGES = 3000;
/** Each configuration's own name: a mention of one (`dev/nginx-svc7.conf`, by its folder and name) names no other. */
const conf = (n: number) => `services/svc${n}/dev/nginx-svc${n}.conf`;

/** Every package.json mentions the configurations' folder names and file name many times, as words (not as paths). */
const pkg = (k: number, scripts: Record<string, string> = {}, pretty = false) => JSON.stringify({
  name: `m${k}`,
  scripts: { dev: 'vite dev', ...scripts },
  devDependencies: { vite: '1' },
  description: Array.from({ length: 200 }, () => 'services dev nginx.conf svc').join(' '),
}, null, pretty ? 2 : undefined);

function repo(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 0; n < CONFIGS; n++) files[conf(n)] = VHOST;
  for (let k = 0; k < PACKAGES; k++) files[`pkgs/m${k}/package.json`] = pkg(k);
  // A deploy script copies svc7's file into nginx's configuration; a development script copies svc8's (still development-only;
  // a script is told by its key on the mention's line, so these two are written one key a line).
  files['pkgs/m7/package.json'] = pkg(7, { deploy: `scp ../../${conf(7)} web-1:/etc/nginx/conf.d/default.conf` }, true);
  files['pkgs/m8/package.json'] = pkg(8, { 'start:dev': `cp ../../${conf(8)} /etc/nginx/conf.d/default.conf` }, true);
  // A Makefile: its `deploy` target copies svc9's file; its `dev` target names svc10's, thousands of times.
  files['Makefile'] = [
    'deploy:',
    `\tscp ${conf(9)} web-1:/etc/nginx/conf.d/default.conf`,
    '',
    'dev:',
    ...Array.from({ length: 3000 }, (_, i) => `\tcp ${conf(10)} /tmp/nginx-${i}.conf`),
    '',
  ].join('\n');
  // An Ansible task copies svc11's folder into nginx's configuration, from the role's tasks/ folder.
  files['roles/web/tasks/main.yml'] = `- name: nginx site\n  copy:\n    src: ../../../services/svc11/dev/\n    dest: /etc/nginx/conf.d/\n`;
  // A script beside svc12's folder copies it by its name; one below svc13's folder copies it as `../` (svc13 named in it).
  files['services/svc12/deploy.sh'] = '#!/bin/sh\ncp -r dev/ /etc/nginx/conf.d/\n';
  files['services/svc13/scripts/deploy.sh'] = '#!/bin/sh\n# svc13: ship the site\ncp -r ../ /etc/nginx/conf.d/\n';
  return files;
}

describe('nginxDevOnly on many development configurations and many package.json files (review B S1)', () => {
  it('gives the same answers: each configuration a production file names fails, every other one is a development-only note', async () => {
    const out = await runCase(corsWildcard, { name: 'many', files: repo() });
    expect(out.error).toBeUndefined();
    const failures = out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`).sort();
    const notes = out.findings.filter((f) => f.note && f.message.includes('development-only')).map((f) => f.file);
    const production = [7, 9, 11, 12, 13];
    expect(failures).toEqual(production.map((n) => `${conf(n)}:3`).sort());
    expect(new Set(notes)).toEqual(new Set(Array.from({ length: CONFIGS }, (_, n) => n).filter((n) => !production.includes(n)).map(conf)));
  });
});
