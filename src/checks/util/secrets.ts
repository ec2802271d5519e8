import { anchoredAlternation, lineColumnAt } from './text.js';
import { isLoopback } from './net.js';
/**
 * Shared knowledge about secrets: which names are secret-like, which values are placeholders,
 * defaults or references, the token formats of well-known providers, entropy and redaction.
 * Everything here is pure and compiled once at module load.
 */

/** A provider token format. `prefix` is the public part that may be shown (`ghp_`). */
export interface TokenRule {
  id: string;
  /** Human name used in messages ("GitHub personal access token"). */
  label: string;
  /** Public prefix that may appear in output; never more of the value. */
  prefix: string;
  /** When the public type prefix varies (`ghp_`/`gho_`, `xoxb-`/`xoxp-`): its length in the value. */
  prefixLength?: number;
  /** Global regex; capture group 1 (when present) is the secret value, else the whole match. */
  re: RegExp;
  /** Extra veto on a match (example keys, placeholders). */
  reject?: (value: string, line: string) => boolean;
  /**
   * A word the file must hold for a match to count (gitleaks' keyword): a format too plain to stand on its own (Mailgun's
   * `key-` and 32 hex is also a cache key's, a React list key's, a snapshot's `data-key`). Without it the value is left
   * to the secret-named assignment rule (`MG_API_KEY = "key-…"` is still found there).
   */
  context?: RegExp;
}

/**
 * A token body that says it is not real (`sk_live_fakefakefake…`, `sk_live_DUMMYdummy…`, `glpat-FAKE…`,
 * `sk_live_51NotARealKey…`, in any case) or is filler: a unit of 2–4 characters repeated 4+ times (`abcabcabcabc`,
 * `fakefakefakefake`, `xxxxxxxx`, `00000000`). A random base62 body holds `fake` (any case) at a given place with
 * chance (2/62)^4 ≈ 1 in 900,000 (`dummy` 1 in 29 million), and a 2-character unit 4 times over with chance 62^-6:
 * negligible, so real tokens keep failing.
 */
const FAKE_TOKEN_RE = /fake|dummy|not[-_]?a[-_]?real|([A-Za-z0-9])([A-Za-z0-9]{1,3})(?:\1\2){3,}/i;
const isExampleToken = (v: string): boolean => /example|EXAMPLE|x{8,}|X{8,}|0{8,}|(?:abcd|1234){3,}/.test(v) || FAKE_TOKEN_RE.test(v) || isSequentialDummy(v) || isDocumentedExample(v);
/** Also a run of 8 equal characters (`AAAAAAAA…`): never in a random token body, the usual hand-made filler. */
const isFillerToken = (v: string): boolean => isExampleToken(v) || /(.)\1{7,}/.test(v);
/**
 * A token whose secret part is masked in the line (`xoxp-572370529330-573807301142-572331691188-####################`:
 * gitleaks' false positive): the match stops where the mask (`#`, `*`, `•`, `…`) begins.
 */
const isMaskedToken = (v: string, line: string): boolean => {
  const at = line.indexOf(v);
  return at !== -1 && /^-?[#*•…]{3,}/.test(line.slice(at + v.length));
};

/**
 * Whether a value is mostly counting runs: letters or digits that step by one, up or down
 * (case-insensitive; `…7890` wraps), in runs of at least 4, making up at least 60% of its
 * letters and digits: `ghp_1234567890abcdefghijklmnopqrstuvwxyz`, `AKIAABCDEFGHIJKLMNOP`.
 * Random tokens almost never hold a run of 4; reaching 60% by chance is out of the question.
 */
function isSequentialDummy(value: string): boolean {
  const chars = value.toLowerCase();
  let alnum = 0;
  let inRuns = 0;
  let run = 0;
  let dir = 0;
  const end = () => { if (run >= 4) inRuns += run; run = 0; dir = 0; };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!/[a-z0-9]/.test(c)) { end(); continue; }
    alnum++;
    const prev = run ? chars[i - 1]! : '';
    const step = prev ? (prev === '9' && c === '0' ? 1 : prev === '0' && c === '9' ? -1 : c.charCodeAt(0) - prev.charCodeAt(0)) : 0;
    const sameClass = prev !== '' && /[0-9]/.test(prev) === /[0-9]/.test(c);
    if (sameClass && (step === 1 || step === -1) && (dir === 0 || step === dir)) { run++; dir = step; continue; }
    // A digit run may flow into a letter run (`…7890abc…`): a new run starts at this character.
    end();
    run = 1;
  }
  end();
  return alnum >= 8 && inRuns / alnum >= 0.6;
}

/** A PascalCase identifier: capitalised words of three or more letters, each with a vowel (`AutoModelForSequenceClassification`). */
const PASCAL_WORDS_RE = /^(?:[A-Z](?=[a-z]*[aeiouy])[a-z]{2,})+$/;

/**
 * Token formats, re-expressed from gitleaks' `config/gitleaks.toml` and the secretlint
 * recommended preset (`@secretlint/secretlint-rule-*`). Kept to formats with a distinctive prefix
 * so a match is high-confidence on its own.
 */
