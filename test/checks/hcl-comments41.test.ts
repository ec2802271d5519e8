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
