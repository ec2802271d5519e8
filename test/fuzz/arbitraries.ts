import fc from 'fast-check';

/**
 * Runs per property: bounded in the normal test run, raised by `FUZZ_RUNS` (`npm run fuzz`).
 * The seed is printed by fast-check on failure; set `FUZZ_SEED` to replay one.
 */
export const RUNS = Math.max(1, Number(process.env['FUZZ_RUNS']) || 150);
export const fuzzOptions = (runs = RUNS): fc.Parameters<unknown> => ({
  numRuns: runs,
  // `npm test` is deterministic (a fixed seed: CI must not go red by chance); `npm run fuzz`
  // (FUZZ_RUNS set) explores fresh seeds; FUZZ_SEED replays one.
  ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : process.env['FUZZ_RUNS'] ? {} : { seed: 20261201 }),
});
/** Per-test timeout that grows with the number of runs. */
export const fuzzTimeout = (perRunMs = 20): number => Math.max(30_000, RUNS * perRunMs);

/** Any text: printable, control characters, lone surrogates, CR/LF/NUL, a BOM. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom('\n', '\r\n', '\r', '\0', '\uFEFF', '\t', ' ', '\\', '"', "'", '#', '$', '{', '}', '[', ']', ':', '-', '=', 'a', '1'), { maxLength: 200 }).map((a) => a.join('')),
);

/** Text assembled from fragments of `tokens`: closer to real files than uniform noise. */
export function tokenText(tokens: string[], maxLength = 80): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength }).map((a) => a.join(''));
}

const DOCKER_TOKENS = [
  'FROM ', 'from ', 'ARG ', 'ENV ', 'RUN ', 'CMD ', 'ENTRYPOINT ', 'USER ', 'HEALTHCHECK ', 'COPY ', 'ADD ', 'LABEL ', 'WORKDIR ', 'EXPOSE ', 'ONBUILD ', 'SHELL ',
  'python:3.12', 'node:latest', 'scratch', 'builder', ' AS ', ' as ', 'base', '--platform=$BUILDPLATFORM ', '--from=builder ', '--interval=5s ',
  '$X', '${X}', '${X:-d}', '${X:+a}', '${', '$', '}', 'X=1', 'X', 'PASSWORD=hunter2 ', '=', '"', "'", '[', ']', '["a", "b"]', '[1, 2]', ',',
  '\n', '\n', '\n', '\r\n', ' \\\n', '\\', '# comment\n', '# escape=`\n', '`\n', ' ', '\t', 'NONE', 'root', '0:0', '1000', '@sha256:abc', ':5000/', '/',
  '<<EOF\nhello\nEOF\n', 'CMD ["flask", "run"]\n', 'FROM builder\n', 'FROM base AS builder\n', 'FROM ${IMG}\n', 'ARG IMG=node:20\n',
];
/** Dockerfile-shaped text: keywords, flags, variables, continuations, heredocs, exec arrays. */
export const dockerfileText = fc.oneof({ weight: 4, arbitrary: tokenText(DOCKER_TOKENS, 120) }, { weight: 1, arbitrary: anyText });

const YAML_TOKENS = [
  'services:', 'web:', 'db:', 'image: ', 'nginx:latest', 'extends:', 'service: web', 'file: ./base.yml', 'file: ../../etc/passwd', 'environment:', 'ports:', '- "5432:5432"',
  'apiVersion: v1', 'apiVersion: apps/v1', 'kind: Deployment', 'kind: Pod', 'kind: CronJob', 'metadata:', 'name: x', 'spec:', 'template:', 'jobTemplate:', 'containers:', 'initContainers:', '- name: c',
  '<<: *a', '&a ', '*a', '*b', '&b ', '<<: [*a, *b]', '{', '}', '[', ']', ',', ': ', '- ', '? ', '|', '>', '!!str ', '!!binary ', '!Ref ', '%YAML 1.2\n', '---\n', '...\n', '---\n',
  '\n', '\n', '\n', '  ', '  ', '    ', '\t', '#', '"', "'", '\\', 'null', '~', '0x1F', '1e400', '.inf', 'true', 'yes', 'a', 'b', '1', '{{ .Values.x }}',
];
/** YAML-shaped text: compose and Kubernetes keys, anchors, aliases, merge keys, flow syntax, directives. */
export const yamlText = fc.oneof({ weight: 4, arbitrary: tokenText(YAML_TOKENS, 120) }, { weight: 1, arbitrary: anyText });

const ENV_TOKENS = ['export ', 'KEY', 'A_B', 'x.y', '-', '=', ' = ', '"', "'", '#', ' # c', 'value', 'sk_live_', '\n', '\n', '\r\n', ' ', '\t', '\uFEFF', '$', '${A}', '\\n'];
/** dotenv-shaped text. */
export const envText = fc.oneof({ weight: 3, arbitrary: tokenText(ENV_TOKENS, 80) }, { weight: 1, arbitrary: anyText });

const SUPPRESS_TOKENS = ['preflight-ignore', ' preflight-ignore ', '#', '//', '/*', '*/', '<!--', '-->', '--', ';', 'image-tag-pinned', 'a', 'A-1', ',', ', ', ' until ', '2027-01-31', 'soon', ':', ' reason', '\n', '\r\n', ' ', '\t', 'FROM x'];
/** Source text sprinkled with `preflight-ignore` comments of every shape. */
export const suppressText = fc.oneof({ weight: 3, arbitrary: tokenText(SUPPRESS_TOKENS, 60) }, { weight: 1, arbitrary: anyText });

/** Paths a snapshot can meet, including the odd ones. */
export const relPath = fc.oneof(
  fc.constantFrom('Dockerfile', 'Dockerfile.prod', 'api.Dockerfile', 'Containerfile', 'docker-compose.yml', 'compose.prod.yaml', 'base.yml', 'k8s/deploy.yaml', 'k8s/all.yml',
    '.env', '.env.production', 'prod.env', '.env.example', 'app.py', 'settings/prod.py', 'server.js', 'nginx.conf', 'Procfile', '.gitignore', 'README.md', 'package-lock.json'),
  fc.array(fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/).filter((s) => s !== '.' && s !== '..'), { minLength: 1, maxLength: 3 }).map((a) => a.join('/')),
);
