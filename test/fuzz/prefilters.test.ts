import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENV_READ_RE, TOKEN_LINE_PREFILTER, TOKEN_PREFILTER, linesContaining } from '../../src/checks/util/secrets.js';
import { anchoredAlternation, containsAnyCase, containsWord, indexOfWord, lowerText } from '../../src/checks/util/text.js';
import { BASE64_JSON_START_RE, COMMAND_WORDS_RE, WRAPPER_HINT_RE } from '../../src/checks/hardcoded-secret.js';
import { anyText, fuzzOptions, fuzzTimeout, tokenText } from './arbitraries.js';

/** Start offsets of the lines on which `re` finds a match (the way the secret scan picks lines). */
function matchedLines(re: RegExp, text: string): number[] {
  const g = new RegExp(re.source, 'g');
  const out = new Set<number>();
  for (let m = g.exec(text), guard = 0; m !== null && guard < 100_000; m = g.exec(text), guard++) {
    out.add(text.lastIndexOf('\n', m.index - 1) + 1);
    if (m[0].length === 0) g.lastIndex++;
  }
  return [...out].sort((a, b) => a - b);
}

// Fragments of every token prefix, cut where the fast prefilter's anchors are, and near misses.
const FRAGMENTS = [
  'AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T', 'AIza', 'A', 'AK', 'KIA', 'SG.', 'SG', 'S', 'SK', 'SK0f3a', 'SK0F3A', 'K', '0f3a', 'c9',
  'gh', 'ghp', 'gho', 'ghx', 'p', 'github', 'github_', 'pat_', 'pat', 'glpat', 'glpat-', 'gl', 'xox', 'xoxb', 'xoxz', 'b-',
  'hooks', 'hooks.', '.slack.com', 'slack', '.com', 'sk', 'rk', 'sk_', 'live_', 'live', 'npm', 'npm_', 'np', 'sk-', 'shp', 'shpat', 'shpxx', 'at', 'ss', 'ca', 'pa',
  '-----BEGIN', '----BEGIN', '-', '--', '_', '.', '@', ':', '://', ':/', '//', 'user', 'pass', 'aws', 'AWS', 'Aws', 'aW', 'W', 'w', 's', 'S_', 'secret', 'SECRET', 'sEcReT', 'Secre', 'ecret',
  '\n', '\r\n', ' ', '\t', '=', '"', 'x',
  // Newer formats: each prefix, its pieces around the anchor character and near misses.
  'gldt-', 'glrt-', 'glft', 'glptt', 'gloas-', 'glimt', 'glsoat-', 'glagent', 'dt', 'rt', 'ptt', 'oas', 'imt', 'soat', 'agent', 'glx',
  'xapp', 'xap', 'app', 'pypi', 'pypi-', 'AgEIcHlwaS5vcmc', 'gEIcHlwaS5vcmc', 'AgEIcHlwaS5vcm', 'AgE',
  'do', 'dop', 'doo', 'dor', 'dox', 'dop_', '_v1_', 'v1_', 'v1', 'hv', 'hvs', 'hvb', 'hvx', 'vs.', 'dp', 'dp.', 'pt.', 'st.', 'ct.', 'sa.', 'px.',
  'Account', 'AccountKey', 'ccountKey=', 'Key=', 'Accountkey=', 'hf', 'hf_', 'f_', '7', '0:', ':AA', ':A', 'AA',
  'PMAK', 'NRAK-', 'MAK-', 'RAK', 'NRJS-', 'glc', 'glsa', 'glc_', 'sa_', 'AGE', 'AGE-SECRET-KEY-', 'AGE-SECRET-KEY-1', 'GE-SECRET-KEY-1', 'KEY-1',
  'lin', 'lin_api', 'lin_', 'api_', 'sq0', 'sq0atp', 'sq0csp-', 'atp-', 'sq0xyz-', 'ATATT', 'ATATT3', 'TATT3', 'ATAT',
  'sntry', 'sntrys', 'sntryu_', 'sntryx_', 'sbp', 'sbp_', 'bp_', 'pscale', 'pscale_', 'tkn_', 'pw_', 'oauth_', 'pscale_pw', 'pscale_x_',
  'whsec', 'whsec_', 'hsec_', 'GOCSPX', 'GOCSPX-', 'OCSPX-', 'HRKU', 'HRKU-', 'RKU-', 'v1.0', 'v1.0-', '1.0-', 'key', 'key-', 'ey-', 'kex-',
  'discord', 'discordapp', 'discord.com', '.com/api/webhooks/', 'com/api/webhooks/', '/api/webhooks/', 'discord.co', '9Q~', 'Q~', '~', 'Q', 'xQ~',
];

