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

export interface ProbeDef<S extends z.ZodType = z.ZodType> extends DefBase<S> {
  kind: 'probe';
  /** A pure judgement of what the collector observed. */
  evaluate(obs: Observation, ctx: ProbeContext<z.output<S>>): void;
}

/** Defines a live probe: metadata plus a pure judgement over the collector's observation. */
export function defineProbe<S extends z.ZodType>(def: Omit<ProbeDef<S>, 'kind'>): ProbeDef<S> {
  return { ...def, kind: 'probe' };
}
