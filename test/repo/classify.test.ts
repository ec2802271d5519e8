import { describe, expect, it } from 'vitest';
import { filesEndingIn, hasDevWord, isEnvFile, joinPath } from '../../src/repo/classify.js';

describe('joinPath', () => {
  it('resolves inside the repository and says null when a path climbs out', () => {
    expect(joinPath('deploy', '../app/./Dockerfile')).toBe('app/Dockerfile');
    expect(joinPath('deploy', '..')).toBe('');
    expect(joinPath('', '.')).toBe('');
    expect(joinPath('deploy', '../../elsewhere')).toBeNull();
    expect(joinPath('', '../x')).toBeNull();
  });
});

describe('compose and development-only file names', () => {
  it('recognises compose files by their usual names', async () => {
    const { isComposeFile } = await import('../../src/repo/classify.js');
    for (const f of ['docker-compose.yml', 'compose.yaml', 'deploy/docker-compose.prod.yml', 'docker-compose-dev.yml', 'dev.docker-compose.yml']) expect(isComposeFile(f), f).toBe(true);
    for (const f of ['compose-config.yaml', 'docker-compose.md', 'my-compose.yml']) expect(isComposeFile(f), f).toBe(false);
  });
  it('classifies CI, end-to-end, integration and debug files as development-only, not staging or production', async () => {
    const { isDevOnly } = await import('../../src/repo/classify.js');
    const dev = ['docker-compose.ci.yml', 'docker-compose.e2e.yml', 'compose.debug.yaml', 'docker-compose.testing.yml', 'docker-compose.integration.yml', 'docker-compose-dev.yml', 'dev.docker-compose.yml',
      'docker-compose.override.yml', 'Dockerfile.ci', 'Dockerfile.e2e', 'debug.Dockerfile', '.env.ci', '.env.testing', 'local.yml', 'dev.yml', 'docs.yml', 'deploy/Local.yaml'];
    for (const f of dev) expect(isDevOnly(f), f).toBe(true);
    for (const f of ['docker-compose.yml', 'docker-compose.staging.yml', 'docker-compose.prod.yml', 'docker-compose-prod.yml', 'compose.release.yaml', 'Dockerfile', 'Dockerfile.prod', '.env.production', 'docker-compose.cilium.yml', 'production.yml', 'staging.yml', 'locale.yml', 'dev-tools.yml']) expect(isDevOnly(f), f).toBe(false);
  });
  it('QA34 iac3 D3: Terraform variable files named for development are development-only; *.auto.tfvars (loaded on every run) are not', async () => {
    const { isDevOnly } = await import('../../src/repo/classify.js');
    for (const f of ['dev.tfvars', 'development.tfvars', 'local.tfvars', 'terraform.dev.tfvars', 'vars/dev.tfvars', 'infra/app.local.tfvars.json', 'ci.tfvars']) expect(isDevOnly(f), f).toBe(true);
    for (const f of ['prod.tfvars', 'terraform.tfvars', 'staging.tfvars', 'dev.auto.tfvars', 'devops.tfvars', 'development.tf', 'dev.tf']) expect(isDevOnly(f), f).toBe(false);
  });
});

describe('isEnvFile: names with a newline', () => {
  it('prod\\nsecrets.env is an env file (the name used to hide it); .env-like names without the suffix are not', () => {
    expect(isEnvFile('deploy/prod\nsecrets.env')).toBe(true);
    expect(isEnvFile('deploy/evil\n::error file=x::pwn.env')).toBe(true);
    expect(isEnvFile('x.env')).toBe(true);
    expect(isEnvFile('.env')).toBe(true);
    expect(isEnvFile('environment.ts')).toBe(false);
    expect(isEnvFile('..env')).toBe(false);
  });
  it('names in another case are env files (QA33 crlf D1); lookalikes are not', () => {
    for (const f of ['.ENV', '.Env', 'api/.Env.Production', '.ENV.local', 'deploy/DB.ENV', 'docker.Env']) expect(isEnvFile(f), f).toBe(true);
    for (const f of ['.ENVRC', 'ENV', 'environment.TS', '..ENV', 'src/Env.py']) expect(isEnvFile(f), f).toBe(false);
  });
});

