import { z } from 'zod';

/**
 * A string a check's option holds (an entry of a glob or name list, a pattern): never empty or only spaces. An empty
 * entry (`allow: [""]`, a template value that rendered to nothing) is no glob, name or pattern: refused with the
 * checklist's other mistakes (exit 2, at the entry), never found when the check runs (a glob library's error would
 * make the item `error`, and the check not run) nor read as a pattern that matches every name. The published checklist
 * schema says the same (`minLength`, `pattern`). `what`: the value expected, with an example (`an image-name glob
 * (\`ghcr.io/acme/*\`)`); `fix`: what to do instead (an entry of a list: write one, or remove it).
 */
export function optionEntry(what: string, fix = 'write one, or remove the entry'): z.ZodString {
  const message = `expected ${what}, not an empty string: ${fix}`;
  return z.string().min(1, message).regex(/\S/, message);
}
