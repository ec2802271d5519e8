import picomatch from 'picomatch';
import { z } from 'zod';
import { defineCheck, type RawFinding } from './define.js';
import { basename, isTemplate, isVendoredOrGenerated, isYamlFile } from '../repo/classify.js';
import { containers } from '../repo/k8s.js';
import { isObject } from '../repo/yaml.js';
import type { SnapshotView } from '../repo/snapshot.js';
import {
  PREFILTER, TOKEN_RULES, URL_CREDENTIALS_RE, decodeBase64, isDefaultCredential, isExampleValue, isLocalOrExampleHost,
  isReference, isSecretName, looksLikeSecretValue, looksLikeUrlPassword, redact,
} from './util/secrets.js';

/** One leaked value found in a file. */
interface Hit { line: number; column: number; message: string; secret: string }

const FIX = 'Revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment.';

// Compiled once: the scanner resets lastIndex per use, so sharing them is safe (run is synchronous).
const PREFILTER_RE = new RegExp(PREFILTER.source, 'gi');
const PRIVATE_KEY_RE = /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |PGP |ENCRYPTED |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----([\s\S]{0,16000}?)-----END \1-----/y;
/** `key = value`, `key: value`, `"key": "value"`, `key => 'value'`, `KEY=value` (one per match). */
const ASSIGNMENT_RE = /(?<![\w.$-])([A-Za-z_$][\w.$-]{0,100}?)["'`]?\]?\s*(?::=|=>|=(?![=~])|:(?![:/]))[ \t]*(?:"((?:[^"\\\n]|\\.){0,1000})"|'((?:[^'\\\n]|\\.){0,1000})'|`([^`\n]{0,1000})`|([^\s"'`,;#)}\]]{1,1000}))/g;
const BLOCK_SCALAR_RE = /^[|>][-+]?\d*$/;
const DOC_FILE_RE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?)$/i;
const TEST_PATH_RE = /(?:^|\/)(?:tests?|__tests__|spec|specs|fixtures?|testdata|test-data|mocks?|__mocks__|e2e|cypress)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec)\.[a-z]+|conftest\.py)$/i;
const LONG_LINE = 1000;

/** What the line scan of one file is allowed to do. */
interface ScanMode { generic: boolean; yaml: boolean }

/**
 * Scans one file's text in a single prefiltered pass: the combined literal prefilter picks
 * candidate lines, and only those run the token, URL and assignment rules.
 */
export function scanText(text: string, mode: ScanMode): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const add = (h: Hit) => {
    const key = `${h.line}\0${h.secret}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push(h);
  };
  const re = PREFILTER_RE;
  re.lastIndex = 0;
  let lineNo = 1;
  let counted = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) lineNo++;
    counted = lineStart;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    let resumeAt = lineEnd + 1;
    const begin = line.indexOf('-----BEGIN');
    if (begin !== -1) {
      const block = privateKeyAt(text, lineStart + begin);
      if (block) {
        add({ line: lineNo, column: begin + 1, message: `a private key (${block.type}) is committed in plain text`, secret: block.body });
        // Skip the key's body; continue on the line after its END marker.
        const endNl = text.indexOf('\n', block.end);
        resumeAt = endNl === -1 ? text.length : endNl + 1;
      }
    }
    scanLine(line, lineNo, mode, add, text, lineEnd);
    re.lastIndex = resumeAt;
    if (resumeAt >= text.length) break;
  }
  return hits;
}

function privateKeyAt(text: string, at: number): { type: string; body: string; end: number } | null {
  PRIVATE_KEY_RE.lastIndex = at;
  const m = PRIVATE_KEY_RE.exec(text);
  if (!m) return null;
  // Body: drop armour headers and escaped newlines (keys embedded in JSON/YAML strings).
  const body = m[2]!
    .replace(/\\[nr]/g, '\n')
    .split('\n')
    .filter((l) => !/^\s*[A-Za-z-]+:/.test(l))
    .join('')
    .replace(/[^A-Za-z0-9+/=]/g, '');
  if (body.length < 64 || isExampleValue(body) || /^(.)\1+$/.test(body.replace(/=+$/, ''))) return null;
  return { type: m[1]!.replace(/ BLOCK$/, ''), body, end: m.index + m[0].length };
}

