/**
 * What the collector observed of the deployment. Plain data (JSON-serialisable), so probes can be
 * unit-tested with recorded observations. Only the parts the requested probes need are filled in.
 */

/** One HTTP response. Header names are lower-case; each occurrence of a header is kept. */
export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string[]>;
  /**
   * At most the collector's body cap (64 KiB), its Content-Encoding (gzip, deflate, br) undone
   * (inflating at most the cap), decoded as UTF-8.
   */
  body: string;
  truncated?: boolean;
  /** The body's Content-Encoding could not be undone: `body` holds what was decoded before the error. */
  bodyError?: string;
  /** Time to the end of the (capped) body, in milliseconds. */
  ms: number;
}

/** A request that may have failed: `error` is a human reason (DNS failure, refused, timeout…). */
export interface Fetched {
  url: string;
  response?: HttpResponse;
  error?: string;
  /**
   * With `error`: the server took the request and closed or reset the connection without an
   * answer (nginx `return 444`): a refusal of that path, not an unreachable server.
   */
  dropped?: boolean;
  /**
   * With `error`: the proxy (HTTPS_PROXY/HTTP_PROXY) failed, not the target (refused, 407, reset tunnel, unresolvable; for a
   * plain-HTTP URL it forwards, its 407, a connection it dropped or an answer that is no HTTP before a status line).
   */
  proxyFailed?: true;
  /** The URL first requested, when `url` was reached through same-host redirects (CORS requests follow them). */
  redirectedFrom?: string;
  /** With `redirectedFrom`: the redirect responses followed to `url`, in order (the not-found, console and sensitive paths follow them). */
  hops?: HttpResponse[];
  /** The answer is a redirect the collector would not follow (another host, a metadata address…): where it led, and why. */
  stopped?: Chain['stopped'];
  /**
   * With `error`: the status, headers and the part of the body that arrived before the response broke
   * off (closed mid-body, a timeout mid-body); `bodyError` says why. What the server already sent was
   * sent: a body that is already the file (a .env, the debugger console) is judged on it.
   */
  partial?: HttpResponse;
}

/** Why the collector stopped walking a redirect chain. */
export type StopReason = 'off-host' | 'metadata' | 'limit' | 'bad-location';

/** A redirect chain walked hop by hop; the last hop is the final response (even a redirect). */
export interface Chain {
  start: string;
  hops: HttpResponse[];
  /** The request for the next hop failed. */
  error?: string;
  /** With `error`: the proxy failed, not the target (see Fetched). */
  proxyFailed?: true;
  /** The chain ended on a redirect the collector would not follow. */
  stopped?: { location: string; reason: StopReason };
}

/** One certificate of the peer's chain, leaf first. */
export interface CertInfo {
  subject: string;
  issuer: string;
  /** ISO dates. */
  validFrom: string;
  validTo: string;
  /** Subject equals issuer. */
  selfIssued: boolean;
  subjectAltName?: string;
  fingerprint256?: string;
  /** The public key's type (`rsa`, `ec`…) and size in bits (an RSA modulus, an EC curve). */
  keyType?: string;
  keyBits?: number;
  /** OpenSSL's name of the signature algorithm (`sha256WithRSAEncryption`, `sha1WithRSAEncryption`…). */
  signatureAlgorithm?: string;
  /**
   * Where the issuer's certificate is published (Authority Information Access `CA Issuers` URIs): publicly issued
   * certificates name one; a private CA's (`openssl`, most internal CAs) usually do not.
   */
  caIssuers?: string[];
  /** The extended key usage OIDs (`1.3.6.1.5.5.7.3.1` serverAuth…); absent when the certificate has none (any use). */
  extKeyUsage?: string[];
  /** basicConstraints CA:TRUE: whether it may issue certificates. */
  ca?: boolean;
}

/** The normal handshake (Node's defaults + default and extra CAs, verification recorded, not enforced). */
export interface TlsObservation {
  /** Why the handshake failed; nothing else is set then. */
  error?: string;
  /** With `error`: the proxy failed, not the target. */
  proxyFailed?: true;
  protocol?: string;
  cipher?: string;
  /** The chain verified against the trusted CAs and the name matched. */
  authorized?: boolean;
  /** OpenSSL's verification code (`CERT_HAS_EXPIRED`, `DEPTH_ZERO_SELF_SIGNED_CERT`…). */
  authorizationError?: string;
  /** `tls.checkServerIdentity`'s complaint, checked even when the chain is not trusted. */
  hostnameError?: string;
  /**
   * The host name asked for (SNI) and checked, when it is not the URL's: the site's name a `Host` header gave for the
   * target's address (`--header "Host: app.example.com"` with `--url https://10.0.0.5/`).
   */
  servername?: string;
  /**
   * Set only with a date error (`CERT_HAS_EXPIRED`, `CERT_NOT_YET_VALID`) or a weak-key/signature one
   * (`UNSPECIFIED`…), which is all OpenSSL reports then: whether the chain leads to a trusted CA, dates aside.
   */
  chainTrusted?: boolean;
  chain?: CertInfo[];
  /**
   * A server holding an ECDSA and an RSA certificate (nginx's `ssl_certificate` given twice) serves, over TLS 1.2, the
   * one the cipher suite chosen needs: this handshake is then the one that got what browsers get (ECDSA suites offered
   * first), and `otherKey` the one that got the other certificate. `nodeDefault`: Node's default offer (RSA suites
   * first, as Node's own clients make it) got that other one; else only an offer without the first one's suites does.
   */
  otherKey?: { session: TlsObservation; nodeDefault: boolean };
}

