export const id = 65;
export const ids = [65];
export const modules = {

/***/ 68065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collect: () => (/* binding */ collect)
/* harmony export */ });
/* unused harmony exports retryAfterMs, lenientHead, describeError, describeFailure, proxyFor, decodeBody, localTlsFailure, handshake, legacyOutcome, legacyHandshake */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53053);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40610);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44708);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77030);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41692);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38522);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24371);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37439);










const USER_AGENT = 'preflight-probe/1';
const MAX_REDIRECTS = 5;
/** Requests in flight at once (browsers open six connections per host). */
const MAX_IN_FLIGHT = 6;
/**
 * Waits before asking again after a 429 whose Retry-After names none (or none that can be read), by attempt:
 * three retries at most. A Retry-After (seconds or an HTTP date) is honoured instead when it fits the budget.
 */
const BACKOFF_MS = [500, 1000, 2000];
/** Spacing of request starts to a host once it rate-limited one (10 a second), doubled by each later 429, up to 1 s. */
const PACE_MS = 100;
const MAX_PACE_MS = 1000;
/**
 * How long a `Retry-After` value asks the client to wait, in ms: delay-seconds or an HTTP date (RFC 9110
 * \u00a710.2.3); undefined when it is neither.
 */
function retryAfterMs(value, now = Date.now()) {
    const v = value?.trim();
    if (!v)
        return undefined;
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    // Only a date: a bare number in other forms ("1.5", "-1") is no valid value.
    if (!/[a-z]/i.test(v))
        return undefined;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Response header bytes accepted (Chrome's limit). */
const MAX_HEADER_BYTES = 256 * 1024;
/**
 * Response header fields accepted (Node's own HTTP client keeps no more: its `maxHeadersCount`). Within 256 KiB a head
 * may hold 50,000 tiny fields (`ab:`), each costing far more memory than its bytes, kept for every response of the run.
 */
const MAX_HEADER_FIELDS = 2000;
/** What a response head past MAX_HEADER_FIELDS is refused with. */
const headerFlood = () => Object.assign(new Error(`more than ${MAX_HEADER_FIELDS} response header fields`), { code: 'PREFLIGHT_HEADER_FLOOD' });
const headCounts = new WeakMap();
/**
 * Counts the head of the next response on `socket` (reset per request: HTTP/1.1 without pipelining answers one at a time)
 * until the blank line that ends it (an interim 1xx head, which the client discards, and the final one each on its own),
 * and destroys the socket once it
 * passes MAX_HEADER_BYTES (with undici's overflow error) or MAX_HEADER_FIELDS. The listener is removed once the head is
 * read. `first`: listen ahead of the client's own parser (Node's, which reads in its `data` listener); undici reads the
 * socket itself (`read()`, whose chunk is emitted as `data` before undici parses it), and parses nothing more of a
 * destroyed socket.
 */
function countHead(socket, first = false) {
    let count = headCounts.get(socket);
    if (!count) {
        const c = { bytes: 0, lines: 0, line: 0, last: -1, start: '', onData: (chunk) => readHead(socket, c, chunk) };
        headCounts.set(socket, count = c);
    }
    socket.removeListener('data', count.onData);
    Object.assign(count, { bytes: 0, lines: 0, line: 0, last: -1, start: '' });
    delete count.refused;
    if (first)
        socket.prependListener('data', count.onData);
    else
        socket.on('data', count.onData);
    return count;
}
function readHead(socket, c, chunk) {
    const refuse = (e) => { c.refused = e; socket.removeListener('data', c.onData); socket.destroy(e); };
    for (let i = 0; i < chunk.length;) {
        const lf = chunk.indexOf(10, i);
        const end = lf < 0 ? chunk.length : lf + 1;
        if (c.start.length < 16)
            c.start += chunk.toString('latin1', i, Math.min(end, i + 16 - c.start.length));
        c.bytes += end - i;
        if (c.bytes > MAX_HEADER_BYTES) {
            refuse(new undici__WEBPACK_IMPORTED_MODULE_8__/* .errors */ .sO.HeadersOverflowError());
            return;
        }
        if (lf < 0) {
            c.line += end - i;
            c.last = chunk[end - 1];
            return;
        }
        const before = lf > i ? chunk[lf - 1] : c.last;
        const length = c.line + (lf - i);
        c.line = 0;
        c.last = 10;
        i = end;
        // A blank line (CRLF, or a bare LF) ends the head; after an interim 1xx (not 101) the final head follows.
        if (length === 0 || (length === 1 && before === 13)) {
            // Stray line ends before the status line (after a previous body) start no head.
            if (!c.start.trim()) {
                c.start = '';
                continue;
            }
            if (/^HTTP\/\d(?:\.\d)? 1(?!01)\d\d/.test(c.start)) {
                Object.assign(c, { bytes: 0, lines: 0, start: '' });
                continue;
            }
            socket.removeListener('data', c.onData);
            return;
        }
        // The status line and the header lines (a folded line counted as one more).
        if (++c.lines > MAX_HEADER_FIELDS + 1) {
            refuse(headerFlood());
            return;
        }
    }
}
/** undici publishes each HTTP/1.1 request it writes, with its socket: the response head that follows is counted. */
function onSendHeaders(message) {
    const { request, socket } = message;
    // A tunnel (CONNECT) or an upgrade hands the socket on: nothing of ours may stay on it.
    if (!socket || typeof socket.prependListener !== 'function' || request?.method === 'CONNECT' || request?.upgrade)
        return;
    countHead(socket);
}
const hostPort = (url) => `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
/** An abort or one of undici's/the socket's timeouts. */
function isTimeout(e) {
    const err = e;
    const code = errorCode(e);
    const name = err?.name ?? '';
    return name === 'TimeoutError' || name === 'AbortError' || code === 'ETIMEDOUT' || (!!code?.startsWith('UND_ERR_') && code.includes('TIMEOUT'));
}
/** The error's code, or its cause's when undici wraps it in a generic socket error. */
function errorCode(e) {
    const err = e;
    const inner = err?.cause ?? err?.errors?.[0];
    return err?.code && err.code !== 'UND_ERR_SOCKET' ? err.code : inner?.code ?? err?.code;
}
/**
 * The server took the request and closed or reset the connection without answering (nginx
 * `return 444`): it refused that request, it is not unreachable. A timeout, a refused connection
 * or a failure after the status arrived is not this.
 */
function isDropped(e) {
    if (e?.afterStatus)
        return false;
    if (isUnsolicitedContinue(e))
        return false;
    const code = errorCode(e);
    // Over HTTP/2 the server refuses one request by resetting its stream (RST_STREAM), not the connection.
    return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'ERR_HTTP2_STREAM_ERROR';
}
/**
 * The server answered with an interim `100 Continue` the request never asked for (no `Expect: 100-continue`):
 * undici refuses it as "bad response" and drops the connection, where curl and browsers skip it and read the
 * final response. The server did answer, so this is neither a reset nor a refusal (nginx `return 444`).
 */
function isUnsolicitedContinue(e) {
    const err = e;
    return err?.code === 'UND_ERR_SOCKET' && err.message === 'bad response';
}
/**
 * What undici's strict parser (llhttp) refuses in a response that curl, browsers and Python read (RFC 9112 \u00a72.2 lets a
 * recipient take a bare LF as a line terminator): lines ending in a bare LF (with no reason phrase after the status, llhttp
 * calls it an invalid status), a C0 control character or DEL in a header value, or a bare LF before the body. Obsolete line
 * folding is not among them (it is reported as such), nor is anything else.
 *
 * Once a Content-Length header was read, undici reports any later parse error of the header lines as a Content-Length
 * mismatch, without llhttp's reason and without the bytes: which it was cannot be seen from undici's answer. Such a
 * response may be one of the above, so it is asked again, once (see `viaNodeHttp`, which never asks again), and the lenient
 * read is kept only when the response head shows a bare LF or a control character (`lenientHead`); a head with neither
 * (two Content-Length values, a line without a colon, both Content-Length and Transfer-Encoding) keeps undici's refusal.
 */
function lenientlyReadable(e) {
    const err = e;
    if (isLengthMismatch(e))
        return true;
    if (err?.name !== 'HTTPParserError')
        return false;
    const why = /\(([^()]*)\)\s*$/.exec(err.message ?? '')?.[1] ?? '';
    return /^(?:Missing expected CR after (?:response line|header value)|Invalid header value char|Invalid response status)$/.test(why);
}
/** undici's Content-Length mismatch, which before the status stands for any parse error after a Content-Length header. */
const isLengthMismatch = (e) => e?.code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
/**
 * What the lenient read of the raw response `bytes` (latin1, as they arrived) may keep: `shown`, whether their head shows
 * what that read is for (a line ending in a bare LF, the blank line before the body included, or a C0 control character
 * or DEL in a header line); `folded`, whether a header line is continued on the next (obsolete line folding, which the
 * lenient parser unfolds but is not read past).
 */
function lenientHead(bytes) {
    const end = /\r?\n\r?\n/.exec(bytes);
    const head = end ? bytes.slice(0, end.index + end[0].length) : bytes;
    return {
        shown: /(?:^|[^\r])\n/.test(head) || /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(head),
        folded: /\n[ \t]/.test(end ? head.slice(0, end.index) : head),
    };
}
/** A TLS server that speaks only HTTP/2 refused a handshake offering http/1.1 alone (alert 120, no_application_protocol). */
function refusesHttp1(e) {
    const code = errorCode(e) ?? '';
    const msg = `${e?.message ?? ''} ${(e?.cause?.message) ?? ''}`;
    return code === 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL' || /no.application.protocol/i.test(msg);
}
/** Error codes of a failed name lookup (getaddrinfo). */
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
/** Turns a network error into a short reason (DNS failure, refused, TLS handshake failure, timeout). */
function describeError(e, url, timeoutMs, proxy) {
    return describeFailure(e, url, timeoutMs, proxy).error;
}
/** What a response undici refuses answered when it is not asked for again (a request is sent twice at most: see `sendFailed`). */
const RESENT = 'the retry of a dropped request, which is not asked a third time';
/** Said of a response undici refused that answered such a retry (`resent`): read leniently, as curl reads it, it might have passed. */
const resent = (e) => (e?.resent ? `, in answer to ${RESENT} to be read leniently as curl and browsers read it` : '');
/** What failed, and whether it was the proxy's own failure (`proxyFailed`: says nothing about the target). */
function describeFailure(e, url, timeoutMs, proxy) {
    // Already described (the target was found unreachable before): as it was.
    const known = e;
    if (known?.code === 'PREFLIGHT_UNREACHABLE')
        return { error: known.message, ...(known.proxyFailed ? { proxyFailed: true } : {}) };
    const own = proxy ? proxyFailure(e, url, proxy) : null;
    return own !== null ? { error: own, proxyFailed: true } : { error: targetFailure(e, url, timeoutMs, proxy) };
}
/**
 * Marks an error raised while talking to the proxy itself, before any tunnel existed (its answer to CONNECT, a connection
 * to it that closed): the target was never reached.
 */
const FROM_PROXY = Symbol('from the proxy');
const markFromProxy = (e) => { if (e && typeof e === 'object')
    Object.assign(e, { [FROM_PROXY]: true }); return e; };
/** The error, or one it wraps (undici's UND_ERR_PRX_CONN wraps the socket error), was raised talking to the proxy. */
function fromProxy(e) {
    let cur = e;
    for (let depth = 0; cur && typeof cur === 'object' && depth < 4; depth++, cur = cur.cause)
        if (cur[FROM_PROXY])
            return true;
    return false;
}
/** The error, or one it wraps, is a timeout of Preflight's own CONNECT (tunnel) before the proxy answered it. */
function awaitingConnect(e) {
    let cur = e;
    for (let depth = 0; cur && typeof cur === 'object' && depth < 4; depth++, cur = cur.cause)
        if (cur.awaitingConnect)
            return true;
    return false;
}
/** The codes of the error and of those it wraps, outermost first (a few levels: undici wraps a socket error in its own). */
function codesOf(e) {
    const out = [];
    let cur = e;
    for (let depth = 0; cur && typeof cur === 'object' && depth < 4; depth++, cur = (cur.cause ?? cur.errors?.[0]))
        if (typeof cur.code === 'string')
            out.push(cur.code);
    return out;
}
const PROXY_AUTH = ' (proxy authentication required: give credentials in the proxy URL)';
/**
 * Through a proxy every connection is the proxy's: its refusals (refused, 407, a reset tunnel, an unresolvable proxy) are
 * not the target's. So is whatever it answers itself: to CONNECT (before the tunnel to the target exists), and to a
 * plain-HTTP request it forwards (no tunnel: HTTP_PROXY for an http:// URL) before a status line came. A forward proxy
 * answers for a target that failed with a status of its own (502, 504), so a connection it closed or reset, or bytes that
 * are no HTTP, are its own failure; so is its 407, which undici refuses as an error. Timeouts stay the target's ("no
 * answer \u2026 through the proxy"): a proxy waits on the target before it answers.
 */
function proxyFailure(e, url, proxy) {
    const err = e;
    const inner = (err?.cause ?? err?.errors?.[0]);
    const code = errorCode(e);
    const via = `the proxy ${proxy.host} (${url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'})`;
    const target = hostPort(url);
    const text = `${err?.message ?? ''} ${inner?.message ?? ''}`;
    // A tunnel refused: undici's "Proxy response (407) !== 200 when HTTP Tunneling", or the handshakes' own CONNECT (`tunnel`).
    const answered = /Proxy response \((\d{3})\)/.exec(text)?.[1] ?? (fromProxy(e) && err?.proxyStatus !== undefined ? String(err.proxyStatus) : undefined);
    if (answered)
        return `${via} answered ${answered} to CONNECT ${target}${answered === '407' ? PROXY_AUTH : ''}`;
    // A plain-HTTP request the proxy forwards: undici's ProxyAgent refuses the proxy's 407 as an invalid argument.
    if (/Proxy Authentication Required \(407\)/.test(text))
        return `${via} answered 407 to the request for ${target}${PROXY_AUTH}`;
    if (code === 'ECONNREFUSED')
        return `connection refused by ${via}`;
    if (code !== undefined && DNS_FAILURES.has(code)) {
        const host = inner?.hostname ?? err.hostname;
        if (host === undefined || bare(host).toLowerCase() === bare(proxy.hostname).toLowerCase())
            return `DNS lookup failed for ${via}`;
    }
    const codes = codesOf(e);
    // What the proxy was asked when it failed: CONNECT (undici's own proxy-connection failure, UND_ERR_PRX_CONN, or an error
    // marked as the proxy's), or a plain-HTTP request it forwards, before a status line arrived.
    const asked = fromProxy(e) || codes.includes('UND_ERR_PRX_CONN') ? `CONNECT ${target}`
        : url.protocol === 'http:' && !err?.afterStatus ? `the request for ${target}` : undefined;
    if (asked === undefined || isTimeout(e) || code?.startsWith('PREFLIGHT_') || isUnsolicitedContinue(e))
        return null;
    // The response head relayed whole (a forward proxy passes the target's headers on) stays the target's.
    if (code === 'UND_ERR_HEADERS_OVERFLOW')
        return null;
    const msg = (inner?.message ?? err?.message ?? String(e)).split('\n')[0];
    if (err?.name === 'HTTPParserError' || inner?.name === 'HTTPParserError' || codes.some((c) => c.startsWith('HPE_'))) {
        const why = (/\(([^()]*)\)\s*$/.exec(msg)?.[1] ?? msg).replace(/^Parse Error: /, '');
        return `${via} answered ${asked} with something that is not valid HTTP (${why})`;
    }
    if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH')
        return `${via} answered ${asked} with something that is not valid HTTP (malformed response headers)`;
    // Closed or reset (which of the two depends on whether the request had arrived): dropped.
    if (codes.some((c) => c === 'UND_ERR_SOCKET' || c === 'UND_ERR_PRX_CONN' || c === 'ECONNRESET' || c === 'EPIPE'))
        return `${via} dropped the connection before answering ${asked}`;
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return `${via} is unreachable`;
    if (code === 'EPROTO' || code?.startsWith('ERR_SSL') || code?.startsWith('ERR_TLS')) {
        const reason = inner?.reason ?? err.reason;
        return `TLS handshake with ${via} failed (${reason ?? msg})`;
    }
    return `${via} failed before answering ${asked} (${msg})`;
}
function targetFailure(e, url, timeoutMs, proxy) {
    const err = e;
    const inner = (err?.cause ?? err?.errors?.[0]);
    if (err?.code === 'PREFLIGHT_BODY_TIMEOUT' || err?.code === 'PREFLIGHT_QUEUED_TIMEOUT')
        return err.message;
    const code = errorCode(e);
    const where = hostPort(url);
    if (code !== undefined && DNS_FAILURES.has(code))
        return `DNS lookup failed for ${url.hostname}`;
    if (code === 'ECONNREFUSED')
        return `connection refused by ${where}`;
    if (isTimeout(e)) {
        const within = `within ${timeoutMs / 1000} s`;
        if (!proxy)
            return `no answer from ${where} ${within} (timeout)`;
        // Nothing came from the proxy itself: no answer to CONNECT (the tunnel never opened), or, for a plain-HTTP request it
        // forwards, no response head. The proxy is named (its host and port, never its credentials) as the one that did not
        // answer; a proxy waiting on a silent target looks the same from here, so the target is named as the other suspect.
        const via = `the proxy ${proxy.host} (${url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'})`;
        if (url.protocol === 'http:')
            return `${via} did not answer the request for ${where} ${within} (timeout: the proxy, or ${where} it forwards to, is not answering)`;
        if (awaitingConnect(e) || connectPending(proxy, url))
            return `${via} did not answer CONNECT ${where} ${within} (timeout: the proxy, or ${where} it connects to, is not answering)`;
        return `no answer from ${where} through the proxy ${proxy.host} ${within} (timeout)`;
    }
    const msg = (inner?.message ?? err?.message ?? String(e)).split('\n')[0];
    // undici reports a FIN before the response was complete as UND_ERR_SOCKET "other side closed".
    // After the status line and headers, only the body broke off: "did not answer" would be wrong.
    const midBody = e?.status;
    const inBody = midBody !== undefined ? ` in the middle of the body of its HTTP ${midBody} response` : '';
    if (code === 'UND_ERR_SOCKET' && /other side closed/i.test(msg))
        return inBody ? `${where} closed the connection${inBody}` : `${where} closed the connection before a complete response`;
    if (isUnsolicitedContinue(e))
        return `${where} answered with an interim 100 Continue the request did not ask for (no Expect: 100-continue), which undici refuses ${proxy ? 'through a proxy' : `in answer to ${RESENT}`} (curl and browsers skip it): send only the final response`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
        return `connection to ${where} was reset${inBody}`;
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return `host ${url.hostname} is unreachable`;
    if (err?.name === 'HTTPParserError' || inner?.name === 'HTTPParserError' || code?.startsWith('HPE_')) {
        const why = /\(([^()]*)\)\s*$/.exec(msg)?.[1] ?? msg;
        // llhttp's reason for a line starting with white space after a header: obsolete line folding (obs-fold).
        const fold = /^Unexpected whitespace after header value$/i.test(why)
            ? ': a header value continued on the next line (obsolete line folding, which RFC 9112 \u00a75.2 forbids senders; curl and browsers unfold it); send each header on one line' : '';
        return `${where} answered something that is not valid HTTP (${why}${fold})${resent(e)}`;
    }
    if (code === 'UND_ERR_HEADERS_OVERFLOW')
        return `${where} sent response headers larger than ${MAX_HEADER_BYTES / 1024} KiB (more than browsers accept)`;
    if (code === 'PREFLIGHT_HEADER_FLOOD')
        return `${where} sent more than ${MAX_HEADER_FIELDS} response header fields (more than Node's HTTP client keeps): send fewer headers`;
    if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') {
        // Before the status arrived, undici reports a parse error of the header lines after a Content-Length as this.
        const headers = !e?.afterStatus;
        return `${where} answered something that is not valid HTTP (${headers ? 'malformed response headers, such as a line without a colon or two different Content-Length values' : 'the body does not match its Content-Length'})${resent(e)}`;
    }
    if (code === 'EPROTO' || code?.startsWith('ERR_SSL') || /ssl|tls|alert/i.test(msg)) {
        // OpenSSL messages carry an internal prefix and a source path; its `reason` is the readable part.
        const reason = inner?.reason ?? err.reason;
        // What curl shows as "wrong version number": the first bytes back were no TLS record (an https:// URL for
        // a plain-HTTP port, `https://localhost:3000`, or a same-port redirect to https:// of a dev server).
        const plain = /wrong version number|packet length too long/i.test(reason ?? msg) ? `; ${where} does not answer TLS (plain HTTP on that port?)` : '';
        // Alert 40 answers an offer the server cannot take, or (TLS 1.2) the empty Certificate of a client it asked for one.
        const refused = /alert handshake failure/i.test(reason ?? msg) ? '; the server refused the versions and ciphers offered, or it requires a client certificate (mutual TLS), which Preflight does not present' : '';
        const clientCert = isCertRequiredAlert(inner ?? err) || isCertRequiredAlert(err) ? `; ${where} ${CLIENT_CERT_REQUIRED}` : '';
        return `TLS handshake with ${where} failed (${reason ?? msg})${plain}${refused}${clientCert}`;
    }
    return `request to ${where} failed (${code ?? msg})`;
}
// `localhost` may be served on IPv4 or IPv6 only: offer both and let happy eyeballs pick.
const lookup = (hostname, options, cb) => {
    if (hostname.toLowerCase() !== 'localhost')
        return node_dns__WEBPACK_IMPORTED_MODULE_2__.lookup(hostname, options, cb);
    const all = [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]
        .filter((a) => !options.family || options.family === a.family);
    if (options.all)
        cb(null, all);
    else
        cb(null, all[0].address, all[0].family);
};
/**
 * One secure context trusting the default CAs plus `ca`, shared by every connection: passing
 * `ca: [...roots, pem]` re-parses ~150 roots per connection (~60 ms each).
 */
function trustWith(ca, options = {}) {
    if (!ca)
        return node_tls__WEBPACK_IMPORTED_MODULE_6__.createSecureContext(options);
    // A `ca` that is an intermediate CA (a team trusting its issuing CA, not the offline root) is a trust anchor
    // as curl (7.68+), Go and browsers take it: OpenSSL alone insists on a self-signed root.
    options = { ...options, allowPartialTrustChain: true };
    const sc = node_tls__WEBPACK_IMPORTED_MODULE_6__.createSecureContext(options);
    const native = sc.context;
    // addCACert copies the already-parsed default store before adding: cheap, and keeps public CAs.
    if (typeof native?.addCACert === 'function') {
        native.addCACert(ca);
        return sc;
    }
    return node_tls__WEBPACK_IMPORTED_MODULE_6__.createSecureContext({ ...options, ca: [...node_tls__WEBPACK_IMPORTED_MODULE_6__.rootCertificates, ca] });
}
const bare = (hostname) => hostname.replace(/^\[|\]$/g, '');
/** The proxy `HTTPS_PROXY`/`HTTP_PROXY` name for `target`, unless `NO_PROXY` exempts it. */
function proxyFor(target, env = process.env) {
    const raw = target.protocol === 'https:' ? env.https_proxy ?? env.HTTPS_PROXY : env.http_proxy ?? env.HTTP_PROXY;
    if (!raw)
        return undefined;
    const host = bare(target.hostname).toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const entry of (env.no_proxy ?? env.NO_PROXY ?? '').split(/[,\s]+/).filter(Boolean)) {
        if (entry === '*')
            return undefined;
        const m = /^\[?(.*?)\]?(?::(\d+))?$/.exec(entry.toLowerCase());
        const name = m[1].replace(/^\*?\./, '');
        if (m[2] && m[2] !== port)
            continue;
        if (host === name || host.endsWith(`.${name}`))
            return undefined;
    }
    try {
        return new URL(raw.includes('://') ? raw : `http://${raw}`);
    }
    catch {
        return undefined;
    }
}
/**
 * The clients undici makes, each reading response heads up to MAX_HEADER_BYTES: to an origin (a Pool, as undici's default
 * factory makes it), and to the proxy a plain-HTTP request is forwarded to (HTTP_PROXY for an http:// URL), which undici's
 * ProxyAgent asks for with its `connect` alone, and would make without the `maxHeaderSize` given (Node's 16 KiB: a page's
 * long CSP through the proxy was refused): one Client, as undici's own.
 */
function originClient(origin, opts) {
    const connections = opts.connections;
    const options = { ...opts, maxHeaderSize: MAX_HEADER_BYTES };
    return connections == null || connections === 1 ? new undici__WEBPACK_IMPORTED_MODULE_8__/* .Client */ .Kj(origin, options) : new undici__WEBPACK_IMPORTED_MODULE_8__/* .Pool */ .bC(origin, options);
}
/**
 * undici's client to the proxy, which asks it for the tunnels (CONNECT): what fails there (the proxy closed the connection,
 * answered no HTTP) is marked as the proxy's, which undici's error alone does not tell from the target's on the tunnel.
 */
function proxyClient(origin, opts) {
    const pool = new undici__WEBPACK_IMPORTED_MODULE_8__/* .Pool */ .bC(origin, opts);
    const connect = pool.connect.bind(pool);
    // undici's ProxyAgent asks for each tunnel with the promise form of `connect`.
    Object.assign(pool, {
        connect: (options, callback) => {
            // Counted while unanswered: a request that times out meanwhile waited on the proxy's answer to CONNECT (connectPending).
            const key = connectKey(origin.host, String(options.path));
            connectsPending.set(key, (connectsPending.get(key) ?? 0) + 1);
            const settled = () => { const n = (connectsPending.get(key) ?? 1) - 1; if (n > 0)
                connectsPending.set(key, n);
            else
                connectsPending.delete(key); };
            const asked = connect(options).finally(settled).catch((e) => { throw markFromProxy(e); });
            if (!callback)
                return asked;
            asked.then((data) => callback(null, data), (e) => callback(e, undefined));
            return undefined;
        },
    });
    return pool;
}
/**
 * The CONNECTs asked of a proxy and not yet answered, by proxy host and the authority asked for (`127.0.0.1:3128
 * example.test:443`): counted by proxyClient and tunnel, read by connectPending.
 */
const connectsPending = new Map();
const connectKey = (proxyHost, authority) => `${proxyHost.toLowerCase()} ${authority.toLowerCase()}`;
/** Whether a CONNECT for `url` through `proxy` is still unanswered: a timeout meanwhile is the proxy's silence to it. */
const connectPending = (proxy, url) => (connectsPending.get(connectKey(proxy.host, hostPort(url))) ?? 0) > 0;
/** A CONNECT tunnel through `proxy` to host:port, for the handshakes undici does not make. */
function tunnel(proxy, host, port, timeoutMs) {
    const auth = proxy.username
        ? { 'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` }
        : {};
    const authority = `${node_net__WEBPACK_IMPORTED_MODULE_5__.isIPv6(host) ? `[${host}]` : host}:${port}`;
    return new Promise((resolve, reject) => {
        const req = (proxy.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_4__ : node_http__WEBPACK_IMPORTED_MODULE_3__).request({
            host: bare(proxy.hostname), port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)),
            method: 'CONNECT', path: authority, headers: { host: authority, ...auth }, timeout: timeoutMs,
        });
        req.once('connect', (res, socket) => {
            if (res.statusCode === 200)
                resolve(socket);
            else {
                socket.destroy();
                reject(markFromProxy(Object.assign(new Error(`proxy ${proxy.host} answered ${res.statusCode} to CONNECT ${authority}`), { proxyStatus: res.statusCode })));
            }
        });
        // Before the tunnel is up, a timeout is the proxy's silence to CONNECT (marked below, as every error here is).
        req.once('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT', awaitingConnect: true })));
        // Anything before the tunnel is up is the proxy's (it closed, reset, answered no HTTP).
        req.once('error', (e) => reject(markFromProxy(e)));
        req.end();
    });
}
/** The Content-Encodings decoded (`x-gzip` is gzip; `deflate` may come zlib-wrapped or raw, as browsers accept). */
const DECODERS = {
    gzip: () => node_zlib__WEBPACK_IMPORTED_MODULE_7__.createGunzip({ finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_7__.constants.Z_SYNC_FLUSH }),
    'x-gzip': () => node_zlib__WEBPACK_IMPORTED_MODULE_7__.createGunzip({ finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_7__.constants.Z_SYNC_FLUSH }),
    deflate: (data) => data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0
        ? node_zlib__WEBPACK_IMPORTED_MODULE_7__.createInflate({ finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_7__.constants.Z_SYNC_FLUSH })
        : node_zlib__WEBPACK_IMPORTED_MODULE_7__.createInflateRaw({ finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_7__.constants.Z_SYNC_FLUSH }),
    br: () => node_zlib__WEBPACK_IMPORTED_MODULE_7__.createBrotliDecompress({ finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_7__.constants.BROTLI_OPERATION_FLUSH }),
    // Node 23.8+: a server may pick zstd when the request names no Accept-Encoding (RFC 9110 \u00a712.5.3).
    ...(typeof node_zlib__WEBPACK_IMPORTED_MODULE_7__.createZstdDecompress === 'function'
        ? { zstd: () => node_zlib__WEBPACK_IMPORTED_MODULE_7__.createZstdDecompress() }
        : {}),
};
/**
 * Undoes a body's Content-Encoding (`gzip`, `x-gzip`, `deflate`, `br`, applied in the order listed),
 * inflating at most `cap` bytes per layer however small the input (decompression bombs); a body cut at
 * the cap decodes as far as it goes. A stream that cannot be decoded gives what was decoded before the
 * error (the bytes as they came when nothing decoded) and `error`. An encoding it does not know (or none)
 * leaves the bytes as they came, with `error` naming the unknown coding.
 */
