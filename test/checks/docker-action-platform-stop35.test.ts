import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

/** `severity note?` of each finding of a check. */
async function kinds(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop35 sweep2d', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}${f.note ? ' note' : ''}`).sort();
}

// Sweep 2d R1 (stop 35): a Docker container action's Dockerfile that a platform config also builds and deploys is a
// deployed service's image too: judged as one, as when a production compose service builds it.
describe('a Docker action Dockerfile a platform config also deploys', () => {
  const ACTION = 'name: notify\nruns:\n  using: docker\n  image: Dockerfile\n';
  const DOCKERFILE = 'FROM node:20.14-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
  const deployedBy: Record<string, Record<string, string>> = {
    'heroku.yml': { 'heroku.yml': 'build:\n  docker:\n    web: Dockerfile\n' },
    'fly.toml': { 'fly.toml': 'app = "notify"\nprimary_region = "ams"\n\n[http_service]\n  internal_port = 8080\n' },
    'render.yaml': { 'render.yaml': 'services:\n  - type: web\n    name: notify\n    runtime: docker\n' },
    'railway.toml': { 'railway.toml': '[build]\nbuilder = "DOCKERFILE"\ndockerfilePath = "Dockerfile"\n' },
  };
  for (const [name, platform] of Object.entries(deployedBy)) {
    it(`${name}: both checks fail as for any deployed image`, async () => {
      const files = { 'action.yml': ACTION, Dockerfile: DOCKERFILE, ...platform };
      expect(await kinds(dockerfileNonRoot, files)).toEqual(['Dockerfile']);
      expect(await kinds(dockerfileHealthcheck, files)).toEqual(['Dockerfile']);
    });
  }

  it('a platform config that deploys another Dockerfile, a development fly config or a prebuilt fly image leave the action\'s notes', async () => {
    for (const platform of [
      { 'web/fly.toml': 'app = "web"\n', 'web/Dockerfile': 'FROM node:20.14-alpine\nUSER node\nHEALTHCHECK CMD wget -qO- localhost:8080/health\nCMD ["node", "s.js"]\n' },
      { 'fly.dev.toml': 'app = "notify-dev"\n' },
      { 'fly.toml': 'app = "notify"\n[build]\n  image = "ghcr.io/acme/notify:1.2.3"\n' },
      { 'fly.toml': 'app = "notify"\n[build]\n  builder = "paketobuildpacks/builder:base"\n' },
    ]) {
      const files = { 'action.yml': ACTION, Dockerfile: DOCKERFILE, ...platform };
      expect((await kinds(dockerfileNonRoot, files)).filter((f) => f.startsWith('Dockerfile'))).toEqual(['Dockerfile note']);
      expect((await kinds(dockerfileHealthcheck, files)).filter((f) => f.startsWith('Dockerfile'))).toEqual(['Dockerfile note']);
    }
  });
});
