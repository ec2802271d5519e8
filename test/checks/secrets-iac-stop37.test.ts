import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole.
const k1 = ['Uy7t', 'R4eW', '1qA8', 'sD5f'].join('');
const k2 = ['Zx8c', 'V5bN', '2mQ7', 'wE4r'].join('');
const k3 = ['Mn8b', 'V5cX', '2zL9', 'kJ4h'].join('');
const k4 = ['Pk8s', 'J3dF', '6gH1', 'jK4l'].join('');

/** Each finding as `file:line:column first-word(s) of the message`, and the text at its location. */
const at = (files: Record<string, string>, findings: { file?: string | null; line?: number | null; column?: number | null; message: string; note?: boolean }[]) =>
  findings.map((f) => {
    const line = files[f.file!]!.split('\n')[f.line! - 1]!;
    return `${f.file}:${f.line} ${line.slice(f.column! - 1, f.column! + 5)}${f.note ? ' (note)' : ''} ${f.message.split(';')[0]}`;
  }).sort();

describe('hardcoded-secret: CloudFormation parameter defaults (QA37 iac5 D2)', () => {
  const template = (def: string) => [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  DBUsername: { Type: String, Default: orders }',
    `  DBPassword: { Type: String, NoEcho: true, MinLength: 12, Default: "${def}" }`,
    '  ApiToken:',
    '    Type: String',
    `    Default: ${def}`,
    '  DBPasswordSecretArn:',
    '    Type: String',
    '    Default: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbC123',
    '  DbPasswordParameter:',
    '    Type: AWS::SSM::Parameter::Value<String>',
    `    Default: /prod/db/${def}`,
    'Resources:',
    '  OrdersDB:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: postgres',
    '      MasterUsername: !Ref DBUsername',
    '      MasterUserPassword: !Ref DBPassword',
  ].join('\n');

  it('reports a secret-named or referenced parameter whose Default is a real secret, at the value', async () => {
    const files = { 'database.yaml': template(k1) };
    const out = await runCase(hardcodedSecret, { name: 'cfn', files });
    expect(at(files, out.findings)).toEqual([
      `database.yaml:4 ${k1.slice(0, 6)} CloudFormation parameter 'DBPassword' has a hard-coded secret default`,
      `database.yaml:7 ${k1.slice(0, 6)} CloudFormation parameter 'ApiToken' has a hard-coded secret default`,
    ]);
  });

  it('leaves placeholder defaults to default-credentials, and passes ARNs, SSM names and dynamic references', async () => {
    const files = { 'database.yaml': template('changeme') };
    expect((await runCase(hardcodedSecret, { name: 'cfn-weak', files })).findings).toEqual([]);
    expect((await runCase(defaultCredentials, { name: 'cfn-weak', files })).findings.map((f) => f.line).sort()).toEqual([4, 7]);
    const resolved = { 'database.yaml': template('{{resolve:secretsmanager:prod/db:SecretString:password}}') };
    expect((await runCase(hardcodedSecret, { name: 'cfn-resolve', files: resolved })).findings).toEqual([]);
  });
});

describe('hardcoded-secret: Bicep and ARM parameter defaults (QA37 iac5 D3)', () => {
  it('reports @secure() and secret-named Bicep params, and ARM securestring defaults', async () => {
    const files = {
      'main.bicep': [
        'param location string = resourceGroup().location',
        '@secure()',
        "@description('SQL administrator password')",
        `param administratorLoginPassword string = '${k2}'`,
        `param apiToken string = '${k3}' // rotate`,
        '@secure()',
        `param connectionSuffix string = '${k4}'`,
      ].join('\n'),
      'azuredeploy.json': JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { adminPassword: { type: 'securestring', defaultValue: k3 }, vmSecret: { type: 'SecureString', defaultValue: k4 } },
        resources: [],
      }, null, 2),
    };
    const out = await runCase(hardcodedSecret, { name: 'bicep', files });
    expect(at(files, out.findings)).toEqual([
      `azuredeploy.json:7 ${k3.slice(0, 6)} ARM template parameter 'adminPassword' has a hard-coded secret default`,
      `azuredeploy.json:11 ${k4.slice(0, 6)} ARM template parameter 'vmSecret' has a hard-coded secret default`,
      `main.bicep:4 ${k2.slice(0, 6)} Bicep parameter 'administratorLoginPassword' has a hard-coded secret default`,
      `main.bicep:5 ${k3.slice(0, 6)} Bicep parameter 'apiToken' has a hard-coded secret default`,
      `main.bicep:7 ${k4.slice(0, 6)} Bicep parameter 'connectionSuffix' has a hard-coded secret default`,
    ].sort());
  });

  it('passes expressions, interpolations, user names, key names and parameters without a default', async () => {
    const files = {
      'main.bicep': [
        "param storageAccountKeyName string = 'key1'",
        '@secure()',
        "param adminUsername string = 'azureuser'",
        '@secure()',
        'param sqlPassword string = newGuid()',
        '@secure()',
        'param adminPassword string',
        "param keyVaultName string = 'kv-acme-prod-01x'",
        '@secure()',
        `param dbPassword string = '\${resourceGroup().name}-${k2}'`,
        `param notSecure string = '${k2}'`,
      ].join('\n'),
      'azuredeploy.json': JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        parameters: {
          adminUsername: { type: 'securestring', defaultValue: 'azureuser' },
          adminPassword: { type: 'securestring', defaultValue: '[newGuid()]' },
          storageName: { type: 'string', defaultValue: k3 },
          vmPassword: { type: 'securestring' },
        },
      }, null, 2),
    };
    expect((await runCase(hardcodedSecret, { name: 'bicep-ok', files })).findings).toEqual([]);
  });
});

