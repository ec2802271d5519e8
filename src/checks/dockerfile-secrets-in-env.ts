import { z } from 'zod';
import { defineCheck } from './define.js';
import { lineage, trailingComment } from '../repo/dockerfile.js';
import { replaceVarRefs, varRefs } from '../repo/variables.js';
import { isTemplate } from '../repo/classify.js';
import { isIllustrationDockerfile, judgesDeployFile } from './util/groups.js';
import { confidentialName, isAboutSecretName, isBundlerCredentialName, isFilePath, isPublicName, isSecretName } from './util/secrets.js';
import { inlineDockerfileNotes, noDockerfileReason } from './util/commands.js';
import { SECRETS_NOT_IN_DOCKER_ENV_OR_BUILD_ARGS, SECRETS_NOT_IN_ENV_AND_ARG, SECRETS_NOT_IN_ENV_UNDER_DOCKER } from '../checklist/phrases.js';


/** Boolean-ish values: a flag's setting, not a secret. */
const FLAG_VALUE = /^(?:0|1|true|false|yes|no|on|off|enabled|disabled)$/i;

/**
 * Whether a value (or a substitution's default) is no secret: empty, a flag (`SECRET_KEY_BASE_DUMMY=1`), a file
 * path (`/run/secrets/db`) or one character repeated (`ARG TELEGRAM_TOKEN=00000000000`: a filler that says "set me").
 */
function harmless(value: string): boolean {
  const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  return !v || isFilePath(v) || FLAG_VALUE.test(v) || /^(.)\1{3,}$/.test(v);
}

/**
 * Whether the text around a value's variables ships anything: not when it is only punctuation, white space and
 * an authorization scheme (`"Bearer ${API_TOKEN}"`, `${USER}:${PASSWORD}`).
 */
function literalAround(value: string): boolean {
  return replaceVarRefs(value, () => ' ').replace(/\b(?:bearer|basic|token|digest)\b/gi, '').replace(/[\s\p{P}\p{S}]/gu, '') !== '';
}

/**
 * Variables tools read credentials from, whatever their words say: Composer's `COMPOSER_AUTH` (the content of auth.json:
 * GitHub/GitLab tokens, HTTP basic passwords), npm's `_auth` (`NPM_CONFIG__AUTH`, base64 `user:password`), Yarn's
 * `npmAuthIdent` (`YARN_NPM_AUTH_IDENT`, `user:password`), redis-cli's password (`REDISCLI_AUTH`) and the Docker client
 * configuration GitLab runners and CI images read (`DOCKER_AUTH_CONFIG`, a config.json with base64 `user:password` auths).
 */
const CREDENTIAL_VARIABLES = /^(?:COMPOSER_AUTH|NPM_CONFIG__AUTH|YARN_NPM_AUTH_IDENT|REDISCLI_AUTH|DOCKER_AUTH_CONFIG)$/i;

/**
 * Whether a JSON credential variable's value ships a credential of its own, with its variables read as empty: for
 * `COMPOSER_AUTH`, a non-empty string in it other than a user name (`{"github-oauth": {"github.com": "${GITHUB_TOKEN}"}}`
 * ships only what the variable holds); for `DOCKER_AUTH_CONFIG`, an `auth`, `password`, `identitytoken` or `registrytoken`
 * (not `credsStore`/`credHelpers`, which name a helper that holds the credential: `{"credHelpers": {"….amazonaws.com":
 * "ecr-login"}}`). Null when the name is another or the value is no JSON object (then judged as any value).
 */
function jsonAuthLiteral(name: string, value: string): boolean | null {
  const docker = /^DOCKER_AUTH_CONFIG$/i.test(name);
  if (!docker && !/^COMPOSER_AUTH$/i.test(name)) return null;
  let json: unknown;
  try { json = JSON.parse(replaceVarRefs(value, () => '')); } catch { return null; }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const credential = (key: string) => (docker ? /^(?:auth|password|identitytoken|registrytoken)$/i.test(key) : !/^user(?:name)?$/i.test(key));
  const ships = (v: unknown, key: string): boolean => (typeof v === 'string' ? v.trim() !== '' && credential(key)
    : v !== null && typeof v === 'object' ? Object.entries(v as Record<string, unknown>).some(([k, x]) => ships(x, k)) : false);
  return ships(json, '');
}

