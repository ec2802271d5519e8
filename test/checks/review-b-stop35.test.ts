/**
 * QA stop 35, review B.
 * B1: a notebook's markdown/raw cells were blanked by splicing the whole text once per cell (quadratic in the cell count).
 * B2: the development-branch downgrade did not read the compose service running the image (`environment`, `env_file`).
 * S4: an EVM-address-shaped value (`0x` + 40 hex digits) passed under any name, a secret's too (`HMAC_SECRET`).
 */
import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { envFileNotIgnored } from '../../src/checks/env-file-not-ignored.js';
import { isPublicKeyValue } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

const k1 = ['Zq7Lp', '2Xv9Rt', '4Wm8Kd', '3Hs6Nf'].join('');
const k2 = ['Bn4Tc', '8Yq1Pw', '7Gj5Lx', '2Ve9Ms'].join('');

describe('B1: a notebook of many small cells', () => {
  it('reads a notebook of 20,000 markdown cells (under the 1 MB read cap): prose blanked, the code cell after them read', async () => {
    const cells = Array.from({ length: 20000 }, (_, i) => `{"cell_type":"markdown","source":"${i === 19999 ? `api_key = \\"${k2}\\"` : 'x'}"},`);
    const nb = ['{', ' "cells": [', ...cells, `  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["api_key = \\"${k1}\\"\\n"]}`, ' ],', ' "metadata": {}, "nbformat": 4, "nbformat_minor": 5', '}', ''].join('\n');
    const out = await runCase(hardcodedSecret, { name: 'nb-many', files: { 'big.ipynb': nb } });
    expect(out.error).toBeUndefined();
    // Line 20003 is the code cell (1: `{`, 2: `"cells"`, 3..20002: the markdown cells); the markdown cell's key (line 20002) is prose.
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['big.ipynb:20003']);
  });
});

const DOCKERFILE = 'FROM python:3.12.4-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "app.py"]\n';
const APP = 'import os\nfrom flask import Flask\nfrom waitress import serve\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    if os.environ.get("APP_MODE") == "dev":\n        app.run(host="0.0.0.0", debug=True)\n    else:\n        serve(app, host="0.0.0.0", port=8080)\n';
const compose = (env: string) => `services:\n  web:\n    build: .\n    restart: always\n${env}`;

describe('B2: the compose service running the image turns the development branch on', () => {
  const on: Record<string, Record<string, string>> = {
    'environment: APP_MODE: dev': { Dockerfile: DOCKERFILE, 'app.py': APP, 'docker-compose.yml': compose('    environment:\n      APP_MODE: dev\n') },
    'env_file with APP_MODE=dev': { Dockerfile: DOCKERFILE, 'app.py': APP, 'docker-compose.yml': compose('    env_file: app.env\n'), 'app.env': 'APP_MODE=dev\n' },
    'env_file not in the repository (value unknown)': { Dockerfile: DOCKERFILE, 'app.py': APP, 'docker-compose.yml': compose('    env_file: /etc/app/app.env\n') },
    'environment over the image ENV': { Dockerfile: DOCKERFILE.replace('USER', 'ENV APP_MODE=prod\nUSER'), 'app.py': APP, 'docker-compose.yml': compose('    environment:\n      - APP_MODE=dev\n') },
  };
  for (const [name, files] of Object.entries(on)) {
    it(`stays critical: ${name}`, async () => {
      for (const check of [productionServer, debugMode]) {
        const out = await runCase(check, { name: 'b2', files });
        expect(out.error).toBeUndefined();
        const failures = out.findings.filter((f) => !f.note);
        expect(failures.length).toBeGreaterThan(0);
        expect(out.findings.map((f) => f.message).join('\n')).not.toMatch(/does not turn on/);
      }
    });
  }

  const off: Record<string, Record<string, string>> = {
    'environment: APP_MODE: prod': { Dockerfile: DOCKERFILE, 'app.py': APP, 'docker-compose.yml': compose('    environment:\n      APP_MODE: prod\n') },
    'a service setting other variables only': { Dockerfile: DOCKERFILE, 'app.py': APP, 'docker-compose.yml': compose('    environment:\n      LOG_LEVEL: info\n') },
  };
  for (const [name, files] of Object.entries(off)) {
    it(`stays a note when the deploy leaves the branch off: ${name}`, async () => {
      for (const check of [productionServer, debugMode]) {
        const out = await runCase(check, { name: 'b2-off', files });
        expect(out.error).toBeUndefined();
        expect(out.findings.filter((f) => !f.note)).toEqual([]);
        expect(out.findings.map((f) => f.message).join('\n')).toMatch(/does not turn on/);
      }
    });
  }
});

describe('S4: an EVM-address-shaped value under a secret name', () => {
  const hex = ['0x9f3c1a7e5b2d', '8c4f6a0e1b3d5c7f', '9a2e4b6d8c0f'].join('');
  it('is a secret under HMAC_SECRET, *_KEY, *_PASSWORD; an address under address/token/contract names', async () => {
    expect(isPublicKeyValue(hex)).toBe(true);
    expect(isPublicKeyValue(hex, 'HMAC_SECRET')).toBe(false);
    expect(isPublicKeyValue(hex, 'TOKEN_CONTRACT_ADDRESS')).toBe(true);
    const files = {
      'settings.py': `HMAC_SECRET = "${hex}"\nSIGNING_KEY = "${hex}"\nDB_PASSWORD = "${hex}"\nUSDC_TOKEN_ADDRESS = "${hex}"\nWETH_TOKEN = "${hex}"\nownerWalletKey = "${hex}"\n`,
      '.env.production': `WEBHOOK_SECRET=${hex}\nTOKEN_ADDRESS=${hex}\n`,
    };
    const out = await runCase(hardcodedSecret, { name: 'evm', files });
    expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['.env.production:1', 'settings.py:1', 'settings.py:2', 'settings.py:3']);
  });
});

describe('S5: an Ansible template task exempts the template it names, resolved as Ansible resolves it', () => {
  it('exempts the role\'s and the playbook folder\'s template; not a same-named template elsewhere, nor through a Kubernetes template:', async () => {
    const files = {
      '.gitignore': '/.env\n',
      'roles/app/tasks/main.yml': '- name: env\n  template:\n    src: .env.j2\n    dest: /srv/app/.env\n',
      'roles/app/templates/.env.j2': 'SECRET_KEY={{ key }}\n',
      'deploy/site.yml': '- hosts: web\n  tasks:\n    - template: src=worker.env.j2 dest=/etc/worker.env\n',
      'deploy/templates/worker.env.j2': 'SECRET_KEY={{ key }}\n',
      // Rendered locally next to itself: the same base name as the role's, not the file the task renders.
      'services/api/.env.j2': 'SECRET_KEY={{ key }}\n',
      // A resource's pod template is no Ansible task: `src`/`dest` deep in its spec exempt nothing.
      'k8s/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: busybox:1.36\n      sync:\n        src: web.env.j2\n        dest: /srv/web.env\n',
      'web/web.env.j2': 'SECRET_KEY={{ key }}\n',
    };
    const out = await runCase(envFileNotIgnored, { name: 's5', files });
    expect(out.error).toBeUndefined();
    const msg = out.findings.map((f) => f.message.split(';')[0]).join('\n');
    expect(msg).toMatch(/services\/api\/\.env/);
    expect(msg).toMatch(/web\/web\.env/);
    expect(msg).not.toMatch(/roles\/app|deploy\/worker/);
  });
});