describe('test folders', () => {
  it('.NET test projects (<Project>.Tests/, .UnitTests/, .IntegrationTests/) are test folders; projects merely named like it are not (QA stop 18)', async () => {
    const { isTestFile } = await import('../../src/repo/classify.js');
    for (const f of ['WebApi.Tests/AuthTests.cs', 'src/Api.UnitTests/CorsTests.cs', 'src/Api.IntegrationTests/Startup.cs', 'tests/Api.Test/x.cs', 'Shop.Specs/Steps.cs']) expect(isTestFile(f), f).toBe(true);
    for (const f of ['src/Api/Program.cs', 'src/Api.Testing.Tools.Core/x.cs', 'src/Contests/App.cs', 'Latest/app.cs']) expect(isTestFile(f), f).toBe(false);
  });
  it('Jest snapshot folders (__snapshots__/X.test.tsx.snap) are test folders (QA real-world secrets)', async () => {
    const { isTestFile } = await import('../../src/repo/classify.js');
    for (const f of ['src/components/__snapshots__/Login.test.tsx.snap', '__snapshots__/api.spec.ts.snap']) expect(isTestFile(f), f).toBe(true);
    expect(isTestFile('src/snapshots/restore.ts')).toBe(false);
  });
  it("Jest __fixtures__/ folders and test helper folders (test-utils/, testutil/) are test folders; playwright/ and names that merely contain the words are not (QA25 node D1)", async () => {
    const { isTestFile, isTestDockerfile } = await import('../../src/repo/classify.js');
    for (const f of ['src/__fixtures__/app/Dockerfile', 'src/__fixtures__/docker-compose.yml', '__fixtures__/server.js', 'test-utils/server.js', 'packages/web/test_utils/render.tsx',
      'internal/testutil/db.go', 'src/testutils/cors.ts', 'test-helpers/app.js', 'spec/test_helpers/x.rb']) expect(isTestFile(f), f).toBe(true);
    expect(isTestDockerfile('src/__fixtures__/app/Dockerfile')).toBe(true);
    // A browser-automation service is deployed under such names; a `utils/` or `fixtures-api/` folder is the application's.
    for (const f of ['playwright/server.ts', 'services/playwright/Dockerfile', 'puppeteer/index.js', 'src/utils/cors.ts', 'src/latest-utils/x.ts', 'src/fixtures-api/server.js', 'src/__fixtures/x.js']) expect(isTestFile(f), f).toBe(false);
  });
});

describe('illustration folders (QA-P A5)', () => {
  it('examples/, samples/ and docs/ folders are classified like test folders (not singular example/, sample/); names that merely contain the words, JVM packages (com/example/) and other cases are not', async () => {
    const { isTestFile } = await import('../../src/repo/classify.js');
    for (const f of ['examples/auth/index.js', 'docs/examples/docker-compose.yml', 'content/en/examples/application/mysql/mysql-deployment.yaml', 'samples/k8s/deploy.yaml', 'packages/x/docs/compose.yaml']) expect(isTestFile(f), f).toBe(true);
    // Singular: often the application itself (awesome-compose's Django project app/example/).
    for (const f of ['app/example/settings.py', 'example/main.go', 'sample/app.py']) expect(isTestFile(f), f).toBe(false);
    for (const f of ['docs-site/docker-compose.yml', 'myexamples/app.py', 'src/examples.py', 'doc/compose.yaml', 'deploy/docker-compose.yml', 'src/docs.ts',
      // JVM package trees: Spring Initializr's com.example is the application's package.
      'src/main/java/com/example/api/CorsConfig.java', 'app/src/main/kotlin/com/example/App.kt', 'src/Examples/Foo.php']) expect(isTestFile(f), f).toBe(false);
  });

  it('a JVM package named examples/docs/samples is the application; an examples/ folder above a JVM source tree is an illustration (QA30 jvm2 D1)', async () => {
    const { isTestFile, isTestDockerfile } = await import('../../src/repo/classify.js');
    for (const f of ['examples/petclinic/src/main/java/org/acme/petclinic/WebConfig.java', 'examples/spring-demo/src/main/java/demo/Cfg.java',
      'samples/ktor/src/main/kotlin/com/acme/App.kt', 'docs/snippets/src/main/java/com/acme/Cors.java', 'examples/java/src/main/java/org/apache/beam/examples/WordCount.java',
      'examples/java/Server.java', 'java/examples/src/main/java/io/grpc/Hello.java', 'modules/x/examples/app/src/test/java/com/acme/ItTest.java']) expect(isTestFile(f), f).toBe(true);
    for (const f of ['src/main/java/com/acme/examples/ExamplesController.java', 'src/main/java/com/acme/docs/DocsController.java', 'api/src/main/kotlin/io/acme/samples/Samples.kt',
      'java/com/acme/docs/DocsService.java', 'src/main/scala/com/acme/examples/Routes.scala']) expect(isTestFile(f), f).toBe(false);
    expect(isTestDockerfile('examples/petclinic/src/main/java/Dockerfile')).toBe(true);
    expect(isTestDockerfile('src/main/java/com/acme/examples/Dockerfile')).toBe(false);
  });

  it('classifies paths by their place under the scanned folder (--dir examples/app judges that app as a project)', async () => {
    const { classifyUnder, isTestFile, isTestDockerfile, isDevOnly } = await import('../../src/repo/classify.js');
    try {
      expect(isTestDockerfile('examples/app/Dockerfile')).toBe(true);
      expect(isTestFile('test/fixtures/site/app.py')).toBe(true);
      classifyUnder('examples/app');
      expect(isTestDockerfile('examples/app/Dockerfile')).toBe(false);
      expect(isTestFile('examples/app/config.py')).toBe(false);
      // Still classified below the scanned folder, and a sibling prefix is not the folder.
      expect(isTestFile('examples/app/tests/test_api.py')).toBe(true);
      expect(isDevOnly('examples/app/dev/Dockerfile')).toBe(true);
      expect(isTestFile('examples/app2/config.py')).toBe(true);
      classifyUnder('test/fixtures/site');
      expect(isTestFile('test/fixtures/site/app.py')).toBe(false);
      expect(isDevOnly('local/x/app.py')).toBe(true);
      classifyUnder('local');
      expect(isDevOnly('local/x/app.py')).toBe(false);
    } finally {
      classifyUnder('');
    }
    expect(isTestDockerfile('examples/app/Dockerfile')).toBe(true);
  });
});