describe('hardcoded-secret: JSON documents under a secret name (QA37 iac5 D4, D5)', () => {
  it('passes a SecretString / secret_string of plain settings', async () => {
    const files = {
      'db.yaml': [
        'Resources:',
        '  ConnSecret:',
        '    Type: AWS::SecretsManager::Secret',
        '    Properties:',
        `      SecretString: '{"host":"db.internal","port":5432,"dbname":"orders","engine":"postgres","username":"app"}'`,
        '  FlagSecret:',
        '    Type: AWS::SecretsManager::Secret',
        '    Properties:',
        `      SecretString: '{"log_level":"info","region":"eu-west-1"}'`,
      ].join('\n'),
      'secrets.tf': [
        'resource "aws_secretsmanager_secret_version" "conn" {',
        '  secret_id     = aws_secretsmanager_secret.conn.id',
        '  secret_string = "{\\"host\\":\\"db.internal\\",\\"port\\":5432,\\"engine\\":\\"postgres\\"}"',
        '}',
      ].join('\n'),
    };
    expect((await runCase(hardcodedSecret, { name: 'json-plain', files })).findings).toEqual([]);
  });

  it('reports one leaked password once, at the password; a secret under another name or in a list at the document', async () => {
    const files = {
      'secret.yaml': [
        'Resources:',
        '  Db:',
        '    Type: AWS::SecretsManager::Secret',
        '    Properties:',
        `      SecretString: '{"username":"app","password":"${k1}"}'`,
        `      Other: { SecretString: '{"value":"${k2}"}' }`,
        `  Keys: { Properties: { SecretString: '{"api_keys":["${k3}"]}' } }`,
      ].join('\n'),
      'secrets.tf': [
        'resource "aws_secretsmanager_secret_version" "db" {',
        `  secret_string = "{\\"username\\":\\"app\\",\\"password\\":\\"${k4}\\"}"`,
        '}',
      ].join('\n'),
    };
    const out = await runCase(hardcodedSecret, { name: 'json-once', files });
    expect(at(files, out.findings)).toEqual([
      `secret.yaml:5 ${k1.slice(0, 6)} 'password' is assigned a hard-coded secret value`,
      `secret.yaml:6 {"valu 'SecretString' is assigned a hard-coded secret value`,
      `secret.yaml:7 {"api_ 'SecretString' is assigned a hard-coded secret value`,
      `secrets.tf:2 ${k4.slice(0, 6)} 'password' is assigned a hard-coded secret value`,
    ]);
  });
});