function scanLine(line: string, lineNo: number, mode: ScanMode, add: (h: Hit) => void, text: string, lineEnd: number) {
  const tokens: string[] = [];
  for (const rule of TOKEN_RULES) {
    rule.re.lastIndex = 0;
    for (const m of line.matchAll(rule.re)) {
      const value = m[1] ?? m[0];
      if (rule.reject?.(value, line)) continue;
      if (rule.id === 'google-api-key' && /firebase|authDomain/i.test(line)) continue;
      tokens.push(value);
      const shown = rule.prefix ? ` (${redact(value, rule)})` : '';
      add({ line: lineNo, column: (m.index ?? 0) + m[0].indexOf(value) + 1, message: `${rule.label}${shown} committed in plain text`, secret: value });
    }
  }
  if (line.includes('://')) {
    URL_CREDENTIALS_RE.lastIndex = 0;
    for (const m of line.matchAll(URL_CREDENTIALS_RE)) {
      const [, scheme, user, password, host] = m as unknown as [string, string, string, string, string];
      if (tokens.some((t) => password.includes(t))) continue;
      if (isLocalOrExampleHost(host) || !looksLikeUrlPassword(user, password)) continue;
      tokens.push(password);
      add({ line: lineNo, column: (m.index ?? 0) + 1, message: `a ${scheme.toLowerCase()}:// URL embeds a password`, secret: password });
    }
  }
  if (!mode.generic || line.length > LONG_LINE) return;
  ASSIGNMENT_RE.lastIndex = 0;
  for (const m of line.matchAll(ASSIGNMENT_RE)) {
    const key = m[1]!;
    if (!isSecretName(key)) continue;
    let value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const quoted = m[5] === undefined;
    let column = (m.index ?? 0) + m[0].length - value.length - (quoted ? 1 : 0) + 1;
    if (mode.yaml && !quoted && BLOCK_SCALAR_RE.test(value)) {
      value = blockScalar(text, lineEnd, line.search(/\S/));
      column = (m.index ?? 0) + 1;
    }
    if (tokens.some((t) => value.includes(t))) continue;
    if (!looksLikeSecretValue(value)) continue;
    add({ line: lineNo, column, message: `'${key}' is assigned a hard-coded secret value`, secret: value });
  }
}

/** The text of a YAML block scalar that starts after `lineEnd`, joined without newlines. */
function blockScalar(text: string, lineEnd: number, indent: number): string {
  const out: string[] = [];
  let pos = lineEnd + 1;
  for (let n = 0; n < 200 && pos < text.length; n++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const l = text.slice(pos, end).replace(/\r$/, '');
    pos = end + 1;
    if (!l.trim()) continue;
    if (l.search(/\S/) <= indent) break;
    out.push(l.trim());
  }
  return out.join('');
}

/** Globs with a `/` match the path, others the file name (also as an exact path). */
function allowMatcher(globs: string[]): (file: string) => boolean {
  if (!globs.length) return () => false;
  const byPath = picomatch(globs, { dot: true });
  const names = globs.filter((g) => !g.includes('/'));
  const byName = names.length ? picomatch(names, { dot: true }) : () => false;
  return (file) => byPath(file) || byName(basename(file));
}

/** Literal values in Kubernetes `Secret` manifests and secret-named container env values; returns the `file:line`s it judged. */
function scanKubernetes(snapshot: SnapshotView, skipFile: (f: string) => boolean, report: (f: RawFinding) => void): Set<string> {
  const handled = new Set<string>();
  for (const obj of snapshot.k8sObjects()) {
    if (skipFile(obj.file)) continue;
    if (obj.kind === 'Secret' && obj.apiVersion === 'v1') {
      for (const field of ['data', 'stringData'] as const) {
        const data = obj.value[field];
        if (!isObject(data)) continue;
        for (const [key, raw] of Object.entries(data)) {
          // Every key line is judged here; the line scan must not judge it again (raw base64).
          handled.add(`${obj.file}:${obj.loc([field, key], true).line}`);
          if (typeof raw !== 'string' || !raw.trim() || isReference(raw)) continue;
          const value = field === 'data' ? (decodeBase64(raw) ?? raw) : raw;
          if (!value.trim() || isReference(value) || isDefaultCredential(value) || isExampleValue(value)) continue;
          // Certificates and CA bundles are public.
          if (/^\s*-----BEGIN CERTIFICATE-----/.test(value) && !value.includes('PRIVATE KEY')) continue;
          const at = obj.loc([field, key], true);
          report({
            file: obj.file, line: at.line, column: at.column, secret: value,
            message: `Secret '${obj.name ?? '?'}' commits a literal value for '${key}' in ${field}; use a SealedSecret, External Secrets or a secret created outside git`,
          });
        }
      }
      continue;
    }
    for (const c of containers(obj)) {
      const env = c.container['env'];
      if (!Array.isArray(env)) continue;
      env.forEach((e, i) => {
        if (!isObject(e) || typeof e['name'] !== 'string' || typeof e['value'] !== 'string') return;
        if (!isSecretName(e['name']) || !looksLikeSecretValue(e['value'])) return;
        const at = obj.loc([...c.path, 'env', i, 'value']);
        handled.add(`${obj.file}:${at.line}`);
        report({
          file: obj.file, line: at.line, column: at.column, secret: e['value'],
          message: `container '${c.name}' sets '${e['name']}' to a hard-coded secret value; use valueFrom.secretKeyRef`,
        });
      });
    }
  }
  return handled;
}

