/**
 * The loopback interface as a host is written: `localhost`, `127.x.y.z` (all of 127.0.0.0/8) and IPv6 `::1` in any
 * spelling (`0:0:0:0:0:0:0:1`, `0::1`), bracketed or not (`[::1]`). A source to embed in larger patterns (it has no
 * anchors and no capture groups); case-insensitive patterns only (`LOCALHOST`).
 */
export const LOOPBACK_HOST = String.raw`(?:localhost|127\.\d+\.\d+\.\d+|\[?0*:(?:0*:)*0*1\]?)`;

const LOOPBACK_HOST_RE = new RegExp(`^${LOOPBACK_HOST}$`, 'i');

/** Whether a host is the loopback interface (reachable from the same host or container only): see {@link LOOPBACK_HOST}. */
export const isLoopback = (host: string): boolean => LOOPBACK_HOST_RE.test(host);
