import type { PhraseRule } from '../checks/define.js';

/**
 * Draft phrase rules keyed by check id, used until each rule moves beside its check's meta
 * (`match:` in `src/checks/<id>.ts` / `src/probes/<id>.ts`). Patterns run over the lower-cased,
 * markup-free item text; `context` over the heading path and parent item.
 */
export const DRAFT_PHRASES: Record<string, PhraseRule[]> = {
  // ── static checks ───────────────────────────────────────────────────────────
  'env-file-committed': [
    {
      pattern: /\.env\b[^;]*\b(?:not|never|no)\b[^;]*\b(?:commit(?:ted)?|git|version control|repo(?:sitory)?|tracked)\b|\b(?:no|never)\b[^;]*\.env\b[^;]*\b(?:in git|in the repo(?:sitory)?|in version control|committed|tracked)\b|\bnever commit\b[^;]*\.env\b/,
      unless: /\bpermissions?\b|\bchmod\b/,
      note: 'a promise that no .env file is committed: the check fails on every tracked .env file',
    },
  ],
  'env-file-not-ignored': [
    {
      pattern: /\.env\b[^;]*\.?gitignore\b|\.?gitignore\b[^;]*\.env\b/,
      note: 'a promise that .gitignore covers .env: the check tests the ignore rules',
    },
  ],
  'hardcoded-secret': [
    {
      pattern: /\b(?:secrets?|credentials?|passwords?|keys?|tokens?)\b[^;]*\bnot hard-? ?coded\b|\b(?:no|never|not)\b[^;]*\bhard-? ?coded (?:secrets?|credentials?|passwords?|api keys?|keys?|tokens?)\b/,
      note: 'a promise that no secret is hard-coded: the check scans tracked files for secret values',
    },
    {
      pattern: /\b(?:secrets?|credentials?|passwords?|keys?|tokens?)\b[^;]*\b(?:not|never)\b[^;]*\b(?:in|committed to|checked into) (?:version control|git|the repo(?:sitory)?|source control|source code)\b|\bnever commit (?:secrets?|credentials?|keys?|passwords?|tokens?)\b|\bno (?:secrets?|credentials?) (?:in|committed to) (?:git|the repo(?:sitory)?|version control|source code|code)\b/,
      note: 'a promise that secrets stay out of the repository: the check scans tracked files',
    },
  ],
  'default-credentials': [
    {
      pattern: /\bdefault (?:passwords?|credentials?|keys?|secrets?|secret keys?|api keys?|tokens?)\b|\b(?:placeholder|changeme) (?:passwords?|secrets?|credentials?|values)\b/,
      note: 'a promise that no default or placeholder secret is deployed: the check reads deploy config',
    },
  ],
  'image-tag-pinned': [
    {
      pattern: /:latest\b|\blatest (?:image )?tags?\b|\bpin(?:ned)? (?:the )?(?:base |docker |container )?images?\b|\b(?:images?|image tags|base images?) (?:are |is )?pinned\b|\bpinned (?:image )?tags\b|\bimage digests?\b/,
      note: 'a promise about image tags: the check fails untagged and `latest` images',
    },
  ],
  'dockerfile-non-root': [
    {
      pattern: /\b(?:dockerfiles?|containers?|images?)\b[^;]*\b(?:non-? ?root|not (?:run(?:ning)? )?as root)\b|\b(?:non-? ?root|not (?:run(?:ning)? )?as root)\b[^;]*\b(?:dockerfiles?|containers?|images?)\b/,
      note: 'a promise that containers do not run as root: the check reads the final USER',
    },
    {
      pattern: /\bnon-? ?root\b|\bnot (?:run(?:ning)? )?as root\b/,
      context: /\b(?:docker|dockerfiles?|containers?)\b/,
      unless: /\b(?:service user|systemd|ssh|database)\b/,
      note: 'non-root under a Docker/containers heading',
    },
  ],
  'dockerfile-healthcheck': [
    {
      pattern: /\b(?:dockerfiles?|containers?|images?)\b[^;]*\bhealth ?checks?\b|\bhealthcheck instruction\b/,
      unless: /\b(?:endpoints?|pass(?:es|ing)?|returns?|intervals?|script|\.sh|daily|regularly|weekly|monitor(?:ing)?|all services)\b/,
      note: 'a promise that container images declare health checks: the check reads HEALTHCHECK',
    },
    {
      pattern: /\bhealth ?checks?\b/,
      context: /\b(?:docker|dockerfiles?|containers?)\b/,
      unless: /\b(?:endpoints?|pass(?:es|ing)?|returns?|intervals?|script|\.sh|daily|regularly|weekly|monitor(?:ing)?|all services)\b/,
      note: 'health checks under a Docker/containers heading',
    },
  ],
  'k8s-probes': [
    {
      pattern: /\b(?:readiness|liveness|startup) probes?\b/,
      note: 'a promise about Kubernetes probes: the check reads the workload containers',
    },
    {
      pattern: /\bhealth ?checks?\b/,
      context: /\b(?:docker|containers?|kubernetes|k8s|pods?)\b/,
      unless: /\b(?:endpoints?|pass(?:es|ing)?|returns?|intervals?|script|\.sh|daily|regularly|weekly|monitor(?:ing)?|dockerfiles?|all services)\b/,
      note: 'health checks under a containers/Kubernetes heading: on Kubernetes they are probes',
    },
  ],
  'k8s-run-as-non-root': [
    {
      pattern: /\b(?:containers?|pods?)\b[^;]*\bnon-? ?root\b|\bnon-? ?root\b[^;]*\b(?:containers?|pods?)\b|\brunasnonroot\b/,
      unless: /\bdockerfiles?\b/,
      note: 'a promise that containers do not run as root: on Kubernetes, securityContext decides',
    },
    {
      pattern: /\bnon-? ?root\b/,
      context: /\b(?:kubernetes|k8s|pods?)\b/,
      unless: /\bdockerfiles?\b/,
      note: 'non-root under a Kubernetes heading',
    },
  ],
  'restart-policy': [
    {
      pattern: /\b(?:containers?|docker|compose)\b[^;]*\brestart polic(?:y|ies)\b|\brestart polic(?:y|ies)\b[^;]*\b(?:containers?|docker|compose)\b/,
      note: 'a promise about container restart policies: the check reads compose services',
    },
    {
      pattern: /\brestart polic(?:y|ies)\b/,
      context: /\b(?:docker|containers?|compose)\b/,
      note: 'restart policies under a Docker/containers heading',
    },
  ],
  'resource-limits': [
    {
      pattern: /\b(?:resource|memory) limits?\b[^;]*\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b|\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b[^;]*\b(?:resource|memory) limits?\b/,
      note: 'a promise about container resource limits: the check requires a memory limit',
    },
    {
      pattern: /\b(?:resource|memory) limits?\b/,
      context: /\b(?:docker|containers?|compose|kubernetes|k8s)\b/,
      unless: /\b(?:redis|database|db|jvm|heap|upload|file descriptors?)\b/,
      note: 'resource limits under a Docker/containers heading',
    },
  ],
  'cookie-flags': [
    {
      pattern: /\b(?:session|csrf)_cookie_(?:secure|httponly)\b/,
      note: 'a promise about Flask/Django cookie settings: the check fails when they are set insecure',
    },
    {
      pattern: /\bsecure cookies?\b|\bcookies?\b[^;]*\b(?:secure|httponly) (?:and (?:httponly|secure) )?(?:flags?|attributes?)\b|\bcookies? (?:are |is )?(?:marked |set )?(?:secure|httponly)\b/,
      unless: /\b(?:polic(?:y|ies)|consent|banner)\b/,
      note: 'a promise that cookies carry Secure/HttpOnly: the check reads cookie config',
    },
  ],
  'tls-protocols-config': [
    {
      pattern: /\btls ?v?1\.[23] ?\+|\btls ?v?1\.[23]\b[^;]*\b(?:only|minimum|or (?:higher|later|above|newer))\b|\b(?:disable|disabled|no|refuse)\b[^;]*\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b|\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b[^;]*\b(?:disabled|off|refused)\b|\bssl_protocols\b/,
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|smtp|email)\b/,
      note: 'a promise about TLS versions: the check reads nginx ssl_protocols / Node minVersion',
    },
  ],
  // ── probes ──────────────────────────────────────────────────────────────────
  'health-endpoint': [
    {
      pattern: /\bhealth ?(?:check )?(?:endpoints?|routes?|urls?)\b/,
      unless: /\b(?:regularly|daily|weekly|monthly|schedule|monitor(?:ing|ed)?)\b/,
      note: 'a promise that health endpoints answer: the probe GETs them',
    },
    {
      pattern: /\bhealth ?checks? (?:pass|passes|passing|return|returns|respond|responds|succeed|succeeds|are green|ok)\b/,
      unless: /\b(?:script|\.sh|regularly|daily|weekly)\b/,
      note: 'a promise that health checks pass: the probe GETs the health paths',
    },
  ],
  'https-redirect': [
    {
      pattern: /\b(?:force|forced|enforce|enforced|redirects?|redirected)\b[^;]*\bhttps\b|\bhttps\b[^;]*\b(?:enforced|forced|redirects?|redirected|only)\b/,
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b/,
      note: 'a promise that plain HTTP redirects to HTTPS: the probe follows the first hop',
    },
  ],
  hsts: [
    {
      pattern: /\bhsts\b|\bstrict-transport-security\b/,
      unless: /\bpreload(?:ed|ing)? list\b|\bsubmit/,
      note: 'a promise about HSTS: the probe reads Strict-Transport-Security',
    },
  ],
  'tls-version': [
    {
      pattern: /\btls ?v?1\.[23] ?\+|\btls ?v?1\.[23]\b[^;]*\b(?:only|minimum|or (?:higher|later|above|newer))\b|\b(?:disable|disabled|no|refuse)\b[^;]*\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b|\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b[^;]*\b(?:disabled|off|refused)\b/,
      unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|smtp|email)\b/,
      note: 'a promise about TLS versions: the probe offers TLS 1.0/1.1 and expects a refusal',
    },
  ],
  certificate: [
    {
      pattern: /\b(?:obtain|install|get)\b[^;]*\bcert(?:ificate)?s?\b|\bcert(?:ificate)?s?\b[^;]*\b(?:installed|valid|obtained|trusted)\b/,
      unless: /\brenew|\brotat|\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing)\b/,
      note: 'a promise that a valid certificate is served: the probe checks trust, host and expiry',
    },
    {
      pattern: /\benable (?:https|ssl|tls)\b|\bhttps (?:is )?enabled\b/,
      unless: /\b(?:all services|database|db|internal|redis|postgres(?:ql)?|mysql|mongo(?:db)?)\b/,
      note: 'HTTPS enabled: the probe requires a valid certificate on the URL',
    },
  ],
  'security-headers': [
    {
      pattern: /\bsecurity headers?\b/,
      unless: /\b(?:review|audit|scan)\b/,
      note: 'a promise about security headers: the probe reads them from the response',
    },
  ],
  'cors-policy': [
    {
      pattern: /\bcors\b[^;]*(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)|(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)[^;]*\bcors\b|\baccess-control-allow-origin\b[^;]*\*/,
      note: 'a promise that CORS does not allow any origin: the probe sends a foreign Origin',
    },
    {
      pattern: /\bwildcard\b|(?:^|\s)\*(?:\s|$)|\bany origins?\b|\ball origins\b/,
      context: /\bcors\b|\bcross-origin\b/,
      note: 'wildcard under a CORS heading',
    },
  ],
  'cors-wildcard': [
    {
      pattern: /\bcors\b[^;]*(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)|(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)[^;]*\bcors\b|\baccess-control-allow-origin\b[^;]*\*/,
      note: 'a promise that CORS config allows no wildcard: the check reads CORS settings',
    },
    {
      pattern: /\bwildcard\b|(?:^|\s)\*(?:\s|$)|\bany origins?\b|\ball origins\b/,
      context: /\bcors\b|\bcross-origin\b/,
      note: 'wildcard under a CORS heading',
    },
  ],
  'cookie-security': [
    {
      pattern: /\bsecure cookies?\b|\bcookies?\b[^;]*\b(?:secure|httponly) (?:and (?:httponly|secure) )?(?:flags?|attributes?)\b|\bcookies? (?:are |is )?(?:marked |set )?(?:secure|httponly|samesite)\b/,
      unless: /\b(?:polic(?:y|ies)|consent|banner)\b|_cookie_/,
      note: 'a promise that cookies carry Secure/HttpOnly/SameSite: the probe reads Set-Cookie',
    },
  ],
  'dev-server-exposed': [
    {
      pattern: /\bwerkzeug\b|\b(?:debugger|debug console|debug toolbar|debug page)s?\b[^;]*\b(?:not|disabled|off|removed)\b|\b(?:no|not|never)\b[^;]*\b(?:debugger|debug console|debug toolbar|debug page)s?\b/,
      note: 'a promise that no debugger or dev server is reachable: the probe looks for their banners',
    },
  ],
  'debug-mode': [
    {
      pattern: /\bdebug(?: mode)?\b[^;]*\b(?:disabled|off|false|turned off|not enabled)\b|\b(?:disable|turn off|no)\b[^;]*\bdebug(?: mode)?\b|\bdebug ?= ?(?:false|0)\b/,
      unless: /\b(?:log|logs|logging|level|symbols|toolbar|debugger)\b/,
      note: 'a promise that debug mode is off: the check reads deploy config and settings',
    },
    {
      pattern: /\b(?:flask_env|node_env)\b[^;]*\bproduction\b|\bflask_debug\b[^;]*\b(?:0|false|off|unset)\b/,
      note: 'a promise that the framework runs in production mode: the check fails development settings',
    },
  ],
  'dockerfile-secrets-in-env': [
    {
      pattern: /\bno (?:secrets?|credentials?|passwords?) (?:baked )?in (?:the )?(?:dockerfiles?|docker images?|images?|build args?)\b|\b(?:secrets?|credentials?|passwords?)\b[^;]*\bnot (?:baked )?in(?:to)? (?:the )?(?:dockerfiles?|docker images?|images?|build args?)\b/,
      note: 'a promise that images bake in no secret: the check reads final-stage ENV/ARG',
    },
  ],
  'production-server': [
    {
      pattern: /\b(?:no|not|never|don't|do not)\b[^;]*\b(?:dev(?:elopment)? server|flask run|runserver)\b|\bproduction[- ](?:grade )?(?:wsgi|asgi) server\b/,
      unless: /\b(?:install|installed|tune|tuned|workers?|timeouts?)\b/,
      note: 'a promise that production does not run a development server: the check reads start commands',
    },
  ],
  'database-port-exposed': [
    {
      pattern: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|elasticsearch|memcached)(?: ports?)?\b[^;]*\bnot (?:exposed|published|public|publicly accessible|reachable|open)\b/,
      note: 'a promise that databases are not exposed: the check reads compose ports and Services',
    },
  ],
  'sensitive-paths': [
    {
      pattern: /(?:\.env|\.git|sensitive (?:files|paths)|dotfiles)\b[^;]*\bnot (?:served|accessible|reachable|exposed|downloadable|public(?:ly accessible)?)\b|\b(?:block|deny|forbid)\b[^;]*(?:\.env|\.git|dotfiles|hidden files)\b/,
      unless: /gitignore|\bcommit/,
      note: 'a promise that secrets files are not served: the probe requests /.env, /.git/config…',
    },
  ],
  'server-version-leak': [
    {
      pattern: /\bserver_tokens\b|\b(?:hide|remove|suppress|no|not)\b[^;]*\b(?:server (?:version|banner|header|tokens?)|x-powered-by|version (?:number|header|info))s?\b|\b(?:server (?:version|banner)|x-powered-by)\b[^;]*\b(?:hidden|removed|suppressed|not (?:leaked|exposed|disclosed|shown))\b/,
      note: 'a promise that server versions are not disclosed: the probe reads Server/X-Powered-By',
    },
  ],
  'response-time': [
    {
      pattern: /\bresponse times? (?:is |are |stays? )?(?:under|below|less than|within|<|≤) ?\d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?)\b/,
      unless: /\b(?:p9\d|percentile|under (?:peak |heavy )?load|monitor|alert)\b/,
      note: 'a stated response-time bound: the probe measures the median of several GETs against it',
    },
  ],
};
