import { BINARY_SKIP, isLfsPointer, UNREADABLE_SKIP, unquoteName } from '../repo/read.js';
import { z } from 'zod';
import { fileGlobEntry } from './util/option-entry.js';
import { fileAllowMatcher } from './util/file-globs.js';
import { defineCheck } from './define.js';
import { basename, dirname, hasDevWord, isDevOnly, isEnvFile, isRenderedEnvTemplate, isTemplate, isTestFile, isVendored } from '../repo/classify.js';
import { composeDevOnly, composeEnvFiles } from '../repo/compose.js';
import { isDefaultCredential, isReference, isSecretName, URL_CREDENTIALS_RE } from './util/secrets.js';
import { kustomizeGeneratorFiles } from './util/code.js';
import { isSecretDataValue } from './hardcoded-secret.js';
import type { EnvEntry } from '../repo/env.js';
import type { SnapshotView } from '../repo/snapshot.js';

/** Prefixes whose variables are compiled into client bundles by design: never secrets. */
const PUBLIC_PREFIX = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|NUXT_PUBLIC_|PUBLIC_|EXPO_PUBLIC_|GATSBY_|VUE_APP_)/;

/**
 * The `-`/`_` spellings of `.env.<name>`: `.env-non-dev` (Superset's docker/), `.env_prod`, `.env-production`. Their
 * template spellings (`.env-example`, `.env_sample`, `.env-template.local`) are templates; env-cmd's `.env-cmdrc` is its config.
 */
const SEPARATED_ENV = /^\.env[-_](?!cmdrc(?:\.|$))[^/]+$/i;
const SEPARATED_TEMPLATE = /[._-](?:example|sample|template|tpl|dist)(?:[._-]|$)/i;
const isSeparatedEnvFile = (f: string) => SEPARATED_ENV.test(basename(f)) && !SEPARATED_TEMPLATE.test(basename(f).slice(4));

/**
 * Env files by use rather than by name: a tracked file a compose service loads with `env_file:` (cookiecutter-django's
 * `.envs/.production/.django`, `.envs/.production/.postgres`), and a dotenv file in an `.envs/` folder (that layout's
 * name, compose or not). `dev` when only development services load it (a development-only compose file or profile, Laravel
 * Sail's environment), or, loaded by none, when it sits in a folder named for development (`.envs/.local/`); `by` says why
 * it is one (for the message). Not templates, test and illustration files, files named as env files (judged by name), or
 * files that define no variable (a compose `env_file` that is no dotenv file: compose would refuse it).
 */
function envFilesByUse(snapshot: SnapshotView): Map<string, EnvFileUse> {
  const loaded = new Map<string, { dev: boolean; services: Map<string, string[]> }>();
  const candidate = (p: string) => snapshot.has(p) && !isEnvFile(p) && !isSeparatedEnvFile(p) && !isTemplate(p) && !isRenderedEnvTemplate(p) && !isTestFile(p) && !DOC_NAME.test(p) && (snapshot.envFileAt(p)?.entries.length ?? 0) > 0;
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const dev = composeDevOnly(svc) !== null;
      for (const p of composeEnvFiles(svc)) {
        if (!candidate(p)) continue;
        const had = loaded.get(p) ?? { dev, services: new Map<string, string[]>() };
        had.dev &&= dev;
        loaded.set(p, had);
        const names = had.services.get(svc.file) ?? [];
        if (!names.includes(svc.name)) had.services.set(svc.file, [...names, svc.name]);
      }
    }
  }
  const out = new Map<string, EnvFileUse>();
  for (const [p, { dev, services }] of loaded) {
    const named = [...services].map(([f, names]) => `${names.map((n) => `'${n}'`).join(', ')} in ${f}`).join(' and ');
    const many = [...services.values()].flat().length > 1;
    out.set(p, { dev: dev || isDevOnly(p), by: `the env_file of ${dev ? 'development ' : ''}compose service${many ? 's' : ''} ${named}` });
  }
  for (const p of snapshot.files) {
    if (out.has(p) || !ENVS_FOLDER.test(p) || isVendored(p) || !candidate(p)) continue;
    const folders = p.slice(p.search(ENVS_FOLDER)).split('/').slice(1, -1);
    out.set(p, { dev: isDevOnly(p) || folders.some((f) => hasDevWord(f.replace(/^\./, ''))), by: 'an env file of the .envs/ folder' });
  }
  // A kustomize generator's env source (`configMapGenerator: [{envs: [config.env]}]`, an env file named in `files:`): kustomize
  // reads it from the repository to build the ConfigMap or Secret, so it is committed on purpose whatever its name (`config.env`,
  // `production.env`, `.env`), and judged by what it holds, as a compose `env_file` is. A `secretGenerator` source's values
  // are a Secret's, judged as a Secret manifest's keys are: any real one but where or who is a committed secret. Development overlays' (`overlays/dev/`) are notes.
  const generated = new Map<string, { dev: boolean; secret: boolean; uses: string[] }>();
  for (const g of kustomizeGeneratorFiles(snapshot)) {
    const p = g.path;
    if (!g.envLike || isRenderedEnvTemplate(p) || DOC_NAME.test(p) || !(isEnvFile(p) || isSeparatedEnvFile(p) || out.has(p))) continue;
    const had = generated.get(p) ?? { dev: true, secret: false, uses: [] };
    had.dev &&= g.dev;
    had.secret ||= g.generator === 'secretGenerator';
    const use = `${g.generator} '${g.name}' in ${g.kustomization}`;
    if (!had.uses.includes(use)) had.uses.push(use);
    generated.set(p, had);
  }
  for (const [p, { dev, secret, uses }] of generated) {
    const by = `the source of kustomize ${uses.join(' and ')}`;
    const prev = out.get(p);
    out.set(p, { dev: (prev?.dev ?? true) && dev, by: prev ? `${prev.by} and ${by}` : by, kustomize: secret ? 'secretGenerator' : 'configMapGenerator' });
  }
  return out;
}
/**
 * Why a file named otherwise is an env file (see envFilesByUse): `dev` when only development uses it, `by` what uses it, and
 * `kustomize` the generator kind when a kustomize generator reads it (a `secretGenerator` when any does).
 */