/**
 * High-confidence secret values in tracked files: private keys, provider tokens by format,
 * URLs with passwords, literal Kubernetes Secrets, and secret-named assignments of random-looking
 * literals. Values are never printed.
 */
export const hardcodedSecret = defineCheck({
  id: 'hardcoded-secret',
  title: 'No secrets are committed to the repository',
  severity: 'critical',
  description: 'Private keys, provider tokens, passwords in URLs, literal Kubernetes Secrets and high-entropy secret-named literals in tracked files.',
  docs: {
    why: 'A secret in git is readable by everyone with access to the repository, its forks, clones and CI logs, forever: history keeps it after the line is deleted.',
    fix: FIX,
    details: [
      '**What is found** (one finding per leaked value and line):',
      '- private key blocks (`-----BEGIN [RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED] PRIVATE KEY-----` with a real body, also inside JSON strings with `\\n` escapes);',
      '- provider tokens by their formats (from gitleaks and the secretlint recommended preset): AWS access key ids and `aws_secret_access_key` values, GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), GitLab `glpat-`, Slack tokens and webhooks, Stripe live keys, Google API keys, SendGrid, npm, OpenAI, Anthropic, Twilio, Shopify;',
      '- URLs with an inline password (`postgres://app:…@db/app`), unless the password is a variable, a placeholder, a default (that is `default-credentials`), or the host is local/example;',
      '- `kind: Secret` manifests with literal `data`/`stringData` (base64 decoded first; one finding per key, at the key; certificates, placeholders and templated values pass);',
      '- secret-named assignments (`SECRET_KEY = "…"`, `"apiKey": "…"`, `password: …`, `.env` `TOKEN=…`, YAML block scalars, Kubernetes env `value:`) whose literal is at least 12 characters, mixes letters and digits, has high Shannon entropy and is not a reference (`${VAR}`, `os.environ`, `process.env`), placeholder or default.',
      '',
      '**What passes**: documented example keys (`AKIAIOSFODNN7EXAMPLE`, values containing `EXAMPLE`, `example`, `xxxx`, `dummy`, `fake`, `<…>`); Firebase web API keys (public by design); Stripe test keys; names about a secret rather than the secret (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `PASSWORD_MIN_LENGTH`) and public keys.',
      '',
      '**Scope**: every tracked text file except lockfiles, minified and vendored files. Template files (`*.example`, `*.sample`, …), documentation (`*.md`, `*.rst`, `*.txt`, HTML) and test files/fixtures are not searched for secret-named assignments (their values are illustrations) but are still searched for provider tokens and private keys: a real token format is a real leak wherever it is. Lines longer than 1,000 characters (minified code) get only the token rules.',
      '',
      '**Speed**: one pass per file; a single combined literal prefilter (token prefixes and secret words) picks candidate lines and only those run the rules.',
      '',
      'Option `allow`: globs or file names (picomatch; a pattern without `/` matches the file name) of files a team commits by convention, e.g. `["test/certs/**"]`.',
    ].join('\n'),
  },
  options: z.object({ allow: z.array(z.string()).default([]) }),
  run({ snapshot, options, report, skip }) {
    const allowed = allowMatcher(options.allow);
    const files = snapshot.files.filter((f) => !isVendoredOrGenerated(f) && !allowed(f));
    if (!files.length) { skip('no files to scan'); return; }
    const structural = scanKubernetes(snapshot, (f) => allowed(f) || isTemplate(f), report);
    for (const file of files) {
      const text = snapshot.text(file);
      if (text === undefined) continue;
      const generic = !isTemplate(file) && !DOC_FILE_RE.test(file) && !TEST_PATH_RE.test(file);
      for (const h of scanText(text, { generic, yaml: isYamlFile(file) })) {
        if (structural.has(`${file}:${h.line}`)) continue;
        report({ file, line: h.line, column: h.column, message: `${h.message}; ${FIX.charAt(0).toLowerCase()}${FIX.slice(1, -1)}`, secret: h.secret });
      }
    }
  },
});
