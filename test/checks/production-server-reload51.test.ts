import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D14: `uvicorn.run(…, reload=RELOAD)` follows the module constant, as debug-mode follows `debug=DEBUG`.
async function run(main: string) {
  const out = await runCase(productionServer, { name: 'x', files: {
    'requirements.txt': 'fastapi==0.111.0\nuvicorn==0.30.1\n', 'app/__init__.py': '', 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n', 'app/__main__.py': main,
    Dockerfile: 'FROM python:3.12.3-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install -r requirements.txt\nUSER 10001\nCMD ["python", "-m", "app"]\n',
  } });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}
const main = (constant: string) => `import os\nimport uvicorn\n${constant}\n\nif __name__ == "__main__":\n    uvicorn.run("app.main:app", host="0.0.0.0", reload=RELOAD)\n`;

describe('production-server: uvicorn.run(reload=<module constant>) (QA51 configlibs D14)', () => {
  it('a constant that is on, or on with its variable unset, fails as reload=True does', async () => {
    for (const c of ['RELOAD = True', 'RELOAD: bool = True', 'RELOAD = os.getenv("RELOAD", "true") == "true"']) {
      expect(await run(main(c)), c).toEqual([expect.stringMatching(/^Dockerfile:6 fail .*uvicorn\.run\(\)/)]);
    }
  });
  it('a constant that is off, or off with its variable unset, passes', async () => {
    for (const c of ['RELOAD = False', 'RELOAD = os.getenv("RELOAD", "false") == "true"', 'RELOAD = True\nRELOAD = False']) {
      expect(await run(main(c)), c).toEqual([]);
    }
  });
});
