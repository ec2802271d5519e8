import { expect, it } from 'vitest';
import { parseCommentedEnv, parseEnv } from '../../src/repo/env.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

it('reads values as dotenv and Compose do: a # after white space starts a comment, also right after =', () => {
  const text = 'A=1 # for now\nB=ab#c\nC=#x\nD=   # set in vault\nE=\t# change me later\nF="# quoted" # c\nexport G = v\n';
  expect(parseEnv('.env', text).entries.map((e) => [e.key, e.value])).toEqual([
    ['A', '1'], ['B', 'ab#c'], ['C', '#x'], ['D', ''], ['E', ''], ['F', '# quoted'], ['G', 'v'],
  ]);
});

it('an env value that is only a comment is empty, not a placeholder', async () => {
  const out = await runCase(defaultCredentials, { name: 'x', files: { '.env.production': 'SECRET_KEY=   # set in vault\nDB_PASSWORD=\t\t# change me later\n' } });
  expect(out.findings).toEqual([]);
});

it('ends a quoted value at its first unescaped closing quote, so a comment holding a quote is not part of it (python-dotenv, Compose)', () => {
  const text = [
    "DB_PASSWORD='changeme' # don't ship this",
    'SESSION_SECRET="keyboard cat" # see "docs"',
    'A="escaped\\"bar" # c',
    'B="bar#baz"#',
    "C='b\\nc'",
    'D="expand\\nnew\\tlines \\\\n"',
  ].join('\n');
  expect(parseEnv('.env', text).entries.map((e) => [e.key, e.value, e.line, e.valueColumn])).toEqual([
    ['DB_PASSWORD', 'changeme', 1, 13], ['SESSION_SECRET', 'keyboard cat', 2, 16], ['A', 'escaped"bar', 3, 3],
    ['B', 'bar#baz', 4, 3], ['C', 'b\\nc', 5, 3], ['D', 'expand\nnew\tlines \\n', 6, 3],
  ]);
});

it('reads a quoted value over several lines (a PEM key); its lines are not entries; an unclosed quote stays on its line', () => {
  // motdotla/dotenv tests/.env.multiline, distilled.
  const text = [
    'BASIC=basic',
    'MULTI_DOUBLE_QUOTED="THIS', 'IS', 'A=MULTILINE', 'STRING"',
    "MULTI_SINGLE_QUOTED='THIS", "IS'",
    'MULTI_PEM_DOUBLE_QUOTED="-----BEGIN PUBLIC KEY-----', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnNl1tL3QjKp3DZWM0T3u', 'u4QuUoobAgMBAAE=', '-----END PUBLIC KEY-----"',
    'AFTER=1',
    'RETAIN_LEADING_DQUOTE="retained',
    'LAST=2',
  ].join('\r\n');
  expect(parseEnv('.env', text).entries.map((e) => [e.key, e.value, e.line])).toEqual([
    ['BASIC', 'basic', 1],
    ['MULTI_DOUBLE_QUOTED', 'THIS\nIS\nA=MULTILINE\nSTRING', 2],
    ['MULTI_SINGLE_QUOTED', 'THIS\nIS', 6],
    ['MULTI_PEM_DOUBLE_QUOTED', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnNl1tL3QjKp3DZWM0T3u\nu4QuUoobAgMBAAE=\n-----END PUBLIC KEY-----', 8],
    ['AFTER', '1', 12],
    ['RETAIN_LEADING_DQUOTE', '"retained', 13],
    ['LAST', '2', 14],
  ]);
});

it('keeps the last value of a key set twice, as every dotenv loader does', () => {
  expect(parseEnv('.env', 'DEBUG=1\nSECRET_KEY=x\nDEBUG=0\n').entries.map((e) => [e.key, e.value, e.line])).toEqual([['SECRET_KEY', 'x', 2], ['DEBUG', '0', 3]]);
});

it('verdicts follow the parsed values: a placeholder before a quoted comment, an overridden DEBUG', async () => {
  const files = {
    'package.json': '{"name":"api","scripts":{"start":"node server.js"}}\n',
    '.env.production': "NODE_ENV=production\nDB_PASSWORD='changeme' # don't ship this\nDEBUG=1\nDEBUG=0\nFLASK_DEBUG=\"1\" # don't enable in \"prod\"\n",
  };
  const creds = await runCase(defaultCredentials, { name: 'quoted-comment', files });
  expect(creds.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['.env.production:2:14']);
  const debug = await runCase(debugMode, { name: 'quoted-comment', files });
  expect(debug.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' ')[0]}`)).toEqual(['.env.production:5 FLASK_DEBUG=1']);
});

it('reads YAML-style KEY: value lines as dotenv, Compose env_file and the Ruby/Go loaders do', () => {
  // compose-go dotenv tests: "OPTION_A: 1", "OPTION_A: Foo=bar"; a colon inside a value is not a separator.
  expect(parseEnv('.env', 'OPTION_A: 1\nOPTION_B: Foo=bar\nOPTION_C=1:B\nDEBUG: true # c\nhttp://not.a/key\n').entries.map((e) => [e.key, e.value, e.valueColumn])).toEqual([
    ['OPTION_A', '1', 11], ['OPTION_B', 'Foo=bar', 11], ['OPTION_C', '1:B', 10], ['DEBUG', 'true', 8],
  ]);
});

it('does not let a stray opening quote swallow the lines up to an unrelated quote (dotenv reads the line unquoted)', () => {
  const text = "APP_NAME='My App\nDEBUG=True\nOTHER='x'\nPEM=\"-----BEGIN X-----\nabc\n-----END X-----\" # c\n";
  expect(parseEnv('.env', text).entries.map((e) => [e.key, e.value, e.line])).toEqual([
    ['APP_NAME', "'My App", 1], ['DEBUG', 'True', 2], ['OTHER', 'x', 3], ['PEM', '-----BEGIN X-----\nabc\n-----END X-----', 4],
  ]);
});

it('QA27 full D2: reads commented-out assignments as they would be uncommented, at their own columns, every one; prose is not read', () => {
  const text = 'A=1\n#B=two\n  ## export C="three" # c\n# Note: see the wiki\n# D = four\n#B=again\n# just words = here\n';
  expect(parseCommentedEnv('.env', text).entries.map((e) => [e.key, e.value, e.line, e.valueColumn])).toEqual([
    ['B', 'two', 2, 4], ['C', 'three', 3, 15], ['D', 'four', 5, 7], ['B', 'again', 6, 4],
  ]);
  expect(parseCommentedEnv('.env', 'A=1\n').entries).toEqual([]);
});
