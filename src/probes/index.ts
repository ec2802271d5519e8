import type { ProbeDef } from './define.js';
import { certificate } from './certificate.js';
import { cookieSecurity } from './cookie-security.js';
import { corsPolicy } from './cors-policy.js';
import { devServerExposed } from './dev-server-exposed.js';
import { healthEndpoint } from './health-endpoint.js';
import { hsts } from './hsts.js';
import { httpsRedirect } from './https-redirect.js';
import { responseTime } from './response-time.js';
import { securityHeaders } from './security-headers.js';
import { sensitivePaths } from './sensitive-paths.js';
import { serverVersionLeak } from './server-version-leak.js';
import { tlsVersion } from './tls-version.js';

/** The explicit registry of live probes, sorted by id. Add one line per probe. */
export const PROBES: readonly ProbeDef[] = [
  certificate,
  cookieSecurity,
  corsPolicy,
  devServerExposed,
  healthEndpoint,
  hsts,
  httpsRedirect,
  responseTime,
  securityHeaders,
  sensitivePaths,
  serverVersionLeak,
  tlsVersion,
] as unknown as readonly ProbeDef[];
