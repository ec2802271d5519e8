import { LineCounter, parseAllDocuments, isMap, isSeq, isPair, isScalar, isAlias, type Document, type Node as YNode } from 'yaml';

export interface YamlError { message: string; line: number; column: number }
export type YamlPath = (string | number)[];

/** One YAML document with its plain value and a way back to source positions. */
export interface YamlDoc {
  index: number;
  /** The plain JS value (merge keys `<<` resolved); undefined when the document is empty. */
  value: unknown;
  doc: Document.Parsed;
  /** 1-based position of the node at `path` (of its key when `key` is true). */
  loc(path: YamlPath, key?: boolean): { line: number; column: number } | null;
}

export interface YamlFile {
  path: string;
  docs: YamlDoc[];
  errors: YamlError[];
}

/** Parses every document of a YAML stream. Never throws; problems are returned as errors. */
export function parseYaml(path: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const errors: YamlError[] = [];
  const docs: YamlDoc[] = [];
  let parsed: Document.Parsed[] = [];
  try {
    parsed = parseAllDocuments(text.replace(/^\uFEFF/, ''), { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true, logLevel: 'error' }) as Document.Parsed[];
    if (!Array.isArray(parsed)) parsed = [];
  } catch (e) {
    errors.push({ message: (e as Error).message, line: 1, column: 1 });
  }
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  parsed.forEach((doc, index) => {
    for (const err of doc.errors) {
      const p = at(err.pos[0]);
      errors.push({ message: err.message.split('\n')[0]!, line: p.line, column: p.column });
    }
    let value: unknown;
    try {
      value = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      errors.push({ message: (e as Error).message.split('\n')[0]!, line: 1, column: 1 });
    }
    docs.push({
      index,
      value,
      doc,
      loc(pathArr: YamlPath, key = false) {
        const r = nodeRange(doc, pathArr, key);
        return r === null ? null : at(r);
      },
    });
  });
  return { path, docs, errors };
}

/** Offset of the node at `path`, walking merge keys so inherited values still get a location. */
function nodeRange(doc: Document.Parsed, path: YamlPath, key: boolean): number | null {
  let node: unknown = doc.contents;
  let keyNode: unknown = null;
  for (const seg of path) {
    const found = child(node, seg, doc);
    if (!found) return null;
    node = found.value;
    keyNode = found.key;
  }
  const target = (key && keyNode ? keyNode : node) as YNode | null;
  if (target && (target as YNode).range) return (target as YNode).range![0];
  if (keyNode && (keyNode as YNode).range) return (keyNode as YNode).range![0];
  return null;
}

function child(node: unknown, seg: string | number, doc: Document.Parsed): { key: unknown; value: unknown } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (k === seg || String(k) === String(seg)) return { key: pair.key, value: pair.value };
    }
    for (const pair of node.items) {
      // With `merge: true` the `<<` key's value is a symbol; its source text is still `<<`.
      if (isScalar(pair.key) && (pair.key.source === '<<' || typeof pair.key.value === 'symbol')) {
        const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
        for (const src of sources) {
          const resolved = isAlias(src) ? src.resolve(doc) : src;
          const hit = child(resolved, seg, doc);
          if (hit) return hit;
        }
      }
    }
    return null;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const v = node.items[seg];
    return v === undefined ? null : { key: v, value: v };
  }
  return null;
}

export { isMap, isSeq, isPair, isScalar };

/** A plain object guard for parsed YAML values. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
