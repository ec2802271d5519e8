/**
 * Infrastructure-as-code resources that exist to put one secret into a secret store: Terraform's `aws_ssm_parameter`,
 * `azurerm_key_vault_secret`, `github_actions_secret`, …, Bicep's `Microsoft.KeyVault/vaults/secrets` and the Pulumi
 * resources of the same stores. A literal value there is the secret itself, committed in plain text: the store's copy is
 * encrypted, the repository's is not. Read here for hardcoded-secret (a real value) and default-credentials (a weak one).
 */
import { hclAttribute, hclBlocks, type HclBlock } from './hcl.js';
import { containsWord, lineColumnAt } from './text.js';

/** One literal value written into a secret store's resource. */
export interface SecretStoreValue {
  /** What the resource is: `aws_ssm_parameter`, `Microsoft.KeyVault/vaults/secrets`, `aws.ssm.Parameter`. */
  resource: string;
  /** The secret's name in the store (`/prod/db/password`, `db-password`, `DEPLOY_TOKEN`), else the resource's own name. */
  name: string;
  value: string;
  /**
   * Whether the resource holds a secret whatever its name (a `SecureString` parameter, a Key Vault secret, a GitHub Actions
   * secret, a masked GitLab variable, a sensitive Terraform Cloud variable); otherwise (a `String` parameter, a plain
   * variable) the value is judged by its name, as any assignment is.
   */
  secure: boolean;
  /**
   * A Terraform resource whose `lifecycle { ignore_changes = [value] }` (or `all`) leaves the deployed value to someone else:
   * the literal is a seed written once at creation (`value = "changeme"`), not what runs.
   */
  seeded?: true;
  line: number;
  column: number;
}

interface StoreType {
  /** The arguments the value is written in. */
  values: readonly string[];
  /** The argument naming the secret in the store. */
  name: string;
  /** Whether the resource holds a secret: always (true), or as an argument says. */
  secure: true | ((text: string, block: HclBlock) => boolean);
}

const isTrue = (arg: string) => (text: string, block: HclBlock): boolean => {
  const a = hclAttribute(text, block, arg);
  return a !== undefined && /^true\b/.test(text.slice(a.at, a.at + 5));
};
const GITHUB_SECRET: StoreType = { values: ['plaintext_value'], name: 'secret_name', secure: true };
const GITLAB_VARIABLE: StoreType = { values: ['value'], name: 'key', secure: isTrue('masked') };

/**
 * Terraform resources that write a secret store. `aws_ssm_parameter` holds a secret when its `type` is `SecureString` (its
 * `insecure_value` is the provider's non-sensitive argument: judged by name); the `*_wo` arguments are write-only, kept out of
 * the state, but not out of git. `encrypted_value` (GitHub) is ciphertext and not read.
 */
const TF_STORES: ReadonlyMap<string, StoreType> = new Map<string, StoreType>([
  ['aws_ssm_parameter', { values: ['value', 'value_wo', 'insecure_value'], name: 'name', secure: (text, block) => hclAttribute(text, block, 'type')?.value === 'SecureString' && hclAttribute(text, block, 'insecure_value') === undefined }],
  ['azurerm_key_vault_secret', { values: ['value', 'value_wo'], name: 'name', secure: true }],
  ['github_actions_secret', GITHUB_SECRET],
  ['github_actions_environment_secret', GITHUB_SECRET],
  ['github_actions_organization_secret', GITHUB_SECRET],
  ['github_dependabot_secret', GITHUB_SECRET],
  ['github_dependabot_organization_secret', GITHUB_SECRET],
  ['github_codespaces_secret', GITHUB_SECRET],
  ['github_codespaces_organization_secret', GITHUB_SECRET],
  ['github_codespaces_user_secret', GITHUB_SECRET],
  ['gitlab_project_variable', GITLAB_VARIABLE],
  ['gitlab_group_variable', GITLAB_VARIABLE],
  ['gitlab_instance_variable', GITLAB_VARIABLE],
  ['tfe_variable', { values: ['value'], name: 'key', secure: isTrue('sensitive') }],
]);
const TF_STORE_HINT = /\b(?:aws_ssm_parameter|azurerm_key_vault_secret|github_(?:actions|dependabot|codespaces)_\w*secret|gitlab_\w+_variable|tfe_variable)\b/;