/**
 * What of a value is the credential: for Bundler's gem-server credentials (`BUNDLE_GEMS__CONTRIBSYS__COM=user:password`, a
 * secret name: util/secrets.ts) the password after the user name, so `${SIDEKIQ_USER}:${SIDEKIQ_PASSWORD}` and
 * `ci:${GEM_TOKEN}` copy variables and ship none; any other value whole.
 */
const credentialPart = (name: string, value: string): string => (isBundlerCredentialName(name) ? /^[^\s:]*:(\S*)$/.exec(value)?.[1] ?? value : value);

/**
 * A name whose value is a credential: a secret-like name that is not about a secret (`PASSWORD_ENCODER`) nor public (anything
 * `PUBLIC`, and a front-end framework's client-public prefix, which the build inlines into the bundle every visitor downloads:
 * a Next.js build's `ENV NEXT_PUBLIC_STRIPE_KEY=pk_live_…`, a Vite or Create React App build's `ARG VITE_API_KEY` /
 * `ENV REACT_APP_MAPS_KEY=$REACT_APP_MAPS_KEY`: isPublicName) unless the name says its value is confidential whatever the
 * prefix (`ARG VITE_STRIPE_SECRET_KEY` / `ENV NEXT_PUBLIC_DB_PASSWORD=$…`: a secret, copied into the image and published by the
 * build: confidentialName), or a tool's credential variable.
 */
const namesCredential = (name: string): boolean => CREDENTIAL_VARIABLES.test(name) || (isSecretName(name) && !isAboutSecretName(name) && (!isPublicName(name) || confidentialName(name)));

/**
 * Whether a (not harmless) value ships a literal of its own: text outside its variables, or the word of `${X:-default}` (what
 * ships whenever X is unset) or `${X:+alternative}` unless that is itself harmless (`${TLS_KEY:-/etc/ssl/private/tls.key}`,
 * `${SECRET_KEY_BASE_DUMMY:-1}`); a `${X:?message}` message is an error text, never a value. COMPOSER_AUTH's and
 * DOCKER_AUTH_CONFIG's JSON keys (`github-oauth`, `auths`) are their structure: only their credential values ship one.
 */
function shipsLiteral(name: string, value: string, refs: ReturnType<typeof varRefs>): boolean {
  const literal = jsonAuthLiteral(name, value) ?? (refs.length ? literalAround(value) : true);
  return literal || refs.some((r) => r.op !== null && !r.op.endsWith('?') && !harmless(r.word!));
}

/**
 * Final-stage `ENV`/`ARG` with a secret-like name that bakes a value into the image: a literal, an
 * `ARG` default, or an `ENV` that copies a build argument.
 */
