/**
 * Checklist phrases that a static check and a live probe both answer ("CORS does not allow any
 * origin" is read in the code by cors-wildcard and tried on the deployment by cors-policy). Each
 * side writes its own `note`; the patterns live here once so the two cannot drift apart.
 */

/** Any-origin CORS stated as a promise: `CORS … no wildcard`, `Access-Control-Allow-Origin … *`. */
export const CORS_ANY_ORIGIN = /\bcors\b[^;]*(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)|(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)[^;]*\bcors\b|\baccess-control-allow-origin\b[^;]*\*/;
/** A wildcard item under a CORS heading. */
export const CORS_WILDCARD_UNDER_HEADING = { pattern: /\bwildcard\b|(?:^|\s)\*(?:\s|$)|\bany origins?\b|\ball origins\b/, context: /\bcors\b|\bcross-origin\b/ };

/** TLS 1.2+ only / old protocols disabled. */
export const TLS_MINIMUM = /\btls ?v?1\.[23] ?\+|\btls ?v?1\.[23]\b[^;]*\b(?:only|minimum|or (?:higher|later|above|newer))\b|\b(?:disable|disabled|no|refuse)\b[^;]*\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b|\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b[^;]*\b(?:disabled|off|refused)\b/;
/** TLS of something other than the web server (a database, mail) is not the deployment's. */
export const TLS_NOT_WEB = /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|smtp|email)\b/;