describe('hasDevWord', () => {
  it('says whether a part of a name (split at -, _ and .) names development, tests or CI', () => {
    for (const name of ['dev', 'Development', 'dev-envs', 'application.local', 'e2e_tests', 'ci', 'build.debug', 'staging-test']) expect(hasDevWord(name), name).toBe(true);
    // Words that only contain one (`devops`, `latest`), production names and the empty name are not.
    for (const name of ['prod', 'production', 'devops', 'latest', 'contest', 'release-candidate', 'staging', '']) expect(hasDevWord(name), name).toBe(false);
  });
});

describe('isTemplate: example domains are site names, not template markers (QA31 tlsconf D1)', () => {
  it('reads `.example`/`example.` as a template marker except where a top-level domain follows', async () => {
    const { isTemplate } = await import('../../src/repo/classify.js');
    for (const f of ['.env.example', 'example.env', '.env.example.local', 'config.example.yml', 'settings.sample.py', 'nginx/app.conf.template', 'app.dist.json', 'sample.config.json', 'docker-compose.example.yml', 'app.conf.sample', 'deploy/.env.example.production']) {
      expect(isTemplate(f), f).toBe(true);
    }
    for (const f of ['nginx/www.example.org.conf', 'nginx/api.example.com.conf', 'traefik/shop.example.com.yml', 'sites-available/example.com', 'nginx/example.com.conf', 'conf.d/example.co.uk.conf', 'nginx/app.conf']) {
      expect(isTemplate(f), f).toBe(false);
    }
  });
});

describe('isTemplate: a template variant named like an environment is still a template', () => {
  it('does not read `.example.dev`, `.sample.test`, `.example.app` or a dotfile as an example domain', async () => {
    const { isTemplate } = await import('../../src/repo/classify.js');
    for (const f of ['.env.example.dev', '.env.sample.test', 'config.example.dev.yml', 'settings.example.app.json', '.env.example.de', 'example.dev.env']) {
      expect(isTemplate(f), f).toBe(true);
    }
    for (const f of ['nginx/www.example.org.conf', 'sites-available/example.com']) expect(isTemplate(f), f).toBe(false);
  });
});

describe('path facts kept for the last path only (a scan worker)', () => {
  it('answers as when every path is remembered, whatever the order of the questions', async () => {
    const { isDevOnly, isTemplate, isTestFile, rememberPathFacts } = await import('../../src/repo/classify.js');
    const { isCodeFile } = await import('../../src/checks/util/code.js');
    const paths = ['app/main.py', 'app/tests/test_main.py', 'web/src/index.ts', 'web/src/index.test.ts', 'deploy/dev/Dockerfile', 'config.yml.example', 'node_modules/x/index.js', 'settings/local.py', 'lib/util.go', 'README.md'];
    const facts = [isCodeFile, isTestFile, isTemplate, isDevOnly];
    // Each path asked every fact in a row (a file pass), then the facts asked path by path in another order, the
    // nested question (isCodeFile asks isTestFile) included.
    const ask = () => [...paths.flatMap((p) => facts.map((f) => f(p))), ...facts.flatMap((f) => [...paths].reverse().map((p) => f(p)))];
    const remembered = ask();
    rememberPathFacts(false);
    try {
      expect(ask()).toEqual(remembered);
      expect(ask()).toEqual(remembered);
    } finally {
      rememberPathFacts(true);
    }
    expect(ask()).toEqual(remembered);
  });
});

