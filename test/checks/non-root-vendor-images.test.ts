import { describe, expect, it } from 'vitest';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

// QA39 oss1 D1: vendor images whose own Dockerfile ends with a non-root USER (docker-elk's Logstash, Bitnami's servers,
// Gitea rootless, Loki, the Prometheus exporters, SonarQube, Mattermost) are extended without a USER of their own.
describe('dockerfile-non-root: more vendor images that run as a non-root user', () => {
  const flagged = async (files: Record<string, string>) => {
    const out = await runCase(dockerfileNonRoot, { name: 'vendor', files });
    expect(out.error).toBeUndefined();
    return out.findings.filter((f) => !f.note).map((f) => f.file).sort();
  };
  it('passes them without a USER, and still fails the ones that run as root or switch back to root', async () => {
    const from = (image: string) => `ARG ELASTIC_VERSION\nFROM ${image}\nCOPY config/ /opt/config/\n`;
    expect(await flagged({
      'logstash/Dockerfile': from('docker.elastic.co/logstash/logstash:${ELASTIC_VERSION:-8.15.3}'),
      'filebeat/Dockerfile': from('docker.elastic.co/beats/filebeat:8.15.3'),
      'pg/Dockerfile': from('bitnami/postgresql:16.4.0'),
      'redis/Dockerfile': from('bitnami/redis:7.4.1'),
      'gitea/Dockerfile': from('gitea/gitea:1.22.4-rootless'),
      'loki/Dockerfile': from('grafana/loki:3.2.1'),
      'exporter/Dockerfile': from('prom/node-exporter:v1.8.2'),
      'sonar/Dockerfile': from('sonarqube:10.7.0-community'),
      'mm/Dockerfile': from('mattermost/mattermost-team-edition:10.2.0'),
      // Not on the list: they run as root.
      'auditbeat/Dockerfile': from('docker.elastic.co/beats/auditbeat:8.15.3'),
      'gitea-root/Dockerfile': from('gitea/gitea:1.22.4'),
      'node/Dockerfile': from('bitnami/node:20'),
      'back/Dockerfile': 'FROM bitnami/postgresql:16.4.0\nUSER root\nRUN install_packages curl\n',
    })).toEqual(['auditbeat/Dockerfile', 'back/Dockerfile', 'gitea-root/Dockerfile', 'node/Dockerfile']);
  });
});
