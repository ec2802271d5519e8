import { z } from 'zod';
import { defineCheck } from './define.js';
import { TLS_MINIMUM, TLS_NOT_WEB } from '../checklist/phrases.js';
import { basename, isComposeFile, isDockerfile, isEnvFile, isNginxCandidate, isProcfile, isTemplate, isVendoredOrGenerated, isDevOnly, isTestFile } from '../repo/classify.js';
import { isCodeFile, inDevBranch, scanSource, type Source } from './util/code.js';
import { deployedNginxConfigs } from './util/nginx.js';

const WEAK_NGINX = new Set(['sslv2', 'sslv3', 'tlsv1', 'tlsv1.1']);
const WEAK_NODE_VERSION = /^(TLSv1|TLSv1\.1|SSLv3)$/;
const WEAK_NODE_METHOD = /^(SSLv2|SSLv3|TLSv1|TLSv1_1)(_server|_client)?_method$/;

interface Hit { offset: number; what: string }

function node(src: Source): Hit[] {
  const hits: Hit[] = [];
  const re = /\b(minVersion|maxVersion|secureProtocol)\s*:\s*(['"`])([^'"`\n]*)\2|\bDEFAULT_(MIN|MAX)_VERSION\s*=\s*(['"`])([^'"`\n]*)\5/g;
  for (const m of src.code.matchAll(re)) {
    // The key must be code, not text inside a string or a comment.
    if (src.bare[m.index] !== src.code[m.index]) continue;
    const key = m[1] ?? `DEFAULT_${m[4]}_VERSION`;
    const value = m[3] ?? m[6]!;
    if (key === 'secureProtocol' ? WEAK_NODE_METHOD.test(value) : WEAK_NODE_VERSION.test(value)) hits.push({ offset: m.index, what: `${key}: '${value}' allows ${value.replace(/(_server|_client)?_method$/, '').replace('TLSv1_1', 'TLSv1.1')}` });
  }
  return hits;
}

