import { describe, expect, it } from 'vitest';
import { isTestDockerfile, isTestFile } from '../../src/repo/classify.js';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 polyglot D11: Go's `_examples/` (the go tool ignores `_`-prefixed folders) is the illustration folder `examples/` is.
const DOCKERFILE = 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["go", "run", "."]\n';
const MAIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tgin.SetMode(gin.DebugMode)\n\tgin.Default().Run()\n}\n';

describe('Go _examples/ is an illustration folder (QA52 D11)', () => {
  it('by path: _examples/, _example/, _samples/, _demos/ at any depth, and testdata/; not a folder a word only starts', () => {
    for (const f of ['_examples/hello/main.go', '_examples/hello/Dockerfile', 'middleware/_example/main.go', '_samples/compose.yaml', 'pkg/_demos/app/main.go', 'internal/testdata/Dockerfile']) expect(isTestFile(f), f).toBe(true);
    for (const f of ['_examples/hello/Dockerfile', '_example/Dockerfile']) expect(isTestDockerfile(f), f).toBe(true);
    for (const f of ['_examplesite/main.go', 'my_examples/main.go', '_deploy/Dockerfile']) expect(isTestFile(f), f).toBe(false);
  });
  it('production-server and debug-mode judge _examples/ as they judge examples/: not at all', async () => {
    const files = { 'go.mod': 'module example.com/lib\n\ngo 1.22\n', '_examples/hello/Dockerfile': DOCKERFILE, '_examples/hello/main.go': MAIN, 'examples/hello/Dockerfile': DOCKERFILE, 'examples/hello/main.go': MAIN };
    for (const check of [productionServer, debugMode]) {
      const out = await runCase(check, { files });
      expect(out.findings.filter((f) => !f.note), check.id).toEqual([]);
    }
  });
});
