import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { classify, unwrap } from '../../src/checks/util/commands.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

/** What classify calls the first command of a shell line (`sh -c` split, wrappers unwrapped), or null when it is no dev server. */
const devOf = (line: string) => {
  for (const c of unwrap(['sh', '-c', line])) {
    const v = classify(c.argv);
    if (v.kind === 'dev') return v.what;
  }
  return null;
};

describe('stop 41: the dev launchers of the JVM, Clojure, PHP (FrankenPHP), Crystal, Haskell and Nim stacks', () => {
  it('judges each launcher as the existing ones are', () => {
    expect(devOf('sbt run')).toBe('sbt run');
    expect(devOf('sbt ~run')).toBe('sbt ~run');
    expect(devOf('sbt "run 9000"')).toBe('sbt run');
    expect(devOf('sbt -Dhttp.port=9000 -mem 2048 clean web/run')).toBe('sbt run');
    expect(devOf('sbt ";compile;~ run"')).toBe('sbt ~run');
    expect(devOf('lein ring server')).toBe('lein ring server');
    expect(devOf('lein with-profile production ring server-headless')).toBe('lein ring server-headless');
    expect(devOf('lein run')).toBe('lein run');
    expect(devOf('lein trampoline run -m app.main')).toBe('lein run');
    expect(devOf('lein with-profile +prod run')).toBe('lein run');
    expect(devOf('lein do clean, run')).toBe('lein run');
    expect(devOf('frankenphp php-server --watch --root public/')).toBe('frankenphp php-server --watch');
    expect(devOf('frankenphp run --config /etc/caddy/Caddyfile --watch')).toBe('frankenphp run --watch');
    expect(devOf('crystal run src/app.cr')).toBe('crystal run');
    expect(devOf('crystal src/app.cr')).toBe('crystal run');
    expect(devOf('lucky dev')).toBe('lucky dev');
    expect(devOf('stack run')).toBe('stack run');
    expect(devOf('stack --stack-yaml stack.prod.yaml run api')).toBe('stack run');
    expect(devOf('cabal run api')).toBe('cabal run');
    expect(devOf('cabal v2-run exe:api')).toBe('cabal v2-run');
    expect(devOf('nimble run')).toBe('nimble run');
    expect(devOf('ghcid --command="stack ghci"')).toBe('ghcid');
    // The existing launchers keep their verdicts (dotnet watch is read from the same list now).
    expect(devOf('dotnet watch run')).toBe('dotnet watch');
    expect(devOf('cargo run --release')).toBe('cargo run --release');
  });

  it('passes their production forms', () => {
    for (const line of [
      'sbt stage', 'sbt dist', 'sbt runProd', 'sbt "runMain db.Migrate"', 'target/universal/stage/bin/app -Dplay.http.secret.key=$SECRET',
      'lein uberjar', 'java -jar target/uberjar/app-standalone.jar', 'lein with-profile production trampoline run -m app.web $PORT',
      'lein with-profile -dev run', 'lein ring uberjar', 'lein test',
      'frankenphp run --config /etc/caddy/Caddyfile', 'frankenphp php-server --root public/', 'frankenphp php-server -w public/index.php',
      'crystal build --release src/app.cr', 'shards build --release', 'lucky db.migrate', './bin/app',
      'stack install', 'stack exec -- api', 'cabal install --installdir=/out', 'cabal build', 'nimble build -d:release',
    ]) expect(devOf(line), line).toBeNull();
  });
});

