/**
 * Python boolean settings read from the environment (`DEBUG = env.bool("DEBUG", default=True)`): what they are
 * when the variable is unset. Shared by debug-mode and cors-wildcard.
 */

/** A Python literal as the environment would hand it over: `"True"` → `True`, `1` → `1`; null for anything else. */
function pyLiteral(expr: string): string | null {
  const m = /^(?:(['"])([\w.-]*)\1|(True|False|None|-?\d+))$/.exec(expr.trim());
  return m ? (m[2] ?? m[3]!) : null;
}

const TRUTHY_TEXT = /^(1|true|yes|on|y|t)$/i;
/** Variables a hosting platform sets itself: a deploy cannot forget them. */
const PLATFORM_SET = /^(?:RENDER|DYNO|FLY_APP_NAME|FLY_ALLOC_ID|RAILWAY_ENVIRONMENT(?:_NAME)?|VERCEL|K_SERVICE|AWS_LAMBDA_FUNCTION_NAME|AWS_EXECUTION_ENV|WEBSITE_HOSTNAME|WEBSITE_SITE_NAME|KUBERNETES_SERVICE_HOST|GAE_ENV|GAE_APPLICATION|ECS_CONTAINER_METADATA_URI(?:_V4)?|PYTHONANYWHERE_DOMAIN|DIGITALOCEAN_APP_(?:ID|NAME)|NETLIFY|CF_PAGES)$/;

/**
 * `env("DEBUG", default="False")` / `config("DEBUG", default="False")` with no cast: django-environ casts to the default's type
 * (str) and returns the default as written, as python-decouple's `config`, environs' and Starlette's `Config` do, so the value is
 * a string, true to Python whatever it says (and so is any value the deploy sets). The variable and the (non-empty) default, or null.
 */
export function untypedStringRead(expr: string): { name: string; fallback: string } | null {
  const m = /^(?:env|config)\(\s*(["'])(\w+)\1\s*,\s*default\s*=\s*(["'])([\w.-]+)\3\s*\)$/.exec(expr.trim());
  return m ? { name: m[2]!, fallback: m[4]! } : null;
}

/**
 * The environment variable whose absence makes a Python boolean setting True (`DEBUG = …`, `CORS_ALLOW_ALL_ORIGINS = …`), or null: the
 * expression read with the variable unset, i.e. with the read's default (`os.environ.get("DEBUG", "True") == "True"`,
 * `os.getenv("DEBUG", "1").lower() in ("1", "true")`, `bool(int(os.getenv("DEBUG", "1")))`,
 * `strtobool(os.getenv("DEBUG", "yes"))`, `env.bool("DEBUG", default=True)`, `config("DEBUG", default=True, cast=bool)`,
 * `os.environ.get("DEBUG", True)`). Anything it cannot evaluate is null (precision over recall).
 */
export function trueWhenUnset(expr: string): string | null {
  const r = whenUnset(expr);
  return r?.on ? r.name : null;
}

/**
 * The environment variable whose absence makes a Python boolean setting False, or null: {@link trueWhenUnset}'s
 * evaluation, the other way (`SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=False)`,
 * `config("SESSION_COOKIE_HTTPONLY", default=False, cast=bool)`, `os.environ.get("CSRF_COOKIE_SECURE", "False") == "True"`).
 * Only a value it can evaluate counts: a read with no default, a computed default or an unknown helper is null.
 */
export function falseWhenUnset(expr: string): string | null {
  const r = whenUnset(expr);
  return r && !r.on ? r.name : null;
}

const FALSY_TEXT = /^(0|false|no|off|n|f)$/i;

/** What a Python boolean expression of one environment read is with the variable unset: the variable and the value, or null. */
function whenUnset(expr: string): { name: string; on: boolean } | null {
  const e = expr.trim().replace(/\s+/g, ' ');
  const is = (name: string, on: boolean) => ({ name, on });
  // `True if os.environ.get("DEBUG", "True") == "True" else False`: the condition itself.
  const ternary = /^True if (.+) else False$/.exec(e);
  if (ternary) return whenUnset(ternary[1]!.replace(/^\((.*)\)$/, '$1'));
  // `False if os.getenv("ENVIRONMENT") == "production" else True`: on unless the condition holds, i.e. the negated
  // comparison (`!=`, `not in`); other conditions are not negated here (null).
  const inverse = /^False if (.+) else True$/.exec(e);
  if (inverse) {
    const cond = inverse[1]!.replace(/^\((.*)\)$/, '$1');
    const cmp = /^(.+?)\s*(==|!=)\s*([^=!]+)$/.exec(cond) ?? /^(.+?)\s+(not\s+in|in)\s+([([{].*)$/.exec(cond);
    if (!cmp) return null;
    const op = { '==': '!=', '!=': '==' }[cmp[2]!] ?? (/^not/.test(cmp[2]!) ? 'in' : 'not in');
    return whenUnset(`${cmp[1]} ${op} ${cmp[3]}`);
  }
  // django-environ, python-decouple, environs: typed reads with a default.
  // A project's own helper named for booleans reads the same way (Saleor's `get_bool_from_env("DEBUG", True)`).
  // Keywords in either order: `config("DEBUG", cast=bool, default=True)`.
  const typed = /^(?:env\.bool|env|environ\.Env\(\)\.bool|config|env_bool|getenv_bool|(?:[A-Za-z_]\w*\.)?\w*bool\w*)\(\s*"(\w+)"\s*,\s*(?:cast\s*=\s*bool\s*,\s*default\s*=\s*|(?:default\s*=\s*)?)([^,()]+?)\s*(?:,\s*cast\s*=\s*bool\s*)?\)$/i.exec(e);
  if (typed) {
    const d = pyLiteral(typed[2]!);
    // A string default and no cast: a non-empty string, true to Python whatever it says. A bool default is judged below.
    const untyped = untypedStringRead(e);
    if (untyped) return is(untyped.name, true);
    const bool = /^[^(]*bool/i.test(e) || /cast\s*=\s*bool/.test(e) || d === 'True' || d === 'False';
    if (!bool || d === null) return null;
    return d === 'True' || TRUTHY_TEXT.test(d) ? is(typed[1]!, true) : d === 'False' || d === 'None' || FALSY_TEXT.test(d) ? is(typed[1]!, false) : null;
  }
  // Presence tests: `"PRODUCTION" not in os.environ` is True when the variable is unset — unless the platform
  // sets it (Render's documented `DEBUG = "RENDER" not in os.environ`, Heroku's DYNO, Fly, Cloud Run…).
  const presence = /^"(\w+)"\s+(not\s+in|in)\s+os\.environ$/.exec(e);
  if (presence) return presence[2] !== 'in' && !PLATFORM_SET.test(presence[1]!) ? is(presence[1]!, true) : null;
  const READ = /(?:os\.environ\.get|os\.getenv|environ\.get|getenv)\(\s*"(\w+)"\s*(?:,\s*(?:default\s*=\s*)?([^,()]+?)\s*)?\)/;
  const r = READ.exec(e);
  if (!r) return null;
  const name = r[1]!;
  const before = e.slice(0, r.index).replace(/\s/g, '');
  let after = e.slice(r.index + r[0].length).trim();
  if (r[2] === undefined) {
    // No default: the read is None when unset. `os.environ.get("DJANGO_DEBUG") != "0"` and `not os.getenv("PRODUCTION")`
    // are then True; `== "1"`, `in (…)` and the bare read are off; methods and casts of None raise (not judged).
    if (PLATFORM_SET.test(name)) return null;
    if (before === 'not' && !after) return is(name, true);
    // `os.environ.get("PRODUCTION") is None`: True when unset.
    if (!before && /^is\s+None$/.test(after)) return is(name, true);
    if (before) return null;
    const cmp = /^(==|!=)\s*(.+)$/.exec(after);
    // Only the on side is judged here: off with no default written (`os.environ.get("USE_HTTPS") == "on"`) is the
    // deploy's to set, not a default the code chose.
    if (cmp) return pyLiteral(cmp[2]!) !== null && cmp[1] === '!=' ? is(name, true) : null;
    const member = /^(not\s+in|in)\s*[([{](.*)[)\]}]$/.exec(after);
    return member && member[1] !== 'in' && !/\bNone\b/.test(member[2]!) ? is(name, true) : null;
  }
  const d = pyLiteral(r[2]);
  if (d === null) return null;
  if (before === 'not' && !after) {
    const quoted = /^['"]/.test(r[2].trim());
    // `not os.getenv("PRODUCTION", "")`: on when the default is falsy.
    return is(name, quoted ? d === '' : d === 'False' || d === 'None' || d === '0');
  }
  // String methods that normalise the value.
  let value = d;
  for (let m; (m = /^\.(lower|upper|strip|casefold)\(\)/.exec(after)); after = after.slice(m[0].length).trim()) value = m[1] === 'upper' ? value.toUpperCase() : m[1] === 'strip' ? value.trim() : m[1] === 'lower' || m[1] === 'casefold' ? value.toLowerCase() : value;
  if (!before) {
    // The read itself: `os.environ.get("DEBUG", True)` is True when unset; so is any non-empty string
    // default (`"False"` and `"0"` included: Python, Django and Flask take a non-empty string as true).
    if (!after) {
      const quoted = /^['"]/.test(r[2]!.trim());
      return is(name, quoted ? d !== '' : d === 'True' || (/^-?\d+$/.test(d) && Number(d) !== 0));
    }
    const cmp = /^(==|!=)\s*(.+)$/.exec(after);
    if (cmp) {
      const lit = pyLiteral(cmp[2]!);
      if (lit === null) return null;
      return is(name, (value === lit) === (cmp[1] === '=='));
    }
    const member = /^(not\s+in|in)\s*[([{](.*)[)\]}]$/.exec(after);
    if (member) {
      const lits = member[2]!.split(',').map((x) => x.trim()).filter(Boolean).map(pyLiteral);
      if (lits.some((x) => x === null)) return null;
      return is(name, lits.includes(value) === (member[1] === 'in'));
    }
    return null;
  }
  // Casts: `bool(int(read))`, `int(read)`, `strtobool(read)`, `bool(strtobool(read))`, `bool(distutils.util.strtobool(read))`.
  if (after.replace(/\s/g, '') !== ')'.repeat((before.match(/\(/g) ?? []).length)) return null;
  const casts = before.split('(').filter(Boolean).map((c) => c.slice(c.lastIndexOf('.') + 1));
  if (!casts.length || !casts.every((c) => c === 'bool' || c === 'int' || c === 'strtobool')) return null;
  const inner = casts.at(-1)!;
  if (inner === 'int') return /^-?\d+$/.test(value) ? is(name, Number(value) !== 0) : null;
  if (inner === 'strtobool') return TRUTHY_TEXT.test(value) ? is(name, true) : FALSY_TEXT.test(value) ? is(name, false) : null;
  // `bool(os.getenv("DEBUG", "False"))`: a non-empty string is True, so debug is on whenever the variable is unset
  // (and whatever it is set to: "False" too). An unquoted default is the value itself.
  if (casts.length === 1 && inner === 'bool') return is(name, /^['"]/.test(r[2]!.trim()) ? value !== '' : value === 'True' || (/^-?\d+$/.test(value) && Number(value) !== 0));
  return null;
}

/**
 * django-environ's scheme (`env = environ.Env(DEBUG=(bool, True))`): a read without its own default
 * (`env("DEBUG")`, `env.bool("DEBUG")`) takes the scheme's default when the variable is unset. Returns the
 * expression with that default written out (`env.bool("DEBUG", default=True)`), or the expression unchanged.
 */
export function withEnvScheme(expr: string, text: string): string {
  const read = /^\s*(\w+)(?:\.bool)?\(\s*["'](\w+)["']\s*\)\s*$/.exec(expr);
  if (!read || !text.includes('Env(')) return expr;
  for (const m of text.matchAll(new RegExp(`\\b${read[1]}\\s*=\\s*(?:environ\\.)?Env\\(`, 'g'))) {
    // The call's arguments, up to its balanced closing parenthesis.
    let depth = 1, i = m.index + m[0].length;
    for (; i < text.length && depth; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    const d = new RegExp(`\\b${read[2]}\\s*=\\s*\\(\\s*bool\\s*,\\s*([^,()]+?)\\s*\\)`).exec(text.slice(m.index + m[0].length, i));
    if (d) return `env.bool("${read[2]}", default=${d[1]})`;
  }
  return expr;
}

/**
 * The environment variable whose every non-empty value makes a Python setting true, or null: the string read
 * itself (`os.environ.get("DEBUG")`, `os.getenv("DEBUG", default=0)`, `os.environ["DEBUG"]`) or `bool(…)` of it
 * (`bool(os.environ.get("DEBUG", default=0))`, the testdriven.io pattern). Set to `0` or `False`, the variable
 * holds the string "0" or "False", which Python (and Django, and Flask) take as true; only unset (with a
 * falsy default) or empty is off. What it is with the variable unset is {@link trueWhenUnset}'s question.
 * Typed reads (`env.bool`, `strtobool`, `int(…)`, `== "1"`, `in ("1", "true")`) are not string reads: null.
 */
export function trueWhenSet(expr: string): string | null {
  const e = expr.trim().replace(/\s+/g, ' ').replace(/'/g, '"').replace(/^True if (.+) else False$/, '$1').replace(/^\((.*)\)$/, '$1');
  const m = /^(bool\(\s*)?(?:(?:os\.environ\.get|os\.getenv|environ\.get|getenv)\(\s*"(\w+)"\s*(?:,\s*(?:default\s*=\s*)?[^,()]+?\s*)?\)|(?:os\.)?environ\[\s*"(\w+)"\s*\])(\s*\))?$/.exec(e);
  if (!m || Boolean(m[1]) !== Boolean(m[4])) return null;
  return m[2] ?? m[3]!;
}
