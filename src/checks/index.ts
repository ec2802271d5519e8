import type { CheckDef } from './define.js';
import { cookieFlags } from './cookie-flags.js';
import { corsWildcard } from './cors-wildcard.js';
import { databasePortExposed } from './database-port-exposed.js';
import { debugMode } from './debug-mode.js';
import { defaultCredentials } from './default-credentials.js';
import { dockerfileHealthcheck } from './dockerfile-healthcheck.js';
import { dockerfileNonRoot } from './dockerfile-non-root.js';
import { dockerfileSecretsInEnv } from './dockerfile-secrets-in-env.js';
import { envFileCommitted } from './env-file-committed.js';
import { envFileNotIgnored } from './env-file-not-ignored.js';
import { hardcodedSecret } from './hardcoded-secret.js';
import { imageTagPinned } from './image-tag-pinned.js';
import { k8sProbes } from './k8s-probes.js';
import { k8sRunAsNonRoot } from './k8s-run-as-non-root.js';
import { productionServer } from './production-server.js';
import { resourceLimits } from './resource-limits.js';
import { restartPolicy } from './restart-policy.js';
import { tlsProtocolsConfig } from './tls-protocols-config.js';

/**
 * The explicit registry of static checks, sorted by id. A check that is not listed here does not
 * exist (no glob, no side-effect registration: it must survive the bundler). Add one line per check.
 */
export const CHECKS: readonly CheckDef[] = [
  cookieFlags,
  corsWildcard,
  databasePortExposed,
  debugMode,
  defaultCredentials,
  dockerfileHealthcheck,
  dockerfileNonRoot,
  dockerfileSecretsInEnv,
  envFileCommitted,
  envFileNotIgnored,
  hardcodedSecret,
  imageTagPinned,
  k8sProbes,
  k8sRunAsNonRoot,
  productionServer,
  resourceLimits,
  restartPolicy,
  tlsProtocolsConfig,
];
