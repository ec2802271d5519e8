import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// A fixed random-looking literal, assembled so no line of this file holds it whole.
const k1 = ['Xk9m', 'Q2vL', 'p8wR', '4tZ7'].join('');

const findings = async (check: typeof hardcodedSecret | typeof defaultCredentials, files: Record<string, string>) =>
  (await runCase(check, { name: 'cfn', files })).findings.map((f) => `${f.file}:${f.line}`).sort();

describe('CloudFormation templates named *.template.yaml / *.template.json / *.template are judged (QA37 fphunt8 D1)', () => {
  const db = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Parameters:',
    '  DBPassword: {Type: String, NoEcho: true, Default: changeme}',
    'Resources:',
    '  DB: {Type: AWS::RDS::DBInstance, Properties: {Engine: postgres, MasterUsername: orders, MasterUserPassword: !Ref DBPassword}}',
    '  DB2: {Type: AWS::RDS::DBInstance, Properties: {Engine: postgres, MasterUsername: admin, MasterUserPassword: password}}',
  ].join('\n');
  const dbJson = JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { DBPassword: { Type: 'String', NoEcho: true, Default: 'changeme' } },
    Resources: { DB: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', MasterUsername: 'orders', MasterUserPassword: { Ref: 'DBPassword' } } } },
  }, null, 2);
  // No AWSTemplateFormatVersion: a Resources key with an AWS:: type is enough.
  const secret = ['Resources:', '  AppSecret:', '    Type: AWS::SecretsManager::Secret', '    Properties:', `      SecretString: '{"username":"orders","password":"${k1}"}'`].join('\n');

  it('default-credentials reads weak parameter defaults and MasterUserPasswords in them, as in the same file without .template', async () => {
    expect(await findings(defaultCredentials, { 'db.template.yaml': db, 'cdk.out/MyStack.template.json': dbJson, 'legacy.template.yml': db })).toEqual([
      'cdk.out/MyStack.template.json:7', 'db.template.yaml:3', 'db.template.yaml:6', 'legacy.template.yml:3', 'legacy.template.yml:6',
    ]);
    expect(await findings(defaultCredentials, { 'db.yaml': db })).toEqual(['db.yaml:3', 'db.yaml:6']);
  });

  it('hardcoded-secret reads secret-named values in them (YAML, JSON, and the older bare .template name)', async () => {
    const json = JSON.stringify({ Resources: { AppSecret: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: JSON.stringify({ username: 'orders', password: k1 }) } } } }, null, 2);
    expect(await findings(hardcodedSecret, { 'app-secret.template.yaml': secret, 'MyStack.template.json': json, 'stack.template': json })).toEqual([
      'MyStack.template.json:6', 'app-secret.template.yaml:5', 'stack.template:6',
    ]);
  });

  it('keeps placeholder templates exempt: .env.template, config.template.yml, a task definition, an .example CloudFormation template', async () => {
    const files = {
      '.env.template': `DB_PASSWORD=${k1}\nAPI_TOKEN=${k1}\n`,
      'config.template.yml': `database:\n  password: ${k1}\n  admin_password: changeme\n`,
      'task-definition.template.json': JSON.stringify({ family: 'api', containerDefinitions: [{ name: 'api', image: 'api:1', environment: [{ name: 'API_TOKEN', value: k1 }] }] }, null, 2),
      'stack.example.template.yaml': secret,
      // Serverless framework's CloudFormation resources are nested under `resources:`: not a CloudFormation template by its text.
      'serverless.template.yml': ['service: api', 'resources:', '  Resources:', '    S:', '      Type: AWS::SecretsManager::Secret', '      Properties:', `        password: ${k1}`].join('\n'),
    };
    expect(await findings(hardcodedSecret, files)).toEqual([]);
    expect(await findings(defaultCredentials, files)).toEqual([]);
  });
});

describe('default-credentials: weak defaults of Bicep @secure() and ARM securestring parameters (QA37 fphunt8 D3)', () => {
  const arm = (parameters: Record<string, unknown>) => JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters,
    resources: [],
  }, null, 2);

  it('reports placeholder and well-known defaults, at the value, with the parameter named', async () => {
    const files = {
      'main.bicep': [
        '@secure()',
        "param adminPassword string = 'Password123!'",
        '',
        '@secure()',
        "@description('SQL administrator password')",
        "param sqlAdminPassword string = 'changeme' // set at deploy time",
        "param vmAdminPassword string = 'P@ssw0rd'",
        '@secure()',
        "param connectionSuffix string = 'changeme'",
      ].join('\n'),
      'azuredeploy.json': arm({
        adminUsername: { type: 'string', defaultValue: 'azureuser' },
        adminPassword: { type: 'securestring', defaultValue: 'Password123!' },
        sqlAdministratorLoginPassword: { type: 'SecureString', defaultValue: 'changeme' },
      }),
    };
    const out = (await runCase(defaultCredentials, { name: 'azure-weak', files })).findings;
    expect(out.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`).sort()).toEqual([
      "azuredeploy.json:11:24 ARM template parameter 'adminPassword' has a default: it is set to a placeholder value",
      "azuredeploy.json:15:24 ARM template parameter 'sqlAdministratorLoginPassword' has a default: it is set to a placeholder value",
      "main.bicep:2:31 Bicep parameter 'adminPassword' has a default: it is set to a placeholder value",
      "main.bicep:6:34 Bicep parameter 'sqlAdminPassword' has a default: it is set to a placeholder value",
      "main.bicep:7:33 Bicep parameter 'vmAdminPassword' has a default: it is set to a well-known default value",
      "main.bicep:9:34 Bicep parameter 'connectionSuffix' has a default: it is set to a placeholder value",
    ].sort());
    expect(out.every((f) => f.secret !== undefined && !f.note)).toBe(true);
    // A real secret there stays hardcoded-secret's, never both.
    expect((await runCase(hardcodedSecret, { name: 'azure-weak', files })).findings).toEqual([]);
  });

  it('passes names, expressions, interpolations, parameters without a default, non-secret parameters and templates', async () => {
    const files = {
      'main.bicep': [
        '@secure()',
        "param adminUsername string = 'admin'",
        '@secure()',
        'param sqlPassword string = newGuid()',
        '@secure()',
        'param adminPassword string',
        '@secure()',
        "param dbPassword string = '${resourceGroup().name}-changeme'",
        "param environment string = 'default'",
        "param skuName string = 'changeme'",
      ].join('\n'),
      'azuredeploy.json': arm({
        adminUsername: { type: 'securestring', defaultValue: 'admin' },
        adminPassword: { type: 'securestring', defaultValue: '[newGuid()]' },
        vmPassword: { type: 'securestring' },
        passwordSecretName: { type: 'string', defaultValue: 'vm-admin-password' },
        storageKeyName: { type: 'string', defaultValue: 'key1' },
      }),
      // Not an ARM template: no deploymentTemplate schema.
      'settings.json': JSON.stringify({ parameters: { adminPassword: { type: 'securestring', defaultValue: 'changeme' } }, deploymentTemplate: true }, null, 2),
      'infra/main.example.bicep': "@secure()\nparam adminPassword string = 'changeme'\n",
      'test/main.bicep': "@secure()\nparam adminPassword string = 'changeme'\n",
    };
    expect((await runCase(defaultCredentials, { name: 'azure-ok', files })).findings).toEqual([]);
  });
});
