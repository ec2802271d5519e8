/**
 * Checklist phrases that a static check and a live probe both answer ("CORS does not allow any
 * origin" is read in the code by cors-wildcard and tried on the deployment by cors-policy). Each
 * side writes its own `note`; the patterns live here once so the two cannot drift apart.
 */
import type { PhraseRule } from '../checks/define.js';

/**
 * An item that grants the wildcard rather than forbids it ("CORS wildcard allowed for the public API",
 * "Allow any origin on /public/* via CORS"): a word of permission and no word of refusal anywhere. The
 * header name Access-Control-Allow-Origin is no permission (its "allow" follows "control-").
 */
/**
 * The same words in German, French, Spanish and Portuguese: refusals ("kein `*`", "pas de `*`", "sin `*`", "sem `*`",
 * "nicht erlaubt", "interdit") and permissions ("CORS `*` ist für die öffentliche API erlaubt", "CORS : `*` autorisé",
 * "CORS permite `*`", "`*` permitido (exceção)").
 */
const CORS_REFUSED_TRANSLATED = String.raw`kein(?:e|en|em|er|es)?|nicht|nie(?:mals)?|ohne|verboten|untersagt|blockiert|entfernt|eingeschränkt|beschränkt|pas|jamais|sans|aucune?|interdite?s?|refusée?s?|bloquée?s?|supprimée?s?|retirée?s?|restreinte?s?|limitée?s?|nunca|jamás|sin|ningún|ninguna|prohibid[oa]s?|bloquead[oa]s?|eliminad[oa]s?|quitad[oa]s?|restringid[oa]s?|limitad[oa]s?|não|nao|sem|nenhum(?:a)?|proibid[oa]s?|removid[oa]s?`;
const CORS_PERMITTED_TRANSLATED = String.raw`(?:erlaubt|zugelassen|freigegeben|gestattet|akzeptiert|gewollt|beabsichtigt|ausnahme|autorisée?s?|permise?s?|acceptée?s?|voulue?s?|permite|permiten|permitid[oa]s?|autorizad[oa]s?|aceptad[oa]s?|excepción|aceit[oa]s?|liberad[oa]s?|exceção|intencional)`;
const CORS_PERMITTED = new RegExp(String.raw`^(?!.*\b(?:no|not|never|nor|don't|doesn't|isn't|aren't|won't|without|avoid\w*|remov\w*|drop\w*|disabl\w*|disallow\w*|forbid\w*|prohibit\w*|bann(?:ed|ing)|bans?|block\w*|reject\w*|exclud\w*|replac\w*|den(?:y|ies|ied)|restrict\w*|limited to (?:the )?(?:known|trusted|specific|explicit|listed|our(?: own)?|production|prod)\b|${CORS_REFUSED_TRANSLATED})(?![\wà-ÿ])).*(?:\b(?<!access-control-)(?:allow(?:s|ed|ing)?|permit(?:s|ted)?|enabled?|ok|okay|fine|acceptable|only|required|intentional(?:ly)?|intended|expected|deliberate(?:ly)?|on purpose|kept|keep|retained|reviewed|accepted|approved|exception|waived|(?:is|are) set|use[ds]?|using|can (?:call|access|read))\b|\b${CORS_PERMITTED_TRANSLATED}(?![\wà-ÿ]))`);

/**
 * Words that make a "health checks" item more than that they are declared: what a health check does or whether
 * it passes, how often something runs, a script, a monitor's or an alert's checks, dependencies ("Health checks
 * pass in CI", "Uptime health checks configured", "Health checks verify database connectivity"). The Dockerfile's
 * HEALTHCHECK and the Kubernetes probes rules share it.
 */
export const HEALTH_CHECK_BEYOND_DECLARED = /\b(?:pass(?:es|ing)?|returns?|intervals?|script|\.sh|daily|regularly|weekly|monitor\w*|uptime|alert\w*|all services|ci|depend\w*|verif(?:y|ies|ied)|connectivity)\b/;

/**
 * A nearest heading or parent item about monitoring ("Monitoring", "Uptime", "Observability", "Alerting", French
 * "Surveillance"/"Supervision", German "Überwachung", Spanish "Monitoreo"): its health checks are an uptime
 * monitor's, not a Dockerfile HEALTHCHECK nor a Kubernetes probe.
 */
export const MONITORING = /\b(?:monitor\w*|uptime|observability|alert(?:s|ing)?|surveillance|supervision|überwachung|ueberwachung|monitoreo|monitorización|monitorizacion)\b/;

/**
 * A word that refuses the wildcard in its clause: "no", "never", "not", "without", "remove", "forbidden", "fail the build
 * on", "kein", "pas", "sin", "sem", "non", "geen"… Not a word that scopes ("restricted to", "limited to", "only": "CORS
 * wildcard restricted to the public API" grants it), nor one that refuses something else beside a granted wildcard: credentials,
 * cookies, authentication or private data within two words ("CORS `*` without credentials for the public API", "CORS
 * wildcard on the status page, which has no user data"). "Instead of" and "rather than" refuse only what follows them
 * ("Explicit origins instead of a CORS wildcard"; "CORS wildcard instead of an allow-list" grants it).
 */
const CORS_REFUSAL_WORDS = String.raw`no|not|never|nor|none|nothing|without|\w*n't|cannot|avoid\w*|remov\w*|drop(?:s|ped|ping)?|disabl\w*|disallow\w*|forbid\w*|prohibit\w*|bann(?:ed|ing)|bans?|block\w*|reject\w*|refus\w*|exclud\w*|replac\w*|den(?:y|ies|ied)|eliminat\w*|get rid of|turned off|switched off|fail(?:s|ing)?(?: the)? (?:build|ci|gate|pipeline|deploy(?:ment)?)s? (?:on|if|when)|(?:build|ci|gate|pipeline|deploy(?:ment)?)s? fail(?:s|ing)? (?:on|if|when)|kein(?:e|en|em|er|es)?|nicht|nie(?:mals)?|ohne|verboten|untersagt|blockiert|entfernt|pas|jamais|sans|aucune?|interdite?s?|refusée?s?|bloquée?s?|supprimée?s?|retirée?s?|non(?!-)|nunca|jamás|sin|ningún|ninguna|prohibid[oa]s?|bloquead[oa]s?|eliminad[oa]s?|quitad[oa]s?|não|nao|sem|nenhum(?:a)?|proibid[oa]s?|removid[oa]s?|geen|niet|zonder`;
const CORS_REFUSED_ELSE = String.raw`(?!(?: [\wà-ÿ'-]+){0,2} (?:credentials?|cookies?|auth\w*|sessions?|logins?|access-control-allow-credentials|credenciales|credenciais|identifiants|anmeldedaten|zugangsdaten|(?:user|private|personal|sensitive|customer|secret)s? (?:data|information|info)|data|pii)(?![\wà-ÿ]))`;
const CORS_REFUSAL = String.raw`(?<![\wà-ÿ])(?:${CORS_REFUSAL_WORDS})(?![\wà-ÿ])${CORS_REFUSED_ELSE}`;
const CORS_REFUSAL_BEFORE = String.raw`(?<![\wà-ÿ])(?:${CORS_REFUSAL_WORDS}|instead of|rather than)(?![\wà-ÿ])${CORS_REFUSED_ELSE}`;
/** CORS named as a word, as a setting's name (`CORS_ORIGINS`, `BACKEND_CORS_ORIGINS`) or as its header. */
const CORS_NAMED = String.raw`(?:\b(?:[a-z\d]+_)*cors(?:_\w+)?\b|\baccess-control-allow-origin\b)`;
/** Any origin named: the wildcard, `*`, any or all origins. */
const CORS_ANY = String.raw`(?:\bwildcards?\b|\*|\bany[- ]origins?\b|\ball origins\b)`;
/** The wildcard refused in its clause: "no wildcard", "`*` is not used", "remove `*`", "wildcard removed". */
/**
 * What stays in one clause (no `,`, `;`, bracket or dash between) and no subordinate clause opening between ("until", "because", "since", "while", "unless", "as long as"):
 * a refusal there refuses something else ("CORS wildcard kept until the partner integration is replaced", "CORS wildcard
 * because we cannot list partner origins" keep the wildcard).
 */
const CORS_IN_PART = String.raw`(?:(?![,;()]|\s[—–-]\s|\b(?:until|till|because|since|while|whilst|unless|as long as|whereas)\b).)*?`;
const CORS_ANY_REFUSED = String.raw`(?:${CORS_REFUSAL_BEFORE}${CORS_IN_PART}${CORS_ANY}|${CORS_ANY}${CORS_IN_PART}${CORS_REFUSAL})`;
/**
 * Any-origin CORS stated as a promise: the wildcard or any origin refused in its clause (`CORS … no wildcard`, "No CORS
 * wildcard", "CORS wildcard removed", "Never use CORS wildcard", "No `*` in Access-Control-Allow-Origin", "Kein
 * CORS-Wildcard", "Pas de wildcard CORS"), or "CORS restricted to known origins / our domains / the known frontend
 * URLs" (an allow-list: no wildcard, no foreign origin reflected). The wildcard named without a refusal is the risk
 * stated, not refused, as "Debug mode in production" is: a grant or a record of the accepted setup ("CORS wildcard for
 * the public API", "CORS configured for all origins", "CORS properly configured (wildcard for the public API)"), which
 * promises no restriction.
 */
export const CORS_ANY_ORIGIN = {
  // CORS named as a word or as a setting's name (`CORS_ORIGINS` is not `*`, `CORS_ALLOWED_ORIGINS`, `BACKEND_CORS_ORIGINS`).
  pattern: new RegExp([
    String.raw`\b(?:[a-z\d]+_)*cors(?:_\w+)?\b[^;]*(?<!\b(?:not|never|isn't|aren't) (?:yet |be )?)\b(?:restricted|limited|locked down) to (?:the )?(?:known|trusted|specific|allowed|explicit|listed|our(?: own)?|production|prod)\b[^;]*\b(?:origins?|domains?|(?:frontend|front-end|client|app) urls?)\b`,
    // CORS named before the refused wildcard ("CORS: no wildcard", "CORS wildcard removed") or after it ("Remove `*` from
    // CORS allowed origins", "Pas de wildcard CORS"), or inside the clause that refuses it ("No CORS wildcard", "Wildcard
    // CORS non utilisé").
    String.raw`${CORS_NAMED}[^;]*?${CORS_ANY_REFUSED}`,
    String.raw`${CORS_ANY_REFUSED}[^;]*${CORS_NAMED}`,
    String.raw`${CORS_REFUSAL_BEFORE}${CORS_IN_PART}${CORS_NAMED}${CORS_IN_PART}${CORS_ANY}`,
    String.raw`${CORS_ANY}${CORS_IN_PART}${CORS_NAMED}${CORS_IN_PART}${CORS_REFUSAL}`,
  ].join('|')),
  unless: CORS_PERMITTED,
};
/** What a CORS allow-list names: an origin URL (read as its scheme word), a host name, origins, domains, our front end. */
const CORS_ORIGIN_NAMED = String.raw`(?:\bhttps?\b|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\b|\b(?:origins?|domains?|hosts?|(?:front-?ends?|front ends?|clients?|web ?apps?|apps?|sites?|spas?)(?: urls?)?)\b)`;
/**
 * CORS limited to the origins the item names: "Restrict CORS to `https://shop.example.com`", "CORS only allows our
 * domains", "CORS origins limited to the production frontend", "`CORS_ALLOWED_ORIGINS` lists only our domains",
 * "Configure `CORS_ORIGINS` to only include production domains", "CORS allowed origins: only `https://app.example.com`",
 * "CORS origins set to production domains only", "Update CORS_ORIGINS to production URLs only" (the list named, then "only"),
 * OWASP ASVS 4.0.3 V14.5.3 as written: "Verify that the Cross-Origin Resource Sharing (CORS) Access-Control-Allow-Origin
 * header uses a strict allow list of trusted domains and subdomains to match against and does not support the \"null\"
 * origin", and the allow-list as the way CORS works ("CORS allowlist only", "CORS: allow-list only", "CORS uses an allowlist"; not
 * one of methods or headers). An allow-list admits no wildcard and reflects no foreign origin: what cors-wildcard reads and cors-policy tries.
 * An item that names the wildcard or any origin is CORS_ANY_ORIGIN's to read (a wildcard "only allowed" is granted); one
 * negated in its clause ("CORS is not restricted to our domains yet") promises nothing. The refused null origin is part of
 * the allow-list promise, not a negation of it. One API's allow-list, or one that excepts an API, promises not the site's
 * ("CORS allowlist only on the admin API", "CORS allow-list on the admin API only", "CORS on the admin API only allows …"); an
 * item about CORS on the API that says what it only allows does ("CORS on the REST API only allows `https://play.example.com`",
 * as "API CORS only allows …").
 */