describe('default-credentials: Pulumi stack configuration (QA37 iac5 D9, fphunt7 D6)', () => {
  it('reports placeholders and default passwords under secret-named keys; a development stack gives notes', async () => {
    const files = {
      'infra/Pulumi.prod.yaml': [
        'config:',
        '  aws:region: eu-west-1',
        '  shop:dbUsername: shop',
        '  shop:dbPassword: changeme',
        '  shop:grafanaAdminPassword: admin',
        '  shop:redis:',
        '    password: redis',
        '  shop:apiToken:',
        '    secure: v1:AbCdEf1234567890:XyZ',
        '  shop:passwordLength: 32',
        '  shop:dbPasswordSecretName: prod/db/password',
        '  shop:adminEmail: admin@acme.io',
      ].join('\n'),
      'infra/Pulumi.production.yaml': ['config:', '  platform:mqUser: orders', '  platform:mqPassword: orders'].join('\n'),
      'infra/Pulumi.dev.yaml': ['config:', '  shop:dbPassword: changeme'].join('\n'),
      'infra/Pulumi.yaml': ['name: shop', 'runtime: nodejs'].join('\n'),
    };
    const out = await runCase(defaultCredentials, { name: 'pulumi', files });
    expect(at(files, out.findings)).toEqual([
      'infra/Pulumi.dev.yaml:2 change (note) shop:dbPassword (Pulumi stack config) is set to a placeholder value',
      'infra/Pulumi.prod.yaml:4 change shop:dbPassword (Pulumi stack config) is set to a placeholder value',
      'infra/Pulumi.prod.yaml:5 admin shop:grafanaAdminPassword (Pulumi stack config) is set to a well-known default value',
      'infra/Pulumi.prod.yaml:7 redis shop:redis.password (Pulumi stack config) is set to a well-known default value',
      'infra/Pulumi.production.yaml:3 orders platform:mqPassword (Pulumi stack config) is set to the user name of platform:mqUser',
    ]);
  });

  it('hardcoded-secret hands a random password equal to the user name beside it to default-credentials', async () => {
    const files = { 'Pulumi.prod.yaml': ['config:', `  shop:dbUser: ${k1}`, `  shop:dbPassword: ${k1}`, `  shop:apiToken: ${k2}`].join('\n') };
    const out = await runCase(hardcodedSecret, { name: 'pulumi-user', files });
    expect(out.findings.map((f) => f.line)).toEqual([4]);
  });
});

describe('Terraform: a password equal to the user name, and helm_release set pairs (QA37 iac5 D13)', () => {
  const files = {
    'main.tf': [
      'resource "aws_db_instance" "orders" {',
      '  identifier = "orders"',
      '  username   = "orders"',
      '  password   = "orders"',
      '}',
      'module "db" {',
      '  source   = "terraform-aws-modules/rds/aws"',
      '  username = "shop"',
      '  tags = {',
      '    password = "x"',
      '  }',
      '  password = "shop"',
      '}',
      'resource "aws_db_instance" "ok" {',
      '  username = "admin"',
      '  password = random_password.db.result',
      '}',
      'resource "aws_db_instance" "vars" {',
      '  username = var.db_user',
      '  password = var.db_user',
      '}',
      'resource "helm_release" "pg" {',
      '  name  = "pg"',
      '  chart = "postgresql"',
      '  set {',
      '    name  = "auth.postgresPassword"',
      `    value = "${k4}"`,
      '  }',
      '  set_sensitive {',
      '    name  = "auth.password"',
      '    value = "changeme"',
      '  }',
      `  set = [{ name = "auth.replicationPassword", value = "${k3}" }]`,
      '  set {',
      '    name  = "auth.existingSecret"',
      '    value = "pg-credentials"',
      '  }',
      '  set {',
      '    name  = "auth.username"',
      '    value = "app"',
      '  }',
      '  set_sensitive {',
      '    name  = "auth.adminPassword"',
      '    value = var.pg_password',
      '  }',
      '}',
    ].join('\n'),
  };

  it('default-credentials reports the password equal to the user name in the same block and a placeholder chart value', async () => {
    const out = await runCase(defaultCredentials, { name: 'tf', files });
    expect(at(files, out.findings)).toEqual([
      "main.tf:12 shop\" password is set to the user name of username",
      "main.tf:31 change helm_release value 'auth.password' is set to a placeholder value",
      'main.tf:4 orders password is set to the user name of username',
    ]);
  });

  it('hardcoded-secret reports real chart values set by name, at the value', async () => {
    const out = await runCase(hardcodedSecret, { name: 'tf', files });
    expect(at(files, out.findings)).toEqual([
      `main.tf:27 ${k4.slice(0, 6)} helm_release value 'auth.postgresPassword' is assigned a hard-coded secret value`,
      `main.tf:33 ${k3.slice(0, 6)} helm_release value 'auth.replicationPassword' is assigned a hard-coded secret value`,
    ]);
  });

  it('hardcoded-secret leaves a random password equal to the user name in the same block to default-credentials', async () => {
    const tf = { 'main.tf': ['resource "aws_db_instance" "a" {', `  username = "${k2}"`, `  password = "${k2}"`, '}'].join('\n') };
    expect((await runCase(hardcodedSecret, { name: 'tf-user', files: tf })).findings).toEqual([]);
    expect((await runCase(defaultCredentials, { name: 'tf-user', files: tf })).findings.map((f) => f.line)).toEqual([3]);
  });
});
