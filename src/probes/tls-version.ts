import { z } from 'zod';
import { defineProbe } from './define.js';
import { TLS_MINIMUM, TLS_NOT_WEB, WEB_TLS_CONTEXT } from '../checklist/phrases.js';
import { isPlainHttp, plainHttpReason } from './util.js';

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
      '`ssl_protocols TLSv1 TLSv1.2`, can refuse the combined offer). The legacy handshake succeeding fails the probe. A refused or failed default handshake is an',
      '`error` unless the legacy one succeeded. An `http://` target fails (nothing is served over TLS).',
    ].join(' '),
  },
  options: z.object({}),
  needs: () => ({ tls: true, legacyTls: true }),
  evaluate(obs, ctx) {
    if (isPlainHttp(obs)) {
      ctx.report({ message: plainHttpReason(obs, 'its TLS version support', 'nothing is served over TLS; serve it over https:// with TLS 1.2+') });
      return;
    }
    const { tls, legacyTls } = obs;
    if (!tls || !legacyTls) { ctx.error('the TLS handshakes were not made'); return; }
    if (legacyTls.accepted) {
      const versions = legacyTls.protocols?.length ? legacyTls.protocols : legacyTls.protocol ? [legacyTls.protocol] : ['TLS 1.0/1.1'];
      ctx.report({ message: `${obs.url} accepts ${versions.map(protocolName).join(' and ')}; allow only TLS 1.2 and 1.3` });
      return;
    }
    if (tls.error) { ctx.error(tls.error); return; }
    if (legacyTls.error) { ctx.error(`could not test TLS 1.0/1.1: ${legacyTls.error}`); return; }
    if (tls.protocol !== 'TLSv1.2' && tls.protocol !== 'TLSv1.3') {
      ctx.report({ message: `${obs.url} negotiated ${tls.protocol ? protocolName(tls.protocol) : 'an unknown protocol'}; allow only TLS 1.2 and 1.3` });
    }
  },
});
