/**
 * YAML files that a build step or the framework renders before a YAML parser reads them, made parseable line
 * for line (line numbers and the column where each value starts are kept):
 * - Maven resource filtering in Spring Boot configuration (`version: @project.version@`: `spring-boot-starter-parent`
 *   filters `application*.yml` with the `@` delimiter, so the token is replaced before Spring reads the file);
 * - ERB in Rails configuration (`config/database.yml`: `<% if … %>` lines, `<%= ENV.fetch(…) %>` values), which
 *   Rails renders before it parses the YAML.
 * Helm's Go templates are snapshot.ts's `neutralizeTemplate`.
 */
import { parseYaml, type YamlFile } from './yaml.js';

/** `key: value`, `- value` or `- key: value`, the key plain: group 1 is everything before the value. */
const VALUE_AT = /^(\s*(?:-\s+)?(?:[\w.\/\[\]-]+\s*:\s+|-\s+))(.*)$/;

/** A value as one single-quoted YAML scalar (so it reads as the text it is). */
const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** A Maven/Gradle filter token at the start of a plain value: `@project.version@`. */
const MAVEN_TOKEN = /^@[\w.-]+@/;

/**
 * Spring Boot configuration with unquoted Maven resource-filtering tokens made parseable, or null when it has none:
 * a plain value that starts with `@token@` (`version: @project.version@`, `- @profile@`, `name: @project.name@ API`)
 * is quoted whole, so it reads as that text: an unresolved placeholder, which the checks treat as unknown (isReference).
 * A YAML parser refuses a plain value starting with `@` (a reserved character); Maven replaces the token first.
 * Only values in block position: a token inside a flow collection (`[@a@]`) stays as it is.
 */
export function neutralizeMavenTokens(text: string): string | null {
  if (!text.includes('@')) return null;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('@')) continue;
    const m = VALUE_AT.exec(line.replace(/\r$/, ''));
    if (!m || !MAVEN_TOKEN.test(m[2]!)) continue;
    // The value up to a comment; a `: ` in it would make it a mapping, which no filtered value is.
    const value = m[2]!.replace(/\s+#.*$/, '').trimEnd();
    if (/:\s/.test(value)) continue;
    lines[i] = `${m[1]}${quoted(value)}${line.endsWith('\r') ? '\r' : ''}`;
    changed = true;
  }
  return changed ? lines.join('\n') : null;
}

/**
 * A Spring Boot YAML configuration file parsed as Spring reads it after Maven's resource filtering: when it does not
 * parse as written and holds `@token@` values, those read as placeholders (the errors, if any remain, are the file's own).
 */
export function parseSpringYaml(path: string, text: string): YamlFile {
  const y = parseYaml(path, text);
  if (!y.errors.length) return y;
  const filtered = neutralizeMavenTokens(text);
  return filtered === null ? y : parseYaml(path, filtered);
}

/** An ERB tag on one line: `<%= … %>`, `<% … %>`, `<%- … -%>`, `<%# … %>`. */
const ERB_TAG = /<%(?:(?!%>).)*%>/g;
/** A line made only of ERB tags that write nothing (`<% if … %>`, `<%- end -%>`, `<%# comment %>`) and white space. */
const ERB_CONTROL_LINE = /^\s*(?:<%-?(?!=)(?:(?!%>).)*%>\s*)+$/;

/** Whether a text holds an ERB tag. */
export const hasErb = (text: string): boolean => /<%(?:(?!%>).)*%>/.test(text);

/**
 * A YAML file with ERB made parseable line for line, or null when it cannot be: lines that are only control tags
 * (`<% if ENV["DATABASE_URL"] %>`, `<% else %>`, `<% end %>`, `<%# … %>`) become empty, and a value holding an
 * output tag (`password: <%= ENV.fetch("DB_PASSWORD") %>`) is quoted whole, so it reads as the ERB text the checks
 * treat as set at run time (an ERB read's literal fallback is judged where the checks do). Both branches of a
 * conditional stay (a literal setting in either is written in the file). A tag spread over lines, a tag in a key,
 * a line that is only an output tag (it may write YAML structure) or a control tag inside a value gives up.
 */
export function neutralizeErb(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cr = lines[i]!.endsWith('\r') ? '\r' : '';
    const line = cr ? lines[i]!.slice(0, -1) : lines[i]!;
    if (!line.includes('<%') && !line.includes('%>')) continue;
    if (/^\s*#/.test(line)) continue;
    // Every tag opens and closes on its line.
    const tags = line.match(ERB_TAG) ?? [];
    if ((line.match(/<%/g) ?? []).length !== tags.length || (line.match(/%>/g) ?? []).length !== tags.length) return null;
    if (ERB_CONTROL_LINE.test(line)) { lines[i] = cr; continue; }
    const m = VALUE_AT.exec(line);
    if (!m) return null;
    const value = m[2]!;
    // The value with its tags masked, to find a trailing comment outside them.
    const masked = value.replace(ERB_TAG, (t) => 'x'.repeat(t.length));
    const comment = masked.search(/\s#/);
    const body = (comment < 0 ? value : value.slice(0, comment)).trimEnd();
    if (!body.includes('<%')) continue; // the tags are in a comment
    if (/^["']/.test(body)) continue; // already quoted: read as the text it is
    // A control tag in a value (`<% if x %>a<% end %>`) or a flow collection around a tag: only rendering tells.
    if (/<%-?(?!=)/.test(body) || /^[[{]/.test(body)) return null;
    lines[i] = `${m[1]}${quoted(body)}${cr}`;
  }
  return lines.join('\n');
}