export const TOKEN_RULES: readonly TokenRule[] = [
  // secretlint-rule-aws / gitleaks aws-access-token; AKIAIOSFODNN7EXAMPLE is AWS's documented example.
  { id: 'aws-access-key-id', label: 'AWS access key id', prefix: 'AKIA', prefixLength: 4, re: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, reject: isExampleToken },
  // secretlint-rule-aws: only the AWS_SECRET_ACCESS_KEY-named form (a bare 40-char string is not distinctive).
  { id: 'aws-secret-access-key', label: 'AWS secret access key', prefix: '', re: /aws_?secret_?access_?key["'`]?\]?\s*(?::=|=>|[:=])\s*["'`]?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi, reject: isExampleToken },
  // secretlint-rule-github
  { id: 'github-token', label: 'GitHub token', prefix: 'gh', prefixLength: 4, re: /(?<![A-Za-z0-9_])((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g, reject: isExampleToken },
  { id: 'github-fine-grained-token', label: 'GitHub fine-grained token', prefix: 'github_pat_', re: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g, reject: isExampleToken },
  // gitleaks gitlab-pat
  { id: 'gitlab-token', label: 'GitLab personal access token', prefix: 'glpat-', re: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,})/g, reject: isExampleToken },
  // secretlint-rule-slack / gitleaks slack-*-token, slack-webhook-url
  { id: 'slack-token', label: 'Slack token', prefix: 'xox', prefixLength: 5, re: /(?<![A-Za-z0-9])(xox[abposre]-(?:\d{6,}-)+[A-Za-z0-9-]{8,})/g, reject: (v, line) => isExampleToken(v) || isMaskedToken(v, line) },
  { id: 'slack-webhook', label: 'Slack webhook URL', prefix: 'https://hooks.slack.com/', re: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_]{16,})/g, reject: isExampleToken },
  // gitleaks stripe-access-token (live keys only: test-mode keys cannot move money).
  { id: 'stripe-live-key', label: 'Stripe live secret key', prefix: 'sk_live_', re: /(?<![A-Za-z0-9_])(sk_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/g, reject: isExampleToken },
  // A restricted key (`rk_live_…`) is a secret key with fewer permissions: the same finding, named for what it is.
  { id: 'stripe-restricted-key', label: 'Stripe live restricted key', prefix: 'rk_live_', re: /(?<![A-Za-z0-9_])(rk_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/g, reject: isExampleToken },
  // secretlint-rule-gcp / gitleaks gcp-api-key
  { id: 'google-api-key', label: 'Google API key', prefix: 'AIza', re: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
  // secretlint-rule-sendgrid
  { id: 'sendgrid-key', label: 'SendGrid API key', prefix: 'SG.', re: /(?<![A-Za-z0-9_-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
  // secretlint-rule-npm
  { id: 'npm-token', label: 'npm access token', prefix: 'npm_', re: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])/g, reject: isExampleToken },
  // secretlint-rule-openai (project/service-account/admin keys and the legacy T3BlbkFJ form)
  { id: 'openai-key', label: 'OpenAI API key', prefix: 'sk-', re: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
  // secretlint-rule-anthropic
  { id: 'anthropic-key', label: 'Anthropic API key', prefix: 'sk-ant-', re: /(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,130})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
  // gitleaks twilio-api-key
  { id: 'twilio-key', label: 'Twilio API key', prefix: 'SK', re: /(?<![A-Za-z0-9_])(SK[0-9a-f]{32})(?![A-Za-z0-9_])/g, reject: isExampleToken },
  // gitleaks shopify-*
  { id: 'shopify-token', label: 'Shopify access token', prefix: 'shp', prefixLength: 6, re: /(?<![A-Za-z0-9_])(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9])/g, reject: isExampleToken },
  // gitleaks gitlab-* (docs.gitlab.com "Token prefixes"); job tokens (`glcbt-`, valid only while a job runs) and feature-flag client tokens are left out.
  ...([
    ['gitlab-deploy-token', 'GitLab deploy token', 'gldt-', /(?<![A-Za-z0-9_-])(gldt-[A-Za-z0-9_-]{20,})/g],
    ['gitlab-runner-token', 'GitLab runner authentication token', 'glrt-', /(?<![A-Za-z0-9_-])(glrt-[A-Za-z0-9_-]{20,})/g],
    ['gitlab-feed-token', 'GitLab feed token', 'glft-', /(?<![A-Za-z0-9_-])(glft-[A-Za-z0-9_-]{20,})/g],
    ['gitlab-trigger-token', 'GitLab pipeline trigger token', 'glptt-', /(?<![A-Za-z0-9_-])(glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/g],
    ['gitlab-oauth-secret', 'GitLab OAuth application secret', 'gloas-', /(?<![A-Za-z0-9_-])(gloas-[A-Za-z0-9_-]{64,})/g],
    ['gitlab-mail-token', 'GitLab incoming mail token', 'glimt-', /(?<![A-Za-z0-9_-])(glimt-[A-Za-z0-9_-]{25,})/g],
    ['gitlab-scim-token', 'GitLab SCIM token', 'glsoat-', /(?<![A-Za-z0-9_-])(glsoat-[A-Za-z0-9_-]{20,})/g],
    ['gitlab-agent-token', 'GitLab agent for Kubernetes token', 'glagent-', /(?<![A-Za-z0-9_-])(glagent-[A-Za-z0-9_-]{50,})/g],
  ] as const).map(([id, label, prefix, re]): TokenRule => ({ id, label, prefix, re, reject: isFillerToken })),
  // gitleaks slack-app-token: `xapp-<n>-<app id>-<number>-<secret>`.
  { id: 'slack-app-token', label: 'Slack app-level token', prefix: 'xapp-', re: /(?<![A-Za-z0-9])(xapp-\d-[A-Z0-9]{8,}-\d{8,}-[A-Za-z0-9]{32,})(?![A-Za-z0-9])/g, reject: isFillerToken },
  // gitleaks pypi-upload-token: a macaroon whose base64 always starts with the `pypi.org` location.
  { id: 'pypi-token', label: 'PyPI upload token', prefix: 'pypi-', re: /(?<![A-Za-z0-9_-])(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
  // gitleaks digitalocean-pat / -access-token / -refresh-token.
  { id: 'digitalocean-token', label: 'DigitalOcean token', prefix: 'do', prefixLength: 7, re: /(?<![A-Za-z0-9_])(do[por]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/g, reject: isFillerToken },
  // secretlint-rule-hashicorp-vault / gitleaks vault-service-token, vault-batch-token (Vault 1.10+ formats).
  { id: 'vault-token', label: 'HashiCorp Vault token', prefix: 'hv', prefixLength: 4, re: /(?<![A-Za-z0-9_.-])(hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // trufflehog azure_storage: a 512-bit key is 86 base64 characters and `==`, the last one of `AQgw`
  // (Cosmos DB account keys have the same shape). The storage and Cosmos DB emulators' published keys pass.
  { id: 'azure-account-key', label: 'Azure storage/Cosmos DB account key', prefix: 'AccountKey=', re: /AccountKey=([A-Za-z0-9+/]{85}[AQgw]==)(?![A-Za-z0-9+/=])/g, reject: (v) => isFillerToken(v) || v.startsWith('Eby8vdM02xNOcqFl') || v.startsWith('C2y6yDjf5/R+ob0N') },
  // secretlint-rule-huggingface: 34 random letters, so both cases appear (an identifier `hf_…` with 34 lower-case letters is not a token,
  // nor a PascalCase name, `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`: capitalised words of 3+ letters with a vowel each, which 34
  // random letters spell about once in two million).
  { id: 'huggingface-token', label: 'Hugging Face access token', prefix: 'hf_', re: /(?<![A-Za-z0-9_])(hf_[A-Za-z]{34})(?![A-Za-z0-9_])/g, reject: (v) => isFillerToken(v) || !/[A-Z]/.test(v.slice(3)) || !/[a-z]/.test(v.slice(3)) || PASCAL_WORDS_RE.test(v.slice(3)) },
  // trufflehog telegrambottoken / gitleaks telegram-bot-api-token: `<bot id>:` and 35 characters, which start with `AA`.
  // Telegram's documented example (`110201543:AAHdqTcv…`, 34 characters) is too short to match.
  { id: 'telegram-bot-token', label: 'Telegram bot token', prefix: '', re: /(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // gitleaks postman-api-token.
  { id: 'postman-key', label: 'Postman API key', prefix: 'PMAK-', re: /(?<![A-Za-z0-9_-])(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // gitleaks new-relic-user-api-key.
  { id: 'newrelic-user-key', label: 'New Relic user API key', prefix: 'NRAK-', re: /(?<![A-Za-z0-9_-])(NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // secretlint-rule-grafana / gitleaks grafana-cloud-api-token, grafana-service-account-token.
  { id: 'grafana-cloud-token', label: 'Grafana Cloud token', prefix: 'glc_', re: /(?<![A-Za-z0-9_])(glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])/g, reject: isFillerToken },
  { id: 'grafana-service-account-token', label: 'Grafana service account token', prefix: 'glsa_', re: /(?<![A-Za-z0-9_])(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])/g, reject: isFillerToken },
  // gitleaks age-secret-key: bech32 (no `1`, `b`, `i`, `o` after the separator), upper case.
  { id: 'age-secret-key', label: 'age secret key', prefix: 'AGE-SECRET-KEY-1', re: /(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/g, reject: isFillerToken },
  // trufflehog doppler (personal, service with its config slug, CLI, service account tokens).
  { id: 'doppler-token', label: 'Doppler token', prefix: 'dp.', prefixLength: 6, re: /(?<![A-Za-z0-9_.-])(dp\.(?:pt|ct|sa|st(?:\.[a-z0-9_-]{2,35})?)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/g, reject: isFillerToken },
  // gitleaks linear-api-key.
  { id: 'linear-key', label: 'Linear API key', prefix: 'lin_api_', re: /(?<![A-Za-z0-9_])(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/g, reject: isFillerToken },
  // gitleaks square-access-token (`sq0atp-`) and Square OAuth application secrets (`sq0csp-`).
  { id: 'square-token', label: 'Square access token or application secret', prefix: 'sq0', prefixLength: 7, re: /(?<![A-Za-z0-9_-])(sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // gitleaks atlassian-api-token (the 2023+ `ATATT3` format, 192 characters).
  { id: 'atlassian-token', label: 'Atlassian API token', prefix: 'ATATT3', re: /(?<![A-Za-z0-9_=-])(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])/g, reject: isFillerToken },
  // gitleaks sentry-org-token (base64 JSON claims, `_`, 43-character secret) and sentry-user-token.
  { id: 'sentry-token', label: 'Sentry auth token', prefix: 'sntry', prefixLength: 7, re: /(?<![A-Za-z0-9_])(sntrys_eyJ[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/_=])/g, reject: isFillerToken },
  // The Supabase CLI's own access-token pattern (`sbp_`, optionally `sbp_oauth_`, 40 hex).
  { id: 'supabase-token', label: 'Supabase access token', prefix: 'sbp_', re: /(?<![A-Za-z0-9_])(sbp_(?:oauth_)?[a-f0-9]{40})(?![A-Za-z0-9_])/g, reject: isFillerToken },
  // gitleaks planetscale-api-token / -password / -oauth-token (a trailing `.` is punctuation, not the token).
  { id: 'planetscale-token', label: 'PlanetScale token or password', prefix: 'pscale_', re: /(?<![A-Za-z0-9_])(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{31,63}[A-Za-z0-9_=-])(?![A-Za-z0-9_=-])/g, reject: isFillerToken },
  // gitleaks stripe-access-token's webhook form: a webhook signing secret lets anyone forge Stripe events.
  { id: 'stripe-webhook-secret', label: 'Stripe webhook signing secret', prefix: 'whsec_', re: /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/]{32,100})(?![A-Za-z0-9+/])/g, reject: isFillerToken },
  // gitleaks gcp-client-secret… Google OAuth client secrets (`GOCSPX-` and 28 characters).
  { id: 'google-oauth-client-secret', label: 'Google OAuth client secret', prefix: 'GOCSPX-', re: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // gitleaks heroku-api-key-v2.
  { id: 'heroku-key', label: 'Heroku API key', prefix: 'HRKU-', re: /(?<![A-Za-z0-9_-])(HRKU-AA[0-9A-Za-z_-]{58})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // gitleaks cloudflare-origin-ca-key.
  { id: 'cloudflare-origin-ca-key', label: 'Cloudflare Origin CA key', prefix: 'v1.0-', re: /(?<![A-Za-z0-9_.-])(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9])/g, reject: isFillerToken },
  // gitleaks mailgun-private-api-token (the documented example is DOCUMENTED_EXAMPLES'): like gitleaks (and trufflehog's
  // prefilter), only where the word mailgun is (`MAILGUN_API_KEY=`, `mailgun.client({…})`, `api.mailgun.net`).
  { id: 'mailgun-key', label: 'Mailgun API key', prefix: 'key-', context: /mailgun/i, re: /(?<![A-Za-z0-9_-])(key-[a-f0-9]{32})(?![A-Za-z0-9_-])/g, reject: (v) => isFillerToken(v) || isExampleToken(v) },
  // gitleaks discord-webhook… a Discord webhook URL posts to the channel as the bot.
  { id: 'discord-webhook', label: 'Discord webhook URL', prefix: 'discord', re: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{60,})/g, reject: isFillerToken },
  // trufflehog dockerhub (v2): a Docker Hub personal access token (`dckr_pat_` and 27 characters) pushes images as its owner.
  { id: 'dockerhub-pat', label: 'Docker Hub personal access token', prefix: 'dckr_pat_', re: /(?<![A-Za-z0-9_])(dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
  // gitleaks azure-ad-client-secret: 3 characters, a digit, `Q~`, 31–34 characters.
  { id: 'azure-ad-client-secret', label: 'Azure AD client secret', prefix: 'Q~', re: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g, reject: isFillerToken },
];

/** Whether a value holds a provider token by its format (any of {@link TOKEN_RULES}). */
export function matchesTokenRule(value: string): boolean {
  return TOKEN_RULES.some((r) => { r.re.lastIndex = 0; const hit = r.re.test(value); r.re.lastIndex = 0; return hit; });
}

/**
 * Literal prefilter, the readable definition: a line is looked at for tokens only when it holds
 * one of these token prefixes, the start of a URL with credentials or the private-key armour
 * (case-sensitive: the formats are). Assignments are prefiltered separately by the name before
 * each `=`/`:`. The scan runs TOKEN_LINE_PREFILTER (below), held to select the same lines.
 */
export const TOKEN_PREFILTER = /dckr_pat_|AKIA|ASIA|ABIA|ACCA|A3T|gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ft|ptt|oas|imt|soat|agent)-|xox[abposre]-|xapp-|hooks\.slack\.com|[sr]k_live_|AIza|SG\.|npm_|sk-|SK[0-9a-f]{4}|shp(?:at|ca|pa|ss)_|pypi-AgEIcHlwaS5vcmc|do[por]_v1_|hv[sb]\.|AccountKey=|hf_|[0-9]:AA|PMAK-|NRAK-|gl(?:c|sa)_|AGE-SECRET-KEY-1|dp\.(?:pt|st|ct|sa)\.|lin_api_|sq0(?:atp|csp)-|ATATT3|sntry[su]_|sbp_|pscale_(?:tkn|pw|oauth)_|whsec_|GOCSPX-|HRKU-|v1\.0-|key-|discord(?:app)?\.com\/api\/webhooks\/|[0-9]Q~|-----BEGIN|[Aa][Ww][Ss]_?[Ss][Ee][Cc][Rr][Ee][Tt]|:\/\/[^\s/:@]{0,100}:[^\s/@]{0,200}@/g;

/**
 * The lines TOKEN_PREFILTER matches, found far faster (the costliest regex of a scan). Most of
 * its alternatives start with a common letter (`g`, `s`, `a`, `h`, `n`, `x`, `d`, `p`), so V8 had
 * to try them at almost every position. Here every alternative starts at one of a few rarer
 * characters: `A`, `S`, the `_` or `-` inside the prefix, the `.` of `hvs.`/`dp.pt.`/`.slack.com`,
 * the `@` of URL credentials, the `W` of `aws_secret`; the part before that character is checked
 * by a lookbehind, one per anchor character holding every prefix that ends there (`(?<=(?:npm|hf|…)_)`).
 * The cost grows with how often the anchor characters occur, not with the number of prefixes:
 * a format whose prefix holds no rare character has no rule here (Databricks' `dapi` + 32 hex: its
 * cheapest anchor, `p`, added a third to this regex's time on a 97 MB monorepo). A match lies on the same line as the
 * original's (no lookbehind crosses a line break), so both select the same lines; a property
 * test holds them to that (test/fuzz/prefilters.test.ts).
 */
export const TOKEN_LINE_PREFILTER = /A(?:KIA|SIA|BIA|CCA|3T|Iza|ccountKey=|GE-SECRET-KEY-1|TATT3|gEIcHlwaS5vcmc(?<=pypi-AgEIcHlwaS5vcmc)|A(?<=[0-9]:AA))|S(?:G\.|K[0-9a-f]{4})|_(?<=(?:gh[pousr]|github(?=_pat_)|dckr_pat|[sr]k(?=_live_)|npm|shp(?:at|ca|pa|ss)|do[por]_v1|hf|gl(?:c|sa)|lin_api|sntry[su]|sbp|pscale_(?:tkn|pw|oauth)|whsec)_)|-(?:(?<=(?:gl(?:pat|dt|rt|ft|ptt|oas|imt|soat|agent)|xox[abposre]|xapp|sk|PMAK|NRAK|sq0(?:atp|csp)|GOCSPX|HRKU|v1\.0|key)-)|----BEGIN)|\.(?:(?<=(?:hv[sb]|dp(?=\.(?:pt|st|ct|sa)\.))\.)|slack\.com(?<=hooks\.slack\.com)|com\/api\/webhooks\/(?<=discord(?:app)?\.com\/api\/webhooks\/))|~(?<=[0-9]Q~)|@(?<=:\/\/[^\s/:@]{0,100}:[^\s/@]{0,200}@)|[Ww][Ss]_?[Ss][Ee][Cc][Rr][Ee][Tt](?<=[Aa][Ww][Ss]_?[Ss][Ee][Cc][Rr][Ee][Tt])/g;

const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'pw', 'passphrase', 'secret', 'token', 'credential', 'credentials', 'creds', 'apikey', 'accesskey', 'secretkey', 'privatekey', 'authtoken', 'accesstoken', 'refreshtoken', 'apitoken', 'bearertoken', 'sessiontoken', 'authkey', 'signingkey', 'encryptionkey', 'masterkey', 'clientsecret']);
/** Qualifiers that make a following `key` secret (`API_KEY`, `PRIVATE_KEY`, `APP_KEY`). */
const KEY_QUALIFIERS = new Set(['api', 'private', 'secret', 'access', 'auth', 'signing', 'encryption', 'master', 'app', 'hmac', 'jwt', 'session', 'crypt', 'cipher', 'license', 'service', 'client', 'webhook']);
/**
 * Which key of a qualified set a name means (`ENCRYPTION_PRIMARY_KEY`, `ENCRYPTION_DETERMINISTIC_KEY`, Supabase's
 * `SERVICE_ROLE_KEY`): the qualifier before them still applies, and without one they are no secret (`PRIMARY_KEY`).
 */
const KEY_ROLES = new Set(['primary', 'deterministic', 'role']);
/**
 * Words before a final `key` that say which record, entry, field or public half it names, not a credential:
 * database and table keys (`PRIMARY_KEY`, `FOREIGN_KEY`, `SORT_KEY`, `PARTITION_KEY`), cache, storage and lookup
 * keys (`CACHE_KEY`, `STORAGE_KEY`, `QUERY_KEY`, `IDEMPOTENCY_KEY`), message and translation keys (`I18N_KEY`,
 * `LABEL_KEY`), UI keys (`EVENT_KEY`, `SHIFT_KEY`), public halves (`PUBLIC_KEY`, `SITE_KEY`: reCAPTCHA's) and
 * signature key ids (`GPG_KEY`: the official images' fingerprint).
 */
const NOT_CREDENTIAL_KEY_QUALIFIERS = new Set([
  'primary', 'foreign', 'unique', 'composite', 'compound', 'natural', 'surrogate', 'sort', 'sorting', 'order', 'partition', 'range', 'hash', 'row', 'column', 'col',
  'table', 'record', 'entity', 'entry', 'item', 'object', 'data', 'document', 'doc', 'node', 'child', 'parent', 'group', 'list', 'array', 'map', 'dict',
  'lookup', 'index', 'idx', 'upload', 'download', 'cache', 'cached', 'caching', 'storage', 'store', 'state', 'context', 'ctx', 'injection', 'query', 'filter', 'field', 'attr',
  'attribute', 'property', 'prop', 'param', 'value', 'label', 'name', 'display', 'title', 'text', 'message', 'msg', 'string', 'i18n', 'l10n',
  'translation', 'locale', 'lang', 'language', 'route', 'routing', 'path', 'url', 'file', 'image', 'bucket', 'blob', 'prefix', 'event', 'action',
  'active', 'selected', 'expanded', 'meta', 'ctrl', 'shift', 'alt', 'hot', 'keyboard', 'shortcut', 'lock', 'mutex', 'dedup', 'dedupe', 'idempotency',
  'correlation', 'request', 'trace', 'tracking', 'metric', 'counter', 'rate', 'limit', 'queue', 'topic', 'stream', 'shard', 'feature', 'flag',
  'toggle', 'experiment', 'config', 'setting', 'settings', 'option', 'env', 'namespace', 'version', 'schema', 'type', 'kind', 'id', 'form', 'input',
  'public', 'pub', 'publishable', 'site', 'vapid', 'write', 'verify', 'verification', 'gpg', 'pgp', 'gnupg', 'apt', 'react', 'vue',
  // Supabase's anon key ships to browsers (`SUPABASE_ANON_KEY`); an `ANON_SECRET` or `DB_ANON_PASSWORD` is still a secret.
  'anon',
  // A sentinel for no key (`EMPTY_KEY = "key-…"`, a list's key when it has no rows).
  'empty', 'blank', 'null', 'missing',
  // Which member of a response holds the page (the AWS SDK's paginator definitions: `"result_key": "Reservations"`).
  'result', 'results', 'output',
]);
/**
 * Whether the `key` at `i` of a name's tokens names a credential: after a qualifier (`API_KEY`, `APP_KEY`, also through a
 * role: `ENCRYPTION_PRIMARY_KEY`, `SERVICE_ROLE_KEY`), or as the last word after a vendor's or a purpose's name
 * (`STRIPE_KEY`, `OPENAI_KEY`, `MAILGUN_KEY`, `FERNET_KEY`): the notion a Kubernetes Secret's keys share, there without
 * the exceptions (a Secret says its values are secret). Not after a word for a record, entry or public half
 * ({@link NOT_CREDENTIAL_KEY_QUALIFIERS}: `PRIMARY_KEY`, `CACHE_KEY`, `PUBLIC_KEY`), nor a bare `KEY`.
 */
function isCredentialKey(t: readonly string[], i: number): boolean {
  if (t[i] !== 'key' || i === 0) return false;
  const before = t[i - 1]!;
  if (KEY_QUALIFIERS.has(before) || (KEY_ROLES.has(before) && i > 1 && KEY_QUALIFIERS.has(t[i - 2]!))) return true;
  return i === t.length - 1 && !KEY_ROLES.has(before) && !NOT_CREDENTIAL_KEY_QUALIFIERS.has(before) && /^[a-z][a-z0-9]+$/.test(before);
}
/**
 * The plural of a secret word as a name's last word: a list of them (`SECRET_KEYS`, django-fernet-fields'
 * `FIELD_ENCRYPTION_KEYS`, PostHog's `ENCRYPTION_SALT_KEYS`, `API_TOKENS`, `DB_PASSWORDS`, `JWT_SECRETS`), read as the word
 * ({@link isSecretName}). Before the last word a plural names a category, not a secret (`SECRETS_MANAGER_ARN`,
 * `TOKENS_PER_MINUTE`, `KEYS_DIR`), and is left as it is.
 */
const PLURAL_SECRET_WORD_RE = /^(?:key|token|secret|password|passwd|passphrase|(?:api|access|secret|private|auth|signing|encryption|master)key|(?:auth|access|refresh|api|bearer|session)token|clientsecret|[a-z]+(?:password|passwd|secret))s$/;
/**
 * Words before a plural `KEYS` or `TOKENS` that make it a list of names, not of credentials: which fields or entries a
 * setting keeps, drops or expects (`ALLOWED_KEYS`, `REQUIRED_KEYS`, `SENSITIVE_KEYS`, `REDACT_KEYS`), the public keys of
 * an SSH `authorized_keys` or a trust list (`AUTHORIZED_KEYS`, `TRUSTED_KEYS`), and a language model's or tokenizer's token
 * counts and vocabulary (`PROMPT_TOKENS`, `COMPLETION_TOKENS`, `STOP_TOKENS`, `SPECIAL_TOKENS`). The singular's
 * exclusions ({@link NOT_CREDENTIAL_KEY_QUALIFIERS}, `PUBLIC`, `MAX`/`MIN`/`NUM`) hold for the plural too.
 */
const LIST_OF_NAMES_WORDS = new Set([
  'allowed', 'allow', 'permitted', 'accepted', 'supported', 'valid', 'invalid', 'known', 'unknown', 'expected', 'required', 'optional',
  'mandatory', 'ignored', 'ignore', 'excluded', 'exclude', 'included', 'include', 'skip', 'skipped', 'sorted', 'reserved', 'special',
  'sensitive', 'redact', 'redacted', 'masked', 'mask', 'hidden', 'visible', 'filtered', 'extra', 'all', 'other', 'custom', 'default',
  'nested', 'top', 'root', 'sub', 'unused', 'used', 'duplicate', 'dup', 'whitelist', 'blacklist', 'allowlist', 'denylist', 'safe', 'unsafe',
  'total', 'authorized', 'trusted', 'revoked', 'json', 'yaml', 'obj', 'header', 'log', 'logged',
  'prompt', 'completion', 'completions', 'context', 'stop', 'added', 'vocab', 'generated', 'generation', 'response', 'reasoning',
  'thinking', 'embedding', 'embeddings', 'chunk', 'window', 'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'bad', 'banned', 'cached', 'remaining',
]);
/** Words before any plural that make it a list of weak or leaked values to refuse: `COMMON_PASSWORDS`, `BANNED_PASSWORDS`, `LEAKED_TOKENS`. */
const WEAK_LIST_WORDS = new Set(['common', 'weak', 'banned', 'forbidden', 'blocked', 'bad', 'breached', 'leaked', 'compromised', 'pwned', 'blacklist', 'denylist', 'blocklist', 'disallowed', 'rejected']);
/**
 * Whether a name holds a list of secrets by a plural as its last word (`API_KEYS`, `JWT_SECRETS`;
 * {@link PLURAL_SECRET_WORD_RE}): one whose value may be a list of names rather than of secrets ({@link isNameList}).
 */
export function isPluralSecretName(name: string): boolean {
  return isSecretName(name) && PLURAL_SECRET_WORD_RE.test(secretNameWords(name).at(-1) ?? '');
}
/** A name's words as {@link isSecretName} reads them: a numbered word is the word (`DB_PASSWORD2`, `API_KEYS2`, `key1`), a glued one its words ({@link gluedWords}). */
function secretNameWords(name: string): string[] {
  return keyWords(name).flatMap((w) => gluedWords(w.replace(/^([a-z]{4,}|key)\d{1,2}$/, '$1')));
}
/**
 * Words that qualify a secret word glued to them in a one-word name ({@link gluedWords}): the key qualifiers
 * ({@link KEY_QUALIFIERS}), what a token is for or whose it is (Docker's config.json `identitytoken` and `registrytoken`,
 * `oauthtoken`, `deploytoken`, `idtoken`), and a few vendors' names (`awssecretaccesskey`, `githubtoken`). No word here ends
 * a common word before `key` or `token` (`monkey`, `turkey`, `hockey`, `jockey`, `donkey`; `passkey`, a WebAuthn credential's
 * public half on the server, is no glued `pass`).
 */
const GLUED_QUALIFIERS = [
  ...KEY_QUALIFIERS, 'identity', 'id', 'registry', 'oauth', 'oauth2', 'oidc', 'deploy', 'deployment', 'refresh', 'bearer', 'personal', 'bot',
  'admin', 'runner', 'trigger', 'registration', 'security', 'account', 'aws', 'github', 'gitlab', 'npm', 'docker', 'slack', 'stripe',
].sort((a, b) => b.length - a.length);
/** A glued word ending in a secret word that is not one of {@link SECRET_WORDS}: `identitytoken`, `hmackey`, `deploykeys`. */
const GLUED_SECRET_WORD_RE = /^([a-z][a-z0-9]{1,40}?)(keys?|tokens?)$/;
/**
 * A one-word name's words when it is secret words glued to qualifiers, all of them known ({@link GLUED_QUALIFIERS}):
 * `identitytoken` is `identity token`, `secretaccesskey` `secret access key`, `hmackey` `hmac key`, read as the same name
 * written with separators would be (so `maxapitokens` is `max api tokens`, a count). Any other word is itself: a known
 * secret word (`apikey`, `authtoken`), a word that only ends like one (`monkey`, `turkey`, `passkey`) and `maxtokens`.
 */
function gluedWords(w: string): string[] {
  if (SECRET_WORDS.has(w) || SECRET_WORDS.has(w.replace(/s$/, ''))) return [w];
  const m = GLUED_SECRET_WORD_RE.exec(w);
  const head = m ? splitQualifiers(m[1]!) : null;
  return head ? [...head, m![2]!] : [w];
}
/** `prefix` as qualifiers glued together ({@link GLUED_QUALIFIERS}), or null when any part is another word. */
function splitQualifiers(prefix: string): string[] | null {
  if (!prefix) return [];
  for (const q of GLUED_QUALIFIERS) {
    if (!prefix.endsWith(q)) continue;
    const rest = splitQualifiers(prefix.slice(0, -q.length));
    if (rest) return [...rest, q];
  }
  return null;
}
/**
 * A comma-separated list of two or more short words (identifiers, optionally with up to two trailing digits and `_.:*-`):
 * `ALLOWED_KEYS=name,email,phone`, `REDIS_KEYS=session:*,user:*`: field or entry names, not secrets. A list of keys has
 * long random items (`API_KEYS=sk_…,sk_…`).
 */
export function isNameList(value: string): boolean {
  const items = value.trim().split(',').map((x) => x.trim());
  return items.length >= 2 && items.every((x) => /^[A-Za-z_*][A-Za-z_.:*\/-]{0,23}\d{0,2}$/.test(x));
}
/**
 * Personal access tokens by their usual abbreviation (`GITHUB_PAT`, `GH_PAT`, `AZURE_DEVOPS_PAT`): after a qualifier only,
 * since a bare `pat` is Python's usual name for a regular expression (and `PATH` is another word).
 */
const isPat = (t: readonly string[], i: number) => t[i] === 'pat' && i > 0;
/**
 * A secret word followed by one of these names something *about* the secret (its file, length,
 * lifetime, name…), not the secret itself: `PASSWORD_FILE`, `PASSWORD_MIN_LENGTH`, `TOKEN_URL`.
 */
const META_WORDS = new Set(['file', 'files', 'path', 'paths', 'dir', 'directory', 'name', 'names', 'url', 'uri', 'urls', 'endpoint', 'host', 'port', 'id', 'ids', 'arn', 'ref', 'user', 'username', 'login', 'email', 'length', 'len', 'min', 'max', 'size', 'count', 'ttl', 'timeout', 'expiry', 'expires', 'expire', 'expiration', 'lifetime', 'age', 'seconds', 'secs', 'sec', 'minutes', 'mins', 'hours', 'days', 'ms', 'header', 'headers', 'type', 'types', 'kind', 'algorithm', 'algorithms', 'alg', 'enabled', 'enable', 'disabled', 'disable', 'required', 'require', 'policy', 'validators', 'validator', 'hashers', 'hasher', 'hash', 'hashed', 'field', 'fields', 'param', 'params', 'prefix', 'suffix', 'format', 'mode', 'version', 'provider', 'backend', 'class', 'location', 'regex', 'pattern', 'env', 'var', 'key_name', 'store', 'manager', 'label', 'placeholder', 'hint', 'reset', 'rotation', 'strength', 'chars', 'charset', 'digits', 'scope', 'scopes', 'audience', 'issuer', 'cookie', 'storage', 'lifespan', 'retries', 'attempts', 'command', 'cmd', 'generator', 'template', 'mount', 'volume', 'source', 'ssm', 'vault', 'keyvault', 'selector', 'config', 'path_prefix', 'bucket', 'region', 'sha', 'checksum', 'fingerprint', 'pub', 'public', 'usage', 'limit', 'rate', 'interval', 'level', 'index', 'tokens', 'prefilter', 're', 'regexp', 'rule', 'rules', 'cache', 'digest', 'etag',
  // What serves, checks or shapes the secret, not the secret: `TOKEN_SERVICE`, `TOKEN_SERVER`, `TOKEN_INTROSPECTION`, `PASSWORD_ENCODER`,
  // `TOKEN_MODEL` (an LLM tokenizer's), `AWS_CREDENTIALS_PROFILE`, `JWT_TOKEN_LEEWAY`, `TOKEN_STRATEGY`.
  'service', 'services', 'server', 'servers', 'hosts', 'hostname', 'introspection', 'introspect', 'model', 'models', 'encoding', 'encodings',
  'encoder', 'encoders', 'strategy', 'strategies', 'profile', 'profiles', 'algo', 'leeway',
  // When the secret was used or changed: `PasswordLastUsed` (IAM), `password_changed_at`, `TOKEN_CREATED_DATE`.
  'last', 'used', 'changed', 'updated', 'created', 'date', 'timestamp',
  // Where secrets are kept apart: oauth2client's `_SECRET_NAMESPACE = 'oauth2client:secrets#ns'`.
  'namespace', 'ns']);
/**
 * Keys made to ship to browsers, by vendor and the secret word that names them: Mixpanel's project
 * token (`MIXPANEL_TOKEN`), Pusher's app key (`VITE_PUSHER_APP_KEY`; `PUSHER_APP_SECRET` stays secret),
 * Amplitude's API key (`AMPLITUDE_SECRET_KEY` stays secret: see CONFIDENTIAL_WORDS). Segment's write key (`SEGMENT_WRITE_KEY`) is no
 * secret name in the first place: `write` does not qualify `key`.
 */
const CLIENT_SIDE_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['mixpanel', new Set(['token'])],
  ['pusher', new Set(['key', 'apikey'])],
  ['amplitude', new Set(['key', 'apikey'])],
]);
/** Words that keep a vendor's key secret (`AMPLITUDE_SECRET_KEY`, `MIXPANEL_SERVICE_ACCOUNT_TOKEN`). */
const CONFIDENTIAL_WORDS = new Set(['secret', 'private', 'master', 'admin', 'personal', 'server', 'service', 'management']);

/**
 * Bundler's settings whose names hold a `.` (written `__` in a variable's name) and are no gem server's: `build.<gem>`
 * (`BUNDLE_BUILD__NOKOGIRI`, the gem's build flags), `local.<gem>` (a checkout's path), `mirror.<source>` (a mirror's URL) and
 * `bundle gem`'s own settings (`BUNDLE_GEM__TEST`, `BUNDLE_GEM__CI`).
 */
const BUNDLER_DOTTED_SETTINGS = /^BUNDLE_(?:BUILD|LOCAL|MIRROR|GEM)__/;
/** Last labels of a gem server's host name: a country code, a common generic top-level domain or an internal one. */
const HOST_TLD = String.raw`(?:[A-Z]{2}|COM|ORG|NET|IO|DEV|APP|CLOUD|TECH|INFO|BIZ|XYZ|SITE|HOST|ONLINE|SYSTEMS|SOFTWARE|SERVICES|TOOLS|GROUP|EDU|GOV|INTERNAL|LOCAL|LAN|CORP|INTRA|INTRANET|PRIVATE|HOME)`;
/** A host's label as Bundler writes it in a variable's name (`-` as `___`). */
const HOST_LABEL = String.raw`[A-Z0-9]+(?:___[A-Z0-9]+)*`;
/**
 * Bundler's credentials for a gem server (`bundle config set gems.contribsys.com user:password`): the variable
 * `BUNDLE_<HOST>`, the host's `.` written `__` and `-` written `___` (`BUNDLE_GEMS__CONTRIBSYS__COM`, Sidekiq Pro's and
 * Enterprise's licence, `BUNDLE_ENTERPRISE__CONTRIBSYS__COM`, `BUNDLE_RUBYGEMS__PKG__GITHUB__COM`), also for a source's URL
 * in `.bundle/config` (`BUNDLE_HTTPS://RUBYGEMS__PKG__GITHUB__COM/ACME/`). Its value is `user:password` or a token.
 * `BUNDLE_PATH`, `BUNDLE_WITHOUT`, `BUNDLE_DEPLOYMENT` and the dotted settings ({@link BUNDLER_DOTTED_SETTINGS}) are settings.
 */
const BUNDLER_CREDENTIAL_RE = new RegExp(String.raw`^BUNDLE_(?:${HOST_LABEL}(?:__${HOST_LABEL})*__${HOST_TLD}|HTTPS?://${HOST_LABEL}(?:__${HOST_LABEL})+(?::\d{1,5})?(?:/[^\s/:]+)*/?)$`);
export function isBundlerCredentialName(name: string): boolean {
  return name.startsWith('BUNDLE_') && name.includes('__') && !BUNDLER_DOTTED_SETTINGS.test(name) && BUNDLER_CREDENTIAL_RE.test(name);
}
/**
 * How a Bundler credential's value is judged ({@link isBundlerCredentialName}): a `user:password` by its password, as a URL's
 * inline password is (8+ characters; a variable, `${…}`, a placeholder, a default or the user name is none); undefined for
 * another name or a token without a `:`, judged as any value.
 */
function bundlerPassword(name: string, value: string): boolean | undefined {
  if (!isBundlerCredentialName(name)) return undefined;
  const m = /^([^\s:]*):(\S*)$/.exec(value);
  if (!m) return undefined;
  return !isReference(value) && !isExampleValue(value) && looksLikeUrlPassword(m[1]!, m[2]!);
}

/** Words before `token` that make it a pagination cursor or a request nonce ({@link isSecretName}). */
const PAGING_TOKEN_WORDS = new Set(['next', 'page', 'continuation', 'pagination', 'cursor', 'change', 'idempotency', 'input', 'output']);

/** Splits a name into lower-case tokens on `_`, `-`, `.`, spaces and camelCase boundaries. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A version or ordinal after a key's last word: `_V1`, `_v2`, `_2`, `-001`. */
const VERSION_SUFFIX = /^v?\d{1,3}$/;

/**
 * The words of a key's name ({@link nameTokens}) without a trailing version or ordinal (`_APP_OPENSSL_KEY_V1`,
 * `ENCRYPTION_KEY_V2`, `STRIPE_KEY_2`: a rotation's or a second key, named like the first), so every rule that reads
 * a name's last word reads the same word with or without one. Words of a value are {@link nameTokens}'.
 */
export function keyWords(name: string): string[] {
  const t = nameTokens(name);
  let n = t.length;
  while (n > 1 && VERSION_SUFFIX.test(t[n - 1]!)) n--;
  return n === t.length ? t : t.slice(0, n);
}

/**
 * Last words of a secret-like name that make it a setting about the secret, not the secret: `PASSWORD_ENCODER`,
 * `AWS_CREDENTIALS_PROFILE`, `TOKEN_STRATEGY`, `AUTH_TOKEN_LEEWAY`, `JWT_SECRET_ENCODING`, `VAULT_TOKEN_RENEWAL`.
 */
const SETTING_WORDS = new Set([
  'encoder', 'encoders', 'encoding', 'profile', 'strategy', 'algorithm', 'algo', 'alg', 'provider', 'backend', 'mode', 'type',
  'leeway', 'skew', 'tolerance', 'ttl', 'length', 'renewal', 'signing', 'method', 'scheme', 'cipher', 'hashing', 'validity', 'duration',
  'margin', 'complexity', 'strength', 'policy', 'engine', 'mount', 'interval', 'timeout', 'retries',
]);
/** Last words of a name for a text about the secret: `PASSWORD_PROMPT`, `PASSWORD_MISMATCH`, `PASSWORD_HELP_TEXT`, `TOKEN_EXPIRED`. */
const TEXT_WORDS = new Set([
  'message', 'messages', 'msg', 'prompt', 'title', 'label', 'text', 'error', 'errors', 'err', 'hint', 'help', 'placeholder',
  'description', 'desc', 'caption', 'tooltip', 'warning', 'notice', 'subject', 'heading', 'mismatch', 'expired', 'invalid', 'incorrect',
  // What a log scrubber writes in place of a secret: `PASSWORD_MASK = "********"`, `TOKEN_REDACTION = "[REDACTED]"`.
  'mask', 'masked', 'redacted', 'redaction', 'replacement', 'sentinel',
]);
/** First words of a name for a text (or a test value) about the secret: `INVALID_PASSWORD`, `WRONG_PASSWORD`, `MISSING_SECRET`, `MASKED_PASSWORD`. */
const TEXT_FIRST_WORDS = new Set(['invalid', 'wrong', 'incorrect', 'missing', 'expired', 'bad', 'mismatched', 'masked', 'redacted']);

/**
 * Whether a secret-like name is about the secret rather than the secret: a setting (`PASSWORD_ENCODER`,
 * `TOKEN_STRATEGY`, `AUTH_TOKEN_LEEWAY`) or a text shown to users (`PASSWORD_PROMPT`, `INVALID_PASSWORD`).
 */
export function isAboutSecretName(name: string): boolean {
  const t = keyWords(name);
  const last = t.at(-1) ?? '';
  return SETTING_WORDS.has(last) || TEXT_WORDS.has(last) || TEXT_FIRST_WORDS.has(t[0] ?? '');
}

/** Words before a final `.key` that make a dotted name a setting (`stripe.api.key`, `app.encryption.key`), not a key file. */
const DOTTED_KEY_SETTING = /(?:^|\.)(?:api|access|auth|app|signing|encryption|master|hmac|jwt|session|crypt|cipher|license|webhook)\.key$/i;
/**
 * Whether a name ending in `.key` is a `.properties`/Spring setting rather than a file name: `api.key`, `app.api.key`,
 * `jwt.signing.key`, or any path of three or more parts ending in a qualified key (`app.secret.key`, `jwt.private.key`).
 * `server.key`, `tls.key`, `client.key`, `private.key` stay file names.
 */
function isDottedKeySetting(name: string): boolean {
  if (DOTTED_KEY_SETTING.test(name)) return true;
  const parts = name.split('.');
  return parts.length >= 3 && parts.at(-1)!.toLowerCase() === 'key' && KEY_QUALIFIERS.has(parts.at(-2)!.toLowerCase());
}

/**
 * Front-end frameworks' prefixes that publish a variable to the browser bundle (Next.js, Nuxt, Expo, Nx, SvelteKit and Astro,
 * Vite, Create React App, Gatsby, Vue CLI): the build inlines what they hold into the JavaScript every visitor (or every install
 * of the app, Expo's) downloads. Group 1 the prefix as written.
 */
const CLIENT_PUBLIC_PREFIX_RE = /^((?:NEXT_PUBLIC|NUXT_PUBLIC|EXPO_PUBLIC|NX_PUBLIC|PUBLIC|VITE|REACT_APP|GATSBY|VUE_APP)_)[A-Za-z0-9]/;
/** Words of a name that never name a public key or a browser's key: a password, a secret, a private key, a credential. */
const NEVER_PUBLIC_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'pw', 'passphrase', 'secret', 'credential', 'credentials', 'creds', 'secretkey', 'privatekey', 'clientsecret', 'private', 'admin', 'master']);
/** Words for something public: a public key (`PUBLIC_KEY`, `JWT_PUB_KEY`), a publishable one (`STRIPE_PUBLISHABLE_KEY`). */
const isPublicWord = (w: string): boolean => w === 'public' || w === 'pub' || w === 'publishable';
/**
 * What `PUBLIC` in a variable's name means, the one rule every check asks ({@link isSecretName}, {@link isPublicName},
 * hardcoded-secret's message about a published secret):
 * - `prefix`: a front-end framework's client-public prefix as written ({@link CLIENT_PUBLIC_PREFIX_RE}: `NEXT_PUBLIC_`,
 *   `VITE_`, `REACT_APP_`, SvelteKit's and Astro's `PUBLIC_`…), or null. It says where the value goes (every visitor's browser),
 *   not that it is a public key: `NEXT_PUBLIC_JWT_SECRET` is a secret, published.
 * - `words`: how many of the name's first words ({@link secretNameWords}) that prefix is, the words about the value starting
 *   after them: `NEXT_PUBLIC_`, `NUXT_PUBLIC_`, `EXPO_PUBLIC_`, `NX_PUBLIC_` 2, whatever follows; a bare `PUBLIC_` 1 only before a
 *   word no public key is named by (`PUBLIC_API_SECRET_KEY`, `PUBLIC_DB_PASSWORD`), since `PUBLIC_KEY`, `PUBLIC_SIGNING_KEY` and
 *   `PUBLIC_ACCESS_TOKEN` name the public half or a browser's key; else 0 (`VITE_`, `REACT_APP_` hold no word about the value).
 * - `publicKey`: whether the words after the prefix name something public (`PUBLIC`, `PUB`, `PUBLISHABLE`: `STRIPE_PUBLIC_KEY`,
 *   `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY`, `PUBLIC_KEY`).
 */
export function publicName(name: string, t: readonly string[] = secretNameWords(name)): { prefix: string | null; words: number; publicKey: boolean } {
  const prefix = CLIENT_PUBLIC_PREFIX_RE.exec(name)?.[1] ?? null;
  let words = 0;
  if (/^(?:NEXT|NUXT|EXPO|NX)_PUBLIC_[A-Za-z0-9]/.test(name) && t[1] === 'public' && t.length > 2) words = 2;
  else if (/^PUBLIC_[A-Za-z0-9]/.test(name) && t[0] === 'public' && t.slice(1).some((w) => NEVER_PUBLIC_WORDS.has(w) || /^[a-z]+(?:password|passwd|secret)$/.test(w))) words = 1;
  return { prefix, words, publicKey: t.slice(words).some(isPublicWord) };
}
/** The client-public prefix of a variable's name (`NEXT_PUBLIC_`, `VITE_`: {@link publicName}), or null. */
export function clientPublicPrefix(name: string): string | null {
  return publicName(name).prefix;
}
/**
 * Whether a name's value is public whatever it holds ({@link publicName}): a framework's client-public prefix publishes it
 * (`NEXT_PUBLIC_…`, `VITE_…`, `REACT_APP_…`), or the name is a public key's (`STRIPE_PUBLIC_KEY`). For the checks whose rule
 * is that such a value is no secret of theirs (`dockerfile-secrets-in-env`, where a front-end build sets its client-public
 * variables with `ENV`: a secret under such a prefix is hardcoded-secret's, which judges the name after the prefix).
 */
export function isPublicName(name: string): boolean {
  const p = publicName(name);
  return p.prefix !== null || p.publicKey;
}
/**
 * Whether a variable/key name denotes a secret, by token match: `DB_PASSWORD`, `apiKey`,
 * `SECRET_KEY_BASE`, `client_secret`, `NPM_TOKEN`. Names about a secret rather than the secret
 * (`PASSWORD_FILE`, `PASSWORD_MIN_LENGTH`, `TOKEN_URL`, `SECRET_NAME`) and public keys are not.
 */
export function isSecretName(name: string): boolean {
  // Bundler's credentials for a gem server (`BUNDLE_GEMS__CONTRIBSYS__COM`): no secret word, a host's name.
  if (isBundlerCredentialName(name)) return true;
  // A numbered word is still the word: a second credential or a rotation's (`DB_PASSWORD2`, `password2`, `apiSecret2`, `STRIPE_KEY2`),
  // and so are the words around it (`csrfToken2` is a CSRF token, `password_hash2` a hash); so is a name with a version after
  // its last word (`OPENSSL_KEY_V1`, `STRIPE_KEY_2`: {@link keyWords}).
  const t = secretNameWords(name);
  if (!t.length || t.length > 12) return false;
  // A front-end framework's client-public prefix (`NEXT_PUBLIC_JWT_SECRET`, `PUBLIC_DB_PASSWORD`) says where the value goes
  // (every visitor's browser), not that it is a public key: the name after it is judged, as under `VITE_`/`REACT_APP_`.
  const pub = publicName(name, t);
  if (pub.publicKey) return false;
  t.splice(0, pub.words);
  // Helm charts' (Bitnami's) convention for the name of a Kubernetes Secret the chart reads instead of making one:
  // `existingSecret`, `auth.existingSecret`, `existingSecretPasswordKey` (a key within it), `existingPasswordSecret`. Its value
  // is an object's name, often with a generated hash suffix (`api-env-7c9d8m4k5b`), not a secret (`existingPassword` stays one).
  const existing = t.indexOf('existing');
  if (existing >= 0 && t.slice(existing + 1).some((w) => w === 'secret' || w === 'secrets')) return false;
  // A list of secrets is named like one (`SECRET_KEYS`, `API_TOKENS`: {@link PLURAL_SECRET_WORD_RE}), unless it lists names.
  if (PLURAL_SECRET_WORD_RE.test(t.at(-1)!)) {
    if (t.length > 1 && ((/^(?:key|token)s$/.test(t.at(-1)!) && LIST_OF_NAMES_WORDS.has(t.at(-2)!)) || WEAK_LIST_WORDS.has(t.at(-2)!))) return false;
    t[t.length - 1] = t.at(-1)!.slice(0, -1);
  }
  // Keys made to ship to browsers: Algolia's search-only key (`ALGOLIA_SEARCH_API_KEY`, `algoliaSearchKey`,
  // `ALGOLIA_SEARCH_ONLY_API_KEY`) and DocSearch's (`DOCSEARCH_API_KEY`: DocSearch hands out search-only keys). A word that
  // keeps a key secret keeps it judged (`ALGOLIA_ADMIN_KEY`, `DOCSEARCH_WRITE_API_KEY`, the crawler's).
  if (t.some((w) => w === 'search' || w === 'docsearch' || w === 'searchonly') && (t.includes('key') || t.includes('apikey')) && !t.some((w) => CONFIDENTIAL_WORDS.has(w) || w === 'write')) return false;
  if (name === 'PWD' || name === 'OLDPWD') return false;
  // A file name (`hardcoded-secret.test.ts`, `client_secret.json`) is not a variable.
  if (/\.(?:[cm]?[jt]sx?|py|json|ya?ml|md|txt|pem|crt|key|env|toml|ini|cfg|conf|sh|rb|go|html?)$/i.test(name) && !isDottedKeySetting(name)) return false;
  let hit = -1;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    // Rails' `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY`/`…_DETERMINISTIC_KEY`: which of the encryption keys, between the qualifier and
    // `key` (a bare `PRIMARY_KEY` is a database column's, no secret); `STRIPE_KEY`, `FERNET_KEY`: a vendor's or purpose's key.
    if (SECRET_WORDS.has(w) || isCredentialKey(t, i) || isPat(t, i) || /^[a-z]+(?:password|passwd|secret)$/.test(w) || /^(?:api|private|secret|access)key$/.test(w)) hit = i;
  }
  if (hit < 0) return false;
  if (t.some((w) => CLIENT_SIDE_KEYS.get(w)?.has(t[hit]!)) && !t.some((w) => CONFIDENTIAL_WORDS.has(w))) return false;
  // Only what follows the last secret word can turn the name into metadata about it.
  const after = t.slice(hit + 1);
  if (after.some((w) => META_WORDS.has(w))) return false;
  // A CSRF/XSRF token (`csrfToken`, `csrf-token`, `X-XSRF-TOKEN`) is a per-session anti-forgery nonce a page carries,
  // no credential (gitleaks allowlists it); the key that signs them stays secret (`WTF_CSRF_SECRET_KEY`, `CSRF_SECRET`).
  if (t[hit] === 'token' && t.slice(0, hit).some((w) => w === 'csrf' || w === 'xsrf')) return false;
  // Pagination cursors and request nonces an API hands back, no credential: `NextToken`, `nextPageToken`,
  // `NextContinuationToken` (S3), `ChangeToken` (WAF), `ClientRequestToken`/`IdempotencyToken` (retry dedup), the
  // paginators' `input_token`/`output_token`.
  if (t[hit] === 'token' && hit > 0 && (PAGING_TOKEN_WORDS.has(t[hit - 1]!) || (t[hit - 1] === 'request' && t[hit - 2] === 'client'))) return false;
  // `MAX_TOKENS`, `TOKEN_LIMIT`: counting tokens (LLM/tokenizer settings), not holding one.
  if (t.slice(0, hit).some((w) => w === 'max' || w === 'min' || w === 'num')) return false;
  return true;
}

/**
 * Whether a value is named after its key, not a secret: it only spells words of the key's name, the name of a lookup key
 * (`STORAGE_V1_CLIENT_KEY = 'storage_v1_client'`, the Cloud SDK's api client registry; `SESSION_TOKEN_KEY = "sessionToken"`),
 * or it is an identifier built from words, one of them a word of the name: a type, session or dict key named after what
 * it holds (the Kubernetes client's `'secret': 'V1SecretVolumeSource'`, oauth2client's `_CREDENTIALS_KEY =
 * 'google_oauth2_credentials'`, `_PKCS12_KEY = '_private_key_pkcs12'`). An identifier's words may carry a version or a
 * one- or two-digit suffix (`v1`, `oauth2`, `pkcs12`); a longer number (`Password2024`) or any other character keeps the
 * value a candidate.
 */
export function namedAfterKey(name: string, value: string): boolean {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(value)) return false;
  const words = nameTokens(value);
  if (words.length < 2) return false;
  const own = new Set(nameTokens(name));
  if (words.every((w) => own.has(w))) return true;
  return /^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(value) && words.every((w) => /^(?:[a-z]{2,}\d{0,2}|v\d{1,2})$/.test(w))
    && words.some((w) => w.length > 2 && own.has(w));
}

/** Whether a value is a regular expression or a character alphabet (urllib3's `_HEX_PAT = "[0-9A-Fa-f]{1,4}"`), not a token. */
export function isPatternLiteral(value: string): boolean {
  return /\(\?[:=!<]|\[[^\]]{1,200}\][*+?{]|\\[dwsbDWS]|\{\d+,\d*\}/.test(value) || /ABCDEFGHIJKLMNOPQRSTUVWXYZ|abcdefghijklmnopqrstuvwxyz/.test(value);
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  const n = [...s].length;
  for (const c of counts.values()) { const p = c / n; h -= p * Math.log2(p); }
  return h;
}

/**
 * Redacts a value for output: at most the token type's public prefix, never any of the secret
 * part. Without a rule, nothing of the value is shown.
 */
export function redact(value: string, rule?: Pick<TokenRule, 'prefix' | 'prefixLength'>): string {
  if (rule?.prefixLength && value.length > rule.prefixLength * 4) return `${value.slice(0, rule.prefixLength)}…`;
  return rule?.prefix ? `${rule.prefix}…` : '…';
}

/**
 * `text` with every provider token in it (a format of {@link TOKEN_RULES}: `ghp_…`, `sk_live_…`, `AKIA…`) and every password a URL
 * embeds (`scheme://user:…@host`, judged as hardcoded-secret judges one) shown as hardcoded-secret shows its findings
 * ({@link redact}: `ghp_…`, `sk_live_…`, `…`), the rest as written: for words a team writes that Preflight repeats (a
 * checklist item's title, a heading, a pull request's ticks). A value shaped as a token is hidden whatever else it says
 * (a documented example, a placeholder, a vendor word missing): hiding one shows less, never a secret.
 */
export function redactSecretsInText(text: string): string {
  if (text.search(TOKEN_LINE_PREFILTER) === -1) return text;
  const spans: { start: number; end: number; shown: string }[] = [];
  for (const rule of TOKEN_RULES) {
    for (const m of text.matchAll(rule.re)) {
      const value = m[1] ?? m[0];
      const start = (m.index ?? 0) + m[0].indexOf(value);
      spans.push({ start, end: start + value.length, shown: redact(value, rule) });
    }
  }
  if (text.includes('://')) {
    for (const m of text.matchAll(URL_CREDENTIALS_RE)) {
      const [, scheme, user, password, host] = m as unknown as [string, string, string, string, string];
      if (isLocalOrExampleHost(host) || !looksLikeUrlPassword(user, password)) continue;
      // GitHub's `https://<token>:x-oauth-basic@github.com/…`: the user name is the secret (see urlTokenUser).
      const userAt = (m.index ?? 0) + scheme.length + 3;
      spans.push(urlTokenUser(password)
        ? { start: userAt, end: userAt + user.length, shown: redact(user) }
        : { start: userAt + user.length + 1, end: userAt + user.length + 1 + password.length, shown: redact(password) });
    }
  }
  if (!spans.length) return text;
  // Left to right; a span that starts inside one already hidden (a token in a URL's password) is hidden with it, to its end.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) { at = Math.max(at, s.end); continue; }
    out += text.slice(at, s.start) + s.shown;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * A key, certificate, keystore or credentials file by its path, also relative without `./`
 * (`certs/tls-2048.key`, `keys/jwt.pem`, `/certs/ca.crt`): at least one directory and a file
 * extension at the end. A base64 secret may hold `/` but never `.`, so it cannot pass for one.
 */
const KEY_FILE_PATH_RE = /^(?:\/|~\/|\.{1,2}\/)?(?:[\w@-][\w.@-]*\/)+[\w@-][\w.@-]*\.(?:pem|key|crt|cer|p12|pfx|jks|der|pub|json|txt|p8|keystore|truststore|jceks)$/i;

/**
 * A relative path to a file (`uploads/2024/06/3f9a1c2b-avatar.png`, an object key under `UPLOAD_KEY`/`S3_KEY`): folders joined
 * by `/` and a name with an extension. Base64 may hold `/` but never `.`, a JWT `.` but never `/`: no secret has this shape.
 */
const RELATIVE_FILE_RE = /^(?:[\w@-][\w.@-]*\/)+[\w@-][\w@-]*(?:\.[\w-]+)*\.[A-Za-z][A-Za-z0-9]{0,4}$/;

/**
 * An absolute or relative file path of two or more segments (`/run/secrets/db`, `./certs/key.pem`),
 * or a key/certificate file by its path (`certs/tls.key`): where a secret is mounted, not the secret.
 */
export function isFilePath(v: string): boolean {
  return /^(?:\/|~\/|\.{1,2}\/)[\w.@+-]+(?:\/[\w.@+-]+)+\/?$/.test(v) || KEY_FILE_PATH_RE.test(v);
}

/**
 * An argocd-vault-plugin inline-path placeholder anywhere in a value: `<path:kv/data/prod/db#password>`, with a version
 * (`#password#3`) and modifiers (`| base64encode`). Argo CD replaces it with the Vault value at sync time: a secret-store
 * reference, never a human fill-in.
 */
const AVP_PATH_PLACEHOLDER_RE = /<path:[^<>\s#|]+#[^<>#|\s]+(?:#[^<>#|\s]+)?(?:\s*\|\s*[\w-]+(?:\s+[^<>|]*?)?)*\s*>/;
const AVP_PATH_PLACEHOLDERS_RE = new RegExp(AVP_PATH_PLACEHOLDER_RE.source, 'g');
/**
 * Whether a value is nothing but argocd-vault-plugin path placeholders: the plugin replaces only the placeholder, so a
 * literal beside one (`postgres://app:s3cret@db/<path:kv/data/db#name>`) stays in git and is judged as written.
 */
const isAvpPathOnly = (v: string): boolean => v.includes('<path:') && AVP_PATH_PLACEHOLDER_RE.test(v) && v.replace(AVP_PATH_PLACEHOLDERS_RE, '').replace(/["'\s]/g, '') === '';
/** An argocd-vault-plugin key placeholder as a whole value (`<password>`, `<secret_key | base64encode>`): see {@link AVP_PATH_ANNOTATION}. */
const AVP_KEY_PLACEHOLDER_RE = /^<\s*[\w.-]+\s*(?:\|\s*[\w-]+(?:\s+[^<>|]*?)?\s*)*>$/;
/**
 * The annotation that makes argocd-vault-plugin fill a manifest's `<key>` placeholders from one Vault path
 * (`avp.kubernetes.io/path: kv/data/prod/db`): in an object that carries it, `<password>` is a secret-store reference.
 */
export const AVP_PATH_ANNOTATION = 'avp.kubernetes.io/path';
/** Whether a value is an argocd-vault-plugin `<key>` placeholder, a reference in an object with {@link AVP_PATH_ANNOTATION}. */
export function isAvpKeyPlaceholder(value: string): boolean {
  return AVP_KEY_PLACEHOLDER_RE.test(value.trim());
}
/** Whether a Kubernetes object (its parsed document) carries {@link AVP_PATH_ANNOTATION}: its `<key>` placeholders are Vault references. */
export function hasAvpPath(doc: Record<string, unknown>): boolean {
  const meta = doc['metadata'];
  const annotations = meta !== null && typeof meta === 'object' ? (meta as Record<string, unknown>)['annotations'] : undefined;
  const path = annotations !== null && typeof annotations === 'object' ? (annotations as Record<string, unknown>)[AVP_PATH_ANNOTATION] : undefined;
  return typeof path === 'string' && path.trim() !== '';
}

/**
 * A name between the delimiters a deploy step replaces: Azure DevOps' Replace Tokens task (qetza) and `sed` in an entrypoint
 * (`__API_TOKEN__`), `@@JWT_SECRET@@`, Octopus' and Windows' `%REDIS_PASSWORD%`. [1]–[3]: the name, an identifier of words
 * joined by `_`, `.` or `-` (digits only at a word's end: `OAUTH2`, `KEY_2`).
 */
const TOKEN_PLACEHOLDER_RE = /^(?:__([A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*)__|@@([A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*)@@|%([A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*)%)$/;
/**
 * Whether a word of a name reads as one: a number, an acronym (up to five letters: `API`, `JWT`, `SMTP`), a word of one case
 * with a vowel and no five consonants in a row (`PASSWORD`, `sendgrid`, `POSTGRES`), or camelCase/PascalCase words and acronyms
 * (`SendGridApiKey`), with digits only at its end (`OAUTH2`). Random text does not (`Xk9mP2qR`, `hTqWmZeKbRoV`, `QWJXKZPLMNRT`).
 */
function isNameWord(word: string): boolean {
  const m = /^([A-Za-z]*)\d*$/.exec(word);
  if (!m) return false;
  const letters = m[1]!;
  const plain = (w: string) => w.length <= 5 || (/[aeiouy]/i.test(w) && !/[^aeiouy]{5}/i.test(w));
  if (/^(?:[a-z]*|[A-Z]*)$/.test(letters)) return plain(letters);
  return !randomLetters(letters) && letters.split(CASE_PIECES_RE).every((w) => (/^[A-Z]+$/.test(w) && w.length <= 5) || (/^[A-Z]?[a-z]+$/.test(w) && (w.length <= 2 ? NAME_PAIRS.has(w.toLowerCase()) : plain(w))));
}
/**
 * Whether a value is a deploy-time token-replacement placeholder: exactly a variable's name between the delimiters a release
 * step replaces ({@link TOKEN_PLACEHOLDER_RE}: `__API_TOKEN__`, `@@JWT_SECRET@@`, `%REDIS_PASSWORD%`, `__SendGridApiKey__`), a
 * reference filled in at deploy as Octopus' `#{NAME}#` and Azure Pipelines' `$(NAME)` are. A random value that merely starts
 * and ends with `__` (`__Xk9mP2qR7vL4Tz8__`) holds no name and is judged as a value.
 */
export function isTokenPlaceholder(value: string): boolean {
  const m = TOKEN_PLACEHOLDER_RE.exec(value.trim());
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  return name !== undefined && name.split(/[_.-]/).every(isNameWord);
}

/**
 * A value that points elsewhere rather than holding a secret: `${VAR}`, `$VAR`, `{{ .Values.x }}`,
 * `os.environ[...]`, `process.env.X`, secret-manager references, mounted files.
 */
export function isReference(value: string): boolean {
  const v = value.trim();
  // A value that is only argocd-vault-plugin placeholders (`<path:kv/data/app#password>`, `<path:…#key#2 | base64encode>`): Argo CD fills it from Vault.
  if (isAvpPathOnly(v)) return true;
  // Spring resource locations (`classpath:keys/jwt.pem`, `classpath*:`, `file:/etc/…`), GCP Secret Manager
  // resource names (`projects/p/secrets/db-password/versions/7`), key files by their path.
  // A Maven/Gradle resource-filtering token (`@db.password@`), replaced at build time.
  if (/^@[\w.-]+@$/.test(v)) return true;
  // A deploy-time token-replacement placeholder (`__API_TOKEN__`, `@@JWT_SECRET@@`, `%REDIS_PASSWORD%`), filled in at deploy.
  if (isTokenPlaceholder(v)) return true;
  if (/^(?:classpath\*?|file):|^projects\/[\w.-]+\/secrets\/[\w.-]+(?:\/versions\/[\w.-]+)?$/.test(v) || KEY_FILE_PATH_RE.test(v)) return true;
  // A substitution reads as one: `$(cat /run/secrets/db)`, `$(DB_PASSWORD)`, `%(db_password)s`, `$$DB_PASSWORD`, a whole `$VAR`
  // (or `$HOME/…`). A generated key may hold `$(`, `%(`, `$$` or start with `$` (Django's alphabet has `$`, `%`, `(`: ~2%
  // of its keys hold `$(`), and neither Python nor dotenv expands them.
  return /\$\{|\$\([A-Za-z_][^()]*\)|^\$[A-Za-z_]\w*(?:$|[/.:])|\{\{|\{%|<%|%\(\w+\)[sdifr]|%\{|#\{|\$\$\{|\$\$[A-Z_][A-Z0-9_]*\b|@Microsoft\.KeyVault|^(?:op|sm|vault|ref\+\w+|awssm|gcpsm|azkv|arn:aws):|process\.env|import\.meta\.env|os\.environ|getenv|env\(|ENV\[|System\.getenv|secrets\.|\/run\/secrets\/|^\/(?:run|var|etc|home|tmp|opt|usr|app|srv|secrets|data|mnt|config)\/|^\.{1,2}\/|^~\//.test(v);
}

/** Substrings that mark a value as an illustration rather than a real secret. */
const EXAMPLE_RE = /example|dummy|fake|sample|placeholder|redacted|changeme|change[-_]me|replace|your[-_]|<[\w .-]{1,40}>|<%[\s\S]*%>|<<[A-Z_-]|x{4,}|\*{3,}|\.{3}|…|lorem|foobar|not[-_]?a[-_]?real|notsecret|insecure|todo|fixme|test/i;

/**
 * Example values published in specifications (RFC 6749, RFC 5849) and vendor docs (Mailgun's API key, which Laravel's
 * `config/services.php` once shipped as a fallback; GitHub's tokens: {@link GITHUB_EXAMPLE_TOKEN_RE}). Token rules reject them too.
 */
const DOCUMENTED_EXAMPLES = new Set(['key-3ax6xnjp29jd6fds4gc373sgvjxteol0', '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'SplxlOBeZQQYbYS6WxSbIA', 'mF_9.B5f-4.1JqM', 'ad180jjd733klru7', 'hh5s93j4hdidpola', 'nnch734d00sl2jdk', 'pfkkdhi9sl3r4s00', 'kd94hf93k423kf44', 'dj201hal0wf0lm0j',
  // RFC 6749's client credentials `s6BhdRkqt3:gX1fBat3bV` as its Basic header carries them, and RFC 6750's bearer token.
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW', 'h480djs93hd8',
  // GitHub's docs before the 2021 token formats: the same example as 40 hex digits (OAuth apps' `access_token=e72e…`) and
  // the expiring user token's refresh token (`r1.c1b4…`).
  'e72e16c7e42f292c6912e7710c838347ae178b4a', 'r1.c1b4a2e77838347a7e420ce178f2e7c6912e169246c34e1ccbf66c46812d16d5b1a9dc86a149873c']);
/**
 * GitHub's docs and REST API description publish one example body under every prefix of its token formats: `ghp_` ("Behind
 * GitHub's new authentication token formats", github.blog 2021-04-05, the canonical fake in secret scanners' test suites), `gho_` (OAuth apps' token response), `ghu_` (GitHub App user tokens), `ghs_` (an installation access token), and
 * `ghr_` with a longer body of its own (refreshing a user access token). The body makes the example, whatever the prefix.
 */
const GITHUB_EXAMPLE_TOKEN_RE = /^gh[pousr]_(?:16C7e42F292c6912E7710c838347Ae178B4a|1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498)$/;
/** Whether a value is an example published in a specification or a vendor's docs ({@link DOCUMENTED_EXAMPLES}, GitHub's tokens). */
const isDocumentedExample = (v: string): boolean => DOCUMENTED_EXAMPLES.has(v) || (v.startsWith('gh') && GITHUB_EXAMPLE_TOKEN_RE.test(v));

/**
 * Whether a name is a trust store's password (`server.ssl.trust-store-password`, `javax.net.ssl.trustStorePassword`,
 * `spring.ssl.bundle.jks.client.truststore.password`, `TRUSTSTORE_PASSWORD`) and its value the JDK's `cacerts` default
 * `changeit`: a trust store holds public CA certificates only, and that password is public. A key store's stays a default.
 */
export function isTrustStoreDefault(name: string, value: string): boolean {
  return /^changeit$/i.test(value.trim().replace(/^(["'])(.*)\1$/, '$2')) && isTrustStoreName(name);
}
/** Whether a name is about a trust store (`trust-store-password`, `trustStorePassword`, `truststore.password`, `TRUSTSTORE_PASSWORD`). */
export function isTrustStoreName(name: string): boolean {
  const t = nameTokens(name);
  return t.some((w, i) => w.startsWith('truststore') || (w === 'trust' && t[i + 1] === 'store'));
}

/** Whether a value is an illustration (`EXAMPLE`, `xxxx`, `dummy`, `<your-key>`, RFC examples) rather than a secret. */
export function isExampleValue(value: string): boolean {
  return EXAMPLE_RE.test(value) || isDocumentedExample(value);
}

const DEFAULT_WORDS = new Set([
  'changeme', 'change_me', 'change-me', 'changeit', 'change_it', 'changethis', 'change_this', 'change-this',
  'admin', 'administrator', 'admin123', 'admin1234', 'adminadmin', 'password', 'passw0rd', 'password1', 'password123', 'p@ssw0rd', 'p@ssword',
  // OpenProject's stock database password (its compose and docs), and the other leetspeak spellings of the word.
  'p4ssw0rd', 'p4ssword', 'pa55word', 'pa55w0rd',
  'pass', 'pass123', 'passwd', 'postgres', 'postgrespassword', 'postgres_password', 'mysql', 'root', 'rootpassword', 'root123', 'toor',
  'secret', 'secret123', 'secretkey', 'secret_key', 'secret-key', 'mysecret', 'mysecretkey', 'supersecret', 'super_secret', 'super-secret',
  'supersecretkey', 's3cr3t', 's3cret', 'mypassword', 'mypass', 'letmein', 'qwerty', 'default', 'guest', 'test', 'testing', 'test123',
  'user', 'demo', 'dev', 'development', 'local', 'example', 'dummy', 'foobar', 'foo', 'bar', 'minioadmin', 'rabbitmq', 'redis', 'mongo',
  // Oracle's published default passwords (`SCOTT`/`TIGER`, `SYS`/`CHANGE_ON_INSTALL`), used for nothing else; `MANAGER` (`SYSTEM`'s) only
  // beside its user (isVendorDefaultPair).
  'tiger', 'change_on_install',
  'sa', 'oracle', 'elastic', 'changeme123', 'token', 'apikey', 'api_key', 'insecure', 'notsecret', 'not-secret', 'keyboard cat',
  // express-session's README secret, written as one word.
  'keyboardcat', 'keyboard-cat', 'keyboard_cat',
  // WordPress's stock keys and salts in `wp-config-sample.php`, the file every `wp-config.php` starts from.
  'put your unique phrase here',
  // The product's own name, as Docker's samples set it (awesome-compose `GF_SECURITY_ADMIN_PASSWORD=grafana`, the WordPress quickstart's
  // `WORDPRESS_DB_PASSWORD: wordpress`), like `postgres`, `rabbitmq` and `redis` above.
  'grafana', 'wordpress', 'mariadb', 'keycloak',
  // kube-prometheus-stack's shipped Grafana `adminPassword`.
  'prom-operator',
  // GitLab's historic default root password (its docs and old Omnibus installs), which attackers try first.
  '5ivel!fe',
  // Strapi's generated `.env` placeholders (`APP_KEYS=toBeModified1,toBeModified2`, `API_TOKEN_SALT=tobemodified`).
  'tobemodified', 'tobemodified1', 'tobemodified2', 'tobechanged', 'tobereplaced',
  // redis.conf's own example (`# requirepass foobared`), uncommented as is.
  'foobared',
  // Grafana's stock `[security] secret_key` (`defaults.ini`, `sample.ini`, which many `grafana.ini` files copy), public since Grafana 2.
  'sw2ycwtib9zpoohopsmm',
  // Flask's and Flask-SocketIO's documentation values.
  'super secret key', 'secret!',
  // Tutorial defaults: Flask Web Development's `SECRET_KEY`, the Flask Mega-Tutorial's; NestJS's authentication
  // guide's `jwtConstants.secret` (a sentence, public in the docs, pasted into many apps as their JWT signing key).
  'hard to guess string', 'hard-to-guess-string', 'you-will-never-guess',
  'do not use this value. instead, create a complex secret and keep it safe outside of the source code.',
  // Microsoft's SQL Server container docs (`MSSQL_SA_PASSWORD`), copied into countless compose files.
  'yourstrong@passw0rd', 'yourstrong!passw0rd', 'yourstrong(!)password', 'yourpassword123',
  '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '1234567890', '000000', '111111',
]);
const DEFAULT_PATTERNS: readonly RegExp[] = [
  /^<[^>]*>$/, // <generate-a-key>, <your password>
  /^\[[^\]]+\]$/, // [secret], [your key]; an empty `[]` is an empty list (oauth2client's `CREDENTIAL_INFO_REQUEST_JSON = '[]'`)
  /^(?:your|my|some|a|random|strong|secure|another)[-_ ]?(?:super[-_ ]?)?(?:secret|password|pass|token|api[-_ ]?key|key)(?:[-_ ]?(?:key|here|value|goes[-_ ]?here))*$/i,
  // `my-super-secret-jwt-key`: words only (letters), never a random tail (`my_key_Zx8Kq2…`).
  /^(?:your|my|some)[-_ ](?:[a-z]+[-_ ])*(?:secret|password|pass|token|key)(?:[-_ ][a-z]+)*$/i,
  /(?:^|[-_ ])here$/i, // your-secret-key-here, put-token-here
  /^django-insecure-/i,
  // `OVERWRITE_ME` too (OpenProject's `SECRET_KEY_BASE` placeholder).
  /^(?:please[-_ ]?)?(?:change|replace|set|update|generate|insert|fill|overwrite)[-_ ]?(?:me|this|it|in|later)?\b/i,
  /^x{3,}$/i,
  /^\*{3,}$/,
  // A vendor prefix filled with x's or stars: `sk_test_xxxxxxxxxxxxxxxx`, `ghp_XXXXXXXXXXXX`, `AKIA************`.
  /^[A-Za-z][A-Za-z0-9]{0,15}(?:[-_.][A-Za-z0-9]{1,15}){0,3}[-_.]?(?:x{6,}|X{6,}|\*{6,})$/,
  /^(?:todo|tbd|fixme|none|null|nil|undefined|empty|placeholder|redacted)$/i,
  // `dev-secret`, `test_123`, `example_123` (awesome-compose's `MSSQL_SA_PASSWORD`, which hardcoded-secret leaves alone as an example value).
  /^(?:dev|development|local|test|example|insecure|default|debug|unsafe)[-_ ]?(?:secret|key|password|pass|token)?(?:[-_ ]?key)?(?:[-_ ]?\d+)?$/i,
  /^(?:super[-_ ]?)?(?:secret|password|pass|token)(?:[-_ ]?key)?[-_ ]?\d*$/i,
  // Node tutorials' JWT and session secrets, made only of these words: `jwtsecret`, `jwt_secret`, `supersecretjwtkey`, `ThisIsASecret`.
  /^(?=.*secret)(?:(?:my|the|this|is|a|super|very|jwt|session|cookie|app|auth|token|key|secret)[-_ ]?)+$/i,
  /^sh{3,}$/i, // jsonwebtoken's README: `jwt.sign(payload, 'shhhhh')`
  // Stock passwords made only of the usual default words, ending in a password word: Appwrite's `rootsecretpassword`,
  // `adminpassword`, `db_root_password`, `mysqlrootpassword` (a word of anything else, `production_db_password`, is a value).
  // Lower case only: `userPassword` (an LDAP attribute, a field's name) and `DB_PASSWORD` (a variable's name) are names.
  /^(?:(?:root|admin|super|my|db|user|mysql|postgres|secret)[-_]?){1,4}(?:password|passwd|pass|pwd|secret)\d{0,4}$/,
];

/**
 * Sample passwords published in vendors' documentation and copied into compose files as they are
 * (lower case): SQL Server's (`yourStrong(!)Password`, `YourStrong@Passw0rd`, `Your_password123`),
 * eShopOnContainers' `Pass@word`, the postgres and mysql images' (`mysecretpassword`, `my-secret-pw`),
 * Laravel's old `SomeRandomString`, Directus' `d1r3ctu5`, and the usual leetspeak variants of "password".
 */
const SAMPLE_PASSWORDS = new Set([
  'yourstrong(!)password', 'yourstrong@passw0rd', 'yourstrong!passw0rd', 'yourstrongpassw0rd', 'yournewstrong@passw0rd', 'yourstrong@password',
  'your_password123', 'yourpassword123', 'pass@word', 'pass@word1', 'mysecretpassword', 'my-secret-pw', 'somerandomstring',
  // Docker's WordPress quickstart (`MYSQL_ROOT_PASSWORD: somewordpress`).
  'somewordpress',
  // Directus' documented first-admin password (its docs' compose example: `ADMIN_PASSWORD: "d1r3ctu5"`).
  'd1r3ctu5',
  'p@ssw0rd!', 'p@ssw0rd1', 'passw0rd!', 'password1!', 'password123!', 'p@ssword1', 'p@ssword123', 'pa$$w0rd', 'pa55w0rd', 'pa55word',
]);
/** Placeholder words with no vowel that still read as words (`your-jwt-secret`, `your_db_pwd`). */
const PLACEHOLDER_ABBREVIATIONS = new Set(['pwd', 'pw', 'jwt', 'db', 'sql', 'mssql', 'psql', 'pg', 'smtp', 'ssh', 'hmac', 'rsa', 'sha', 'mq', 'crm', 'cms', 'tls', 'ssl', 'xml', 'http', 'pgp', 'gpg', 'vpn', 'ftp', 'sftp', 'dns', 'cdn', 'gcp', 'sdk', 'cli']);
/** The secret words a placeholder or fill-in names (shared with util/fill-in.ts). */
export const PLACEHOLDER_SECRETS: ReadonlySet<string> = new Set(['password', 'passwords', 'passwd', 'pass', 'pwd', 'pw', 'passphrase', 'secret', 'secrets', 'key', 'keys', 'token', 'tokens', 'apikey', 'credential', 'credentials', 'creds']);
/** `replace`/`change`… followed by one of these is an instruction, not a value (`replace_with_real_password`, `change_me_please`). */
const PLACEHOLDER_VERBS = new Set(['replace', 'change', 'set', 'update', 'generate', 'insert', 'fill', 'enter', 'put', 'get', 'paste', 'add']);
const PLACEHOLDER_OBJECTS = new Set(['me', 'this', 'it', 'with', 'in', 'later', 'before', 'to', 'your', 'the', 'a', 'an', 'real', 'value', 'now', 'please', 'here', 'for', 'secret', 'password', 'key', 'token']);
/** Inside a value, `change`/`replace` followed by one of these tells the reader to change it (`…-change-in-production`, `…_replace_me`). */
const CHANGE_OBJECTS = new Set(['me', 'this', 'it', 'in', 'before', 'for', 'later', 'now', 'please', 'on', 'asap']);
/** The same instruction written as one word. */
const CHANGE_WORDS = new Set(['changeme', 'changeit', 'changethis', 'replaceme']);
/** `…_should_be_updated`, `…-must-be-changed`: a value that says it is to be replaced (Supabase's `this_password_is_insecure_and_should_be_updated`). */
const TO_BE_CHANGED = new Set(['changed', 'updated', 'replaced', 'rotated', 'modified', 'overridden', 'overwritten', 'regenerated', 'set']);
/**
 * Words that say a value is for tests or development only (`TEST_NON_DEV_SECRET`, Superset's shipped `SECRET_KEY`;
 * `dev_only_secret`): a value made of these and ending in a secret word is a known placeholder, never a generated one.
 */
const NOT_REAL_WORDS = new Set(['test', 'testing', 'dev', 'development', 'non', 'not', 'only', 'local', 'demo', 'example', 'insecure', 'default', 'debug', 'unsafe', 'fake', 'dummy', 'sample']);

/**
 * Words that only describe a value (`this is not a secure`, `a very strong`, `your own`), and the instructions a phrase may
 * open with (after `please` too): a value made of them and ending in a secret word describes a secret instead of being one
 * (Authentik's `ThisIsNotASecurePassword` and `PleaseGenerateASecureKey`, `AVeryStrongPassword`, `generate_secure_key`).
 */
export const DESCRIBING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'is', 'it', 'my', 'your', 'our', 'some', 'very', 'really', 'super', 'secure', 'strong', 'random', 'long', 'complex', 'good', 'safe', 'new', 'real', 'unique', 'own', 'proper', 'actual', 'valid', 'not', 'insecure', 'unsafe', 'please']);
const PHRASE_VERBS = new Set(['change', 'replace', 'generate', 'insert', 'fill', 'enter', 'put', 'paste', 'create', 'choose', 'use', 'provide', 'pick']);

/** A value's words: split at non-alphanumerics, camelCase and letter/digit boundaries (`yourStrong(!)Password` → your strong password). */
function valueWords(v: string): string[] {
  return v
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    // A capital run before a capitalised word: `ASecure` (Authentik's `PleaseGenerateASecureKey`), `JWTSecret`.
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether a value is a placeholder written as words: `your…password/secret/key/token`
 * (`Your_password123`, `yourStrong(!)Password`, `your-256-bit-secret`: jwt.io's default),
 * `replace…`/`change…` instructions (`replace_with_real_password`, `change_this`, and after other words:
 * `dev-secret-key-change-in-production`), and vendors'
 * documented sample passwords. Words only: every part reads as a word (a vowel, or a known
 * abbreviation like `jwt`) and at most one short number, so a random tail (`your_key_Zx8Kq2Lm…`)
 * is never a placeholder.
 */
export function isPlaceholderCredential(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 100) return false;
  if (SAMPLE_PASSWORDS.has(v.toLowerCase())) return true;
  // A placeholder is one token (`your_password`, `change_me`); words separated by white space are a sentence
  // shown to a user ("Your password is incorrect", "Enter your API key", "Change your password").
  if (/\s/.test(v)) return false;
  const words = valueWords(v);
  if (words.length < 2 || words.length > 14) return false;
  const numbers = words.filter((w) => /^[0-9]+$/.test(w));
  if (numbers.length > 1 || numbers.some((n) => n.length > 4)) return false;
  // Every part a word: a vowel (or a known abbreviation), two letters at least but the article `a` (`CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET`).
  if (!words.every((w) => /^[0-9]+$/.test(w) || w === 'a' || (w.length >= 2 && (/[aeiouy]/.test(w) || PLACEHOLDER_ABBREVIATIONS.has(w))))) return false;
  const i = words[0] === 'please' ? 1 : 0;
  // A phrase that describes a secret (`ThisIsNotASecurePassword`, `PleaseGenerateASecureKey`, `a_very_strong_password`): describing
  // words (an instruction verb first), then a secret word; a word of anything else (`app-secret`, `CorrectHorseBatteryStaple`) is a value.
  const phrase = words.filter((w) => !/^[0-9]+$/.test(w));
  if (phrase.length >= 2 && PLACEHOLDER_SECRETS.has(phrase.at(-1)!) && phrase.some((w) => !PLACEHOLDER_SECRETS.has(w))
    && phrase.every((w, j) => DESCRIBING_WORDS.has(w) || PLACEHOLDER_SECRETS.has(w) || (PHRASE_VERBS.has(w) && (j === 0 || (j === 1 && phrase[0] === 'please'))))) return true;
  const first = words[i]!;
  if (first === 'your') return words.slice(i + 1).some((w) => PLACEHOLDER_SECRETS.has(w));
  // `CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET` (Superset's shipped SECRET_KEY), `REPLACE_WITH_A_STRONG_KEY`, `CHANGEME_SECRET_KEY`.
  if (PLACEHOLDER_VERBS.has(first) && PLACEHOLDER_OBJECTS.has(words[i + 1] ?? '')) return true;
  if (CHANGE_WORDS.has(first)) return true;
  // `TEST_NON_DEV_SECRET`, `dev_only_secret`: test/development words and a secret word, nothing else.
  if (PLACEHOLDER_SECRETS.has(words.at(-1)!) && words.some((w) => NOT_REAL_WORDS.has(w)) && words.every((w) => NOT_REAL_WORDS.has(w) || PLACEHOLDER_SECRETS.has(w))) return true;
  // A value that describes itself: `this_password_is_insecure`, `super-secret-jwt-token-with-at-least-32-characters-long` (Supabase's).
  if (words.some((w) => PLACEHOLDER_SECRETS.has(w)) && (words.includes('insecure') || (words.includes('least') && (words.includes('characters') || words.includes('chars'))))) return true;
  // A value that says to change it, later in its words: `dev-secret-key-change-in-production`, `supersecret-changeme`,
  // `plausible-please-change`, `this_password_is_insecure_and_should_be_updated`.
  return words.some((w, j) => j > i && (CHANGE_WORDS.has(w)
    || ((w === 'change' || w === 'replace') && (CHANGE_OBJECTS.has(words[j + 1] ?? '') || (words[j - 1] === 'please' && j === words.length - 1)))
    || ((w === 'should' || w === 'must' || w === 'to') && words[j + 1] === 'be' && TO_BE_CHANGED.has(words[j + 2] ?? ''))));
}

/** The placeholders that hold white space: `<your password>`, `[secret]`, `change me`, `please replace this`, `fill me in`. */
const SPACED_PLACEHOLDER_RE = /^(?:<[^<>]*>|\[[^[\]]*\]|(?:please\s+)?(?:change|replace|set|update|generate|fill|insert)\s+(?:me|this|it)(?:\s+(?:in|please|now|later|first))*)$/i;

/** A value's words when it is made of plain words separated by white space (letters only), else null. */
function spacedWords(v: string): string[] | null {
  const words = v.trim().toLowerCase().split(/\s+/);
  return words.length >= 2 && words.length <= 8 && words.every((w) => /^[a-z]+$/.test(w)) ? words : null;
}
/**
 * Verbs of a fill-in left for whoever deploys (`insert your key here`), never a user prompt (`Enter your password`): the ones
 * that say so in any value (util/fill-in.ts adds those that do in a spaced fill-in ending at `here`).
 */
export const FILL_IN_VERBS: ReadonlySet<string> = new Set(['insert', 'put', 'paste', 'add']);

/**
 * A placeholder written as an instruction in spaced words: a fill-in ending in `here` (`insert your key here`, `put your secret
 * here`, `paste the api token here`) or `change`/`replace this` + a secret word (`change this password`, `replace this secret key`).
 * A text shown to users (`Change your password`, `Enter your API key`, `Your password is incorrect`) is none.
 */
function isSpacedInstruction(v: string): boolean {
  const all = spacedWords(v);
  if (!all) return false;
  const w = all[0] === 'please' ? all.slice(1) : all;
  if (w.length >= 3 && FILL_IN_VERBS.has(w[0]!) && w.at(-1) === 'here') return w.slice(1, -1).some((x) => PLACEHOLDER_SECRETS.has(x));
  return w.length >= 3 && (w[0] === 'change' || w[0] === 'replace') && w[1] === 'this' && PLACEHOLDER_SECRETS.has(w.at(-1)!)
    && w.slice(2).every((x) => DESCRIBING_WORDS.has(x) || PLACEHOLDER_SECRETS.has(x) || PLACEHOLDER_ABBREVIATIONS.has(x) || x === 'api');
}

/**
 * A possessive placeholder in spaced words: `your secret key` (Render's Django guide: `os.environ.get("SECRET_KEY",
 * default="your secret key")`), `my secret key`, `my super secret password`, `your jwt secret here`: `your`/`my`/`some`, then
 * words, ending in a secret word (or `here`/`value`/`goes here` after one). Only as the fallback of an environment read of a
 * secret-named variable, where it is what deploys whenever the variable is unset: elsewhere the same words may be a label shown
 * to users (`{ apiKey: "Your API key" }`). A passphrase (`amber Falcon 17 ridge Lantern`) opens otherwise or holds digits.
 */
export function isPossessivePlaceholder(v: string): boolean {
  const w = spacedWords(v);
  if (!w || !/^(?:your|my|some)$/.test(w[0]!) || w.length > 6) return false;
  let end = w.length;
  if (w[end - 1] === 'here') end -= w[end - 2] === 'goes' ? 2 : 1;
  else if (w[end - 1] === 'value') end -= 1;
  return end >= 2 && PLACEHOLDER_SECRETS.has(w[end - 1]!);
}

/** cookiecutter-django's `!!!SET DJANGO_SECRET_KEY!!!`: a fill-in shouted between exclamation marks. */
const BANG_PLACEHOLDER_RE = /^!{2,}[^!\n]{1,80}!{2,}$/;

/**
 * Whether a value is a well-known default or placeholder credential (`changeme`, `admin`,
 * `postgres`, `<generate…>`, `your-secret-key-here`, `django-insecure-…`, `Your_password123`).
 * Empty values are not.
 */
export function isDefaultCredential(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (!v) return false;
  // An argocd-vault-plugin placeholder (`<path:kv/data/app#password>`) is a secret-store reference, no bracketed fill-in.
  if (isAvpPathOnly(v)) return false;
  if (DEFAULT_WORDS.has(v.toLowerCase())) return true;
  // A list of keys (Strapi's `APP_KEYS=toBeModified1,toBeModified2`, its rotation keys) whose every item is a default.
  if (v.includes(',') && !/^[<[]/.test(v)) {
    const items = v.split(/\s*,\s*/);
    if (items.length <= 16 && items.every((item) => item !== '' && isDefaultCredential(item))) return true;
  }
  // White space makes a sentence, not a placeholder ("Set a new password", "Please enter your password"): only the exact
  // defaults above (`keyboard cat`), a bracketed fill-in (`<your password>`) and an instruction about the value itself
  // (`change me please`, `change this password`, `insert your key here`) count.
  if (BANG_PLACEHOLDER_RE.test(v)) return true;
  if (/\s/.test(v)) return SPACED_PLACEHOLDER_RE.test(v) || isSpacedInstruction(v);
  return DEFAULT_PATTERNS.some((re) => re.test(v)) || isPlaceholderCredential(v);
}

/** Helm's `checksum/config` annotations (and `sha256/…`, `hash/…`): a digest of rendered files, never a secret. */
const DIGEST_KEY_RE = /^(?:checksums?|hash(?:es)?|digests?|sha\d*|md5|etag|fingerprints?)\//i;
const DIGEST_WORD_RE = /^(?:checksums?|hash(?:es|ed)?|digests?|sha\d*|md5|etag|fingerprints?)$/;
/** A hex digest (MD5, SHA-1, SHA-224/256/384/512), optionally with its algorithm: `sha256:…`. */
const HEX_DIGEST_RE = /^(?:(?:sha(?:1|224|256|384|512)|md5)[:=-])?(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;

/**
 * Whether a key/value pair holds a digest, not a secret: a `checksum/…` key (whatever its value),
 * or a name with checksum/hash/hashed/digest/sha/etag/fingerprint/cache-key whose value is a hex digest.
 */
export function isDigest(name: string, value: string): boolean {
  if (DIGEST_KEY_RE.test(name)) return true;
  const t = nameTokens(name);
  const digestName = t.some((w, i) => DIGEST_WORD_RE.test(w) || (w === 'cache' && /^keys?$/.test(t[i + 1] ?? '')));
  return digestName && HEX_DIGEST_RE.test(value.trim());
}

/** The last word of a password setting's name (`MINIO_ROOT_PASSWORD`, `db.pass`, `PGPASSWORD`), and of a value that names one. */
const PASSWORD_WORD_RE = /^(?:[a-z]*(?:password|passwd)|pwd|pass|passphrase)$/;
const NAMED_PASSWORD_END = new Set(['password', 'passwd', 'pwd', 'pass', 'secret']);
/** MySQL's authentication plugins (`mysql_native_password`, `caching_sha2_password`): names of a method, never a password. */
const AUTH_PLUGIN_RE = /^(?:mysql_native|caching_sha2|sha256|mysql_clear|mysql_old)_password$/;

/**
 * Whether a password setting's value is a placeholder that names a setting instead of holding a password: PostHog hobby's
 * `MINIO_ROOT_PASSWORD: object_storage_root_password`, `DB_PASSWORD: minio_root_password`, the variable's own name in lower
 * case. Lower-case snake_case words only (2 to 6), the last one password/passwd/pwd/pass/secret, under a name whose last word
 * is a password word: a generated password never reads so, and every install that keeps it shares it. A kebab-case value
 * (`db-password`) is a Kubernetes Secret's name; references (`${DB_PASSWORD}`), paths (`/run/secrets/db_password`) and key
 * names under another name (a `_FILE` variable, `secretKeyRef.key`, an ESO `secretKey`, a `…PasswordKey`) are never read here.
 */
export function namesPasswordSetting(name: string, value: string): boolean {
  const v = value.trim();
  if (v.length > 64 || !/^[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*){1,5}$/.test(v) || AUTH_PLUGIN_RE.test(v)) return false;
  if (!PASSWORD_WORD_RE.test(keyWords(name).at(-1) ?? '')) return false;
  return NAMED_PASSWORD_END.has(v.slice(v.lastIndexOf('_') + 1));
}

/**
 * Whether a value given where only a password goes (Redis' `requirepass`, a client's `-p`/`--password`, a registry login's
 * `-p`) names a setting instead of holding a password (`requirepass redis_password`, `mysqldump -pmysql_password`): judged
 * as {@link namesPasswordSetting} judges it under a password's name. A placeholder: default-credentials reports it, never
 * hardcoded-secret (both ask here).
 */
export const namesPasswordSettingValue = (value: string): boolean => namesPasswordSetting('password', value);

/**
 * What kind of default a value is, for messages that must not print it: "a placeholder value",
 * "a 'django-insecure-' development key" (the public prefix only) or "a well-known default value".
 */
export function describeDefault(value: string): string {
  const v = value.trim();
  if (/^django-insecure-/i.test(v)) return "a 'django-insecure-' development key";
  // Oracle's `change_on_install` (SYS's published password) is a vendor's default, not an instruction.
  if (/^change_on_install$/i.test(v)) return 'a well-known default value';
  if (/^[<[]|here$|^(?:your|my)[-_ ]|change|replace|generate|insert|x{3}|\*{3}|todo|tbd|fixme|placeholder|redacted/i.test(v) || isPlaceholderCredential(v)) return 'a placeholder value';
  return 'a well-known default value';
}

/** Character classes present: lower, upper, digit, other. */
function classes(v: string): number {
  return (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/[0-9]/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0);
}

/** Keyboard runs and counting sequences that people type as dummy values (`abc123xyz456`). */
const DUMMY_RUNS = /abc|def|ghi|123|456|789|xyz|qwer(?:ty)?|asdf|0000|1111|aaaa/gi;

/**
 * Whether a value is made of such runs (`abc123`, `qwerty123`, `abcdef123456`, `test_abc_123`): at most a
 * quarter of its letters and digits (or 3) are left once they are taken out. A real password or token
 * that merely contains one (`SecureAdminPass123!`, `7f3a9c123e4b8d1f…`) is no dummy.
 */
function isDummyValue(v: string): boolean {
  const alnum = v.replace(/[^A-Za-z0-9]/g, '');
  const rest = alnum.replace(DUMMY_RUNS, '');
  return rest.length < alnum.length && rest.length <= Math.max(3, alnum.length / 4);
}

/** A JSON Web Token as a whole value: header, payload and signature (empty when unsigned), base64url. */
const JWT_VALUE_RE = /^(eyJ[A-Za-z0-9_-]{8,2000})\.(eyJ[A-Za-z0-9_-]{8,8000})\.([A-Za-z0-9_-]{0,1000})$/;
/** Only unmistakable fillers in a private key's body or a JWT's signature (`EXAMPLE`, `xxxxxxxx`, a long run of one character): a real base64 body may contain any short word by chance. */
export const isFillerKeyBody = (body: string): boolean => /EXAMPLE|x{8,}|X{8,}|(.)\1{15,}/.test(body);

function decodeJwtPart(part: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch { return null; }
}

/**
 * The claims of a JWT that authenticates someone, or null: the one judgement of every rule that meets a JWT (the JWT
 * rule, secret-named assignments, `Authorization: Bearer …`, dotenv values). Harmless, so null: an unsigned token
 * (`alg: none`), a Supabase anon key (`role: anon`, made for browsers), an expired token (`exp` in the past: it
 * authenticates no one), jwt.io's sample (`sub: 1234567890`, "John Doe") and a filler signature. Also null for what is
 * no JWT (a header or payload that is not JSON).
 */
export function liveJwtClaims(header: string, payload: string, signature: string, now = Date.now()): Record<string, unknown> | null {
  return liveClaims(decodeJwtPart(header), payload, signature, now);
}

/** {@link liveJwtClaims} given the header already decoded (null: no JSON object). */
function liveClaims(head: Record<string, unknown> | null, payload: string, signature: string, now: number): Record<string, unknown> | null {
  const claims = head && typeof head['alg'] === 'string' && head['alg'].toLowerCase() !== 'none' ? decodeJwtPart(payload) : null;
  if (!claims || claims['role'] === 'anon' || claims['sub'] === '1234567890' || claims['name'] === 'John Doe') return null;
  if (typeof claims['exp'] === 'number' && claims['exp'] * 1000 < now) return null;
  if (isFillerKeyBody(signature)) return null;
  return claims;
}

/**
 * Whether a value is one of Supabase's self-hosting demo keys (a JWT whose `iss` is `supabase-demo`): signed with the example
 * JWT_SECRET every checkout has, so anyone can forge one — rotating the key alone does not help.
 */
export function isSupabaseDemoJwt(value: string): boolean {
  const m = JWT_VALUE_RE.exec(value.trim());
  return m !== null && decodeJwtPart(m[2]!)?.['iss'] === 'supabase-demo';
}

/** Whether a value is a whole JWT (its header JSON with an `alg`) that {@link liveJwtClaims} finds harmless. */
function isHarmlessJwt(value: string, now = Date.now()): boolean {
  const m = JWT_VALUE_RE.exec(value.trim());
  if (!m) return false;
  const head = decodeJwtPart(m[1]!);
  return head !== null && typeof head['alg'] === 'string' && liveClaims(head, m[2]!, m[3]!, now) === null;
}

/**
 * Whether a literal assigned to a secret-like name looks like a real secret: long enough,
 * random-looking (Shannon entropy), letters and digits mixed, no spaces unless passphrase-like
 * ({@link spacedSecret}, {@link randomWithSpaces}), not an example, placeholder, default or reference.
 */
export function looksLikeSecretValue(value: string, minLength = 12, name?: string, mail?: boolean): boolean {
  const v = value.trim();
  const login = name !== undefined ? bundlerPassword(name, v) : undefined;
  if (login !== undefined) return login;
  if (v.length < minLength || v.length > 4096) return false;
  // A Google app password (`abcd efgh ijkl mnop` as Google shows it; 16 letters under a mail setting's name, `mail` when the
  // caller knows better than the name) has one case and no digit.
  const app = (v.length === 16 || v.length === 19) && isAppPassword(v, mail ?? (name !== undefined && isMailPasswordName(name)));
  if (!app && ((/\s/.test(v) && !randomWithSpaces(v) && !spacedSecret(v, false)) || !/[A-Za-z]/.test(v) || (!/[0-9]/.test(v) && !randomLetters(v)) || classes(v) < 2)) return false;
  if (isReference(v) || isExampleValue(v) || isDefaultCredential(v) || isDummyValue(v) || isCiphertextOrHash(v) || isPublicKeyValue(v, name) || isDataUrl(v)) return false;
  if (v.startsWith('eyJ') && isHarmlessJwt(v)) return false;
  if (isUrlWithoutSecret(v) || isKebabIdentifier(v) || RELATIVE_FILE_RE.test(v)) return false;
  // Words joined by separators with a trailing number (`token_v2_name`, `password123`, `SuperStrongPassword2024`) are not
  // random; a random mixed-case run that happens to end in digits (`PrRpBBXuDghCfmiK98`) is. Letters alone were judged by
  // {@link randomLetters} above, piece by piece.
  // A long lower-case run that no words make (`satvmmsatcccudi6`: {@link randomLowerCase}) is random too.
  if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)*[-_.]?\d{0,4}$/.test(v) && !/^[A-Za-z]+$/.test(v) && v.split(/[-_.\d]+/).every((w) => readsAsWords(w) && !(w.length >= 12 && /^[a-z]+$/.test(w) && randomLowerCase([w])))) return false;
  // The name of an environment variable (`GOOGLE_OAUTH2_CLIENT_SECRET`, `AWS_S3_ACCESS_KEY_ID`): upper-case words.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && v.split('_').filter((w) => /^[A-Z]{3,}$/.test(w)).length >= 2) return false;
  // Versions, dates, IPs, plain numbers.
  if (/^v?\d+(?:[.\-:]\d+)+$/.test(v) || /^[\d.,:-]+$/.test(v)) return false;
  const h = shannonEntropy(v);
  return v.length >= 20 ? h >= 3.2 : h >= 3.0;
}

/**
 * A value of letters only that is random, not names: a generator's letters-only output (about 3% of random 20-character
 * alphanumeric secrets hold no digit: `jZFalVtwLTLCLQjnbMWt`, `wAfmOtiiRTFQEpTpaG`). 16+ letters, about as many upper- as
 * lower-case (28–75%: camelCase and PascalCase names are mostly lower-case, ALLCAPS has no case change), switching case
 * at least every fourth letter, and cut at its case changes (as {@link readsAsWords} cuts names) into at least two pieces
 * that no name is made of ({@link isNamePiece}: `w`, `Ep`, `Xbcmjoa`, `Nbqi`), and no keyboard walk (`QwErTyUiOp…`). Measured: ~80% of random 16-letter values,
 * ~94% of 20-letter ones; none of 20,000 mixed-case identifiers of 16+ letters from node_modules (`KeyHTTPSlackSslUi`,
 * `RTCSentRtpStreamStats`, `getAWSSecretKeyID`), only letters-only windows of base64 data.
 */
function randomLetters(v: string): boolean {
  if (v.length < 16 || !/^[A-Za-z]+$/.test(v)) return false;
  let switches = 0;
  let upper = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 97) upper++;
    if (i > 0 && (c < 97) !== (v.charCodeAt(i - 1) < 97)) switches++;
  }
  if (upper < v.length * 0.28 || upper > v.length * 0.75 || switches < Math.max(6, v.length / 4) || KEYBOARD_WALK_RE.test(v)) return false;
  return v.split(CASE_PIECES_RE).filter((w) => !isNamePiece(w)).length >= 2;
}
/**
 * Words of a mail setting's name (Django's `EMAIL_HOST_PASSWORD`, Laravel's and Flask-Mail's `MAIL_PASSWORD`, `SMTP_PASS`,
 * Spring's `spring.mail.password`, `GMAIL_APP_PASSWORD`), and its secret's last word.
 */
const MAIL_WORDS = new Set(['mail', 'email', 'smtp', 'smtps', 'gmail', 'mailer', 'imap', 'pop3', 'mailbox', 'sendmail', 'outlook']);
const MAIL_SECRET_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'pw', 'secret', 'apppassword']);
/** A mail word glued to its secret word (`SMTPPASSWORD`, `emailpass`, `gmailpwd`). */
const GLUED_MAIL_SECRET_RE = /^(?:e?mail|smtps?|gmail|imap)(?:app)?(?:password|passwd|pass|pwd|secret)$/;

/**
 * Whether a secret-like name is a mail account's password or secret (`EMAIL_HOST_PASSWORD`, `MAIL_PASSWORD`, `smtpPassword`,
 * `SMTP_PASS`, `spring.mail.password`, `EMAILPASSWORD`): where a Google app password ({@link isAppPassword}) is set.
 */
export function isMailPasswordName(name: string): boolean {
  const t = keyWords(name);
  const last = t.at(-1) ?? '';
  if (GLUED_MAIL_SECRET_RE.test(last)) return isSecretName(name);
  return MAIL_SECRET_WORDS.has(last) && t.slice(0, -1).some((w) => MAIL_WORDS.has(w.replace(/\d+$/, '')) || (/^(?:e?mail|smtp)[a-z]*\d*$/.test(w) && w !== 'mailto')) && isSecretName(name);
}

/**
 * Whether a name is a password with nothing else to say whose (`pass`, `password`, nodemailer's `auth: { pass }`, `auth.pass`,
 * `app_password`): a mail account's when the settings around it are a mailer's ({@link isMailPasswordName} reads names that say so).
 */
export function isBarePasswordName(name: string): boolean {
  const t = keyWords(name);
  return t.length <= 2 && MAIL_SECRET_WORDS.has(t.at(-1) ?? '') && (t.length === 1 || t[0] === 'auth' || t[0] === 'app');
}

/** Google's app passwords: 16 lower-case letters, shown in four groups of four (`abcd efgh ijkl mnop`). */
const APP_PASSWORD_RE = /^[a-z]{16}$/;
const SPACED_APP_PASSWORD_RE = /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/;
/**
 * Whether a value is a Google (Gmail) app password, the credential an app signs in to a mailbox with over SMTP/IMAP: four
 * groups of four random lower-case letters as Google shows it (`hthx gfxu rgvm ptcn`), or the 16 letters run together
 * (`hthxgfxurgvmptcn`) under a mail setting's name (`mail`, {@link isMailPasswordName}: elsewhere 16 lower-case letters are
 * too often words). The letters must be random ({@link randomLowerCase}): English words run together (`passwordpassword`,
 * `changemechangeme`, `mysecretpassword`, `gmailapppassword`), four plain words (`blue fish cats dogs`), the alphabet and
 * keyboard rows are not one.
 */
export function isAppPassword(value: string, mail: boolean): boolean {
  const spaced = SPACED_APP_PASSWORD_RE.test(value);
  if (!spaced && !(mail && APP_PASSWORD_RE.test(value))) return false;
  if (isFillerSequence(value)) return false;
  return randomLowerCase(spaced ? value.split(' ') : [value]);
}

/**
 * The alphabet, a keyboard row or a repeated group, also in groups (`abcd efgh ijkl mnop`, Google's example app password;
 * `qwer tyui opas dfgh`, `abcdabcdabcdabcd`, `abc abc abc abc`): a filler typed for the shape, never a generated value.
 */
function isFillerSequence(value: string): boolean {
  // The whole value, not a part of it: `qwerty 7Hq2Lm9xZp4` holds a keyboard run beside a random group (QA44 sweep R2).
  const letters = value.replace(/\s+/g, '').toLowerCase();
  return isSequentialDummy(value) || (letters.length >= 8 && KEYBOARD_ROWS.includes(letters)) || /^([a-z0-9]{1,4})\1{3,}$/.test(letters);
}
/** The letter rows of a keyboard, read left to right, top to bottom (`qwer tyui opas dfgh` is a run of it). */
const KEYBOARD_ROWS = 'qwertyuiopasdfghjklzxcvbnm';

const VOWEL_RE = /[aeiouy]+/;
/** Consonants that begin English syllables (and words: `str`, `sch`, `ps`). */
const ONSETS = new Set([
  ...'bcdfghjklmnpqrstvwxz',
  'bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'pl', 'pr', 'sc', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'tr', 'tw', 'th', 'sh', 'ch',
  'ph', 'wh', 'kn', 'wr', 'gn', 'ps', 'dw', 'qu', 'sq', 'sv', 'rh', 'kl', 'gh', 'ts', 'sch', 'scr', 'shr', 'spl', 'spr', 'str', 'squ', 'thr', 'chr',
  'phr', 'sph', 'skr', 'schm', 'shl',
]);
/** Consonants that end English syllables (a plural's `s` after any of them too: `lls`, `cts`). */
const CODAS = new Set([
  ...'bcdfghjklmnpqrstvwxz',
  'ck', 'ct', 'ft', 'ld', 'lf', 'lk', 'lm', 'lp', 'lt', 'mp', 'nd', 'ng', 'nk', 'nt', 'pt', 'rb', 'rd', 'rk', 'rl', 'rm', 'rn', 'rp', 'rt', 'sk', 'sp',
  'st', 'ch', 'sh', 'th', 'ff', 'll', 'ss', 'zz', 'tt', 'dd', 'pp', 'mm', 'nn', 'rr', 'gg', 'bb', 'cc', 'tch', 'ght', 'nch', 'rch', 'lch', 'lth', 'nth',
  'rth', 'mpt', 'ngth', 'xt', 'wn', 'wl', 'wd', 'ws', 'rf', 'rst', 'rld', 'rsh', 'lsh', 'cs', 'sm', 'nct', 'mb', 'gn', 'gh', 'ph', 'rg', 'thm', 'bt', 'nx', 'tz',
]);
const isCoda = (c: string): boolean => CODAS.has(c) || (c.endsWith('s') && CODAS.has(c.slice(0, -1)));
/** Whether a run of consonants can stand where it does in English: a word's onset, its coda, or a coda then an onset between two vowels. */
function clusterFits(c: string, first: boolean, last: boolean): boolean {
  if (!c) return true;
  if (first && last) return false; // a piece with no vowel
  if (first) return ONSETS.has(c);
  if (last) return isCoda(c);
  for (let i = 0; i <= c.length; i++) {
    const coda = c.slice(0, i);
    const onset = c.slice(i);
    if ((!coda || isCoda(coda)) && (!onset || ONSETS.has(onset))) return true;
  }
  return false;
}

/**
 * Whether lower-case letters (one run, or the groups of one value) are random rather than English words run together:
 * two or more runs of consonants that no English syllables make (`hthx…`, `…rgvmptcn`), or one and two of the rare letters
 * j, q, x, z, or few vowels (a vowel, `y` counted, for every seven letters or fewer: English has about three). Measured on
 * 16 letters: ~93% of random draws (98% of four random groups of four), ~0.1% of dictionary words run together (most of
 * those Roman numerals) and no dictionary word of 12+ letters; `changemechangeme`, `passwordpassword`, `mysecretpassword`,
 * `notificationpass` read as words.
 */
export function randomLowerCase(pieces: readonly string[]): boolean {
  let bad = 0;
  let letters = 0;
  let vowels = 0;
  let rare = 0;
  for (const p of pieces) {
    const runs = p.split(VOWEL_RE);
    for (let i = 0; i < runs.length; i++) if (!clusterFits(runs[i]!, i === 0, i === runs.length - 1)) bad++;
    letters += p.length;
    for (const c of p) {
      if ('aeiouy'.includes(c)) vowels++;
      else if ('jqxz'.includes(c)) rare++;
    }
    rare -= p.split('qu').length - 1;
  }
  return bad >= 2 || vowels * 7 <= letters || (bad >= 1 && rare >= 2);
}

/** Six keys along a keyboard row, typed with alternating Shift (`QwErTyUiOp`): a walk, not a draw. */
const KEYBOARD_WALK_RE = /qwerty|wertyu|ertyui|rtyuio|tyuiop|asdfgh|sdfghj|dfghjk|fghjkl|zxcvbn|xcvbnm/i;
/** Where camelCase, PascalCase and acronyms change word: `getHTTPSUrl` → get, HTTPS, Url. */
const CASE_PIECES_RE = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
/** Two-letter words and abbreviations of names (`IsInJs`, `UiId`, `ToDb`); other pairs (`Ep`, `Fl`, `Li`) are random. */
const NAME_PAIRS = new Set(['is', 'in', 'on', 'of', 'to', 'by', 'at', 'as', 'or', 'if', 'it', 'id', 'io', 'ui', 'js', 'db', 'ok', 'no', 'up', 'do', 'go', 'me', 'my', 'we', 'an', 'be', 'us', 'ts', 'ip', 'os', 'fs', 're', 'ex', 'vs', 'ms', 'px', 'em', 'tx', 'rx', 'ai', 'ml', 'qa', 'op', 'pc', 'am', 'pm']);
/** Consonants that begin English words together (`Str`, `Sch`, `Ph`…): a piece that starts with any other pair (`Nbqi`, `Rsu`) is random. */
const ONSET_RE = /^(?:[bcdfgkp][lr]|[st]r|s[chklmnpqtw]|spr|spl|str|scr|squ|sch|[cpstw]h|thr|shr|chr|phr|qu|kn|wr|dw|tw|sw|gn|ps)$/;
/**
 * Whether a piece of a name cut at its case changes could be a word or abbreviation of a name: an acronym (`HTTPS`, up
 * to five capitals), a word of three or more letters with a vowel (`y` too), no four consonants in a row and a
 * beginning that English words have (`Str`, not `Nbq`), or a two-letter word (`Is`, `Js`, `Db`).
 */
function isNamePiece(w: string): boolean {
  if (/^[A-Z]+$/.test(w)) return w.length <= 5;
  if (!/^[A-Z]?[a-z]+$/.test(w)) return false;
  const l = w.toLowerCase();
  if (l.length < 3) return NAME_PAIRS.has(l);
  const onset = /^[^aeiouy]*/.exec(l)![0];
  return onset.length < l.length && !/[^aeiouy]{4}/.test(l) && (onset.length < 2 || ONSET_RE.test(onset));
}

/**
 * Whether a run of letters reads as words: one case (`token`, `API`), or capitalised/camelCase words and acronyms
 * (`Password`, `SuperStrongPassword`, `MyAPIKey`), every word holding a vowel. A random mixed-case run
 * (`PrRpBBXuDghCfmiK`: `Pr`, `Rp`, `Dgh`) does not.
 */
function readsAsWords(letters: string): boolean {
  if (/^(?:[a-z]*|[A-Z]*)$/.test(letters)) return true;
  return letters.split(CASE_PIECES_RE).every((w) => /^[A-Z]+$/.test(w) || /^[A-Z]?[a-z]+$/.test(w) && /[aeiouy]/i.test(w));
}

/**
 * A random value that happens to hold spaces (WordPress salts from its generator, keys typed from a password
 * manager), not prose: long, no plain word between the spaces, and more random than a secret without spaces.
 */
function randomWithSpaces(v: string): boolean {
  if (v.length < 24) return false;
  const parts = v.split(/\s+/).filter(Boolean);
  if (parts.some((w) => /^[A-Za-z]{3,}[.,:;!?'"]?$/.test(w))) return false;
  return shannonEntropy(v) >= 4;
}

/**
 * Function words and instructions of English prose: a value with spaces that holds one is a sentence, a message or a
 * note (`Your password is incorrect`, `see the vault`), not a passphrase.
 */
const PROSE_WORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'here',
  'i', 'me', 'my', 'you', 'your', 'yours', 'we', 'us', 'our', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her',
  'to', 'of', 'for', 'in', 'on', 'at', 'by', 'from', 'with', 'without', 'into', 'about', 'as', 'and', 'or', 'nor', 'but', 'not', 'no',
  'if', 'then', 'than', 'so', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may',
  'what', 'which', 'who', 'when', 'where', 'how', 'why', 'please', 'enter', 'see', 'use', 'ask', 'set', 'get', 'put', 'fill',
  // The same in the languages of most locale files (a Rails `de.yml`'s `token_expired: Ihr Token ist 2 Tage abgelaufen`).
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'ist', 'sind', 'und', 'oder', 'nicht', 'mit', 'für', 'von', 'zu', 'ihr', 'ihre', 'sie', 'wir', 'ich', 'du', 'bitte',
  'le', 'la', 'les', 'un', 'une', 'est', 'et', 'ou', 'pas', 'avec', 'pour', 'de', 'du', 'votre', 'vous', 'nous', 'il', 'elle',
  'el', 'los', 'las', 'es', 'y', 'o', 'con', 'para', 'del', 'su', 'usted', 'por', 'favor', 'het', 'een', 'en', 'van', 'voor', 'uw', 'je', 'niet',
]);
/** A word of prose as written: letters, an apostrophe's ending (`don't`), quotes or brackets around it, trailing punctuation. */
const PROSE_PART_RE = /^[("'`]?[A-Za-z]+(?:['’][a-z]{1,2})?[.,:;!?"'`)]*$/;
/** A command line's flag (`-U`, `--password=…`) or shell operator: the value is a command, not a secret. */
const COMMAND_PART_RE = /^(?:--?[A-Za-z][\w-]*(?:=\S*)?|\|\|?|&&|;|>>?|<|2>&1|\\)$/;
/** A cron field: numbers, `*`, ranges, steps and lists (`1-5`, `0/15`, `MON-FRI`). */
const CRON_PART_RE = /^(?:[\d*?/,#LW-]+|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[-,](?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))*)$/i;

/**
 * A group of a random key written in groups (`4hQ9 zT2m Rk7w`, `p4#W m9!q`): letters with digits or symbols between them
 * (`zT2m`), or letters beside them that do not read as words (`4hQ9`: `hQ`). Words with a number or a version (`OAuth2`,
 * `TLS1.3`, `v2`, `1password`) and words joined by `-`, `.` or `'` (`well-known`, `e.g.`) are not.
 */
function isRandomGroup(p: string): boolean {
  if (!/[A-Za-z]/.test(p) || !/[^A-Za-z]/.test(p.replace(/[.,:;!?"')]+$/, ''))) return false;
  if (/[A-Za-z][^A-Za-z.'’-]+[A-Za-z]/.test(p)) return !/^[\w.-]+@[\w-]+(?:\.[\w-]+)+$/.test(p) && !/[/\\]/.test(p) && !/:\/\//.test(p);
  return !readsAsWords(p.replace(/[^A-Za-z]/g, ''));
}

/**
 * Whether a value that holds white space is prose, a command line or a cron expression rather than a secret: a sentence
 * (`Your password is incorrect`, ending in `.`, `!` or `?`), a note with function words (`see the vault`, at least a
 * third of its parts when it also holds random-looking groups), flags or shell operators (`pg_dump -U app db`), cron
 * fields (`0 5 * * *`), or a structure (JSON, a list) whose entries are judged on their own.
 */
function isProseOrCommand(v: string, parts: string[]): boolean {
  if (/^[{[]/.test(v)) return true;
  if (parts.some((p) => COMMAND_PART_RE.test(p))) return true;
  if (parts.length >= 5 && parts.length <= 7 && parts.every((p) => CRON_PART_RE.test(p))) return true;
  const prose = parts.filter((p) => PROSE_WORDS.has(p.toLowerCase().replace(/^[("'`]+|[.,:;!?"'`)]+$/g, ''))).length;
  const random = parts.filter(isRandomGroup).length;
  if (random === 0 ? prose > 0 : prose * 3 >= parts.length) return true;
  // A sentence: it starts and ends with words and ends with a full stop, `!` or `?`.
  return random === 0 && /[.!?]$/.test(v) && PROSE_PART_RE.test(parts[0]!);
}

/**
 * Whether a value that holds white space is a secret rather than prose (see {@link isProseOrCommand}):
 * - a key written in random groups (`4hQ9 zT2m Rk7w Ny3c`, `p4#W m9!q Zx2@ Tk7&`: three or more groups, each random);
 * - a generated passphrase of four or more words with a number and mixed capitals (`amber Falcon 17 ridge Lantern`:
 *   a capitalised word after a lower-case one; prose capitalises its first word, a title every word);
 * - in a dotenv file (`env`), whose values are meant to be secrets, also any value with a random group
 *   (`Gr4nite&7 willow`, `Kp4 lamp river 7w`), three or more words with a number or mixed capitals, and four or
 *   more lower-case words (`amber falcon ridge lantern`; a Gmail app password, four groups of four lower-case letters, has this shape).
 * Two words (`Hello World`, `keyboard cat`) and title-cased labels (`Acme Mail Service`) are never one.
 */
function spacedSecret(v: string, env: boolean): boolean {
  const parts = v.split(/\s+/).filter(Boolean);
  if (parts.length < 2 || isProseOrCommand(v, parts) || isFillerSequence(v)) return false;
  const random = parts.filter(isRandomGroup).length;
  if (random === parts.length && parts.length >= 3 && parts.every((p) => p.length >= 3 && p.length <= 12) && v.replace(/\s/g, '').length >= 12) return true;
  if (env && random > 0) return true;
  const words = parts.filter((p) => /^[A-Za-z]+$/.test(p));
  const numbers = parts.filter((p) => /^\d+$/.test(p)).length;
  // A passphrase is a handful of words (generators make 3 to 8); longer runs of words are prose.
  if (words.length + numbers !== parts.length || words.length < 2 || parts.length > 8) return false;
  const mixedCaps = words.some((w, i) => i > 0 && /^[A-Z][a-z]/.test(w) && words.slice(0, i).some((x) => /^[a-z]/.test(x)));
  if (!env) return parts.length >= 4 && numbers > 0 && mixedCaps;
  return (parts.length >= 3 && (numbers > 0 || mixedCaps)) || (parts.length >= 4 && words.every((w) => /^[a-z]+$/.test(w)));
}

/** A URL: its authority (userinfo, host, port) and the rest. */
export const URL_PARTS_RE = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)(\S*)$/i;
/** A query or fragment parameter that may carry a secret (`?token=…`, `&api_key=…`, `&sig=…`). */
const SECRET_PARAM_RE = /[?&#;][\w.-]*(?:token|key|secret|pass|pwd|sig|auth|cred)[\w.-]*=/i;

/**
 * Whether a value is a URL that carries no secret: no password in its userinfo (a URL password is
 * the URL rule's finding) and no secret-named query parameter. `http://token-service.internal:8081`
 * under `TOKEN_SERVICE` is where tokens come from; a Sentry DSN's user part is a public key.
 */
export function isUrlWithoutSecret(v: string): boolean {
  const m = URL_PARTS_RE.exec(v);
  if (!m) return false;
  // A password holding an unencoded `#` (`amqp://app:Xk9#mP2@rabbit/`): a URL parser reads a fragment there, a driver
  // and a reader a password.
  if (URL_HASH_PASSWORD_RE.test(v)) return false;
  const authority = m[1]!;
  const at = authority.lastIndexOf('@');
  if (at !== -1 && authority.slice(0, at).includes(':')) return false;
  return !SECRET_PARAM_RE.test(m[2]!);
}

/**
 * Whether a value is a lower-case identifier of words and numbers joined by `-`, `.` or `/`: a model
 * (`text-embedding-3-small`, `gpt-4o-mini-2024-07-18`, `qwen2.5-72b-instruct`), a slug or a version
 * name, not a generated secret. Every part is a number, a word (4+ letters with a vowel; at least one
 * is needed), a short part (`gpt`, `en`, `4o`, `v2`, `72b`), a word with its number (`llama3`) or a
 * size (`128k`). Random groups mix letters and digits (`9dad`, `k29d`, a UUID's, a Mailgun key's):
 * under 1% of random 4- to 6-character lower-case groups pass.
 */
function isKebabIdentifier(v: string): boolean {
  if (v.length > 100 || !/^[a-z0-9]+(?:[-./][a-z0-9]+)+$/.test(v)) return false;
  let word = false;
  for (const part of v.split(/[-./]/)) {
    if (/^[0-9]+$/.test(part)) continue;
    if (/^[a-z]{4,}[0-9]{0,2}$/.test(part) && /[aeiouy]/.test(part)) word = true;
    else if (part.length > 3 && !/^[0-9]{1,3}[a-z]$/.test(part)) return false;
  }
  return word;
}

/**
 * An inline asset as a data URL (`data:image/png;base64,…`, `data:image/svg+xml;utf8,<svg…`, `data:font/woff2;base64,…`): an icon
 * or font embedded under a name such as `tokenIcon` or `password_icon`, never a credential (gitleaks' generic rule stops at its `:`).
 */
function isDataUrl(value: string): boolean {
  return /^data:[a-z]+\/[\w.+-]+(?:;[\w.+-]+(?:=[\w.+-]+)?)*,/i.test(value.trim());
}

/**
 * The lower bar for a dotenv file, whose whole purpose is holding real secrets: any secret-named
 * literal of 8+ characters that is not a reference, number, URL, example, placeholder or default;
 * with spaces, one that is no prose, label, command line or cron expression ({@link spacedSecret}).
 */
export function looksLikeEnvSecret(value: string, name?: string): boolean {
  const v = value.trim();
  const login = name !== undefined ? bundlerPassword(name, v) : undefined;
  if (login !== undefined) return login;
  if (v.length < 8 || v.length > 4096 || (/\s/.test(v) && !spacedSecret(v, true)) || !/[A-Za-z]/.test(v)) return false;
  // A password setting's value that names a setting (`REDIS_PASSWORD=redis_password`, `RABBITMQ_PASSWORD=rabbitmq_pass`): a
  // placeholder, default-credentials' finding (namesPasswordSetting, the rule it reports by), never both checks.
  if (name !== undefined && namesPasswordSetting(name, v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(?:true|false|yes|no|on|off|null|none)$/i.test(v)) return false;
  // An expired, unsigned or public JWT is judged as the JWT rule judges it, in a dotenv file too: it authenticates no one.
  if (v.startsWith('eyJ') && isHarmlessJwt(v)) return false;
  return !isReference(v) && !isExampleValue(v) && !isDefaultCredential(v) && !isDummyValue(v) && !isCiphertextOrHash(v) && !isPublicKeyValue(v, name) && !isDataUrl(v) && !RELATIVE_FILE_RE.test(v);
}

/**
 * Values that are safe to commit although a secret-named key holds them: ciphertext. dotenvx
 * `encrypted:…`, sops `ENC[…]`, Puppet hiera-eyaml `ENC[PKCS7,…]`/`ENC[GPG,…]`, Shopify EJSON `EJ[1:…]`, DigitalOcean App Platform's `EV[1:…:…]` (a `type: SECRET` value once the app spec is saved), Jasypt `ENC(…)` (Spring), Spring Cloud Config `{cipher}…` (hex or base64, also with `{key:…}` prefixes), a base64 OpenPGP message (Renovate's `encrypted` host rules: a
 * public-key encrypted session key packet, `wcFMA`/`wcBMA`/`wV4D`…), an AWS KMS ciphertext blob (`aws kms encrypt`'s base64 output,
 * `AQICAH…`/`AQECAH…`, decrypted at apply or run time: Terraform's `aws_kms_secrets`, `sops`, SSM). Keys made for browsers are
 * {@link isPublicKeyValue}'s.
 */
const NOT_SECRET_RE = /^(?:\{cipher\}(?:\{[\w-]+:[^{}\s]*\})*[A-Za-z0-9+/=]{16,}$|encrypted:[A-Za-z0-9+/=]{16,}$|ENC\[(?:AES256_GCM|PGP|PKCS7|GPG)(?:,|$)|EJ\[1:[A-Za-z0-9+/=]{16,}:|EV\[1:[A-Za-z0-9+/=]{16,}:[A-Za-z0-9+/=]{16,}\]?$|ENC\([A-Za-z0-9+/=]{16,}\)?$|(?:wcFMA|wcBMA|wcDMA|wV4D|wYwD)[A-Za-z0-9+/=]{80,}$|AQ[EI][BC]AH[A-Za-z0-9+/]{90,}={0,2}$)/;
/**
 * One-way password hashes, which a user store keeps instead of the password and which are made to be stored: modular
 * crypt (`$6$…` sha512-crypt, as Ansible's `user` module and cloud-init's `passwd` take it; `$2b$` bcrypt, `$apr1$`
 * htpasswd, `$y$` yescrypt, `$argon2id$`), Django's (`pbkdf2_sha256$…`, `argon2$argon2id$…`, `bcrypt_sha256$…`, legacy
 * `sha1$salt$hex`), Werkzeug's (`pbkdf2:sha256:600000$…`, `scrypt:32768:8:1$…`) and LDAP's (`{SSHA}…`). gitleaks and Trivy
 * do not report them either.
 */
const PASSWORD_HASH_RE = /^(?:\$(?:1|2[abxy]|5|6|7|y|gy|apr1|md5|sha1|argon2(?:i|d|id)|scrypt|pbkdf2(?:-sha(?:1|256|512))?)\$[^\s$]{0,100}\$\S{8,}|(?:pbkdf2_sha(?:1|256|512)|argon2|bcrypt(?:_sha256)?|scrypt|sha1|md5|unsalted_md5|unsalted_sha1)\$\S{16,}|(?:pbkdf2:sha(?:1|256|512)(?::\d{1,7})?|scrypt:\d{1,7}:\d{1,3}:\d{1,3})\$[^\s$]{1,100}\$[0-9a-f]{32,}|\{(?:SSHA|SHA|SSHA256|SSHA512|SHA256|SHA512|SMD5|MD5|CRYPT|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2)\}\S{8,})$/;
/** An htpasswd line (`admin:$apr1$…`): a user name and its hash. */
const HTPASSWD_LINE_RE = /^[\w.@-]{1,100}:(\S{8,})$/;

/**
 * Whether a value is ciphertext or one-way password hashes (one hash, or htpasswd lines `user:hash` — ingress-nginx's
 * basic-auth Secret `auth`, Traefik's `users`): safe to commit under a secret-named key ({@link NOT_SECRET_RE},
 * {@link PASSWORD_HASH_RE}).
 */
export function isCiphertextOrHash(value: string): boolean {
  const v = value.trim();
  if (NOT_SECRET_RE.test(v) || PASSWORD_HASH_RE.test(v)) return true;
  if (!v.includes(':') || !v.includes('$')) return false;
  const lines = v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.length <= 1000 && lines.every((l) => { const m = HTPASSWD_LINE_RE.exec(l); return m !== null && PASSWORD_HASH_RE.test(m[1]!); });
}
/**
 * A one-way hash written with the `$$` escape for a literal `$` that compose (the whole compose file) and Kubernetes
 * (container `env` values, `command`, `args`) undo: Vaultwarden's documented `ADMIN_TOKEN: $$argon2id$$v=19$$…`, a
 * bcrypt `$$2a$$12$$…`, Traefik's `admin:$$apr1$$…`. Only where that escape applies (YAML deploy files): a dotenv file
 * or a Dockerfile keeps the `$$`, and the value the program gets is then no hash.
 */
export function isEscapedHash(value: string): boolean {
  const v = value.trim();
  return v.includes('$$') && isCiphertextOrHash(v.replace(/\$\$/g, '$'));
}
/**
 * Keys public by design, whatever name holds them: Stripe publishable keys (`pk_live_…`, `pk_test_…`;
 * secret ones are `sk_`/`rk_`), PostHog project API keys (`phc_…`; personal keys are `phx_`), Mapbox
 * public tokens (`pk.eyJ…`; secret ones are `sk.`), New Relic browser licence keys (`NRJS-` and 19 hex digits: the browser
 * agent's snippet; ingest and user keys are other formats), RevenueCat public app-specific SDK keys (`appl_…`, `goog_…`,
 * `amzn_…`, `strp_…`, `rcb_…`: shipped in the app by design; secret ones are `sk_`).
 */
const BROWSER_KEY_RE = /^(?:pk\.eyJ[A-Za-z0-9_.-]{20,}|pk_(?:live|test)_[A-Za-z0-9]{16,}|phc_[A-Za-z0-9]{20,}|NRJS-[0-9a-f]{19}|(?:appl|goog|amzn|strp|rcb)_[A-Za-z0-9]{20,40})$/;
/**
 * A Datadog client token (`pub` and 32 hex digits): what the browser SDKs (`datadogRum.init`, `datadogLogs.init`) and mobile
 * SDKs send RUM events and logs with, public by design (Datadog: "client tokens … are safe to expose in client-side code").
 * By its format under a client token's name ({@link isClientTokenName}: `clientToken`, `DD_CLIENT_TOKEN`); a `pub…` value under
 * an API or application key's name (`DD_API_KEY`, `DD_APP_KEY`) stays judged.
 */
export const DATADOG_CLIENT_TOKEN_RE = /^pub[0-9a-f]{32}$/;
/** A client token's name: `client` then `token` (`clientToken`, `DD_CLIENT_TOKEN`, `VITE_DATADOG_CLIENT_TOKEN`), no word that keeps it secret. */
function isClientTokenName(name: string): boolean {
  const t = keyWords(name);
  const i = t.indexOf('token');
  return ((i > 0 && t[i - 1] === 'client') || t.includes('clienttoken')) && !t.some((w) => CONFIDENTIAL_WORDS.has(w));
}
/**
 * The public half of a key pair, whatever name holds it (`JWT_VERIFY_KEY`, `DEPLOY_KEY`): a PEM public key, an OpenSSH
 * public key line (`ssh-ed25519 AAAA… user@host`), or the base64 of a DER SubjectPublicKeyInfo (RSA, P-256, P-384, Ed25519:
 * the prefixes their fixed headers encode to; a private key's PKCS#8 encoding starts otherwise).
 */
const PUBLIC_HALF_RE = /^(?:-----BEGIN (?:RSA |EC |SSH2 )?PUBLIC KEY-----|(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]{20,}={0,3}(?:[ \t]|$)|(?:MII[BC]IjANBgkqhkiG9w0BAQEFAAOC|MIGfMA0GCSqGSIb3DQEBAQUAA4GN|MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE|MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE|MCowBQYDK2VwAyEA)[A-Za-z0-9+/]+={0,2}$)/;
/**
 * An Ethereum/EVM account or contract address: `0x` and 40 hex digits (20 bytes of the hash of a public key; EIP-55 writes it
 * in mixed case as a checksum), public by design and written into every dapp (`USDC_TOKEN_ADDRESS`, `tokenAddress`,
 * `WETH_TOKEN`). A wallet's private key is 64 hex digits and stays a secret.
 */
const EVM_ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
/**
 * Whether a name holds a secret's value rather than an address (`HMAC_SECRET`, `SIGNING_KEY`, `DB_PASSWORD`, `PRIVATE_KEY`): 20
 * random bytes written `0x…` are a secret there. A name with an address word (`TOKEN_CONTRACT_ADDRESS`, `walletKey`…) is not.
 */
function secretNotAddressName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  if (words.some((w) => /^(?:ADDRESS(?:ES)?|ADDR|CONTRACTS?|WALLETS?|ACCOUNTS?|RECIPIENT|OWNER|SPENDER|DEPLOYER)$/.test(w))) return false;
  return words.some((w) => /^(?:SECRETS?|PASSWORDS?|PASSWD|PASS|PWD|HMAC|SALT|SIGNING|PRIVATE|KEYS?|APIKEY|SECRETKEY|PRIVATEKEY|PEPPER|CREDENTIALS?)$/.test(w));
}
/**
 * Client SDK keys of feature-flag services, made to ship in web and mobile apps: Statsig's client API key (`client-` and 43
 * letters and digits; its server secret key is `secret-…`, its console key `console-…`) and GrowthBook's SDK client key (`sdk-`
 * and 12–24 letters and digits; its secret keys are `secret_…`). LaunchDarkly's `sdk-` keys are server secrets, but a UUID
 * after the prefix (`sdk-1a2b3c4d-…`), which the `-` keeps out. Public by their format unless the name says the value is a
 * secret ({@link confidentialName}: `STATSIG_SERVER_SECRET`, `GROWTHBOOK_ADMIN_KEY`).
 */
const CLIENT_SDK_KEY_RE = /^(?:client-[A-Za-z0-9]{32,48}|sdk-[A-Za-z0-9]{12,24})$/;
/** A name that keeps its value secret whatever the value looks like: a secret's, a password's, a server's or an admin's word. */
export function confidentialName(name: string): boolean {
  return secretNameWords(name).some((w) => CONFIDENTIAL_WORDS.has(w) || NEVER_PUBLIC_WORDS.has(w) || /^[a-z]+(?:password|passwd|secret)$/.test(w));
}
/** A Google API key's shape (`AIza` and 35 characters; a few more or fewer allowed for a name-judged value). */
const GOOGLE_KEY_SHAPE_RE = /^AIza[A-Za-z0-9_-]{33,40}$/;
/**
 * Whether a name is a Maps JavaScript API key's under a front-end framework's client-public prefix
 * (`NEXT_PUBLIC_GOOGLE_MAPS_API_KEY`, `REACT_APP_GOOGLE_MAPS_KEY`, `VITE_GMAPS_KEY`, `PUBLIC_PLACES_API_KEY`): the build inlines
 * it into the page, where the Maps JavaScript API loads with it — a browser key, restricted by HTTP referrer, as a Maps loader's
 * key in front-end code is. Without the prefix (`GOOGLE_MAPS_API_KEY` in an env file: the web services' key a server calls
 * with) or without a Maps word (`NEXT_PUBLIC_GEMINI_API_KEY`, `VITE_GOOGLE_API_KEY`) the key stays judged.
 */
export function isPublishedMapsKeyName(name: string): boolean {
  if (publicName(name).prefix === null || confidentialName(name)) return false;
  return secretNameWords(name).some((w) => /^(?:g|google)?maps?$/.test(w) || w === 'places');
}
/**
 * Whether a value is a key made for browsers ({@link BROWSER_KEY_RE}), the public half of a key pair ({@link PUBLIC_HALF_RE})
 * or an EVM address ({@link EVM_ADDRESS_RE}): never a secret, under any name (also in a Kubernetes Secret) — but an
 * address-shaped value under a secret's name (`name`, when known: `HMAC_SECRET`, `SIGNING_KEY`) is 20 random bytes, a secret.
 * Under a name that says nothing secret, also a feature-flag service's client SDK key ({@link CLIENT_SDK_KEY_RE}); under a
 * client token's name a Datadog client token; under a client-public Maps key's name a Google API key ({@link isPublishedMapsKeyName}).
 */
export function isPublicKeyValue(value: string, name?: string): boolean {
  const v = value.trim();
  return BROWSER_KEY_RE.test(v) || PUBLIC_HALF_RE.test(v) || (EVM_ADDRESS_RE.test(v) && !(name !== undefined && secretNotAddressName(name)))
    || (CLIENT_SDK_KEY_RE.test(v) && !(name !== undefined && confidentialName(name)))
    || (name !== undefined && DATADOG_CLIENT_TOKEN_RE.test(v) && isClientTokenName(name))
    || (name !== undefined && GOOGLE_KEY_SHAPE_RE.test(v) && isPublishedMapsKeyName(name));
}

/**
 * What a password adds to a user name and still is that user's default: a password word or a counting run
 * (Mattermost's documented `mmuser_password` for the user `mmuser`, `rootpassword`, `app_pass`, `admin123`).
 */
const USER_SUFFIX = /^[-_.@]?(?:(?:password|passwd|pass|pwd|pw)(?:[-_.]?(?:123|1234|12345|123456))?|123|1234|12345|123456)!?$/i;

/**
 * Whether a password is a user name (`equal`) or that name with a password word or a counting run after it (`suffix`, see
 * USER_SUFFIX): a default credential however random it looks, `default-credentials`' finding wherever the two sit side by
 * side (`*_USER`/`*_PASSWORD` pairs, a URL's userinfo or its `?user=…&password=…`, a connection string), never `hardcoded-secret`'s.
 */
export function passwordFromUserName(password: string, user: string): 'equal' | 'suffix' | null {
  if (password === user) return 'equal';
  return user.length >= 3 && password.startsWith(user) && USER_SUFFIX.test(password.slice(user.length)) ? 'suffix' : null;
}

/**
 * Vendors' published default accounts, user to password (lower case): Oracle's `SYSTEM`/`MANAGER`, `SCOTT`/`TIGER`,
 * `SYS`/`CHANGE_ON_INSTALL` and `DBSNMP`/`DBSNMP`. A password that is a common word elsewhere (`manager`) is a default only beside
 * its user.
 */
const VENDOR_DEFAULT_PAIRS: ReadonlyMap<string, string> = new Map([['system', 'manager'], ['scott', 'tiger'], ['sys', 'change_on_install'], ['dbsnmp', 'dbsnmp']]);
/** Whether a user and password are a vendor's published default account (VENDOR_DEFAULT_PAIRS), ignoring case as Oracle's names do. */
export const isVendorDefaultPair = (user: string, password: string): boolean => VENDOR_DEFAULT_PAIRS.get(user.toLowerCase()) === password.toLowerCase();

/**
 * GitHub's documented password for a token written as a URL's user name (`https://<token>:x-oauth-basic@github.com/…`): a fixed
 * public word, the user name being the secret ({@link urlTokenUser}).
 */
const TOKEN_AS_USER_PASSWORD_RE = /^x-oauth-basic$/i;
/** Whether a URL's userinfo is a token as the user name and a fixed word as the password (`<token>:x-oauth-basic`). */
export const urlTokenUser = (password: string): boolean => TOKEN_AS_USER_PASSWORD_RE.test(password);

/**
 * Whether a URL's inline password looks real (not empty, a variable, a placeholder, a default or made from the user name).
 * Where the password is a fixed word and the user name the token ({@link urlTokenUser}), the user name is judged instead:
 * `https://${GH_TOKEN}:x-oauth-basic@github.com/…` embeds none.
 */
export function looksLikeUrlPassword(user: string, password: string): boolean {
  if (urlTokenUser(password)) return looksLikeUrlPassword('', user);
  let p = password;
  try { p = decodeURIComponent(password); } catch { /* keep raw */ }
  let u = user;
  try { u = decodeURIComponent(user); } catch { /* keep raw */ }
  if (p.length < 8 || passwordFromUserName(p, u) !== null || isVendorDefaultPair(u, p) || isReference(p) || /^[{$%<[]/.test(p)) return false;
  if (isExampleValue(p) || isDefaultCredential(p) || isDummyValue(p)) return false;
  // A secret word and a count (`key_1234`, dotenv-vault's documented `dotenv://:key_1234@dotenvx.com/vault/.env.vault`).
  if (/^(?:key|pass(?:word)?|pwd|secret|token)[_-]?\d{1,6}$/i.test(p)) return false;
  if (classes(p) < 2) return false;
  return shannonEntropy(p) >= 2.5;
}

/** URL with inline credentials (scheme, user, password, host). The user may be empty: `redis://:password@host` (Redis AUTH without ACL users). */
export const URL_CREDENTIALS_RE = /\b([a-z][a-z0-9+.-]{1,30}):\/\/([^\s:/?#@'"`<>]{0,100}):([^\s/?@'"`<>]{1,200})@([^\s/?#'"`<>:]{1,253})/gi;
/** A URL whose userinfo has a password holding `#` (see URL_CREDENTIALS_RE, whose password may hold one). */
const URL_HASH_PASSWORD_RE = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*:[^\s/?@]*#[^\s/?@]*@[^\s/?#@]/i;

/** A URL in a line: [1] its scheme, [2] its authority (userinfo, host, port), [3] the rest (path, query, fragment; JDBC's `;key=value` options). */
const URL_IN_LINE_RE = /\b([a-z][a-z0-9+.-]{1,30}):\/\/([^\s/?#;'"`<>]{0,500})([^\s'"`<>]{0,2000})/gi;
/** A query parameter (`?k=v`, `&k=v`) or a JDBC option (`;k=v`): [1] name, [2] raw value. */
const QUERY_PARAM_RE = /[?&;]([A-Za-z_][\w.-]{0,100})=([^&;#\s'"`<>]{1,1000})/g;

/** A URL of a line and its parameters (`?k=v`, `&k=v`, JDBC's `;k=v`): each one's name, raw value and where that value starts in the line. */
export interface UrlParams { scheme: string; host: string; params: { name: string; raw: string; index: number }[] }

/** The URLs of a line with their parameters (the scheme as written), for {@link secretQueryParams} and default-credentials' parameter passwords. */
export function urlParams(line: string): UrlParams[] {
  const out: UrlParams[] = [];
  for (const u of line.matchAll(URL_IN_LINE_RE)) {
    const authority = u[2]!;
    const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
    const restAt = u.index + u[0].length - u[3]!.length;
    const params = [...u[3]!.matchAll(QUERY_PARAM_RE)].map((q) => ({ name: q[1]!, raw: q[2]!, index: restAt + q.index + q[0].length - q[2]!.length }));
    out.push({ scheme: u[1]!, host, params });
  }
  return out;
}

/**
 * A secret-named parameter of a URL: its name, its value (percent-decoded), where the raw value starts in the line, the URL's
 * host and the user name the URL gives beside it (its `user`/`username`/`uid` parameter, percent-decoded).
 */
export interface SecretQueryParam { name: string; value: string; raw: string; index: number; host: string; user?: string }
/** The parameters that name a URL's user (PgJDBC, MySQL Connector/J, the SQL Server and DB2 drivers, MongoDB's and libpq's URIs). */
const USER_PARAM_RE = /^(?:user|username|user_name|uid)$/i;
const decodedOrRaw = (raw: string): string => { try { return decodeURIComponent(raw); } catch { return raw; } };

/**
 * The secret-named query parameters of the URLs in a line (`?password=…`, `&api_key=…`, `?access_token=…`, JDBC's
 * `;password=…`), by {@link isSecretName}: their values are judged as an assignment's would be.
 */
export function secretQueryParams(line: string): SecretQueryParam[] {
  const out: SecretQueryParam[] = [];
  for (const { host, params } of urlParams(line)) {
    const userParam = params.find((p) => USER_PARAM_RE.test(p.name))?.raw;
    const user = userParam === undefined ? undefined : decodedOrRaw(userParam);
    for (const { name, raw, index } of params) {
      if (!isSecretName(name)) continue;
      // A Firebase Storage download token is the capability `getDownloadURL()` hands out for `<img src>`: public by design.
      if (host === 'firebasestorage.googleapis.com' && name === 'token') continue;
      out.push({ name, value: decodedOrRaw(raw), raw, index, host, ...(user !== undefined && { user }) });
    }
  }
  return out;
}

/**
 * Hosts that mark a URL as local or documentation: loopback, and on purpose more than loopback: `0.0.0.0` and
 * `host.docker.internal` (a developer's own machine too), documentation and reserved names (`example.com`, `.test`).
 */
export function isLocalOrExampleHost(host: string): boolean {
  return isLoopback(host) || /^(?:0\.0\.0\.0|host\.docker\.internal)$/i.test(host) || /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i.test(host);
}

/** A literal that deploys when an environment variable is unset. */
export interface Fallback {
  /** The variable (`JWT_SECRET`, a Spring property `jwt.secret`). */
  name: string;
  /** The name the line assigns the result to (`secret` in `const secret = process.env.X || "…"`), or null. */
  key: string | null;
  value: string;
  /** 1-based columns of the literal's first character and of the expression (`${`, `os.getenv(`, `process.env`). */
  column: number;
  exprColumn: number;
  kind: 'substitution' | 'python' | 'js' | 'actions';
}

/**
 * `${VAR:-lit}`, `${VAR-lit}`, `${VAR:=lit}`, `${VAR=lit}` (shell, compose) and Spring's `${VAR:lit}`;
 * not `${VAR:?message}` nor `${VAR:+alternative}`. A literal holding `$`, braces or quotes is left alone; one holding
 * spaces inside is the default as written (`${SESSION_SECRET:-keyboard cat}`: compose and the shell keep them), one
 * starting or ending with white space is not read (the shell's `${TOKEN: -4}` is a substring).
 */
// Names may hold `-` (Spring's `${app.jwt-secret:…}`): the longest name that an operator follows wins,
// so `${DB_PASSWORD-x}` still reads as the shell's `-` default.
const SUBST_FALLBACK_RE = /\$\{([A-Za-z_][\w.-]{0,100})(?::-|:=|-|=|:(?![?+]))([^\s{}$'"`](?:[^\r\n{}$'"`]{0,998}[^\s{}$'"`])?)\}/g;
/**
 * `os.environ.get("X", "lit")`, `os.getenv("X", default="lit")`, `env.str("X", "lit")`, `os.environ.setdefault(…)`, `os.getenv("X") or "lit"`;
 * Ruby's `ENV.fetch("X") { "lit" }` (a block default) and `ENV["X"] || "lit"`.
 */
const PY_FALLBACK_RE = /\b(?:(?:os\.environ\.(?:get|setdefault)|os\.getenv|environ\.get|System\.get_env|ENV\.fetch|getenv|env(?:\.str)?)\(|ENV\[)\s*(['"])([\w.-]{1,100})\1\s*(?:,\s*(?:default\s*=\s*)?|\)\s*(?:or\s+|\|\|\s*|\{\s*)|\]\s*\|\|\s*)(['"])((?:(?!\3)[^\\\n]|\\.){0,1000})\3/g;
/**
 * python-decouple's `config("SECRET_KEY", default="lit")` / `config("DB_PASSWORD", "lit")` (`cast=…` before the default too):
 * Django's other common environment reader. Only a bare `config(` (not a method: `app.config(…)`) naming an
 * upper-case variable, so Laravel's `config('app.key', …)` (a dotted configuration key) is not read as one.
 */
const PY_DECOUPLE_FALLBACK_RE = /(?<![\w.$>:])config\(\s*(['"])([A-Z][A-Z0-9_]{0,99})\1\s*,\s*(?:cast\s*=\s*[\w.]+\s*,\s*)?(?:default\s*=\s*)?(['"])((?:(?!\3)[^\\\n]|\\.){0,1000})\3/g;
/** `process.env.X || "lit"`, `process.env["X"] ?? 'lit'`, `import.meta.env.X || "lit"`. */
const JS_FALLBACK_RE = /\b(?:process|import\.meta)\.env(?:\.(\w+)|\[\s*(['"`])(\w+)\2\s*\])\s*(?:\|\||\?\?)\s*(['"`])((?:(?!\4)[^\\\n]|\\.){0,1000})\4/g;
/**
 * NestJS `@nestjs/config`'s `configService.get('X', 'lit')` (also `get<string>(…)`, `getOrThrow(…)`, `this.config.get(…)`):
 * the default it returns whenever the variable is unset, as `process.env.X ?? 'lit'`. Any receiver matches here; only one
 * {@link isNestConfigReceiver} takes is read. Group 1 is `this.`, group 2 the receiver, group 4 the key, group 6 the literal.
 */
export const NEST_CONFIG_FALLBACK_RE = /(?<![\w$])(this\.)?([A-Za-z_$][\w$]*)\.(?:get|getOrThrow)\s*(?:<[^<>()\n]{0,100}>)?\(\s*(['"`])([A-Za-z_][\w.]{0,99})\3\s*,\s*(['"`])((?:(?!\5)[^\\\n]|\\.){0,1000})\5\s*[,)]/g;
const NO_NAMES: ReadonlySet<string> = new Set();
/**
 * A receiver of `.get(key, default)` that is NestJS's `ConfigService`: one named for the service (`configService`,
 * `this.configService`, `appConfigService`), a class's `this.config` (how NestJS injects it), or a name the file gives a
 * ConfigService ({@link nestConfigReceivers}: `(config: ConfigService) =>`, `private readonly cfg: ConfigService`).
 * node-config's module-level `config.get(key)` takes no default: a bare `config` is none unless the file types it so.
 */
export function isNestConfigReceiver(name: string, viaThis: boolean, nest: ReadonlySet<string> = NO_NAMES): boolean {
  return /[cC]onfig[sS]ervice$/.test(name) || (viaThis && name === 'config') || nest.has(name);
}
/** A name typed `ConfigService`: a parameter (`(config: ConfigService)`, `cfg?: ConfigService<Env, true>`), a property, a variable. */
const NEST_TYPED_RE = /(?:^|[(,]|\b(?:private|public|protected|readonly|const|let|var))\s*(?:@\w+\([^()\n]{0,200}\)\s*)?([A-Za-z_$][\w$]*)\s*\??\s*:\s*ConfigService\b/gm;
/** A variable set to the ConfigService the container resolves: `const config = app.get(ConfigService)`, `await moduleRef.resolve(ConfigService)`. */
const NEST_RESOLVED_RE = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?[\w$.]+\.(?:get|resolve)\s*(?:<[^()\n]{0,100}?>)?\(\s*ConfigService\s*[,)]/g;
/** A provider's `inject: [ConfigService, …]` list (group 1: its entries). */
const NEST_INJECT_RE = /\binject\s*:\s*\[([^[\]]{0,500})\]/g;
/** A provider's factory and its parameters (group 1, or group 2 for one without parentheses): `useFactory: async (config, http) =>`, `useFactory(config) {`. */
const NEST_FACTORY_RE = /\buseFactory\s*(?::\s*(?:async\s*)?(?:function\s*)?)?(?:\(([^()]{0,500})\)|([A-Za-z_$][\w$]*)\s*=>)/g;
/**
 * The names a file gives NestJS's `ConfigService` (for {@link isNestConfigReceiver}): a receiver typed `ConfigService` in the file
 * (a factory parameter `(config: ConfigService) =>`, a constructor's `private readonly cfg: ConfigService`, a property, a
 * variable), a variable set to `app.get(ConfigService)`, and, in a file importing from `@nestjs/config`, a `useFactory`'s
 * parameter at the position of `ConfigService` in the provider's `inject` list (`inject: [ConfigService], useFactory: (config) =>`;
 * the list nearest the factory, within 1,500 characters).
 */
export function nestConfigReceivers(text: string): ReadonlySet<string> {
  if (!text.includes('ConfigService')) return NO_NAMES;
  const out = new Set<string>();
  for (const m of text.matchAll(NEST_TYPED_RE)) out.add(m[1]!);
  for (const m of text.matchAll(NEST_RESOLVED_RE)) out.add(m[1]!);
  if (/(['"])@nestjs\/config\1/.test(text)) {
    const injects: { at: number; index: number }[] = [];
    for (const m of text.matchAll(NEST_INJECT_RE)) {
      const index = m[1]!.split(',').findIndex((e) => e.trim() === 'ConfigService');
      if (index !== -1) injects.push({ at: m.index, index });
    }
    for (const m of injects.length ? text.matchAll(NEST_FACTORY_RE) : []) {
      let near: { at: number; index: number } | null = null;
      for (const i of injects) if (Math.abs(i.at - m.index) <= 1500 && (!near || Math.abs(i.at - m.index) < Math.abs(near.at - m.index))) near = i;
      if (!near) continue;
      const params = m[1] !== undefined ? m[1].split(',') : [m[2]!];
      // An untyped parameter (a typed one is NEST_TYPED_RE's: typed otherwise, it is not the service).
      const p = /^\s*([A-Za-z_$][\w$]*)\s*(?:=[\s\S]*)?$/.exec(params[near.index] ?? '');
      if (p) out.add(p[1]!);
    }
  }
  return out;
}
/**
 * A GitHub Actions (also Gitea/Forgejo) expression falling back to a literal: `${{ secrets.SENTRY_AUTH_TOKEN || '…' }}`,
 * `${{ vars.X || secrets.X || '…' }}`, `${{ inputs.token || '…' }}`: the literal is what runs whenever the secret is unset
 * (a fork's pull request, a repository without it). Expression strings are single-quoted (`''` is a quote). Group 1 or 2:
 * the first name read; group 3: the literal.
 */
const ACTIONS_CONTEXT = String.raw`(?:secrets|vars|env|inputs|github\.event\.inputs)(?:\.([A-Za-z_][\w-]{0,100})|\[\s*'([A-Za-z_][\w-]{0,100})'\s*\])`;
const ACTIONS_FALLBACK_RE = new RegExp(String.raw`\$\{\{\s*${ACTIONS_CONTEXT}\s*\|\|\s*(?:(?:secrets|vars|env|inputs|github\.event\.inputs)(?:\.[A-Za-z_][\w-]{0,100}|\[\s*'[A-Za-z_][\w-]{0,100}'\s*\])\s*\|\|\s*){0,4}'((?:[^'\n]|''){0,1000})'`, 'g');
/** The name assigned just before an expression: `KEY: `, `KEY=`, `"key": "`, `const key = `. */
const KEY_BEFORE_RE = /([A-Za-z_$][\w.$-]{0,100})["'`]?\]?\s*(?::=|=>|=|:)\s*["'`]?$/;

/**
 * Literal fallbacks of environment reads on one line, in order. `kinds`: which forms to look for; `nest`: the names the
 * file gives NestJS's ConfigService ({@link nestConfigReceivers}), whose `.get(key, default)` reads as a fallback too.
 */
export function literalFallbacks(line: string, kinds: readonly Fallback['kind'][] = ['substitution', 'python', 'js'], nest: ReadonlySet<string> = NO_NAMES): Fallback[] {
  const out: Fallback[] = [];
  const keyBefore = (at: number) => KEY_BEFORE_RE.exec(line.slice(Math.max(0, at - 200), at).trimEnd())?.[1] ?? null;
  if (kinds.includes('substitution') && line.includes('${')) {
    for (const m of line.matchAll(SUBST_FALLBACK_RE)) {
      const value = m[2]!;
      out.push({ name: m[1]!, key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'substitution' });
    }
  }
  if (kinds.includes('python') && (line.includes('env') || line.includes('ENV'))) {
    for (const m of line.matchAll(PY_FALLBACK_RE)) {
      const value = m[4]!;
      out.push({ name: m[2]!, key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'python' });
    }
  }
  if (kinds.includes('python') && line.includes('config(')) {
    for (const m of line.matchAll(PY_DECOUPLE_FALLBACK_RE)) {
      const value = m[4]!;
      out.push({ name: m[2]!, key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'python' });
    }
  }
  if (kinds.includes('js') && line.includes('.env')) {
    for (const m of line.matchAll(JS_FALLBACK_RE)) {
      const value = m[5]!;
      out.push({ name: m[1] ?? m[3]!, key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'js' });
    }
  }
  if (kinds.includes('js') && (line.includes('onfig') || (nest.size > 0 && line.includes('.get')))) {
    for (const m of line.matchAll(NEST_CONFIG_FALLBACK_RE)) {
      if (!isNestConfigReceiver(m[2]!, m[1] !== undefined, nest)) continue;
      const value = m[6]!;
      // (The literal ends at its closing quote, before the `,`/`)` that ends the match.)
      const close = m.index + m[0].search(/\s*[,)]$/) - 1;
      out.push({ name: m[4]!, key: keyBefore(m.index), value, column: close - value.length + 1, exprColumn: m.index + 1, kind: 'js' });
    }
  }
  if (kinds.includes('actions') && line.includes('${{')) {
    for (const m of line.matchAll(ACTIONS_FALLBACK_RE)) {
      const raw = m[3]!;
      out.push({ name: m[1] ?? m[2]!, key: keyBefore(m.index), value: raw.replace(/''/g, "'"), column: m.index + m[0].length - raw.length, exprColumn: m.index + 1, kind: 'actions' });
    }
  }
  return out.sort((a, b) => a.exprColumn - b.exprColumn);
}

/**
 * An environment read whose literal fallback is on the next line (the layout `phx.new` writes in `config/runtime.exs`:
 * `System.get_env("SECRET_KEY_BASE") ||` then the literal; Python `os.environ.get(` with its arguments below, as Black
 * wraps a long call; JS `process.env.JWT_SECRET ||`): the line and the next (or the next two, for a call's arguments) read as one.
 */
const SPLIT_READ_RE = /(?:get_env|getenv|environ|process\.env|ENV\.fetch|\benv)\b[^\n]*?(?:\|\||\?\?|\bor|[(,])[ \t]*\r?\n/g;
/**
 * `get_env|getenv|environ|process\.env|ENV\.fetch|\benv\(`, each alternative starting at its `v`/`V`
 * (a search stops at every `e` of the text for the plain alternation: 3.5× slower over the monorepo).
 */
export const ENV_READ_RE = /v(?:(?<=get_env|getenv|process\.env)|(?<=env)iron|(?<=\benv)\()|V(?<=ENV)\.fetch/;

/** A literal fallback of an environment read that spans lines, at its literal (`line`, `column`); `readLine`: the line the read starts on. */
export interface SplitFallback {
  /** The fallback as read from the joined lines (its `column`/`exprColumn` count in that joined text, not in the file). */
  fallback: Fallback;
  line: number;
  column: number;
  readLine: number;
}

/**
 * The literal fallbacks of environment reads whose literal is on a later line than the read (`os.environ.get(\n    "X", "…"\n)`,
 * environs' `env("X",\n    "…")`, `env(\n    "X",\n    default="…",\n)`, `process.env.X ||\n  "…"`), in order, each once. A fallback
 * on the read's own line is {@link literalFallbacks}' (the line scans of both secret checks find it): it is not repeated here.
 * The one reading of split calls that `hardcoded-secret` (random literals) and `default-credentials` (weak ones) share.
 */
export function splitLiteralFallbacks(text: string, kinds: readonly Fallback['kind'][] = ['python', 'js']): SplitFallback[] {
  const out: SplitFallback[] = [];
  if (!ENV_READ_RE.test(text)) return out;
  const seen = new Set<number>();
  for (const m of text.matchAll(SPLIT_READ_RE)) {
    const start = text.lastIndexOf('\n', m.index - 1) + 1;
    const ends: number[] = [m.index + m[0].length];
    for (let k = 0; k < 2; k++) { const e = text.indexOf('\n', ends[ends.length - 1]!); ends.push(e === -1 ? text.length : e + 1); if (e === -1) break; }
    // The lines joined by single spaces (later lines without their indentation); offsets map back through the pieces.
    const bounds = [start, ...ends];
    const pieces: { from: number; joinedAt: number }[] = [];
    let joined = '';
    for (let i = 0; i + 1 < bounds.length; i++) {
      const raw = text.slice(bounds[i]!, bounds[i + 1]!).replace(/\r?\n$/, '');
      const body = i === 0 ? raw : raw.trimStart();
      if (i > 0) joined += ' ';
      pieces.push({ from: bounds[i]! + (raw.length - body.length), joinedAt: joined.length });
      joined += body;
    }
    let readLine = 0;
    const pieceAt = (idx: number) => { let piece = 0; for (let i = 1; i < pieces.length; i++) if (pieces[i]!.joinedAt <= idx) piece = i; return piece; };
    for (const f of literalFallbacks(joined, kinds)) {
      const idx = f.column - 1;
      const piece = pieceAt(idx);
      // The read and its literal on one line (also a later one: `"USER": os.environ.get("U", "u"),` ends with the `,` that
      // joins the next line): the line scan's.
      if (piece === pieceAt(f.exprColumn - 1)) continue;
      const offset = pieces[piece]!.from + (idx - pieces[piece]!.joinedAt);
      // A read that continues over two matched lines (`process.env.A ||\n process.env.B ||\n "…"`) is joined twice.
      if (seen.has(offset)) continue;
      seen.add(offset);
      readLine ||= lineColumnAt(text, start).line;
      out.push({ fallback: f, ...lineColumnAt(text, offset), readLine });
    }
  }
  return out;
}

/**
 * Last words of a key (a Kubernetes Secret's, a compose secret's name) that name where, who or what kind rather than the secret (`username`, `DB_HOST`,
 * `DB_PORT`, `SPRING_DATASOURCE_USERNAME`, an OIDC client's `issuer` and `audience`, a bootstrap token's `token-id`, `expiration` and `auth-extra-groups`,
 * a service binding's `type`/`provider`): a Secret holds them beside the password. Judged by the key's name tokens
 * whatever its case or separators; a key with a secret word ({@link isSecretName}: `token-secret`, `DB_PASSWORD`)
 * or ending in `key` (`STRIPE_KEY`, `DB_KEY`) is never one of them.
 */
export const NOT_SECRET_KEY_WORDS = new Set([
  'user', 'users', 'username', 'usernames', 'login', 'email', 'mail', 'host', 'hosts', 'hostname', 'port', 'database', 'db', 'dbname',
  'schema', 'namespace', 'region', 'zone', 'endpoint', 'sslmode', 'driver', 'dialect', 'type', 'kind', 'provider', 'id', 'ids', 'name',
  'expiration', 'expiry', 'expires', 'group', 'groups', 'project', 'tenant', 'bucket', 'cluster', 'version',
  // Who issues a token, whom it is for and what it grants: an OIDC client's `issuer`, `audience`, `scope`, `realm`, `domain`.
  'issuer', 'audience', 'audiences', 'scope', 'scopes', 'realm', 'domain',
]);
/**
 * One-word connection keys with the service glued before the word: libpq's `PGHOST`, `PGHOSTADDR`, `PGPORT`, `PGUSER`,
 * `PGDATABASE`, `PGSSLMODE`, `PGAPPNAME`, `PGOPTIONS` (every one but `PGPASSWORD`, a secret name), and Railway's `MYSQLHOST`,
 * `MYSQLUSER`, `MYSQLDATABASE`, `REDISHOST`, `REDISPORT`, `REDISUSER`: where and who, as `DB_HOST` and `DB_USER` are.
 */
const GLUED_WHERE_OR_WHO_RE = /^(?:pg|postgres|postgresql|mysql|mariadb|redis|mongo|mongodb|mssql|rabbitmq|amqp|clickhouse)(?:host|hostaddr|hostname|port|user|username|database|dbname|sslmode|appname|options|schema)$/;
/** Whether a key's last word ({@link keyWords}) names where, who or what kind rather than the secret ({@link NOT_SECRET_KEY_WORDS}, `PGHOST`). */
export function namesWhereOrWho(last: string): boolean {
  return NOT_SECRET_KEY_WORDS.has(last) || GLUED_WHERE_OR_WHO_RE.test(last);
}
/**
 * Test-runner configuration and setup files: Jest's and Vitest's `jest.setup.js`, `jest.config.ts`, `vitest.config.ts`
 * (its `test.env`), `vitest.setup.ts`, Create React App's `src/setupTests.ts`, `test-setup.ts`, Cypress's `cypress.config.ts`
 * (its `env`) and `cypress.json`, Playwright's `playwright.config.ts` (`httpCredentials` of the local test server), Karma,
 * WebdriverIO and Nightwatch configs, `.mocharc.*`, pytest's `pytest.ini` (pytest-env's `env =`), tox's `tox.ini`
 * (`[testenv] setenv`), nox's `noxfile.py` (its sessions' `session.run(…, env={…})`), PHPUnit's `phpunit.xml(.dist)`. They configure test runs only: their values are illustrations, as a
 * test file's. (A CI workflow is not one: its jobs can reach real services and deploy.)
 */
const TEST_RUNNER_CONFIG_RE = /^(?:(?:(?:jest|vitest)[._-](?:setup|config|workspace|globals?)(?:[._-][\w-]+)?|vitest\.workspace|setup[-_.]?tests?|tests?[-_.]?setup|cypress\.config|playwright(?:[._-][\w-]+)?\.config|karma\.conf|wdio(?:\.[\w-]+)?\.conf|nightwatch(?:\.conf|\.config)|\.mocharc)\.[cm]?[jt]sx?|pytest\.ini|tox\.ini|noxfile\.py|cypress\.(?:json|env\.json)|\.mocharc\.(?:ya?ml|json|jsonc)|phpunit\.xml(?:\.dist)?)$/i;
/** Whether a file configures or sets up test runs (see TEST_RUNNER_CONFIG_RE). */
// Tested on the base name, anchored: asked of every file, it fails at the first character for almost all of them.
export const isTestRunnerConfig = (file: string): boolean => TEST_RUNNER_CONFIG_RE.test(file.slice(file.lastIndexOf('/') + 1));
/** Keys holding a URL or DSN (`DATABASE_URL`, `SENTRY_DSN`): a secret only when the URL embeds a password. */
export const URL_KEY_WORDS = new Set(['url', 'uri', 'urls', 'dsn']);

/** Decodes base64 (Kubernetes `data:`); null when the text is not valid base64. */
export function decodeBase64(s: string): string | null {
  const t = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 === 1) return null;
  return Buffer.from(t, 'base64').toString('utf8');
}

/**
 * The lines of `text` that contain at least one of `needles` (case-sensitive), with 1-based
 * numbers, in order, each once. One regex pass over the text (an alternation of the needles,
 * resuming at the next line after a hit): far cheaper than splitting every file into lines, and
 * half the cost of one indexOf pass per needle (measured on 20,000 Python files, 135 → 64 ms).
 */
export function linesContaining(text: string, needles: readonly string[]): { line: string; lineNo: number; start: number }[] {
  const re = needleRegex(needles);
  const out: { line: string; lineNo: number; start: number }[] = [];
  if (re === null) return out;
  let lineNo = 1;
  let counted = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = text.lastIndexOf('\n', m.index - 1) + 1;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) lineNo++;
    counted = start;
    const end = text.indexOf('\n', m.index);
    out.push({ line: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, ''), lineNo, start });
    if (end === -1) break;
    re.lastIndex = end + 1;
  }
  return out;
}

const needleRegexes = new WeakMap<readonly string[], RegExp | null>();
/** The alternation of `needles` (made once per needle list; null for no non-empty needle). */
function needleRegex(needles: readonly string[]): RegExp | null {
  let re = needleRegexes.get(needles);
  if (re === undefined) {
    // Each needle starts at its rarest character: the search skips the common ones.
    const source = anchoredAlternation(needles);
    re = source ? new RegExp(source, 'g') : null;
    needleRegexes.set(needles, re);
  }
  return re;
}

/**
 * Offsets where Python triple-quoted strings open and close, in order. A heuristic (a triple quote
 * inside a comment or a one-line string counts too), enough to tell docstrings from code.
 */
export function tripleQuoteBounds(text: string): number[] {
  const bounds: number[] = [];
  const re = /"""|'''/g;
  let open: string | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (open === null) { open = m[0]; bounds.push(m.index); } else if (open === m[0]) { open = null; bounds.push(m.index); }
  }
  return bounds;
}

/** Whether `offset` lies inside a triple-quoted string: an odd number of bounds precede it. */
export function insideBounds(bounds: number[], offset: number): boolean {
  let n = 0;
  while (n < bounds.length && bounds[n]! < offset) n++;
  return n % 2 === 1;
}

const TF_VARIABLE_RE = /^[ \t]*variable[ \t]+"([^"\n]{1,100})"[ \t]*\{/gm;
const TF_DEFAULT_RE = /(?:^|\{)[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\n]|\\.){1,4096})"/m;

/** The literal string defaults of a Terraform file's secret-named variables (`variable "db_password" { default = "…" }`), at the value. */
export function terraformVariableDefaults(text: string): { name: string; value: string; line: number; column: number }[] {
  const out: { name: string; value: string; line: number; column: number }[] = [];
  if (!text.includes('variable')) return out;
  TF_VARIABLE_RE.lastIndex = 0;
  let line = 1;
  let counted = 0;
  for (let m: RegExpExecArray | null, guard = 0; (m = TF_VARIABLE_RE.exec(text)) !== null && guard < 10_000; guard++) {
    const name = m[1]!;
    if (!isSecretName(name)) continue;
    const open = m.index + m[0].length;
    const d = TF_DEFAULT_RE.exec(text.slice(open, hclBlockEnd(text, open)));
    if (!d) continue;
    const at = open + d.index + d[0].length - d[1]!.length - 1;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) { line++; counted = i + 1; }
    out.push({ name, value: d[1]!, line, column: at - (text.lastIndexOf('\n', at - 1) + 1) + 1 });
  }
  return out;
}

/** Where the HCL block whose body starts at `from` closes (its `}`), quoted strings and comments skipped; at most 8,000 characters on. */
function hclBlockEnd(text: string, from: number): number {
  let depth = 1;
  const end = Math.min(text.length, from + 8000);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) { for (i++; i < end && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 10; i++) if (text.charCodeAt(i) === 92) i++; }
    else if (c === 35 /* # */ || (c === 47 && text.charCodeAt(i + 1) === 47)) { const nl = text.indexOf('\n', i); i = nl === -1 ? end : nl; }
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return end;
}

/** The password of a connection string, where it starts in the value, and (libpq, MySQL DSN) the user and host it gives. */
export interface ConnPassword {
  password: string;
  index: number;
  /**
   * `semicolon`: ADO.NET/ODBC/JDBC `Key=value;`; `redis`: StackExchange.Redis; `libpq`: `key=value` pairs; `mysql-dsn`:
   * go-sql-driver's DSN; `oracle`: Oracle's `user/password@connect_identifier`.
   */
  kind: 'semicolon' | 'redis' | 'libpq' | 'mysql-dsn' | 'oracle';
  user?: string;
  /**
   * The MySQL DSN's host (`tcp(host:port)`, its port dropped); null for a socket (`unix(/path)`), which is no host name. An
   * Oracle connect string's host (EZConnect's, a descriptor's `HOST=`); null for a net service name (`@prod`, `@ORCL`).
   */
  host?: string | null;
}

/**
 * The password of a connection string: ADO.NET/ODBC/JDBC-style `Server=db;User Id=sa;Password=…;`
 * (`Pwd=` too), StackExchange.Redis `host:6380,password=…,ssl=True`, a libpq keyword/value string
 * (`host=db user=app password=… dbname=app`, a value in single quotes: `password='a b'`; {@link libpqPasswords}) and a
 * go-sql-driver MySQL DSN (`user:…@tcp(host:3306)/db?parseTime=true`, `@unix(/path)/db`; {@link mysqlDsnPasswords}),
 * the whole value being one; null for anything else. `index` is where the password starts in `value`.
 */
export function connectionStringPassword(value: string): ConnPassword | null {
  const lead = value.length - value.trimStart().length;
  const whole = value.trim();
  if (!whole) return null;
  // libpq first when no `;` separates options: `password=… host=db` is one pair among others, not `Password=` up to a `;`.
  const pq = whole.includes(';') ? undefined : libpqPasswords(whole).find((c) => c.start === 0 && c.end === whole.length);
  if (pq) return { password: pq.password, index: lead + pq.index, kind: 'libpq', ...(pq.user !== undefined ? { user: pq.user } : {}) };
  // Redis: `host[:port],option=value,…` — commas separate its options.
  const redis = !value.includes(';') && REDIS_CONN_RE.test(value);
  const m = (redis ? COMMA_PASSWORD_RE : SEMI_PASSWORD_RE).exec(value);
  if (m && (redis || value.includes(';') || CONN_KEYS_RE.test(value))) {
    const raw = m[2]!.trim();
    const password = raw.replace(/^(['"])(.*)\1$/, '$2');
    // ADO.NET's, ODP.NET's and ODBC's user (`User Id=system;Password=…`), which the password is compared with (a URL's
    // `;user=…;password=…` options are the URL reader's: weakUrlPassword).
    const user = redis || value.includes('://') ? undefined : SEMI_USER_RE.exec(value)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
    return password ? { password, index: m.index + m[0].indexOf(m[2]!) + raw.indexOf(password), kind: redis ? 'redis' : 'semicolon', ...(user ? { user } : {}) } : null;
  }
  const dsn = mysqlDsnPasswords(whole).find((c) => c.start === 0 && c.end === whole.length);
  if (dsn) return { password: dsn.password, index: lead + dsn.index, kind: 'mysql-dsn', user: dsn.user, host: dsn.host };
  const oracle = oracleConnectPasswords(whole).find((c) => c.start === 0 && c.end === whole.length);
  if (oracle) return { password: oracle.password, index: lead + oracle.index, kind: 'oracle', user: oracle.user, host: oracle.host };
  return null;
}
const REDIS_CONN_RE = /^[\w.-]+(?::\d{1,5})?,(?:[\w.-]+(?::\d{1,5})?,)*\w+=/;
const SEMI_PASSWORD_RE = /(?:^|;)\s*(password|pwd)\s*=\s*([^;]{1,500})/i;
const SEMI_USER_RE = /(?:^|;)\s*(?:user\s*id|uid|user(?:name)?)\s*=\s*([^;]{1,200})/i;
const COMMA_PASSWORD_RE = /(?:^|,)\s*(password)\s*=\s*([^,]{1,500})/i;
const CONN_KEYS_RE = /\b(?:server|data source|host|database|user id|uid|initial catalog)\s*=/i;

/** A connection string's password found in a line or value: `start`/`end` bound the connection string, `index` the password (unquoted). */
export interface ConnInLine { password: string; index: number; start: number; end: number; user?: string; host?: string | null }

/**
 * A `keyword=value` pair of a libpq connection string (lower-case keywords, as libpq reads them; spaces around `=` allowed;
 * a value in single quotes with `\'` and `\\` escapes, or a run of non-space characters). It starts the text or follows
 * white space, a quote, `=` or `(` (`PG_CONN=host=…`, `"host=…`, `connect("host=…`).
 */
const LIBPQ_PAIR_RE = /(?<![^\s"'`=(])([a-z][a-z_]{1,40})[ \t]*=[ \t]*('(?:[^'\\\n]|\\.){0,500}'|[^\s'"`]{0,500})/g;
/** Keywords that make a run of pairs a libpq connection string beside its `password` (libpq's own; `user=` and `password=` alone count too). */
const LIBPQ_KEYWORDS = new Set(['host', 'hostaddr', 'port', 'dbname', 'user', 'sslmode', 'service', 'connect_timeout', 'application_name', 'target_session_attrs', 'sslrootcert', 'options', 'gssencmode', 'channel_binding']);

/**
 * The passwords of libpq keyword/value connection strings in a line (`host=db user=app password=… dbname=app sslmode=require`,
 * as `lib/pq`, pgx, psycopg and `psql` take them): runs of `keyword=value` pairs separated only by white space, holding
 * `password` and at least one other libpq keyword (`host`, `user`, `dbname`, `port`, `sslmode`…). The password unquoted
 * (`password='a b'` is `a b`); an empty one (`password=''`, `password=` at the end) is none. Each run's bounds and user.
 */
export function libpqPasswords(line: string): ConnInLine[] {
  const out: ConnInLine[] = [];
  if (!line.includes('password')) return out;
  let run: { start: number; end: number; keys: Set<string>; password?: { raw: string; at: number }; user?: string } | null = null;
  const flush = () => {
    if (run?.password && [...run.keys].some((k) => k !== 'password' && LIBPQ_KEYWORDS.has(k))) {
      const { raw, at } = run.password;
      const quoted = raw.startsWith("'") && raw.length >= 2 && raw.endsWith("'");
      const password = quoted ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
      if (password) out.push({ password, index: at + (quoted ? 1 : 0), start: run.start, end: run.end, ...(run.user !== undefined ? { user: run.user } : {}) });
    }
    run = null;
  };
  LIBPQ_PAIR_RE.lastIndex = 0;
  for (const m of line.matchAll(LIBPQ_PAIR_RE)) {
    // A pair continues the run when only white space lies between them (none after an empty value, whose match took it).
    if (run && !/^[ \t]*$/.test(line.slice(run.end, m.index))) flush();
    run ??= { start: m.index, end: m.index, keys: new Set() };
    const [key, raw] = [m[1]!, m[2]!];
    run.end = m.index + m[0].length;
    run.keys.add(key);
    if (key === 'password' && !run.password) run.password = { raw, at: m.index + m[0].length - raw.length };
    if (key === 'user') run.user = raw.replace(/^'(.*)'$/, '$1');
  }
  flush();
  return out;
}

/**
 * A go-sql-driver MySQL DSN with a password: `user:password@protocol(address)/dbname?params` (`api:…@tcp(db:3306)/api`,
 * `@unix(/cloudsql/…)/db`, a dialer registered by name, `@cloudsql(project:region:instance)/db`). The user may be empty;
 * the password is what lies between the first `:` and the `@` before the protocol (the driver reads it so too).
 */
const MYSQL_DSN_RE = /(?<![\w.:@%$/\\-])([\w.-]{0,100}):(?!\/\/)([^\s'"`<>]{1,200}?)@([a-z][a-z0-9-]{1,20})\(([^()\s'"`]{0,300})\)\/([\w$.-]{0,100}(?:\?[^\s'"`<>]{0,1000})?)/g;

/** The passwords of go-sql-driver MySQL DSNs in a line ({@link MYSQL_DSN_RE}): each with its user, its host (null for a socket) and bounds. */
export function mysqlDsnPasswords(line: string): ConnInLine[] {
  const out: ConnInLine[] = [];
  if (!line.includes(')/')) return out;
  MYSQL_DSN_RE.lastIndex = 0;
  for (const m of line.matchAll(MYSQL_DSN_RE)) {
    const [user, password, protocol, address] = [m[1]!, m[2]!, m[3]!, m[4]!];
    // `tcp()` is the driver's default, 127.0.0.1:3306.
    const host = protocol === 'unix' || address.startsWith('/') ? null : address.replace(/:\d{1,5}$/, '').replace(/^\[(.*)\]$/, '$1') || 'localhost';
    out.push({ password, index: m.index + user.length + 1, start: m.index, end: m.index + m[0].length, user, host });
  }
  return out;
}

/**
 * An Oracle connect string with a password, `user/password@connect_identifier`, as SQL*Plus, the export tools and the JDBC
 * OCI and thin drivers take it (`jdbc:oracle:thin:scott/…@db:1521:ORCL`, `system/…@//db:1521/XE`). Groups: the JDBC
 * prefix, the user, the password (in double quotes, Oracle's quoted form, it may hold `/` and `@`), the connect identifier.
 * Not after a word, path or scope character, so `@scope/pkg@1.2.3`, `github.com/org/repo@v1` and `a/b/c@d` are none.
 */
const ORACLE_CONNECT_RE = /(?:(jdbc:oracle:(?:thin|oci8?|kprb):)|(?<![\w.@/:%$\\#<>{}-]))([A-Za-z][\w$#]{0,127})\/("[^"\n]{1,200}"|[^\s/@'"`<>]{1,200})@([^\s'"`<>,;]{1,400})/g;
/** EZConnect's `//host[:port][/service]` or `host:port[/service | :SID]` (a port, so `repo@v1`, `pkg@1.2.3`, `alice@example.com` are none). */
const ORACLE_EZCONNECT_RE = /^(?:\/\/(\[[\da-f:]+\]|[A-Za-z0-9][\w.-]{0,252})(?::\d{1,5})?(?:[/:][\w.$#/:-]{0,200})?|([A-Za-z0-9][\w.-]{0,252}):\d{1,5}(?:[/:][\w.$#/:-]{0,200})?)$/;
/** A connect descriptor (`(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1521))…)`) and its first host. */
const ORACLE_DESCRIPTOR_RE = /^\(DESCRIPTION(?:_LIST)?\s*=/i;
const ORACLE_DESCRIPTOR_HOST_RE = /\(\s*HOST\s*=\s*([^\s()]{1,253})\s*\)/i;

/**
 * The passwords of Oracle connect strings in a line or value ({@link ORACLE_CONNECT_RE}): each with its user, its host (null
 * for a net service name) and bounds. The connect identifier after a JDBC prefix may be anything the driver takes (a net
 * service name too); without one it must be EZConnect with `//` or a port, or a descriptor: a bare `user/word@name` is as
 * often a path, an e-mail address in one (`users/alice@example.com`), a package or an action (`actions/checkout@v4`).
 * A password in double quotes is given unquoted, `index` past its quote.
 */
export function oracleConnectPasswords(line: string): ConnInLine[] {
  const out: ConnInLine[] = [];
  if (!line.includes('@') || !line.includes('/')) return out;
  ORACLE_CONNECT_RE.lastIndex = 0;
  for (const m of line.matchAll(ORACLE_CONNECT_RE)) {
    const [jdbc, user, raw, id] = [m[1], m[2]!, m[3]!, m[4]!];
    let host: string | null;
    const ez = ORACLE_EZCONNECT_RE.exec(id);
    if (ez) host = (ez[1] ?? ez[2]!).replace(/^\[(.*)\]$/, '$1');
    else if (ORACLE_DESCRIPTOR_RE.test(id)) host = ORACLE_DESCRIPTOR_HOST_RE.exec(id)?.[1] ?? null;
    else if (jdbc && /^[A-Za-z][\w.$#-]{0,127}$/.test(id)) host = null;
    else continue;
    const quoted = raw.length >= 2 && raw.startsWith('"');
    const password = quoted ? raw.slice(1, -1) : raw;
    const index = m.index + (jdbc?.length ?? 0) + user.length + 1 + (quoted ? 1 : 0);
    out.push({ password, index, start: m.index, end: m.index + m[0].length, user, host });
  }
  return out;
}

/** A Helm template's literal fallback: `{{ .Values.x | default "lit" }}` or `{{ default "lit" .Values.x }}`. */
const HELM_DEFAULT = /\{\{-?[^}]*?(?:\|\s*default\s+(["'])([^"'{}]{1,200})\1|\bdefault\s+(["'])([^"'{}]{1,200})\3\s+[.$(])/;
const HELM_KEY = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z_][\w.-]*)["']?[ \t]*:/;

/**
 * The literal fallbacks of a Helm chart template, each with the key it sets (a `- name: X` / `value: …` pair
 * names X): what every install that sets no value runs with. hardcoded-secret judges the random-looking ones,
 * default-credentials the well-known defaults.
 */
export function helmFallbacks(text: string): { line: number; column: number; key: string; value: string }[] {
  const out: { line: number; column: number; key: string; value: string }[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    const m = HELM_DEFAULT.exec(l);
    if (!m) return;
    let key = HELM_KEY.exec(l)?.[1];
    if (key === 'value') key = /^[ \t]*-?[ \t]*name:[ \t]*["']?([A-Za-z_][\w.-]*)/.exec(lines[i - 1] ?? '')?.[1];
    const value = m[2] ?? m[4]!;
    if (key) out.push({ line: i + 1, column: l.indexOf(value) + 1, key, value });
  });
  return out;
}

/**
 * A database user created or altered with a literal password: PostgreSQL `CREATE USER app WITH [ENCRYPTED] PASSWORD '…'`,
 * `ALTER ROLE app PASSWORD '…'`, MySQL `CREATE USER 'app'@'%' IDENTIFIED [WITH plugin] BY '…'`, SQL Server
 * `CREATE LOGIN app WITH PASSWORD = '…'`. Groups: the user, the password. Every repetition bounded: a SQL dump of any size
 * is read in one linear pass.
 */
const SQL_USER_PASSWORD_RE = /\b(?:CREATE|ALTER)[ \t]+(?:USER|ROLE|LOGIN)[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?["'`\[]?([\w.$-]{1,64})["'`\]]?[^;']{0,300}?(?:'[^'\n]{0,100}'[^;']{0,100}?)?\b(?:PASSWORD[ \t]*=?|IDENTIFIED(?:[ \t]+WITH[ \t]+\w+)?[ \t]+BY)[ \t]*N?'((?:[^'\\\n]|''){0,200})'/gi;
/**
 * MySQL's and MariaDB's `SET PASSWORD [FOR 'app'@'%'] = '…'` (also `= PASSWORD('…')`, the pre-8.0 form). Groups: the user (none
 * for the session's own), the password.
 */
const SQL_SET_PASSWORD_RE = /\bSET[ \t]+PASSWORD(?:[ \t]+FOR[ \t]+["'`]?([\w.$-]{1,64})["'`]?(?:[ \t]*@[ \t]*["'`]?[^\s'"`=;]{0,100}["'`]?)?)?[ \t]*=[ \t]*(?:(?:PASSWORD|OLD_PASSWORD)[ \t]*\([ \t]*)?N?'((?:[^'\\\n]|''){0,200})'/gi;
/**
 * Oracle's `CREATE|ALTER USER app IDENTIFIED BY changeme` and `GRANT … TO app IDENTIFIED BY tiger`: the password an identifier,
 * unquoted (Oracle's usual form), or double-quoted (`IDENTIFIED BY "Ch@nge_me"`); MySQL's single-quoted string is
 * SQL_USER_PASSWORD_RE's. Groups: the user, the double-quoted password, the unquoted one. Not a password: `IDENTIFIED BY VALUES
 * '…'` (a stored hash), MySQL's `IDENTIFIED BY RANDOM PASSWORD`, a bind variable or substitution (`:pw`, `&pw`, `$PW`, `${PW}`:
 * no identifier), `IDENTIFIED EXTERNALLY|GLOBALLY` (no BY). The text between the user and `IDENTIFIED` crosses no other
 * `IDENTIFIED` nor the start of another statement, so `CREATE USER a IDENTIFIED EXTERNALLY` never lends its user to the next
 * statement's password. Every repetition bounded.
 */
const SQL_IDENTIFIED_BARE_RE = /\b(?:(?:CREATE|ALTER)[ \t]+USER[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?|GRANT[ \t][^;]{0,300}?\bTO[ \t]+)["`]?([\w.$#-]{1,64})["`]?(?:(?!\b(?:IDENTIFIED|CREATE|ALTER|GRANT)\b)[^;'"]){0,300}?\bIDENTIFIED[ \t]+BY[ \t]+(?:"(?![:&])([^"\n\\]{1,200})"|(?!(?:VALUES|RANDOM[ \t]+PASSWORD)\b)([A-Za-z][\w$#]{0,127})(?![\w$#]))/gi;
/**
 * Oracle's `CREATE [SHARED] [PUBLIC] DATABASE LINK name CONNECT TO user IDENTIFIED BY password USING '…'`: the remote user's
 * password, unquoted or double-quoted as SQL_IDENTIFIED_BARE_RE reads it (not `CONNECT TO CURRENT_USER`, which holds none; nor
 * `VALUES`, a bind variable or a substitution: no identifier). Groups: the link, the user, the double-quoted password, the
 * unquoted one. The text between the link's name and `CONNECT TO` crosses no statement's end. Every repetition bounded.
 */
const SQL_DATABASE_LINK_RE = /\bCREATE[ \t]+(?:SHARED[ \t]+)?(?:PUBLIC[ \t]+)?DATABASE[ \t]+LINK[ \t]+["`]?([\w.$#@-]{1,128})["`]?[^;'"]{0,300}?\bCONNECT[ \t]+TO[ \t]+["`]?([\w.$#-]{1,64})["`]?\s+IDENTIFIED\s+BY\s+(?:"(?![:&])([^"\n\\]{1,200})"|(?!VALUES\b)([A-Za-z][\w$#]{0,127})(?![\w$#]))/gi;
/** MySQL 5's `GRANT … TO 'app'@'%' IDENTIFIED BY '…'`, which creates the user with that password. Groups: the user, the password. */
const SQL_GRANT_IDENTIFIED_RE = /\bGRANT[ \t][^;]{0,300}?\bTO[ \t]+["'`]?([\w.$-]{1,64})["'`]?(?:[ \t]*@[ \t]*["'`]?[^\s'"`;]{0,100}["'`]?)?[ \t]+IDENTIFIED[ \t]+BY[ \t]+N?'((?:[^'\\\n]|''){0,200})'/gi;
/**
 * PostgreSQL's `CREATE|ALTER USER MAPPING [IF NOT EXISTS] FOR local_user SERVER server OPTIONS (user 'remote', password '…')`,
 * read from `MAPPING`: the local user and the server (the remote user is its `user` option, SQL_MAPPING_REMOTE_USER_RE).
 */
const SQL_USER_MAPPING_RE = /^MAPPING\s+(?:IF\s+NOT\s+EXISTS\s+)?FOR\s+"?([\w.$-]{1,64})"?\s+SERVER\s+"?([\w.$-]{1,64})"?/i;
const SQL_MAPPING_REMOTE_USER_RE = /[(,]\s*(?:(?:SET|ADD)\s+)?user\s+'([^'\n]{1,64})'/i;
/** Stored password verifiers: PostgreSQL's `md5` + 32 hex digits and `SCRAM-SHA-256$…`, MySQL's `*` + 40 hex digits (one-way, made to be stored). */
const SQL_PASSWORD_VERIFIER_RE = /^(?:md5[a-f0-9]{32}$|SCRAM-SHA-256\$|\*[0-9A-Fa-f]{40}$)/;
/** Whether a SQL password literal is a stored verifier, not a password (SQL_PASSWORD_VERIFIER_RE). */
export const isSqlPasswordVerifier = (value: string): boolean => SQL_PASSWORD_VERIFIER_RE.test(value);
/** A password statement of a SQL or shell script ({@link sqlPasswordStatements}). */
export interface SqlPasswordStatement {
  /** The user as written (`app`), null for the session's own (`SET PASSWORD = '…'`). */
  user: string | null;
  /** The user the password is compared with: the user, a mapping's remote user (else its local one). */
  login: string | null;
  /** The password literal as written between its quotes. */
  password: string;
  /** Offset of the password's first character. */
  index: number;
  /** Whom the message names: `the database user 'app'`, `the user mapping for 'app' on server 'remote' (remote user 'etl')`. */
  who: string;
  /** Inside a comment (`-- …`, `/* … *\/`, a shell's or MySQL's `#` line): runs nowhere. */
  commented: boolean;
}
/**
 * The literal passwords a SQL or shell script gives database users: `CREATE|ALTER USER|ROLE|LOGIN … PASSWORD '…'` (PostgreSQL, SQL
 * Server), `IDENTIFIED [WITH plugin] BY '…'` (MySQL, MariaDB), `SET PASSWORD [FOR user] = '…'`, `GRANT … TO user IDENTIFIED BY '…'`,
 * Oracle's unquoted or double-quoted `IDENTIFIED BY changeme` (SQL_IDENTIFIED_BARE_RE) and PostgreSQL's user mappings. A psql variable (`PASSWORD :'pw'`), dollar quoting (`PASSWORD $$…$$`) and `PASSWORD NULL` are
 * no quoted literal and not read; the caller judges the literal (a reference, a verifier, a default). In offset order.
 * `shell`: the text is a shell script (an init `.sh` running `psql -c "…"` or a heredoc), not a `.sql` file: its comments are `#`
 * lines and whole `--` lines (a heredoc's SQL), never a `--option` of the command line, and `/*` is a glob
 * (`/docker-entrypoint-initdb.d/*`), no block comment.
 */
export function sqlPasswordStatements(text: string, shell = false): SqlPasswordStatement[] {
  const out: SqlPasswordStatement[] = [];
  if (!/PASSWORD|IDENTIFIED/i.test(text)) return out;
  // Block comments' spans, found once (indexOf: linear, an unclosed `/*` runs to the end).
  const blocks: [number, number][] = [];
  for (let i = shell ? -1 : text.indexOf('/*'); i >= 0 && blocks.length < 100_000;) {
    const close = text.indexOf('*/', i + 2);
    blocks.push([i, close < 0 ? text.length : close + 2]);
    if (close < 0) break;
    i = text.indexOf('/*', close + 2);
  }
  const inBlock = (at: number): boolean => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = blocks[mid]!;
      if (at < from) hi = mid - 1; else if (at >= to) lo = mid + 1; else return true;
    }
    return false;
  };
  // The text before a statement on its line, at most 2,000 characters back (a search bounded so: a one-line dump of many
  // statements is read in linear time).
  const commented = (at: number): boolean => {
    const from = Math.max(0, at - 2000);
    const back = text.slice(from, at);
    const before = back.slice(back.lastIndexOf('\n') + 1);
    if (/^[ \t]*(?:#|--)/.test(before)) return true;
    return !shell && (/(?:^|[\s;(,])--/.test(before.replace(/'(?:[^'\n]|'')*'|"[^"\n]*"/g, "''")) || inBlock(at));
  };
  const push = (m: RegExpMatchArray, user: string | null, who: string, login: string | null = user) => {
    const password = m[2]!;
    const index = m.index! + m[0].length - password.length - 1;
    out.push({ user, login, password, index, who, commented: commented(m.index!) });
  };
  for (const m of text.matchAll(SQL_USER_PASSWORD_RE)) {
    const user = m[1]!;
    // `CREATE USER MAPPING FOR app SERVER s OPTIONS (user 'etl', password '…')`: a user mapping, not a user named MAPPING.
    const mapping = /^MAPPING$/i.test(user) ? SQL_USER_MAPPING_RE.exec(m[0].slice(m[0].search(/MAPPING/i))) : null;
    const remote = mapping ? SQL_MAPPING_REMOTE_USER_RE.exec(m[0])?.[1] : undefined;
    if (mapping) push(m, user, `the user mapping for '${mapping[1]}' on server '${mapping[2]}'${remote ? ` (remote user '${remote}')` : ''}`, remote ?? mapping[1]!);
    else push(m, user, `the database user '${user}'`);
  }
  if (/\bSET[ \t]+PASSWORD\b/i.test(text)) for (const m of text.matchAll(SQL_SET_PASSWORD_RE)) push(m, m[1] ?? null, m[1] ? `the database user '${m[1]}'` : 'the current database user (SET PASSWORD)');
  if (/\bIDENTIFIED\b/i.test(text) && /\bGRANT\b/i.test(text)) for (const m of text.matchAll(SQL_GRANT_IDENTIFIED_RE)) push(m, m[1]!, `the database user '${m[1]}'`);
  // Oracle's unquoted (or double-quoted) password: the offset from the match's end, less the closing `"` when quoted.
  if (/\bIDENTIFIED[ \t]+BY[ \t]+["A-Za-z]/i.test(text)) {
    for (const m of text.matchAll(SQL_IDENTIFIED_BARE_RE)) {
      const password = m[2] ?? m[3]!;
      const index = m.index + m[0].length - password.length - (m[2] !== undefined ? 1 : 0);
      out.push({ user: m[1]!, login: m[1]!, password, index, who: `the database user '${m[1]}'`, commented: commented(m.index) });
    }
  }
  // Oracle's database links: the remote user's password, compared with that user.
  if (/\bDATABASE[ \t]+LINK\b/i.test(text)) {
    for (const m of text.matchAll(SQL_DATABASE_LINK_RE)) {
      const password = m[3] ?? m[4]!;
      const index = m.index + m[0].length - password.length - (m[3] !== undefined ? 1 : 0);
      out.push({ user: m[2]!, login: m[2]!, password, index, who: `the database link '${m[1]}' (remote user '${m[2]}')`, commented: commented(m.index) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