export const CORS_ALLOW_LIST = {
  pattern: new RegExp(String.raw`\bcors(?:_\w+)?\b[^;]*?\b(?:(?:restricted|limited|locked(?: down)?|scoped|pinned) to|only (?:allows?|permits?|accepts?|contains?|includes?|lists?|has|trusts?)|(?:allows?|permits?|accepts?|contains?|includes?|lists?|has|trusts?) only)\b[^;]*?${CORS_ORIGIN_NAMED}|\b(?:restrict|limit|lock down|scope|pin)(?: the)? cors(?:_\w+)?(?: origins?| policy| config(?:uration)?| headers?)? to\b[^;]*?${CORS_ORIGIN_NAMED}|\bcors(?:_\w+)?\b[^;]*?\b(?:allowed|permitted|trusted) origins?\b[^;]*?\bonly\b|\bcors(?:_\w+)?\b[^;]*?\bonly\b[^;]*?${CORS_ORIGIN_NAMED}[^;]*?\b(?:allowed|permitted|accepted|trusted)\b|\bcors(?:_\w+)?\b[^;]*?(?<!\b(?:all|any|every) )\b(?:origins?|domains?|hosts?|host ?names?|urls?) only\b|\b(?:cors|access-control-allow-origin)\b[^;]*?\b(?:uses|has|enforces|is restricted to|is limited to) an? (?:strict |explicit )?(?:allow[- ]?list|white[- ]?list) of (?:the )?(?:trusted |known |allowed )?(?:origins?|domains?|hosts?)\b|\bcors(?:_\w+)?\b(?: origins?| policy)?:? (?:is |are )?(?:an? )?(?:strict |explicit )?(?:origin )?(?:allow[- ]?list(?:ed)?|white[- ]?list(?:ed)?)(?: origins?)?[- ](?:only|based)\b|\bcors(?: policy| origins?)? (?:uses|enforces|via|is) (?:an? |the )?(?:strict |explicit )?(?:origins? )?(?:allow[- ]?list|white[- ]?list)\b(?! (?:of|for) (?:the )?(?:[\w-]+ ){0,2}(?:methods|headers|verbs|ips?|ip addresses|ip ranges|users|paths|routes)\b)`),
  // An allow-list of request headers or methods is not one of origins; nor does one API's allow-list, or one that excepts an
  // API, promise the site's ("CORS allowlist only on the admin API", "CORS is allowlist-based except for the public API").
  unless: /\bwildcards?\b|\*|\bany origins?\b|\ball origins\b|\bevery origin\b|allow_all|\bregex|\b(?:allow[- ]?list|white[- ]?list)(?:ed|s)? (?:of|for) (?:the )?(?:[\w-]+ ){0,2}(?:methods|headers|verbs)\b|\b(?:except|excluding|but not)\b(?! (?:for |in |on )?(?:localhost|local|dev|development|tests?|staging)\b)/,
  clauseUnless: /\b(?:isn't|aren't|wasn't|no longer|unrestricted|unlimited)\b|\b(?:not|never)\b(?! (?:supports?|allows?|accepts?|trusts?) (?:the )?["']?null\b)|\bonly (?:on|for|in|at) (?!(?:all|every|each|any|production|prod)\b)(?:the |our |one )?(?:[\w-]+ ){0,2}(?:apis?|endpoints?|routes?|paths?|services?|apps?|(?:sub)?domains?|hosts?)\b|\b(?:on|for|in) (?:the |our |one )?(?:[\w-]+ ){0,2}(?:apis?|endpoints?|routes?|paths?|services?) only\b(?! (?:allows?|permits?|accepts?|contains?|includes?|lists?|has|trusts?)\b)|\b(?:on|for|in) (?:the |our |one )?(?:[\w-]+ )?(?:admin|internal|partner|private|public|legacy|back-?office|staff|management|debug|v\d+)(?: [\w-]+)? (?:apis?|endpoints?|routes?|paths?|services?) only (?:allows?|permits?|accepts?|contains?|includes?|lists?|has|trusts?)\b/,
};

/**
 * The same under a CORS heading or parent item, the item naming no CORS itself: "Allowed origins: only
 * `https://app.example.com`", "Only `https://app.example.com` allowed", "Restricted to our domains", "Allowed origins
 * restricted to our domains", "Only our own domains".
 */
export const CORS_ALLOW_LIST_UNDER_HEADING = {
  pattern: new RegExp(String.raw`\b(?:allowed|permitted|trusted) origins?\b[^;]*?\bonly\b|^(?:(?:(?:allowed|permitted|trusted) )?origins? )?(?:(?:are |is )?(?:restricted|limited|locked(?: down)?|scoped) to|only (?:allows?|permits?|accepts?)|allows? only)\b[^;]*?${CORS_ORIGIN_NAMED}|\bonly\b[^;]*?${CORS_ORIGIN_NAMED}[^;]*?\b(?:allowed|permitted|accepted|trusted)\b|^only (?:(?:our|the|known|trusted|specific|listed|explicit|production|prod|own|allowed|approved|allow-?listed|whitelisted|first-party|company) )+(?:origins?|domains?|hosts?|host ?names?|front-?ends?|front ends?|web ?apps?|apps?|sites?)\b`),
  context: /\bcors\b|\bcross-origin\b/,
  unless: CORS_ALLOW_LIST.unless,
  clauseUnless: CORS_ALLOW_LIST.clauseUnless,
};
/**
 * A foreign origin not reflected: "CORS doesn't reflect arbitrary origins", "A foreign `Origin` header is not echoed back
 * in `Access-Control-Allow-Origin`", "The Origin is never mirrored". cors-policy sends a foreign Origin; cors-wildcard
 * fails configurations that echo it (`origin: true`, `mirror_request()`).
 */
export const CORS_NOT_REFLECTED = {
  // Or not trusted: "CORS does not trust arbitrary origins" (cors-policy's title), "Arbitrary origins are not allowed".
  pattern: /\bcors(?:_\w+)?\b[^;]*(?:\b(?:not|never|no longer)|n't) (?:blindly )?(?:trust|accept|allow|permit)(?:s|ed)? (?:arbitrary|foreign|untrusted|unknown|random) origins?\b|\b(?:arbitrary|foreign|untrusted|unknown|random) origins? (?:are |is )?(?:not|never) (?:be )?(?:trusted|accepted|allowed|permitted)\b|(?:\b(?:not|never|no longer)|n't)\b (?:(?:be|been|get|gets|blindly|simply|just|always) )?(?:reflect|echo|mirror)(?:s|ed|ing)?\b(?: back)?[^;]*\borigins?\b|\borigins?\b(?: headers?| values?)?[^;]*?\b(?:is |are |gets? )?(?:not|never) (?:be |been |get )?(?:reflected|echoed|mirrored)\b/,
  unless: new RegExp(`${CORS_PERMITTED.source}|\\b(?:review|audit)(?:s|ed|ing)?\\b`),
};
/** A CORS library or its configuration named: Flask-CORS, FastAPI/Starlette `CORSMiddleware`, the `cors()` package, django-cors-headers. */
const CORS_LIBRARY = String.raw`(?:\bflask[-_]cors\b|\bcorsmiddleware\b|\bcors middleware\b|\bdjango-cors-headers\b|\bcors\(\)|\bcors\b)`;
/** The wildcard origin setting (`allow_origins=["*"]`, read markup-free as `allow_origins=[""]`; `origins: '*'`). */
const ANY_ORIGIN_SETTING = String.raw`(?:allow_origins|origins?) ?[=:] ?(?:\[ ?["']{0,2}\*? ?["']{0,2} ?\]|["']{1,2}\*?["']{1,2}|\*)(?=$|[\s,;.)])`;
/**
 * The CORS configuration given an explicit origin list ("Flask-CORS is configured with an explicit `origins` list",
 * "`cors()` in Express is called with an origin allow-list") or refusing the wildcard by its setting ("FastAPI
 * `CORSMiddleware` does not use `allow_origins=["*"]`"): what cors-wildcard reads in the code. Without an explicit list
 * ("CORS without an explicit origins list") it promises nothing. Removing the wildcard setting is the same promise ("Remove
 * `allow_origins=["*"]` from the CORS middleware", "`allow_origins=["*"]` removed from CORSMiddleware"), and so is the setting said
 * not to be the wildcard ("CORSMiddleware `allow_origins` is not `["*"]`", "`allow_origins` … is the explicit list from settings").
 */
export const CORS_CONFIG_LISTED = {
  pattern: new RegExp(String.raw`${CORS_LIBRARY}[^;]*?\b(?:explicit|specific|fixed|static)\b[^;]*?\b(?:origins?|allow-?list|allowlist|whitelist)\b|\ballow_origins\b[^;]*?\b(?:explicit|specific|fixed|static) (?:origins? )?list\b|(?:${CORS_LIBRARY}[^;]*?\b(?:allow_origins|origins?)|\ballow_origins)\b (?:(?:is|are|must be|should be|stays?) )?(?:not|never|isn't|aren't|!=|≠) (?:set to |equal to |just |only )?(?:\[ ?["']{0,2}\*? ?["']{0,2} ?\]|["']{1,2}\*?["']{1,2}|\*|(?:a |the )?wildcard)(?=$|[\s,;.)])|${CORS_LIBRARY}[^;]*?\borigins? (?:allow-?list|allowlist|whitelist|white-list)\b|${CORS_LIBRARY}[^;]*?(?:\b(?:not|never|no|without)|n't)\b[^;]*?\b(?:allow_origins|origins?) ?= ?\[? ?["']{0,2}\*? ?["']{0,2} ?\]?(?=$|[\s,;.)])|(?<!\b(?:not|never|don't) )\b(?:remove|drop|delete)\b[^;]*?\b${ANY_ORIGIN_SETTING}[^;]*?${CORS_LIBRARY}|\b${ANY_ORIGIN_SETTING} (?:is |are |was |has been )?(?:removed|dropped|deleted) from\b[^;]*?${CORS_LIBRARY}`),
  // (Markup stripped: `allow_origins=["*"]` reads `allow_origins=[""]`.) Granting any origin is no allow-list; a review
  // of the configuration is an activity.
  unless: /\b(?:any|all|every) origins?\b|\ballow_all\b|\b(?:review|audit|check)(?:s|ed|ing)?\b/,
  // ("`allow_origins` isn't `["*"]`" refuses the wildcard: the promise.)
  clauseUnless: /\b(?:isn't|aren't|wasn't)\b(?! (?:set to |equal to |just |only )?(?:\[|["']|\*|(?:a |the )?wildcard))|\b(?:no longer|without (?:an? |the )?(?:explicit|specific|fixed|static|origins?))\b|\bnot (?:yet )?(?:configured|called|set up|given|using|used)\b/,
};

/**
 * The calls and settings cors-wildcard fails as any origin, as a checklist names them (read lower-cased and markup-free:
 * `allow_origins=["*"]` reads `allow_origins=[""]`, rack-cors `origins '*'` reads `origins ''`): actix-cors and tower-http
 * `Cors::permissive()` / `CorsLayer::permissive()` (or `permissive()` alone), Ktor `anyHost()`, `allow_any_origin()`, ASP.NET
 * Core `AllowAnyOrigin()`, rocket_cors `AllowedOrigins::all()`, `AllowOrigin::any()`/`mirror_request()`, `allow_origin(Any)`, gin's
 * `cors.Default()`/`cors.AllowAll()`, `AllowAllOrigins: true`, `@CrossOrigin("*")`, an origin setting that is the wildcard
 * (`allow_origins=["*"]`, `origins: '*'`, `origins '*'`, `origin: "*"`) or `true` (reflected), and the calls whose default is any
 * origin given none (`CORS(app)`, `cors()`, `@CrossOrigin`, `enableCors()` without origins or options).
 */