describe('filesEndingIn', () => {
  const files = ['deploy/app.YAML', 'src/main.py', 'k8s.d/Makefile', '.yml', 'ci/build.yml', 'conf.d/site', 'a.json', 'docs/x.yaml.md', 'b.Yml'];
  it('gives the files whose names end in one of the extensions, any case, in list order', () => {
    expect(filesEndingIn(files, 'yml', 'yaml')).toEqual(['deploy/app.YAML', '.yml', 'ci/build.yml', 'b.Yml']);
    expect(filesEndingIn(files, 'json')).toEqual(['a.json']);
    expect(filesEndingIn(files, 'md', 'json')).toEqual(['a.json', 'docs/x.yaml.md']);
  });
  it('takes the extension of the name only (a dotted folder gives none), and \'\' for a name without a dot', () => {
    expect(filesEndingIn(files, 'd/Makefile')).toEqual([]);
    expect(filesEndingIn(files, 'd/site')).toEqual([]);
    expect(filesEndingIn(files, '')).toEqual(['k8s.d/Makefile', 'conf.d/site']);
    expect(filesEndingIn(files, '', 'json')).toEqual(['k8s.d/Makefile', 'conf.d/site', 'a.json']);
    expect(filesEndingIn(files, 'toml')).toEqual([]);
    expect(filesEndingIn([], 'yml')).toEqual([]);
  });
  it('answers each list for itself', () => {
    expect(filesEndingIn(['x.yml', 'y.py'], 'yml')).toEqual(['x.yml']);
    expect(filesEndingIn(['z.yml'], 'yml')).toEqual(['z.yml']);
  });
});

describe('folder tests answer per folder, whatever was asked before', () => {
  it('gives each path its own folder\'s answer when folders of equal length and shared prefixes alternate', async () => {
    const { classifyUnder, isTestFile, isVendored, isVendoredOrGenerated } = await import('../../src/repo/classify.js');
    const cases: [string, boolean, boolean, boolean][] = [
      // path, isTestFile, isVendored, isVendoredOrGenerated
      ['tests/a.py', true, false, false],
      ['tests/b.py', true, false, false],
      ['testz/a.py', false, false, false],
      ['tests/a.py', true, false, false],
      ['src/test_b.py', true, false, false],
      ['src/conftest.py', true, false, false],
      ['src/app.py', false, false, false],
      ['src/app.min.js', false, false, true],
      ['config/test.exs', true, false, false],
      ['config/prod.exs', false, false, false],
      ['vendor/x/a.go', false, true, true],
      // (Review 47 R3: gb's `vendor/src/github.com/…` is dependencies: a root vendor/ stays out of the content scanners.)
      ['vendor/src/a.go', false, false, true],
      ['vendor/x/b.go', false, true, true],
      ['node_modules/p/spec/a.js', true, true, true],
      ['node_modules/p/a.js', false, true, true],
      ['README.md', false, false, false],
      ['docs/README.md', true, false, false],
      ['README.md', false, false, false],
      ['a\nb/tests/c.py', true, false, false],
    ];
    for (const [p, test, vendored, skipped] of cases) {
      expect(isTestFile(p), `isTestFile ${p}`).toBe(test);
      expect(isVendored(p), `isVendored ${p}`).toBe(vendored);
      expect(isVendoredOrGenerated(p), `isVendoredOrGenerated ${p}`).toBe(skipped);
    }
    // Under another scanned folder the same folder is judged again: `--dir node_modules/p` is a project of its own.
    classifyUnder('node_modules/p');
    try {
      expect(isVendored('node_modules/p/a.js')).toBe(false);
      expect(isTestFile('node_modules/p/spec/a.js')).toBe(true);
      expect(isTestFile('node_modules/p/a.js')).toBe(false);
    } finally { classifyUnder(''); }
    expect(isVendored('node_modules/p/a.js')).toBe(true);
  });
});
