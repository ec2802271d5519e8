import { afterEach, describe, expect, it } from 'vitest';
import { BOOLEAN_INPUTS, INPUT_NAMES, apiUrlProblem, inputSecrets, parseInputs, parseRunnerContext, readSettings } from '../../src/action/inputs.js';
import { ConfigError } from '../../src/types.js';
import { actionYml } from './run-action.js';

describe('parseInputs', () => {
  it('knows exactly the inputs action.yml declares', () => {
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it('leaves inputs the checklist can set undefined when empty (no default wins over the checklist)', () => {
    const i = parseInputs({ 'fail-on': '', url: ' ', timeout: '', wait: '', 'allow-self-signed': '', headers: '' });
    expect(i['fail-on']).toBeUndefined();
    expect(i.url).toBeUndefined();
    expect(i.timeout).toBeUndefined();
    expect(i['allow-self-signed']).toBeUndefined();
    expect(i.headers).toEqual({});
    expect(i['check-name']).toBe('Preflight');
    expect(i.annotations).toBe('all');
    expect(i.comment).toBe(false);
    expect(i['working-directory']).toBe('.');
  });

  it('parses overrides (newlines or commas), headers, numbers and booleans', () => {
    const i = parseInputs({
      'fail-on': 'HIGH', 'severity-overrides': 'image-tag-pinned=critical, restart-policy=off\nmy-item = low\n',
      headers: 'Authorization: Bearer abc:def\r\nX-Env: preview\n', timeout: '2.5', wait: '0', 'allow-self-signed': 'true', comment: 'TRUE', annotations: 'changed',
    });
    expect(i['fail-on']).toBe('high');
    expect(i['severity-overrides']).toEqual({ 'image-tag-pinned': 'critical', 'restart-policy': 'off', 'my-item': 'low' });
    expect(i.headers).toEqual({ Authorization: 'Bearer abc:def', 'X-Env': 'preview' });
    expect(i.timeout).toBe(2.5);
    expect(i.wait).toBe(0);
    expect(i['allow-self-signed']).toBe(true);
    expect(i.comment).toBe(true);
    expect(i.annotations).toBe('changed');
  });

  it('refuses a single-value input written over several lines, naming the input and never repeating the value (QA31 action2 D1, D2)', () => {
    expect(() => parseInputs({ url: 'https://deploy:s3cret-pw@a.example.com\nhttps://b.example.com\n' })).toThrow("input 'url' takes one value on one line; got 2 lines (one deployment per run: a workflow matrix probes several)");
    try { parseInputs({ url: 'https://deploy:s3cret-pw@a.example.com\nhttps://b.example.com' }); } catch (e) { expect((e as Error).message).not.toContain('s3cret'); }
    for (const name of ['checklist', 'http-url', 'ca', 'sarif', 'baseline', 'check-name', 'working-directory'] as const) {
      expect(() => parseInputs({ [name]: 'one\r\ntwo' }), name).toThrow(new RegExp(`^input '${name}' takes one value on one line; got 2 lines`));
    }
    // A value with surrounding blank lines (a `|` block's trailing newline) is one value.
    expect(parseInputs({ sarif: '\npreflight.sarif\n', url: 'https://a.example.com/\n', 'check-name': 'Preflight api\n' })).toMatchObject({ sarif: 'preflight.sarif', url: 'https://a.example.com/', 'check-name': 'Preflight api' });
  });

  it('drops a header whose value is empty (a secret the run cannot read) and keeps its name for a warning (QA 28 D2)', () => {
    const i = parseInputs({ headers: 'x-vercel-protection-bypass: \nX-Env: preview\nX-Other:\t\n' });
    expect(i.headers).toEqual({ 'X-Env': 'preview' });
    expect(i.emptyHeaders).toEqual(['x-vercel-protection-bypass', 'X-Other']);
    // A header with a value is sent as before, and no name is kept.
    expect(parseInputs({ headers: 'X-Env: preview' }).emptyHeaders).toEqual([]);
    expect(parseInputs({}).emptyHeaders).toEqual([]);
    // A line without a name is still an error, not an empty header.
    expect(() => parseInputs({ headers: ': ' })).toThrow(/input 'headers': expected "Name: value"/);
  });

  it('drops an Authorization header left with only its scheme (`Bearer ${{ secrets.X }}` on a fork), never masking the scheme (QA 29 events D1)', () => {
    const i = parseInputs({ headers: 'x-vercel-protection-bypass: \nAuthorization: Bearer \nProxy-Authorization: basic\nX-Serverless-Authorization: token\nX-Env: preview' });
    expect(i.headers).toEqual({ 'X-Env': 'preview' });
    expect(i.emptyHeaders).toEqual(['x-vercel-protection-bypass', "Authorization (only 'Bearer', no credential)", "Proxy-Authorization (only 'basic', no credential)", "X-Serverless-Authorization (only 'token', no credential)"]);
    expect(inputSecrets({ headers: 'Authorization: Bearer \nX-Auth-Token: Basic' })).toEqual(['Basic']);
    // A credential after the scheme is sent and masked; a scheme word under another header name is an ordinary value.
    expect(parseInputs({ headers: 'Authorization: Bearer abc123xyz\nX-Auth-Scheme: Bearer' })).toMatchObject({ headers: { Authorization: 'Bearer abc123xyz', 'X-Auth-Scheme': 'Bearer' }, emptyHeaders: [] });
    expect(parseInputs({ headers: 'Authorization: Bearer x' }).headers).toEqual({ Authorization: 'Bearer x' });
    expect(parseInputs({ headers: 'Authorization: Bearerabc123' }).headers).toEqual({ Authorization: 'Bearerabc123' });
  });

  it('rejects bad values with a message naming the input, never echoing a header line', () => {
    const bad = (raw: Record<string, string>) => { try { parseInputs(raw); } catch (e) { expect(e).toBeInstanceOf(ConfigError); return (e as Error).message; } return null; };
    expect(bad({ 'fail-on': 'hgh' })).toMatch(/'fail-on'.*hgh/);
    expect(bad({ 'severity-overrides': 'x=loud' })).toMatch(/severity-overrides/);
    // The same parsers as the CLI: a zero timeout is refused by both.
    expect(bad({ timeout: '0' })).toMatch(/input 'timeout': 0: expected a positive number of seconds/);
    expect(bad({ timeout: '-1' })).toMatch(/timeout/);
    // The checklist's bounds: a larger value would overflow Node's timers (a false "did not answer").
    expect(bad({ timeout: '3000000' })).toMatch(/input 'timeout': 3000000: expected at most 600 seconds/);
    expect(bad({ wait: '3601' })).toMatch(/input 'wait': 3601: expected at most 3600 seconds/);
    expect(bad({ timeout: 'Infinity' })).toMatch(/input 'timeout': Infinity: expected a positive number of seconds/);
    expect(parseInputs({ timeout: '600', wait: '3600' })).toMatchObject({ timeout: 600, wait: 3600 });
    expect(bad({ comment: 'maybe' })).toMatch(/comment/);
    expect(bad({ annotations: 'some' })).toMatch(/annotations/);
    const msg = bad({ headers: 'no colon s3cr3t-value' });
    expect(msg).toMatch(/headers/);
    expect(msg).not.toContain('s3cr3t');
  });

  it('skips full-line # comments and blank lines in the list inputs, and names the line of a bad entry (QA33 usage D2)', () => {
    const i = parseInputs({
      'severity-overrides': 'dockerfile-non-root=critical\n\n# db is internal only\n  #database-port-exposed=low\ndatabase-port-exposed=off\n',
      headers: '\n# staging auth\r\nAuthorization: Bearer eyJh.c3Rh.Zk9x\n\n  # X-Debug: 1\nX-Env: dev # not a comment\nCookie: a=1#b\n',
    });
    expect(i['severity-overrides']).toEqual({ 'dockerfile-non-root': 'critical', 'database-port-exposed': 'off' });
    // Only whole lines are comments: a `#` inside a value is sent as written.
    expect(i.headers).toEqual({ Authorization: 'Bearer eyJh.c3Rh.Zk9x', 'X-Env': 'dev # not a comment', Cookie: 'a=1#b' });
    // Comments only: nothing set.
    expect(parseInputs({ headers: '# none yet\n', 'severity-overrides': '# none\n' })).toMatchObject({ headers: {}, 'severity-overrides': {} });
    const bad = (raw: Record<string, string>) => { try { parseInputs(raw); } catch (e) { expect(e).toBeInstanceOf(ConfigError); return (e as Error).message; } return null; };
    // The line counts from the top of the block (blank lines and comments included); the value is never shown.
    expect(bad({ headers: '\n# auth\nAuthorization: Bearer s3cr3t-tok\nX-Bypass=v4lue-s3cret\n' })).toBe('input \'headers\' line 4: expected "Name: value" (the value is not shown)');
    expect(bad({ headers: 'X-Bypass=v4lue-s3cret' })).toBe('input \'headers\': expected "Name: value" (the value is not shown)');
    expect(bad({ 'severity-overrides': 'a=high\n# c\nb=loud' })).toBe("input 'severity-overrides' line 3: b=loud: expected ID=LEVEL with LEVEL one of critical, high, medium, low, info, off");
    expect(bad({ 'severity-overrides': 'a=high\nb=off  # internal' })).toBe("input 'severity-overrides' line 2: b=off  # internal: expected ID=LEVEL; a comment goes on a line of its own, starting with #");
    expect(bad({ 'severity-overrides': 'x=loud' })).toBe("input 'severity-overrides': x=loud: expected ID=LEVEL with LEVEL one of critical, high, medium, low, info, off");
  });

  it('never masks a comment line of the headers input, but still masks a commented-out credential (QA33 usage D2)', () => {
    const secrets = inputSecrets({ headers: '# staging auth\n# TODO: rotate every month\n#Authorization: Bearer oldTok3nValue\n# X-Api-Key: k3y-commented\nX-Bypass: vBypAss9876xyz\nno colon s3cr3t-value' });
    expect(secrets).not.toContain('# staging auth');
    expect(secrets.some((s) => s.includes('rotate') || s.includes('staging'))).toBe(false);
    expect(secrets).toEqual(expect.arrayContaining(['vBypAss9876xyz', 'no colon s3cr3t-value', 'oldTok3nValue', 'k3y-commented']));
  });

  it('takes booleans exactly as core.getBooleanInput does, for every boolean input of action.yml', () => {
    // The boolean inputs are those action.yml describes as taking `true` (or defaulting to 'false').
    const declared = Object.entries(actionYml.inputs as Record<string, { default?: string; description: string }>)
      .filter(([, spec]) => spec.default === 'false' || spec.default === 'true' || spec.description.startsWith('`true`'))
      .map(([name]) => name);
    expect([...BOOLEAN_INPUTS].sort()).toEqual(declared.sort());
    for (const name of BOOLEAN_INPUTS) {
      for (const v of ['true', 'True', 'TRUE', ' true\n']) expect(parseInputs({ [name]: v })[name], `${name}=${v}`).toBe(true);
      for (const v of ['false', 'False', 'FALSE', '  FALSE ']) expect(parseInputs({ [name]: v })[name], `${name}=${v}`).toBe(false);
      for (const v of ['yes', 'on', '1', 'no', '0', 'off', 'tRUE', 'y']) {
        let msg = '';
        try { parseInputs({ [name]: v }); } catch (e) { expect(e).toBeInstanceOf(ConfigError); msg = (e as Error).message; }
        expect(msg, `${name}=${v}`).toBe(`input '${name}' must be a YAML 1.2 boolean: one of true, True, TRUE, false, False, FALSE; got '${v}'`);
      }
    }
    // Empty: the default (comment: false; allow-self-signed: left to the checklist).
    expect(parseInputs({ comment: ' ', 'allow-self-signed': '' })).toMatchObject({ comment: false, 'allow-self-signed': undefined });
  });

  it('lists the token and header values as secrets (short ones under names that say nothing secret excepted)', () => {
    expect(inputSecrets({ 'github-token': 'ghs_x123', headers: 'A: one-secret\nX-Api-Key: two\nX-Env: http' }).sort()).toEqual(['ghs_x123', 'one-secret', 'two']);
    // The bare credential of an Authorization header is masked too (the rule of every redaction).
    expect(inputSecrets({ headers: 'Authorization: Bearer abc123xyz' })).toEqual(expect.arrayContaining(['Bearer abc123xyz', 'abc123xyz']));
    // A password in the url/http-url inputs, whether or not the URL parses (QA round 30).
    expect(inputSecrets({ url: 'https://deploy:CanaryPwAction77@staging example.com/', 'http-url': 'http://u:Pl41nPassw0rd@h/' })).toEqual(expect.arrayContaining(['CanaryPwAction77', 'Pl41nPassw0rd']));
  });
});

describe('parseRunnerContext', () => {
  it('reads the event payload, repository and PREFLIGHT_* variables only', () => {
    const ctx = parseRunnerContext({
      GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/ev.json', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc',
      GITHUB_API_URL: 'http://127.0.0.1:1/', PREFLIGHT_TOKEN: 't0k', AWS_SECRET: 'no', PREFLIGHT_TEST_RETRY_MS: '3',
    }, () => '{"after":"abc"}');
    expect(ctx.payload).toEqual({ after: 'abc' });
    expect(ctx.repository).toEqual({ owner: 'acme', repo: 'shop' });
    expect(ctx.apiUrl).toBe('http://127.0.0.1:1');
    expect(ctx.preflightEnv).toEqual({ PREFLIGHT_TOKEN: 't0k' });
    expect(ctx.retryMs).toBe(3);
    expect(ctx.workflowFile).toBeNull();
  });
  it('knows the workflow file when it belongs to this repository', () => {
    expect(parseRunnerContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/gate.yml@refs/pull/4/merge' }).workflowFile).toBe('.github/workflows/gate.yml');
    expect(parseRunnerContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKFLOW_REF: 'acme/.github/.github/workflows/org.yml@refs/heads/main' }).workflowFile).toBeNull();
  });
  it('takes the repository from the payload when GITHUB_REPOSITORY is unset, as @actions/github does', () => {
    const push = JSON.stringify({ after: 'abc', repository: { id: 1, name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } } });
    expect(parseRunnerContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/ev.json' }, () => push).repository).toEqual({ owner: 'acme', repo: 'shop' });
    const noFullName = JSON.stringify({ repository: { name: 'shop', owner: { login: 'acme' } } });
    expect(parseRunnerContext({ GITHUB_EVENT_PATH: '/ev.json' }, () => noFullName).repository).toEqual({ owner: 'acme', repo: 'shop' });
    // The variable wins over the payload.
    expect(parseRunnerContext({ GITHUB_REPOSITORY: 'acme/api', GITHUB_EVENT_PATH: '/ev.json' }, () => push).repository).toEqual({ owner: 'acme', repo: 'api' });
    expect(parseRunnerContext({ GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/gate.yml@refs/heads/main', GITHUB_EVENT_PATH: '/ev.json' }, () => push).workflowFile).toBe('.github/workflows/gate.yml');
  });
  it('a GITHUB_REPOSITORY that is not owner/name is not used: the payload\'s repository is, and the problem is named (QA33 payloads2 D2)', () => {
    const push = JSON.stringify({ after: 'abc', repository: { id: 1, name: 'web', full_name: 'acme/web', owner: { login: 'acme' } } });
    for (const bad of ['acme', 'acme/', '/web', 'acme/web/extra', 'acme web/x']) {
      const ctx = parseRunnerContext({ GITHUB_REPOSITORY: bad, GITHUB_EVENT_PATH: '/ev.json' }, () => push);
      expect(ctx.repository, bad).toEqual({ owner: 'acme', repo: 'web' });
      expect(ctx.repositoryProblem, bad).toBe(`GITHUB_REPOSITORY (${JSON.stringify(bad)}) is not \`owner/name\`: the repository is the event payload's (acme/web)`);
    }
    // Nothing to fall back to: no repository, and the problem says what that costs.
    const none = parseRunnerContext({ GITHUB_REPOSITORY: 'acme', GITHUB_EVENT_PATH: '/ev.json' }, () => '{"after":"abc"}');
    expect(none.repository).toBeNull();
    expect(none.repositoryProblem).toMatch(/^GITHUB_REPOSITORY \("acme"\) is not `owner\/name`, and the event payload names no repository: the GitHub API is not used \(no check run, no pull request read\)$/);
    // A well-formed value, or none, is no problem (names GitHub allows: dots, underscores, an EMU owner).
    for (const good of ['acme/web', 'acme-corp/my.repo_2', 'jdoe_acme/.github']) {
      const ctx = parseRunnerContext({ GITHUB_REPOSITORY: good, GITHUB_EVENT_PATH: '/ev.json' }, () => push);
      expect(ctx.repositoryProblem, good).toBeNull();
      expect(`${ctx.repository!.owner}/${ctx.repository!.repo}`).toBe(good);
    }
    expect(parseRunnerContext({ GITHUB_EVENT_PATH: '/ev.json' }, () => push).repositoryProblem).toBeNull();
  });
  it('leaves runnerTemp empty when RUNNER_TEMP is unset (the report folder then warns and uses the OS temp folder)', () => {
    expect(parseRunnerContext({}).runnerTemp).toBe('');
    expect(parseRunnerContext({ RUNNER_TEMP: '/runner/_temp' }).runnerTemp).toBe('/runner/_temp');
  });
  it('survives a missing or broken payload and defaults the API and retry timing', () => {
    const ctx = parseRunnerContext({ GITHUB_EVENT_PATH: '/nope' }, () => { throw new Error('ENOENT'); });
    expect(ctx.payload).toEqual({});
    expect(ctx.repository).toBeNull();
    expect(ctx.apiUrl).toBe('https://api.github.com');
    expect(ctx.retryMs).toBe(1000);
    expect(parseRunnerContext({ GITHUB_EVENT_PATH: '/x' }, () => '[1,2]').payload).toEqual({});
  });
});

describe('apiUrlProblem (QA32 ghes D1)', () => {
  it('takes http(s) URLs, GHES\'s /api/v3 and a port included', () => {
    for (const ok of ['https://api.github.com', 'https://ghe.acme.internal/api/v3', 'http://127.0.0.1:8080/api/v3', 'HTTPS://GHE.EXAMPLE.COM/api/v3']) expect(apiUrlProblem(ok)).toBeNull();
  });
  it('names GITHUB_API_URL and what is expected for a value without a scheme, another scheme or garbage', () => {
    for (const bad of ['ghe.acme.internal/api/v3', '127.0.0.1:8080/api/v3', 'ghe.acme.internal:8080/api/v3', 'not a url', 'ftp://ghe.acme.internal/api/v3', 'file:///api/v3']) {
      expect(apiUrlProblem(bad)).toMatch(new RegExp(`^GITHUB_API_URL \\(${JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\) is not an http\\(s\\) URL: expected .*https://api\\.github\\.com.*/api/v3 on GitHub Enterprise Server`));
    }
  });
});

describe('readSettings: github-token', () => {
  const saved = { input: process.env['INPUT_GITHUB-TOKEN'], env: process.env.GITHUB_TOKEN };
  const restore = (k: string, v: string | undefined) => { if (v === undefined) delete process.env[k]; else process.env[k] = v; };
  afterEach(() => { restore('INPUT_GITHUB-TOKEN', saved.input); restore('GITHUB_TOKEN', saved.env); });
  it('uses GITHUB_TOKEN only when the input is absent, never over an explicit empty input', () => {
    delete process.env['INPUT_GITHUB-TOKEN'];
    process.env.GITHUB_TOKEN = 'ghs_fromTheStepEnv123456';
    expect(readSettings().inputs['github-token']).toBe('ghs_fromTheStepEnv123456');
    process.env['INPUT_GITHUB-TOKEN'] = '';
    expect(readSettings().inputs['github-token']).toBeFalsy();
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_theInputWins7890';
    expect(readSettings().inputs['github-token']).toBe('ghs_theInputWins7890');
  });
});

describe('readSettings: list inputs (QA33 usage D2)', () => {
  const saved = { h: process.env.INPUT_HEADERS, s: process.env['INPUT_SEVERITY-OVERRIDES'] };
  const restore = (k: string, v: string | undefined) => { if (v === undefined) delete process.env[k]; else process.env[k] = v; };
  afterEach(() => { restore('INPUT_HEADERS', saved.h); restore('INPUT_SEVERITY-OVERRIDES', saved.s); });
  it('counts an error\'s line from the top of the `|` block, its leading blank line included, and masks no comment', () => {
    process.env.INPUT_HEADERS = '\n# staging auth\nX-Env dev\n';
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => { out.push(String(s)); return true; }) as typeof process.stdout.write;
    try {
      expect(() => readSettings()).toThrow('input \'headers\' line 3: expected "Name: value" (the value is not shown)');
    } finally { process.stdout.write = write; }
    expect(out.join('')).not.toContain('::add-mask::# staging auth');
    process.env.INPUT_HEADERS = '';
    process.env['INPUT_SEVERITY-OVERRIDES'] = '  \n  # why\n  restart-policy=off\n';
    expect(readSettings().inputs['severity-overrides']).toEqual({ 'restart-policy': 'off' });
  });
});