const CORS_WITHOUT_ORIGINS = String.raw`without (?:any |an? |explicit |the |its |their )?(?:(?:explicit |allowed )?origins?(?: (?:list|option|allow-?list))?|options|arguments|args|config(?:uration)?|allow-?list)\b`;
const CORS_DEFAULT_CALL = String.raw`(?:(?<![\w.])cors\((?:app)?\)|@?crossorigin(?:\(\))?|\benablecors\(\))`;
const CORS_ANY_ORIGIN_CALL = String.raw`(?:(?<![\w.])(?:(?:cors|corslayer)::)?(?:very_)?permissive\(\)|\banyhost\(\)|\ballow_?any_?origins?\(\)|\ballowedorigins::all\(\)|\balloworigin::(?:any|mirror_request)\(\)|\ballow_origin\(any\)|\bcors\.(?:default|allowall)\(\)|\ballowallorigins ?[:=] ?true\b|@?crossorigin\((?:origins ?= ?)?["']{1,2}\*?["']{1,2}\)|(?<![\w-])(?:allow_?origins?|allowed_?origins|origins?)(?: ?[=:] ?| )(?:\[ ?["']{1,2}\*? ?["']{1,2} ?\]|["']{1,2}\*?["']{1,2}(?![\w*])|\*)(?=$|[\s,;.)])|(?<![\w-])origins? ?[=:] ?["']?true\b)`;
/**
 * One of those refused: "No `Cors::permissive()` in production", "`actix-cors` is not `Cors::permissive()`", "CORS does not
 * use `anyHost()`", "CORS: no `anyHost()` — only `allowHost(…)`", "No `allow_origins=["*"]` in production", "rack-cors does not
 * use `origins '*'`", "`anyHost()` removed", "No `CORS(app)` without origins", "Express `cors()` is not called without options",
 * "Spring `@CrossOrigin` is not used without origins". The call or setting named without a refusal states the setup, or grants
 * it ("`Cors::permissive()` for the public API", "`CORS(app)` without origins on the public API"): no promise. cors-wildcard reads
 * these calls in the code (the live probe does not see which call answers).
 */
export const CORS_ANY_ORIGIN_CALL_REFUSED = {
  pattern: new RegExp([
    String.raw`${CORS_REFUSAL_BEFORE}${CORS_IN_PART}(?:${CORS_ANY_ORIGIN_CALL}|${CORS_DEFAULT_CALL} ${CORS_WITHOUT_ORIGINS})`,
    String.raw`${CORS_ANY_ORIGIN_CALL}${CORS_IN_PART}${CORS_REFUSAL}`,
    String.raw`${CORS_DEFAULT_CALL}${CORS_IN_PART}(?:\b(?:not|never)|n't)(?: be)?(?: (?:called|used|applied|registered|added|set up|initiali[sz]ed|enabled|installed))? ${CORS_WITHOUT_ORIGINS}`,
  ].join('|')),
  // A removal refused keeps the call ("Do not remove `allow_origins=["*"]` from the CORS middleware"); "is not given" reads as
  // CORS_CONFIG_LISTED reads it, not yet set up.
  unless: new RegExp(`${CORS_PERMITTED.source}|\\b(?:review|audit)(?:s|ed|ing)?\\b|(?:\\b(?:not|never)|n't) (?:[\\w-]+ )?(?:remov|drop|delet|replac|disabl|strip|eliminat|chang|touch)\\w*|\\bnot (?:yet )?given\\b`),
};
/**
 * CORS said not to be permissive or wide open, the word refused in its clause: "CORS is not permissive", "No permissive CORS in
 * production", "CORS not wide open", "actix-cors is not permissive in production", "CORS policy is never wide-open". The same
 * promise as "No wildcard CORS": what cors-wildcard reads and cors-policy tries. Named without a refusal ("Permissive CORS for
 * the public API", "CORS is permissive on purpose") it grants the setup.
 */
const CORS_WIDE = String.raw`(?:permissive|wide[- ]open|fully open|completely open|open to (?:all|any|every)(?: [\w-]+)?)(?![\w(-])`;
export const CORS_NOT_PERMISSIVE = {
  pattern: new RegExp([
    String.raw`${CORS_NAMED}${CORS_IN_PART}(?:\b(?:not|never|no longer)|n't)(?: be| been)?(?: (?:too|overly|so))? ${CORS_WIDE}`,
    String.raw`${CORS_REFUSAL_BEFORE}(?: (?:a|an|the|any|overly|too))? ${CORS_WIDE}(?: [\w-]+)? ${CORS_NAMED}`,
  ].join('|')),
  unless: new RegExp(`${CORS_PERMITTED.source}|\\b(?:review|audit)(?:s|ed|ing)?\\b`),
};

/**
 * A wildcard item under a CORS heading, the wildcard refused in its clause ("Wildcard `*` is not used", "No wildcard"):
 * not a bare `*`, which may record the setting as well as refuse it, nor the wildcard named without a refusal ("Wildcard
 * for the public API"), which grants it.
 */
// (A wildcard DNS record or certificate under a "Cross-origin & domains" heading is no CORS wildcard.)
const CORS_ANY_UNDER_HEADING = String.raw`(?:\bwildcards?\b|(?:^|\s)\*(?:\s|$)|\bany[- ]origins?\b|\ball origins\b)`;
export const CORS_WILDCARD_UNDER_HEADING = { pattern: new RegExp(`${CORS_REFUSAL_BEFORE}${CORS_IN_PART}${CORS_ANY_UNDER_HEADING}|${CORS_ANY_UNDER_HEADING}${CORS_IN_PART}${CORS_REFUSAL}`), context: /\bcors\b|\bcross-origin\b/, unless: new RegExp(`${CORS_PERMITTED.source}|\\b(?:dns|records?|certificates?|certs?|subdomains?|domains?|tls|ssl)\\b|^[\\s*'"]*$`) };

/** Not a letter before or after (`\b` does not know accented letters). */
const NL = String.raw`(?<![\wà-ÿ])`;
const NR = String.raw`(?![\wà-ÿ])`;
/** CORS named: the word (also in `CORS-Konfiguration`), a setting's name (`CORS_ORIGINS`), Cross-Origin Resource Sharing. */
const CORS_WORD = String.raw`(?:\bcross-origin resource sharing(?: \(cors\))?|\b(?:[a-z\d]+_)*cors(?:_\w+)?\b)`;
/** What of CORS is configured: its policy, configuration, settings, headers, origins. */
const CORS_PART = String.raw`(?:[ -](?:policy|policies|config(?:uration)?s?|settings?|set ?up|headers?|middleware|rules?|allowed origins|origins?(?: list)?|allow-?list|whitelist|politique|configuration|paramétrage|parametrage|konfiguration|einstellungen|richtlinien?|configuración|configuracion|política|politica|configuração|configuracao))?`;
/** "is", "are", "has been"… in English, German, French, Spanish and Portuguese. */
const CORS_BE = String.raw`(?:(?: (?:is|are|was|were|has been|have been|must be|should be|will be|gets?|ist|sind|wird|werden|est|sont|es|son|está|están|esta|estan|é|são|sao))?:?)`;
/** Well, in those languages: "properly", "correctly", "securely", "richtig", "correctement", "correctamente", "corretamente". */
const CORS_WELL = String.raw`(?:properly|correctly|securely|safely|strictly|appropriately|restrictively|tightly|correctement|bien|proprement|convenablement|de (?:manière|maniere|façon|facon) (?:sécurisée|securisee|sûre|sure|correcte|stricte|restrictive)|richtig|korrekt|sauber|ordnungsgemäß|ordnungsgemaess|sicher|restriktiv|streng|correctamente|adecuadamente|apropiadamente|de (?:forma|manera) (?:segura|correcta|estricta|restrictiva)|corretamente|adequadamente|apropriadamente|bem)`;
/** Set up, in those languages (German puts the infinitive last: "CORS richtig konfigurieren"). */
const CORS_SET_UP = String.raw`(?:configured|set ?up|setup|set|implemented|defined|enforced|applied|configurée?s?|paramétrée?s?|parametree?s?|mise? en place|définie?s?|konfiguriert|eingerichtet|eingestellt|gesetzt|umgesetzt|konfigurieren|einrichten|einstellen|configurad[oa]s?|establecid[oa]s?|definid[oa]s?|implementad[oa]s?)`;
/**
 * Locked down, a state that says it alone: "CORS locked down", "CORS hardened", "CORS restricted", "CORS sécurisé", "CORS
 * abgesichert" (restricted to what is CORS_ANY_ORIGIN's and CORS_ALLOW_LIST's to read: "restricted to the public API" is no allow-list).
 */
const CORS_LOCKED = String.raw`(?:locked[- ]down|hardened|tightened|secured|restricted(?! to\b)|sécurisée?s?|securisee?s?|abgesichert|gehärtet|gehaertet|absichern|härten|asegurad[oa]s?|protegid[oa]s?)`;
/** Good, as an adjective: "Proper CORS configuration", "Strict CORS policy", "Configuration CORS correcte", "Korrekte CORS-Konfiguration". */
const CORS_GOOD = String.raw`(?:proper|correct|secure|safe|strict|restrictive|tight|hardened|locked[- ]down)`;
const CORS_GOOD_AFTER = String.raw`(?:correct|proper|secure|safe|strict|restrictive|tight|correcte?s?|sécurisée?s?|securisee?s?|stricte?s?|restrictive?s?|korrekt|richtig|sicher|streng|restriktiv|correct[oa]s?|segur[oa]s?|estrict[oa]s?|restrictiv[oa]s?|estrit[oa]s?|restritiv[oa]s?)`;
const CORS_GOOD_BEFORE = String.raw`(?:${CORS_GOOD}|korrekte[nrs]?|richtige[nrs]?|sichere[nrs]?|strenge[nrs]?|restriktive[nrs]?)`;
/** Configure, as an order: "Configure CORS properly", "Configurer CORS correctement", "Configurar CORS correctamente". */
const CORS_CONFIGURE = String.raw`(?:configure|set ?up|implement|define|configurer|paramétrer|parametrer|mettre en place|configurar|definir|implementar)`;
const CORS_LOCK_DOWN = String.raw`(?:lock down|harden|tighten|secure|sécuriser|securiser|absichern|asegurar|proteger)`;
/**
 * Any origin granted by reflection or by its setting: the request's Origin reflected, mirrored or echoed back ("to reflect
 * the request Origin", "reflects Origin for partner widgets"; not "does not reflect the Origin"), `origin: true` (the
 * `cors()` package reflects any origin; not refused: "no `origin: true`" is the promise) or the wildcard setting, quoted or not (`allow_origins=["*"]`, read markup-free as
 * `allow_origins=[""]`; `origin: '*'`).
 */
const CORS_ORIGIN_GRANTED = String.raw`(?<!(?:\b(?:not|never|no longer)|n't) (?:(?:be|been|get|gets|blindly|simply|just|always) )?)${NL}(?:reflect|mirror|echo)(?:s|es|ed|ing)?${NR}(?: back)?(?: (?:the|an?|any|every|each|its|their|request|requests'?|incoming|caller's|client's|requesting)){0,3} origins?${NR}|(?<!${NL}(?:no|not|never|nor|without|kein(?:e|en)?|pas de|sans|sin|sem|nunca|jamais) (?:an? |the |any )?)${NL}origins? ?[=:] ?["']?true${NR}|${NL}${ANY_ORIGIN_SETTING}`;
/**
 * CORS said to be properly configured, without naming the origins: "CORS properly configured", "CORS configured
 * correctly", "CORS set up properly for our frontends", "Configure CORS properly", "Proper CORS configuration", "Strict
 * CORS policy", "CORS locked down", "Harden CORS"; in German, French, Spanish and Portuguese ("CORS richtig konfiguriert",
 * "CORS correctement configuré", "Configuration CORS correcte", "CORS configurado correctamente", "CORS configurado
 * corretamente"). Read as the team reads it, CORS that is not wide open, as HSTS or security headers "properly configured"
 * are the header sent: what cors-wildcard reads in the code and cors-policy tries on the deployment. Configured alone
 * ("CORS configured", "CORS configured for the mobile app") says CORS is there, not how wide. An item that grants the
 * wildcard or any origin, or speaks of a public or open API ("CORS properly configured for the public API"), a development
 * setup, or CORS errors, promises no restriction; negated in its clause ("CORS not properly configured") it promises nothing.
 */