// Every literal prefix TOKEN_PREFILTER names (classes spelled out), to be put into text as they are
// or one edit away (a character deleted, replaced or inserted): `dor_v1_`, `do_v1_`, `0:AA`,
// `ooks.slack.com`. Random fragments alone seldom line up a whole prefix, let alone its near misses.
const PREFIXES = [
  'AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T', 'AIza', 'SG.', 'SK09af', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_',
  'glpat-', 'gldt-', 'glrt-', 'glft-', 'glptt-', 'gloas-', 'glimt-', 'glsoat-', 'glagent-', 'xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-', 'xapp-',
  'hooks.slack.com', 'sk_live_', 'rk_live_', 'npm_', 'sk-', 'shpat_', 'shpca_', 'shppa_', 'shpss_', 'pypi-AgEIcHlwaS5vcmc', 'dop_v1_', 'doo_v1_', 'dor_v1_',
  'hvs.', 'hvb.', 'AccountKey=', 'hf_', '0:AA', '9:AA', 'PMAK-', 'NRAK-', 'glc_', 'glsa_', 'AGE-SECRET-KEY-1', 'dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.',
  'lin_api_', 'sq0atp-', 'sq0csp-', 'ATATT3', 'sntrys_', 'sntryu_', 'sbp_', 'pscale_tkn_', 'pscale_pw_', 'pscale_oauth_', '-----BEGIN',
  'whsec_', 'GOCSPX-', 'HRKU-', 'v1.0-', 'key-', 'discord.com/api/webhooks/', 'discordapp.com/api/webhooks/', '7Q~',
  'dckr_pat_', 'aws_secret', 'AWSSECRET', 'AwsSecret', 'aWs_sEcReT', 'https://u:p@h',
];
const EDIT_CHARS = [...'_-.:=@ \n0179AaSsxXpt'];
// Edits at the ends matter most (the lookbehinds' first characters, the anchors): they are drawn more often.
const nearPrefix = fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom('keep', 'delete', 'replace', 'insert'), fc.oneof(fc.constant(0), fc.constant(-1), fc.nat()), fc.constantFrom(...EDIT_CHARS)).map(([pfx, op, n, c]) => {
  const i = n < 0 ? pfx.length - 1 : n % (pfx.length + 1);
  if (op === 'keep') return pfx;
  if (op === 'insert') return pfx.slice(0, i) + c + pfx.slice(i);
  const j = Math.min(i, pfx.length - 1);
  return pfx.slice(0, j) + (op === 'replace' ? c : '') + pfx.slice(j + 1);
});
const prefixText = fc.tuple(tokenText(FRAGMENTS, 4), fc.array(fc.tuple(nearPrefix, tokenText(FRAGMENTS, 2)), { minLength: 1, maxLength: 4 })).map(([head, rest]) => head + rest.flat().join(''));

