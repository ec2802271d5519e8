import { describe, expect, it } from 'vitest';
import { parseDockerfile, lineage, parseImageRef, substitute, effectiveInstructions, expandWord, trailingComment, imageRefProblem } from '../../src/repo/dockerfile.js';
import { findSuppressions } from '../../src/repo/suppress.js';

describe('parseDockerfile', () => {
  it('resolves ARG defaults in FROM and stage inheritance', () => {
    const d = parseDockerfile('Dockerfile', 'ARG PY=3.12\nARG BASE\nFROM --platform=$BUILDPLATFORM python:${PY}-slim AS build\nRUN x\nFROM build AS test\nUSER app\nfrom ${BASE} as other\nFROM test\nCMD ["gunicorn"]\n');
    expect(d.stages.map((s) => s.from.image)).toEqual(['python:3.12-slim', 'build', null, 'test']);
    expect(d.stages[0]!.from.platform).toBe('$BUILDPLATFORM');
    expect(d.stages[0]!.from.imageColumn).toBe(32);
    expect(lineage(d.final!).map((s) => s.name ?? s.index)).toEqual([3, 'test', 'build']);
    expect(effectiveInstructions(d.final!).map((i) => i.keyword)).toEqual(['RUN', 'USER', 'CMD']);
    expect(d.final!.instructions[0]!.exec).toBe(true);
  });

  it('reads every word of an ARG as its own declaration, as BuildKit does (no legacy NAME value form)', () => {
    const props = (text: string) => parseDockerfile('Dockerfile', `FROM alpine:3.19\n${text}\n`).final!.instructions[0]!.properties.map((p) => [p.name, p.value, `${p.line}:${p.column}`, p.valueColumn ?? null]);
    // A bare first name does not swallow the rest of the line as its default.
    expect(props('ARG BUILD_DATE VCS_REF NODE_ENV=development')).toEqual([['BUILD_DATE', null, '2:5', null], ['VCS_REF', null, '2:16', null], ['NODE_ENV', 'development', '2:24', 33]]);
    expect(props('ARG BUILD_DATE UID=0')).toEqual([['BUILD_DATE', null, '2:5', null], ['UID', '0', '2:16', 20]]);
    // Quoted defaults and escaped blanks stay one word.
    expect(props('ARG A B="x y" C=\'p q\' D=a\\ b E')).toEqual([['A', null, '2:5', null], ['B', 'x y', '2:7', 9], ['C', 'p q', '2:15', 17], ['D', 'a b', '2:23', 25], ['E', null, '2:30', null]]);
    // Bare names only: declarations without defaults (not A="B C").
    expect(props('ARG A B C')).toEqual([['A', null, '2:5', null], ['B', null, '2:7', null], ['C', null, '2:9', null]]);
    expect(props('ARG A')).toEqual([['A', null, '2:5', null]]);
    expect(props('ARG A=1 B')).toEqual([['A', '1', '2:5', 7], ['B', null, '2:9', null]]);
    // Across a continuation line.
    expect(props('ARG REGISTRY \\\n  TAG=latest')).toEqual([['REGISTRY', null, '2:5', null], ['TAG', 'latest', '3:3', 7]]);
    // ENV keeps its legacy form: `ENV K V W=1` sets K to `V W=1`.
    expect(props('ENV K V W=1')).toEqual([['K', 'V W=1', '2:5', 7]]);
    // Global ARGs too, for FROM.
    const d = parseDockerfile('Dockerfile', 'ARG REGISTRY TAG=latest\nFROM python:${TAG}\n');
    expect([...d.globalArgs]).toEqual([['REGISTRY', null], ['TAG', 'latest']]);
    expect(d.final!.from.image).toBe('python:latest');
    expect(d.problems).toEqual([]);
  });

  it('reads the ENV/ARG an ONBUILD registers as its trigger, where it is written', () => {
    const ins = parseDockerfile('Dockerfile', 'FROM alpine:3.19\nONBUILD ENV A=1 B="x y"\n  onbuild arg C D=2\nONBUILD RUN make\n').final!.instructions;
    expect(ins.map((i) => i.trigger && [i.trigger.keyword, i.trigger.properties.map((p) => [p.name, p.value, `${p.line}:${p.column}`])])).toEqual([
      ['ENV', [['A', '1', '2:13'], ['B', 'x y', '2:17']]], ['ARG', [['C', null, '3:15'], ['D', '2', '3:17']]], undefined,
    ]);
    expect(ins.map((i) => i.keyword)).toEqual(['ONBUILD', 'ONBUILD', 'ONBUILD']);
  });

  it('keeps line numbers across continuations, heredocs, CRLF and BOM', () => {
    const d = parseDockerfile('Dockerfile', '\uFEFFFROM alpine:3\r\nRUN apk add \\\r\n  curl\r\nRUN <<EOF\r\necho hi\r\nEOF\r\nUSER 1000\r\n');
    expect(d.final!.instructions.map((i) => `${i.keyword}@${i.line}`)).toEqual(['RUN@2', 'RUN@4', 'USER@7']);
    expect(d.final!.instructions[0]!.args).toContain('curl');
  });

  it('a here-document on a file descriptor (RUN 5<<EOF, moby/buildkit\'s own examples) is a heredoc, not instructions', () => {
    const d = parseDockerfile('Dockerfile', '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN 5<<EOF cat /proc/self/fd/5 > file.txt\nthis is the file\nEOF\nRUN cat /proc/self/fd/5 /proc/self/fd/6 5<<FILE1 6<<-"FILE2" > both.txt\nfirst\nFILE1\nsecond\nFILE2\nRUN echo $((1<<3))\nUSER 1000\n');
    expect(d.problems).toEqual([]);
    expect(d.final!.instructions.map((i) => `${i.keyword}@${i.line}`)).toEqual(['RUN@3', 'RUN@6', 'RUN@11', 'USER@12']);
    // Not a heredoc to BuildKit either: `cat<<EOF` is one word, so its body is no instruction.
    expect(parseDockerfile('Dockerfile', 'FROM alpine:3.20\nRUN cat<<EOF\nbody\nEOF\n').problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it('QA21 dockerparse: `<< EOF` with a space is a heredoc too (BuildKit parser_heredoc_test.go: `RUN <<  EOF  > foo`, `<<- EOF`)', () => {
    const d = parseDockerfile('Dockerfile', 'FROM alpine:3.20\nRUN cat << EOF > /etc/motd\nwelcome\nEOF\nRUN <<- \'EOT\' sh\r\n\techo hi\r\n\tEOT\r\nCOPY <<  CONF /etc/app.conf\nUSER root\nCONF\nRUN echo $((1 << 3)) && cat <<< x\nUSER 1000\n');
    expect(d.problems).toEqual([]);
    expect(d.final!.instructions.map((i) => `${i.keyword}@${i.line}`)).toEqual(['RUN@2', 'RUN@5', 'COPY@8', 'RUN@11', 'USER@12']);
    expect(d.final!.instructions[0]!.args).toContain('welcome');
    // `<<eo'f'` and `<<EO"F"`: a quoted part names the heredoc `eof`/`EOF` (not expanded); the file goes on after it.
    const q = parseDockerfile('Dockerfile', 'FROM alpine:3.20\nRUN <<eo\'f\'\necho foo\neof\nRUN python3 <<EO"F"\nprint(1)\nEOF\nUSER root\n');
    expect(q.problems).toEqual([]);
    expect(q.final!.instructions.map((i) => `${i.keyword}@${i.line}`)).toEqual(['RUN@2', 'RUN@5', 'USER@8']);
  });

  it('parses ENV properties in both syntaxes', () => {
    const d = parseDockerfile('Dockerfile', 'FROM a\nENV A=1 B="two words"\nENV C 3\n');
    expect(d.final!.instructions.flatMap((i) => i.properties.map((p) => `${p.name}=${p.value}@${p.line}`))).toEqual(['A=1@2', 'B=two words@2', 'C=3@3']);
  });

  it('QA ua/ud/ub/uc/yg: what Docker refuses to build is a problem, at its line, never quoting a line that is no instruction', () => {
    const problem = (t: string) => parseDockerfile('Dockerfile', t).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(problem('FROM alpine:3.19\nRUNN apk add curl\n')).toEqual(['2:1 line 2 is not a Dockerfile instruction (did you mean RUN?): Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYzQ2x4vT9LmNa\n')).toEqual(['2:1 line 2 is not a Dockerfile instruction: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\n<<<<<<< HEAD\nUSER 1000\n=======\nUSER root\n>>>>>>> feature\n')[0]).toBe('2:1 line 2 is a git merge-conflict marker (resolve the conflict): Docker refuses to build it');
    expect(problem('FROM alpine:3.19 AS\nUSER 1000\n')).toEqual(['1:1 FROM ends with AS but names no stage: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19 AS a b\n')).toEqual(['1:1 FROM takes an image and optionally AS <name>, nothing more: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nUSER 1000 2000\n')).toEqual(['2:1 USER names more than one user (it takes one user[:group]): Docker refuses to build it']);
    // BuildKit takes the whole rest of the line for the user: the build goes on, the container does not start (QA parity round).
    expect(problem('FROM alpine:3.19\nUSER root # temporarily\n')).toEqual([expect.stringMatching(/^2:1 USER 'root # temporarily' holds a trailing comment, which Dockerfiles do not have: .*does not exist/)]);
    expect(problem('FROM alpine:3.19\nUSER ${\n')).toEqual(['2:1 USER opens a ${ without its closing }: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nENV =\n')).toEqual(['2:1 ENV sets a variable without a name: Docker refuses to build it']);
    expect(problem('ARG =x\nFROM alpine:3.19\n')).toEqual(['1:1 ARG sets a variable without a name: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nENV A\n')).toEqual(['2:1 ENV names a variable without a value (ENV NAME=value): Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nUSER 1000\nHEALTHCHECK\n')).toEqual(['3:1 HEALTHCHECK names neither CMD nor NONE: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nHEALTHCHECK --interval=5s\n')).toEqual(['2:1 HEALTHCHECK names neither CMD nor NONE: Docker refuses to build it']);
    // QA21: BuildKit's "Missing command after HEALTHCHECK CMD" and "HEALTHCHECK NONE takes no arguments".
    expect(problem('FROM alpine:3.19\nHEALTHCHECK --interval=30s CMD\n')).toEqual(['2:1 HEALTHCHECK CMD names no command: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nHEALTHCHECK NONE CMD true\n')).toEqual(['2:1 HEALTHCHECK NONE takes no arguments: Docker refuses to build it']);
    // What Docker builds stays quiet: flags, lowercase, legacy ENV, empty values, single-quoted `${`, escapes.
    expect(problem("FROM --platform=$P alpine:3.19 as base\nhealthcheck --interval=5s CMD true\nHEALTHCHECK none\nENV A= B=2\nENV C 3\nENV D='${'\nARG E\nUSER \"${E:-1000}\"\nWORKDIR /app\nFROM base\n")).toEqual([]);
  });

  it('QA21 dockerparse: what BuildKit\'s own corpus (instructions/parse_test.go, testfiles-negative) refuses is a problem', () => {
    const problem = (t: string) => parseDockerfile('Dockerfile', t).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    // TestCommandsExactlyOneArgument / TestCommandsAtLeastOneArgument: the instruction alone.
    for (const k of ['MAINTAINER', 'WORKDIR', 'STOPSIGNAL', 'ENV', 'LABEL', 'ONBUILD', 'EXPOSE', 'VOLUME']) {
      expect(problem(`FROM alpine:3.19\n${k}\nUSER 1000\n`)).toEqual([`2:1 ${k} takes an argument but has none: Docker refuses to build it`]);
    }
    // TestCommandsNoDestinationArgument, and copyEmptyWhitespace (`COPY` alone, the next lines no instruction): the COPY comes first.
    expect(problem('FROM alpine:3.19\nCOPY app.py\n')).toEqual(['2:1 COPY needs a source and a destination (COPY <src>... <dest>): Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nADD --chown=1000 ["app.py"]\n')).toEqual(['2:1 ADD needs a source and a destination (ADD <src>... <dest>): Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nCOPY\t\n\t\tquux \\\n      bar')[0]).toBe('2:1 COPY needs a source and a destination (COPY <src>... <dest>): Docker refuses to build it');
    // TestErrorCases: forbidden ONBUILD triggers.
    expect(problem('FROM alpine:3.19\nONBUILD FROM scratch\n')).toEqual(['2:1 ONBUILD FROM is not allowed as a trigger: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nonbuild onbuild RUN touch foobar\n')).toEqual(['2:1 ONBUILD ONBUILD is not allowed as a trigger: Docker refuses to build it']);
    // testfiles-negative/shykes-nested-json: "JSON arrays must contain only strings"; LABEL like ENV needs its value.
    expect(problem('FROM alpine:3.19\nCMD [ "echo", [ "nested json" ] ]\n')).toEqual(['2:1 CMD is a JSON array of something other than strings: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nENTRYPOINT ["node", 1]\n')).toEqual(['2:1 ENTRYPOINT is a JSON array of something other than strings: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nLABEL =arg2\n')).toEqual(['2:1 LABEL sets a label without a name: Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nLABEL version\n')).toEqual(['2:1 LABEL names a label without a value (LABEL name=value): Docker refuses to build it']);
    // SHELL takes only the JSON form.
    expect(problem('FROM alpine:3.19\nSHELL /bin/bash -c\n')).toEqual(['2:1 SHELL must be a JSON array (SHELL ["/bin/bash", "-c"]): Docker refuses to build it']);
    // What BuildKit builds stays quiet: its own positive testfiles (flags, JSON oddities, heredocs, legacy forms).
    expect(problem('FROM alpine:3.19\nCOPY --from=build --chown=1000:1000 /app /app\nCOPY [ "test file", "/tmp" ]\nADD\t\t.\t/\nCOPY <<EOF /etc/x\nbody\nEOF\nLABEL maintainer Erik Hollensbe <erik@hollensbe.org>\nLABEL a=1 b=\nCMD []\nCMD [\t"a",\t"b"\t]\t\nCMD [\'echo\',\'single quotes are invalid JSON\']\nENTRYPOINT [ "/usr/bin/redis-server" ]\nONBUILD RUN ["echo", "test"]\nONBUILD COPY . /\nVOLUME ["/test", "/test2"]\nVOLUME /test3\nEXPOSE 9000 5000 6000\nSHELL ["powershell", "-Command"]\nSTOPSIGNAL SIGTERM\nWORKDIR /app\n')).toEqual([]);
  });

  it('fuzz counterexample: a FROM continued onto a `\\# escape=` line parses without throwing (dockerfile-ast\'s getHeredocs throws on it)', () => {
    expect(() => parseDockerfile('Dockerfile', 'FROM  \\\n\\# escape=`\n')).not.toThrow();
  });

  it('QA22 docker: a here-document no line closes is BuildKit\'s "unterminated heredoc" (it would swallow the USER after it)', () => {
    const problem = (t: string) => parseDockerfile('Dockerfile', t).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(problem('FROM python:3.12-slim\nRUN <<EOF\npip install -r requirements.txt\nUSER 10001\n')).toEqual(['2:1 RUN opens the here-document <<EOF, but no line EOF closes it (everything after it would be its body): Docker refuses to build it']);
    expect(problem("FROM python:3.12-slim\nCOPY <<'CONF' /etc/app.conf\nkey=value\nEOF\n")).toEqual([expect.stringMatching(/^2:1 COPY opens the here-document <<CONF, but no line CONF closes it/)]);
    // The terminator must be the whole line: BuildKit trims only the line ending (`EOF  ` closes nothing).
    expect(problem('FROM python:3.12-slim\nRUN cat << EOF > /etc/motd\nhello\nEOF  \n')).toHaveLength(1);
    // Closed ones (CRLF, `<<-` with tabs, quoted names) and `<<` inside a quoted string are fine.
    expect(problem('FROM python:3.12-slim\r\nRUN <<EOF\r\necho hi\r\nEOF\r\nRUN <<-"END"\n\techo\n\tEND\nRUN echo "a <<EOF b"\nUSER 10001\n')).toEqual([]);
    // `<<EOF` inside a quoted word opens nothing: the USER after it is an instruction (dockerfile-ast alone swallowed it).
    const quoted = parseDockerfile('Dockerfile', 'FROM python:3.12-slim\nRUN echo "use <<EOF in scripts" > /notes && sed -i \'s/<<-END/x/\' /notes\nUSER 10001\nHEALTHCHECK NONE\n');
    expect(quoted.final!.instructions.map((i) => `${i.keyword}@${i.line}`)).toEqual(['RUN@2', 'USER@3', 'HEALTHCHECK@4']);
  });

  it('QA qa/qb/qc: a quoted USER is the unquoted value, as BuildKit expands it', () => {
    const vars = new Map<string, string | null>([['APP_UID', '0'], ['NONE', null]]);
    expect(expandWord('"root"', vars)).toBe('root');
    expect(expandWord("'root'", vars)).toBe('root');
    expect(expandWord('"${APP_UID}:${APP_UID}"', vars)).toBe('0:0');
    expect(expandWord("'${APP_UID}'", vars)).toBe('${APP_UID}');
    expect(expandWord('app"${APP_UID}"x', vars)).toBe('app0x');
    expect(expandWord('"$NONE"', vars)).toBeNull();
  });

  it('never throws on garbage', () => {
    for (const t of ['', 'FROM', '\\\n\\', 'RUN <<EOF\n', '{}[]', 'FROM a AS', 'ARG ${']) expect(() => parseDockerfile('D', t)).not.toThrow();
  });
});

describe('image references', () => {
  it.each([
    ['python', { name: 'python', tag: null, digest: null }],
    ['python:3.12', { name: 'python', tag: '3.12', digest: null }],
    ['registry:5000/team/app', { name: 'registry:5000/team/app', tag: null, digest: null }],
    ['registry:5000/app:1.2', { name: 'registry:5000/app', tag: '1.2', digest: null }],
    ['node:latest@sha256:abc', { name: 'node', tag: 'latest', digest: 'sha256:abc' }],
  ])('%s', (ref, want) => expect(parseImageRef(ref)).toEqual(want));

  it('substitutes ${VAR:-default} and reports unknown variables', () => {
    const vars = new Map<string, string | null>([['A', '1'], ['E', '']]);
    expect(substitute('x:${A}', vars)).toBe('x:1');
    expect(substitute('x:${B:-2}', vars)).toBe('x:2');
    expect(substitute('x:${E:-3}', vars)).toBe('x:3');
    expect(substitute('x:$B', vars)).toBeNull();
  });
});

describe('suppressions', () => {
  it('finds whole-line and trailing comments; trailing ones are not comments in Dockerfiles and .env', () => {
    const py = findSuppressions('app.py', '# preflight-ignore debug-mode: local only\nDEBUG = True  # preflight-ignore cors-wildcard, debug-mode until 2027-01-31: x\n');
    expect(py.map((s) => [s.line, s.ids, s.until, s.wholeLine])).toEqual([[1, ['debug-mode'], null, true], [2, ['cors-wildcard', 'debug-mode'], '2027-01-31', false]]);
    expect(findSuppressions('Dockerfile', 'FROM a # preflight-ignore image-tag-pinned\n')).toEqual([]);
    expect(findSuppressions('.env.production', 'A=1 # preflight-ignore x\n')).toEqual([]);
    expect(findSuppressions('nginx.conf', '  add_header X 1; # preflight-ignore cors-wildcard: ok\n')).toHaveLength(1);
    expect(findSuppressions('a.ts', '// preflight-ignore cors-wildcard: internal API\n')[0]!.reason).toBe('internal API');
    // A line that mentions the marker before the real one: the marker whose tail parses counts.
    const two = findSuppressions('app.py', '# preflight-ignore is how to mute: # preflight-ignore debug-mode: reason\n');
    expect(two.map((s) => [s.column, s.ids, s.reason])).toEqual([[36, ['debug-mode'], 'reason']]);
  });
});

describe('QA25 D3: a trailing comment on an instruction is named as the cause', () => {
  const problem = (t: string) => parseDockerfile('Dockerfile', t).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  it('ENV/LABEL NAME=value # …: the # is a pair without =; FROM image # …: more arguments; a preflight-ignore there suppresses nothing', () => {
    expect(problem('FROM python:3.12-slim\nENV FLASK_DEBUG=1 # preflight-ignore debug-mode: only used behind VPN\n')).toEqual([
      "2:1 ENV ends in '# preflight-ignore debug-mode: only used behind VPN', a trailing comment, which Dockerfiles do not have: Docker reads its words as NAME=value pairs, and '#' has no =, so it refuses to build it; put the comment on its own line; the preflight-ignore in it suppresses nothing there: a Dockerfile suppression goes on a line of its own before the instruction",
    ]);
    expect(problem('FROM alpine:3.19\nLABEL org.opencontainers.image.version=1.2 #release\n')).toEqual([
      "2:1 LABEL ends in '#release', a trailing comment, which Dockerfiles do not have: Docker reads its words as NAME=value pairs, and '#release' has no =, so it refuses to build it; put the comment on its own line",
    ]);
    expect(problem('FROM python:latest AS base # preflight-ignore image-tag-pinned: ok\n')).toEqual([
      expect.stringMatching(/^1:1 FROM ends in '# preflight-ignore image-tag-pinned: ok', a trailing comment, which Dockerfiles do not have: Docker reads its words as more arguments to FROM, so it refuses to build it; put the comment on its own line; the preflight-ignore in it suppresses nothing there/),
    ]);
    expect(problem('FROM alpine:3.19\nUSER root # preflight-ignore dockerfile-non-root: port 80\n')).toEqual([expect.stringMatching(/put the comment on its own line; the preflight-ignore in it suppresses nothing there/)]);
    // A blank inside a NAME=value word: the word after it is named; a lone name keeps its message; the legacy form takes the rest of the line.
    expect(problem('FROM alpine:3.19\nENV X=${X:?set X}\n')).toEqual(["2:1 ENV word 'X}' is not NAME=value (in the NAME=value form every word is one: a value with blanks needs quotes, ENV NAME=\"a b\"): Docker refuses to build it"]);
    // After a secret-sounding name the loose word is the rest of the secret: not quoted back.
    expect(problem('FROM alpine:3.19\nENV API_TOKEN=Zq8mLx2V t7Rp4Kw9\n')).toEqual(["2:1 ENV word after API_TOKEN=… is not NAME=value (in the NAME=value form every word is one: a value with blanks needs quotes, ENV NAME=\"a b\"): Docker refuses to build it"]);
    expect(problem('FROM alpine:3.19\nENV A\n')).toEqual(['2:1 ENV names a variable without a value (ENV NAME=value): Docker refuses to build it']);
    expect(problem('FROM alpine:3.19\nENV FLASK_DEBUG 1 # TODO\nENV A=a#b\nLABEL maintainer Jane # ops\n')).toEqual([]);
  });
  it('trailingComment finds a # after a blank (or at the start), linearly', () => {
    expect(trailingComment('1 # TODO')).toEqual({ before: '1', comment: '# TODO' });
    expect(trailingComment('development\t\t#x')).toEqual({ before: 'development', comment: '#x' });
    expect(trailingComment('#x')).toEqual({ before: '', comment: '#x' });
    expect(trailingComment('a#b')).toBeNull();
    const started = Date.now();
    expect(trailingComment(`a${' '.repeat(200_000)}b`)).toBeNull();
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('QA28 envimages D3: an image reference Docker refuses is a parse problem at the image', () => {
  const problems = (text: string) => parseDockerfile('Dockerfile', text).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  it('two tags (invalid reference format) and upper case in the repository name (must be lowercase)', () => {
    expect(problems('FROM node:20:alpine AS a\nUSER 1000\n')).toEqual([`1:6 FROM image 'node:20:alpine' is not a valid image reference ([registry/]name[:tag][@digest], one tag, lower-case name): Docker refuses to build it`]);
    expect(problems('FROM python:3.12-slim AS a\nFROM Python:3.12 AS b\n')).toEqual([`2:6 FROM image 'Python:3.12' has upper case in its repository name 'Python', which must be lowercase ('python'): Docker refuses to build it`]);
    expect(problems('FROM --platform=linux/amd64 Ubuntu:22.04\n')).toEqual([expect.stringMatching(/^1:29 FROM image 'Ubuntu:22\.04' has upper case .*'ubuntu'/)]);
    for (const bad of ['python:', 'python@', 'python:3.12@sha256:abc', 'ghcr.io/Owner/app:1', 'my-app-:1', 'python:3.12:slim']) expect(imageRefProblem(bad), bad).not.toBeNull();
    // The repository's name also in the registry host: lowered where it is written, still the upper-case mistake.
    expect(imageRefProblem('Ab.io/Ab:1')).toBe(`image 'Ab.io/Ab:1' has upper case in its repository name 'Ab', which must be lowercase ('ab')`);
    expect(imageRefProblem('Team/Team')).toMatch(/has upper case in its repository name 'Team'/);
  });

  it('what Docker accepts stays fine: registry ports, digests, --platform, upper-case tags and registry hosts, variables, stage names in any case', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    for (const good of ['localhost:5000/app:1', 'registry.example.com:5000/team/app', `python:3.12@${digest}`, `app@${digest}`, 'node:20-Alpine', 'MyRegistry.io/app:1', '[::1]:5000/app', 'gcr.io/distroless/python3-debian12:nonroot', 'my_app', 'my__app', 'a-b--c/x.y', 'scratch', 'mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022']) expect(imageRefProblem(good), good).toBeNull();
    expect(problems(`FROM --platform=$BUILDPLATFORM golang:1.22 AS Builder\nFROM builder AS Test\nFROM TEST\nFROM BUILDER\nFROM scratch\nUSER 1000\n`)).toEqual([]);
    // A reference from variables is not judged (a --build-arg may set them; an unresolved one is reported as unverifiable elsewhere).
    expect(problems('ARG BASE\nARG REG\nARG TAG\nFROM ${BASE}\nFROM $REG/app:${TAG}\nFROM python:${TAG:-3.12}\nUSER 1000\n')).toEqual([]);
    expect(problems('ARG BASE=Python:3.12\nFROM $BASE\nUSER 1000\n')).toEqual([]);
  });
});

describe('QA33 dockerfile4 D1: here-documents of COPY/ADD/RUN', () => {
  it('keeps each body (tabs stripped for <<-, CRLF trimmed) and leaves the bodies out of a COPY\'s sources', () => {
    const d = parseDockerfile('Dockerfile', 'FROM alpine:3.20\r\nCOPY --chmod=755 <<EOF /start.sh\r\n#!/bin/sh\r\nexec x\r\nEOF\r\nCOPY <<-\'END\' <<b.txt /dir/\n\tone\n\tEND\nB\nb.txt\nRUN cat > /x <<EOF\nhi\nEOF\nUSER 1\n');
    const [copy, copy2, run] = d.final!.instructions;
    expect(copy!.argv).toEqual(['<<EOF', '/start.sh']);
    expect(copy!.flags['chmod']).toBe('755');
    expect(copy!.heredocs).toEqual([{ name: 'EOF', strip: false, line: 3, text: '#!/bin/sh\nexec x' }]);
    expect(copy2!.argv).toEqual(["<<-'END'", '<<b.txt', '/dir/']);
    expect(copy2!.heredocs!.map((h) => [h.name, h.strip, h.line, h.text])).toEqual([['END', true, 7, 'one'], ['b.txt', false, 9, 'B']]);
    expect(run!.heredocs!.map((h) => h.text)).toEqual(['hi']);
    expect(d.final!.instructions.at(-1)!.keyword).toBe('USER');
    expect(d.problems).toEqual([]);
  });
});
