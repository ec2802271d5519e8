import { jsonRawOffset, jsonStringValue, parseJsonNodes, type JsonNode } from './json.js';

/**
 * The one reader of Jupyter notebooks (`.ipynb`), for every part of Preflight that reads their cells as the Python they
 * hold: the secret scan (hardcoded-secret) and the suppression comments (`# preflight-ignore` in a code cell). Both read the
 * same cells, split into the same lines, at the same places in the file as written.
 */

/** A JSON object node (a notebook cell). */
export type JsonObjectNode = JsonNode & { t: 'o' };
/** A JSON string node (a source or output string). */
export type JsonStringNode = JsonNode & { t: 's' };

/**
 * A notebook's cells (nbformat 4's `cells`) read from its JSON with their places, or null when its JSON does not read or
 * holds no `cells` (nbformat 3's `worksheets`). Pass the text without its byte-order mark. The last notebook's are kept:
 * the suppression reader and the secret scan ask for the same file one after the other.
 */
export function notebookCells(body: string): JsonObjectNode[] | null {
  if (lastNotebook.body === body) return lastNotebook.cells;
  const root = parseJsonNodes(body);
  const cells = root?.t !== 'o' ? null : root.keys.get('cells');
  const out = cells?.t === 'a' ? cells.items.filter((c): c is JsonObjectNode => c.t === 'o') : null;
  lastNotebook = { body, cells: out };
  return out;
}
let lastNotebook: { body: string | null; cells: JsonObjectNode[] | null } = { body: null, cells: null };

/** A cell's type (`code`, `markdown`, `raw`), or undefined. */
export const cellType = (cell: JsonObjectNode): string | undefined => jsonStringValue(cell.keys.get('cell_type'));

/** The strings of a multi-line text as nbformat writes it (a cell's `source`, an output's `text`): one string, or an array of strings (a line each). */
export function textStrings(n: JsonNode | undefined): JsonStringNode[] {
  if (n?.t === 's') return [n];
  return n?.t === 'a' ? n.items.filter((s): s is JsonStringNode => s.t === 's') : [];
}

/**
 * The lines of a cell's text as Python and Jupyter read them: broken at `\n`, `\r\n` or a lone `\r` (an old Mac line break;
 * Python's universal newlines), each with its offset in the text; no empty line after a final break (`"x = 1\n"`, as
 * nbformat writes each line of a list, is one line).
 */
export function pythonLines(s: string): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    out.push({ text: s.slice(from, i), from });
    if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
    from = i + 1;
  }
  if (from < s.length || !out.length) out.push({ text: s.slice(from), from });
  return out;
}

/** One line of a notebook's code cell (a source line, a printed line), decoded, with where it is in the file. */
export interface NotebookLine {
  /** The code cell it is in (counted among the code cells, from 0): a cell's lines end where the next cell's begin. */
  cell: number;
  section: 'source' | 'outputs';
  /** The line, its JSON escapes decoded, without its line break. */
  text: string;
  /** The offset in the notebook's text (without its byte-order mark) of offset `n` of `text` (its end too, `n = text.length`). */
  offset: (n: number) => number;
  /** The JSON string it is read from, as the span of its text between the quotes: the lines of one string share this one array. */
  string: readonly [number, number];
  /** Whether that string is the whole text (a source written as one string, not as a list of lines). */
  whole: boolean;
}

/** A line of a notebook that is one JSON string of an array, as nbformat writes source and output lines; group 1 what precedes its text, 2 its text. */
const STRING_LINE = /^([ \t]*")((?:[^"\\\n]|\\.){0,100000})",?[ \t]*\r?$/;
/** A cell's `"source"` written as one JSON string on its key's line; groups as STRING_LINE's. */
const SOURCE_STRING_LINE = /^([ \t]*"source":[ \t]*")((?:[^"\\\n]|\\.){0,100000})",?[ \t]*\r?$/;

