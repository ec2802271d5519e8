import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

// QA40 fnhunt6 D1, D2: Docker Hardened Images and .NET's Azure Linux distroless images run as a non-root user by default.
const fails = async (from: string) => {
  const out = await runCase(dockerfileNonRoot, { name: 'base', files: { Dockerfile: `FROM ${from}\nCOPY . /app\nCMD ["/app/server"]\n` } });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).length > 0;
};

describe('dockerfile-non-root: vendor images that run as non-root', () => {
  it.each(['dhi.io/python:3.13', 'dhi.io/node:22-debian13', 'dhi.io/nginx', 'mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless', 'mcr.microsoft.com/dotnet/runtime-deps:9.0-azurelinux3.0-distroless-extra'])('%s passes without USER', async (from) => {
    expect(await fails(from)).toBe(false);
  });
  it.each(['dhi.io/python:3.13-dev', 'dhi.io/node:22-debian13-dev', 'mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0', 'python:3.13-slim'])('%s (root by default) fails without USER', async (from) => {
    expect(await fails(from)).toBe(true);
  });
});