testCheck(productionServer, {
  valid: [
    { name: 'stop 41: Play staged with sbt stage runs its start script', files: {
      Dockerfile: 'FROM sbtscala/scala-sbt:eclipse-temurin-21.0.4_7_1.10.2_2.13.15 AS build\nWORKDIR /src\nCOPY . .\nRUN sbt stage\nFROM eclipse-temurin:21-jre\nCOPY --from=build /src/target/universal/stage /app\nUSER 1000\nCMD ["/app/bin/play-app", "-Dhttp.port=9000"]\n',
    } },
    { name: 'stop 41: a Leiningen uberjar, and Heroku\'s lein with-profile production trampoline run', files: {
      Dockerfile: 'FROM clojure:temurin-21-lein-2.11.2 AS build\nWORKDIR /src\nCOPY . .\nRUN lein uberjar\nFROM eclipse-temurin:21-jre\nCOPY --from=build /src/target/uberjar/app-standalone.jar /app.jar\nUSER 1000\nCMD ["java", "-jar", "/app.jar"]\n',
      Procfile: 'web: lein with-profile production trampoline run -m app.web $PORT\n',
    } },
    { name: 'stop 41: FrankenPHP without --watch, and compiled Crystal, Haskell and Nim binaries', files: {
      Dockerfile: 'FROM dunglas/frankenphp:1.3-php8.3\nCOPY . /app\nUSER 1000\nCMD ["frankenphp", "run", "--config", "/etc/caddy/Caddyfile"]\n',
      'php/Dockerfile': 'FROM dunglas/frankenphp:1.3-php8.3\nCOPY . /app\nUSER 1000\nCMD ["frankenphp", "php-server", "--root", "public/"]\n',
      'cr/Dockerfile': 'FROM crystallang/crystal:1.14 AS build\nCOPY . .\nRUN shards build --release\nFROM debian:12-slim\nCOPY --from=build /bin/app /app\nUSER 1000\nCMD ["/app"]\n',
      'hs/Dockerfile': 'FROM haskell:9.6 AS build\nCOPY . .\nRUN stack install --local-bin-path /out\nFROM debian:12-slim\nCOPY --from=build /out/api /api\nUSER 1000\nCMD ["/api"]\n',
      'nim/Dockerfile': 'FROM nimlang/nim:2.2.0\nCOPY . .\nRUN nimble build -d:release\nUSER 1000\nCMD ["./app"]\n',
    } },
  ],
  invalid: [
    { name: 'stop 41: Play\'s sbt run, lein-ring\'s server, lein run and FrankenPHP\'s --watch', files: {
      Dockerfile: 'FROM sbtscala/scala-sbt:eclipse-temurin-21.0.4_7_1.10.2_2.13.15\nUSER 1000\nCMD ["sbt", "run"]\n',
      'ring/Dockerfile': 'FROM clojure:temurin-21-lein-2.11.2\nCMD ["lein", "ring", "server-headless"]\n',
      'clj/Dockerfile': 'FROM clojure:temurin-21-lein-2.11.2\nCMD ["lein", "run"]\n',
      'php/Dockerfile': 'FROM dunglas/frankenphp:1.3-php8.3\nCMD ["frankenphp", "php-server", "--watch", "--root", "public/"]\n',
      'caddy/Dockerfile': 'FROM dunglas/frankenphp:1.3-php8.3\nCMD ["frankenphp", "run", "--config", "/etc/caddy/Caddyfile", "--watch"]\n',
    }, errors: [
      { file: 'Dockerfile', line: 3, severity: 'critical', message: /starts a development server: sbt run; stage the app \(sbt stage/ },
      { file: 'ring/Dockerfile', line: 2, message: /lein ring server-headless; build an uberjar/ },
      { file: 'clj/Dockerfile', line: 2, message: /lein run; build an uberjar \(lein uberjar\).*dev profile/ },
      { file: 'php/Dockerfile', line: 2, message: /frankenphp php-server --watch; drop --watch/ },
      { file: 'caddy/Dockerfile', line: 2, message: /frankenphp run --watch; drop --watch/ },
    ] },
    { name: 'stop 41: lucky dev, crystal run, stack run, cabal run, nimble run and ghcid', files: {
      'docker-compose.yml': 'services:\n  lucky:\n    image: acme/lucky:1.0\n    command: lucky dev\n  cr:\n    image: acme/cr:1.0\n    command: crystal run src/app.cr\n  stack:\n    image: acme/hs:1.0\n    command: stack run\n  cabal:\n    image: acme/hs:1.0\n    command: ["cabal", "run", "api"]\n  nim:\n    image: acme/nim:1.0\n    command: nimble run\n  ghcid:\n    image: acme/hs:1.0\n    command: ghcid --command "stack ghci"\n',
    }, errors: [
      { file: 'docker-compose.yml', line: 4, message: /lucky dev; build a release binary/ },
      { file: 'docker-compose.yml', line: 7, message: /crystal run; build a release binary in a build stage \(crystal build --release/ },
      { file: 'docker-compose.yml', line: 10, message: /stack run; build the executable in a build stage \(stack install/ },
      { file: 'docker-compose.yml', line: 13, message: /cabal run; build the executable in a build stage \(cabal install/ },
      { file: 'docker-compose.yml', line: 16, message: /nimble run; build a release binary/ },
      { file: 'docker-compose.yml', line: 19, message: /ghcid; build the executable/ },
    ] },
  ],
  notes: [
    // symfony-docker's shape: the dev stage (`frankenphp run --watch`) is built only by the development override.
    { name: 'stop 41: a FrankenPHP dev stage only compose.override.yaml builds is a note', files: {
      Dockerfile: 'FROM dunglas/frankenphp:1.3-php8.3 AS base\nWORKDIR /app\nFROM base AS dev\nCMD ["frankenphp", "run", "--config", "/etc/caddy/Caddyfile", "--watch"]\nFROM base AS prod\nCOPY . ./\nUSER 1000\nCMD ["frankenphp", "run", "--config", "/etc/caddy/Caddyfile"]\n',
      'compose.yaml': 'services:\n  php:\n    image: acme/app-php:1.0\n',
      'compose.override.yaml': 'services:\n  php:\n    build:\n      context: .\n      target: dev\n',
    }, notes: [{ file: 'Dockerfile', line: 4, message: /frankenphp run --watch/ }] },
  ],
});

describe('stop 41: the same launcher started from a Procfile is judged alike', () => {
  it('fails sbt run in a Procfile web process', async () => {
    const out = await runCase(productionServer, { name: 'procfile', files: { Procfile: 'web: sbt "run $PORT"\n' } });
    expect(out.findings.filter((f) => !f.note).map((f) => f.message)).toEqual([expect.stringMatching(/^Procfile web starts a development server: sbt run;/)]);
  });
});