export const CORS_CONFIGURED_PROPERLY = {
  pattern: new RegExp([
    // CORS, then how it is: "CORS (policy) (is) properly configured", "CORS configured correctly", "CORS locked down".
    String.raw`${CORS_WORD}${CORS_PART}${CORS_BE} (?:(?:${CORS_WELL}) (?:and (?:${CORS_WELL}) )?${CORS_SET_UP}|${CORS_SET_UP} (?:${CORS_WELL})|(?:(?:${CORS_WELL}) )?${CORS_LOCKED}|${CORS_GOOD_AFTER})${NR}`,
    // An order: "Configure (the) CORS (policy) properly", "(Properly) configure CORS", "Lock down CORS", "Harden the CORS policy".
    String.raw`${NL}${CORS_CONFIGURE}(?: the| our| le| la| les| el| los| las| o| os| a| as)? ${CORS_WORD}${CORS_PART} (?:${CORS_WELL})${NR}`,
    String.raw`${NL}(?:${CORS_WELL}) (?:${CORS_CONFIGURE}|${CORS_SET_UP})(?: the| our| le| la| les| el| los| las| o| os| a| as)? ${CORS_WORD}`,
    String.raw`${NL}${CORS_LOCK_DOWN}(?: the| our)? ${CORS_WORD}`,
    // Good CORS: "Proper CORS configuration", "Strict CORS policy", "Korrekte CORS-Konfiguration".
    String.raw`${NL}${CORS_GOOD_BEFORE}(?: and ${CORS_GOOD})? ${CORS_WORD}`,
  ].join('|')),
  unless: new RegExp(String.raw`\bwildcards?\b|\*|${NL}(?:any|all|every|arbitrary|foreign|toutes les|todas las|todos los|todas as|alle|beliebige) (?:origins?|origines|orígenes|origenes|origens|domains?|sites?|hosts?)${NR}|allow_all|${CORS_ORIGIN_GRANTED}|${NL}(?:public|open|opened|permissive|wide|publique|ouverte?|öffentliche?[nrs]?|offen|pública|publica|público|publico|abiert[oa]|abert[oa]|dev|development|développement|developpement|entwicklung|desarrollo|desenvolvimento|errors?|erreurs?|fehler|errores|erros)${NR}`),
  clauseUnless: new RegExp(String.raw`\b(?:not|never|no longer|isn't|aren't|wasn't|without)\b|n't\b|${NL}(?:nicht|pas|jamais|nunca|no|não|nao)${NR}`),
};

/**
 * Safeguards (see `safeguard` in src/checks/define.ts) that two checks share: the allow-list CORS restricts origins to
 * ("No CORS allow-list for the public API") and the grant of any origin ("CORS allows all origins (public API, no
 * cookies)"), the non-root user ("We don't set `runAsNonRoot` on the legacy pod"), the cookie attributes
 * ("`SESSION_COOKIE_SECURE` is False for the HTTP-only intranet").
 */
export const CORS_SAFEGUARD = /\b(?:allow-?lists?|whitelists?|restrict(?:s|ed|ion|ions)?)\b/;
export const CORS_WAIVER = /\b(?:allow(?:s|ed|ing)?|accept(?:s|ed|ing)?|permit(?:s|ted|ting)?|open to|reflect(?:s|ed|ing)?|trust(?:s|ed|ing)?) (?:all|any|every|arbitrary) origins?\b|\b(?:cors_allow_all_origins|cors_origin_allow_all|allow_all_origins) ?(?:=|:|is|set to) ?true\b/;
/** Orchestrators other than Kubernetes whose containers the Docker-level checks read (ECS and Fargate task definitions' `user`, Swarm, Nomad). */
export const OTHER_ORCHESTRATORS = String.raw`ecs|fargate|swarm|nomad`;
/**
 * What names Kubernetes (or its pods' settings and objects) as where containers run: also the words only Kubernetes has (liveness,
 * readiness and startup probes, StatefulSets, DaemonSets, manifests, kubectl, kustomize, namespaces, workloads), so "Every
 * Deployment has liveness and readiness probes" under "## Runtime on Fargate" stays Kubernetes' (review 47 B1). Not "cluster"
 * or "deployment": ECS has clusters, and every platform deploys.
 */
export const KUBERNETES_NAMED = String.raw`kubernetes|k8s|pods?|helm|securitycontext|runasnonroot|runasuser|openshift|eks|gke|aks|liveness|readiness|startup ?probes?|statefulsets?|daemonsets?|manifests?|kubectl|kustomiz\w*|namespaces?|workloads?`;
/**
 * Another orchestrator named (ECS, Fargate, an ECS task definition, Swarm, Nomad) and no Kubernetes word: in the item, or in
 * the item read with its headings and parent item ("ECS task definitions do not run containers as root", "Containers run as
 * non-root" under "## AWS ECS"). Such a promise is not the k8s-* checks' (their rules veto it as `scopeUnless`);
 * dockerfile-non-root, which reads an ECS task definition's `user`, keeps it ("Pods and ECS tasks run as non-root" names both).
 */
export const OTHER_ORCHESTRATOR = new RegExp(String.raw`^(?![^]*\b(?:${KUBERNETES_NAMED})\b)[^]*\b(?:${OTHER_ORCHESTRATORS}|task ?definitions?)\b`);
/** The k8s-* checks' rules, each vetoed where the item, with its headings, is about another orchestrator (see OTHER_ORCHESTRATOR). */
/** What the k8s-* checks' docs say of it. */
export const KUBERNETES_ONLY_DOCS = 'A Markdown checklist item about another orchestrator\'s containers — ECS, Fargate, an ECS task definition, Swarm or Nomad, named in the item or in its headings or parent item, with no Kubernetes word (Kubernetes, k8s, pods, Helm, EKS, liveness or readiness probes, manifests, kubectl…) in any of them — does not bind this check ("Containers do not run as root" under "## AWS ECS"); "Pods and ECS tasks run as non-root" names both.';
export const onKubernetesOnly = (rules: PhraseRule[]): PhraseRule[] => rules.map((r) => ({ ...r, scopeUnless: OTHER_ORCHESTRATOR }));
export const NON_ROOT_SAFEGUARD = /\bnon-? ?root\b|\brunasnonroot\b|\bunprivileged\b/;
// HttpOnly and SameSite as the frameworks spell them too: Laravel's `'http_only' => false`, Rails' `same_site: :none`.
export const COOKIE_SAFEGUARD = /\bsecure\b|\bhttp[ _-]?only\b|\bsame[ _-]?site\b|\b(?:[a-z\d]+_)*cookie_(?:secure|httponly|samesite)\b/;

/**
 * A cookie attribute the item says cannot be set ("`REMEMBER_COOKIE_SECURE` cannot be True behind the HTTP-only intranet
 * proxy", "`SESSION_COOKIE_SECURE` can't be enabled on the intranet", "Secure and HttpOnly flags on cookies are not possible on
 * the legacy app"): an opt-out, as "is False" is, so no promise
 * ("cannot be False", "can't be disabled" are one). cookie-flags and cookie-security share it.
 */
export const COOKIE_IMPOSSIBLE = /(?:\b(?:cannot|can not|could not|unable to|impossible to)|n't)(?: (?:be|been|get|yet|always|currently|really|ever))* (?:true|enabled|on|set|turned on|switched on|activated|used|applied|forced|enable|turn on|activate|use|apply|force)\b(?! ?(?:=|:|to) ?["']?(?:false|off|none|no)\b)|\b(?:not (?:yet )?(?:possible|supported|feasible)|impossible|unsupported)\b(?! to\b)/;

/**
 * A cookie's name written after the word ("Session cookie `session_id` is Secure and HttpOnly", "Cookie `session_id`: Secure,
 * HttpOnly", "The cookie named `connect.sid` is HttpOnly"): an identifier with `_`, `.` or `-` in it (`session_id`, `connect.sid`,
 * `__Host-session`, `laravel_session`) or a well-known session cookie's name (`sid`, `sessionid`, `JSESSIONID`, `PHPSESSID`,
 * `csrftoken`). Naming which cookie is promised is still the cookie's promise, as "The `sid` cookie is Secure" is; a plain word
 * after "cookie" is not a name ("Cookie consent is secure", "Cookie storage is secure").
 */
export const COOKIE_NAMED = String.raw`(?: (?:named |called )?["']?(?:[a-z\d]*[_.-][\w.-]*[a-z\d]|sid|sessionid|jsessionid|phpsessid|csrftoken)["']?)?`;

/** A cookie attribute by name, as the frameworks spell it (`HttpOnly`, `http-only`, `http_only`, `SameSite`, `same_site`), SameSite with its value. */
const COOKIE_ATTRIBUTE = String.raw`(?:secure|http[ _-]?only|same[ _-]?site(?: ?= ?(?:lax|strict))?)`;
/** Attributes listed with commas, "and", "&", "+" or "/" between ("Secure, HttpOnly and SameSite", "Secure + HttpOnly", "Secure/HttpOnly"). */
// One way to read each separator (spaces around one of `,`, `, and`, `and`, `&`, `+`, `/`, or a space alone): a run of
// attributes that does not match after it is given up in one pass, not in every way two spaces could share it.
// "HTTP only" and "same site" written with a space open a list only before another attribute or a SameSite value: alone they
// are prose ("Same site for cookies and API", "HTTP only for cookies from the intranet tool").
const COOKIE_ATTRIBUTE_NEXT = String.raw`(?: ?(?:, and|,|and|[+/&]) ?| )${COOKIE_ATTRIBUTE}`;
const cookieAttributeList = (first: string) => String.raw`(?:(?:${first})(?<!\b(?:http only|same site))|(?:${first})(?<=\b(?:http only|same site))(?= ?= ?(?:lax|strict)|${COOKIE_ATTRIBUTE_NEXT}))(?: ?= ?(?:lax|strict))?(?:${COOKIE_ATTRIBUTE_NEXT})*`;
/**
 * Cookie attributes promised as a list on cookies, however it is joined or labelled: "Cookies: Secure + HttpOnly + SameSite on
 * session cookies", "Secure and HttpOnly flags on all cookies", "Secure/HttpOnly on the session cookie", "Session cookie:
 * `Secure`, `HttpOnly`". `first` is the attribute the list opens with that the check judges: cookie-flags reads Secure and
 * HttpOnly in the code, cookie-security every attribute on the live cookie, so each reads the same item alike.
 */
export const cookieAttributesOnCookies = (first: string): RegExp => new RegExp([
  // A label, then the list: "Cookies: Secure + HttpOnly", "Session cookie: Secure, HttpOnly".
  String.raw`\b(?:session |auth(?:entication)? |login |all )?cookies?${COOKIE_NAMED}(?: (?:flags?|attributes?|settings?))?: (?:(?:are|is|must be|set|flagged|marked) )?${cookieAttributeList(first)}(?![\w-]| ?[:=])`,
  // The list, then the cookies it is on: "Secure + HttpOnly + SameSite on session cookies", "Secure and HttpOnly flags on all cookies".
  String.raw`(?<![\w-])${cookieAttributeList(first)}(?: (?:flags?|attributes?))? (?:on|for|of|in) (?:(?:all|every|each|the|our|session|auth(?:entication)?|login|csrf|app|application) )*cookies?\b`,
].join('|'));

/** A cookie attribute an item states of the cookie, with the verb that states it ("uses `same_site`", "is Secure", "has HttpOnly"). */
const COOKIE_STATED_VALUE = String.raw`(?:(?: ?[:=] ?| )["']?(?:lax|strict|none)["']?)?(?: (?:flags?|attributes?|enabled|set|on))?(?![\w-])`;
const COOKIE_STATED_FIRST = (attr: string) => String.raw`(?:(?:is|are) (?:always |all )?(?:(?:marked|flagged|set) (?:with |as )?(?:the )?)?|(?:uses?|ha(?:ve|s)|carr(?:y|ies)|gets?|sets?) (?:the )?)(?:${attr})${COOKIE_STATED_VALUE}`;
const COOKIE_STATED_NEXT = (attr: string) => String.raw`(?:,? and |, | ?[&+] )(?:(?:is|are) (?:always |all )?(?:(?:marked|flagged|set) (?:with |as )?)?|(?:uses?|ha(?:ve|s)|carr(?:y|ies)|gets?|sets?) )?(?:the )?(?:${attr})${COOKIE_STATED_VALUE}`;
const COOKIE_ANY_ATTRIBUTE = String.raw`secure|(?:[a-z\d]+_)*http[ _-]?only|(?:[a-z\d]+_)*same[ _-]?site`;
/**
 * Cookie attributes stated of the cookie one after another, each with its verb, in any order and as the frameworks spell
 * them: "Session cookie uses `same_site` and is `secure`", "Session cookie uses SameSite=Lax and is Secure", "Session cookies
 * use SameSite=Strict and HttpOnly". `wanted` is the attributes the check judges (one of them must be stated): cookie-flags
 * reads Secure and HttpOnly in the code, cookie-security every attribute on the live cookie. Not another subject joined in
 * ("Session cookie uses same_site and the site is secure"), nor an attribute refused ("… but is not secure").
 */
