import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 containers13 D2: `FROM haproxy:2.9` without USER failed with "root unless haproxy:2.9 sets a non-root USER, which
// Preflight cannot tell", though the catalogue says haproxy sets a non-root USER itself (its Dockerfile ends with USER haproxy
// since 2.4). The Docker Official Images that end with a non-root USER are on the non-root list, for the releases that do.
const findings = async (from: string, rest = '') =>
  (await runCase(dockerfileNonRoot, { name: 'official44', files: { Dockerfile: `FROM ${from}\n${rest}HEALTHCHECK CMD ["true"]\n` } })).findings
    .map((f) => `${f.note ? 'NOTE ' : ''}${f.line}:${f.column} ${f.message}`);

describe('dockerfile-non-root: Docker Official Images that set a non-root USER themselves', () => {
  it.each([
    'haproxy:2.9', 'haproxy:2.4', 'haproxy:3.0.5-alpine', 'haproxy:lts', 'haproxy', 'haproxy:latest', 'docker.io/library/haproxy:2.8',
    'public.ecr.aws/docker/library/haproxy:3.0', 'mirror.gcr.io/library/haproxy:2.9-bookworm',
    'solr:9.6', 'jetty:12-jdk21', 'kong:3.6', 'kong:2.8.4-alpine', 'odoo:17', 'adminer:4.8.1', 'rocket.chat:6.9', 'emqx:5.7',
    'teamspeak:3.13', 'irssi:1.4', 'groovy:4.0-jdk21', 'spark:3.5.1', 'liquibase:4.28', 'open-liberty:24.0.0.6-full-java17-openj9',
    'websphere-liberty:kernel', 'elasticsearch:8.14.1', 'kibana:8.14.1', 'logstash:7.17.22', 'varnish:7.5', 'varnish:fresh',
  ])('%s without USER passes', async (image) => {
    expect(await findings(image)).toEqual([]);
  });

  it.each(['haproxy:2.2', 'haproxy:2.3.10-bullseye', 'haproxy:1.8', 'kong:1.5', 'elasticsearch:5.6', 'varnish:6.0', 'varnish:stable'])(
    '%s (a release before its image switched to a non-root USER) still fails, its user unknown', async (image) => {
      expect(await findings(image)).toEqual([expect.stringContaining(`1:1 the final stage has no USER, so it runs as the base image's user: root unless ${image} sets a non-root USER`)]);
    });

  it('lookalikes are not the official images: another namespace, a suffix, a registry of their own', async () => {
    for (const image of ['acme/haproxy:2.9', 'haproxytech/haproxy-alpine:2.9', 'ghcr.io/acme/solr:9.6', 'registry.acme.io/kong:3.6']) {
      expect(await findings(image), image).toEqual([expect.stringContaining(`runs as the base image's user: root unless ${image} sets a non-root USER`)]);
    }
    // Another library name is another Official Image, which sets no USER.
    expect(await findings('haproxy-custom:2.9')).toEqual([expect.stringContaining('so it runs as root (base image haproxy-custom:2.9)')]);
  });

  it('an explicit USER root on such a base still fails, and inheriting one through a stage name passes', async () => {
    expect(await findings('haproxy:2.9', 'USER root\n')).toEqual([expect.stringMatching(/^2:1 the final stage runs as root \(USER root\)/)]);
    const staged = await runCase(dockerfileNonRoot, { name: 'staged', files: { Dockerfile: 'FROM haproxy:2.9 AS base\nCOPY haproxy.cfg /usr/local/etc/haproxy/\nFROM base\nHEALTHCHECK CMD ["true"]\n' } });
    expect(staged.findings).toEqual([]);
  });
});