function python(src: Source): Hit[] {
  const hits: Hit[] = [];
  // Only where a protocol is selected (a mapping table or a comparison merely names it).
  for (const m of src.bare.matchAll(/\b(?:SSLContext\s*\(\s*|ssl_version\s*=\s*)(?:ssl\s*\.\s*)?PROTOCOL_(TLSv1_1|TLSv1|SSLv3|SSLv2)\b|\b(minimum_version|maximum_version)\s*=\s*(?:ssl\s*\.\s*)?TLSVersion\s*\.\s*(SSLv3|TLSv1_1|TLSv1)\b/g)) {
    const version = (m[1] ?? m[3]!).replace('TLSv1_1', 'TLSv1.1');
    hits.push({ offset: m.index, what: m[1] ? `ssl.PROTOCOL_${m[1]} selects ${version}` : `${m[2]} = TLSVersion.${m[3]} allows ${version}` });
  }
  return hits;
}

/** nginx `ssl_protocols`, Node `minVersion`/`secureProtocol` and Python `ssl` settings do not allow SSLv3/TLS 1.0/1.1. */
export const tlsProtocolsConfig = defineCheck({
  id: 'tls-protocols-config',
  title: 'TLS configuration does not allow old protocols',
  severity: 'medium',
  description: 'nginx ssl_protocols, Apache SSLProtocol, Node minVersion/secureProtocol and Python ssl settings do not allow SSLv2/SSLv3/TLS 1.0/TLS 1.1.',
  match: [
    {
      // The probe's phrase, and nginx's directive or Node's `minVersion: 'TLSv1.2'` named outright.
      pattern: new RegExp(`${TLS_MINIMUM.source}|\\bssl_protocols\\b|\\bminversion\\b[^;]*\\btls ?v?1\\.[23]\\b`),
      unless: TLS_NOT_WEB,
      note: 'a promise about TLS versions: the check reads nginx ssl_protocols / Node minVersion',
    },
  ],
  docs: {
    why: 'SSLv3, TLS 1.0 and 1.1 are deprecated (RFC 8996) and broken by known attacks (POODLE, BEAST); allowing them lets an attacker downgrade connections and fails PCI DSS.',
    fix: 'Use `ssl_protocols TLSv1.2 TLSv1.3;` in nginx and `minVersion: \'TLSv1.2\'` in Node (or drop the override: current defaults are safe).',
    details: [
      'nginx: every `ssl_protocols` directive (in `http`, `server`, `stream`, or included files: `include` directives are followed to tracked files of any name, `snippets/ssl-params`, `sites-available/*`) naming `SSLv2`, `SSLv3`, `TLSv1` or `TLSv1.1` fails at its line; a config without `ssl_protocols` is not judged (nginx ≥ 1.23.4 defaults to TLSv1.2 TLSv1.3; the `tls-version` probe checks what is actually served). Upstream-side `proxy_ssl_protocols` is not judged.',
      'Apache: `SSLProtocol` in `*.conf` and `.htaccess` files, evaluated left to right (`all` includes TLSv1 and TLSv1.1, so `all -SSLv3` fails; `-all +TLSv1.2 +TLSv1.3` passes).',
      'Node: `minVersion`/`maxVersion: \'TLSv1\' | \'TLSv1.1\'`, `secureProtocol: \'TLSv1_method\' | \'TLSv1_1_method\' | \'SSLv3_method\'`, `tls.DEFAULT_MIN_VERSION = \'TLSv1\'`; the `--tls-min-v1.0`/`--tls-min-v1.1` flags in Dockerfiles, compose files, Procfiles, `.env` files and `package.json`.',
      'Python: `ssl.SSLContext(ssl.PROTOCOL_TLSv1)` (also `TLSv1_1`, `SSLv3`), `ssl_version=ssl.PROTOCOL_TLSv1` (wrap_socket, gunicorn config), and `minimum_version = ssl.TLSVersion.TLSv1`/`TLSv1_1`; merely naming a constant (a mapping table, a comparison) is not reported.',
      'Comments and strings are never read; tests and templates are skipped; code in development-only branches gives `info` notes.',
    ].join('\n'),
  },
  options: z.object({}),
  scan: () => ({
    accepts: (file) => isCodeFile(file) && !isTemplate(file),
    file(file, text) {
      if (!text.includes('TLSv1') && !text.includes('SSLv') && !text.includes('_method')) return undefined;
      const src = scanSource(file, text);
      const hits = (src.lang === 'python' ? python(src) : node(src)).map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), what: h.what, dev: isDevOnly(file) || inDevBranch(src, h.offset) }));
      return hits.length ? hits : undefined;
    },
  }),
  run({ snapshot, scanned, report, skip }) {
    const nginx = deployedNginxConfigs(snapshot);
    const deploy = snapshot.files.filter((f) => isDockerfile(f) || isComposeFile(f) || isProcfile(f) || isEnvFile(f) || basename(f) === 'package.json');
    const nginxSet = new Set(snapshot.nginxFiles());
    const apache = snapshot.files.filter((f) => (isNginxCandidate(f) || basename(f) === '.htaccess') && !nginxSet.has(f) && !isTestFile(f) && !isVendoredOrGenerated(f));
    if (!nginx.length && !deploy.length && !apache.length && !snapshot.files.some(isCodeFile)) { skip('no nginx config, application code or deploy files'); return; }
    for (const { file, directives } of nginx) {
      for (const d of directives) {
        if (d.name !== 'ssl_protocols') continue;
        const weak = d.args.filter((a) => WEAK_NGINX.has(a.value.toLowerCase())).map((a) => a.value);
        if (weak.length) report({ file, line: d.line, column: d.column, message: `ssl_protocols allows ${weak.join(', ')}; use ssl_protocols TLSv1.2 TLSv1.3;` });
      }
    }
    for (const { file, data } of scanned) {
      for (const h of data) {
        const message = `${h.what}; require TLS 1.2 or later`;
        report(h.dev ? { file, line: h.line, column: h.column, note: true, message: `${message} (development-only)` } : { file, line: h.line, column: h.column, message });
      }
    }
    for (const file of deploy) {
      if (isTemplate(file) || isTestFile(file)) continue;
      const lines = snapshot.lines(file);
      if (!lines) continue;
      lines.forEach((l, i) => {
        const m = /--tls-min-v1\.[01]\b/.exec(l);
        if (!m || /^\s*(#|\/\/)/.test(l)) return;
        const message = `node ${m[0]} allows ${m[0].endsWith('0') ? 'TLSv1' : 'TLSv1.1'}; remove the flag (Node defaults to TLS 1.2)`;
        report(isDevOnly(file) ? { file, line: i + 1, column: m.index + 1, note: true, message: `${message} (development-only file)` } : { file, line: i + 1, column: m.index + 1, message });
      });
    }
    for (const file of apache) {
      const text = snapshot.text(file);
      if (text === undefined || !/^\s*SSLProtocol\s/im.test(text)) continue;
      text.split(/\r?\n/).forEach((l, i) => {
        const m = /^\s*SSLProtocol\s+([^#]*)/i.exec(l);
        const weak = m ? apacheWeak(m[1]!) : [];
        if (weak.length) report({ file, line: i + 1, column: l.search(/\S/) + 1, message: `Apache SSLProtocol allows ${weak.join(', ')}; use SSLProtocol -all +TLSv1.2 +TLSv1.3` });
      });
    }
  },
});

const APACHE_ALL = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** Weak protocols an Apache `SSLProtocol` value enables (`all` includes TLSv1 and TLSv1.1; `-X` removes, `+X` or `X` adds). */
export function apacheWeak(value: string): string[] {
  const on = new Set<string>();
  for (const tok of value.trim().split(/\s+/).filter(Boolean)) {
    const sign = tok[0] === '-' || tok[0] === '+' ? tok[0] : '+';
    const name = tok.replace(/^[-+]/, '').toLowerCase();
    const names = name === 'all' ? APACHE_ALL : APACHE_ALL.concat('SSLv2').filter((p) => p.toLowerCase() === name);
    for (const p of names) if (sign === '-') on.delete(p); else on.add(p);
  }
  return ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'].filter((p) => on.has(p));
}
