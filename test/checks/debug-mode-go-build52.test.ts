import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { goBuildConstraint, goConstraintHolds } from '../../src/checks/util/go-build.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 polyglot D6: Gin's debug switch in a file behind a build constraint (`//go:build debug`) is not in a default build.
const GO_MOD = 'module example.com/edge\ngo 1.22\nrequire github.com/gin-gonic/gin v1.10.0\n';
const MAIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.New()\n\tr.Run(":8080")\n}\n';
const DEBUG = (header: string) => `${header}\n\npackage main\n\nimport "github.com/gin-gonic/gin"\n\nfunc init() {\n\tgin.SetMode(gin.DebugMode)\n}\n`;
const DOCKERFILE = (build: string) => `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 ${build} -o /out/api .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/api /api\nENTRYPOINT ["/api"]\n`;

describe('Go build constraints (QA52 D6)', () => {
  it('reads //go:build and // +build before the package clause; a platform constraint or a negated tag is in a default build', () => {
    expect(goBuildConstraint(DEBUG('//go:build debug'))).toEqual({ expr: 'debug', shown: '//go:build debug', line: 1, tags: ['debug'] });
    expect(goBuildConstraint(DEBUG('// +build debug dev'))?.tags).toEqual(['debug', 'dev']);
    expect(goBuildConstraint(DEBUG('//go:build linux && dev'))?.tags).toEqual(['dev']);
    expect(goBuildConstraint(DEBUG('//go:build ignore'))?.tags).toEqual(['ignore']);
    for (const h of ['//go:build !debug', '//go:build linux', '//go:build linux || debug', '// Package main.', '']) expect(goBuildConstraint(DEBUG(h)), h).toBeNull();
    // After the package clause it is no constraint.
    expect(goBuildConstraint('package main\n//go:build debug\n')).toBeNull();
    expect(goConstraintHolds('debug && !prod', ['debug'])).toBe(true);
    expect(goConstraintHolds('debug && !prod', ['debug', 'prod'])).toBe(false);
    expect(goConstraintHolds('linux && debug', ['debug'])).toBeNull();
  });
  it('gin.SetMode(gin.DebugMode) in a //go:build debug file is an info note when no build sets the tag', async () => {
    const out = await runCase(debugMode, { files: {
      'go.mod': GO_MOD, 'main.go': MAIN, 'debug.go': DEBUG('//go:build debug'), 'old/debug.go': DEBUG('// +build debug'), Dockerfile: DOCKERFILE('go build'),
      // A development Dockerfile that builds with the tag is development's.
      'Dockerfile.dev': DOCKERFILE('go build -tags debug'),
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(': a default')[0]}`).sort()).toEqual([
      'debug.go:8 note gin.SetMode(gin.DebugMode) switches Gin to debug mode (debug warnings, every route and request logged) only in builds with -tags debug (//go:build debug, line 1)',
      'old/debug.go:8 note gin.SetMode(gin.DebugMode) switches Gin to debug mode (debug warnings, every route and request logged) only in builds with -tags debug (// +build debug, line 1)',
    ]);
  });
  it('fails, naming the build, where a Dockerfile, a Makefile or a workflow builds with the tag', async () => {
    for (const [name, text, where] of [
      ['Dockerfile', DOCKERFILE('go build -tags debug'), 'Dockerfile:4'],
      ['Makefile', 'build:\n\tgo build -tags=debug,netgo -o bin/api .\n', 'Makefile:2'],
      ['.github/workflows/release.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go build -tags "debug" ./...\n', '.github/workflows/release.yml:6'],
    ] as const) {
      const out = await runCase(debugMode, { files: { 'go.mod': GO_MOD, 'main.go': MAIN, 'debug.go': DEBUG('//go:build debug'), [name]: text } });
      const fails = out.findings.filter((f) => !f.note && f.file === 'debug.go');
      expect(fails.map((f) => `${f.line} ${f.message.split('(the file')[1]}`), name).toEqual([`8 's //go:build debug is met by -tags ${name === 'Makefile' ? 'debug,netgo' : 'debug'} in ${where})`]);
    }
  });
  it('a file without a constraint still fails as production code', async () => {
    const out = await runCase(debugMode, { files: { 'go.mod': GO_MOD, 'main.go': MAIN, 'debug.go': DEBUG('// Debug mode.'), Dockerfile: DOCKERFILE('go build') } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['debug.go:8']);
  });
});
