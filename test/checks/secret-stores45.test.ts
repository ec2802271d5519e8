import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import type { CheckDef } from '../../src/checks/define.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 secrets18 D1: a secret store's resource written with a literal value (Terraform, Bicep, Pulumi) is a committed secret,
// as CloudFormation's AWS::SSM::Parameter Name/Value pair already is. Values computed at apply/run time pass.
const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'secret-stores45', files });
  expect(out.error).toBeUndefined();
  return [...out.findings].filter((f) => !f.note)
    .sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
};
const at = (findings: Awaited<ReturnType<typeof run>>) => findings.map((f) => `${f.file}:${f.line}:${f.column}`);
const where = (file: string, text: string, value: string) => {
  const i = text.indexOf(value);
  expect(i, value).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  return `${file}:${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
};
const V = ['q7Vt2LmZ9xKpR4sWbN8eJc3H', 'Hn4Rk8TzW2pQx9LmVc7Ys3Bd', 'Zp3Kx8Wm2Rt6Yb9Nq4Lc7Vd2', 'Wb6Tn3Qx8Kd2Lm7Rz4Vc9Hs5', 'Jt8Xc2Nv6Bq3Lm9Zr4Kw7Ps1', 'Rm5Hd9Kq2Wx7Vb3Nz8Lc4Tf6'];

describe('Terraform secret-store resources with a literal value are reported (D1)', () => {
  const tf = `resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = "${V[0]}"
}

resource "azurerm_key_vault_secret" "db" {
  name         = "db-password"
  value        = "${V[1]}"
  key_vault_id = azurerm_key_vault.kv.id
}

resource "github_actions_secret" "deploy" {
  repository      = "app"
  secret_name     = "DEPLOY_TOKEN"
  plaintext_value = "${V[2]}"
}

resource "aws_ssm_parameter" "app_config" {
  name  = "/prod/app/config"
  type  = "SecureString"
  value = "${V[3]}"
}

resource "aws_ssm_parameter" "api_token" {
  name  = "/prod/api/token"
  type  = "String"
  value = "${V[4]}"
}

resource "gitlab_project_variable" "sign" {
  project = "1"
  key     = "SIGNING_KEY"
  value   = "${V[5]}"
  masked  = true
}
`;

  it('each value, at the value, naming the resource and how to pass it instead; no value in the message; lookalikes pass', async () => {
    const f = await run(hardcodedSecret, { 'infra/ssm.tf': tf });
    expect(at(f)).toEqual(V.map((v) => where('infra/ssm.tf', tf, v)));
    expect(f[0]!.message).toContain("aws_ssm_parameter '/prod/db/password' is given a hard-coded secret value");
    expect(f[0]!.message).toContain('sensitive');
    expect(f[2]!.message).toContain("github_actions_secret 'DEPLOY_TOKEN'");
    for (const x of f) for (const v of V) expect(x.message).not.toContain(v);
    // Lookalikes pass: computed values, references, interpolation, ciphertext, a plain parameter, a name that says who.
    const ok = `resource "random_password" "db" { length = 24 }
resource "aws_ssm_parameter" "a" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = random_password.db.result
}
resource "aws_ssm_parameter" "b" {
  name  = "/prod/db/password2"
  type  = "SecureString"
  value = var.db_password
}
resource "azurerm_key_vault_secret" "c" {
  name         = "db-password"
  value        = data.azurerm_key_vault_secret.src.value
  key_vault_id = azurerm_key_vault.kv.id
}
resource "azurerm_key_vault_secret" "d" {
  name         = "conn"
  value        = "Server=\${azurerm_mssql_server.db.fully_qualified_domain_name};Password=\${random_password.db.result}"
  key_vault_id = azurerm_key_vault.kv.id
}
resource "github_actions_secret" "e" {
  repository      = "app"
  secret_name     = "DEPLOY_TOKEN"
  encrypted_value = "${V[0]}"
}
resource "aws_ssm_parameter" "f" {
  name  = "/prod/app/build_ref"
  type  = "String"
  value = "${V[1]}"
}
resource "aws_ssm_parameter" "g" {
  name  = "/prod/db/username"
  type  = "SecureString"
  value = "app_service_user"
}
resource "gitlab_project_variable" "h" {
  project = "1"
  key     = "BUILD_REF"
  value   = "${V[2]}"
}
`;
    expect(at(await run(hardcodedSecret, { 'ok.tf': ok }))).toEqual([]);
    expect(at(await run(defaultCredentials, { 'ok.tf': ok }))).toEqual([]);
  });

  it("a weak value in a SecureString parameter is default-credentials'", async () => {
    const weak = 'resource "aws_ssm_parameter" "db" {\n  name  = "/prod/db/password"\n  type  = "SecureString"\n  value = "changeme"\n}\n';
    const dc = await run(defaultCredentials, { 'main.tf': weak });
    expect(at(dc)).toEqual(['main.tf:4:12']);
    expect(dc[0]!.message).toContain("aws_ssm_parameter '/prod/db/password'");
    expect(at(await run(hardcodedSecret, { 'main.tf': weak }))).toEqual([]);
  });
});

describe('Bicep and Pulumi secret-store resources with a literal value are reported (D1)', () => {
  it("a Bicep Key Vault secret's literal value; a parameter or interpolation passes", async () => {
    const bicep = `param dbPassword string
resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'acme-kv'
}
resource s1 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: kv
  name: 'db-password'
  properties: {
    value: '${V[0]}'
  }
}
resource s2 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: kv
  name: 'db-password-2'
  properties: {
    value: dbPassword
  }
}
resource s3 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: kv
  name: 'conn'
  properties: {
    value: 'Server=\${sql.name};Password=\${dbPassword}'
  }
}
`;
    const f = await run(hardcodedSecret, { 'infra/kv.bicep': bicep });
    expect(at(f)).toEqual([where('infra/kv.bicep', bicep, V[0]!)]);
    expect(f[0]!.message).toContain('@secure()');
  });

  it('Pulumi TypeScript and Python: SecureString and Key Vault literals; config secrets and template strings pass', async () => {
    const ts = `import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
const cfg = new pulumi.Config();
const a = new aws.ssm.Parameter("db-password", {
    name: "/prod/db/password",
    type: "SecureString",
    value: "${V[0]}",
});
const b = new aws.ssm.Parameter("db-password-2", {
    type: "SecureString",
    value: cfg.requireSecret("dbPassword"),
});
const c = new aws.ssm.Parameter("region", {
    type: "String",
    value: "${V[1]}",
});
const d = new aws.ssm.Parameter("conn", {
    type: "SecureString",
    value: \`postgres://app:\${pw}@db/app\`,
});
`;
    const py = `import pulumi_aws as aws
param = aws.ssm.Parameter("api-token", type="SecureString", value="${V[2]}")
other = aws.ssm.Parameter("api-token-2", type="SecureString", value=config.require_secret("token"))
`;
    expect(at(await run(hardcodedSecret, { 'infra/index.ts': ts, 'infra/__main__.py': py })))
      .toEqual([where('infra/__main__.py', py, V[2]!), where('infra/index.ts', ts, V[0]!)]);
  });
});