interface EnvFileUse { dev: boolean; by: string; kustomize?: 'configMapGenerator' | 'secretGenerator' }
/** cookiecutter-django's folder of dotenv files (`.envs/.production/.django`). */
const ENVS_FOLDER = /(?:^|\/)\.envs\//;
/** Documentation and scripts in such a folder are no env files. */
const DOC_NAME = /\.(?:md|markdown|rst|txt|adoc|html?|sh|py|js|ts|json|ya?ml|toml)$/i;
/** What a value holds: a reference (`${DB_PASSWORD}`, `$DB_PASSWORD`, `${DB_PASSWORD:?}`) nothing, one with a default (`${DB_PASSWORD:-s3cr3t}`) that default. */
const held = (v: string): string => { const m = /^\$\{\w+(?::?-([^}]*))?\}$|^\$\w+$|^\$\{\w+:?\?[^}]*\}$/.exec(v.trim()); return m ? m[1] ?? '' : v; };
/**
 * A value that is a secret whatever its name: a URL with a password (`postgres://app:s3cret@db/app`), not one whose password is a
 * reference (`postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres/app`) or a well-known default (`redis://:changeme@redis`).
 */
function urlHoldsPassword(v: string): boolean {
  if (!v.includes('://')) return false;
  for (const m of v.matchAll(URL_CREDENTIALS_RE)) {
    const p = held(m[3]!);
    if (p !== '' && !isReference(p) && !isDefaultCredential(p)) return true;
  }
  return false;
}

/**
 * The env files Symfony commits by convention (its Dotenv component loads them, `composer dump-env prod` compiles them): `.env`
 * (defaults for every environment) and `.env.<environment>` (`.env.test`, `.env.prod`: that environment's defaults); the
 * `.local` ones (`.env.local`, `.env.prod.local`) are the uncommitted overrides where secrets go. dotenvx's `.env.keys` and
 * dotenv-vault's `.env.me`/`.env.vault` are no environment of Symfony's: their keys leave git there as anywhere.
 */
const SYMFONY_COMMITTED = /^\.env(?:\.(?!(?:local|keys|me|vault)$)[\w-]+)?$/;
/** A Symfony Flex recipe's section markers in a `.env` (`###> symfony/framework-bundle ###`). */
const SYMFONY_MARKER = /^###> symfony\/(?:framework-bundle|dotenv) ###\s*$/m;
/**
 * Whether `file` is an env file of a Symfony application: its project (the folder it is in) has a composer.json requiring
 * symfony/framework-bundle or symfony/dotenv, or the project's `.env` carries the recipe markers.
 */
export function isSymfonyEnvFile(snapshot: SnapshotView, file: string): boolean {
  if (!SYMFONY_COMMITTED.test(basename(file))) return false;
  const dir = dirname(file);
  const at = (name: string) => (dir ? `${dir}/${name}` : name);
  // Only files git tracks are read (a missing composer.json is not looked for on disk).
  const text = (p: string) => (snapshot.has(p) ? snapshot.text(p) ?? '' : '');
  if (/"symfony\/(?:framework-bundle|dotenv)"\s*:/.test(text(at('composer.json')))) return true;
  return SYMFONY_MARKER.test(text(file)) || SYMFONY_MARKER.test(text(at('.env')));
}
/** A variable that holds a secret in the clear: a secret name with a real value (no placeholder, well-known default or reference), or a URL with a password. */
const holdsSecret = (e: EnvEntry) => { const v = held(e.value); return v !== '' && ((isSecretName(e.key) && !isDefaultCredential(v) && !isReference(v)) || urlHoldsPassword(v)); };

/** Env files that libraries ask to commit: dotenv-defaults' `.env.defaults`, dotenv-extended's `.env.schema` and `.env.defaults`. */
const COMMITTED_BY_DESIGN = /^\.env\.(?:defaults|schema)$/;

/**
 * Env files committed on purpose because they hold no secret in the clear: `info` notes. Each says what its values are
 * and what must stay out of git instead.
 */
/** Whole-file encryption: an encrypting tool's extension, or the header of its text output (ASCII-armoured PGP or age, `openssl enc -a`'s `Salted__` in base64). */
const ENCRYPTED_NAME = /\.(?:gpg|pgp|asc|age|enc|encrypted|crypt)$/i;
const ENCRYPTED_TEXT = /^(?:-----BEGIN (?:PGP MESSAGE|AGE ENCRYPTED FILE)-----|age-encryption\.org\/v1\n|U2FsdGVkX1|Salted__)/;

/**
 * What dotenv-vault writes: `.env.vault` holds `DOTENV_VAULT_<ENVIRONMENT>="<base64 AES-256-GCM ciphertext>"` with
 * `DOTENV_VAULT_<ENVIRONMENT>_VERSION=<n>` (older ones also the project's `DOTENV_VAULT=vlt_…` and `DOTENV_API_URL`),
 * `.env.project` its `DOTENV_PROJECT=vlt_…` identifier (`missing` until set). A ciphertext is at least a 12-byte nonce and a
 * 16-byte tag (40 base64 characters). Any other key or value is plain text: no dotenv-vault file.
 */
