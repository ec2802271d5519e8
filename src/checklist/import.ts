import { Document, isMap } from 'yaml';
import { assertChecklistText, parseYamlChecklist } from './load.js';
import { parseMarkdownChecklist, type MarkdownOptions } from './markdown.js';
import { notDoneChecksOfTitle } from './matcher.js';
import type { ChecklistItem } from './types.js';

/** The result of `preflight import`: the YAML checklist and a short report for the terminal. */
export interface ImportResult {
  yaml: string;
  report: string;
}

/**
 * Converts a Markdown checklist to a YAML checklist (version 1) that loads back into the same
 * items: ids, titles, checks (one id or a list), options, groups and standing sign-offs. Manual
 * items get `severity: info` written out, so the team sees where to raise it. Ticks on bound
 * items are kept as comments (the check decides, the box is only shown).
 */
export function importMarkdown(file: string, text: string, opts: MarkdownOptions = {}): ImportResult {
  assertChecklistText(file, text);
  const list = parseMarkdownChecklist(file, text, opts);
  const doc = new Document({ version: 1, items: list.items.map(toYamlItem) });
  doc.commentBefore = ` Imported from ${file} by \`preflight import\`.\n Manual items have severity info: raise it on the ones that must block a merge.`;
  list.items.forEach((item, i) => {
    const node = doc.getIn(['items', i], true);
    if (item.ticked && isMap(node)) node.commentBefore = ` [x] in ${file}: shown only, the check decides`;
    else if (item.withdrawn && !item.checks.length && isMap(node)) node.commentBefore = ` struck through in full in ${file}: withdrawn (severity off)`;
  });
  const yaml = doc.toString({ lineWidth: 0 });
  // What the parser read past (table-row checkboxes) is said here too: after an import the Markdown may be gone.
  const back = parseYamlChecklist(file.replace(/\.[^./\\]*$/, '') + '.yml', yaml).items;
  const warnings = [...(list.warnings ?? []), ...notDoneDrift(file, list.items, back)].map((w) => `warning: ${w}\n`).join('');
  return { yaml, report: warnings + importReport(file, list.items, back) };
}

/**
 * Items whose not-done status gates differently once imported: the YAML reader finds the checks a manual item's title
 * names but for its status from the title and group alone (notDoneChecksOfTitle), without the Markdown's parent item or
 * document title, so the two can differ. Said per item, with what to do: a pull request's tick signs it off in one and not
 * in the other.
 */
function notDoneDrift(file: string, items: readonly ChecklistItem[], back: readonly ChecklistItem[]): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const md = [...(item.notDoneChecks ?? [])].sort();
    const yml = [...(back[i]?.notDoneChecks ?? [])].sort();
    if (md.join() === yml.join()) return;
    const at = `${file}:${item.source.line}: item '${item.id}'`;
    out.push(md.length
      ? `${at}: its status says the work is not done, so no tick in the pull request signs it off, but the imported title does not name ${md.join(', ')} on its own: in the YAML a tick signs it off; when it is done, add \`check: ${md.length > 1 ? `[${md.join(', ')}]` : md[0]}\` to it instead`
      : `${at}: in the YAML its title's not-done status keeps a tick in the pull request from signing it off (the title names ${yml.join(', ')}), unlike in the Markdown; reword the title to keep it a plain manual item`);
  });
  return out;
}

function toYamlItem(item: ChecklistItem): Record<string, unknown> {
  const out: Record<string, unknown> = { id: item.id };
  // A not-done item's emphasised status as the aside the Markdown reads it as ("HSTS _pending_" → "HSTS (pending)") where the
  // title as shown would read otherwise in the YAML (which has no emphasis: "HSTS pending" is no status there). Other titles
  // as the line shows them (a tick in a pull request may repeat them).
  if (item.title) out.title = item.notDoneChecks?.length && item.statusTitle && !readsNotDone(item.title, item) ? item.statusTitle : item.title;
  if (item.checks.length) out.check = item.checks.length === 1 ? item.checks[0] : item.checks;
  if (item.severity) out.severity = item.severity;
  // Struck through in full: withdrawn, so switched off (reported skipped, never pending), as in the Markdown.
  else if (item.withdrawn && !item.checks.length) out.severity = 'off';
  else if (!item.checks.length) out.severity = 'info';
  if (item.options) out.options = item.options;
  if (item.group?.length) out.group = item.group;
  if (item.signedOff) out['signed-off'] = true;
  return out;
}

/** Whether `title`, as a YAML item's under the item's group, reads as the not-done status the Markdown item has. */
function readsNotDone(title: string, item: ChecklistItem): boolean {
  const key = (checks: readonly string[] | undefined) => [...(checks ?? [])].sort().join();
  return key(notDoneChecksOfTitle(title, item.group ?? [])) === key(item.notDoneChecks);
}

function importReport(file: string, items: readonly ChecklistItem[], back: readonly ChecklistItem[]): string {
  const auto = items.filter((i) => i.checks.length && i.matchedBy);
  const explicit = items.filter((i) => i.checks.length && !i.matchedBy);
  const manual = items.filter((i) => !i.checks.length);
  const signed = manual.filter((i) => i.signedOff).length;
  const withdrawn = manual.filter((i) => i.withdrawn).length;
  const toSign = manual.length - withdrawn;
  const notes = [signed ? `${signed} signed off with [x]` : '', withdrawn ? `${withdrawn} withdrawn: struck through in full, written with severity off` : ''].filter(Boolean);
  const lines = [
    `${file}: ${items.length} item${items.length === 1 ? '' : 's'}, ${auto.length} bound automatically, ${explicit.length} bound explicitly, ${manual.length} manual` +
      (notes.length ? ` (${notes.join('; ')})` : ''),
  ];
  if (auto.length) {
    lines.push('', 'Bound automatically (check the phrase; add `<!-- preflight: manual -->` to an item to undo):');
    for (const i of auto) lines.push(`  ${i.id} → ${i.checks.join(', ')}    ${i.matchedBy}`);
  }
  if (explicit.length) {
    lines.push('', 'Bound explicitly:');
    for (const i of explicit) lines.push(`  ${i.id} → ${i.checks.join(', ')}`);
  }
  if (toSign) lines.push('', `Manual items (${toSign}) need a sign-off: [x] in the checklist or a ticked box in the pull request. They have severity info and do not block until you raise it.`);
  // Those the YAML keeps pending as the Markdown does (the others are warned about: see notDoneDrift).
  const notDone = items.filter((i, k) => !i.checks.length && i.notDoneChecks?.length && back[k]?.notDoneChecks?.length);
  if (notDone.length) {
    lines.push('', `Not done (${notDone.length}): the status in the title says the work is not done, and the YAML keeps it there, so no tick in the pull request signs these off; when the work is done, remove the status and add \`check\` with the check named, and the check decides:`);
    for (const i of notDone) lines.push(`  ${i.id} → ${i.notDoneChecks!.join(', ')}`);
  }
  return lines.join('\n');
}