describe('secret prefilters', () => {
  it('linesContaining picks exactly the lines that contain a needle, once each, in order', () => {
    const needles = ['SECRET', 'PASS', 'KEY', '.config[', 'env(', 'environ', '://', 'a|b', 'x'];
    const frags = [...needles, 'SECRE', 'PAS', 'EY', '.config', 'env', 'enviro', ':/', 'a', '|', '(', '[', '.', '\n', '\r\n', ' ', 'q'];
    fc.assert(fc.property(tokenText(frags, 40), fc.subarray(needles, { minLength: 1 }), (text, some) => {
      const naive: { line: string; lineNo: number; start: number }[] = [];
      let start = 0;
      text.split('\n').forEach((line, i) => {
        if (some.some((n) => line.includes(n))) naive.push({ line: line.replace(/\r$/, ''), lineNo: i + 1, start });
        start += line.length + 1;
      });
      expect(linesContaining(text, some)).toEqual(naive);
    }), fuzzOptions());
  }, fuzzTimeout());

  it('an anchored alternation matches exactly where one of its needles occurs, on the same lines', () => {
    const needles = ['SECRET', 'PASS', 'TOKEN', 'KEY', 'PWD', 'CRED', 'AUTH', '.secret_key', '.config[', 'environ', 'env(', '://', 'process.env', 'Secret', 'password', 'passwd', 'uthorization', 'curl', 'a|b', 'x'];
    const frags = [...needles, 'SECRE', 'ECRET', 'PAS', 'ASS', 'EY', 'KE', '.config', 'config[', 'env', 'enviro', 'nviron', ':/', '//', 'proce', 'ss.env', 'pass', 'wd', 'uthoriz', 'ation', 'cur', 'url', 'a', '|', '(', '[', '.', '\n', '\r\n', ' ', 'q'];
    fc.assert(fc.property(tokenText(frags, 40), fc.subarray(needles, { minLength: 1 }), (text, some) => {
      const re = new RegExp(anchoredAlternation(some));
      expect(re.test(text)).toBe(some.some((n) => text.includes(n)));
      const escaped = new RegExp(some.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
      expect(matchedLines(re, text)).toEqual(matchedLines(escaped, text));
    }), fuzzOptions());
  }, fuzzTimeout());

  it('the environment-read and base64-JSON prefilters answer as their plain alternations', () => {
    const frags = ['get_env', 'getenv', 'environ', 'process.env', 'ENV.fetch', 'env(', 'env', 'en', 'v', 'V', 'get', 'get_', 'iron', 'process.', '.fetch', 'ENV', 'EN', 'x', '_', '(', '.', ' ', '\n',
      'ewo', 'eyJ', 'ew0K', 'e30', 'e', 'w', 'wo', 'w0', 'w0K', 'yJ', 'y', 'J', '3', '30', '0', 'K', 'o'];
    fc.assert(fc.property(fc.oneof(tokenText(frags, 30), anyText), (text) => {
      expect(ENV_READ_RE.test(text)).toBe(/get_env|getenv|environ|process\.env|ENV\.fetch|\benv\(/.test(text));
      expect(BASE64_JSON_START_RE.test(text)).toBe(/ewo|eyJ|ew0K|e30/.test(text));
    }), fuzzOptions());
  }, fuzzTimeout());

  it('the fast token prefilter selects exactly the lines the reference prefilter selects', () => {
    fc.assert(fc.property(fc.oneof({ weight: 4, arbitrary: tokenText(FRAGMENTS, 60) }, { weight: 4, arbitrary: prefixText }, { weight: 1, arbitrary: anyText }), (text) => {
      expect(matchedLines(TOKEN_LINE_PREFILTER, text)).toEqual(matchedLines(TOKEN_PREFILTER, text));
    }), fuzzOptions());
  }, fuzzTimeout());

  it('the fast token prefilter finds each token kind, and not its near misses', () => {
    const hits = ['AKIAX', 'x ASIA', 'ABIA', 'ACCA', 'A3T', 'AIza', 'ghp_', 'gho_', 'github_pat_', 'glpat-', 'xoxb-', 'hooks.slack.com', 'sk_live_', 'rk_live_', 'SG.', 'npm_', 'sk-', 'SK0f3a', 'shpat_', 'shpss_', '-----BEGIN', 'aws_secret', 'AWSSECRET', 'Aws_Secret', 'https://u:p@h',
      'gldt-', 'glrt-', 'glft-', 'glptt-', 'gloas-', 'glimt-', 'glsoat-', 'glagent-', 'xapp-', 'pypi-AgEIcHlwaS5vcmc', 'dop_v1_', 'doo_v1_', 'dor_v1_', 'hvs.', 'hvb.', 'AccountKey=',
      'hf_', 'bot123:AA', 'PMAK-', 'NRAK-', 'glc_', 'glsa_', 'AGE-SECRET-KEY-1', 'dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'lin_api_', 'sq0atp-', 'sq0csp-', 'ATATT3', 'sntrys_', 'sntryu_', 'sbp_', 'pscale_tkn_', 'pscale_pw_', 'pscale_oauth_',
      'whsec_', 'GOCSPX-', 'HRKU-', 'v1.0-', 'key-', 'https://discord.com/api/webhooks/', 'discordapp.com/api/webhooks/', 'ab1Q~'];
    const misses = ['AKI', 'ghx_', 'github_pa', 'glpat', 'xoxz-', 'hooks.slack.co', 'sk_liv_', 'SK0f3', 'SKxxxx', 'shpxx_', '----BEGIN', 'aws_secre', 'https://u@h', 'https://u:p h@', 'npm',
      'gldt', 'glx-', 'glpt-', 'xap-', 'pypi-AgEIcHlwaS5vcm', 'pypi-AgENdGVzdC5weXBp', 'dox_v1_', 'dop_v2_', 'dop_', 'hvx.', 'hvs', 'Accountkey=', 'AccountKey', 'hf', 'hg_', 'x:AA', '1:A', ':AA',
      'PMAK', 'PMAX-', 'NRJS-', 'glx_', 'AGE-SECRET-KEY-2', 'dp.px.', 'dp.pt', 'lin_api', 'lin_apx_', 'sq0atx-', 'ATATT4', 'sntryx_', 'sbx_', 'pscale_x_', 'pscale_tkn',
      'whsec', 'GOCSPX', 'HRKU', 'v1.1-', 'kex-', 'discord.com/api/webhook', 'aQ~', 'Q-'];
    for (const h of hits) expect(matchedLines(TOKEN_LINE_PREFILTER, h), h).toEqual([0]);
    for (const m of misses) expect(matchedLines(TOKEN_LINE_PREFILTER, m), m).toEqual([]);
  });

  it('a case-insensitive word test through the shared lowercase never misses what the regex finds', () => {
    const words = ['cookie', 'cors', 'access-control-allow-origin'];
    const cased = fc.array(fc.oneof(fc.constantFrom(...words).chain((w) => fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }).map((up) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''))), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('\u212A', '\u0130', 'ſ', 'ß', 'Σ')), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(cased, anyText), (text) => {
      for (const w of words) {
        if (new RegExp(w, 'i').test(text)) expect(containsAnyCase(text, w)).toBe(true);
        // Plain ASCII text: exactly the same answer.
        if (/^[\x00-\x7f]*$/.test(text)) expect(containsAnyCase(text, w)).toBe(new RegExp(w, 'i').test(text));
      }
    }), fuzzOptions());
  }, fuzzTimeout());

  it('a word found by its anchor is found exactly when the lowercase text contains it', () => {
    const words = [{ word: 'cookie', anchor: 'kie' }, { word: 'access-control-allow-origin', anchor: '-allow-' }];
    const parts = fc.constantFrom('cookie', 'COOKIE', 'coo', 'kie', 'cookkie', 'co', 'okie', 'k', 'access-control', '-allow-', '-allow-origin', 'access-control-allow-origin', 'Access-Control-Allow-Origin', 'access-control-allow', '-', 'x', '\n');
    fc.assert(fc.property(fc.array(parts, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      for (const w of words) expect(containsAnyCase(text, w)).toBe(lowerText(text).includes(w.word));
    }), fuzzOptions());
  }, fuzzTimeout());

  it('the cookie and debugpy words found by their anchors are found exactly when the text contains them', () => {
    // The anchors sit inside their words, several occur in a word or around it ('ss' of 'issecure', 'p' of 'ponly'),
    // and near misses cut each word at its anchor.
    const words = [{ word: 'sessionmiddleware', anchor: 'ware' }, { word: 'issecure', anchor: 'ssec' }, { word: 'ishttponly', anchor: 'ponly' }, { word: 'debugpy', anchor: 'bugp' }];
    const parts = fc.constantFrom('sessionmiddleware', 'SessionMiddleware', 'session', 'middle', 'ware', 'middleware', 'sessionmiddlewar', 'essionmiddleware', 'issecure', 'isSecure', 'is', 'secure', 'ssec', 'isssecure', 'issec',
      'ishttponly', 'isHttpOnly', 'ishttp', 'ponly', 'httponly', 'ishttpponly', 'debugpy', 'DEBUGPY', 'debug', 'bugp', 'bugpy', 'debugp', 'ddebugpy', 'de', 's', 'p', '\n', 'x');
    fc.assert(fc.property(fc.array(parts, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      for (const w of words) {
        expect(containsAnyCase(text, w)).toBe(lowerText(text).includes(w.word));
        expect(containsWord(text, w)).toBe(text.includes(w.word));
      }
    }), fuzzOptions());
  }, fuzzTimeout());

  it('a word found by its anchor is found where indexOf finds it, from any offset; the secret scan\'s one-search hints say what its words would', () => {
    // Anchors at a word's end, middle and start (`J` of `.eyJ`, `fig(` of `config(`), near misses cut at the anchors.
    const words = [{ word: 'config(', anchor: 'fig(' }, { word: 'subprocess', anchor: 'bprocess' }, { word: 'child_process', anchor: '_process' }, { word: '.eyJ', anchor: 'J' }, { word: 'env', anchor: 'v' }, { word: '://', anchor: '//' }, { word: 'ookie', anchor: 'kie' }];
    const parts = fc.constantFrom('config(', 'config', 'fig(', 'confi', 'onfig(', 'configconfig(', 'subprocess', 'sub', 'bprocess', 'subbprocess', 'child_process', 'child', '_process', 'child__process',
      '.eyJ', 'eyJ', '.ey', 'J', '..eyJ', 'env', 'en', 'v', 'eenv', '://', ':/', '//', ':', 'cookie', 'Cookie', 'ookie', 'kie', 'ook', 'uthorization', 'Authorization', 'uthoriz', 'ation', 'z',
      'curl', 'cur', 'url', 'l', 'login', 'log', 'logi', 'ogin', 'uthorizatio', 'ield(', 'Field(', 'ield', 'ib(', 'attr.ib(', 'ib', '(', 'Secret', 'SecretStr(', 'ecret', 'S', ' ', '\n', 'x');
    fc.assert(fc.property(fc.array(parts, { maxLength: 14 }).map((a) => a.join('')), fc.nat(40), (text, from) => {
      for (const w of words) {
        expect(indexOfWord(text, w, from)).toBe(text.indexOf(w.word, from));
        expect(containsWord(text, w)).toBe(text.includes(w.word));
      }
      expect(COMMAND_WORDS_RE.test(text)).toBe(/uthorization|curl|login/.test(text));
      expect(WRAPPER_HINT_RE.test(text)).toBe(text.includes('ield(') || text.includes('ib(') || text.includes('Secret'));
    }), fuzzOptions());
  }, fuzzTimeout());

  it('the shared lowercase follows the text it is asked about', () => {
    expect(lowerText('Set-COOKIE')).toBe('set-cookie');
    expect(lowerText('CORS')).toBe('cors');
    expect(containsAnyCase('no match here', 'cookie')).toBe(false);
    expect(containsAnyCase('app.use(CORS())', 'cookie', 'cors')).toBe(true);
  });
});

