import { z } from 'zod';
import { defineCheck, type RawFinding } from './define.js';
import { basename, isDevOnly, isPython, isTemplate, isTestFile } from '../repo/classify.js';
import { composeDevOnly, composeEnvironment } from '../repo/compose.js';
import { lineage } from '../repo/dockerfile.js';
import { containerEnv } from '../repo/k8s.js';
import { isObject } from '../repo/yaml.js';
import { isCodeFile } from './util/code.js';
import { URL_CREDENTIALS_RE, decodeBase64, describeDefault, insideBounds, isDefaultCredential, isSecretName, linesContaining, tripleQuoteBounds } from './util/secrets.js';

/** Why a name/value pair uses a default credential, or null. Never includes the value. */
export function defaultReason(name: string, value: string): { reason: string; secret: string } | null {
  const v = value.trim();
  if (!v) return null;
  if (isSecretName(name)) {
    // `${DB_PASSWORD:-changeme}`: the default is what deploys whenever the variable is unset.
    for (const m of v.matchAll(/\$\{(\w+):?-([^}]*)\}/g)) {
      if (isDefaultCredential(m[2]!)) return { reason: `falls back to ${describeDefault(m[2]!)} when ${m[1]} is unset`, secret: m[2]! };
    }
    if (!v.includes('${') && isDefaultCredential(v)) return { reason: `is set to ${describeDefault(v)}`, secret: v };
  }
  if (v.includes('://')) {
    URL_CREDENTIALS_RE.lastIndex = 0;
    for (const m of v.matchAll(URL_CREDENTIALS_RE)) {
      const user = m[2]!;
      let password = m[3]!;
      try { password = decodeURIComponent(password); } catch { /* keep raw */ }
      if (password.includes('$') || password.includes('{')) continue;
      if (isDefaultCredential(password) || password === user) {
        return { reason: `embeds ${password === user ? 'a password equal to its user name' : describeDefault(password)} in its ${m[1]!.toLowerCase()}:// URL`, secret: password };
      }
    }
  }
  return null;
}