export const cookieAttributesStated = (wanted: string): RegExp => new RegExp(String.raw`\bcookies?${COOKIE_NAMED} (?:${COOKIE_STATED_FIRST(wanted)}|${COOKIE_STATED_FIRST(COOKIE_ANY_ATTRIBUTE)}(?:${COOKIE_STATED_NEXT(COOKIE_ANY_ATTRIBUTE)})*?${COOKIE_STATED_NEXT(wanted)})`);

/**
 * A health item's remark that the answer does not rely on a dependency, which it names only to refuse it: "/healthz returns
 * 200 without hitting the DB", "(no DB query)", "… without a database round-trip", "… doesn't touch Redis", "… even if Redis is
 * down", "independent of the database". The answer is what the probe checks; the remark withdraws nothing, as a bracketed
 * aside does not. (What the endpoint does check, "verifies database connectivity", stays more than that it answers.)
 */
const DEPENDENCY = String.raw`(?:the |a |an |any |our |its )?(?:databases?|db|postgres(?:ql)?|mysql|mongo(?:db)?|redis|caches?|downstream(?: services?| dependenc(?:y|ies))?|dependenc(?:y|ies)|upstreams?|external services?|backing services?)`;
const TOUCH = String.raw`(?:hit|touch|query|call|check|ping|reach|need|require|open|use|contact|connect to|talk to|depend on|rely on|go to|wait (?:for|on))`;
const TOUCHING = String.raw`(?:hitting|touching|querying|calling|checking|pinging|reaching|needing|requiring|opening|using|contacting|connecting to|talking to|depending on|relying on|going to|waiting (?:for|on))`;
export const HEALTH_DEPENDENCY_REFUSED = new RegExp([
  // "without hitting the DB", "never touches Redis", "doesn't query the database", "does not depend on downstream services".
  String.raw`(?:\bwithout|\bnot|\bnever|n't|\bno longer)(?: (?:even|actually|ever|directly))? (?:${TOUCHING}|${TOUCH}(?:e?s)?) ${DEPENDENCY}\b`,
  // "no DB query", "(no DB)", "without a database round-trip", "zero DB calls".
  String.raw`(?:\bwithout|\bno|\bzero)(?: (?:an?|any|the))? ${DEPENDENCY}(?:[- ](?:quer(?:y|ies)|calls?|checks?|round-?trips?|connections?|access|hits?|lookups?|pings?|dependenc(?:y|ies)))?\b`,
  // "not dependent on the DB", "independent of Redis".
  String.raw`(?:\bnot|n't|\bnever) (?:dependent|depending) on ${DEPENDENCY}\b|\bindependent(?:ly)? of ${DEPENDENCY}\b`,
  // "even if Redis is down", "even when the DB is unavailable".
  String.raw`\beven (?:if|when|though|while|with) ${DEPENDENCY} (?:is |are |goes |go |being )?(?:down|unavailable|unreachable|offline|slow|failing|dead)\b`,
].join('|'), 'g');
/**
 * The answer a health item states, which the probe checks: "returns 200", "responds OK", "answers 2xx", "is green", or that
 * it answers at all, the verb ending what is said ("`/healthz` responds", "… is up", "… replies (no DB query)").
 */
