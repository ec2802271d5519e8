import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// regress D2: the Gin switch in a file behind `//go:build debug` that a build turns on (`go build -tags debug`) fails with the Go
// fix (Gin's release mode), naming the build, as the same switch outside a build constraint does — not the generic text that names
// Elixir, Rails, .NET and Spring files.
const GO_MOD = 'module github.com/acme/svc\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n';
const MAIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { r := gin.New(); r.Run(":8080") }\n';
const DEBUG = (header: string) => `${header}\n\npackage debug\n\nimport "github.com/gin-gonic/gin"\n\nfunc init() {\n\tgin.SetMode(gin.DebugMode)\n}\n`;
const DOCKERFILE = (build: string) => `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 ${build} -o /out/server ./cmd/server\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n`;
const GIN_FIX = /Run the framework in release mode in production: gin\.SetMode\(gin\.ReleaseMode\) or GIN_MODE=release/;

describe('debug-mode: a Go switch whose build tag a build meets carries the Go fix (regress D2)', () => {
  it('gin.SetMode(gin.DebugMode) behind //go:build debug, built with -tags debug: the Gin fix, naming the build', async () => {
    const out = await runCase(debugMode, { name: 'tag', files: { 'go.mod': GO_MOD, 'cmd/server/main.go': MAIN, 'internal/debug/debug.go': DEBUG('//go:build debug'), Dockerfile: DOCKERFILE('go build -tags debug') } });
    const f = out.findings.filter((x) => x.file === 'internal/debug/debug.go');
    expect(f).toHaveLength(1);
    expect(f[0]!.note).toBeFalsy();
    expect(f[0]!.fix).toMatch(/^Build production without -tags debug \(Dockerfile:4\), which brings this file in; or: Run the framework in release mode/);
    expect(f[0]!.fix).toMatch(GIN_FIX);
    expect(f[0]!.fix).not.toMatch(/config\/dev\.exs|appsettings\.Development\.json/);
  });
  it('the same fix text as the switch in a file every build holds (//go:build !release)', async () => {
    const out = await runCase(debugMode, { name: 'no tag', files: { 'go.mod': GO_MOD, 'cmd/server/main.go': MAIN, 'internal/debug/debug.go': DEBUG('//go:build !release'), Dockerfile: DOCKERFILE('go build') } });
    const f = out.findings.filter((x) => x.file === 'internal/debug/debug.go');
    expect(f.map((x) => x.fix)).toEqual([expect.stringMatching(GIN_FIX)]);
  });
});