function dotenvVault(entries: readonly EnvEntry[]): 'encrypted' | 'identifier' | null {
  if (!entries.length) return null;
  let cipher = false;
  for (const { key, value } of entries) {
    if (key === 'DOTENV_VAULT' || key === 'DOTENV_PROJECT') { if (!/^(?:vlt_[0-9a-f]{16,}|missing)$/.test(value)) return null; }
    else if (key === 'DOTENV_API_URL') { if (!/^https:\/\/[^\s@/]+\/?$/.test(value)) return null; }
    else if (/^DOTENV_VAULT_[A-Z0-9_]+_VERSION$/.test(key)) { if (!/^\d+$/.test(value)) return null; }
    else if (/^DOTENV_VAULT_[A-Z0-9_]+$/.test(key) && /^[A-Za-z0-9+/]{38,}={0,2}$/.test(value) && value.length >= 40) cipher = true;
    else return null;
  }
  return cipher ? 'encrypted' : 'identifier';
}

const SEALED: { holds: (name: string, entries: EnvEntry[], text: () => string | undefined, binary: () => boolean) => boolean; what: string; keys?: string[] }[] = [
  {
    // A file encrypted whole (`gpg -c .env` → `.env.gpg`, `openssl enc -a`, age, git-crypt): no variable can be read.
    // A binary env file (gpg/openssl/age binary output; git-crypt leaves `.env` its name and checks out its ciphertext
    // while the repository is locked, as in CI) is no dotenv text: ciphertext.
    // The header decides even when the dotenv reader took a base64 line ending in `=` for a variable.
    // A file that could not be read for another reason (a symlink out of the repository, permission denied) is no ciphertext.
    holds: (name, entries, text, binary) => {
      const t = text();
      if (t !== undefined && ENCRYPTED_TEXT.test(t.trimStart())) return true;
      return entries.length === 0 && (t === undefined ? binary() : ENCRYPTED_NAME.test(name));
    },
    what: 'encrypted whole (gpg/age/openssl/git-crypt); keep the decryption key or passphrase out of git',
  },
  {
    // dotenv-vault's `.env.vault` (by its content, not its name: a HashiCorp `VAULT_TOKEN=…` file may be called so);
    // dotenvx: every value an `encrypted:` ciphertext, beside its public key.
    holds: (_name, entries) => dotenvVault(entries) === 'encrypted' || (entries.length > 0 && entries.every((e) => e.value.startsWith('encrypted:') || e.key.startsWith('DOTENV_PUBLIC_KEY'))),
    what: 'encrypted (dotenv-vault/dotenvx); keep the decryption keys (.env.keys, DOTENV_KEY) out of git',
    keys: ['.env.keys'],
  },
  {
    // dotenv-vault's `.env.project` (`DOTENV_PROJECT=vlt_…`), which it asks to commit: the project's identifier, no secret.
    holds: (_name, entries) => dotenvVault(entries) === 'identifier',
    what: 'dotenv-vault\'s project identifier (vlt_…), no secret; keep .env.me and .env.keys out of git',
    keys: ['.env.keys', '.env.me'],
  },
  {
    // sops' dotenv format: every value an `ENC[AES256_GCM,…]` ciphertext, beside sops' own plaintext `sops_*` metadata.
    holds: (_name, entries) => {
      const values = entries.filter((e) => !e.key.startsWith('sops_'));
      return values.length > 0 && values.length < entries.length && entries.some((e) => e.key === 'sops_mac' || e.key === 'sops_version') && values.every((e) => e.value.startsWith('ENC['));
    },
    what: 'encrypted (sops); keep the decryption keys (age/PGP/KMS) out of git',
  },
  {
    // 1Password's secret references (`op run --env-file .env`): every value an `op://vault/item/field` address.
    holds: (_name, entries) => entries.length > 0 && entries.every((e) => e.value.trim().startsWith('op://')),
    what: '1Password secret references (op://…) that `op run` resolves at run time; keep it that way (a plain value added later is a leaked secret)',
  },
];

/**
 * Whether a tracked env file holds no secret in the clear, as this check judges it (an `info` note): what it holds and the
 * files beside it that hold its keys (`.env.keys`), or undefined. A Git LFS pointer is not (its content is not here).
 */
export function sealedEnvFile(snapshot: SnapshotView, file: string, entries = snapshot.envFileAt(file)?.entries ?? []): { what: string; keys?: string[] } | undefined {
  if (isLfsPointer(snapshot.text(file) ?? '')) return undefined;
  return SEALED.find((f) => f.holds(basename(file), entries, () => snapshot.text(file), () => snapshot.binary(file)));
}

