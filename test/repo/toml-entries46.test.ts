import { describe, expect, it } from 'vitest';
import { tomlEntries } from '../../src/repo/platform-files.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 46 platform D4: valid TOML spellings of fly.toml keys and strings are read as TOML reads them: quoted and
// whitespace-separated dotted keys (`env."X"`, `env.'X'`, `"env".X`, `env . X`) and triple-quoted strings.
const read = (text: string) => tomlEntries(text.split('\n')).map(({ section, key, value, line, column }) => ({ section, key, value, line, column }));

describe('tomlEntries: TOML key and string spellings', () => {
  it('reads quoted and spaced dotted keys as the table path they write', () => {
    expect(read('app = "acme"\nenv."SESSION_COOKIE_SECURE" = "False"\nenv.\'FLASK_DEBUG\' = "1"\n"env".NODE_ENV = "development"\nenv . DJANGO_DEBUG = "True"\n')).toEqual([
      { section: '', key: 'app', value: 'acme', line: 1, column: 1 },
      { section: 'env', key: 'SESSION_COOKIE_SECURE', value: 'False', line: 2, column: 1 },
      { section: 'env', key: 'FLASK_DEBUG', value: '1', line: 3, column: 1 },
      { section: 'env', key: 'NODE_ENV', value: 'development', line: 4, column: 1 },
      { section: 'env', key: 'DJANGO_DEBUG', value: 'True', line: 5, column: 1 },
    ]);
  });
  it('keeps a quoted key with dots as one key, and reads quoted and spaced table headers', () => {
    expect(read('[ "env" ]\n  "a.b" = "1"\n[build . args]\n  X = "2"\n[[services]]\n  internal_port = 8080\n')).toEqual([
      { section: 'env', key: 'a.b', value: '1', line: 2, column: 3 },
      { section: 'build.args', key: 'X', value: '2', line: 4, column: 3 },
      { section: 'services', key: 'internal_port', value: '8080', line: 6, column: 3 },
    ]);
  });
  it('reads triple-quoted strings on one line and over several, at their key, and no entry inside them', () => {
    expect(read('[env]\n  FLASK_DEBUG = """1"""\n  NODE_ENV = \'\'\'development\'\'\'\n  NOTE = """\nA = "not an entry"\n"""\n  CORS_ORIGINS = """*"""\n')).toEqual([
      { section: 'env', key: 'FLASK_DEBUG', value: '1', line: 2, column: 3 },
      { section: 'env', key: 'NODE_ENV', value: 'development', line: 3, column: 3 },
      { section: 'env', key: 'NOTE', value: 'A = "not an entry"\n', line: 4, column: 3 },
      { section: 'env', key: 'CORS_ORIGINS', value: '*', line: 7, column: 3 },
    ]);
  });
  it('still reads inline tables, arrays and plain spellings', () => {
    expect(read('env = { FLASK_DEBUG = "1", "X" = \'y\' }\ncmd = ["python", "app.py"]\n')).toEqual([
      { section: 'env', key: 'FLASK_DEBUG', value: '1', line: 1, column: 9 },
      { section: 'env', key: 'X', value: 'y', line: 1, column: 28 },
      { section: '', key: 'cmd', value: 'python app.py', line: 2, column: 1 },
    ]);
  });
});

describe('debug-mode reads those fly.toml spellings', () => {
  it('fails env."FLASK_DEBUG" and a triple-quoted NODE_ENV', async () => {
    const out = await runCase(debugMode, { name: 'fly', files: { 'fly.toml': 'app = "a"\nenv."FLASK_DEBUG" = "1"\n\n[env]\n  NODE_ENV = \'\'\'development\'\'\'\n' } });
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`).sort()).toEqual(['fly.toml:2', 'fly.toml:5']);
  });
  it('does not read a fly.toml [build.args] entry written env."X" under it as [env]', async () => {
    const out = await runCase(debugMode, { name: 'fly-args', files: { 'fly.toml': 'app = "a"\n[build.args]\n  env."FLASK_DEBUG" = "1"\n' } });
    expect(out.findings.filter((f) => !f.note)).toEqual([]);
  });
});
