import { parseYamlChecklist } from '../../src/checklist/load.js';
import { plan } from '../../src/gate/plan.js';
import { ConfigError } from '../../src/types.js';

/** A configuration error as a test compares it: its message and where it points. */
export interface ErrorAt { message: string; line?: number; column?: number }

/** The configuration errors a YAML checklist (`p.yml`) raises when loaded and planned, in the order reported; [] when none. */
export function errorsOf(text: string): ErrorAt[] {
  try { plan(parseYamlChecklist('p.yml', text), {}); } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return [e, ...e.more].map((x) => ({ message: x.message, line: x.where?.line, column: x.where?.column }));
  }
  return [];
}

/** Where each error points: [line, column]. */
export const at = (errs: { line?: number; column?: number }[]): (number | undefined)[][] => errs.map((e) => [e.line, e.column]);
