// Rewrites a bundle chunk so its text is ASCII only, with the same meaning. V8 keeps each loaded script's source
// for lazy compilation, and a source with one character above U+00FF is stored two bytes per character: the
// 2.3 MB chunk of the checks alone took 4.7 MB in every thread that loads it (the engine, the scan worker and the
// main thread each hold their own copy). Non-ASCII characters (in messages, word lists and comments) are written as
// `\uXXXX` escapes, which mean the same in strings, regular expressions, untagged templates, identifiers and comments.
// The one place an escape would change the meaning is the raw text of a tagged template: `String.raw` keeps `\u2014`
// as six characters. There each run of non-ASCII characters becomes a substitution of the same characters
// (String.raw`a—b` → String.raw`a${"\u2014"}b`), which String.raw joins back unchanged; another tag is refused.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;

function escapeUnit(c) {
  return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}

/** `\uXXXX` for every non-ASCII UTF-16 unit; a backslash escaping one (`\—`, an identity escape) becomes the escape's. */
function escapeAll(text) {
  return text.replace(/(\\*)([^\x00-\x7f]+)/g, (_, bs, run) => (bs.length % 2 ? bs.slice(1) : bs) + [...run].map((ch) => [...ch].length === 1 && ch.length === 2 ? escapeUnit(ch[0]) + escapeUnit(ch[1]) : escapeUnit(ch)).join(''));
}

/** The raw text of one String.raw template part (between its delimiters), each non-ASCII run as a substitution. */
function rawPart(text) {
  return text.replace(/(\\*)([^\x00-\x7f]+)/g, (_, bs, run) => {
    const odd = bs.length % 2 === 1;
    // An odd backslash run's last backslash belongs to the character: String.raw keeps both, so the substitution does.
    const value = (odd ? '\\' : '') + run;
    return (odd ? bs.slice(1) : bs) + '${' + JSON.stringify(value).replace(/[^\x00-\x7f]/g, escapeUnit) + '}';
  });
}

/** `text` (a JavaScript module or script) with the same meaning and only ASCII characters. */
export function asciiOnly(text, fileName = 'chunk.js') {
  if (!NON_ASCII.test(text)) return text;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (sf.parseDiagnostics?.length) throw new Error(`${fileName}: does not parse: ${sf.parseDiagnostics[0].messageText}`);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template) ? [node.template] : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        const start = part.getStart(sf);
        const end = part.getEnd();
        const whole = text.slice(start, end);
        if (!NON_ASCII.test(whole)) continue;
        const tag = node.tag.getText(sf);
        if (tag !== 'String.raw') throw new Error(`${fileName}:${sf.getLineAndCharacterOfPosition(start).line + 1}: a template tagged ${tag} holds non-ASCII text; only String.raw can be rewritten`);
        // Delimiters: ` or } before, ` or ${ after.
        const open = 1;
        const close = whole.endsWith('${') ? 2 : 1;
        edits.push([start + open, end - close, rawPart(whole.slice(open, whole.length - close))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = '';
  let at = 0;
  for (const [s, e, r] of edits.sort((a, b) => a[0] - b[0])) {
    out += escapeAll(text.slice(at, s)) + r;
    at = e;
  }
  out += escapeAll(text.slice(at));
  if (NON_ASCII.test(out)) throw new Error(`${fileName}: non-ASCII text left after rewriting`);
  verify(sf, out, fileName);
  return out;
}

/**
 * Refuses a rewrite that changed the program: the output must parse, and hold the same syntax tree — node kinds,
 * identifiers' names, strings' and templates' values, regular expressions' patterns (escapes read back) — as the input.
 * Catches what an escape cannot mean the same: a non-ASCII space or BOM between tokens, an astral identifier (both
 * syntax errors once escaped), a line separator (U+2028) ending a `//` comment or continuing a string line.
 * String.raw templates are compared as one node: rawPart rewrites their parts (see its tests).
 */
function verify(before, out, fileName) {
  const after = ts.createSourceFile(fileName, out, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (after.parseDiagnostics?.length) throw new Error(`${fileName}: the ASCII rewrite does not parse: ${after.parseDiagnostics[0].messageText}`);
  const a = shape(before);
  const b = shape(after);
  const i = a.findIndex((x, k) => x !== b[k]);
  if (i >= 0 || a.length !== b.length) throw new Error(`${fileName}: the ASCII rewrite changed the program at node ${i < 0 ? a.length : i}: ${a[i] ?? '(end)'} became ${b[i] ?? '(end)'}`);
}

/** A regular expression's text with escapes of non-ASCII characters read back (`\u2014` and `\—` are `—`). */
const readEscapes = (t) => t.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\([^\x00-\x7f])/g, (m, cp, h, ch) => {
  if (ch) return ch;
  const c = parseInt(cp ?? h, 16);
  return c >= 0x80 ? String.fromCodePoint(c) : m;
});

/** The syntax tree as a list of entries: kind, and the value of names and literals. */
function shape(sf) {
  const out = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'String.raw') { out.push('String.raw'); return; }
    let value = '';
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) value = node.text;
    else if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isBigIntLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) value = node.text;
    else if (ts.isRegularExpressionLiteral(node)) value = readEscapes(node.text);
    out.push(`${node.kind}:${value}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
