import { z } from 'zod';
import { defineProbe, type ProbeContext } from './define.js';
import type { LegacyTlsObservation, TlsObservation } from './observation.js';
import { TLS_MINIMUM, TLS_NOT_WEB, WEB_TLS_CONTEXT } from '../checklist/phrases.js';
import { isPlainHttp, plainHttpFinding, sameSession } from './util.js';

/**
 * OpenSSL's name for a protocol, with the version spelled out where the name hides it: OpenSSL calls
 * TLS 1.0 `TLSv1`, which readers (and the checklist, "refuse TLS 1.0") do not recognise as 1.0.
 */
const protocolName = (p: string): string => (p === 'TLSv1' ? 'TLSv1 (TLS 1.0)' : p);

/** The server refuses TLS 1.0/1.1 and negotiates TLS 1.2 or newer. */
export const tlsVersion = defineProbe({
  id: 'tls-version',
  title: 'Only TLS 1.2 or newer is accepted',
  severity: 'high',
  description: 'The server refuses TLS 1.0 and 1.1 and negotiates TLS 1.2+.',
  match: [
    {
      pattern: TLS_MINIMUM,
      // Not under a heading about a database, mail, a mobile app or third parties.
      context: WEB_TLS_CONTEXT,
      // An item that names the configuration tls-protocols-config reads ("SSLv3 disabled in the nginx config", nginx's
      // `ssl_protocols`, Node's `minVersion`) promises that file, as "Node `minVersion: 'TLSv1.2'`" does: the static check's.
      unless: new RegExp(`${TLS_NOT_WEB.source}|\\bssl_protocols\\b|\\bminversion\\b|\\bnginx(?:\\.conf\\b| (?:config(?:uration)?|conf)(?: files?)?\\b)`),
      note: 'a promise about TLS versions: the probe offers TLS 1.0/1.1 and expects a refusal',
    },
  ],
  docs: {
    why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); clients that still negotiate them are exposed to downgrade and cipher attacks.',
    fix: 'Allow only TLSv1.2 and TLSv1.3 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`; Node: `minVersion: "TLSv1.2"`).',
    details: [
      'Two handshakes: one with Node\'s defaults (records the negotiated version), one offering only TLS 1.0–1.1',
      'with `ciphers: DEFAULT@SECLEVEL=0` — Node\'s defaults refuse the old versions, so a naive client reports a',
      'false pass; when it gets TLS 1.1, a third offers TLS 1.0 alone, so the finding lists every legacy version',
      'accepted; when the 1.0–1.1 offer is refused, TLS 1.0 is offered alone too (a server with TLS 1.0 on and 1.1 off,',
      '`ssl_protocols TLSv1 TLSv1.2`, can refuse the combined offer). The legacy handshake succeeding fails the probe. A',
      'legacy offer that fails on this machine before the server answers (its TLS library cannot offer TLS 1.0/1.1: OpenSSL\'s',
      '"no protocols available", a build or crypto policy without them) tested nothing: an `error`, never a pass. A refused or failed default handshake is an',
      '`error` unless the legacy one succeeded. An `http://` target fails (nothing is served over TLS at the URL given; when it redirects to',
      '`https://`, the message and the fix give that URL as the target to judge). Another port of the same host that an `https://` target\'s',
      'redirects lead to is another TLS server users connect to: its versions are judged the same way, the findings naming it.',
    ].join(' '),
  },
  options: z.object({}),
  // The target's page too: where its same-host redirects lead (another port) is a TLS server users land on.
  needs: () => ({ tls: true, legacyTls: true, main: true }),
  evaluate(obs, ctx) {
    if (isPlainHttp(obs)) {
      ctx.report(plainHttpFinding(obs, 'nothing is served over TLS', 'its TLS version support', 'serve it over https:// with TLS 1.2+'));
      return;
    }
    const { tls, legacyTls } = obs;
    if (!tls || !legacyTls) { ctx.error('the TLS handshakes were not made'); return; }
    judgeVersions(ctx, { url: obs.url, name: obs.url }, tls, legacyTls);
    // Where the target's redirects lead on its host (another port) is another TLS server users connect to.
    for (const r of obs.redirectTls ?? []) {
      // The same server on another port (the same certificate and answers) is judged once, as certificate does.
      if (r.tls && r.legacyTls && !sameSession(r.tls, tls, r.legacyTls, legacyTls)) judgeVersions(ctx, { url: r.url, name: `${r.url} (where ${r.from} redirects)`, from: r.from }, r.tls, r.legacyTls);
    }
  },
});

/** Judges the TLS versions one endpoint accepts (`name`: how messages call it; `from`: for a redirect's, where it came from). */
function judgeVersions(ctx: ProbeContext<unknown>, at: { url: string; name: string; from?: string }, tls: TlsObservation, legacyTls: LegacyTlsObservation): void {
  const { name } = at;
  const unjudged = (why: string) => ctx.error(at.from ? `${at.from} redirects to ${at.url}, whose TLS versions could not be judged: ${why}` : why);
  if (legacyTls.accepted) {
    const versions = legacyTls.protocols?.length ? legacyTls.protocols : legacyTls.protocol ? [legacyTls.protocol] : ['TLS 1.0/1.1'];
    ctx.report({ url: at.url, message: `${name} accepts ${versions.map(protocolName).join(' and ')}; allow only TLS 1.2 and 1.3` });
    return;
  }
  // This machine unable to offer TLS 1.0/1.1 tested nothing: that is no refusal (DESIGN: could not run is never a pass).
  const untested = legacyTls.error && legacyTls.local ? legacyTls.error : undefined;
  if (tls.error) { unjudged(untested ? `${tls.error}; ${untested}` : tls.error); return; }
  if (legacyTls.error) { unjudged(untested ?? `could not test TLS 1.0/1.1: ${legacyTls.error}`); return; }
  if (tls.protocol !== 'TLSv1.2' && tls.protocol !== 'TLSv1.3') {
    ctx.report({ url: at.url, message: `${name} negotiated ${tls.protocol ? protocolName(tls.protocol) : 'an unknown protocol'}; allow only TLS 1.2 and 1.3` });
  }
}