async function decodeBody(raw, contentEncoding, cap) {
    const codings = contentEncoding.flatMap((v) => v.split(',')).map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
    if (!codings.length)
        return { data: raw };
    const unknown = codings.find((c) => !Object.hasOwn(DECODERS, c));
    if (unknown !== undefined || codings.length > 3)
        return { data: raw, error: `the body's Content-Encoding ${unknown ?? codings.join(', ')} cannot be decoded` };
    let data = raw;
    let truncated = false;
    for (const coding of codings.reverse()) {
        if (!data.length)
            break;
        const z = DECODERS[coding](data);
        z.end(data);
        const out = [];
        let size = 0;
        try {
            // Breaking out destroys the stream: nothing past the cap is inflated.
            for await (const chunk of z) {
                out.push(chunk);
                size += chunk.length;
                if (size >= cap) {
                    truncated = true;
                    break;
                }
            }
        }
        catch (e) {
            const why = e?.message || String(e);
            // Nothing decoded: the bytes as they came (a plain body mislabelled gzip is what curl shows).
            const got = out.length ? Buffer.concat(out).subarray(0, cap) : data.subarray(0, cap);
            return { data: got, ...(truncated ? { truncated } : {}), error: `the ${coding}-encoded body could not be decoded (${why})` };
        }
        finally {
            z.destroy();
        }
        data = Buffer.concat(out).subarray(0, cap);
    }
    return { data, ...(truncated ? { truncated } : {}) };
}
/** A progress line at most this often while a `wait` polls a health path with no change (plus one per change of state). */
const WAIT_PROGRESS_MS = 10_000;
/** State changes logged at once per health path; later ones wait for the next periodic line (a flapping endpoint). */
const WAIT_CHANGES_LOGGED = 20;
/** What one health poll got, as a progress line says it: the final status, or the request's error (never a header). */
function pollState(chain) {
    const last = chain.hops.at(-1);
    return chain.error !== undefined ? chain.error : last ? `HTTP ${last.status}` : 'no answer';
}
/**
 * The `wait`'s progress for one health path, on the logger's info channel (stderr in the CLI, the step's log in the action):
 * one line when it starts (the URL, how long, until when), a line on each change of what the endpoint answers (bounded)
 * and at least every {@link WAIT_PROGRESS_MS} while it does not, and one when it ends (ready, or given up). A wait of
 * up to an hour must not look like a hang. The URL is masked by the caller's logger (runProbes); no header is named.
 */
