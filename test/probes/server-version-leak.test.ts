import { describe, expect, it } from 'vitest';
import { serverVersionLeak } from '../../src/probes/server-version-leak.js';
import { evaluate, failures, mainOf, obsOf, res } from './helpers.js';

const run = (h: Record<string, string>) => evaluate(serverVersionLeak, obsOf(mainOf(res(200, h))));

describe('server-version-leak', () => {
  it('a long value is quoted cut with an ellipsis, a short one whole (QA round 28)', () => {
    const long = 'Servlet/3.1 JSP/2.3 (GlassFish Server Open Source Edition  4.1.2  Java/Oracle Corporation/1.8)';
    const [f] = failures(run({ 'x-powered-by': long }), serverVersionLeak);
    // Before: `…Java/Oracle Co'`, which read as the whole value.
    expect(f!.message).toContain(`'${long.slice(0, 80)}…'; hide it`);
    expect(failures(run({ server: 'nginx/1.22.1' }), serverVersionLeak)[0]!.message).toContain("'nginx/1.22.1'; hide it");
  });
  it('passes product names without versions', () => {
    expect(run({ server: 'nginx', 'x-powered-by': 'Express' })).toEqual({ findings: [] });
    expect(run({ server: 'cloudflare' })).toEqual({ findings: [] });
    expect(run({ 'x-generator': 'Joomla! - Open Source Content Management' })).toEqual({ findings: [] });
    expect(run({ server: 'Google Frontend 2' })).toEqual({ findings: [] });
  });
  it.each([
    ['server', 'nginx/1.22.1', 'Server'], ['server', 'Apache/2.4.57 (Debian)', 'Server'], ['x-powered-by', 'PHP/8.2.7', 'X-Powered-By'],
    ['server', 'Microsoft-IIS/10.0', 'Server'], ['x-aspnet-version', '4.0.30319', 'X-AspNet-Version'], ['server', 'Werkzeug/2.2.2 Python/3.11.2', 'Server'],
    // Jenkins names its version in its own header on every page (QA round 20, live probes).
    ['x-jenkins', '2.426.1', 'X-Jenkins'], ['server', 'WEBrick/1.7.0 (Ruby/3.1.2/2022-04-12)', 'Server'],
    // A CMS's major version after its name (QA round 25, live probes); a generator without a version passes (below).
    ['x-generator', 'Drupal 7 (http://drupal.org)', 'X-Generator'], ['x-generator', 'Drupal 10 (https://www.drupal.org)', 'X-Generator'], ['x-generator', 'WordPress 6.4.2', 'X-Generator'],
  ])('fails %s: %s at low, naming the header as it is written', (name, value, shown) => {
    const f = failures(run({ [name]: value }), serverVersionLeak);
    expect(f).toEqual([expect.objectContaining({ severity: 'low', url: 'https://app.example/' })]);
    expect(f[0]!.message).toContain(`in ${shown}: '${value}'`);
  });
  it('passes the banners of a CDN or load balancer the site cannot hide (Edgecast node id, AWS ELB), and only those', () => {
    for (const server of ['ECS (dcb/7F84)', 'ECS (sjc/4E8D)', 'awselb/2.0']) expect(run({ server }), server).toEqual({ findings: [] });
    // Edgecast's cache and dynamic nodes (Verizon/Edgio-fronted sites), Azure Application Gateway v2's own error pages.
    for (const server of ['ECAcc (nyb/1D13)', 'ECD (lha/3E2B)', 'EOS (vny/0452)', 'Microsoft-Azure-Application-Gateway/v2']) expect(run({ server }), server).toEqual({ findings: [] });
    // The rule stays narrow: anything else with a version still fails (also those values in another header).
    for (const [name, value] of [['server', 'ECS/2.4 (dcb/7F84)'], ['server', 'awselb/2.0 nginx/1.25.3'], ['x-powered-by', 'awselb/2.0'], ['server', 'ECS (dcb/7F84) PHP/8.2'], ['server', 'ECAcc/1.2 (nyb/1D13)'], ['server', 'Microsoft-Azure-Application-Gateway/v2 nginx/1.25.3']]) {
      expect(failures(run({ [name]: value }), serverVersionLeak), `${name}: ${value}`).toHaveLength(1);
    }
  });
  it('option absent fails the header whatever its value, once per value (QA round 26: "X-Powered-By header removed")', () => {
    const absent = (h: Record<string, string>) => evaluate(serverVersionLeak, obsOf(mainOf(res(200, h))), { absent: ['x-powered-by'] });
    const f = failures(absent({ server: 'nginx', 'x-powered-by': 'Express' }), serverVersionLeak);
    expect(f.map((x) => x.message)).toEqual(["https://app.example/ sends X-Powered-By: 'Express'; remove the header"]);
    expect(failures(absent({ 'x-powered-by': 'PHP/8.2.7' }), serverVersionLeak)).toHaveLength(1);
    // The other headers are still judged on their versions only.
    expect(absent({ server: 'nginx' })).toEqual({ findings: [] });
    expect(failures(absent({ server: 'nginx/1.25.3' }), serverVersionLeak)[0]!.message).toContain("in Server: 'nginx/1.25.3'");
  });
  it('option headers reads only those headers (an item about X-Powered-By is not failed by the Server banner)', () => {
    const only = (h: Record<string, string>) => evaluate(serverVersionLeak, obsOf(mainOf(res(200, h))), { absent: ['x-powered-by'], headers: ['x-powered-by'] });
    expect(only({ server: 'nginx/1.18.0' })).toEqual({ findings: [] });
    expect(failures(only({ server: 'nginx/1.18.0', 'x-powered-by': 'Express' }), serverVersionLeak).map((x) => x.message)).toEqual(["https://app.example/ sends X-Powered-By: 'Express'; remove the header"]);
    // Without absent, the versions of the headers named.
    expect(failures(evaluate(serverVersionLeak, obsOf(mainOf(res(200, { server: 'nginx/1.18.0', 'x-powered-by': 'PHP/8.2' }))), { headers: ['x-powered-by'] }), serverVersionLeak)).toHaveLength(1);
  });
  it('errors when nothing answered', () => {
    expect(evaluate(serverVersionLeak, obsOf({ main: { start: 'https://app.example/', hops: [], error: 'connection refused by app.example:443' } })).error).toMatch(/refused/);
  });
});
