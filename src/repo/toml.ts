/**
 * Where TOML refuses a text: the first error smol-toml (a TOML 1.1 parser) names, for a `parse-error` finding, as flyctl's and
 * Railway's parsers refuse the file. The values themselves are read by the line reader (platform-files.ts' tomlEntries), which
 * keeps their positions.
 */
import { parse, TomlError as SmolTomlError } from 'smol-toml';

export interface TomlError { line: number; column: number; message: string }

/** The first place TOML refuses `text` (its line and column, 1-based, and why), or null when it reads as TOML. */
export function tomlError(text: string): TomlError | null {
  // A byte-order mark is no character of the file's first line.
  const src = text.replace(/^\uFEFF/, '');
  try {
    parse(src);
    return null;
  } catch (e) {
    if (!(e instanceof SmolTomlError)) return { line: 1, column: 1, message: 'the file cannot be read as TOML' };
    // smol-toml's message: `Invalid TOML document: <why>` and then the lines around the place.
    const why = e.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
    return { line: e.line, column: e.column, message: why };
  }
}