export const envFileCommitted = defineCheck({
  id: 'env-file-committed',
  title: 'No .env files are committed',
  severity: 'critical',
  description: 'A tracked .env, .env.<anything> (also .env-<anything>, .env_<anything>) or <name>.env file (templates such as .env.example excepted), or a dotenv file named otherwise that a compose service loads with env_file or that sits in an .envs/ folder.',
  match: [
    {
      // ".env is not committed", "No .env in git", "Never commit .env files", "Don't check .env into git",
      // "We keep .env out of version control", ".env files are excluded from the repository", "Environment files are not checked into git".
      pattern: /(?:\.env\b|\b(?:env(?:ironment)?|dotenv) files\b)[^;]*\b(?:not|never|no)\b[^;]*\b(?:commit(?:ted)?|git|version control|repo(?:sitory)?|tracked)\b|\b(?:no|never)\b[^;]*\.env\b[^;]*\b(?:in git|in the repo(?:sitory)?|in version control|committed|checked in|tracked)\b|\b(?:never|don't|do not) commit\b[^;]*\.env\b|\b(?:never|don't|do not) (?:check|push|add)\b[^;]*\.env\b[^;]*\b(?:git|repo(?:sitory)?|version control|source control)\b|\.env\b[^;]*\b(?:out of|excluded from|left out of) (?:git|the repo(?:sitory)?|version control|source control)\b/,
      unless: /\bpermissions?\b|\bchmod\b/,
      note: 'a promise that no .env file is committed: the check fails on every tracked .env file',
    },
    {
      // Taken out of the repository: "Remove .env from the repository", "Delete `.env` from git", "`git rm --cached .env`"
      // (not a template: "Remove `.env.example` from the repo" is about the example).
      pattern: /\b(?:remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|untrack(?:s|ed|ing)?|get rid of)\b[^;]*?(?<![\w.-])\.env(?![\w.-])[^;]*\b(?:from|out of) (?:the |our )?(?:git(?: history| index)?|repo(?:sitory)?|version control|source control|tracked files)\b|\bgit rm\b[^;]*?(?<![\w.-])\.env(?![\w.-])/,
      unless: /\bpermissions?\b|\bchmod\b/,
      note: 'a promise that .env is taken out of the repository: the check fails on every tracked .env file',
    },
    {
      // "No .env" alone under a secrets, git, repository, configuration or environment heading or parent item, read with it
      // ("### secrets" › "No .env" reads "secrets no .env", "Secrets: no .env files"): there it is not committed. Not under
      // another heading ("### docker" › "No .env" is a `.env` kept out of the image).
      pattern: /^(?:secrets?|credentials?|git|repo(?:sitory)?|version control|source control|config(?:uration)?|env(?:ironment)? (?:files?|variables?|vars?|config(?:uration)?)|dotenv)(?: (?:management|handling|hygiene))?:? no (?:\.env|(?:dotenv|env) files?|\.env files?)$/,
      note: 'no .env, under a secrets/repository/configuration heading: the check fails on every tracked .env file',
    },
  ],
  docs: {
    why: 'Env files hold the secrets of a deployment; once committed they are in every clone and in the history for good.',
    fix: 'Remove the file from git (`git rm --cached FILE`), rotate its secrets, ignore it in .gitignore and commit a template (.env.example) instead.',
    details: [
      'Files: every tracked file named `.env`, `.env.<anything>` (`.env.production`, `.env.local`…) or `<name>.env` (`db.env`), and the dash and underscore spellings `.env-<anything>`/`.env_<anything>` (`.env-non-dev`, as Superset commits it, `.env_prod`, `.env-production`; not env-cmd\'s `.env-cmdrc` config), in any case (`.ENV`, `.Env.Production`: one file to dotenv on Windows and macOS, and git on Linux does not ignore `.ENV` with a `.env` rule).',
      'Env files by use, whatever their names: a tracked file that a compose service loads with `env_file:` (cookiecutter-django\'s `.envs/.production/.django` and `.envs/.production/.postgres`, named in `production.yml`), and a dotenv file in an `.envs/` folder, compose or not. Named otherwise, such a file is judged by what it holds: `critical` when a variable with a secret name (`DJANGO_SECRET_KEY`, `POSTGRES_PASSWORD`) holds a value — not a placeholder (`!!!SET DJANGO_SECRET_KEY!!!`), a reference (`${POSTGRES_PASSWORD}`) or a well-known default (`changeme`, which default-credentials reports) — or a value is a URL with a password (one written so too: `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres/app` holds none), `low` when none does (`env_file: config/app.defaults` with `LOG_LEVEL=info`: keep it free of secrets); a file that only development services load (a development-only compose file such as `local.yml` or `docker-compose.override.yml`, a development profile) or, loaded by none, in a development folder (`.envs/.local/`, which cookiecutter-django commits on purpose) is an `info` note. Not templates (`.envs/.production/.django.example`), files in test and illustration folders, compose files there, files that define no variable (a compose `env_file` that is no dotenv file), or documentation and scripts (`.envs/README.md`). So is an env file a kustomize generator reads (`configMapGenerator: [{name: web-config, envs: [config.env]}]`, the example of the Kubernetes docs, also `.env` or `production.env`; an env file named in `files:`), committed on purpose whatever its name since kustomize reads it from the repository: `low` when no variable with a secret name holds a real value (a ConfigMap\'s `LOG_LEVEL=info`: keep it free of secrets), `critical` when one does (a ConfigMap shows it in the clear); a `secretGenerator` source holds a Secret\'s values, judged as a `kind: Secret` manifest\'s keys are (hardcoded-secret): any real value in it is `critical` (a committed secret) whatever its name, but for keys that name where or who (`REDIS_HOST`, `DB_USER`, `DB_PORT`, `DB_NAME`), booleans and URLs without a password; only those, placeholders, references and well-known defaults `low`; a development overlay\'s (`overlays/dev/`) is an `info` note.',
      'Only the working tree is scanned (git-tracked files); untracked files, even if present on disk, are fine.',
      'Outside a git repository the files are those of the folder that `.gitignore` does not ignore: an env file there is reported as in the folder and not ignored (it would be committed with it), with advice to ignore it rather than `git rm --cached`.',
      'Exempt: templates, copied by hand (`.env.example`, `.env.sample`, `.env.template`, `.env.tpl`, `.env.dist`, `example.env`, `.env.production.example`, `.env.dev-sample`, `.env_sample`, `.env-example`, `.env-template`…: hardcoded-secret reads their values as illustrations, still searching them for provider tokens, URL passwords and private keys) or rendered at deploy time, by a templating tool\'s extension (`.env.j2`, `.env.jinja`, `.env.jinja2` for Ansible and Salt, `.env.tmpl` for envsubst, consul-template or gomplate, `.env.ctmpl` for consul-template and Vault Agent, `.env.gotmpl` for helmfile and gomplate, `.env.tftpl` for Terraform\'s `templatefile()`, `.env.erb` for Chef and Puppet, `.env.epp` for Puppet, `.env.in`, `.env.hbs`, `.env.handlebars`, `.env.mustache`, `.env.ejs`, `.env.eex`, `.env.liquid`, `.env.njk`, `.env.twig`; `.env.production.j2`, `app.env.j2`, `.env-prod.tmpl`: the same list env-file-not-ignored reads for the real name behind a template): their placeholders are filled in then; hardcoded-secret reads them as the env file they render to, so a literal secret in one is its finding),',
      'the encrypted `.env.vault` of dotenv-vault (judged by its content: only `DOTENV_VAULT_<ENV>="<ciphertext>"` lines with their `_VERSION` numbers; a `.env.vault` with any other variable, such as HashiCorp Vault\'s `VAULT_TOKEN`, is a committed env file) and its `.env.project` (only the project identifier `DOTENV_PROJECT=vlt_…`), files whose every value is a dotenvx `encrypted:` ciphertext, and sops-encrypted dotenv files (every value an `ENC[AES256_GCM,…]` ciphertext beside sops\' `sops_*` metadata), files whose every value is a 1Password secret reference (`op://vault/item/field`, for `op run --env-file`), and files encrypted whole, which hold no readable variable (`.env.gpg`, `.env.production.asc`, `.env.age`, `.env.enc`, binary ciphertext such as a git-crypt-locked `.env`, or the text output of gpg/age armour or `openssl enc -a`) (all `info` notes). A file whose bytes are text is read as text, never taken for ciphertext: UTF-8 with a stray NUL byte, UTF-16 with or without a byte-order mark.',
      'A tracked env file that is a symlink (git mode 120000) holds only the path it points to in git, never the values: one whose target cannot be read here (missing, outside the repository, in `.git`) or is a file git does not track (`.env.local -> config/.env`, ignored) is reported alike, as a tracked env file whose removal needs no secret rotated (a link to a tracked file is judged at that file).',
      'A tracked env file the checkout holds as a Git LFS pointer (`version https://git-lfs.github.com/spec/v1`, `oid sha256:…`: actions/checkout fetches LFS content only with `lfs: true`) fails like one that cannot be read, the message saying so (an info note when its name says it is encrypted whole, `.env.gpg`).',
      'Development-only names (`.env.development`, `.env.local`) still fail: a leaked dev key is still a key.',
      'An env file in a vendored dependency folder (`node_modules/dotenv-expand/.env`, `vendor/github.com/acme/lib/.env`, `third_party/`…: the package\'s own file, which a committed `node_modules/` or `go mod vendor` copies in) is no environment of this repository\'s deployment, and is judged by what it holds, as an env file named otherwise is: `critical` when a secret-named variable holds a real value (no placeholder, reference or well-known default) or a value is a URL with a password — whoever wrote it, the secret is now in this repository\'s history —, else an `info` note. One that a compose service of the repository loads with `env_file:` is judged as the deployment\'s.',
      'Sub-cases: a file that defines no variable, or only variables with a client-public prefix',
      '(`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, `NUXT_PUBLIC_`, `PUBLIC_`, `EXPO_PUBLIC_`, `GATSBY_`, `VUE_APP_`; bundled into the browser anyway)',
      'is `low`: it is the pattern Next.js and Vite document, but the file invites secrets later.',
      'So are `.env.defaults` and `.env.schema`, which dotenv-defaults and dotenv-extended ask to commit (their values are still judged by hardcoded-secret).',
      'Symfony applications commit `.env` (defaults for every environment) and `.env.<environment>` (`.env.test`, `.env.prod`) by convention, and the framework loads them: in a Symfony project (a composer.json beside the file requiring `symfony/framework-bundle` or `symfony/dotenv`, or the recipe\'s `###> symfony/framework-bundle ###` markers in its `.env`) such a file stays `critical`, but the message gives the framework\'s advice instead of `git rm` (keep real secrets in the ignored `.env.local`, `.env.<environment>.local`, or the secrets vault, `php bin/console secrets:set NAME`; leave `APP_SECRET` empty in the committed file), names the secret-named variables that hold a value there (never the value), and shows the suppression for a file that holds no secret (`# preflight-ignore env-file-committed: Symfony defaults, no secrets` as its first line). `.env.local` and `.env.<environment>.local` are judged as any env file.',
      'One finding per file at line 1 (a `# preflight-ignore env-file-committed: reason` comment on the first line suppresses it); messages name the file and the number of variables, never a value. A baseline knows the finding by check and file (and whether the file holds client-public variables only), not by its first line: a comment added on top or reordered variables keep it known.',
      'secretlint only knows the exact name `.env`; gitleaks looks at values, not at the file being committed at all.',
    ].join('\n'),
  },
  options: z.object({
    allow: z.array(fileGlobEntry('a glob, file path or name (`test/fixtures/**`, `config/app.env`, `.env.ci`)')).default([])
      .describe('Env files committed on purpose (no finding): globs or file names, as hardcoded-secret\'s `allow` takes them (picomatch; a pattern without `/` matches the file name; a path with `/` is read as a `paths` glob, so a folder, `test/fixtures/` or `test/fixtures`, covers everything under it); an entry that matches no tracked file gets a warning.'),
  }),
  run({ snapshot, options, report, skip }) {
    const allowed = fileAllowMatcher(options.allow);
    // No env file among the tracked files is the promise kept (a pass); only an empty scan has nothing to judge.
    if (!snapshot.files.length) { skip('no files'); return; }
    const byUse = envFilesByUse(snapshot);
    // Templates, copied by hand (`.env.example`) or rendered at deploy time (`.env.j2`, `.env.tmpl`), are no env files: their
    // literal values are hardcoded-secret's.
    const files = snapshot.files.filter((f) => (((isEnvFile(f) || isSeparatedEnvFile(f)) && !isTemplate(f) && !isRenderedEnvTemplate(f)) || byUse.has(f)) && !allowed(f));
    // A tracked env file that is a symlink to a file git does not track (`.env.local -> config/.env`, ignored): not read (its
    // target's content is not in the repository), but a tracked env file, judged as the links out of the repository are.
    const linkAdvice = (file: string, target: string) => `git holds only the path it points to, not its values (nothing to rotate); remove it from git (git rm --cached ${shellQuote(file)}) so no env file is committed, and keep ${target} out of git`;
    for (const [file, target] of Object.entries(snapshot.untrackedLinks()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!(isEnvFile(file) || isSeparatedEnvFile(file)) || isTemplate(file) || isRenderedEnvTemplate(file) || allowed(file)) continue;
      report({ file, line: 1, subject: WHOLE, fix: LINK_FIX, message: `${file} is tracked by git as a symlink to ${target}, which git does not track; ${linkAdvice(file, target)}` });
    }
    const parsed = new Map(snapshot.envFiles().map((e) => [e.path, e]));
    // `.env-non-dev` is no env file to the other checks (they read it when compose names it): parsed here.
    for (const f of files) if (!parsed.has(f)) { const e = snapshot.envFileAt(f); if (e) parsed.set(f, e); }
    // Outside a git repository nothing is committed: the files were walked, and each one listed is not ignored by
    // .gitignore, so it would be committed with the folder. No `git rm --cached` advice there.
    const repo = snapshot.git !== false;
    const outside = 'is in the folder (not a git repository), not ignored by .gitignore,';
    const removal = (file: string) => (repo ? `remove it from git (git rm --cached ${shellQuote(file)}), rotate any secret it held` : 'add it to .gitignore (or move it out of the folder) before the folder is committed, rotate any secret it held if it was shared');
    // The finding's own fix where the check's generic one (`git rm --cached`, a template) would contradict its message.
    const fixOf = (name: string): string | undefined => {
      const keys = instead(name, 'commit').startsWith(':');
      if (!repo) return `Add the file to .gitignore (or move it out of the folder) before the folder is committed, rotate any secret it held if it was shared${keys ? '' : ', and keep a template (.env.example) instead'}.`;
      if (name === '.env.keys') return 'Remove the file from git (`git rm --cached FILE`), ignore it in .gitignore, re-encrypt the env files with new keys and keep the private keys in the deployment\'s secret store; no template replaces it.';
      if (name === '.env.me') return 'Remove the file from git (`git rm --cached FILE`), ignore it in .gitignore and revoke the token; it stays on one developer\'s machine, no template replaces it.';
      return undefined;
    };
    for (const file of files) {
      const entries = parsed.get(file)?.entries ?? [];
      const name = basename(file);
      // Stored in Git LFS and not checked out: git holds the real file, which no check here can see.
      if (isLfsPointer(snapshot.text(file) ?? '')) {
        const lfs = `${file} ${repo ? 'is tracked by git' : outside} as a Git LFS pointer: its content is not checked out here (actions/checkout fetches LFS files only with \`lfs: true\`), so Preflight cannot see it`;
        // Its name says it is encrypted whole (`.env.gpg` in LFS): said, as for a binary ciphertext, unverified.
        if (ENCRYPTED_NAME.test(name)) report({ file, line: 1, subject: WHOLE, note: true, fix: 'Keep the decryption key or passphrase out of git.', message: `${lfs}; its name says it is encrypted whole (gpg/age/openssl); keep the decryption key or passphrase out of git` });
        else report({ file, line: 1, subject: WHOLE, ...optional(fixOf(name)), message: `${lfs}; ${removal(file)}${instead(name, 'commit')}` });
        continue;
      }
      const sealed = sealedEnvFile(snapshot, file, entries);
      if (sealed) {
        report({ file, line: 1, subject: WHOLE, note: true, fix: 'Nothing to remove: keep the values encrypted and the decryption key out of git.', message: `${file} ${repo ? 'is committed' : 'is in the folder'} but its values are ${sealed.what}` });
        continue;
      }
      // Tracked but not readable here (a sparse checkout, deleted from the working tree, a link out of the
      // repository, permission denied, too large): git still holds it, whatever it contains. The reader's reason is
      // named when it recorded one; a file it found no trace of is not in the working tree.
      if (!parsed.has(file)) {
        const why = unreadWhy(snapshot.unreadReason(file), repo);
        // A symlink git holds (mode 120000) that leads nowhere readable: a tracked env file all the same, but its blob is the
        // path it points to, no value: nothing to rotate.
        if (repo && snapshot.isTrackedLink(file)) {
          report({ file, line: 1, subject: WHOLE, fix: LINK_FIX, message: `${file} is tracked by git as a symlink, though its content could not be read here (${why ?? 'not in the working tree'}); ${linkAdvice(file, 'the file it points to')}` });
          continue;
        }
        report({ file, line: 1, subject: WHOLE, ...optional(fixOf(name)), message: repo
          ? `${file} is tracked by git, though its content could not be read here (${why ?? 'not in the working tree, or not a regular file'}); ${removal(file)}${instead(name, 'commit')}`
          : `${file} ${outside} though its content could not be read here (${why ?? 'a link out of the folder, unreadable, or too large'}); ${removal(file)}${instead(name, 'keep')}` });
        continue;
      }
      const n = entries.length;
      const use = byUse.get(file);
      if (!use && isVendored(file)) {
        // A vendored dependency's env file (`node_modules/dotenv-expand/.env`, a Go module's `.env` that `go mod vendor` copied):
        // that project's file, no environment of this repository's deployment, judged by what it holds as an env file named
        // otherwise is. A secret in the clear is committed here all the same, whoever wrote it: a failure. Else a note.
        const secrets = [...new Set(entries.filter(holdsSecret).map((e) => e.key))];
        const where = `${file} (a vendored dependency's, under ${vendoredFolder(file)}) ${repo ? 'is committed' : 'is in the folder (not a git repository), not ignored by .gitignore,'} with ${n} variable${n === 1 ? '' : 's'}`;
        if (secrets.length) report({ file, line: 1, subject: WHOLE, message: `${where}, ${someNames(secrets)} holding a value in the clear: a secret there is in ${repo ? 'this repository\'s history' : 'what gets committed'} whoever wrote it; ${removal(file)} (if the package ships it, tell its maintainers)` });
        else report({ file, line: 1, subject: WHOLE, note: true, fix: 'Nothing to change in the dependency\'s file; keep real secrets out of vendored folders.', message: `${where}, none of them a secret in the clear: the dependency's own file, not this repository's environment (keep real secrets out of vendored folders)` });
        continue;
      }
      if (use) {
        // An env file by use: named otherwise, so judged by what it holds. Only development services load it: a note, as
        // their other findings are (cookiecutter-django commits `.envs/.local/` on purpose).
        const n2 = `${n} variable${n === 1 ? '' : 's'}`;
        // A secret-named variable holding a placeholder or a well-known default (cookiecutter-django's `!!!SET DJANGO_SECRET_KEY!!!`,
        // `changeme`: default-credentials' finding) or a reference (`${DB_PASSWORD}`) leaks nothing; nor does a URL's password so written.
        // A Secret's source (kustomize `secretGenerator`): its values judged as a Secret manifest's keys are (hardcoded-secret),
        // a secret whatever its name but where or who (`DB_HOST`, `DB_USER`, `DB_PORT`, `PGDATABASE`), a boolean or a plain URL.
        const secretGen = use.kustomize === 'secretGenerator';
        const secret = entries.some((e) => { const v = held(e.value); return v !== '' && ((secretGen ? isSecretDataValue(e.key, v) : isSecretName(e.key) && !isDefaultCredential(v) && !isReference(v)) || urlHoldsPassword(v)); });
        const where = `${file} (${use.by}) ${repo ? 'is committed' : 'is in the folder (not a git repository), not ignored by .gitignore,'} with ${n2}`;
        if (use.dev) report({ file, line: 1, subject: WHOLE, note: true, fix: 'Keep real secrets out of the development env file; it may stay committed for development.', message: `${where}, for development only; keep real secrets out of it` });
        else if (!secret && use.kustomize) report({ file, line: 1, subject: `${WHOLE} no secret`, severity: 'low', fix: KUSTOMIZE_FIX, message: `${where}, ${secretGen ? 'its values only where and who (hosts, users, ports, database names), placeholders, references or well-known defaults (default-credentials judges those)' : entries.some((e) => e.value !== '' && isSecretName(e.key)) ? 'its secret-named ones holding only placeholders, references or well-known defaults (default-credentials judges those)' : 'none of them secret-named'}; kustomize reads it from the repository, so keep it free of secrets (a Secret's values belong in a secretGenerator source kept out of git, or encrypted with sops or a SealedSecret)` });
        else if (!secret) report({ file, line: 1, subject: `${WHOLE} no secret`, severity: 'low', message: `${where}, ${entries.some((e) => e.value !== '' && isSecretName(e.key)) ? 'its secret-named ones holding only placeholders, references or well-known defaults (default-credentials judges those)' : 'none of them secret-named'}; keep it free of secrets (they belong in an uncommitted env file), or ${repo ? `remove it from git (git rm --cached ${shellQuote(file)})` : 'add it to .gitignore'} and commit a template instead` });
        else if (secretGen) report({ file, line: 1, subject: WHOLE, fix: `Remove the file from git (\`git rm --cached FILE\`), rotate its secrets, and ${KUSTOMIZE_FIX.charAt(0).toLowerCase()}${KUSTOMIZE_FIX.slice(1)}`, message: `${where}, a Secret's values; ${removal(file)}, and generate the Secret from a file kept out of git (or encrypted with sops or a SealedSecret) instead` });
        else if (use.kustomize) report({ file, line: 1, subject: WHOLE, fix: `Move the secret out of the file (rotate it): ${KUSTOMIZE_FIX.charAt(0).toLowerCase()}${KUSTOMIZE_FIX.slice(1)}`, message: `${where}, a secret among them, which a ConfigMap exposes in the clear; move it out of the file (rotate it) into a Secret generated from a file kept out of git (or encrypted with sops or a SealedSecret)` });
        else report({ file, line: 1, subject: WHOLE, ...optional(fixOf(name)), message: `${where}; ${removal(file)}${instead(name, 'commit')}` });
        continue;
      }
      if (COMMITTED_BY_DESIGN.test(name)) {
        // dotenv-defaults' `.env.defaults` and dotenv-extended's `.env.schema`/`.env.defaults` are meant to be committed:
        // no leaked deployment file, but a place secrets land in (hardcoded-secret judges its values).
        report({ file, line: 1, subject: `${WHOLE} by design`, severity: 'low', fix: 'Keep the file (committed by design) free of secrets: real values belong in an uncommitted .env.', message: `${file} ${repo ? 'is committed' : 'is in the folder'} by design (dotenv-defaults/dotenv-extended ${name.slice(5)}, ${n} variable${n === 1 ? '' : 's'}); keep every secret out of it: real values belong in an uncommitted .env` });
        continue;
      }
      if (entries.every((e) => PUBLIC_PREFIX.test(e.key))) {
        report({ file, line: 1, subject: `${WHOLE} public`, severity: 'low', message: `${file} ${repo ? 'is committed' : 'is in the folder (not a git repository), not ignored by .gitignore'} (${n ? `${n} client-public variable${n > 1 ? 's' : ''}` : 'no variables'}); keep env files out of ${repo ? 'git' : 'what gets committed (.gitignore)'} and commit a .env.example template instead, before a secret lands in it` });
        continue;
      }
      if (isSymfonyEnvFile(snapshot, file)) {
        // Symfony commits `.env` and `.env.<environment>` on purpose: still a committed env file (critical), but the advice is
        // the framework's: secrets out of it, into the `.local` file git ignores or the secrets vault; not `git rm`, which breaks the app.
        const local = name === '.env' ? '.env.local' : `${name}.local`;
        const valued = [...new Set(entries.filter(holdsSecret).map((e) => e.key))];
        const secrets = valued.length ? `; ${someNames(valued)} ${valued.length === 1 ? 'holds' : 'hold'} a value here: move ${valued.length === 1 ? 'it' : 'them'} out (rotate ${valued.length === 1 ? 'it' : 'them'} if real)` : '';
        // The test environment's recipe sets a fixed APP_SECRET for the tests (`.env.test`), no production secret.
        const appSecret = name !== '.env.test' && entries.some((e) => e.key === 'APP_SECRET') ? ', leaving APP_SECRET empty here' : '';
        report({ file, line: 1, subject: WHOLE, fix: `Keep ${name} in git (Symfony loads it) but free of secrets: move each real secret into ${local} (ignored by the recipe's .gitignore) or the secrets vault (\`php bin/console secrets:set NAME\`), and rotate any that were committed.`, message: `${file} ${repo ? 'is committed' : 'is in the folder (not a git repository), not ignored by .gitignore,'} with ${n} variable${n === 1 ? '' : 's'}: Symfony commits ${name} on purpose for non-secret ${name === '.env' ? 'defaults' : `defaults of the ${name.slice(5)} environment`} (the framework loads it: do not remove it from git or ignore it), so keep every real secret out of it, in ${local} (which the recipe's .gitignore ignores) or the secrets vault (php bin/console secrets:set NAME)${appSecret}${secrets}; if it holds no secret, suppress this finding with a reason on its first line: # preflight-ignore env-file-committed: Symfony ${name === '.env' ? 'defaults' : `${name.slice(5)} defaults`}, no secrets` });
        continue;
      }
      report({ file, line: 1, subject: WHOLE, ...optional(fixOf(name)), message: repo
        ? `${file} is committed with ${n} variable${n === 1 ? '' : 's'}; ${removal(file)}${instead(name, 'commit')}`
        : `${file} ${outside} with ${n} variable${n === 1 ? '' : 's'}; ${removal(file)}${instead(name, 'keep')}` });
    }
  },
});

