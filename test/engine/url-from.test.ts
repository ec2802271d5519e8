import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import type { Logger } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, type Running } from '../servers/node.js';

// A deployment_status run probes the deployment's environment_url (the url input empty): a message about that URL
// names where it came from, not "input 'url'", which the workflow never set.
describe('messages name where the probed URL came from', () => {
  let target: Running;
  beforeAll(async () => { target = await startHttp((_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); }); });
  afterAll(async () => { await target.close(); });

  async function warnings(extra: { urlFrom?: string }): Promise<string[]> {
    const repo = makeRepo({ 'c.yml': 'version: 1\nprobes:\n  url: https://staging.example.com\n  http-url: http://staging.example.com\nitems:\n  - { id: r, check: https-redirect }\n' });
    const said: string[] = [];
    const logger: Logger = { info: () => {}, debug: () => {}, notice: () => {}, warn: (m) => { said.push(m); } };
    await run({ dir: repo, cwd: repo, checklist: 'c.yml', url: `${target.url}/`, event: 'deployment_status', timeout: 5000, logger, ...extra });
    return said.filter((m) => /http-url is for host/.test(m));
  }

  it("the deployment's environment_url when the action took the URL from the event", async () => {
    const [said] = await warnings({ urlFrom: "the deployment's environment_url" });
    expect(said).toMatch(/probes\.http-url is for host staging\.example\.com, but the deployment's environment_url names 127\.0\.0\.1/);
    expect(said).not.toMatch(/input 'url'/);
  });

  it("the url input otherwise", async () => {
    const [said] = await warnings({});
    expect(said).toMatch(/but input 'url' names 127\.0\.0\.1/);
  });
});