/** A handshake that offered only TLS 1.0/1.1 with `SECLEVEL=0`. */
export interface LegacyTlsObservation {
  accepted: boolean;
  /** The version negotiated when TLS 1.0 and 1.1 were both offered (the newer one the server speaks). */
  protocol?: string;
  /** Every legacy version the server accepts, oldest first (`TLSv1`, `TLSv1.1`). */
  protocols?: string[];
  /** What the accepted legacy handshake showed (certificate, trust), for a server that speaks nothing newer. */
  session?: TlsObservation;
  /** Why it failed when the failure was not a plain refusal (timeout, refused connection, this machine unable to offer them). */
  error?: string;
  /**
   * With `error`: the failure was raised on this machine before the server could answer (its TLS library could not
   * offer TLS 1.0/1.1: a build or crypto policy without them, "no protocols available"): the versions were not tested.
   */
  local?: true;
  /** How the server refused the legacy offers (the last one's error), for the debug log. */
  refusal?: string;
}

/**
 * Another `https://` origin (another port of the same host) that the target's redirects reached, with its handshakes:
 * users land there, so its certificate (and TLS versions) are judged as the target's are.
 */
export interface RedirectTls {
  /** The first URL reached on that origin. */
  url: string;
  /** The URL that redirected there. */
  from: string;
  /** The normal handshake (when `tls` was needed). */
  tls?: TlsObservation;
  /** The legacy handshake (when `legacyTls` was needed, or the normal one failed). */
  legacyTls?: LegacyTlsObservation;
}

/** Health polling for one path. */
export interface HealthObservation {
  chain: Chain;
  attempts: number;
  /** Milliseconds spent polling. */
  waitedMs: number;
}

export interface Observation {
  /** The target URL as given. */
  url: string;
  /** When the observation was made (ISO); time-dependent judgements use it. */
  at: string;
  /** Certificate problems are downgraded to `low` (`--allow-self-signed`). */
  allowSelfSigned: boolean;
  /** Extra trusted CAs were given (`--ca`, the action input `ca`, `probes.ca`). */
  caGiven?: boolean;
  /** Custom headers were configured but withheld because the certificate is not trusted. */
  headersWithheld?: boolean;
  /** Custom headers were configured (and sent unless `headersWithheld`). */
  headersGiven?: boolean;
  /**
   * The site's host name a `Host` header sent to the target's address named (`--header "Host: app.example.com"`, the
   * URL an address): URLs on that name are the target's host. Their requests went to the target's address with that
   * `Host` (the target's scheme and port, or the port the header names: the target's origin itself).
   */
  virtualHost?: string;
  /** Health paths used when `health-endpoint` has no `paths` option. */
  defaultHealthPaths: string[];
  tls?: TlsObservation;
  legacyTls?: LegacyTlsObservation;
  /**
   * For an `https://` target: each other `https://` origin its main page's or health paths' redirects reached (a hop
   * whose request failed included), in the order reached.
   */
  redirectTls?: RedirectTls[];
  /** GET of the target, same-host redirects followed. */
  main?: Chain;
  /** The first hop from the plain-HTTP origin (never followed). */
  plainHttp?: Fetched;
  health?: Record<string, HealthObservation>;
  /** `crafted`: GETs with origins made from the target's host (`craftedOrigins`), for prefix/suffix-matching allow-lists. */
  cors?: { origin: string; get?: Fetched; preflight?: Fetched; nullOrigin?: Fetched; crafted?: { origin: string; trick: 'suffix' | 'prefix'; get?: Fetched }[] };
  /** GET of a path that cannot exist (debug 404 pages). */
  notFound?: Fetched;
  /** GET of `/console` (the Werkzeug debugger's interactive console), not followed. */
  console?: Fetched;
  /** The same two under the target's path when it has one (`https://host/app/` → `/app/preflight-probe-…`, `/app/console`): an application mounted there. */
  notFoundUnder?: Fetched;
  consoleUnder?: Fetched;
  sensitive?: Record<string, Fetched>;
  /** The same paths under the target's path when it has one (`https://host/app/` → `/app/.env`), keyed like `sensitive`. */
  sensitiveUnder?: Record<string, Fetched>;
  /** Response-time samples per path (after one warm-up request). */
  timing?: Record<string, { samples: number[]; /** The status of each timed answer. */ statuses?: number[]; error?: string; /** The warm-up's chain when it ended somewhere that is not the page (a redirect not followed, a login wall): nothing was timed. */ unjudged?: Chain }>;
}