function waitProgress(url, t0, waitMs, logger) {
    const secs = (ms) => `${Math.round(ms / 1000)} s`;
    const until = new Date(t0 + waitMs).toISOString().slice(11, 19);
    logger.info(`waiting up to ${secs(waitMs)} (until ${until} UTC) for ${url} to answer before probing`);
    let lastState;
    let lastLine = t0;
    let changes = 0;
    return {
        poll(chain, attempts) {
            const state = pollState(chain);
            const now = Date.now();
            const changed = state !== lastState && changes < WAIT_CHANGES_LOGGED;
            if (state !== lastState)
                changes++;
            lastState = state;
            if (!changed && now - lastLine < WAIT_PROGRESS_MS)
                return;
            lastLine = now;
            logger.info(`still waiting for ${url}: ${state} (attempt ${attempts}, ${secs(now - t0)} of ${secs(waitMs)})`);
        },
        end(chain, attempts, ready) {
            const took = `${secs(Date.now() - t0)} (${attempts} attempt${attempts === 1 ? '' : 's'})`;
            const last = chain.hops.at(-1);
            logger.info(ready ? `${url} ${last && last.status < 400 ? 'is ready' : 'answered'} (${pollState(chain)}) after ${took}; probing` : `gave up waiting for ${url} after ${took}: ${pollState(chain)}; probing as it is`);
        },
    };
}
const lower = (h) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The methods a request dropped without an answer is asked again with (safe methods, RFC 9110 \u00a79.2.1): all the probes send. */
const RETRIED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A failure of a request that was asked again already (read leniently): it is not asked a third time. */
const reasked = (e) => { throw e && typeof e === 'object' ? Object.assign(e, { reasked: true }) : e; };
/**
 * The least share of the timeout a request dropped without an answer must have left to be asked again (see `fetchOnce`):
 * less, and the retry would most likely time out, reporting a timeout where the server closed the connection.
 */
