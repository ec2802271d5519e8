import type { z } from 'zod';
import type { DefBase, RawFinding } from '../checks/define.js';
import type { Observation } from './observation.js';

export interface ProbeContext<O> {
  options: O;
  report(f: RawFinding): void;
  /** The probe could not run (DNS failure, refused, timeout…): the item is `error`, never `pass`. */
  error(reason: string): void;
  /** Nothing to judge (no plain-HTTP listener configured…): the item is `skipped`. */
  skip(reason: string): void;
}

/** What a probe needs the collector to observe; the collector gathers the union, once. */
export interface Needs {
  /** The normal TLS handshake (protocol, certificate chain, trust). */
  tls?: boolean;
  /** A handshake offering only TLS 1.0/1.1. */
  legacyTls?: boolean;
  /** GET of the target with same-host redirects followed. */
  main?: boolean;
  /** The first hop from the plain-HTTP origin. */
  plainHttp?: boolean;
  health?: string[];
  cors?: boolean;
  notFound?: boolean;
  /** GET of `/console` (Werkzeug's debugger console). */
  console?: boolean;
  sensitive?: string[];
  timing?: { path: string; samples: number }[];
}

export interface ProbeDef<S extends z.ZodType = z.ZodType> extends DefBase<S> {
  kind: 'probe';
  /**
   * What to collect for these options (`defaults.health`: the checklist's health paths or the
   * target's own path; `defaults.target`: the target's path and query, `/` when absent).
   */
  needs(options: z.output<S>, defaults: { health: string[]; target?: string }): Needs;
  /** A pure judgement of what the collector observed. */
  evaluate(obs: Observation, ctx: ProbeContext<z.output<S>>): void;
}

/** Defines a live probe: metadata plus a pure judgement over the collector's observation. */
export function defineProbe<S extends z.ZodType>(def: Omit<ProbeDef<S>, 'kind'>): ProbeDef<S> {
  return { ...def, kind: 'probe' };
}
