import { z } from 'zod';
import { defineProbe } from './define.js';

/** `html`: the real thing is an HTML page, judged by its markers (other files are never HTML: an HTML body is a soft 404). */
interface Sensitive { path: string; what: string; content: RegExp; html?: boolean }

const KEY_VALUE = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*=/m;

/** Files that must never be served, each with a test on the body that proves it is the real file. */
export const SENSITIVE: Sensitive[] = [
  { path: '/.env', what: 'a .env file (KEY=VALUE lines)', content: KEY_VALUE },
  { path: '/.env.production', what: 'a .env file (KEY=VALUE lines)', content: KEY_VALUE },
  { path: '/.git/config', what: 'the git configuration ([core] section)', content: /^\s*\[core\]/m },
  { path: '/.git/HEAD', what: 'the git HEAD (the repository can be downloaded)', content: /^(ref: refs\/|[0-9a-f]{40}\s*$)/ },
  { path: '/.aws/credentials', what: 'AWS credentials', content: /aws_access_key_id\s*=/i },
  { path: '/.npmrc', what: 'an .npmrc with a registry token', content: /_auth(Token)?\s*=/ },
  { path: '/.htpasswd', what: 'an htpasswd file', content: /^[^:\s<]+:(\$apr1\$|\$2[aby]\$|\{SHA\}|\$[156]\$)/m },
  { path: '/server-status', what: "Apache's server-status page", content: /<title>Apache Status<\/title>|<h1>Apache Server Status for /, html: true },
  { path: '/actuator/env', what: "Spring Boot's environment endpoint", content: /"propertySources"\s*:/ },
  { path: '/phpinfo.php', what: 'phpinfo()', content: /<title>(PHP \d[^<]*- )?phpinfo\(\)<\/title>/, html: true },
];

// A single-page app answers 200 with its HTML shell everywhere: that is not the file (unless the
// file is an HTML page itself: server-status, phpinfo() are then judged by their markers).
const looksHtml = (body: string) => /^\s*(<!doctype html|<html|<head|<body)/i.test(body);

/** Well-known secret files and debug endpoints are not served. */
export const sensitivePaths = defineProbe({
  id: 'sensitive-paths',
  title: 'Sensitive files are not served',
  severity: 'critical',
  description: '/.env, /.git/config, /.git/HEAD… are not served (judged on the body, not the status).',
  match: [
    {
      pattern: /(?:\.env|\.git|sensitive (?:files|paths)|dotfiles)\b[^;]*\bnot (?:served|accessible|reachable|exposed|downloadable|public(?:ly accessible)?)\b|\b(?:block|deny|forbid)\b[^;]*(?:\.env|\.git|dotfiles|hidden files)\b/,
      // Keeping files out of git or out of an image (.dockerignore) is not what the site serves.
      unless: /gitignore|dockerignore|\bcommit|\bimages?\b/,
      note: 'a promise that secrets files are not served: the probe requests /.env, /.git/config…',
    },
  ],
  docs: {
    why: 'A served .env or .git leaks credentials and source code to anyone who asks.',
    fix: 'Serve only the build output directory; deny dot-files at the proxy (nginx: `location ~ /\\. { deny all; }`).',
    details: [
      `Paths: ${SENSITIVE.map((s) => `\`${s.path}\``).join(', ')}. A path fails only when it answers 2xx with a body`,
      'that matches the file (KEY=VALUE lines, a `[core]` section, a `ref:` line…), so a single-page app answering',
      '200 with its HTML shell everywhere passes: an HTML body never counts as one of the files. The two HTML',
      "pages, Apache's `/server-status` and `/phpinfo.php`, are judged by their own markers (the `Apache Status`",
      'title or `Apache Server Status for` heading, the `phpinfo()` title). A compressed body (`Content-Encoding`',
      'gzip, deflate, br) is decoded first. Redirects are not followed. The body is never shown. `error` when no',
      'path could be fetched.',
    ].join(' '),
  },
  options: z.object({}),
  needs: () => ({ sensitive: SENSITIVE.map((s) => s.path) }),
  evaluate(obs, ctx) {
    const got = obs.sensitive ?? {};
    const fetched = SENSITIVE.map((s) => [s, got[s.path]] as const);
    if (!fetched.some(([, f]) => f?.response)) {
      ctx.error(fetched.find(([, f]) => f?.error)?.[1]?.error ?? 'the sensitive paths were not fetched');
      return;
    }
    for (const [s, f] of fetched) {
      const res = f?.response;
      if (!res || res.status < 200 || res.status >= 300 || (!s.html && looksHtml(res.body)) || !s.content.test(res.body)) continue;
      ctx.report({ url: res.url, message: `${res.url} serves ${s.what}; block it at the web server and rotate any secret it held` });
    }
  },
});