export const HEALTH_ANSWER_STATED = /\b(?:returns?|responds?|answers?|gives?|serves?|is|are|stays?|remains?)(?: with)? (?:(?:an? |http |status |code )+)?(?:200|2xx|ok|healthy|green)\b|\b(?:responds?|answers?|repl(?:y|ies)|(?:is|are|stays?|remains?) up)\b(?=$|[\s,;:.!(—–-])(?! (?:with|by|in|within|under|below|to)\b)/;

/**
 * Plain HTTP sent to HTTPS, written as the shorthand teams use: the item opens with "HTTP → HTTPS" ("HTTP→HTTPS", "HTTP → HTTPS
 * on every public hostname", "http:// -> https://", a URL reading as its scheme), or plain HTTP said to be switched off
 * ("Plain HTTP disabled (redirect only)", "HTTP (port 80) disabled"): the probe requires plain HTTP to redirect or not to answer.
 * Not another protocol's HTTP (`HTTP/1.0`, "HTTP TRACE", "HTTP basic auth").
 */
export const HTTP_TO_HTTPS_SHORTHAND = /^(?:(?:all |plain )?http(?: traffic| requests?)?) ?(?:→|->|=>|⇒|➜|➔|⟶) ?https\b|^(?:plain |unencrypted |insecure |cleartext |clear-text )?http(?: traffic| access| requests| listeners?| port| \(port 80\)| on port 80)? (?:is |are )?(?:disabled|turned off|switched off|closed|refused|not served|not accepted|not allowed|blocked)\b/;

/**
 * A scope narrower than the site the probe reaches, written after the shorthand: an environment ("in dev only", "on
 * staging"), a path ("blocked by the WAF for /admin"), a port other than 80 ("on port 8080"), one API, endpoint or port
 * ("for the health check port", "on the admin API"), or "only" ("… on the marketing site only"; not "redirect only", "HTTPS
 * only"). Not every one of them: "on every public hostname", "for all endpoints".
 */
export const HTTP_SCOPE_NARROWER = /\b(?:in|on|for) (?:the |our )?(?:dev|development|staging|stage|local|localhost|test|testing|qa|uat|sandbox|preview|non-?prod\w*)\b|\blocally\b|(?<!\b(?:https|redirects?|redirection|tls|ssl) )\bonly\b|(?:^|\s)(?:for|on|at|under) (?:the )?\/\S*|\bport (?!80\b)\d+|\b(?:for|on|at) (?!(?:every|all|each|any)\b)(?:the |our |its |a |one )?(?:[\w/.-]+ ){0,3}(?:paths?|routes?|endpoints?|ports?|apis?|listeners?|urls?)\b/;

/** A secret a checklist names: the words, or a variable's name that holds one (`SECRET_KEY_BASE`, `DATABASE_PASSWORD`, `RAILS_MASTER_KEY`). */
const SECRET_NOUN = String.raw`(?:(?:[a-z\d]+_)*(?:secret|password|passwd|token|key|credential)s?(?:_[a-z\d]+)*|(?:(?:api|private|secret|access|aws|cloud|ssh|signing|encryption|master) )?keys|(?:(?:api|access|auth) )?tokens?)`;
/**
 * A configuration file, in general ("config files", "settings files") or by its name (`application.yml`, `config/database.yml`,
 * `settings.py`), a glob too (`appsettings.*.json`, `config/*.yml`, read markup-free as `appsettings..json`, `config/.yml`).
 */
const CONFIG_PLACE = String.raw`(?:(?:the |our |any |a |an |app(?:lication)? |project |checked-in |committed )*(?:config(?:uration)?|settings?|properties|ya?ml|json|toml|ini) files?|(?:[\w.*-]+\/)*(?:[\w*-]+|(?<=\/))(?:\.[\w*-]*)*\.(?:ya?ml|json|properties|toml|ini|xml|conf|cfg|py|rb|js|ts|php|exs))(?![\w.-])`;
const KEPT = String.raw`(?:stored|kept|written|hard-?coded|committed|saved|put|left|checked in|placed)`;
/**
 * Secrets kept out of the repository's configuration files, which hardcoded-secret scans: "No credentials are stored in
 * `application.yml`", "No passwords in config files", "`DATABASE_PASSWORD` is never written in `config/database.yml`". Not
 * files on servers, chat, tickets or logs.
 */
export const SECRETS_NOT_IN_CONFIG = {
  pattern: new RegExp([
    String.raw`\bno (?:[\w-]+ )?${SECRET_NOUN}(?:(?:,| or| and| nor)+ (?:[\w-]+ )?${SECRET_NOUN}){0,3} (?:(?:are|is|were|get|gets) )?(?:${KEPT} )?in ${CONFIG_PLACE}`,
    String.raw`\b${SECRET_NOUN}\b (?:(?:are|is) )?(?:not|never) (?:being )?(?:${KEPT} )?in ${CONFIG_PLACE}`,
  ].join('|')),
  unless: /\b(?:slack|chat|wiki|tickets?|jira|emails?|logs?|logged|urls?|comments?|examples?|templates?|samples?)\b|\bon (?:the |our |each |every |all )?(?:servers?|hosts?|nodes?|instances?|machines?|vms?|boxes)\b/,
};
/**
 * A connection string or a database URL, which carries a database's password (`Server=…;Password=…`, `postgres://app:…@db/app`,
 * a DSN): hardcoded-secret reads the password in each.
 */
const CONNECTION_STRING = String.raw`(?:(?:database|db|sql|sql server|jdbc|odbc|ado\.net|postgres(?:ql)?|mysql|mongo(?:db)?|redis|production|prod) )?(?:connection[- ]?strings?|conn(?:ection)?_?str(?:ing)?s?|connectionstrings|dsns?|database[_ ]urls?|db[_ ]urls?|jdbc urls?)`;
const CS_SECRET = String.raw`(?:(?:plain-?text|clear-?text|hard-?coded|inline|inlined|embedded|literal|real|production|prod|database|db|sql) )*(?:passwords?|passwd|pwd|credentials?|secrets?)`;
const CS_IN = String.raw`(?:(?:${KEPT}|embedded|inlined|included) )?in (?:the |our |any |a |an )?(?:[\w-]+ )?${CONNECTION_STRING}\b`;
/**
 * Passwords kept out of connection strings, as .NET and Java teams word that a configuration file holds no secret: "No connection
 * strings with passwords in `appsettings.*.json`", "No passwords in connection strings", "Connection strings contain no
 * passwords", "Passwords are never embedded in the database URL". Not chat, tickets, logs, examples or templates.
 */
export const SECRETS_NOT_IN_CONNECTION_STRINGS = {
  pattern: new RegExp([
    String.raw`\bno (?:[\w-]+ )?${CONNECTION_STRING} (?:with|containing|holding|including|carrying|that (?:contains?|holds?|includes?|carry|carries|has|have)) (?:an? |any |the )?${CS_SECRET}\b`,
    String.raw`\bno ${CS_SECRET} (?:(?:are|is) )?${CS_IN}`,
    String.raw`\b${CS_SECRET} (?:(?:are|is) )?(?:not|never) (?:being )?${CS_IN}`,
    String.raw`\b${CONNECTION_STRING}\b (?:(?:must|should|do|does|shall) )?(?:contains?|holds?|includes?|carry|carries|has|have) no ${CS_SECRET}\b`,
  ].join('|')),
  unless: /\b(?:slack|chat|wiki|tickets?|jira|emails?|logs?|logged|comments?|examples?|templates?|samples?)\b/,
};
/**
 * A word before a secret's noun that says whose or which it is ("HuggingFace", "W&B", "Stripe", "production"), or a short
 * noun listed beside it ("PANs", "personal data"): not a negation, a preposition or a verb, which would make the words another
 * phrase ("No access to tokens in the repo").
 */
const LISTED_WORD = String.raw`(?!(?:no|not|never|nor|none|in|into|to|of|for|from|with|without|about|on|at|by|via|are|is|was|were|be|been|access|and|or|only|except)\b)[\w&.-]+`;
/**
 * A word before a key's or a token's noun that makes it no secret ("design tokens", "CSRF tokens", "cache keys", "primary
 * keys", "public keys"), or one that makes the item another check's or no promise ("default or weak passwords" are
 * default-credentials', "test credentials", "example keys").
 */
const NOT_A_SECRET_QUALIFIER = String.raw`(?:design|css|theme|style|colou?r|font|spacing|csrf|xsrf|anti-forgery|cancellation|lexer|parser|syntax|cache|caching|foreign|primary|sort|partition|composite|unique|index|object|map|json|yaml|translation|i18n|locale|keyboard|hot|public|publishable|default|defaults|weak|sample|example|test|testing|dummy|fake|placeholder|demo|mock)\b`;
/** A secret's noun with at most two such words before it ("HuggingFace / W&B tokens", "Stripe API keys"). */
const SECRET_QUALIFIER = String.raw`(?!${NOT_A_SECRET_QUALIFIER})${LISTED_WORD}`;
const LISTED_SECRET = String.raw`(?:${SECRET_QUALIFIER}(?: ?\/ ?| ))?(?:${SECRET_QUALIFIER} )?(?!${NOT_A_SECRET_QUALIFIER})${SECRET_NOUN}`;
/** Something else listed beside the secrets: one to three such words ("PANs", "personal data", "customer PII"). */
const LISTED_OTHER = String.raw`(?:${LISTED_WORD} ){0,2}${LISTED_WORD}`;
const LIST_SEPARATOR = String.raw`(?:,| or| and| nor| ?\/)+ `;
/**
 * The things an item refuses after "no": secrets, alone or listed with other secrets and with other things ("No secrets or
 * credentials", "No passwords or tokens", "No API keys or secrets", "No PANs, API keys or private keys", "No personal data
 * or secrets", "No HuggingFace / W&B tokens"), a secret among them.
 */
const SECRETS_LISTED = String.raw`\bno (?:${LISTED_OTHER}${LIST_SEPARATOR}){0,2}${LISTED_SECRET}(?:${LIST_SEPARATOR}(?:${LISTED_SECRET}|${LISTED_OTHER})){0,3}`;
/**
 * The repository as teams name it: "the repo", "the git repository", "our GitHub repo", "git", "the git history", the source
 * code, the code base, version control. Not a source map, a code review or a code sample.
 */
const REPO_PLACE = String.raw`(?:(?:the|our|this|a|any|each|every) )?(?:(?:git(?:hub|lab)?|bitbucket|code|source|project|app(?:lication)?|service|main|mono|public|private|shared) )?repo(?:sitory|sitories|s)?\b(?!'s\b)|(?:(?:the|our) )?\bgit(?: history)?\b(?! (?:commit messages?|logs?)\b)|(?:(?:the|our) )?(?:source(?: code)?|code ?base|code)\b(?! (?:maps?|reviews?|comments?|samples?|snippets?|examples?)\b)|\b(?:version|source) control\b`;
/**
 * Secrets refused in the repository, listed as teams list them: hard-coded ("No secrets or credentials hard-coded in
 * source", "No passwords or tokens hardcoded", "No API keys or secrets hardcoded in the code"), committed ("No PANs, API keys
 * or private keys committed to the repository") or in it ("No secrets in the git repo", "No secrets in our GitHub repo",
 * "No personal data or secrets in the git repo", "No HuggingFace / W&B tokens in the repo"), and "nothing hard-coded" as
 * the clause after one about secrets ("All secrets are stored in a secrets manager; nothing hard-coded"). Not chat, wikis,
 * tickets, logs or URLs, which are not tracked files.
 */
export const SECRETS_KEPT_OUT_OF_THE_REPO = {
  pattern: new RegExp([
    String.raw`${SECRETS_LISTED} (?:(?:are|is|were|get|gets) )?(?:hard-? ?coded|committed|checked in|pushed)\b`,
    String.raw`${SECRETS_LISTED} (?:(?:are|is|were|get|gets) )?(?:(?:stored|kept|committed|checked|pushed|saved|written|left|hard-? ?coded) )?(?:in|to|into|inside|within) (?:${REPO_PLACE})`,
    String.raw`\b${SECRET_NOUN}\b[^;]*; (?:and )?(?:nothing|none)(?: of (?:them|it|these|those))?(?: (?:is|are))? hard-? ?coded\b`,
  ].join('|')),
  unless: /\b(?:slack|chat|wiki|tickets?|jira|emails?|logs?|logged|urls?|comments?)\b/,
};

/**
 * A secret said to come from a secret store and never be committed: "`RAILS_MASTER_KEY` comes from the secret store, never
 * committed", "API keys are injected from Vault and never checked in", or never be in a configuration file ("Stripe keys come
 * from SSM / Secrets Manager, not from `serverless.yml`").
 */
const SECRET_STORE = String.raw`(?:the |a |an |our )?(?:env(?:ironment)?(?: variables?)?|secrets? (?:manager|store|vault)|vault|secret store|kms|ssm|parameter store|key ?vault|credentials? store|(?:ci|github|gitlab|platform|kubernetes|k8s) secrets?|[\w-]+ secrets? manager)`;
export const SECRET_FROM_STORE_NEVER_COMMITTED = new RegExp([
  String.raw`\b${SECRET_NOUN}\b (?:(?:comes?|is|are|gets?) )?(?:read|loaded|taken|injected|pulled|fetched|provided|supplied|passed|kept|stored|lives?|comes?) (?:only )?(?:from|in|via|through) ${SECRET_STORE}\b[^;]*?(?:\b(?:not|never)|n't) (?:be |been |being )?(?:committed|checked in|pushed|in (?:git|the repo(?:sitory)?|version control|source control))\b`,
  // …or never in a configuration file, which the check scans: "Stripe keys come from SSM / Secrets Manager, not from
  // `serverless.yml`", "API keys are read from Key Vault instead of `appsettings.json`", "DB password in Vault, not in config files".
  String.raw`\b${SECRET_NOUN}\b (?:(?:comes?|is|are|gets?) )?(?:(?:read|loaded|taken|injected|pulled|fetched|provided|supplied|passed|kept|stored|lives?|comes?) )?(?:only )?(?:from|in|via|through) ${SECRET_STORE}\b[^;]*?(?:(?:\b(?:not|never)|n't)(?: (?:be|been|being))?|\binstead of|\brather than) (?:(?:${KEPT}|read|loaded|taken|pulled|fetched) )?(?:(?:from|in|inside|into) )?${CONFIG_PLACE}`,
].join('|'));
/**
 * Secrets refused in a Dockerfile's ENV and ARG named together (ARG is Docker's own word): "No `SECRET_KEY_BASE` in ENV or
 * ARG", "No secrets in ENV/ARG", "No credentials passed as ARG or ENV"; or one of them with the Dockerfile named, the secrets
 * listed as SECRETS_KEPT_OUT_OF_THE_REPO lists them, after another place too ("No HuggingFace / W&B tokens in the repo or in
 * Dockerfile ENV", "No API keys in the Dockerfile's ARG"). ENV or ARG alone is `SECRETS_NOT_IN_ENV_UNDER_DOCKER`'s.
 */
const ENV_OR_ARG = String.raw`(?:env ?(?:\/|or|and|&|,) ?arg|arg ?(?:\/|or|and|&|,) ?env)s?`;
export const SECRETS_NOT_IN_ENV_AND_ARG = new RegExp(String.raw`${SECRETS_LISTED} (?:(?:are|is) )?(?:(?:baked|set|passed|stored|defined|declared|put|committed|hard-?coded) )?(?:(?:in|into|to) (?:the |our |an? )?[\w-]+(?: [\w-]+)?,? (?:or|and|nor) )?(?:in|via|through|as|into) (?:an? |the |any )?dockerfile'?s? (?:env|arg)s?\b|\bno (?:[\w-]+ )?${SECRET_NOUN}(?:(?:,| or| and| nor)+ (?:[\w-]+ )?${SECRET_NOUN}){0,3} (?:(?:are|is) )?(?:(?:baked|set|passed|stored|defined|declared|put) )?(?:in|via|through|as|into) (?:an? |the |any )?(?:dockerfile'?s? )?${ENV_OR_ARG}\b|\b${SECRET_NOUN}\b (?:(?:are|is) )?(?:not|never) (?:(?:baked|set|passed|stored|defined|declared|put) )?(?:in|via|through|as|into) (?:an? |the |any )?(?:dockerfile'?s? )?${ENV_OR_ARG}\b`);
/**
 * Secrets refused in Docker's ENV or ARG with Docker named instead of the Dockerfile ("No secrets in Docker ENV or build args"),
 * or in build arguments, Docker's own word for ARG values ("No credentials, tokens or API keys are passed as build arguments",
 * "No secrets in build args", "Secrets are never passed as `--build-arg`").
 */
const BUILD_ARGS = String.raw`(?:docker )?(?:build[- ]?arg(?:ument)?s?|--build-arg)`;
export const SECRETS_NOT_IN_DOCKER_ENV_OR_BUILD_ARGS = new RegExp(String.raw`${SECRETS_LISTED} (?:(?:are|is) )?(?:(?:baked|set|passed|stored|defined|declared|put|provided|supplied|given|injected) )?(?:in|via|through|as|into|with) (?:an? |the |any )?(?:docker(?:'s)? (?:env|arg)s?\b|${BUILD_ARGS}(?![\w-]))|\b${SECRET_NOUN}\b (?:(?:are|is) )?(?:not|never) (?:(?:baked|set|passed|stored|defined|declared|put|provided|supplied|given|injected) )?(?:in|via|through|as|into|with) (?:an? |the |any )?(?:docker(?:'s)? (?:env|arg)s?\b|${BUILD_ARGS}(?![\w-]))`);
/** The same with ENV or ARG alone, under a Docker heading or parent item ("No secrets in ENV" under "## Docker"). */
export const SECRETS_NOT_IN_ENV_UNDER_DOCKER = new RegExp(String.raw`\bno (?:[\w-]+ )?${SECRET_NOUN}(?:(?:,| or| and| nor)+ (?:[\w-]+ )?${SECRET_NOUN}){0,3} (?:(?:are|is) )?(?:(?:baked|set|passed|stored|defined|declared|put) )?(?:in|via|through|as|into) (?:an? |the |any )?(?:env|arg)(?: (?:instructions?|lines?|directives?|statements?))?(?=$|[\s,;.)(])(?! (?:files?|vars?|variables?)\b)`);

/**
 * An old protocol named in a checklist item: `SSLv3`, `TLS 1.0`, `TLSv1.1`, nginx's `TLSv1`, the version numbers after
 * the word TLS ("TLS versions (1.0/1.1)", "TLS version 1.0", "TLS (1.0, 1.1)") and the versions below 1.2 ("TLS
 * versions below 1.2", "TLS < 1.2"). Not old versions unnamed ("old TLS versions"), nor a version number of something else.
 */
const LEGACY_TLS = String.raw`(?:ssl ?v?[23]|tls ?v?1\.[01]|tls ?v1(?![.\d])|tls (?:protocols? |versions? )?\(?v?1\.[01]|tls (?:protocols? |versions? )?(?:<|below|under|older than|prior to|lower than) ?v?1\.2)`;
/**
 * A legacy version refused with a negated verb before it, as teams and the catalogue's titles write it: "Ingress does not allow
 * TLSv1 or TLSv1.1", "nginx does not accept TLS 1.0 or 1.1", "The server doesn't negotiate SSLv3", "never accepts TLS 1.0" (TLS_MINIMUM
 * reads the passive itself: "TLS 1.0 is not accepted", "… is no longer accepted"). Not a negated refusal ("does not refuse TLS 1.0", "does not disable TLS 1.0"),
 * nor what clients, browsers or a provider do not support ("Our clients do not support TLS 1.0").
 */
const LEGACY_REFUSED_ACTIVE = String.raw`(?<!\b(?:clients?|browsers?|users?|customers?|visitors?|devices?|apps?|sdks?|librar(?:y|ies)|partners?|callers?|consumers?|vendors?|providers?)(?:'s?)?(?: [\w-]+){0,2} )(?:\b(?:does|do|will|must|shall|should|can) not|\bnever|\b(?:doesn|don|won|mustn|shouldn|can)'t|\bno longer) (?:(?:allow|accept|support|offer|negotiate|enable|permit|serve|speak|use)s?|(?:allowed|accepted|supported|offered|negotiated|enabled|permitted|served|used)) (?:any |the )?(?:(?:connections?|clients?|handshakes?|traffic) (?:over|with|using|via) )?${LEGACY_TLS}\b`;
/**
 * TLS 1.2+ only / old protocols disabled. "Do not disable TLS 1.0 yet" and "TLS 1.0 is not disabled"
 * say the opposite: a negated disable (the lookbehinds) is no promise of a minimum. What the server negotiates says
 * the same ("Server only negotiates TLS 1.2 or 1.3", "The TLS policy only permits TLS 1.2 and TLS 1.3", "TLS 1.0/1.1 not offered", "SSLv3 is not accepted"). In German and
 * Russian: "TLS 1.0/1.1 deaktiviert", "TLS 1.0 und 1.1 abschalten", "Kein TLS 1.0", "TLS 1.0/1.1 отключены" (not "nicht
 * deaktiviert", "не отключены"). OWASP ASVS V9.1.3: "Only the latest recommended versions of the TLS protocol are enabled". "At least TLS 1.2" (German
 * "Mindestens TLS 1.2" read in English) starting the item. A minimum written with a sign or as the setting's label: "TLS ≥ 1.2",
 * "TLS >= 1.2", "TLS version ≥ 1.3", "Minimum TLS version 1.2", "Min TLS version: 1.2", "Set the minimum TLS version to 1.2", "TLS
 * minimum version 1.2" (the label the Azure, Cloudflare and AWS consoles use).
 */
const TLS_VERSION_NUMBER = String.raw`(?:tls ?)?v?1\.[23](?![\d.]|\.\d)`;
/**
 * Old protocols named alone, their state "deprecated" or "obsolete" after a dash, a colon or opening an aside, as RETIRED_STATUS
 * reads a status ("SSLv3 — obsolete", "TLS 1.0 and 1.1 (deprecated)", "TLSv1/TLSv1.1: deprecated"): the word describes the
 * protocols, which are off, not the item (see DEPRECATED_THING in the matcher). Nothing else is said of them: "TLS 1.0 still
 * enabled (deprecated)" and "TLS 1.0 — deprecated in Q3" promise no refusal.
 */
const LEGACY_TLS_RETIRED = String.raw`^(?:the )?${LEGACY_TLS}(?:(?: ?[,/&] ?| and | or )(?:${LEGACY_TLS}|v?1\.[01]|v?[23]))*(?: (?:protocols?|versions?|support))? ?(?:[—–:(]|\s-)\s*(?:deprecated|obsolete)\)?\s*[.!]?\s*$`;
const TLS_AT_LEAST = String.raw`\btls(?: (?:protocol )?versions?)? ?(?:≥|>=|=>) ?${TLS_VERSION_NUMBER}|^(?:(?:set|configure|enforce|require|use)(?: the)? )?(?:minimum|min\.?) tls (?:protocol )?version(?: (?:to|of|is|set to))? ?[:=]? ?${TLS_VERSION_NUMBER}|\btls (?:minimum|min\.?) (?:protocol )?version(?: (?:to|of|is|set to))? ?[:=]? ?${TLS_VERSION_NUMBER}`;
export const TLS_MINIMUM = new RegExp(String.raw`${LEGACY_TLS_RETIRED}|\btls ?v?1\.[23] ?\+|^(?:at least|minimum(?: of)?) tls ?v?1\.[23]\b|${TLS_AT_LEAST}|\bonly (?:the )?(?:latest|strong(?:est)?|secure|current|modern)(?: recommended)? versions? of (?:the )?tls(?: protocol)? (?:is |are )?(?:enabled|allowed|supported|offered)\b|\bonly (?:(?:negotiates?|offers?|accepts?|supports?|speaks?|allows?|permits?|serves?|enables?) )?tls ?v?1\.[23]\b|\b${LEGACY_TLS}\b[^;]*\b(?:is |are )?(?:not|never|no longer) (?:be )?(?:offered|accepted|supported|negotiated|enabled|allowed|available)\b|${LEGACY_REFUSED_ACTIVE}|\btls ?v?1\.[23]\b[^;]*\b(?:only|minimum|enforced|required|or (?:higher|later|above|newer))\b|\b(?<!\b(?:not|don't|never) (?:yet )?)(?:disable|disabled|no|refuse)\b[^;]*\b${LEGACY_TLS}\b|\b${LEGACY_TLS}\b[^;]*\b(?<!\bnot (?:yet )?)(?:disabled|off|refused)\b|\bkeine?n? ${LEGACY_TLS}\b|\b${LEGACY_TLS}\b[^;]*(?<![\wа-яё])(?<!(?:^|[\s(])(?:nicht|не) )(?:deaktiviert|deaktivieren|abgeschaltet|abschalten|ausgeschaltet|ausschalten|(?:от|вы)ключ(?:[её]н[аоы]?|ить))(?![\wа-яё])`);
/**
 * Systems other than the deployment's web front whose TLS or certificates a checklist speaks of: brokers,
 * search clusters, mail, directories, VPNs, the traffic between microservices, mobile push (APNs, FCM: "Push certificates
 * expire > 6 months from now").
 */
export const OTHER_SYSTEMS = /\b(?:apns|fcm|push (?:notifications? )?cert(?:ificate)?s?|push notifications?|microservices?|kafka|brokers?|zookeeper|elasticsearch|opensearch|rabbitmq|amqp|mqtt|nats|ldaps?|active directory|vpn|etcd|e-?mail|mail|smtp|imap|pop3|relay|s?ftp|replication|message (?:bus|queue)s?|ca-certificates|ca certificates package|outbound)\b/;

/**
 * A hop behind the public front, which a probe of the deployment's URL never sees: "between the ALB and the pods"
 * (a "between" naming no client, browser, user or the internet: "between clients and the load balancer" is the
 * public hop), "from the load balancer to the backends", "CDN to origin", in-cluster, pod-to-pod, east-west,
 * backend connections.
 */
const INTERNAL_HOP = String.raw`between\b(?![^;]*\b(?:clients?|browsers?|users?|visitors?|customers?|internet|public|world|devices?)\b)|in-cluster|intra-cluster|(?:inside|within) the (?:k8s |kubernetes )?cluster|pod-to-pod|pod to pod|node-to-node|node to node|east-west|backend (?:connections?|traffic|hops?)|(?:to|from) (?:the )?(?:pods?|backends?|origins?(?: servers?)?|upstreams?|target groups?)\b`;

/**
 * TLS of something other than the web server is not the deployment's: a database, mail, or a connection
 * the service makes itself or makes inside the cluster (to a payment gateway, between services, in the mesh,
 * between the load balancer and the pods), or one it makes to another party ("for the payment provider
 * integration", "third-party APIs accessed over TLS 1.2+", "webhooks to partners").
 */
export const TLS_NOT_WEB = new RegExp(`\\b(?:${INTERNAL_HOP}|database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|smtp|email|outbound|outgoing|egress|upstream|gateway|mesh|internal|service-to-service|between services|mtls|(?:connections?|calls?) to|(?:customers?|clients?|users?|visitors?|browsers?) (?:that |who )?still|third[- ]party|3rd[- ]party|external (?:apis?|services?|calls?|systems?|endpoints?|providers?)|partners?|payment (?:providers?|processors?)|processors?|integrations?|webhooks?|datenbank(?:en|server)?)\\b|(?<![\\wа-яё])(?:баз[аеуы] данных|бд|субд)(?![\\wа-яё])|${OTHER_SYSTEMS.source}`);

/**
 * After "Mobile", "iOS" or "Android" opening a heading: not its server side, named within the heading ("Mobile Backend",
 * "Mobile API", "Mobile App API", "iOS & Android backend", "Mobile app (iOS/Android) backend", "Mobile BFF"), unless the
 * heading speaks of that side's clients, keys or calls ("Mobile API clients", "Mobile API keys").
 */
const MOBILE_SERVER_SIDE = String.raw`(?!(?:(?:[ -]|\/(?! )| ?[&+] ?)(?:mobile|ios|android|native|web|apps?|app's|clients?|and|\([^()/]*(?:\/[^()/ ]+)*\)))*(?:[ -]|\/(?! )| ?[&+] ?)(?:back-?ends?|apis?|bffs?|servers?|server-side)\b(?! (?:clients?|consumers?|keys?|tokens?|calls?|requests?|usage|sdks?|integrations?|docs?|documentation)\b))`;

/**
 * A `context` that holds unless a heading (or the parent item) is about another system than the web front: the
 * TLS and certificate items under "## Database" ("## Datenbank", "## База данных"), "## Email (SMTP)", "## Mobile app (iOS/Android)", "## Push notifications" or
 * "## Third-party services" are that system's. Only a heading that starts with the system's name counts
 * ("## Security & database" still speaks of the deployment), and mobile push only as notifications or their certificates
 * ("## Push to production" is the deployment's). A heading that names a mobile app's server side is the
 * deployment's ("# Mobile Backend — Go-Live Checklist", "## Mobile API", "# iOS backend", "## Mobile App API"): its TLS
 * is the server's, as under "## Backend for the mobile app"; not the API's clients or keys ("## Mobile API clients").
 */
export const WEB_TLS_CONTEXT = new RegExp(String.raw`^(?!(?:.*\/ )?[^\wа-яё/]*(?:\d[\d.]*\.? )?(?:баз[аеуы] данных|бд|субд)(?![\wа-яё]))(?!(?:.*\/ )?[^\w/]*(?:\d[\d.]*\.? )?(?:the |our )?(?:databases?|datenbank(?:en|server)?|db|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|e-?mails?|smtp|mail(?: server)?|(?:mobile|ios|android)${MOBILE_SERVER_SIDE}|push (?:notifications?|(?:notification )?cert(?:ificate)?s?)|apns|fcm|third[- ]party|3rd[- ]party|external (?:services|apis|integrations)|integrations|payments?(?: providers?)?|kafka|rabbitmq|message (?:queues?|brokers?)|vpn|ldap|internal (?:services|traffic))\b)`);

/**
 * A document title that names the team's own service with a word WEB_TLS_CONTEXT reads as another system's at the start of
 * a heading: payments ("# Payments API — PCI-DSS Go-Live Checklist", "# Payment Service — Go-Live", "# Payments go-live"; not
 * "# Payment providers", "# Payment gateway integration"), integrations or e-mail as a service or an API ("# Integrations API
 * launch", "# Email service go-live"; not "# Third-party integrations", "# Email (SMTP)", "# Mail server"). The title of a whole
 * checklist names what it ships, not a third party: its TLS is the deployment's. `[1]`: what stands before the word.
 */
export const OWN_SERVICE_TITLE = /^([^\w/]*(?:\d[\d.]*\.? )?(?:the |our )?)(?:payments?(?![ -](?:providers?|processors?|gateways?|partners?|vendors?)\b)|(?:integrations?|e-?mails?)(?=[ -](?:apis?|services?|back-?ends?|bffs?|platform|micro-?services?)\b))/;

/**
 * "Not as root" in the languages a team's checklist is often written in besides English (read lower-cased, NFKC):
 * German "laufen nicht als root", "`USER` ist nicht root", "ohne root-Rechte"; French "ne tournent pas en root",
 * "jamais en tant que root", "sans root"; Spanish "no se ejecutan como root", "sin root"; Portuguese "não rodam como
 * root", "sem root"; Japanese "root で実行しない", "非root", "root 以外のユーザー". ("Non-root" is read by the English rules.)
 */
const NOT_AS_ROOT_TRANSLATED = String.raw`(?:\b(?:nicht|nie(?:mals)?|kein(?:e|en)?|ohne) (?:(?:als|mit|unter) )?(?:de[mnr] )?root\b|\b(?:pas|jamais|sans) (?:(?:en tant qu'|en tant que |en|comme|sous|avec) ?)?(?:l'utilisateur |utilisateur |les droits |droits )?root\b|\b(?:no|nunca) (?:se )?(?:(?:ejecut|corr|funcion|arranc|rued)[a-zé]* )?(?:como|con) (?:el )?(?:usuario )?root\b|\bsin (?:(?:el )?usuario |privilegios (?:de )?)?root\b|(?:\bnão|\bnunca)(?: (?:são|é|sao|e))? (?:(?:rod|execut|corr|funcion|inici)[a-zçãõáéíóú]* )?(?:como|com) (?:o )?(?:usuário |usuario )?root\b|\bsem (?:(?:o )?usuário |(?:o )?usuario |privilégios (?:de )?|privilegios (?:de )?)?root\b|root ?(?:ユーザー|ユーザ)? ?(?:で|として)(?:は)? ?(?:実行|起動|動作|動か)(?:し|さ)(?:ない|せない|ません)|非 ?root|root ?以外)`;
/** Containers named in those languages (and in English, for mixed items); images or the Dockerfile for a Dockerfile's USER, pods for Kubernetes. */
const CONTAINERS_TRANSLATED = String.raw`\b(?:containers?|conteneurs?|contenedor(?:es)?|contêineres|contêiner|conteineres|conteiner)\b|コンテナー?`;
const IMAGES_TRANSLATED = String.raw`\b(?:dockerfiles?|images?|imágenes|imagem|imagens)\b|イメージ|ドッカー`;
const PODS = String.raw`\bpods?\b|ポッド`;
/**
 * "No container runs as root" in those languages: "Keine Container laufen als root", "Kein Container darf als root laufen",
 * "Aucun conteneur ne tourne en root", "Ningún contenedor se ejecuta como root", "Nenhum contêiner roda como root"
 * (at most three words between; not past an exception: "Kein Container außer nginx läuft als root").
 */
const NONE_AS_ROOT_TRANSLATED = (words: string) => String.raw`(?<![\wà-ÿ])(?:kein(?:e|en|er)?|aucune?|ningún|ningun[oa]?|nenhum(?:a)?) (?:docker-?)?(?:${words})(?: (?!(?:au(?:ß|ss)er|sauf|hormis|excepto|salvo|menos|exceto|except)(?![\wà-ÿ]))[\wà-ÿ'-]+){0,3}? (?:als|mit|unter|en tant que|en tant qu'|en|comme|sous|como|com|con) ?(?:l'utilisateur |utilisateur |(?:el |o )?usuario |(?:o )?usuário |de[mnr] )?root\b`;
const notAsRootWith = (words: string): RegExp => new RegExp(`(?:${words})[^;]*${NOT_AS_ROOT_TRANSLATED}|${NOT_AS_ROOT_TRANSLATED}[^;]*(?:${words})|${NONE_AS_ROOT_TRANSLATED(words)}`);
/** A non-English item that promises containers do not run as root: dockerfile-non-root binds it, k8s-run-as-non-root too unless it names the Dockerfile (as in English). */
export const NOT_AS_ROOT_IN_CONTAINERS_TRANSLATED = notAsRootWith(`${CONTAINERS_TRANSLATED}|${IMAGES_TRANSLATED}`);
export const NOT_AS_ROOT_IN_PODS_TRANSLATED = notAsRootWith(`${CONTAINERS_TRANSLATED}|${PODS}`);
/** "Not as root" alone in one of those languages, for an item under a heading or parent item about containers ("Sin root" under "## Contenedores"). */
export const NOT_AS_ROOT_TRANSLATED_ALONE = new RegExp(NOT_AS_ROOT_TRANSLATED);
export const CONTAINERS_CONTEXT_TRANSLATED = new RegExp(`\\bdocker\\b|${CONTAINERS_TRANSLATED}|${IMAGES_TRANSLATED}`);

/**
 * Words after "runs as (the)" that are no user's name: root or what may be root ("the default user", "the same user as the
 * host", "admin"), what the user is rather than who ("the correct user", "the service user"), and the words of prose.
 */
const NOT_A_USER_NAME = String.raw`(?:the|a|an|root|admin|administrator|superuser|super|sudo|sudoers?|privileged|default|same|current|correct|right|proper|wrong|system|host|base|original|docker|container|image|images|pod|that|this|which|who|whose|whom|whoever|whatever|any|each|every|its|their|our|your|my|his|her|given|specified|configured|appropriate|expected|intended|least|logged|calling|invoking|requesting|owner|owning|build|builder|ci|service|database|db|ssh|login|one|another|other|new|existing|first|last|end|is|are|was|be|and|or|not|no|in|of|for|to|from|with|without|on|at|by|if|then|than|it|they|them|we|you|part|well|needed|necessary|required|usual|normal|standard|specific|defined|declared|created|set|named|called|listed|provided|mapped|assigned|described|documented|shown|below|above|follows)`;
/** A user's name as a checklist writes it once its markup is gone (`app`, `www-data`, `rails:rails`), quoted or not. */
const USER_NAMED = String.raw`["']?(?!${NOT_A_USER_NAME}\b)[a-z_][\w-]*(?::[\w-]+)?["']?`;
/**
 * Who "runs as" a user, for the rules that read it as the Dockerfile's final USER: nobody named (the item starts with it:
 * "Runs as `nobody`", "2.2 Run as `node` user"), or the app, its process, container, image or Dockerfile ("App runs as the
 * `rails` user", "The container must run as UID 10001"). Not another job or machine: "CI which runs as a dedicated user", "The
 * backup job runs as the postgres user", "Grafana runs as user grafana", "Cron runs as the deploy user".
 */
const RUNS_AS_SUBJECT = String.raw`(?<=(?:^|^[\d.]+ |[(,;:\u2014\u2013-] |\b(?:app|apps|application|process|processes|containers?|images?|dockerfiles?|docker|pods?|it|everything|workloads?) (?:(?:always|still|now|only|also|all|each|must|should|shall|will|does|do|to|can) )*))`;
/**
 * The app said to run as a user that is not root, by its name or number: "App runs as the `rails` user", "run as `node` user",
 * "Runs as user `app`", "Runs as `nobody`", "Process runs as UID 1000", "runs as a dedicated user", or by its name alone with root
 * refused beside it ("php-fpm image runs as `www-data`, not root", "Image runs as www-data instead of root"). Not negated before it ("no
 * longer runs as the app user", "doesn't run as `node`", "instead of running as the app user").
 */
const RUNS_AS = String.raw`(?<!(?:\bnot|\bnever|n't|\bno longer|\bstop(?:s|ped)?|\binstead of|\brather than|\bwithout) (?:yet |even |always |currently )?)${RUNS_AS_SUBJECT}\b(?:runs?|running|run|executes?|executing|started|starts?) as (?:the |a |an )?`;
/** "User" as a person or account, not a part of another noun ("user namespaces", "user IDs", "user data"). */
const USER_WORD = String.raw`user\b(?![ -](?:namespaces?|ns|ids?|remap\w*|mapping|data|input|sessions?|agents?|interfaces?|experience|space|land|mode)\b)`;
export const RUNS_AS_NON_ROOT_USER = new RegExp(String.raw`${RUNS_AS}(?:${USER_NAMED} ${USER_WORD}|user ${USER_NAMED}(?=$|[,;:()]| not\b| instead\b| rather\b| in (?:the |each |every |all |our )?(?:final |runtime )?(?:dockerfiles?|containers?|images?|stage)\b)|nobody\b|(?:uid|user id|user) [1-9]\d{0,9}(?::\d{1,10})?(?![\w.:])|${USER_NAMED}(?=,? \(?(?:and |but )?(?:not|never) (?:as )?root\b(?!-)|,? (?:instead of|rather than) (?:running as )?root\b(?!-))|(?:dedicated|separate|custom|unprivileged|low[- ]privileged?|limited|restricted|regular|normal|ordinary) (?:(?:app|application|system|service) )?${USER_WORD})`);
/** The USER instruction with a group, as an item's whole text or an aside ("`USER rails:rails`", "(USER app:app)"): the user is not root. */
export const USER_INSTRUCTION_WITH_GROUP = new RegExp(String.raw`(?:^|\()user ${USER_NAMED.replace('(?::[\\w-]+)?', ':[\\w-]+')}(?=$|[\s),;])`);

/**
 * ASP.NET Core's developer exception page named: "developer exception page" (or "dev exception page"), and, for the check
 * that reads the code, the call that shows it (`UseDeveloperExceptionPage()`).
 */
const DEV_PAGE_WORDS = String.raw`(?:developer|dev) exception pages?`;
const DEV_PAGE_CALL = String.raw`usedeveloperexceptionpage\b(?:\(\))?`;
/** A negated refusal ("not disable", "never removed") is no promise: the words right before a refusal. */
const NOT_BEFORE = String.raw`(?<!(?:\bnot|\bnever|n't) (?:yet |ever |always |really )?)`;
/** A state negated before it ("is not disabled", "isn't hidden yet"). */
const NOT_STATE_BEFORE = String.raw`(?<!\b(?:not|never|isn't|aren't|wasn't|no longer) (?:be |been |yet |always |really )?)`;
const devPageOff = (page: string) => new RegExp([
  // Refused before it: "No developer exception page in production", "Never call `UseDeveloperExceptionPage()` in production",
  // "Disable the developer exception page", "Don't ship the developer exception page" (not "We do not disable …").
  String.raw`${NOT_BEFORE}\b(?:no|never|without|disabl(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|turn(?:s|ed)? off|switch(?:es|ed)? off|(?:don't|do not|must not|mustn't|should not|shouldn't|cannot|can't|never) (?:use|enable|call|show|serve|expose|register|turn on|leave on|ship|return|display|render))\b[^;,]*?\b${page}`,
  // Its state after it: "Developer exception page is not enabled in production", "… disabled", "… removed", "… never shown".
  String.raw`\b${page}[^;,]*?${NOT_STATE_BEFORE}\b(?:disabled|off|removed|turned off|switched off|(?:not|never) (?:be |been |get |gets )?(?:enabled|on|used|called|shown|served|exposed|registered|reachable|active|returned|visible|turned on|displayed|rendered))\b`,
  // Development only: "`UseDeveloperExceptionPage()` only in Development", "Developer exception page guarded by `IsDevelopment()`",
  // "Developer exception page in Development only".
  String.raw`\b${page}[^;,]*?\b(?:only (?:in|inside|under|within|for|when|if|behind)|(?:inside|within|behind|guarded by|wrapped in|gated (?:by|on|behind)|under))\b[^;,]*?\b(?:development|dev|isdevelopment)\b`,
  String.raw`\b${page}[^;,]*?\b(?:development|dev|isdevelopment(?:\(\))?) only\b`,
].join('|'));
/** "Not only in Development", "isn't guarded by IsDevelopment()": the development-only promise negated in its clause. */
const DEV_ONLY_NEGATED = /\b(?:not|never|isn't|aren't|no longer) (?:yet )?(?:only|inside|within|behind|guarded|wrapped|gated|under)\b/;
/**
 * ASP.NET Core's developer exception page not shown in production, by its name or by the call that adds it: "No developer
 * exception page in production", "`UseDeveloperExceptionPage()` only in Development", "Developer exception page is not enabled
 * in production". debug-mode fails the call outside an `IsDevelopment()` check and `ASPNETCORE_ENVIRONMENT=Development`
 * (dev-server-exposed binds none of these: the page shows only on an unhandled exception, which a probe cannot cause).
 */
export const DEV_EXCEPTION_PAGE_OFF = {
  pattern: devPageOff(`(?:${DEV_PAGE_WORDS}|${DEV_PAGE_CALL})`),
  clauseUnless: DEV_ONLY_NEGATED,
};

/**
 * Stack traces named: "stack trace(s)", "stacktrace", "backtrace", "traceback"; not a part of a setting's or a method's
 * name (`server.error.include-stacktrace`, `SERVER_ERROR_INCLUDE_STACKTRACE`, `printStackTrace()`: the setting is debug-mode's own rule).
 */
const STACK_TRACES = String.raw`(?<![\w.-])(?:stack ?-?traces?|backtraces?|tracebacks?)(?![\w-]|\.\w|\(| ?=)`;
/**
 * Stack traces kept from clients: "Stack traces are never returned to clients", "No stack traces in error responses",
 * "Error responses never include stack traces", "Hide stack traces in production", "Stack traces hidden from users".
 * debug-mode fails the settings that put them in responses (Spring Boot include-stacktrace, the debug switches, the developer
 * exception page); dev-server-exposed binds none of them (a stack trace shows only on an unhandled exception, which a probe
 * cannot cause: a pass there would stand for a promise it never saw tested). Not where stack
 * traces go instead (logs, an error tracker: "No stack traces in logs", "Stack traces are not sent to Sentry"), nor a
 * mobile app's crash reports; a negated hiding ("Stack traces are not hidden yet") is no promise.
 */
export const STACK_TRACES_HIDDEN = {
  pattern: new RegExp([
    String.raw`${NOT_BEFORE}\b(?:no|never|without|hide|hides|hiding|(?:don't|do not|does not|doesn't|will not|won't|must not|mustn't|should not|shouldn't|cannot|can't|never) (?:return|show|expose|leak|send|display|include|render|reveal|serve|echo))\b[^;,]*?${STACK_TRACES}`,
    String.raw`${STACK_TRACES}[^;,]*?${NOT_STATE_BEFORE}\b(?:(?:not|never) (?:be |been |get |gets |ever )?(?:returned|shown|exposed|leaked|sent|displayed|included|rendered|revealed|served|visible|surfaced|echoed)|hidden|suppressed|stripped)\b`,
  ].join('|')),
  clauseUnless: /\b(?:logs?|logged|logging|sentry|datadog|rollbar|bugsnag|new relic|honeybadger|apm|monitoring|error track\w*|crash\w*|mobile|android|ios|tests?|ci)\b/,
};