/** A kustomize generator source's fix: the Secret's values out of git. */
const KUSTOMIZE_FIX = 'Generate the Secret from a file kept out of git (or encrypted with sops or a SealedSecret); keep files kustomize reads from the repository free of secrets.';

/** `{ fix }` when there is one: a finding without its own fix takes the check's. */
const optional = (fix: string | undefined): { fix?: string } => (fix === undefined ? {} : { fix });

/**
 * What to keep in git instead of a committed env file: a template of it, but not for the files of keys that decrypt the
 * encrypted ones (dotenvx's `.env.keys`, dotenv-vault's `.env.me`), which no template replaces.
 */
function instead(name: string, verb: 'commit' | 'keep'): string {
  if (name === '.env.keys') return ': it holds dotenvx\'s private decryption keys, which belong in the deployment\'s secret store (DOTENV_PRIVATE_KEY_PRODUCTION and the like), never in a file in git; re-encrypt the env files with new keys';
  if (name === '.env.me') return ': it holds dotenv-vault\'s login token (DOTENV_ME), which belongs to one developer\'s machine, never in git';
  return `, and ${verb} a template such as ${name}.example instead`;
}

/** The vendored folder a path is under, up to its name (`node_modules/`, `services/api/vendor/`): for messages. */
function vendoredFolder(file: string): string {
  const m = /^(?:.*?\/)?(?:node_modules|_?vendor|third_party|bower_components|\.yarn|site-packages|dist-packages)\//.exec(file);
  return m ? m[0] : `${dirname(file)}/`;
}