/**
 * The literal values of a Terraform file's secret-store resources, at the value. A value Terraform computes (`var.…`,
 * `random_password.x.result`, `data.…`, `"${…}"`, a function call) is no literal and is not returned.
 */
/** `lifecycle { … ignore_changes = [value, …] }` (or `= all`) inside a resource block: group 1 what it ignores. */
const LIFECYCLE_IGNORES = /\blifecycle[ \t]*\{[^{}]{0,2000}?\bignore_changes[ \t]*=[ \t]*(\[[^\]\n]{0,500}\]|all)/;

export function terraformSecretStoreValues(text: string): SecretStoreValue[] {
  const out: SecretStoreValue[] = [];
  if (!TF_STORE_HINT.test(text)) return out;
  for (const block of hclBlocks(text, 'resource')) {
    const type = TF_STORES.get(block.labels[0] ?? '');
    if (!type) continue;
    const named = hclAttribute(text, block, type.name)?.value;
    const name = named || block.labels[1] || block.labels[0]!;
    const secure = type.secure === true || type.secure(text, block);
    const ignored = LIFECYCLE_IGNORES.exec(text.slice(block.start, block.end))?.[1] ?? '';
    for (const arg of type.values) {
      const v = hclAttribute(text, block, arg);
      if (!v || typeof v.value !== 'string' || !v.value) continue;
      const seeded = /^\s*all\s*$/.test(ignored) || new RegExp(`(?:^|[\\s,\\[])${arg}(?:$|[\\s,\\]])`).test(ignored);
      out.push({ resource: block.labels[0]!, name, value: v.value, secure: secure && arg !== 'insecure_value', ...(seeded ? { seeded: true as const } : {}), ...lineColumnAt(text, v.at + 1) });
    }
  }
  return out;
}

/** The end of the bracketed span opening at `open` (`{` or `(`), strings skipped; -1 when it does not close within `limit`. */
function spanEnd(text: string, open: number, limit = 6000): number {
  const end = Math.min(text.length, open + limit);
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < end && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '(' || c === '[') depth++;
    else if ((c === '}' || c === ')' || c === ']') && --depth === 0) return i;
  }
  return -1;
}

/** A quoted literal without interpolation (Bicep `'…'`; JS/TS/Python `"…"`/`'…'`), unescaped; null when it is computed. */
function literal(raw: string, quote: string): string | null {
  if (quote === '`' || raw.includes('${')) return null;
  return raw.replace(/\\(.)/g, '$1');
}

const BICEP_SECRET_RE = /^[ \t]*resource[ \t]+\w+[ \t]+'(Microsoft\.KeyVault\/vaults\/secrets|secrets)@[\w-]+'[ \t]*(?:existing[ \t]*)?=[ \t]*\{/gm;
const BICEP_VALUE_RE = /^[ \t]*value[ \t]*:[ \t]*'((?:[^'\\\n]|\\.){1,4096})'[ \t]*(?:\/\/.*)?\r?$/m;
const BICEP_NAME_RE = /^[ \t]*name[ \t]*:[ \t]*'([^'\n$]{1,200})'/m;

/**
 * The literal `properties.value` of a Bicep Key Vault secret (`Microsoft.KeyVault/vaults/secrets@…`, or a `secrets` child
 * resource declared inside a vault). An interpolation (`'${…}'`), a parameter or a function call is no literal.
 */
export function bicepSecretStoreValues(text: string): SecretStoreValue[] {
  const out: SecretStoreValue[] = [];
  if (!text.includes('secrets@')) return out;
  BICEP_SECRET_RE.lastIndex = 0;
  for (let m = BICEP_SECRET_RE.exec(text), guard = 0; m !== null && guard < 1000; m = BICEP_SECRET_RE.exec(text), guard++) {
    if (m[0].includes('existing')) continue;
    // A `secrets` child resource: only inside a Key Vault's declaration (another resource's `secrets` child is something else).
    if (m[1] === 'secrets' && !text.includes('Microsoft.KeyVault/vaults@')) continue;
    const open = m.index + m[0].length - 1;
    const close = spanEnd(text, open);
    if (close < 0) continue;
    const body = text.slice(open, close);
    const v = BICEP_VALUE_RE.exec(body);
    if (!v) continue;
    const value = literal(v[1]!, "'");
    if (!value) continue;
    const name = BICEP_NAME_RE.exec(body)?.[1]?.split('/').at(-1) ?? 'secret';
    out.push({ resource: 'Microsoft.KeyVault/vaults/secrets', name, value, secure: true, ...lineColumnAt(text, open + v.index + v[0].indexOf("'") + 1) });
  }
  return out;
}