const RETRY_SHARE = 0.25;
/** Does the network IO for the requested probes and returns one observation. Never throws on network failures. */
async function collect(config, needs, logger) {
    const target = new URL(config.url);
    const timeoutMs = config.timeoutMs;
    const bodyCap = config.bodyCap ?? 64 * 1024;
    const secureContext = config.ca ? trustWith(config.ca) : undefined;
    const isHttps = target.protocol === 'https:';
    // undici's EnvHttpProxyAgent proxies the requests; the handshakes tunnel through the same proxy.
    const proxy = proxyFor(target);
    const obs = {
        url: config.url,
        at: new Date().toISOString(),
        allowSelfSigned: config.allowSelfSigned,
        ...(Object.keys(config.headers).length ? { headersGiven: true } : {}),
        ...(config.ca ? { caGiven: true } : {}),
        defaultHealthPaths: (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .defaultHealthPaths */ .Yj)(config),
    };
    // Verification is recorded by the handshake below, not enforced, so the other probes still run.
    const connect = { ...(secureContext ? { secureContext } : {}), rejectUnauthorized: false, lookup, autoSelectFamily: true, timeout: timeoutMs };
    // Response headers as large as browsers take (Node's default of 16 KiB turns a long CSP into "no answer").
    // HTTP/1.1 first, as curl sends plain requests: over HTTP/2 Node keeps only the first of a repeated single-value
    // header (`Access-Control-Allow-Credentials: true` sent by both the app and nginx, a doubled
    // X-Content-Type-Options), which browsers see twice and the probes must judge as they do. An origin that speaks
    // only HTTP/2 (it refuses a handshake offering http/1.1 alone) is asked over HTTP/2.
    // The connect timeout only bounds the request's own timer (see `fetchNow`: it counts from the request's turn): a server with
    // one worker (gunicorn's sync worker with --certfile) makes the TLS handshake of a connection only when it takes it up.
    const pooled = { ...connect, timeout: timeoutMs * MAX_IN_FLIGHT + 1000 };
    const agent = (allowH2) => new undici__WEBPACK_IMPORTED_MODULE_8__/* .EnvHttpProxyAgent */ .J2({ connect: pooled, requestTls: pooled, keepAliveTimeout: 4000, connections: 16, maxHeaderSize: MAX_HEADER_BYTES, allowH2, clientFactory: proxyClient, factory: originClient });
    // Over HTTP/2 too, each header field as it came: Node's http2 client joins a repeated field with ', ' (two
    // Strict-Transport-Security fields read as one comma-joined value) or keeps the first of a single-value one, and undici
    // hands on that object. Node emits each response's raw fields with it: kept by that object (`rawFields`), which
    // undici passes on as the response's headers. Without them (another client), the joined object is read as before.
    const rawFields = new WeakMap();
    const onStream = (message) => {
        const stream = message.stream;
        stream?.once?.('response', (headers, _flags, raw) => { if (Array.isArray(raw))
            rawFields.set(headers, raw); });
    };
    const dispatcher = agent(false);
    let h2Dispatcher;
    const h2Only = new Set();
    const customHeaders = Object.keys(config.headers).length > 0;
    let sendCustom = customHeaders;
    // A `Host` header naming the site (`--header "Host: app.example.com"` with `--url https://10.0.0.5/`: an address probed
    // before DNS names it) makes that name the target's address, as a hosts-file entry would: a URL on it (the site's own
    // absolute redirects, `https://app.example.com/home`) is requested at the target's address, with that Host. On the
    // target's scheme and port (or the port the header names) it is the target's origin itself: custom headers and all.
    // Only while the custom headers are sent (a Host withheld picked no virtual host).
    const vhost = (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .hostOverride */ .R7)(config.headers, target);
    const defaultPort = (u) => u.port || (u.protocol === 'https:' ? '443' : '80');
    const atAddress = (url) => {
        if (!vhost || !sendCustom || url.hostname.replace(/\.$/, '') !== vhost.hostname)
            return url;
        const port = defaultPort(url);
        if (url.protocol === target.protocol && (port === defaultPort(target) || port === vhost.port)) {
            const out = new URL(target.origin);
            out.pathname = url.pathname;
            out.search = url.search;
            return out;
        }
        const out = new URL(url.href);
        out.hostname = target.hostname;
        // No credentials of the Location's own (`http://u:p@app.example.com:8080/`) go to the address, as on the target's origin.
        out.username = '';
        out.password = '';
        return out;
    };
    /** The Host another origin of the target's address is asked with (`app.example.com:8080`), while a virtual host is named. */
    const vhostFor = (url) => (vhost && sendCustom && url.origin !== target.origin && url.hostname === target.hostname ? { host: `${vhost.hostname}${url.port ? `:${url.port}` : ''}` } : {});
    // Set when the handshake showed the origin cannot be reached: its requests fail fast, not one timeout each.
    let unreachable;
    // Asked once, when a request to the target is dropped: does the server require a client certificate?
    let clientCertCheck;
    // At most MAX_IN_FLIGHT requests at once, as browsers limit connections per host: a server with one worker
    // (gunicorn's default sync worker) answers them one after another, so twenty at once would make the last ones
    // wait for all the others and time out though each took half a second. A request's timeout and timing start
    // when it is sent, not while it waits for a slot here.
    let inFlight = 0;
    const waiting = [];
    const slot = () => {
        if (inFlight < MAX_IN_FLIGHT) {
            inFlight++;
            return;
        }
        return new Promise((resolve) => waiting.push(resolve));
    };
    const freeSlot = () => { const next = waiting.shift(); if (next)
        next();
    else
        inFlight--; };
    const silences = new Map();
    const queues = new Map();
    const silenceOf = (url) => {
        let s = silences.get(url.origin);
        if (!s)
            silences.set(url.origin, s = { url: new URL(url.origin), lastAnswer: -Infinity, provisional: false, stalledOnce: false, leftQueued: false, watched: new Set(), quietSince: 0 });
        return s;
    };
    const arm = (s) => {
        clearTimeout(s.watchdog);
        s.watchdog = s.watched.size ? setTimeout(() => check(s), Math.max(0, s.quietSince + timeoutMs - performance.now())) : undefined;
    };
    const check = (s) => {
        s.watchdog = undefined;
        if (!s.watched.size)
            return;
        if (performance.now() < s.quietSince + timeoutMs) {
            arm(s);
            return;
        }
        const reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
        // Set at once, so no request waiting for a slot goes out; the first request abandoned names the reason (a body
        // still arriving is not "no answer"). Named after the origin that went silent, not the target.
        if (s.stalled === undefined) {
            s.stalled = describeFailure(reason, s.url, timeoutMs, proxyFor(s.url)).error;
            s.provisional = true;
        }
        s.stalledOnce = true;
        for (const a of s.watched)
            a.abort(reason);
    };
    /** A complete response (even an error status, a redirect) to `url`. */
    const answered = (url) => {
        unanswered.delete(url.href);
        answeredUrls.add(url.href);
        const s = silenceOf(url);
        s.lastAnswer = performance.now();
        s.stalled = undefined;
        s.provisional = false;
        s.quietSince = s.lastAnswer;
        if (s.watched.size)
            arm(s);
    };
    // Each URL whose request went unanswered within the timeout while probing, with the reason: after the burst (the
    // response-time samples) it is not asked again, as it would wait out another timeout, when its origin stalled in the
    // burst and the URL never answered (a page that hangs while `/health` answers). A timeout is not a hang otherwise: a
    // single worker (gunicorn's default) answering Preflight's own burst one request after another makes the last of a
    // batch wait past the timeout while it keeps answering the others, and a URL that answered (the page, before one of
    // its CORS requests timed out behind the rest) is timed after the burst as any other.
    const unanswered = new Map();
    const answeredUrls = new Set();
    let burstOver = false;
    // The URL of the last request after the burst that went unanswered within the timeout.
    let timedOutAfterBurst;
    // A request to the target failed otherwise than by a timeout (a DNS failure, a reset): the target is not simply silent.
    let failedOtherwise = false;
    // Set once the wait (if any) is over: from then on a DNS failure or a refused connection makes the target unreachable, as
    // the TLS handshake does for an https:// one, so the other requests fail fast (an http:// target has no handshake: each of
    // its ~30 requests went to the connection pool, and past 16 failed connections undici kept one until its timeout).
    let probing = false;
    // A host that answered 429 (or 503 with a readable Retry-After) is asked politely from then on: request starts spaced by `gap`,
    // none before `until` (its Retry-After or the back-off), and the refused request asked again. Preflight's own burst
    // (~30 requests, six at a time) is what an ordinary rate limit (nginx `limit_req \u2026 burst=20`) refuses. All of it is
    // bounded: once `since` (the first refusal) is one timeout behind, nothing is paced or asked again, so the run grows
    // by about one timeout at most. A host that never refuses is not slowed at all.
    const throttles = new Map();
    /** When the host rate-limited before: the pause before this request (`gap`: the spacing it was paced at). */
    const pace = (url) => {
        const t = throttles.get(url.hostname);
        if (!t)
            return undefined;
        const now = Date.now();
        const start = Math.max(now, t.until, t.next);
        if (start > t.since + timeoutMs)
            return undefined;
        t.next = start + t.gap;
        return { gap: t.gap, ...(start > now ? { wait: sleep(start - now) } : {}) };
    };
    /** How long to wait before asking `url` again after `res` (the `attempt`th retry, paced at `pacedGap`); undefined: not again. */
    const retryWait = (url, res, attempt, pacedGap) => {
        const now = Date.now();
        // An unreadable Retry-After (`none`, `1.5`) is as if absent: a 503 without one is the server's answer, not a rate limit.
        const after = retryAfterMs(res.headers['retry-after']?.[0], now);
        if (res.status !== 429 && !(res.status === 503 && after !== undefined))
            return undefined;
        let t = throttles.get(url.hostname);
        if (!t)
            throttles.set(url.hostname, t = { since: now, until: now, gap: PACE_MS, next: now });
        // Refused again although sent at the current pace: slow down further (a request paced before the last slow-down
        // says nothing of the new pace).
        else if (pacedGap !== undefined && pacedGap >= t.gap)
            t.gap = Math.min(t.gap * 2, MAX_PACE_MS);
        if (attempt >= BACKOFF_MS.length)
            return undefined;
        const wait = after ?? BACKOFF_MS[attempt];
        if (now + wait > t.since + timeoutMs)
            return undefined;
        t.until = Math.max(t.until, now + wait);
        return wait;
    };
    // A request the server took and dropped without any answer (the connection closed or reset before a status line: a
    // keep-alive connection the server or a load balancer closed as the request was written, an idle-timeout race, a pod
    // rolled mid-deploy) is asked once more, over a new connection of its own (`fresh`), as browsers and curl ask an
    // idempotent request again: one dropped connection must not decide a verdict (a health path failing, or the page's
    // probes in `error`, depending on which request happened to get it). A safe method only (GET, HEAD, OPTIONS), never
    // after a timeout, a stall, a refused connection or any answer (a status line arrived, even one whose body broke off),
    // nor a connection the proxy itself closed (its failure, not the target's).
    // Never another pooled keep-alive socket: a server that silently closes idle keep-alive connections drops a request
    // sent on one, and another pooled socket could be dropped the same way. Dropped there too, the request fails as before
    // (`dropped`: nginx `return 444` refuses it).
    // The retry shares the request's timeout (`Budget`): it gets what is left of it when the drop came, so a request, asked
    // again or not, takes about one timeout at most (a backend that holds the request and closes the connection just before
    // the timeout, a gunicorn worker killed by its own timeout, must not cost two, nor make a `wait` overrun its deadline).
    // With less than a quarter of the timeout left the drop is reported at once; a retry with no answer when the timeout
    // runs out fails as the drop it retried (not as a timeout: the origin was silent for less than one).
    // A request is sent twice at most: the retry is that one repeat, and an answer to it that undici refuses is not asked
    // for a third time with Node's lenient parser (see `sendFailed`), as a lenient re-ask that is dropped is not retried.
    const fetchOnce = async (url, method = 'GET', extra = {}) => {
        const budget = {};
        try {
            return await fetchPaced(url, method, extra, budget);
        }
        catch (e) {
            if (!RETRIED_METHODS.has(method) || !isDropped(e) || e.reasked || describeFailure(e, url, timeoutMs, proxyFor(url)).proxyFailed)
                throw e;
            const retry = { until: budget.until, retryOf: e };
            if (!timeLeft(retry)) {
                logger.debug(`probes: ${url.href} closed the connection without an answer, too late in its timeout to ask again`);
                throw e;
            }
            logger.debug(`probes: ${url.href} closed the connection without an answer: asked again over a new connection, within what is left of its timeout`);
            return await fetchPaced(url, method, extra, retry);
        }
    };
    /** Whether a retry after a drop (`budget.retryOf`) still has enough of the request's timeout to be sent (any other request has). */
    const timeLeft = (budget) => budget.retryOf === undefined || (budget.until ?? 0) - performance.now() >= timeoutMs * RETRY_SHARE;
    /**
     * A request, asked again after a pause while the host rate-limits it (429, or 503 with a Retry-After). `budget`: that of
     * the request (see `fetchOnce`); a retry after a drop has what is left of it for its first attempt, and the pauses of a
     * rate limit are bounded on their own (one timeout from the host's first refusal).
     */
    const fetchPaced = async (url, method, extra, budget) => {
        const fresh = budget.retryOf !== undefined;
        for (let attempt = 0;; attempt++) {
            let pacedGap;
            const res = await fetchAttempt(url, method, extra, (gap) => { pacedGap = gap; }, fresh, attempt === 0 || !fresh ? budget : {});
            if (retryWait(url, res, attempt, pacedGap) === undefined)
                return res;
            logger.debug(`probes: ${url.href} answered ${res.status}: asked again after a pause`);
        }
    };
    const fetchAttempt = async (url, method, extra, onPaced, fresh, budget) => {
        if (unreachable && url.origin === target.origin)
            throw Object.assign(new Error(unreachable.error), { code: 'PREFLIGHT_UNREACHABLE', proxyFailed: unreachable.proxyFailed });
        const queued = slot();
        if (queued)
            await queued;
        // A host that rate-limited a request is asked at a slower pace (after its slot: the queue waits too).
        const paced = pace(url);
        if (paced) {
            onPaced(paced.gap);
            if (paced.wait)
                await paced.wait;
        }
        const sent = performance.now();
        // Whether this request belongs to the probes (not to the wait's health polls): only then may its timeout
        // mark the target as silent.
        const counts = probing;
        // Every origin's requests are watched (the target's, and those of the same-host redirects followed from it).
        const watch = counts;
        const silence = silenceOf(url);
        try {
            // A retry that waited for its slot (or a pace) until too little of the request's timeout was left: the drop stands.
            if (!timeLeft(budget))
                throw budget.retryOf;
            if (counts) {
                // In the burst: the origin stalled (see `Silence`). After it (the response-time samples, asked one at a time,
                // each with its own timeout): this URL went unanswered within the timeout already.
                const known = burstOver ? unanswered.get(url.href) : silence.stalled;
                if (known !== undefined)
                    throw Object.assign(new Error(known), { code: 'PREFLIGHT_UNREACHABLE', unanswered: true });
            }
            return await fetchNow(url, method, extra, fresh, budget, watch);
        }
        catch (e) {
            const code = e.code;
            const known = e.unanswered;
            if (isTimeout(e) || code === 'PREFLIGHT_BODY_TIMEOUT' || known) {
                const reason = describeFailure(e, url, timeoutMs, proxyFor(url)).error;
                // What the origin's other requests fail with once it stalls: not this request's own queue.
                const stall = e.plain ?? reason;
                if (!known && counts && silence.provisional && watch) {
                    silence.stalled = stall;
                    silence.provisional = false;
                }
                else if (!known && counts && sent > silence.lastAnswer) {
                    silence.stalled ??= stall;
                    silence.stalledOnce = true;
                }
                if (counts && !burstOver && !answeredUrls.has(url.href))
                    unanswered.set(url.href, reason);
                if (!known && watch) {
                    if (burstOver)
                        timedOutAfterBurst = url.href;
                    else
                        silence.leftQueued = true;
                }
            }
            else if (url.origin === target.origin && code !== 'PREFLIGHT_UNREACHABLE') {
                if (counts)
                    failedOtherwise = true;
                if (probing && !unreachable) {
                    const failure = describeFailure(e, url, timeoutMs, proxyFor(url));
                    if (/^(?:DNS lookup failed|connection refused)/.test(failure.error))
                        unreachable = failure;
                }
            }
            throw e;
        }
        finally {
            freeSlot();
        }
    };
    /**
     * `watch`: one of the probes' requests, abandoned when its origin stalls (see `Silence`). `budget`: when its timer fires
     * is kept there; a retry after a drop (`retryOf`) has until the timer of the request it retries would have fired.
     */
    const fetchNow = async (url, method, extra, fresh, budget, watch = false) => {
        // A request that waited for a slot behind one that found the origin unreachable fails fast too.
        if (unreachable && url.origin === target.origin)
            throw Object.assign(new Error(unreachable.error), { code: 'PREFLIGHT_UNREACHABLE', proxyFailed: unreachable.proxyFailed });
        const custom = sendCustom && url.origin === target.origin ? config.headers : vhostFor(url);
        // The probe's own headers (a foreign Origin\u2026) win over custom ones of the same name.
        const headers = { 'user-agent': USER_AGENT, accept: '*/*', ...lower(custom), ...extra };
        const t0 = performance.now();
        // The overall abort on a timer that keeps the process alive (AbortSignal.timeout's does not): undici unrefs the
        // socket of an HTTP/2 session it thinks idle, and a request left pending on it (HAProxy's `silent-drop` of a
        // multiplexed connection) would let Node exit mid-run with "unsettled top-level await" (13) instead of timing out.
        // The timeout counts from the request's turn (see `Queued`): started again each time a request of the run to the
        // same origin that was in flight when it was sent is answered, never past MAX_IN_FLIGHT timeouts from when it was sent.
        const abort = new AbortController();
        const peers = queues.get(url.origin) ?? new Set();
        queues.set(url.origin, peers);
        // A retry after a drop ends when the request it retries would have timed out, its turn restarted or not.
        const capAt = budget.retryOf !== undefined ? Math.min(budget.until ?? t0, t0 + timeoutMs) : t0 + timeoutMs * MAX_IN_FLIGHT;
        let fired = false;
        const fire = () => { fired = true; abort.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')); };
        const start = () => {
            const ms = Math.max(0, Math.min(timeoutMs, capAt - performance.now()));
            budget.until = performance.now() + ms;
            return setTimeout(fire, ms);
        };
        let timer = start();
        const me = { ahead: new Set(peers), answeredAhead: 0, restart: () => { clearTimeout(timer); timer = start(); } };
        peers.add(me);
        let complete = false;
        const silence = watch ? silenceOf(url) : undefined;
        if (silence) {
            if (!silence.watched.size)
                silence.quietSince = performance.now();
            silence.watched.add(abort);
            if (!silence.watchdog)
                arm(silence);
        }
        // A fresh request's own dispatchers (one connection each), closed once its body is read.
        const own = fresh ? [] : undefined;
        try {
            const res = await receive(url, method, headers, abort.signal, t0, own);
            complete = true;
            return res;
        }
        catch (e) {
            // The retry after a drop had no answer within what was left of the timeout: the request failed as it was dropped.
            if (budget.retryOf !== undefined && fired && e.code !== 'PREFLIGHT_BODY_TIMEOUT')
                throw budget.retryOf;
            // It timed out after waiting behind the run's own requests to the origin, which the server answered meanwhile
            // for at least one more timeout (a server answering one request at a time): the reason says so.
            const waited = performance.now() - t0;
            if (me.answeredAhead > 0 && waited >= 2 * timeoutMs && isTimeout(e) && e.code !== 'PREFLIGHT_BODY_TIMEOUT') {
                const plain = describeFailure(e, url, timeoutMs, proxyFor(url)).error;
                const n = me.answeredAhead + me.ahead.size;
                const still = me.ahead.size ? `, ${me.ahead.size} still unanswered` : '';
                throw Object.assign(new Error(`${plain} of its turn: it waited ${Math.round(waited / 100) / 10} s in all, queued behind the ${n} request${n === 1 ? '' : 's'} of this run to ${hostPort(url)} sent before it (answered one by one${still})`), { name: 'TimeoutError', code: 'PREFLIGHT_QUEUED_TIMEOUT', plain });
            }
            // A TLS 1.3 server requiring a client certificate ends each connection just after the handshake (alert 116),
            // which undici reports as "other side closed": one handshake that waits for that alert tells them apart.
            if (isHttps && url.origin === target.origin && isDropped(e)) {
                clientCertCheck ??= demandsClientCert(target, { ...(secureContext ? { secureContext } : {}), timeoutMs, ...(proxy ? { proxy } : {}), ...(vhost && sendCustom ? { servername: vhost.hostname } : {}) });
                if (await clientCertCheck) {
                    unreachable ??= { error: `${hostPort(target)} ${CLIENT_CERT_REQUIRED}` };
                    throw Object.assign(new Error(unreachable.error), { code: 'PREFLIGHT_UNREACHABLE' });
                }
            }
            throw e;
        }
        finally {
            clearTimeout(timer);
            peers.delete(me);
            if (!peers.size)
                queues.delete(url.origin);
            // An answer is the server's queue moving: the requests sent behind this one get a whole timeout again.
            for (const p of peers)
                if (p.ahead.delete(me) && complete) {
                    p.answeredAhead++;
                    p.restart();
                }
            if (silence?.watched.delete(abort) && !silence.watched.size) {
                clearTimeout(silence.watchdog);
                silence.watchdog = undefined;
            }
            if (own)
                await Promise.all(own.map((d) => d.destroy().catch(() => { })));
        }
    };
    /** The response's status and headers, its body still to read. */
    /** `own`: the request goes over a new connection of a dispatcher of its own (added to `own`), not the shared pool. */
    const send = (url, method, headers, signal, own) => {
        const h2 = h2Only.has(url.origin);
        const fresh = own ? agent(h2) : undefined;
        if (fresh)
            own.push(fresh);
        return (0,undici__WEBPACK_IMPORTED_MODULE_8__/* .request */ .Em)(url, {
            dispatcher: fresh ?? (h2 ? (h2Dispatcher ??= agent(true)) : dispatcher), method, headers,
            // The header timeout is the request's own timer (see `fetchNow`: it counts from the request's turn); this one only bounds it.
            signal, headersTimeout: timeoutMs * MAX_IN_FLIGHT + 1000, bodyTimeout: timeoutMs,
            // HTTP/1.1: `Connection: close`, and the socket is never given another request.
            ...(fresh && !h2 ? { reset: true } : {}),
        }).catch((e) => sendFailed(e, h2, url, method, headers, signal, own));
    };
    const sendFailed = (e, h2, url, method, headers, signal, own) => {
        // A request is sent twice at most: the retry of a dropped request (`own`: see `fetchOnce`) is its one repeat, so what
        // undici refuses in its answer is not asked for a third time, and stands (the first repeat wins).
        if (own !== undefined && (isUnsolicitedContinue(e) || lenientlyReadable(e)) && !proxyFor(url))
            throw Object.assign(e, { resent: true });
        // RFC 9110 \u00a715.2: a client must read past 1xx responses it did not ask for, as curl and browsers do.
        // (Asked again already: a failure there is not asked a third time.)
        if (isUnsolicitedContinue(e) && !proxyFor(url))
            return viaNodeHttp(url, method, headers, signal).catch(reasked);
        // Bare-LF line endings or a control character in a header value, which curl, browsers and Python read: asked again
        // with Node's lenient parser, as they read it. What that parser refuses too, or a NUL (curl refuses it), is `e`.
        if (lenientlyReadable(e) && !proxyFor(url)) {
            logger.debug(`probes: undici refused the response of ${url.href} (${e.message}): asked again with a lenient parser, as curl and browsers read it`);
            return viaNodeHttp(url, method, headers, signal, e).catch(reasked);
        }
        // An HTTP/2-only origin refuses the http/1.1 offer with a no_application_protocol alert: ask it over HTTP/2.
        if (url.protocol === 'https:' && !h2 && refusesHttp1(e)) {
            h2Only.add(url.origin);
            return send(url, method, headers, signal, own);
        }
        throw e;
    };
    const receive = async (url, method, headers, signal, t0, own) => {
        const res = await send(url, method, headers, signal, own);
        const chunks = [];
        let size = 0;
        let truncated = false;
        // A redirect is judged and followed on its status and Location, as browsers follow it once its headers are in:
        // its body is not read, so one cut off or still arriving cannot turn a redirect into an error (or wait out the timeout).
        if (_util_js__WEBPACK_IMPORTED_MODULE_9__/* .REDIRECTS */ .eT.has(res.statusCode) && res.headers['location'] !== undefined) {
            // Destroying a body still arriving fails it (undici's "Request aborted"): that error is expected, not a crash.
            const body = res.body;
            body.on?.('error', () => { });
            body.destroy?.();
            answered(url);
            return toResponse(res, chunks, truncated);
        }
        try {
            for await (const chunk of res.body) {
                chunks.push(chunk);
                size += chunk.length;
                if (size >= bodyCap) {
                    truncated = true;
                    break;
                }
            }
        }
        catch (e) {
            // The status and headers arrived: "no answer" would be wrong, the body is what was slow or broke off.
            // What did arrive is kept (`partial`): a .env sent whole before the connection dropped was served.
            const partial = await toResponse(res, chunks, truncated);
            const err = isTimeout(e)
                ? Object.assign(new Error(`the body of ${hostPort(url)}'s HTTP ${res.statusCode} response did not complete within ${timeoutMs / 1000} s (timeout)`), { code: 'PREFLIGHT_BODY_TIMEOUT' })
                : Object.assign(e, { afterStatus: true, status: res.statusCode });
            throw Object.assign(err, { partial: { ...partial, bodyError: describeFailure(err, url, timeoutMs, proxyFor(url)).error } });
        }
        answered(url);
        return toResponse(res, chunks, truncated);
        async function toResponse(res, chunks, truncated) {
            const headersOut = {};
            const raw = rawFields.get(res.headers);
            if (raw) {
                // Name, value, name, value\u2026; the pseudo-headers (`:status`) are no fields.
                for (let i = 0; i + 1 < raw.length; i += 2) {
                    const k = String(raw[i]).toLowerCase();
                    if (!k.startsWith(':'))
                        (headersOut[k] ??= []).push((0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .headerText */ .TK)(String(raw[i + 1])));
                }
            }
            else {
                for (const [k, v] of Object.entries(res.headers))
                    if (v !== undefined)
                        headersOut[k.toLowerCase()] = (Array.isArray(v) ? v : [v]).map(_util_js__WEBPACK_IMPORTED_MODULE_9__/* .headerText */ .TK);
            }
            // A compressed body is judged as the client sees it (servers may compress whatever Accept-Encoding says).
            const decoded = await decodeBody(Buffer.concat(chunks).subarray(0, bodyCap), headersOut['content-encoding'] ?? [], bodyCap);
            if (decoded.truncated)
                truncated = true;
            const body = decoded.data.toString('utf8');
            return {
                url: url.href, status: res.statusCode, headers: headersOut, body,
                ...(truncated ? { truncated } : {}), ...(decoded.error ? { bodyError: decoded.error } : {}), ms: performance.now() - t0,
            };
        }
    };
    /** The same request through Node's own client, which skips an interim 1xx (undici refuses an unsolicited `100 Continue`). */
    /**
     * `refused`: undici's parse error of this response, which Node's parser is asked to read leniently (bare LF line endings,
     * a C0 control character or DEL in a header value); when it refuses the response too, or a header holds a NUL, that error.
     * What that parser reads beyond them is refused still: both Content-Length and Transfer-Encoding, a folded header, and
     * after a Content-Length mismatch a head showing neither a bare LF nor a control character. This request is not asked
     * again whatever it meets: a response is asked for twice at most.
     */
    const viaNodeHttp = (url, method, headers, signal, refused) => new Promise((resolve, reject) => {
        // The response head of a lenient read is kept as it arrives, to see what it holds (ahead of Node's parser, which
        // answers from within its own `data` listener).
        let raw = '';
        const tap = (chunk) => { if (raw.length <= MAX_HEADER_BYTES)
            raw += chunk.toString('latin1'); };
        // The head's bytes are counted against the cap as undici's are (Node's maxHeaderSize counts names and values only).
        let head;
        const req = (url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_4__ : node_http__WEBPACK_IMPORTED_MODULE_3__).request(url, { ...connect, method, headers, signal, agent: false, maxHeaderSize: MAX_HEADER_BYTES, ...(refused ? { insecureHTTPParser: true } : {}) }, (res) => {
            res.socket?.off('data', tap);
            const fail = (e) => { res.destroy(); reject(e); };
            // The head passed the cap in the chunk that completed it (Node's parser read that chunk after the socket closed).
            if (head?.refused) {
                fail(head.refused);
                return;
            }
            // A NUL is what is refused then, whatever undici named first (a bare LF before it reads fine leniently).
            if (refused && res.rawHeaders.some((h) => h.includes('\0'))) {
                fail(Object.assign(new Error('Response does not match the HTTP/1.1 protocol (a NUL byte in a header value, which curl refuses too)'), { name: 'HTTPParserError' }));
                return;
            }
            // The lenient parser reads a message with both (RFC 9112 \u00a76.1 forbids it senders, a sign of response splitting): refused as llhttp refuses it.
            if (refused && res.headers['content-length'] !== undefined && res.headers['transfer-encoding'] !== undefined) {
                fail(Object.assign(new Error("Response does not match the HTTP/1.1 protocol (Content-Length can't be present with Transfer-Encoding)"), { name: 'HTTPParserError' }));
                return;
            }
            const shown = refused ? lenientHead(raw) : undefined;
            // Folded as llhttp names it, which the reason explains (the lenient parser unfolds it).
            if (shown?.folded) {
                fail(Object.assign(new Error('Response does not match the HTTP/1.1 protocol (Unexpected whitespace after header value)'), { name: 'HTTPParserError' }));
                return;
            }
            // A Content-Length mismatch whose head shows neither a bare LF nor a control character: undici's refusal stands.
            if (shown && !shown.shown && isLengthMismatch(refused)) {
                fail(refused);
                return;
            }
            resolve({ statusCode: res.statusCode ?? 0, headers: res.headersDistinct, body: res });
        });
        req.once('socket', (socket) => { head = countHead(socket, true); if (refused)
            socket.prependListener('data', tap); });
        req.on('error', (e) => {
            const code = e.code ?? '';
            if (!refused || isTimeout(e) || e === head?.refused) {
                reject(e);
                return;
            }
            // Something else the lenient parser refuses too (a header line without a colon after bare-LF line endings): what it
            // found is the response's fault; a Content-Length undici found wrong stays as undici named it.
            const parser = refused.name === 'HTTPParserError' && code.startsWith('HPE_');
            reject(parser ? Object.assign(new Error(`Response does not match the HTTP/1.1 protocol (${e.message.replace(/^Parse Error: /, '')})`), { name: 'HTTPParserError' }) : refused);
        });
        req.end();
    });
    /** `dropped`: closed without an answer twice, the second time on a new connection (see `fetchOnce`). */
    const fetched = async (url, method = 'GET', extra = {}) => {
        try {
            return { url: url.href, response: await fetchOnce(url, method, extra) };
        }
        catch (e) {
            const partial = e?.partial;
            const failure = describeFailure(e, url, timeoutMs, proxyFor(url));
            // A connection the proxy closed is no answer of the target's (nginx `return 444`).
            return { url: url.href, ...failure, ...(isDropped(e) && !failure.proxyFailed ? { dropped: true } : {}), ...(partial ? { partial } : {}) };
        }
    };
    /**
     * Where the redirect `res` (hop `hop` of a walk from `start`) leads: the next URL to follow, or why
     * the walk stops there (another host, a metadata address, a malformed location, the hop limit);
     * null when `res` is no redirect.
     */
    const redirectOf = (res, cur, start, hop) => {
        const location = res.headers.location?.[0];
        if (!_util_js__WEBPACK_IMPORTED_MODULE_9__/* .REDIRECTS */ .eT.has(res.status) || location === undefined)
            return null;
        let next;
        try {
            next = new URL(location, cur);
        }
        catch {
            return { stopped: { location, reason: 'bad-location' } };
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            return { stopped: { location: next.href, reason: 'bad-location' } };
        // A password in the Location (`https://admin:pw@host/.env`) is never sent, and never kept: each hop's URL and where a
        // chain stopped are named in findings and reports.
        next.username = '';
        next.password = '';
        if ((0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .isMetadataHost */ .SF)(next.hostname))
            return { stopped: { location: next.href, reason: 'metadata' } };
        // The site's own name (a `Host` header given): requested at the target's address.
        next = atAddress(next);
        const reason = next.hostname !== start.hostname ? 'off-host'
            : hop === MAX_REDIRECTS ? 'limit' : undefined;
        return reason ? { stopped: { location: next.href, reason } } : { next };
    };
    const follow = async (start) => {
        const chain = { start: start.href, hops: [] };
        let cur = start;
        for (let i = 0; i <= MAX_REDIRECTS; i++) {
            let res;
            try {
                res = await fetchOnce(cur);
            }
            catch (e) {
                Object.assign(chain, describeFailure(e, cur, timeoutMs, proxyFor(cur)));
                return chain;
            }
            chain.hops.push(res);
            const r = redirectOf(res, cur, start, i);
            if (!r)
                return chain;
            if ('stopped' in r) {
                chain.stopped = r.stopped;
                return chain;
            }
            cur = r.next;
        }
        return chain;
    };
    /**
     * A CORS request, following same-host redirects that grant nothing (no Access-Control-Allow-Origin):
     * a browser stops at such a hop, but a page on another site can request the URL it points to
     * directly, so that answer is the one to judge. A hop that answers with the header is judged
     * itself; off-host, metadata and malformed locations and the hop limit end the walk there (like `follow`), with
     * `stopped` saying why and `hops` the redirects followed (a loop is told from them).
     */
    const fetchedCors = async (url, method, extra) => {
        const hops = [];
        let cur = url;
        for (let i = 0;; i++) {
            const f = await fetched(cur, method, extra);
            const res = f.response;
            const r = res && res.headers['access-control-allow-origin'] === undefined ? redirectOf(res, cur, url, i) : null;
            const via = i ? { redirectedFrom: url.href, hops } : {};
            if (!r)
                return { ...f, ...via };
            if ('stopped' in r)
                return { ...f, ...via, stopped: r.stopped };
            hops.push(res);
            cur = r.next;
        }
    };
    /**
     * A GET following same-host redirects by the rule every chain follows (`redirectOf`: the same hostname, `http\u2192https`
     * and other ports included, at most MAX_REDIRECTS hops, never a metadata address), keeping what `fetched` keeps (a
     * request dropped without an answer, a body cut short): an `http://` path that the server sends to its `https://`
     * side is judged there. The redirects followed are `hops` (and `redirectedFrom` the URL first asked); a redirect not
     * followed (another host, a metadata address, a bad location, the hop limit) is the answer, with `stopped` saying why.
     */
    const fetchedFollowing = async (url) => {
        const hops = [];
        let cur = url;
        for (let i = 0;; i++) {
            const f = await fetched(cur);
            const r = f.response ? redirectOf(f.response, cur, url, i) : null;
            const via = i ? { redirectedFrom: url.href, hops } : {};
            if (!r)
                return { ...f, ...via };
            if ('stopped' in r)
                return { ...f, ...via, stopped: r.stopped };
            hops.push(f.response);
            cur = r.next;
        }
    };
    // Paths are origin-absolute, on the target's origin whatever they say: resolved against it,
    // `//other-host/x` or `/\other/y` would name another host (options refuse them too).
    const at = (path) => {
        const rel = new URL(`http://h${path.startsWith('/') ? '' : '/'}${path}`);
        const url = new URL(target.href);
        url.pathname = rel.pathname;
        url.search = rel.search;
        url.hash = '';
        return url;
    };
    const tlsOpts = { secureContext, ca: config.ca, timeoutMs, proxy };
    // The target's handshakes ask for the site's name a `Host` header gives (SNI) and check the certificate against it, as a
    // hosts-file entry or curl's `--resolve` would: the requests that send that Host ask for it too (undici takes SNI from
    // the Host header), and whether they may be sent is decided on that certificate.
    const targetTls = { ...tlsOpts, ...(vhost ? { servername: vhost.hostname } : {}) };
    // `seen`: the completed handshake that showed an untrusted certificate (else no certificate was seen:
    // the target is down or speaks no TLS there, which the probes report; trust advice would mislead).
    // The warning says what is wrong with it (expired, wrong name, weak key, unknown CA), as the certificate probe does.
    const withhold = (seen) => {
        sendCustom = false;
        if (obs.headersWithheld)
            return;
        obs.headersWithheld = true;
        if (!seen) {
            logger.debug('no TLS handshake completed: custom headers are withheld');
            return;
        }
        const why = (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .untrustedReason */ .lw)(seen, seen.servername ?? target.hostname, config.ca !== undefined, Date.now());
        const unknownIssuer = /is not a trusted CA|is self-signed/.test(why);
        logger.warn(`the certificate is not trusted (${why}): custom headers are withheld${unknownIssuer && !config.ca ? ' (trust a private CA with --ca, the action input ca or probes.ca)' : ''}`);
    };
    // The handshakes the probes judge. Whether custom headers may be sent depends on trust, so
    // without `wait` they come before any request; with `wait`, after it (a deployment that is not
    // up yet has no certificate to judge).
    const handshakes = async () => {
        const list = [];
        if (isHttps && (needs.tls || customHeaders))
            list.push(handshake(target, targetTls).then((t) => { obs.tls = t; }));
        if (isHttps && needs.legacyTls)
            list.push(legacyHandshake(target, targetTls).then((l) => { obs.legacyTls = l; }));
        await Promise.all(list);
        // A server that speaks only TLS 1.0/1.1 still shows its certificate to the legacy handshake.
        if (isHttps && needs.tls && !obs.legacyTls && obs.tls?.error?.startsWith('TLS handshake'))
            obs.legacyTls = await legacyHandshake(target, targetTls);
        // What the legacy offer got, so a pass of tls-version can be audited (--debug).
        if (obs.legacyTls)
            logger.debug(legacyOutcome(target, obs.legacyTls));
        if (obs.tls?.otherKey)
            logger.debug(otherKeyOutcome(target, obs.tls));
        if (obs.tls?.error && /^(DNS lookup failed|connection refused|no answer)/.test(obs.tls.error))
            unreachable = { error: obs.tls.error, ...(obs.tls.proxyFailed ? { proxyFailed: true } : {}) };
        if (customHeaders && isHttps) {
            if (obs.tls && ownSession(obs.tls).authorized)
                sendCustom = true;
            else
                withhold(obs.tls && !obs.tls.error ? ownSession(obs.tls) : undefined);
        }
    };
    // While waiting, custom headers go out only once a handshake (retried with each poll until one
    // completes) shows the certificate is trusted; the judged handshakes are made after the wait.
    let trustKnown = !(isHttps && customHeaders) || config.waitMs <= 0;
    let trustPending;
    const ensureTrust = async () => {
        if (trustKnown)
            return;
        trustPending ??= handshake(target, targetTls).then((t) => {
            if (t.error)
                return;
            trustKnown = true;
            if (ownSession(t).authorized)
                sendCustom = true;
            else
                withhold(ownSession(t));
        }).finally(() => { trustPending = undefined; });
        await trustPending;
    };
    if (!trustKnown)
        sendCustom = false;
    node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_1__.subscribe('http2.client.stream.created', onStream);
    node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_1__.subscribe('undici:client:sendHeaders', onSendHeaders);
    try {
        // `wait` means "wait for health before probing", whether or not health-endpoint is an item.
        const healthPaths = [...new Set(needs.health?.length ? needs.health : config.waitMs > 0 ? obs.defaultHealthPaths : [])];
        const pollMs = config.pollMs ?? 2000;
        // The latest chain per URL: the main page is often a health path too (`/`), and one GET of it
        // serves both (after a wait, the chain that found the deployment ready).
        const latest = new Map();
        // Attempts start about every `pollMs` (start to start, like a readiness probe's period) and a last
        // one starts at the deadline itself: the run takes at most `wait` plus that attempt.
        const pollHealth = async (path) => {
            const t0 = Date.now();
            const deadline = t0 + config.waitMs;
            const maxAttempts = Math.ceil(config.waitMs / Math.max(pollMs, 1)) + 1;
            let attempts = 0;
            // Requests that went without the custom headers because the deployment came up between a failed trust
            // handshake and the request: each is redone at once (a few times at most), once trust is known.
            let unsure = 0;
            let chain;
            const progress = config.waitMs > 0 ? waitProgress(at(path).href, t0, config.waitMs, logger) : undefined;
            for (;;) {
                const started = Date.now();
                attempts++;
                // (No await when trust is settled: the main page reuses this chain only if it is registered at once.)
                if (!trustKnown)
                    await ensureTrust();
                const url = at(path);
                const withoutHeaders = !trustKnown;
                const pending = follow(url);
                latest.set(url.href, pending);
                chain = await pending;
                // An answer to a request sent before trust was known says nothing about the headers (a 401 for want of them).
                if (withoutHeaders && chain.error === undefined && unsure++ < 3) {
                    attempts--;
                    continue;
                }
                const last = chain.hops.at(-1);
                const retry = chain.error !== undefined || (last !== undefined && last.status >= 500);
                if (!retry || attempts >= maxAttempts || Date.now() >= deadline) {
                    progress?.end(chain, attempts, !retry);
                    break;
                }
                progress?.poll(chain, attempts);
                await sleep(Math.max(0, Math.min(started + pollMs, deadline) - Date.now()));
            }
            return [path, { chain, attempts, waitedMs: Date.now() - t0 }];
        };
        const health = async () => { if (healthPaths.length)
            obs.health = Object.fromEntries(await Promise.all(healthPaths.map(pollHealth))); };
        // With `wait`, nothing else is probed, no handshake judged, until the deployment is ready (or the deadline passed).
        if (config.waitMs > 0)
            await health();
        await handshakes();
        probing = true;
        if (vhost && sendCustom)
            obs.virtualHost = vhost.hostname;
        const jobs = [];
        if (config.waitMs <= 0)
            jobs.push(health());
        if (needs.main)
            jobs.push((latest.get(target.href) ?? follow(target)).then((c) => { obs.main = c; }));
        if (needs.plainHttp) {
            // An http:// target is itself the plain-HTTP origin to judge; an https:// one is paired with port 80.
            let plain;
            try {
                plain = config.httpUrl ? atAddress(new URL(config.httpUrl)) : isHttps ? new URL(`http://${target.hostname}/`) : target;
            }
            catch { /* below */ }
            if (!plain || plain.protocol !== 'http:')
                obs.plainHttp = { url: config.httpUrl ?? '', error: 'the plain-HTTP URL is not an http:// URL' };
            // A connection closed without an answer (nginx `return 444`) counts only when it happens twice, the second time
            // on a new connection, as for sensitive-paths: a one-off reset must not pass as "nothing served in clear".
            else {
                const url = plain;
                jobs.push(fetched(url).then((f) => { obs.plainHttp = f; }));
            }
        }
        if (needs.cors) {
            const cors = { origin: _util_js__WEBPACK_IMPORTED_MODULE_9__/* .FOREIGN_ORIGIN */ .oc };
            obs.cors = cors;
            jobs.push(fetchedCors(target, 'GET', { origin: _util_js__WEBPACK_IMPORTED_MODULE_9__/* .FOREIGN_ORIGIN */ .oc }).then((f) => { cors.get = f; }));
            jobs.push(fetchedCors(target, 'OPTIONS', { origin: _util_js__WEBPACK_IMPORTED_MODULE_9__/* .FOREIGN_ORIGIN */ .oc, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' }).then((f) => { cors.preflight = f; }));
            jobs.push(fetchedCors(target, 'GET', { origin: 'null' }).then((f) => { cors.nullOrigin = f; }));
            // Made from the site's name when a `Host` header names it (its allow-list is written for that name, not the address).
            cors.crafted = (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .craftedOrigins */ .H)(vhost && sendCustom ? new URL(`${target.protocol}//${vhost.hostname}/`) : target);
            for (const c of cors.crafted)
                jobs.push(fetchedCors(target, 'GET', { origin: c.origin }).then((f) => { c.get = f; }));
        }
        // An application mounted under a path (`https://host/app/`) has its own not-found page and debugger console there too.
        const mount = (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .mountPath */ .JK)(target);
        if (needs.notFound) {
            const name = `preflight-probe-${Math.random().toString(36).slice(2, 10)}`;
            jobs.push(fetchedFollowing(at(`/${name}`)).then((f) => { obs.notFound = f; }));
            if (mount)
                jobs.push(fetchedFollowing(at(`${mount}/${name}`)).then((f) => { obs.notFoundUnder = f; }));
        }
        if (needs.console) {
            jobs.push(fetchedFollowing(at('/console')).then((f) => { obs.console = f; }));
            if (mount)
                jobs.push(fetchedFollowing(at(`${mount}/console`)).then((f) => { obs.consoleUnder = f; }));
        }
        if (needs.sensitive?.length) {
            const sensitive = {};
            obs.sensitive = sensitive;
            // A connection closed without an answer counts as "not served" only when it happens twice, the second time
            // on a new connection: a stale keep-alive socket or a one-off reset must not let an exposed file pass.
            // Same-host redirects are followed (`http://host/.env` \u2192 `https://host/.env`): the file may be served there.
            for (const p of new Set(needs.sensitive))
                jobs.push(fetchedFollowing(at(p)).then((f) => { sensitive[p] = f; }));
            // An application mounted under the target's path (`https://host/app/`) serves its files there too (`/app/.env`).
            if (mount) {
                const under = {};
                obs.sensitiveUnder = under;
                for (const p of new Set(needs.sensitive))
                    jobs.push(fetchedFollowing(at(`${mount}${p}`)).then((f) => { under[p] = f; }));
            }
        }
        await Promise.all(jobs);
        // Where the target's redirects lead users on its host, on another https:// origin (another port): the handshakes
        // there are judged too (an expired certificate on :8443 breaks the site as surely as on the target). Custom
        // headers never go there, so whether they are trusted changes nothing else.
        if (isHttps && (needs.tls || needs.legacyTls)) {
            const landed = (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .redirectedOrigins */ .Ls)([obs.main, ...Object.values(obs.health ?? {}).map((h) => h.chain)], target.href);
            if (landed.length) {
                obs.redirectTls = await Promise.all(landed.map(async ({ url, from }) => {
                    const u = new URL(url);
                    // Another port of the target's address is asked with the site's name too, as its requests were (see `vhostFor`).
                    const opts = { ...tlsOpts, proxy: proxyFor(u), ...(vhost && sendCustom && u.hostname === target.hostname ? { servername: vhost.hostname } : {}) };
                    const [t, legacy] = await Promise.all([needs.tls ? handshake(u, opts) : undefined, needs.legacyTls ? legacyHandshake(u, opts) : undefined]);
                    // A server that speaks only TLS 1.0/1.1 still shows its certificate to the legacy handshake.
                    const old = legacy ?? (t?.error?.startsWith('TLS handshake') ? await legacyHandshake(u, opts) : undefined);
                    if (old)
                        logger.debug(legacyOutcome(u, old));
                    if (t?.otherKey)
                        logger.debug(otherKeyOutcome(u, t));
                    return { url, from, ...(t ? { tls: t } : {}), ...(old ? { legacyTls: old } : {}) };
                }));
            }
        }
        // Timed after the concurrent burst so the samples measure the server, not our own load.
        if (needs.timing?.length) {
            obs.timing = {};
            const targetSilence = silenceOf(target);
            const silent = targetSilence.stalled !== undefined && targetSilence.lastAnswer === -Infinity && !failedOtherwise ? targetSilence.stalled : undefined;
            // The samples are asked one at a time, each with its own timeout: a stall of the burst (a tarpit on scanners'
            // paths) says nothing of the page timed, unless that page itself went unanswered.
            for (const s of silences.values())
                s.stalled = undefined;
            burstOver = true;
            // A URL's timeout counts after the burst only when its origin stalled in it (see `unanswered`).
            for (const href of unanswered.keys())
                if (!silenceOf(new URL(href)).stalledOnce)
                    unanswered.delete(href);
            for (const { path, samples } of needs.timing) {
                const url = at(path);
                const entry = { samples: [], statuses: [] };
                obs.timing[path] = entry;
                // The target has not completed a single response and its requests only timed out (it accepts connections
                // and never answers): a warm-up would only wait out another timeout, so the run stays bounded by about one.
                // (A URL that went unanswered in the burst, the page or a hop it redirects to, fails at once: see `unanswered`.)
                if (silent !== undefined) {
                    entry.error = silent;
                    continue;
                }
                const n = Math.min(Math.max(samples, 1), 50);
                // Each sample follows same-host redirects as a browser does (`/` \u2192 `/en/`) and is timed to the page at the
                // end. A warm-up that ends elsewhere (a redirect not followed, a login wall, a bot challenge, a client-certificate
                // wall) is kept for the probe to judge: nothing of it is timed.
                // A sample the server drops on the reused keep-alive socket is asked again over a new connection, as
                // browsers do: only a request that fails there too is an error.
                for (let i = 0; i <= n; i++) {
                    timedOutAfterBurst = undefined;
                    let chain = await follow(url);
                    // The warm-up went unanswered within the timeout, after a burst some of whose requests the target may still be
                    // working through (`leftQueued`), at a URL that answered in it or while the page did: asked once more, it
                    // measures the server rather than Preflight's own load. A target that stopped answering for good fails it
                    // again, so the run grows by one timeout at most; a page that never answered (it hangs) is not asked again.
                    const busy = timedOutAfterBurst !== undefined && (answeredUrls.has(timedOutAfterBurst) || answeredUrls.has(target.href));
                    if (i === 0 && chain.error !== undefined && busy && silenceOf(new URL(timedOutAfterBurst)).leftQueued) {
                        logger.debug(`probes: the response-time warm-up of ${url.href} went unanswered after the burst: asked again`);
                        chain = await follow(url);
                    }
                    if (chain.error !== undefined) {
                        entry.error = chain.error;
                        break;
                    }
                    const last = chain.hops.at(-1);
                    if (i === 0 && (chain.stopped || (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .protectedReason */ .zN)(chain) || (last && ((0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .botChallenge */ .fq)(last) || (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .clientCertWall */ .Ww)(last))))) {
                        entry.unjudged = chain;
                        break;
                    }
                    if (i > 0 && last) {
                        entry.samples.push(Math.round(chain.hops.reduce((t, h) => t + h.ms, 0) * 10) / 10);
                        entry.statuses.push(last.status);
                    }
                }
            }
        }
    }
    finally {
        for (const s of silences.values())
            clearTimeout(s.watchdog);
        await Promise.all([dispatcher, h2Dispatcher].map((d) => d?.destroy().catch(() => { })));
        node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_1__.unsubscribe('http2.client.stream.created', onStream);
        node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_1__.unsubscribe('undici:client:sendHeaders', onSendHeaders);
    }
    return obs;
}
function certInfo(c) {
    const name = (o) => Object.entries(o ?? {}).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`).join(', ');
    const subject = name(c.subject);
    const issuer = name(c.issuer);
    // Key size and signature algorithm: OpenSSL refuses weak ones with codes Node reports as UNSPECIFIED.
    let x509;
    try {
        x509 = c.raw ? new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(c.raw) : undefined;
    }
    catch { /* unparsable: left out */ }
    const keyType = x509?.publicKey.asymmetricKeyType;
    const details = x509?.publicKey.asymmetricKeyDetails;
    const keyBits = details?.modulusLength ?? (typeof c.bits === 'number' ? c.bits : undefined);
    const caIssuers = (c.infoAccess?.['CA Issuers - URI'] ?? []).filter((u) => typeof u === 'string' && u.length > 0).slice(0, 3);
    return {
        subject, issuer,
        validFrom: new Date(c.valid_from).toISOString(),
        validTo: new Date(c.valid_to).toISOString(),
        selfIssued: subject === issuer,
        ...(c.subjectaltname ? { subjectAltName: c.subjectaltname } : {}),
        ...(c.fingerprint256 ? { fingerprint256: c.fingerprint256 } : {}),
        ...(keyType ? { keyType } : {}),
        ...(keyBits ? { keyBits } : {}),
        ...(x509?.signatureAlgorithm ? { signatureAlgorithm: x509.signatureAlgorithm } : {}),
        ...(caIssuers.length ? { caIssuers } : {}),
        ...(x509?.keyUsage ? { extKeyUsage: [...x509.keyUsage] } : {}),
        ...(x509 ? { ca: x509.ca } : {}),
    };
}
/**
 * `name`: the host name the server is asked for (SNI) instead of the URL's, which is still where the connection goes: the
 * site's name a `Host` header gives for the target's address, as a hosts-file entry or curl's `--resolve` would.
 */
async function connectTls(url, opts, timeoutMs, proxy, name) {
    const host = bare(url.hostname);
    const port = Number(url.port || 443);
    const sni = name ? bare(name) : host;
    const socket = proxy ? await tunnel(proxy, host, port, timeoutMs) : undefined;
    return new Promise((resolve, reject) => {
        const tlsSocket = node_tls__WEBPACK_IMPORTED_MODULE_6__.connect({
            ...(socket ? { socket } : { host, port, lookup, autoSelectFamily: true }),
            ...(node_net__WEBPACK_IMPORTED_MODULE_5__.isIP(sni) ? {} : { servername: sni }),
            // What browsers offer: a server that speaks only HTTP/2 (Node's http2 default) refuses a
            // handshake offering only http/1.1 ("no application protocol"). Nothing is sent on it.
            rejectUnauthorized: false, ALPNProtocols: ['h2', 'http/1.1'],
            ...opts,
        });
        tlsSocket.setTimeout(timeoutMs, () => tlsSocket.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
        tlsSocket.once('secureConnect', () => { tlsSocket.setTimeout(0); resolve(tlsSocket); });
        tlsSocket.once('error', (e) => { socket?.destroy(); reject(e); });
    });
}
/** A TLS context this machine could not make: the failure is its own, raised before any connection. */
class LocalTlsFailure extends Error {
    constructor(cause) { super(cause?.message ?? String(cause), { cause }); }
}
/** OpenSSL's codes for an offer this machine cannot make at all (no version, no cipher suite it may offer). */
const LOCAL_TLS_CODES = new Set(['ERR_SSL_NO_PROTOCOLS_AVAILABLE', 'ERR_SSL_NO_CIPHERS_AVAILABLE', 'ERR_SSL_NO_CIPHER_MATCH']);
/** OpenSSL functions that build the ClientHello: an error raised there is raised before the server has said anything. */
const LOCAL_TLS_STEPS = /:(?:tls_setup_handshake|ssl_set_client_hello_version|tls_construct_client_hello|ssl_cipher_list_to_bytes|tls_construct_ctos_\w+|tls_construct_extensions|ssl_create_cipher_list):/;
/**
 * Why a handshake failed on this machine, before the server could answer (its TLS library cannot offer what was asked:
 * "no protocols available" when it has no TLS 1.0/1.1, a build or crypto policy without them), in OpenSSL's words;
 * undefined for a failure the server caused (an alert, a reset, an answer that is no TLS).
 */
function localTlsFailure(e) {
    const err = (e instanceof LocalTlsFailure ? e.cause : e);
    const reason = err?.reason ?? err?.message?.split('\n')[0] ?? String(e);
    if (e instanceof LocalTlsFailure || (err?.code !== undefined && LOCAL_TLS_CODES.has(err.code)) || LOCAL_TLS_STEPS.test(err?.message ?? ''))
        return reason;
    return undefined;
}
/** OpenSSL's date errors: it reports one error only, so an untrusted issuer hides behind them. */
/**
 * Whether the presented chain leads to a trusted CA (Node's default store, NODE_EXTRA_CA_CERTS
 * and `ca`), signatures checked, dates ignored: OpenSSL stops at the first error, so for an
 * expired certificate it never says whether its issuer is trusted.
 */
function chainsToAnchor(raw, ca) {
    const certs = raw.flatMap((r) => { try {
        return [new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(r)];
    }
    catch {
        return [];
    } });
    const store = typeof node_tls__WEBPACK_IMPORTED_MODULE_6__.getCACertificates === 'function' ? node_tls__WEBPACK_IMPORTED_MODULE_6__.getCACertificates('default') : [...node_tls__WEBPACK_IMPORTED_MODULE_6__.rootCertificates];
    const anchors = [...store, ...(ca ? (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .pemBlocks */ .PQ)(ca) : [])].flatMap((p) => { try {
        return [new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(p)];
    }
    catch {
        return [];
    } });
    const signedBy = (c, by) => { try {
        return c.checkIssued(by) && c.verify(by.publicKey);
    }
    catch {
        return false;
    } };
    const anchored = (c) => anchors.some((a) => a.fingerprint256 === c.fingerprint256 || signedBy(c, a));
    let cur = certs[0];
    for (let i = 0; cur && i < 10; i++) {
        if (anchored(cur))
            return true;
        const c = cur;
        cur = certs.find((n) => n !== c && n.fingerprint256 !== c.fingerprint256 && signedBy(c, n));
    }
    return false;
}
/** What a completed handshake shows: negotiated protocol, peer chain, trust and the hostname check (against `name`, when given). */
function observe(socket, url, ca, name) {
    const chain = [];
    const raw = [];
    const seen = new Set();
    let c = socket.getPeerCertificate(true);
    const leaf = c;
    while (c && Object.keys(c).length && chain.length < 10 && !seen.has(c.fingerprint256)) {
        seen.add(c.fingerprint256);
        chain.push(certInfo(c));
        if (c.raw)
            raw.push(c.raw);
        c = c.issuerCertificate;
    }
    // Node skips the name check when the chain is untrusted; we want both facts.
    const host = bare(name ?? url.hostname);
    let nameErr = leaf && Object.keys(leaf).length ? node_tls__WEBPACK_IMPORTED_MODULE_6__.checkServerIdentity(host, leaf) : undefined;
    // Node falls back to the CN when the certificate names no DNS subjectAltName; browsers (Chrome 58+,
    // Safari) and Go 1.15+ do not: for them the certificate is not valid for any host name.
    if (!nameErr && leaf && Object.keys(leaf).length && !node_net__WEBPACK_IMPORTED_MODULE_5__.isIP(host) && !/(?:^|,\s*)DNS:/.test(leaf.subjectaltname ?? '')) {
        nameErr = new Error(`Host: ${host} is only in the certificate's CN, which browsers ignore: it has no subjectAltName DNS name`);
    }
    const authErr = socket.authorizationError;
    const authorizationError = authErr ? (typeof authErr === 'string' ? authErr : authErr.code ?? authErr.message) : undefined;
    // A date or weak-key error is reported instead of the trust result: whether the issuer is trusted is checked apart.
    const chainTrusted = authorizationError && (_util_js__WEBPACK_IMPORTED_MODULE_9__/* .CERT_DATE_ERRORS */ .uz.has(authorizationError) || _util_js__WEBPACK_IMPORTED_MODULE_9__/* .CERT_WEAK_ERRORS */ .I6.has(authorizationError)) && raw.length ? chainsToAnchor(raw, ca) : undefined;
    return {
        protocol: socket.getProtocol() ?? undefined,
        cipher: socket.getCipher()?.name,
        authorized: socket.authorized && !nameErr,
        ...(authorizationError ? { authorizationError } : {}),
        ...(chainTrusted !== undefined ? { chainTrusted } : {}),
        ...(nameErr ? { hostnameError: nameErr.message } : {}),
        ...(name && host !== bare(url.hostname) ? { servername: host } : {}),
        chain,
    };
}
/** What a server requiring a client certificate is told apart by (after its `host:port`). */
const CLIENT_CERT_REQUIRED = 'requires a client certificate (mutual TLS: it ends the connection with the TLS alert "certificate required"); Preflight presents none, so probe a URL that does not require one';
const isCertRequiredAlert = (e) => {
    const err = e;
    return err?.code === 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' || /alert certificate required/i.test(`${err?.reason ?? ''} ${err?.message ?? ''}`);
};
/**
 * Whether the server ends a TLS 1.3 connection with the alert "certificate required" once the handshake is
 * done (it judges the client's empty Certificate after the client has finished). A session ticket, the
 * end of the connection or a second (at most the timeout) without an alert says no.
 */
async function demandsClientCert(url, opts) {
    let socket;
    try {
        socket = await connectTls(url, opts.secureContext ? { secureContext: opts.secureContext } : {}, opts.timeoutMs, opts.proxy, opts.servername);
    }
    catch (e) {
        return isCertRequiredAlert(e);
    }
    if (socket.getProtocol() !== 'TLSv1.3') {
        socket.destroy();
        return false;
    }
    return new Promise((resolve) => {
        const done = (required) => { clearTimeout(timer); socket.destroy(); resolve(required); };
        const timer = setTimeout(() => done(false), Math.min(opts.timeoutMs, 1000));
        socket.on('error', (e) => done(isCertRequiredAlert(e)));
        socket.once('session', () => done(false));
        socket.once('close', () => done(false));
        socket.resume();
    });
}
/**
 * The signature algorithms browsers offer (Chrome, Firefox, Safari): no Ed25519 or Ed448. A server holding an EdDSA
 * certificate next to an ECDSA or RSA one (nginx takes several) serves browsers the latter.
 */
const BROWSER_SIGALGS = 'ecdsa_secp256r1_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:ecdsa_secp384r1_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha512:ecdsa_sha1:rsa_pkcs1_sha1';
const EDDSA = new Set(['ed25519', 'ed448']);
/**
 * Chrome's TLS 1.2 cipher suites in its order (Firefox's and Safari's also put ECDSA before RSA): which certificate a server
 * holding an ECDSA and an RSA one serves browsers. Node's defaults list `ECDHE-RSA-*` first and get the RSA one.
 */
const BROWSER_TLS12_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:AES256-SHA';
/** The TLS 1.2 cipher suites a certificate of each key type serves (an ECDSA key signs the ECDHE-ECDSA ones). */
const SUITES_OF = { ECDSA: 'HIGH+aECDSA', RSA: 'HIGH+aRSA:!PSK:!SRP' };
/**
 * The normal handshake: negotiated protocol, peer chain, trust and hostname check. `servername`: the name asked for (SNI)
 * and checked, instead of the URL's host (which is still where the connection goes).
 */
async function handshake(url, opts) {
    let socket;
    try {
        socket = await connectTls(url, opts.secureContext ? { secureContext: opts.secureContext } : {}, opts.timeoutMs, opts.proxy, opts.servername);
    }
    catch (e) {
        return describeFailure(e, url, opts.timeoutMs, opts.proxy);
    }
    let seen;
    try {
        seen = observe(socket, url, opts.ca, opts.servername);
    }
    finally {
        socket.destroy();
    }
    // Node offers Ed25519/Ed448, browsers do not: with an EdDSA certificate, what a browser's offer gets is what counts
    // (another certificate the server holds; else no handshake, and the EdDSA one is judged: browsers cannot connect).
    if (!EDDSA.has(seen.chain?.[0]?.keyType ?? ''))
        return withOtherKey(url, opts, seen);
    const other = await observeWith(url, opts, { sigalgs: BROWSER_SIGALGS });
    return other && !EDDSA.has(other.chain?.[0]?.keyType ?? '') ? other : seen;
}
/** A handshake with its own offer (`options` of the secure context), observed; undefined when it fails. */
async function observeWith(url, opts, options) {
    let socket;
    try {
        socket = await connectTls(url, { secureContext: trustWith(opts.ca, options) }, opts.timeoutMs, opts.proxy, opts.servername);
    }
    catch {
        return undefined;
    }
    try {
        return observe(socket, url, opts.ca, opts.servername);
    }
    finally {
        socket.destroy();
    }
}
/**
 * Over TLS 1.2 the certificate follows the cipher suite: a server holding an ECDSA and an RSA certificate (nginx's
 * `ssl_certificate` given twice) serves Node's default offer (RSA suites first) the RSA one and browsers (ECDSA first)
 * the ECDSA one. An offer of only the other key type's suites finds a second certificate; then the handshake judged
 * first is the one browsers get (their order offered, when Node's got RSA), and the other is kept in `otherKey`.
 * TLS 1.3 chooses by signature algorithm, where Node's order is the browsers' (ECDSA first): nothing to add there.
 */
async function withOtherKey(url, opts, seen) {
    const leaf = seen.chain?.[0];
    const kind = (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .keyKind */ .qp)(leaf?.keyType);
    if (seen.error || !leaf || !kind || seen.protocol !== 'TLSv1.2')
        return seen;
    const otherKind = kind === 'RSA' ? 'ECDSA' : 'RSA';
    const alt = await observeWith(url, opts, { maxVersion: 'TLSv1.2', ciphers: SUITES_OF[otherKind] });
    const altLeaf = alt?.chain?.[0];
    if (!alt || !altLeaf || (0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .keyKind */ .qp)(altLeaf.keyType) !== otherKind || altLeaf.fingerprint256 === leaf.fingerprint256)
        return seen;
    // Node's RSA-first offer got the ECDSA certificate: the server prefers it, and browsers get it too.
    if (kind === 'ECDSA')
        return { ...seen, otherKey: { session: alt, nodeDefault: false } };
    // Whether browsers get the ECDSA one depends on whose order the server follows: their offer says.
    const browser = await observeWith(url, opts, { maxVersion: 'TLSv1.2', ciphers: BROWSER_TLS12_CIPHERS, sigalgs: BROWSER_SIGALGS });
    if (browser?.chain?.[0]?.fingerprint256 === altLeaf.fingerprint256)
        return { ...browser, otherKey: { session: seen, nodeDefault: true } };
    return { ...seen, otherKey: { session: alt, nodeDefault: false } };
}
/**
 * The handshake whose certificate Preflight's own requests get (Node's default offer): of a server's two certificates
 * (ECDSA and RSA, over TLS 1.2), the one custom headers would be sent over, which decides whether they may be.
 */
const ownSession = (t) => (t.otherKey?.nodeDefault ? t.otherKey.session : t);
/** The legacy handshake's outcome in a line, for the debug log. */
function legacyOutcome(url, l) {
    const offer = `probes: the handshake offering only TLS 1.0/1.1 (SECLEVEL=0) to ${hostPort(url)}`;
    if (l.accepted)
        return `${offer} was accepted: ${(l.protocols?.length ? l.protocols : [l.protocol ?? 'TLS 1.0/1.1']).join(', ')}`;
    if (l.error)
        return `${offer} ${l.local ? 'could not be made' : 'failed'}: ${l.error}`;
    return `${offer} was refused${l.refusal ? `: ${l.refusal}` : ''}`;
}
/** A server's two certificates (ECDSA and RSA) in a line, for the debug log. */
function otherKeyOutcome(url, t) {
    const one = (s) => `${(0,_util_js__WEBPACK_IMPORTED_MODULE_9__/* .keyKind */ .qp)(s.chain?.[0]?.keyType) ?? '?'} ${s.chain?.[0]?.subject ?? ''} (until ${s.chain?.[0]?.validTo.slice(0, 10) ?? '?'}, ${s.cipher ?? '?'})`;
    return `probes: ${hostPort(url)} holds two certificates over TLS 1.2: browsers get the ${one(t)}, ${t.otherKey.nodeDefault ? 'Node\'s default offer' : 'only an offer without those suites'} the ${one(t.otherKey.session)}`;
}
/**
 * Offers only TLS 1.0/1.1 with `SECLEVEL=0` (Node's defaults would refuse them and hide a weak
 * server). The server picks the newest version offered, so after a TLS 1.1 handshake a second one
 * offers TLS 1.0 alone: every legacy version the server accepts is listed. The accepted handshake's
 * certificate is recorded too (for a server that speaks nothing newer).
 */
async function legacyHandshake(url, opts) {
    // As a TLS 1.0/1.1 client offers it: HTTP/1.1 only. HTTP/2 requires TLS 1.2, and a server that picks h2
    // from the offer aborts such a handshake (lighttpd: "ALPN h2 requires TLSv1.2"), which would read as a refusal.
    const offer = (maxVersion) => {
        let secureContext;
        // A context this machine's TLS library cannot make (a cipher string it refuses) is its own failure, not the server's.
        try {
            secureContext = trustWith(opts.ca, { minVersion: 'TLSv1', maxVersion, ciphers: 'DEFAULT@SECLEVEL=0' });
        }
        catch (e) {
            return Promise.reject(new LocalTlsFailure(e));
        }
        return connectTls(url, { secureContext, ALPNProtocols: ['http/1.1'] }, opts.timeoutMs, opts.proxy, opts.servername);
    };
    let socket;
    try {
        socket = await offer('TLSv1.1');
    }
    catch (e) {
        const code = e.code;
        // A TLS alert or a reset is the server refusing; no connection at all tells us nothing.
        if (code === 'ETIMEDOUT' || code === 'ECONNREFUSED' || (code !== undefined && DNS_FAILURES.has(code)) || /CONNECT/.test(e.message ?? '')) {
            return { accepted: false, error: describeError(e, url, opts.timeoutMs, opts.proxy) };
        }
        // A server that enables TLS 1.0 but not 1.1 (`ssl_protocols TLSv1 TLSv1.2`) can fail the 1.0\u20131.1 offer
        // (OpenSSL does not step over the hole): TLS 1.0 offered alone is what such a server accepts.
        try {
            socket = await offer('TLSv1');
        }
        catch (e2) {
            // This machine could not make an offer (its TLS library has no TLS 1.0/1.1, or not with these ciphers):
            // nothing was asked of the server, so its answer is unknown, not a refusal.
            const [both, alone] = [localTlsFailure(e), localTlsFailure(e2)];
            const error = both && alone ? `this machine's TLS library could not offer TLS 1.0/1.1 (${alone}), so whether the server accepts them is unknown`
                : alone ? `the server refused TLS 1.1, and this machine's TLS library could not offer TLS 1.0 alone (${alone}), so whether the server accepts TLS 1.0 is unknown`
                    : both ? `this machine's TLS library could not offer TLS 1.1 (${both}) and the TLS 1.0 offer failed (${describeError(e2, url, opts.timeoutMs, opts.proxy)}), so whether the server accepts TLS 1.1 is unknown`
                        : undefined;
            if (error)
                return { accepted: false, local: true, error };
            return { accepted: false, refusal: describeError(e2, url, opts.timeoutMs, opts.proxy) };
        }
    }
    let session;
    try {
        session = observe(socket, url, opts.ca, opts.servername);
    }
    finally {
        socket.destroy();
    }
    const protocol = session.protocol;
    const protocols = protocol ? [protocol] : [];
    if (protocol === 'TLSv1.1') {
        try {
            const old = await offer('TLSv1');
            const p = old.getProtocol();
            old.destroy();
            if (p && p !== protocol)
                protocols.unshift(p);
        }
        catch { /* refused: TLS 1.1 only */ }
    }
    return { accepted: true, protocol, protocols, session };
}


/***/ })

};
