/**
 * Kubernetes boolean fields as Kubernetes reads them. kubectl and the API server decode manifests with
 * sigs.k8s.io/yaml, which uses go-yaml v2: YAML 1.1, where a plain (unquoted) `yes`, `on`, `y` are true
 * and `no`, `off`, `n` are false (kubernetes/kubernetes#34146), beside `true`/`false` in their three
 * spellings. Preflight's YAML reader is YAML 1.2 (those words are strings to it), so the checks that judge
 * a boolean field (`runAsNonRoot`, `hostNetwork`) read it here.
 */

/** go-yaml v2's resolve table for booleans: exactly these spellings, unquoted. */
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']);

/** A value filled in before deploy (`${NON_ROOT}`, `{{ .Values.nonRoot }}`, `$(FLAG)`, `<BOOL>`, `#{Flag}`): not judged. */
const PLACEHOLDER = /\$\{|\{\{|\$\(|<[\w.-]+>|#\{/;

export type K8sBool =
  /** A boolean as Kubernetes reads it. */
  | { kind: 'bool'; value: boolean }
  /** Not a boolean to Kubernetes (a quoted `"true"`, `1`, `maybe`): kubectl rejects the manifest ("expected boolean"). */
  | { kind: 'invalid'; shown: string }
  /** A placeholder a deploy step fills in: not verifiable here. */
  | { kind: 'unverifiable' };

/**
 * A boolean field's value as Kubernetes reads it. `source` gives where the value is written (`at`, 1-based line and
 * column) and the file's `lines`, to tell a plain `yes` (true) from a quoted `"yes"` (a string): asked only for a
 * string value (a YAML boolean never splits its file); without them a YAML 1.1 word counts as plain.
 */
export function k8sBool(value: unknown, source: () => { at: { line: number; column: number } | null; lines: readonly string[] | undefined }): K8sBool {
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value !== 'string') return { kind: 'invalid', shown: String(value) };
  if (PLACEHOLDER.test(value)) return { kind: 'unverifiable' };
  const { at, lines } = source();
  const quote = quotedAt(at, lines);
  if (quote) return { kind: 'invalid', shown: `${quote}${value}${quote}` };
  if (YAML11_TRUE.has(value)) return { kind: 'bool', value: true };
  if (YAML11_FALSE.has(value)) return { kind: 'bool', value: false };
  return { kind: 'invalid', shown: value };
}

/** The quote a value written at `at` (1-based line and column in `lines`) opens with (`"` or `'`), or null when it is written plain. */
export function quotedAt(at: { line: number; column: number } | null | undefined, lines: readonly string[] | undefined): string | null {
  const first = at && lines ? lines[at.line - 1]?.[at.column - 1] : undefined;
  return first === '"' || first === "'" ? first : null;
}