/**
 * The lines of a notebook's code cells, each source line and (with `outputs`) each line printed in an output (a stream's
 * `text`, a result's `text/plain`), whatever the layout: a string per line or one string holding several (`"a\nb"`, as
 * Kaggle and generators write a source), an array over lines or a whole cell on one line. Pass the text without its
 * byte-order mark. A notebook whose JSON does not read gives the lines nbformat's layout shows (one JSON string a line).
 */
export function notebookCodeLines(body: string, outputs: boolean): NotebookLine[] {
  // (The last notebook's are kept: the suppression reader and the secret scan ask for the same lines of the same file.)
  if (lastLines.body === body && lastLines.outputs === outputs) return lastLines.lines;
  const lines = readCodeLines(body, outputs);
  lastLines = { body, outputs, lines };
  return lines;
}
let lastLines: { body: string | null; outputs: boolean; lines: NotebookLine[] } = { body: null, outputs: false, lines: [] };

function readCodeLines(body: string, outputs: boolean): NotebookLine[] {
  const out: NotebookLine[] = [];
  /** The lines of a string whose raw text (as written, escapes and all) starts at offset `at` of the body. */
  const push = (cell: number, section: NotebookLine['section'], str: string, raw: string, at: number, whole: boolean) => {
    const string = [at, at + raw.length] as const;
    // Where each line starts in the raw text, found in one pass (a cell of thousands of lines written as one string).
    let rawFrom = 0;
    let from = 0;
    for (const l of pythonLines(str)) {
      rawFrom = jsonRawOffset(raw, l.from - from, rawFrom);
      from = l.from;
      const start = rawFrom;
      out.push({ cell, section, text: l.text, offset: (n) => at + jsonRawOffset(raw, n, start), string, whole });
    }
  };
  const cells = notebookCells(body);
  if (!cells) {
    // nbformat writes `"cell_type"` first in a cell, its `"outputs"` and `"source"` arrays a string a line.
    let cell = -1;
    let code = false;
    let section: NotebookLine['section'] | null = null;
    let lineStart = 0;
    for (const line of body.split('\n')) {
      const start = lineStart;
      lineStart += line.length + 1;
      const key = /^\s*"(cell_type|source|outputs)":\s*(?:"(\w+)")?/.exec(line);
      if (key?.[1] === 'cell_type') { code = key[2] === 'code'; if (code) cell++; section = null; continue; }
      // (A source written as one string: on its key's line.)
      const one = key?.[1] === 'source' && code ? SOURCE_STRING_LINE.exec(line) : null;
      if (key) section = key[1] as NotebookLine['section'];
      const m = one ?? (key || !code || !section || (section === 'outputs' && !outputs) ? null : STRING_LINE.exec(line));
      if (!m) continue;
      let str: string;
      try { str = JSON.parse(`"${m[2]!}"`) as string; } catch { continue; }
      push(cell, one ? 'source' : section!, str, m[2]!, start + m[1]!.length, !!one);
    }
    return out;
  }
  const add = (cell: number, section: NotebookLine['section'], s: JsonStringNode, whole: boolean) => {
    const str = jsonStringValue(s);
    if (str !== undefined) push(cell, section, str, s.raw, s.at, whole);
  };
  const addAll = (cell: number, section: NotebookLine['section'], n: JsonNode | undefined) => { for (const s of textStrings(n)) add(cell, section, s, n?.t === 's'); };
  let cell = 0;
  for (const c of cells) {
    if (cellType(c) !== 'code') continue;
    addAll(cell, 'source', c.keys.get('source'));
    if (outputs) {
      const outs = c.keys.get('outputs');
      for (const o of outs?.t === 'a' ? outs.items : []) {
        if (o.t !== 'o') continue;
        addAll(cell, 'outputs', o.keys.get('text'));
        const data = o.keys.get('data');
        if (data?.t === 'o') addAll(cell, 'outputs', data.keys.get('text/plain'));
      }
    }
    cell++;
  }
  return out;
}