// Django/Flask settings: module-level constants (`SECRET_KEY = 'dev'`) and keyword arguments
// (`app.config.from_mapping(\n    SECRET_KEY='dev',`); indented `X = '…'` is class/function code.
const PY_CONST_RE = /^(?:([A-Z][A-Z0-9_]*)\s*(?::\s*str\s*)?=\s*(['"])(.*?)\2\s*|\s+([A-Z][A-Z0-9_]*)=(['"])(.*?)\5\s*,)\s*(?:#.*)?$/;
const PY_ATTR_RE = /\.(secret_key)\s*=\s*(['"])(.*?)\2|\.config\[\s*(['"])(\w+)\4\s*\]\s*=\s*(['"])(.*?)\6/;
const PY_GETENV_RE = /\b(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|env\.str)\(\s*(['"])(\w+)\1\s*,\s*(?:default\s*=\s*)?(['"])(.*?)\3/;
const JS_ENV_RE = /process\.env(?:\.(\w+)|\[\s*(['"`])(\w+)\2\s*\])\s*(?:\|\||\?\?)\s*(['"`])(.*?)\4/;
// Every Python/JS pattern below needs one of these literals on its line (cheap indexOf prefilter):
// a secret-like upper-case name, the attribute/config forms, an environment read (any name case:
// `os.environ.get("db_password", …)`; `env(` also covers `getenv(`), or a URL, whose password
// counts whatever its key.
const PY_NEEDLES = ['SECRET', 'PASS', 'TOKEN', 'KEY', 'PWD', 'CRED', 'AUTH', '.secret_key', '.config[', 'environ', 'env(', '://'];
const JS_NEEDLES = ['process.env'];
const PROD_ENV_RE = /^(?:\.env\.(?:prod|production|staging|live)(?:\.local)?|(?:prod|production|staging)\.env)$/i;

/**
 * Placeholder or well-known default values (`changeme`, `admin`, `postgres`, `<generate…>`,
 * `django-insecure-…`) for secret-named keys in deploy configuration.
 */
export const defaultCredentials = defineCheck({
  id: 'default-credentials',
  title: 'Deploy configuration uses no default or placeholder credentials',
  severity: 'high',
  description: 'Placeholder or default values (changeme, admin, password, postgres, secret, <generate…>, django-insecure-…) for secret-named keys in compose, Kubernetes, Dockerfile, settings and production .env files.',
  match: [
    {
      // "No default passwords", "Change all default passwords", "`SECRET_KEY` is not the default
      // `django-insecure-` key", "Database password is not `postgres`".
      pattern: /\bdefault (?:passwords?|credentials?|keys?|secrets?|secret keys?|api keys?|tokens?)\b|\b(?:placeholder|changeme) (?:passwords?|secrets?|credentials?|values)\b|\bdjango-insecure\b|\b(?:database|db|postgres(?:ql)?|mysql|admin|root) password (?:is )?not (?:changeme|postgres|admin|password|root|secret)\b/,
      // Network hardware and devices keep their passwords outside the repository, and a password changed at
      // first login is a user's, not deploy config. Rotation, templates and sandboxes are not what the check
      // reads. And the promise must refuse defaults (the last alternative: no word of refusal or of change
      // anywhere vetoes): "Default API keys for the sandbox are documented", "Default secret rotation period
      // is 90 days", ".env.example is committed with placeholder values" promise nothing about deploy config.
      unless: /\b(?:network|switches|routers?|firewalls?|printers?|devices?|hardware|appliances?|access points?|ipmi|bmc)\b|\bfirst (?:login|log-?in|sign-?in|use)\b|\brotat\w*|\b(?:examples?|templates?|samples?|sandbox)\b|^(?!.*\b(?:no|not|never|none|don't|doesn't|isn't|aren't|do not|must not|without|avoid\w*|chang\w*|replac\w*|remov\w*|reset)\b)/,
      note: 'a promise that no default or placeholder secret is deployed: the check reads deploy config',
    },
  ],
  docs: {
    why: 'Default credentials are the first thing an attacker tries, and a placeholder that reaches production means the real secret was never set.',
    fix: 'Generate a strong value per environment and inject it from a secret store; remove the fallback default so a missing secret fails loudly.',
    details: [
      'Looks at secret-named keys (token match: `POSTGRES_PASSWORD`, `MYSQL_ROOT_PASSWORD`, `SECRET_KEY`, `API_TOKEN`…; not `*_FILE`, `*_USER`, `PASSWORD_MIN_LENGTH`) in:',
      '- compose `environment` (list and map, `extends`/merge keys resolved; a value is reported once, where it is written: in the `extends` base or the merge-key anchor);',
      '- Kubernetes container `env` `value:`, `Secret` `stringData`/`data` (base64 decoded) and `ConfigMap` `data`;',
      '- Dockerfile `ENV`/`ARG` of the final stage and the stages it inherits from;',
      "- Python settings: upper-case constants and keyword arguments (`SECRET_KEY = 'dev'`, `app.config.from_mapping(SECRET_KEY='dev')`), `app.secret_key = …`, `app.config['SECRET_KEY'] = …`, and `os.environ.get('SECRET_KEY', 'dev')` / `os.getenv(…)` fallbacks;",
      "- JavaScript `process.env.JWT_SECRET || 'secret'` fallbacks;",
      '- production env files (`.env.production`, `.env.prod`, `.env.staging`, `production.env`).',
      'Any URL value (`DATABASE_URL=postgres://postgres:postgres@db/app`) whose password is a default or equals the user name counts too, whatever its key.',
      'Defaults: `changeme`, `change_me`, `admin`, `password`, `postgres`, `root`, `secret`, `123456`, `guest`, `minioadmin`, `<generate…>`, `your-secret-key-here`, `django-insecure-…`, `dev`, `test`, … (see `src/checks/util/secrets.ts`).',
      "A compose/Dockerfile default `${DB_PASSWORD:-changeme}` counts: it is what deploys whenever the variable is unset. The same holds for `os.environ.get('SECRET_KEY', 'dev')`.",
      'Development-only files by name (`docker-compose.override.yml`, `docker-compose.dev.yml`, `Dockerfile.dev`, `settings/local.py`, `settings/dev*.py`…) and compose services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…) get `info` notes: defaults are how local development works. Template files (`*.example`, `*.sample`, `*.template`) and tests are exempt.',
      'Values are never printed; the message says what kind of default it is.',
    ].join('\n'),
  },
  options: z.object({}),
  // Code: module-level constants and environment fallbacks, one file at a time.
  scan: () => ({
    accepts: (file) => isCodeFile(file) && !isTemplate(file),
    file(file, text) {
      const py = isPython(file);
      const out: { line: number; column: number; name: string; reason: string; secret: string }[] = [];
      let docs: number[] | null = null;
      for (const { line, lineNo, start } of linesContaining(text, py ? PY_NEEDLES : JS_NEEDLES)) {
        if (line.length > 1000) continue;
        // A docstring shows usage (`SECRET_KEY = "changeme"` in a module's docs): it sets nothing.
        if (py && insideBounds((docs ??= tripleQuoteBounds(text)), start)) continue;
        // [name, value, column, is an environment fallback]
        const found: [string, string, number, boolean?][] = [];
        if (py) {
          let m = PY_CONST_RE.exec(line);
          if (m) found.push(m[1] ? [m[1], m[3]!, line.indexOf(m[2]! + m[3]!) + 2] : [m[4]!, m[6]!, line.indexOf(m[5]! + m[6]!) + 2]);
          m = PY_ATTR_RE.exec(line);
          if (m) found.push(m[1] ? ['SECRET_KEY', m[3]!, line.indexOf(m[2]! + m[3]!, m.index) + 2] : [m[5]!, m[7]!, line.indexOf(m[6]! + m[7]!, m.index) + 2]);
          m = PY_GETENV_RE.exec(line);
          if (m) found.push([m[2]!, m[4]!, m.index + 1, true]);
        } else {
          const m = JS_ENV_RE.exec(line);
          if (m) found.push([m[1] ?? m[3]!, m[5]!, m.index + 1, true]);
        }
        for (const [name, value, column, fallback] of found) {
          // `PASSWORD = "password"` names a field (an enum of keys), it does not set one.
          if (value.toLowerCase().replace(/-/g, '_') === name.toLowerCase()) continue;
          const hit = defaultReason(name, value);
          if (hit && fallback) hit.reason = hit.reason.replace(/^is set to (.*)$/, 'falls back to $1 when the variable is unset');
          if (hit) { out.push({ line: lineNo, column, name, reason: hit.reason, secret: hit.secret }); break; }
        }
      }
      return out.length ? out : undefined;
    },
  }),
  run({ snapshot, scanned, report }) {
    // One finding per location: a value shared through compose `extends` or merge keys is reported
    // once, where it is written; a failure beats a note (a development-only service reaching it).
    const found = new Map<string, RawFinding>();
    const emit = (file: string, line: number, column: number, name: string, hit: { reason: string; secret: string }, where: string, devReason: string | null = isDevOnly(file) ? 'development-only file' : null) => {
      const message = `${name}${where} ${hit.reason}; set a strong generated secret from a secret store instead`;
      const f: RawFinding = { file, line, column, message, secret: hit.secret };
      const key = `${file}:${line}:${column}`;
      const prev = found.get(key);
      if (prev && !(prev.note && !devReason)) return;
      found.set(key, devReason ? { ...f, note: true, message: `${message} (${devReason})` } : f);
    };
    const skipFile = (f: string) => isTemplate(f) || isTestFile(f);

    for (const cf of snapshot.composeFiles()) {
      if (skipFile(cf.path)) continue;
      for (const svc of cf.services) {
        const dev = composeDevOnly(svc);
        for (const e of composeEnvironment(svc)) {
          const hit = e.value === null ? null : defaultReason(e.key, e.value);
          if (!hit) continue;
          const at = svc.origin(e.path);
          if (!skipFile(at.file)) emit(at.file, at.line, at.column, e.key, hit, ` (service '${svc.name}')`, dev ?? (isDevOnly(at.file) ? 'development-only file' : null));
        }
      }
    }

    for (const obj of snapshot.k8sObjects()) {
      if (skipFile(obj.file)) continue;
      if ((obj.kind === 'Secret' || obj.kind === 'ConfigMap') && obj.apiVersion === 'v1') {
        for (const field of obj.kind === 'Secret' ? ['stringData', 'data'] : ['data']) {
          const data = obj.value[field];
          if (!isObject(data)) continue;
          for (const [key, raw] of Object.entries(data)) {
            if (typeof raw !== 'string') continue;
            const value = obj.kind === 'Secret' && field === 'data' ? decodeBase64(raw) : raw;
            const hit = value === null ? null : defaultReason(key, value);
            if (hit) { const at = obj.loc([field, key], true); emit(obj.file, at.line, at.column, key, hit, ` (${obj.kind} '${obj.name ?? '?'}')`); }
          }
        }
        continue;
      }
      for (const e of containerEnv(obj)) {
        const hit = defaultReason(e.name, e.value);
        if (hit) emit(obj.file, e.line, e.column, e.name, hit, ` (container '${e.container.name}')`);
      }
    }

    for (const df of snapshot.dockerfiles()) {
      if (!df.final || skipFile(df.path)) continue;
      for (const stage of lineage(df.final)) {
        for (const ins of stage.instructions) {
          if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
          for (const p of ins.properties) {
            const hit = p.value === null ? null : defaultReason(p.name, p.value);
            if (hit) emit(df.path, p.line, p.column, p.name, hit, ` (${ins.keyword})`);
          }
        }
      }
    }

    for (const ef of snapshot.envFiles()) {
      if (skipFile(ef.path) || !PROD_ENV_RE.test(basename(ef.path))) continue;
      for (const e of ef.entries) {
        const hit = defaultReason(e.key, e.value);
        if (hit) emit(ef.path, e.line, e.valueColumn, e.key, hit, '');
      }
    }

    for (const { file, data } of scanned) for (const h of data) emit(file, h.line, h.column, h.name, h, '');
    for (const f of found.values()) report(f);
  },
});