/** Pulumi resources (TypeScript/JavaScript `new aws.ssm.Parameter(…)`, Python `aws.ssm.Parameter(…)`) that write a secret store. */
const PULUMI_STORE_RE = /(?<![\w.])(?:new[ \t]+)?(aws\.ssm\.Parameter|azure\.keyvault\.Secret|azure_native\.keyvault\.Secret|azure_native\.keyvault\.v\d+\.Secret|keyvault\.Secret|github\.ActionsSecret|github\.ActionsEnvironmentSecret|github\.ActionsOrganizationSecret|github\.DependabotSecret|github\.CodespacesSecret)[ \t]*\(/g;
/** `ssm.Parameter`, found by its rarer capital (containsWord checks each `Parameter` for the whole word). */
const SSM_PARAMETER_WORD = { word: 'ssm.Parameter', anchor: 'Parameter' };
const PULUMI_VALUE_RE = /(?<![\w.])(value|plaintextValue|plaintext_value)[ \t]*[:=][ \t]*(["'])((?:(?!\2)[^\\\n]|\\.){1,4096})\2/g;
const PULUMI_NAME_RE = /(?<![\w.])(?:name|secretName|secret_name)[ \t]*[:=][ \t]*(["'])([^"'\n$]{1,200})\1/;
const PULUMI_FIRST_ARG_RE = /^\([ \t\r\n]*(["'])([^"'\n$]{1,200})\1/;
const PULUMI_SECURE_STRING_RE = /(?<![\w.])type[ \t]*[:=][ \t]*(["'])SecureString\1|ParameterType\.SECURE_STRING|ParameterType\.SecureString/;

/**
 * The literal values of Pulumi resources that write a secret store: an `aws.ssm.Parameter` (`type: "SecureString"` holds a
 * secret whatever its name; another type is judged by its name), an Azure Key Vault secret (`value`, or `properties: {value}`),
 * a GitHub Actions secret's `plaintextValue`. A variable, `config.requireSecret(…)`, a template literal or an f-string is no literal.
 */
export function pulumiSecretStoreValues(text: string): SecretStoreValue[] {
  const out: SecretStoreValue[] = [];
  // (Every JavaScript and Python file of a scan is asked: a substring search first, the regex only where it can match.
  // `ssm.Parameter` is found by its `Parameter`: a search stops at every `s` of a file, and code is full of them.)
  if ((!text.includes('Secret') && !containsWord(text, SSM_PARAMETER_WORD)) || !/\.(?:ssm\.Parameter|keyvault\.(?:v\d+\.)?Secret|\w*Secret)[ \t]*\(/.test(text)) return out;
  PULUMI_STORE_RE.lastIndex = 0;
  for (let m = PULUMI_STORE_RE.exec(text), guard = 0; m !== null && guard < 1000; m = PULUMI_STORE_RE.exec(text), guard++) {
    const open = m.index + m[0].length - 1;
    const close = spanEnd(text, open);
    if (close < 0) continue;
    const args = text.slice(open, close);
    const resource = m[1]!;
    const ssm = resource === 'aws.ssm.Parameter';
    const secure = !ssm || PULUMI_SECURE_STRING_RE.test(args);
    const name = PULUMI_NAME_RE.exec(args)?.[2] ?? PULUMI_FIRST_ARG_RE.exec(args)?.[2] ?? resource;
    PULUMI_VALUE_RE.lastIndex = 0;
    for (const v of args.matchAll(PULUMI_VALUE_RE)) {
      const value = literal(v[3]!, v[2]!);
      if (!value) continue;
      out.push({ resource, name, value, secure, ...lineColumnAt(text, open + v.index + v[0].indexOf(v[2]!, v[1]!.length) + 1) });
    }
  }
  return out;
}
