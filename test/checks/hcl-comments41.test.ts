import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { hclBlocks } from '../../src/checks/util/hcl.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 41 (iac10 D1): a resource commented out whole with `/* … */` ("kept for reference until the migration is done") was
// read as live Terraform by every check, its findings at lines inside the comment. Terraform ignores it.
const RDS = 'resource "aws_db_instance" "old" {\n  engine              = "postgres"\n  publicly_accessible = true\n}\n';
const DEPLOY = 'resource "kubernetes_deployment_v1" "web" {\n  metadata {\n    name = "web"\n  }\n  spec {\n    template {\n      metadata {}\n      spec {\n        container {\n          name  = "web"\n          image = "nginx:latest"\n        }\n      }\n    }\n  }\n}\n';

describe('hclBlocks and block comments', () => {
  it('passes over a header inside a /* */ comment, also indented, and finds the live blocks around it', () => {
    const text = `resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n\n/*\n${RDS}*/\n  /*\n${RDS}  */\n# resource "aws_db_instance" "x" {\n${RDS.replace('"old"', '"live"')}`;
    expect(hclBlocks(text, 'resource').map((b) => b.labels.join('.'))).toEqual(['aws_s3_bucket.logs', 'aws_db_instance.live']);
  });

  it('reads nothing after a /* that never closes, and a /* */ on one line hides nothing after it', () => {
    expect(hclBlocks(`/*\n${RDS}`, 'resource')).toEqual([]);
    expect(hclBlocks(`/* old */ \n${RDS}`, 'resource').map((b) => b.labels[1])).toEqual(['old']);
  });

  it('gives no finding for commented-out resources, and the same resources live still fail', async () => {
    const commented = { 'infra/main.tf': `/*\n${RDS}\n${DEPLOY}*/\n` };
    expect((await runCase(databasePortExposed, { name: 'c', files: commented })).findings).toEqual([]);
    expect((await runCase(imageTagPinned, { name: 'c', files: commented })).findings).toEqual([]);
    const live = { 'infra/main.tf': `${RDS}\n${DEPLOY}` };
    expect((await runCase(databasePortExposed, { name: 'l', files: live })).findings.map((f) => `${f.file}:${f.line}`)).toEqual(['infra/main.tf:3']);
    expect((await runCase(imageTagPinned, { name: 'l', files: live })).findings.map((f) => `${f.file}:${f.line}`)).toEqual(['infra/main.tf:16']);
  });
});

// QA stop 41 (iac10 D2): a publicly accessible RDS instance on a port other than its engine's default (`port = 5433`) was not
// reported at all; it is a database on the internet whatever port it listens on.
describe('a public RDS instance on another port', () => {
  const rds = (engine: string, port: string) => `resource "aws_db_instance" "main" {\n  engine              = "${engine}"\n  port                = ${port}\n  publicly_accessible = true\n}\n`;
  it('fails, naming its engine and its port; a private one and an unknown engine on an unknown port stay silent', async () => {
    const out = await runCase(databasePortExposed, { name: 'p', files: { 'infra/rds.tf': rds('postgres', '5433') } });
    expect(out.findings.map((f) => `${f.line} ${f.message}`)).toEqual([expect.stringMatching(/^4 Terraform aws_db_instance 'main' sets publicly_accessible = true: the instance gets a public address, so the database \(PostgreSQL\) on port 5433 is reachable from the internet/)]);
    const priv = await runCase(databasePortExposed, { name: 'q', files: { 'infra/rds.tf': rds('postgres', '5433').replace('= true', '= false') } });
    expect(priv.findings).toEqual([]);
  });
  it('an item about one database judges an instance of that engine on any port, not another engine', async () => {
    const files = { 'infra/a.tf': rds('postgres', '6543'), 'infra/b.tf': rds('mysql', '3307') };
    const out = await runCase(databasePortExposed, { name: 'r', files, options: { ports: [5432] } });
    expect(out.findings.map((f) => f.file)).toEqual(['infra/a.tf']);
  });
});

// Sweep 1 R4: a Terraform workload whose containers a `dynamic "container"` block makes was said to be "only in Helm chart templates".
describe('k8s-probes with a Terraform workload whose containers are computed', () => {
  it('is skipped naming the Terraform file, not Helm', async () => {
    const { k8sProbes } = await import('../../src/checks/k8s-probes.js');
    const tf = 'resource "kubernetes_deployment" "app" {\n  metadata { name = "app" }\n  spec {\n    template {\n      metadata { labels = { app = "app" } }\n      spec {\n        dynamic "container" {\n          for_each = var.containers\n          content {\n            name  = container.key\n            image = container.value.image\n          }\n        }\n      }\n    }\n  }\n}\n';
    const out = await runCase(k8sProbes, { name: 'd', files: { 'main.tf': tf } });
    expect(out.skipped).toBe('long-running workloads whose containers are computed (main.tf: a Terraform dynamic block or expression): not judged');
  });
});

// Review B S2: a security group rule whose port range holds a database port (`5000`-`6000`) opened it unjudged.
describe('a security group range holding a database port', () => {
  const sg = (from: number, to: number) => `resource "aws_security_group_rule" "r" {\n  type        = "ingress"\n  from_port   = ${from}\n  to_port     = ${to}\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n`;
  it('fails naming the first database port inside it; every port, and a range holding none, stay silent', async () => {
    const inside = await runCase(databasePortExposed, { name: 'i', files: { 'sg.tf': sg(5000, 6000) } });
    expect(inside.findings.map((f) => f.message)).toEqual([expect.stringMatching(/opens database port 5432 \(PostgreSQL\) \(ports 5000-6000\) to 0\.0\.0\.0\/0/)]);
    expect((await runCase(databasePortExposed, { name: 'a', files: { 'sg.tf': sg(0, 65535) } })).findings).toEqual([]);
    expect((await runCase(databasePortExposed, { name: 'w', files: { 'sg.tf': sg(8000, 8100) } })).findings).toEqual([]);
  });
});