/** Names as a message lists them: `APP_SECRET`, `APP_SECRET and MAILER_DSN`, `A, B, C and 2 more`. */
function someNames(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0] ?? '';
}

/**
 * A finding about the whole file sits at line 1 but is not about that line: identified (baseline, SARIF) by check and
 * file, so a comment added at the top, reordered variables or a changed first value keep a known finding known (a file
 * of public variables only, low, that gets a secret one is a new, critical finding).
 */
const WHOLE = 'the file';

/** The fix of a tracked env file that is a symlink: its blob is a path, so nothing to rotate. */
const LINK_FIX = 'Remove the link from git (`git rm --cached FILE`) and keep the file it points to out of git; git holds only the path, so there is no secret to rotate.';

/** The reader's reason for a file it could not read, as a message says it (`permission denied`, `a symlink pointing outside the repository`). */
function unreadWhy(reason: string | undefined, repo: boolean): string | undefined {
  if (!reason) return undefined;
  if (reason === UNREADABLE_SKIP) return 'permission denied';
  if (reason === BINARY_SKIP) return 'binary, not text';
  if (reason.startsWith('symlink target missing')) return reason.replace('symlink target missing', 'a symlink whose target is missing');
  if (reason.startsWith('symlink ')) return `a ${repo ? reason : reason.replace('the repository', 'the folder')}`;
  return reason;
}

/**
 * A path as a shell word to paste (`spaced name.env` → `'spaced name.env'`; `-x.env` → `./-x.env`, which git cannot take
 * for an option). A control character (a newline in the name) cannot be pasted inside quotes once a report has folded
 * it: ANSI-C quoting writes it as an escape (`$'line\nbreak.env'`, bash, zsh, ksh and POSIX sh since 2024).
 */
export function shellQuote(path: string): string {
  const word = path.startsWith('-') ? `./${path}` : path;
  // A name that is not UTF-8, shown as git quotes it (`caf\351.env`): bash's $'…' reads its `\351` and `\\` as those bytes.
  const bytes = unquoteName(word) !== null;
  if (!bytes && /^[\w./@%+=:,-]+$/.test(word)) return word;
  if (!bytes && !/[\x00-\x1f\x7f]/.test(word)) return `'${word.replace(/'/g, `'\\''`)}'`;
  const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
  return `$'${word.replace(bytes ? /['\x00-\x1f\x7f]/g : /[\\'\x00-\x1f\x7f]/g, (c) => (c === '\\' || c === "'" ? `\\${c}` : named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))}'`;
}
