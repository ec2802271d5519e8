import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 41 iac9 D5: AWS security group rules opening a database port to the internet, and publicly accessible RDS instances,
// in Terraform and CloudFormation.

const run = async (files: Record<string, string>, options?: Record<string, unknown>) => {
  const out = await runCase(databasePortExposed, { name: 'x', files, ...(options ? { options } : {}) });
  expect(out.error).toBeUndefined();
  return {
    failures: out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`),
    notes: out.findings.filter((f) => f.note).map((f) => `${f.file}:${f.line} ${f.message}`),
    skipped: out.skipped,
  };
};

const TF = `resource "aws_db_instance" "main" {
  identifier          = "main"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  publicly_accessible = true
}

resource "aws_security_group" "db" {
  name = "db"
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16", "0.0.0.0/0"]
  }
  ingress {
    from_port        = 6379
    to_port          = 6379
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "mongo" {
  type              = "ingress"
  from_port         = 27017
  to_port           = 27019
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.db.id
}

resource "aws_vpc_security_group_ingress_rule" "mysql" {
  security_group_id = aws_security_group.db.id
  from_port         = 3306
  to_port           = 3306
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}
`;

describe('Terraform security groups and RDS instances', () => {
  it('a database port open to 0.0.0.0/0 or ::/0, and publicly_accessible = true, fail at the value', async () => {
    const r = await run({ 'infra/main.tf': TF });
    expect(r.failures).toEqual([
      "infra/main.tf:5:25 Terraform aws_db_instance 'main' sets publicly_accessible = true: the instance gets a public address, so database port 5432 (PostgreSQL) is reachable from the internet wherever its security groups allow; make it private and reach it from inside the VPC",
      "infra/main.tf:14:36 Terraform aws_security_group 'db' ingress opens database port 5432 (PostgreSQL) to 0.0.0.0/0 (any address on the internet); allow only the application's security group or private address ranges",
      "infra/main.tf:20:26 Terraform aws_security_group 'db' ingress opens database port 6379 (Redis) to ::/0 (any address on the internet); allow only the application's security group or private address ranges",
      "infra/main.tf:35:25 Terraform aws_security_group_rule 'mongo' opens database port 27017 (MongoDB) (ports 27017-27019) to 0.0.0.0/0 (any address on the internet); allow only the application's security group or private address ranges",
      "infra/main.tf:44:24 Terraform aws_vpc_security_group_ingress_rule 'mysql' opens database port 3306 (MySQL/MariaDB) to 0.0.0.0/0 (any address on the internet); allow only the application's security group or private address ranges",
    ]);
  });

  it('private sources, other security groups, web ports, all-ports rules, computed values and private instances pass (the item applies)', async () => {
    const ok = `resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = var.allowed_cidrs
  }
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group_rule" "out" {
  type        = "egress"
  from_port   = 5432
  to_port     = 5432
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
resource "aws_db_instance" "main" {
  engine              = "postgres"
  publicly_accessible = false
}
resource "aws_db_instance" "computed" {
  engine              = "postgres"
  publicly_accessible = var.public
}
`;
    expect(await run({ 'main.tf': ok })).toEqual({ failures: [], notes: [], skipped: undefined });
  });

  it('an item about one product judges only its ports (an RDS instance by its engine or port)', async () => {
    const redis = await run({ 'infra/main.tf': TF }, { ports: [6379] });
    expect(redis.failures.map((f) => f.split(' ')[0])).toEqual(['infra/main.tf:20:26']);
    const port = await run({ 'main.tf': 'resource "aws_db_instance" "m" {\n  engine = "mysql"\n  port = 6379\n  publicly_accessible = "true"\n}\n' }, { ports: [6379] });
    expect(port.failures.map((f) => f.split(' ')[0])).toEqual(['main.tf:4:26']);
  });

  it('a development folder gives notes', async () => {
    const r = await run({ 'envs/dev/main.tf': TF });
    expect(r.failures).toEqual([]);
    expect(r.notes).toHaveLength(5);
    expect(r.notes.every((n) => n.endsWith('(development-only file)'))).toBe(true);
  });
});

describe('CloudFormation security groups and RDS instances', () => {
  const yaml = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  DbSg:',
    '    Type: AWS::EC2::SecurityGroup',
    '    Properties:',
    '      GroupDescription: db',
    '      SecurityGroupIngress:',
    '        - IpProtocol: tcp',
    '          FromPort: 5432',
    '          ToPort: 5432',
    '          CidrIp: 0.0.0.0/0',
    '        - IpProtocol: tcp',
    '          FromPort: 5432',
    '          ToPort: 5432',
    '          SourceSecurityGroupId: !Ref AppSg',
    '        - IpProtocol: tcp',
    '          FromPort: 5432',
    '          ToPort: 5432',
    '          CidrIp: !Ref AllowedCidr',
    '  RedisIngress:',
    '    Type: AWS::EC2::SecurityGroupIngress',
    '    Properties:',
    '      GroupId: !Ref DbSg',
    '      IpProtocol: "6"',
    '      FromPort: "6379"',
    '      ToPort: "6379"',
    '      CidrIpv6: ::/0',
    '  Database:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: mysql',
    '      DBInstanceClass: db.t3.micro',
    '      PubliclyAccessible: true',
    '  Private:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: postgres',
    '      PubliclyAccessible: false',
  ].join('\n');

  it('fail at the open address and at PubliclyAccessible; references are not judged', async () => {
    expect((await run({ 'template.yaml': yaml })).failures).toEqual([
      "template.yaml:11:19 CloudFormation security group 'DbSg' ingress opens database port 5432 (PostgreSQL) to 0.0.0.0/0 (any address on the internet); allow only the application's security group or private address ranges",
      "template.yaml:27:17 CloudFormation security group ingress 'RedisIngress' opens database port 6379 (Redis) to ::/0 (any address on the internet); allow only the application's security group or private address ranges",
      "template.yaml:33:27 CloudFormation RDS instance 'Database' sets PubliclyAccessible: true: the instance gets a public address, so database port 3306 (MySQL/MariaDB) is reachable from the internet wherever its security groups allow; make it private and reach it from inside the VPC",
    ]);
  });

  it('in JSON (CDK cdk.out) and in a serverless.yml\'s resources too', async () => {
    const json = JSON.stringify({ Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', PubliclyAccessible: 'true' } } } }, null, 2);
    expect((await run({ 'cdk.out/Db.template.json': json })).failures.map((f) => f.split(' ')[0])).toEqual(['cdk.out/Db.template.json:7:32']);
    const sls = 'service: api\nprovider:\n  name: aws\nresources:\n  Resources:\n    Db:\n      Type: AWS::RDS::DBInstance\n      Properties:\n        Engine: postgres\n        PubliclyAccessible: true\n';
    expect((await run({ 'serverless.yml': sls })).failures.map((f) => f.split(' ')[0])).toEqual(['serverless.yml:10:29']);
  });

  it('without compose, Kubernetes, Kamal or AWS network resources the item is still skipped, saying what it reads', async () => {
    expect((await run({ 'main.tf': 'resource "aws_s3_bucket" "b" {}\n' })).skipped).toBe('no compose services, Kubernetes Services or pods, Bitnami database charts a Helm chart depends on, Kamal accessories, fly.toml services, Nomad job files, AWS security group rules or RDS instances');
  });
});