export const dockerfileSecretsInEnv = defineCheck({
  id: 'dockerfile-secrets-in-env',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Dockerfiles do not bake secrets into ENV or ARG',
  severity: 'high',
  description: 'Final-stage ENV/ARG with a secret-like name (password, secret, token, api key, credential…) that bakes a value into the image.',
  match: [
    {
      // "No secrets baked into the Docker image", "`NPM_TOKEN` is not baked into the image" (a secret word may be
      // a variable's name), "No secrets in environment variables baked into the image", "No secrets in `ENV`
      // lines of the Dockerfile", "No API keys in `ENV` instructions", "The Dockerfile's `ENV` lines hold no credentials",
      // "Never bake API tokens into container images", "Build secrets passed with `--mount=type=secret`, never via `ARG`/`ENV`"
      // (not `.dockerignore`, nor `--mount=type=secret` alone: how a secret is passed is not what the final stage holds).
      // Also "Secrets are never baked into Docker images", "No API keys baked into the image", "No passwords or API tokens
      // baked into `ENV` in the Dockerfile", "No secrets in ENV or ARG instructions" (hadolint's and Docker's wording).
      pattern: /\bno (?:secrets?|credentials?|passwords?) (?:baked )?in(?:to)? (?:the )?(?:dockerfiles?|docker images?|images?|build args?)\b|\b(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|tokens?|keys?)\b[^;]*\b(?:not|never) (?:baked |stored |kept |embedded |copied )?in(?:to)? (?:the )?(?:dockerfiles?|docker images?|container images?|images?|build args?)\b|\bno (?:[\w-]+ )?(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|tokens?|keys?)\b[^;]*\bbaked into (?:the )?(?:(?:docker |container )?images?\b|(?:env|arg|environment variables?|env vars?|build[- ]?arg(?:ument)?s?)\b[^;]*\b(?:dockerfiles?|images?)\b)|\b(?:don't|do not|never) (?:bake|store|put|keep|embed|include) (?:any )?(?:[\w-]+ )?(?:secrets?|credentials?|passwords?|tokens?|keys?) in(?:to)? (?:the )?(?:docker |container )?images?\b|\bno (?:secrets?|credentials?|passwords?|tokens?) in (?:the )?(?:env|arg)\b[^;]*\bdockerfiles?\b|\bno (?:[\w-]+ )?(?:secrets?|credentials?|passwords?|tokens?|keys?) in (?:the )?(?:dockerfile'?s? )?(?:env|arg)(?:(?:\/| or | and | ?& ?)(?:env|arg))? (?:instructions?|lines?|directives?|statements?)\b|\b(?:env|arg)(?:(?:\/| or | and | ?& ?)(?:env|arg))? (?:instructions?|lines?|directives?|statements?) (?:holds?|contains?|has|have|carr(?:y|ies)|includes?) no (?:[\w-]+ )?(?:secrets?|credentials?|passwords?|tokens?|keys?)\b|\b(?:secrets?|credentials?|passwords?|tokens?)\b[^;]*--mount=type=secret\b[^;]*\b(?:never|not) (?:via|through|with|in|as) (?:an? |the )?(?:build[- ]?)?(?:args?|env|arg\/env|env\/arg)\b/,
      note: 'a promise that images bake in no secret: the check reads final-stage ENV/ARG',
      // `.dockerignore` keeps files out of the build context ("`.dockerignore` excludes `.env` so it is not copied into the
      // image"), which ENV/ARG do not show.
      unless: /\.dockerignore\b|\bbuild context\b/,
    },
    {
      // "Dockerfiles do not bake secrets into ENV or ARG" (the check's title), "Docker images don't bake secrets into ENV or
      // ARG", "No `NPM_TOKEN` left in the final image (use build secrets)".
      pattern: /\b(?:dockerfiles?|(?:docker |container )?images?)\b[^;]*\b(?:do not|don't|does not|doesn't|never|must not|should not) bake (?:any )?(?:[\w-]+ )?(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|tokens?|keys?)\b|\bno (?:[\w-]+ )?(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|tokens?|keys?)\b (?:is |are )?(?:left|remains?|remaining|present|stored|kept) in (?:the )?(?:final |runtime |production |shipped )?(?:docker |container )?(?:images?|stages?)\b/,
      unless: /\.dockerignore\b|\bbuild context\b/,
      note: 'a promise that images bake in no secret: the check reads final-stage ENV/ARG',
    },
    {
      // "No `SECRET_KEY_BASE` in ENV or ARG", "No secrets in ENV/ARG": ARG is Docker's word.
      pattern: SECRETS_NOT_IN_ENV_AND_ARG,
      unless: /\.dockerignore\b|\bbuild context\b|\b(?:compose|kubernetes|k8s|helm|github actions|workflows?|ci)\b/,
      note: 'a promise that no secret is set in ENV or ARG: the check reads final-stage ENV/ARG',
    },
    {
      // Docker named instead of the Dockerfile, or build arguments (ARG's values): "No secrets in Docker ENV or build args", "No
      // credentials, tokens or API keys are passed as build arguments".
      pattern: SECRETS_NOT_IN_DOCKER_ENV_OR_BUILD_ARGS,
      unless: /\.dockerignore\b|\bbuild context\b|\b(?:compose|kubernetes|k8s|helm|github actions|workflows?|ci)\b/,
      note: 'a promise that no secret is set in Docker ENV or build arguments: the check reads final-stage ENV/ARG',
    },
    {
      // ENV or ARG alone under a Docker heading: "No secrets in ENV" under "## Docker".
      pattern: SECRETS_NOT_IN_ENV_UNDER_DOCKER,
      context: /\b(?:docker|dockerfiles?|images?)\b/,
      unless: /\.dockerignore\b|\bbuild context\b|\b(?:compose|kubernetes|k8s|helm|github actions|workflows?|ci)\b/,
      note: 'a promise that no secret is set in ENV or ARG, under a Docker heading: the check reads final-stage ENV/ARG',
    },
  ],
  docs: {
    why: 'ENV values and ARG defaults are stored in the image config and history: anyone who can pull the image reads them with `docker inspect` or `docker history`.',
    fix: 'Pass secrets at run time (orchestrator secrets, env injected at deploy) or use `RUN --mount=type=secret` during the build; point to a mounted file with `*_FILE` if the app supports it.',
    details: [
      'Judges the final stage of each Dockerfile, following `FROM <earlier-stage>` inheritance; ENV/ARG in builder stages the final stage does not inherit from do not ship and do not count. A build argument declared in a stage the final stage builds on is inherited with it (BuildKit passes ARGs on to `FROM <stage>` children): `ARG NPM_TOKEN` in `base`, then `ENV NPM_TOKEN=${NPM_TOKEN}` in `FROM base AS deps`, copies it into the image; an `ARG` of a stage it does not build on is out of scope there.',
      'A name is secret-like by token match (split on `_`, `-`, `.` and camelCase): `PASSWORD`, `PASSWD`, `PASS`, `PWD`, `SECRET`, `TOKEN`, `CREDENTIAL(S)`, `API_KEY`/`APIKEY`, `PRIVATE_KEY`, `ACCESS_KEY`, `AUTH_KEY`, `SIGNING_KEY`, `APP_KEY`…, a vendor\'s or purpose\'s key (`STRIPE_KEY`, `OPENAI_KEY`, `FERNET_KEY`, `SUPABASE_SERVICE_ROLE_KEY`; not a key of a record, cache, message or public half: `PRIMARY_KEY`, `SORT_KEY`, `CACHE_KEY`, `STORAGE_KEY`, `I18N_KEY`, `GPG_KEY`, `SITE_KEY`), a personal access token (`GITHUB_PAT`, `GH_PAT`, `AZURE_DEVOPS_PAT`; not `PATH`); a version or ordinal after the last word is read past: `_APP_OPENSSL_KEY_V1`, `STRIPE_KEY_2` read as `OPENSSL_KEY`, `STRIPE_KEY`, `CACHE_KEY_V2` as `CACHE_KEY`. Also the variables tools read credentials from whatever their words say: Composer\'s `COMPOSER_AUTH` (the content of auth.json; only its values count, its keys such as `github-oauth` being structure, so `{"github-oauth": {"github.com": "${GITHUB_TOKEN}"}}` copies the variable and ships no literal), npm\'s `NPM_CONFIG__AUTH`, Yarn\'s `YARN_NPM_AUTH_IDENT`, redis-cli\'s `REDISCLI_AUTH` and the Docker client configuration `DOCKER_AUTH_CONFIG` (a config.json: its `auth`, `password` and `identitytoken` values count, not a `credsStore` or `credHelpers` naming the helper that holds the credential); npm\'s per-registry `NPM_CONFIG_//registry.npmjs.org/:_authToken` is a token by its words; Bundler\'s gem-server credentials `BUNDLE_<HOST>` (`BUNDLE_GEMS__CONTRIBSYS__COM=user:password`, Sidekiq Pro\'s and Enterprise\'s licence; `BUNDLE_RUBYGEMS__PKG__GITHUB__COM`) count by their password, so `${SIDEKIQ_USER}:${SIDEKIQ_PASSWORD}` and `ci:${GEM_TOKEN}` copy variables and ship none (`BUNDLE_PATH`, `BUNDLE_WITHOUT`, `BUNDLE_DEPLOYMENT`, `BUNDLE_BUILD__<GEM>` are settings). Names about a secret rather than the secret pass: `*_FILE`, `*_PATH`, `*_NAME`, `*_URL`, `*_USER`, `*_ID`, `PASSWORD_MIN_LENGTH`, `TOKEN_TTL`, anything `PUBLIC` and any name under a front-end framework\'s client-public prefix (`NEXT_PUBLIC_`, `NUXT_PUBLIC_`, `EXPO_PUBLIC_`, `NX_PUBLIC_`, SvelteKit\'s and Astro\'s `PUBLIC_`, `VITE_`, `REACT_APP_`, `GATSBY_`, `VUE_APP_`: the build inlines the value into the bundle every visitor downloads, so the image holds nothing the bundle does not publish; a literal secret written there is `hardcoded-secret`\'s, whose message says the prefix publishes it) unless the name after the prefix says its value is confidential (a secret, password, passphrase, private key, credential, admin or master word: `ARG VITE_STRIPE_SECRET_KEY`, `ENV NEXT_PUBLIC_DB_PASSWORD=$NEXT_PUBLIC_DB_PASSWORD` fail: the secret ships in the image and in the bundle), settings (a last word encoder, encoding, profile, strategy, algorithm, provider, backend, mode, type, leeway, skew, renewal, signing, method, scheme, cipher…: `PASSWORD_ENCODER=bcrypt`, `JWT_SECRET_ENCODING=base64`, `AUTH_TOKEN_LEEWAY=30s`) and texts (`PASSWORD_PROMPT`, `INVALID_PASSWORD`: the name words `default-credentials` uses).',
      'Fails: `ENV API_KEY=…` with a literal value; `ARG DB_PASSWORD=…` with a default (on a line of several names too, `ARG BUILD_DATE VCS_REF DB_PASSWORD=…`: every word of an `ARG` declares one, as BuildKit reads it); `ENV NPM_TOKEN=$NPM_TOKEN` copying a build argument into the image (the value passed with `--build-arg`, or else the ARG\'s default, is then stored in the image). One finding per leaked value: an `ENV` copying an `ARG` whose default already fails (`ARG GF_SECURITY_ADMIN_PASSWORD=admin` then `ENV GF_SECURITY_ADMIN_PASSWORD=${GF_SECURITY_ADMIN_PASSWORD}`) is reported with that default, at the `ARG` line, whose message names the `ENV` line that bakes it into the image config.',
      'An `ONBUILD ENV`/`ONBUILD ARG` trigger in the final stage (or one it builds on) with a literal value fails too, at the trigger: Docker stores the trigger, value and all, with the image (`Config.OnBuild`, readable with `docker inspect`) and runs it in every build `FROM` the image (`ONBUILD ENV GITHUB_TOKEN=ghp_…`, `ONBUILD ARG DB_PASSWORD=…`); a trigger that only references a variable (`ONBUILD ARG NPM_TOKEN`, `ONBUILD ENV NPM_TOKEN=$NPM_TOKEN`) is the child build\'s business and passes.',
      'A bare `ARG DB_PASSWORD` in the stage takes the default of a global `ARG DB_PASSWORD=…` declared before the first `FROM`, so that default fails too (at the stage\'s `ARG`); a global `ARG` the stage does not declare again is out of its scope and ships nothing.',
      'Passes: `ARG NPM_TOKEN` without a default (build-time only, but prefer `RUN --mount=type=secret`), empty values, flag values (`1`/`0`/`true`/`false`/`yes`/`no`/`on`/`off`/`enabled`/`disabled`: `SECRET_KEY_BASE_DUMMY=1`, the Rails build flag, is a switch, not a secret), values that reference a variable that is not a build argument (with only punctuation or an authorization scheme around it: `"Bearer ${API_TOKEN}"`, `${USER}:${PASSWORD}`), one character repeated (`00000000`, a filler), and file paths (`/run/secrets/db`, `/var/secrets/google/key.json`: an absolute or relative path of two or more segments names where a secret is mounted).',
      'The default of `${VAR:-default}`/`${VAR-default}` (and the word of `${VAR:+alternative}`) is judged as the value, since it ships whenever the variable is unset: `${SECRET_KEY:-changeme}` fails, `${TLS_PRIVATE_KEY:-/etc/ssl/private/tls.key}` (a path), `${SECRET_KEY_BASE_DUMMY:-1}` (a flag) and `${API_TOKEN:-}` pass; a reference without a default stays a reference, and the message of `${VAR:?message}` is an error text, not a value.',
      'A Dockerfile has no trailing comments: the ` # …` after a legacy `ENV KEY value` is part of the value, so the value before it is judged (`ENV API_TOKEN <literal> # rotate monthly` fails, `ENV DB_PASSWORD "" # set at run time` and `ENV SECRET_KEY_BASE_DUMMY 1 # assets` pass).',
      'Values are never printed. Template Dockerfiles (`*.template`, `*.example`) and those under test and example folders (`tests/`, `e2e/`, `examples/`, `samples/`) are not judged; development-only Dockerfiles (and those only development environments build, Laravel Sail\'s) are judged like the others (a secret baked into any image leaks).',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    // Test and example folders' Dockerfiles hold illustrations (as hardcoded-secret treats their assignments).
    const dockerfiles = snapshot.dockerfiles().filter((d) => d.final && !isTemplate(d.path) && !isIllustrationDockerfile(snapshot, d.path));
    if (!dockerfiles.length) { skip(noDockerfileReason(snapshot)); return; }
    for (const df of dockerfiles) {
      // ENV and ARG are both inherited by a `FROM <stage>` child (BuildKit: "arguments and variables are inherited from
      // parent stages"); a stage the final one does not build on is out of scope (each stage of the lineage is judged
      // once). Per build argument in scope: the line of its default (null: none, or a harmless one), and the finding
      // its leaked default got.
      const args = new Map<string, { line: number | null; finding: { message: string; envs: string[] } | null }>();
      const found: { at: { file: string; line: number; column: number }; secret?: string; subject?: string; message: string; envs: string[] }[] = [];
      for (const stage of lineage(df.final!).reverse()) {
        for (const ins of stage.instructions) {
          // `ONBUILD ENV API_TOKEN=<literal>`: Docker stores the trigger, value and all, in the image config (`Config.OnBuild`)
          // and runs it in every build FROM the image. Only a literal counts: the trigger's variables are the child build's.
          if (ins.keyword === 'ONBUILD' && ins.trigger) {
            const kind = ins.trigger.keyword;
            for (const p of ins.trigger.properties) {
              if (!namesCredential(p.name) || p.value === null) continue;
              const value = (trailingComment(p.value)?.before ?? p.value).trim();
              const secret = credentialPart(p.name, value);
              if (harmless(secret) || !shipsLiteral(p.name, secret, varRefs(secret))) continue;
              found.push({ at: { file: df.path, line: p.line, column: p.column }, secret: value, envs: [], message: `ONBUILD ${kind} ${p.name} ${kind === 'ARG' ? 'has a default value' : 'bakes a literal value'}, which Docker stores with the image (its ONBUILD triggers, readable with docker inspect) and runs in every build FROM it; drop it and pass the secret at run time or with RUN --mount=type=secret instead` });
            }
            continue;
          }
          if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
          const isArg = ins.keyword === 'ARG';
          for (const p of ins.properties) {
            // A bare `ARG X` again in a child stage keeps what it inherits (its parent's default, already judged there).
            if (isArg && p.value === null && args.has(p.name)) continue;
            // A bare `ARG X` in a stage takes the default of a global `ARG X=…` (before the first FROM): that default ships too.
            const global = isArg && p.value === null ? (df.globalArgs.get(p.name) ?? null) : null;
            const written = p.value ?? global;
            // dockerfile-ast has already removed the quotes: a value quoted twice keeps its inner quotes. A trailing
            // ` # …` is part of the value in a Dockerfile (`ENV DB_PASSWORD "" # set at run time` ships the comment's
            // text), but no secret: the value before it is judged.
            const value = written === null ? '' : (trailingComment(written)?.before ?? written).trim();
            // A file path names where the secret is mounted, not the secret (`GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json`).
            // A switch is no secret: `SECRET_KEY_BASE_DUMMY=1` (Rails' build flag), `DISABLE_TOKEN_AUTH=false`.
            if (isArg) args.set(p.name, { line: harmless(value) ? null : p.line, finding: null });
            // A setting or a text about the secret is no secret: `PASSWORD_ENCODER=bcrypt`, `AUTH_TOKEN_LEEWAY=30s`.
            if (!namesCredential(p.name) || written === null) continue;
            const secret = credentialPart(p.name, value);
            if (harmless(secret)) continue;
            const at = { file: df.path, line: p.line, column: p.column };
            const refs = varRefs(value);
            const fromArg = refs.map((r) => r.name).find((name) => args.has(name));
            const arg = fromArg !== undefined ? args.get(fromArg)! : null;
            if (shipsLiteral(p.name, secret, secret === value ? refs : varRefs(secret))) {
              const f = { at, secret: value, envs: [] as string[], message: global !== null
                ? `ARG ${p.name} takes the default of the global ARG ${p.name} (before the first FROM), which is stored in the image history; drop the default and use RUN --mount=type=secret`
                : isArg
                ? `ARG ${p.name} has a default value, which is stored in the image history; drop the default and use RUN --mount=type=secret`
                : `ENV ${p.name} bakes a literal value into the image (readable with docker inspect); inject it at run time instead` };
              found.push(f);
              if (isArg) args.get(p.name)!.finding = f;
            } else if (!isArg && arg?.finding) {
              // The ARG's own default, already reported where it is written: one finding per leaked value, which
              // says the ENV bakes it into the image config too.
              arg.finding.envs.push(`ENV ${p.name} on line ${p.line}`);
            } else if (!isArg && fromArg) {
              // What ships is the value passed with --build-arg or, without one, the ARG's default.
              const what = arg?.line != null ? `its default (line ${arg.line}) or the value passed with --build-arg` : 'the value passed with --build-arg';
              // No value of its own to hash: identified by the variable, not the line (`$X` written `${X}`).
              found.push({ at, subject: `ENV ${p.name}`, envs: [], message: `ENV ${p.name} copies build argument '${fromArg}' into the image, so ${what} ships with it; use RUN --mount=type=secret or inject it at run time` });
            }
          }
        }
      }
      for (const f of found) {
        const message = f.envs.length ? f.message.replace(/; drop the default/, `, and ${f.envs.join(' and ')} ${f.envs.length > 1 ? 'bake' : 'bakes'} it into the image config (readable with docker inspect); drop the default`) : f.message;
        report({ ...f.at, ...(f.secret !== undefined ? { secret: f.secret } : {}), ...(f.subject !== undefined ? { subject: f.subject } : {}), message });
      }
    }
    // A Dockerfile written in a compose file (`build.dockerfile_inline`) is not read: said there.
    for (const n of inlineDockerfileNotes(snapshot, 'whether its ENV and ARG bake in a secret')) report(n);
  },
});
