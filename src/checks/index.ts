import type { CheckDef } from './define.js';
import { databasePortExposed } from './database-port-exposed.js';
import { dockerfileHealthcheck } from './dockerfile-healthcheck.js';
import { dockerfileNonRoot } from './dockerfile-non-root.js';
import { k8sProbes } from './k8s-probes.js';
import { k8sRunAsNonRoot } from './k8s-run-as-non-root.js';
import { productionServer } from './production-server.js';
import { resourceLimits } from './resource-limits.js';
import { restartPolicy } from './restart-policy.js';
import { envFileCommitted } from './env-file-committed.js';
import { envFileNotIgnored } from './env-file-not-ignored.js';
import { imageTagPinned } from './image-tag-pinned.js';

/**
 * The explicit registry of static checks, sorted by id. A check that is not listed here does not
 * exist (no glob, no side-effect registration: it must survive the bundler). Add one line per check.
 */
export const CHECKS: readonly CheckDef[] = [
  databasePortExposed,
  dockerfileHealthcheck,
  dockerfileNonRoot,
  envFileCommitted,
  envFileNotIgnored,
  imageTagPinned,
  k8sProbes,
  k8sRunAsNonRoot,
  productionServer,
  resourceLimits,
  restartPolicy,
];