describe('path classifiers', () => {
  // The regexes before they were split and memoised: the classifiers must answer the same.
  const OLD_TEST_PATH = /(?:^|\/)(?:tests?|testing|__tests__|__fixtures__|spec|specs|fixtures?|testdata|test-data|test[-_]?utils?|test[-_]helpers|mocks?|__mocks__|e2e|cypress)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec|stories)\.[a-z]+|conftest\.py)$/i;
  // Illustration folders (QA-P A5), lower case, above a JVM package tree (`src/main/java/com/example/` is the app; the
  // example app `examples/petclinic/src/main/java/…` is an illustration: QA30 jvm2 D1). The tree begins after a source
  // set's language folder, else after the first language folder.
  const aboveTree = (p: string) => {
    const m = /(?:^|\/)src\/[^/]+\/(?:java|kotlin|scala|groovy)\//.exec(p) ?? /(?:^|\/)(?:java|kotlin|scala|groovy)\//.exec(p);
    return m ? p.slice(0, m.index + (p[m.index] === '/' ? 1 : 0)) : p;
  };
  const ILLUSTRATION_PATH = { test: (p: string) => /(?:^|\/)(?:examples|samples|docs)\//.test(aboveTree(p)) };
  const oldEnv = (p: string) => { const b = p.slice(p.lastIndexOf('/') + 1); return b === '.env' || b.startsWith('.env.') || /^[^.][\s\S]*\.env$/.test(b); };
  const SEGMENTS = ['test', 'tests', 'Test', 'testing', '__tests__', 'spec', 'specs', 'fixture', 'fixtures', 'testdata', 'test-data', 'mock', 'mocks', '__mocks__', '__fixtures__', 'test-utils', 'testutil', 'test_helpers', 'utils', 'e2e', 'cypress', 'example', 'examples', 'sample', 'samples', 'docs', 'doc', 'Examples', 'java', 'kotlin', 'com', 'src', 'app', 'a', '.env', 'x.env', '.env.prod', 'test_a.py', 'a_test.go', 'a.test.ts', 'a.spec.JS', 'b.stories.tsx', 'conftest.py', 'contest.py', 'latest', 'attest', 'a\nb.env', '.envrc', 'env', 'prod.env'];
  const paths = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SEGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { minLength: 1, maxLength: 5 }).map((a) => a.join('/'));

  it('isTestFile and isEnvFile answer as the single regexes did, asked once or many times', async () => {
    const { isTestFile, isEnvFile } = await import('../../src/repo/classify.js');
    fc.assert(fc.property(paths, fc.integer({ min: 1, max: 3 }), (p, times) => {
      for (let i = 0; i < times; i++) {
        expect(isTestFile(p)).toBe(OLD_TEST_PATH.test(p) || ILLUSTRATION_PATH.test(p));
        expect(isEnvFile(p)).toBe(oldEnv(p));
      }
    }), fuzzOptions());
  }, fuzzTimeout());

  // isTemplate, isEnvFile and platformFile test the name for their words (or endings) before the full tests: they must
  // answer as the full tests alone did, in any case and with characters whose lowercase is longer (İ) or ASCII (the Kelvin sign).
  const NAME_SEGMENTS = ['Example', 'SAMPLE', 'sample', 'tpl', 'TPL', 'DIST', 'dist', 'Template', 'x.Template.yml', '.env.EXAMPLE', '.ENV', '.Env.local', 'prod.ENV',
    '\u0130', '\u212a', '\u017f', 'd\u0130st', 'example.com', 'www.example.org.conf', 'config.sample.test.yml', '.env.example.io', 'a.dist.js', 'sample.co.uk.yml', 'x-tpl',
    'fly.toml', 'FLY.toml', 'fly.dev.toml', 'render.yaml', 'render.YAML', '.do', 'app.yaml', 'deploy.template.yaml', 'railway.json', 'railway.toml',
    'serverless.yml', 'heroku.yml', 'node_modules', 'tests', 'services', 'a', '.', '-', '_'];
  const names = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NAME_SEGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { minLength: 1, maxLength: 4 })
    .chain((dirs) => fc.array(fc.constantFrom(...NAME_SEGMENTS, '.', '-', '_'), { minLength: 1, maxLength: 4 }).map((name) => [...dirs.slice(0, -1), name.join('')].join('/')));
  const EXAMPLE_TLD = '(?:com|org|net|edu|io|co|info|biz|cloud|tech|ai|xyz|site|online|internal|invalid|us|uk|de|fr|eu|nl|ca|au|jp|ch|se|es|it|br)(?:\\.|$)';
  const oldTemplate = (p: string) => {
    const b = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
    return /[._-](example|sample|template|tpl|dist)$/.test(b) || (/^(example|sample)\./.test(b) && !new RegExp(`^(?:example|sample)\\.${EXAMPLE_TLD}`).test(b))
      || /\.(?:template|dist)\./.test(b) || (/\.(example|sample)\./.test(b) && (b.startsWith('.') || !new RegExp(`\\.(?:example|sample)\\.${EXAMPLE_TLD}`).test(b)));
  };
  const lowerEnv = (p: string) => { const b = p.slice(p.lastIndexOf('/') + 1).toLowerCase(); return b === '.env' || b.startsWith('.env.') || (b.endsWith('.env') && b.length > 4 && b[0] !== '.'); };

  it('isTemplate, isEnvFile and platformFile answer as their full tests alone did', async () => {
    const { isTemplate, isEnvFile, isTestFile, isVendoredOrGenerated } = await import('../../src/repo/classify.js');
    const { platformFile } = await import('../../src/repo/platform-files.js');
    const oldPlatform = (file: string) => {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const kind = /^fly(?:\.[\w-]+)?\.toml$/.test(name) ? 'fly' : /^render\.ya?ml$/.test(name) ? 'render' : /^railway\.(?:json|toml)$/.test(name) ? 'railway'
        : /^serverless\.ya?ml$/.test(name) ? 'serverless' : /^heroku\.ya?ml$/.test(name) ? 'heroku'
        : /^app\.ya?ml$/.test(name) || /(?:^|\/)\.do\/[^/]+\.ya?ml$/.test(file) ? 'app' : null;
      const doTemplate = /(?:^|\/)\.do\/deploy\.template\.ya?ml$/.test(file);
      return kind && (doTemplate || !oldTemplate(file)) && !isTestFile(file) && !isVendoredOrGenerated(file) ? kind : null;
    };
    for (const p of ['.ENV', 'x/PROD.Env', '.env.\u212a', 'a.\u212aENV', 'config.SAMPLE', 'www.example.org.conf', 'x.d\u0130st', 'd\u0130st.yml', '.do/app.yaml', '.do/deploy.template.yaml', 'tests/fly.toml', 'railway.json', 'x/railway.toml', 'render.yml', 'fly.prod.toml', 'serverless.yaml', 'heroku.yml', 'app.yml']) {
      expect([isTemplate(p), isEnvFile(p), platformFile(p)]).toEqual([oldTemplate(p), lowerEnv(p), oldPlatform(p)]);
    }
    fc.assert(fc.property(names, (p) => {
      expect(isTemplate(p)).toBe(oldTemplate(p));
      expect(isEnvFile(p)).toBe(lowerEnv(p));
      expect(platformFile(p)).toBe(oldPlatform(p));
    }), fuzzOptions());
  }, fuzzTimeout());

  it('a path fact keeps each answer per path and asks the predicate once', async () => {
    const { pathFact } = await import('../../src/repo/classify.js');
    const asked: string[] = [];
    const long = pathFact((p) => { asked.push(p); return p.length > 3; });
    expect([long('abcd'), long('ab'), long('abcd'), long('ab')]).toEqual([true, false, true, false]);
    expect(asked).toEqual(['abcd', 'ab']);
  });
});
