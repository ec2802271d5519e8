import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';

const found = async (files: Record<string, string>) => {
  const out = await runCase(corsWildcard, { name: 'jvm', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? corsWildcard.severity)}`).sort();
};

describe('cors-wildcard: Ktor', () => {
  const plugin = (body: string, imports = 'import io.ktor.server.plugins.cors.routing.*') => `package com.example.plugins\n\nimport io.ktor.http.*\nimport io.ktor.server.application.*\n${imports}\n\nfun Application.configureHTTP() {\n    install(CORS) {\n${body}\n    }\n}\n`;
  it('anyHost(), allowHost("*"), Ktor 1 host("*") and allowOrigins { true }; allowCredentials = true makes Ktor echo the origin', async () => {
    expect(await found({
      'src/main/kotlin/com/example/plugins/HTTP.kt': plugin('        allowMethod(HttpMethod.Options)\n        allowHeader(HttpHeaders.ContentType)\n        anyHost()'),
      'cred/src/main/kotlin/Cors.kt': plugin('        anyHost()\n        allowHeader(HttpHeaders.Authorization)\n        allowCredentials = true\n        allowNonSimpleContentTypes = true'),
      'star/src/main/kotlin/Cors.kt': plugin('        allowHost("*")'),
      'v1/src/main/kotlin/Cors.kt': plugin('        method(HttpMethod.Get)\n        header(HttpHeaders.Authorization)\n        host("*")', 'import io.ktor.features.*'),
      'pred/src/main/kotlin/Cors.kt': plugin('        allowOrigins { true }\n        allowCredentials = true'),
      'script/build.main.kts': 'embeddedServer(Netty, 8080) {\n    install(CORS) { anyHost() }\n}.start(wait = true)\n',
    })).toEqual([
      'cred/src/main/kotlin/Cors.kt:9 critical',
      'pred/src/main/kotlin/Cors.kt:9 critical',
      'script/build.main.kts:2 high',
      'src/main/kotlin/com/example/plugins/HTTP.kt:11 high',
      'star/src/main/kotlin/Cors.kt:9 high',
      'v1/src/main/kotlin/Cors.kt:11 high',
    ]);
  });

  it('passes allowHost lists, comments, strings, tests, other plugins and a predicate that checks the origin', async () => {
    expect(await found({
      'src/main/kotlin/Cors.kt': plugin('        // anyHost()\n        /* allowHost("*") */\n        allowHost("app.example.com", schemes = listOf("https"))\n        allowHost("*.example.com")\n        allowCredentials = true\n        val doc = "anyHost()"'),
      'pred/src/main/kotlin/Cors.kt': plugin('        allowOrigins { it.endsWith(".example.com") }'),
      'src/test/kotlin/CorsTest.kt': plugin('        anyHost()'),
      'other/src/main/kotlin/Proxy.kt': 'fun Application.proxy() {\n    install(ForwardedHeaders)\n    val anyHost = true\n    routing { get("/") { call.respondText(host("*")) } }\n}\nfun host(s: String) = s\n',
      'lookalike/src/main/kotlin/Net.kt': 'fun configure() {\n    install(CallLogging) {\n        anyHost()\n    }\n}\n',
    })).toEqual([]);
  });
});

describe('cors-wildcard: Quarkus', () => {
  it('origins=* or /.*/ with the filter on (3.x enabled= too, %prod. profile); %dev. is a note', async () => {
    expect(await found({
      'src/main/resources/application.properties': 'quarkus.http.port=8080\nquarkus.http.cors=true\nquarkus.http.cors.origins=*\nquarkus.http.cors.methods=GET,POST\n',
      'regex/src/main/resources/application.properties': 'quarkus.http.cors.enabled=true\nquarkus.http.cors.origins=https://app.example.com,/.*/\n',
      'prod/src/main/resources/application.properties': '%prod.quarkus.http.cors=true\n%prod.quarkus.http.cors.origins=*\n',
      'dev/src/main/resources/application.properties': 'quarkus.http.cors.enabled=true\nquarkus.http.cors.origins=https://app.example.com\n%dev.quarkus.http.cors.origins=/.*/\n',
      'yaml/src/main/resources/application.yaml': 'quarkus:\n  http:\n    cors:\n      enabled: true\n      origins: "*"\n',
    })).toEqual([
      'dev/src/main/resources/application.properties:3 info',
      'prod/src/main/resources/application.properties:2 high',
      'regex/src/main/resources/application.properties:2 high',
      'src/main/resources/application.properties:3 high',
      'yaml/src/main/resources/application.yaml:5 high',
    ]);
  });

  it('passes listed origins, the filter off, unset origins (version-dependent), %test. and comments; a value %prod. overrides is a note (dev still runs it)', async () => {
    expect(await found({
      'src/main/resources/application.properties': 'quarkus.http.cors=true\nquarkus.http.cors.origins=https://app.example.com,/https:\\/\\/.*\\.example\\.com/\n# quarkus.http.cors.origins=*\n',
      'off/src/main/resources/application.properties': 'quarkus.http.cors=false\nquarkus.http.cors.origins=*\n',
      'unset/src/main/resources/application.properties': 'quarkus.http.cors=true\n',
      'override/src/main/resources/application.properties': 'quarkus.http.cors=true\nquarkus.http.cors.origins=*\n%prod.quarkus.http.cors.origins=https://app.example.com\n',
      'test/src/main/resources/application.properties': 'quarkus.http.cors=true\n%test.quarkus.http.cors.origins=*\n',
      'listed-star/src/main/resources/application.properties': 'quarkus.http.cors=true\nquarkus.http.cors.origins=https://app.example.com,*\n',
      'src/test/resources/application.properties': 'quarkus.http.cors=true\nquarkus.http.cors.origins=*\n',
    })).toEqual(['override/src/main/resources/application.properties:2 info']);
  });
});

describe('cors-wildcard: Micronaut', () => {
  it('enabled without configurations (wide open, credentials on) or a configuration without allowed-origins or with an any-origin regex', async () => {
    expect(await found({
      'src/main/resources/application.yml': 'micronaut:\n  application:\n    name: api\n  server:\n    cors:\n      enabled: true\n',
      'props/src/main/resources/application.properties': 'micronaut.application.name=api\nmicronaut.server.cors.enabled=true\nmicronaut.server.cors.configurations.web.allowed-methods=GET,POST\nmicronaut.server.cors.configurations.web.allow-credentials=false\n',
      'regex/src/main/resources/application.yml': 'micronaut:\n  server:\n    cors:\n      enabled: true\n      configurations:\n        web:\n          allowed-origins-regex: ".*"\n',
      'dev/src/main/resources/application-dev.yml': 'micronaut:\n  server:\n    cors:\n      enabled: true\n',
    })).toEqual([
      'dev/src/main/resources/application-dev.yml:4 info',
      'props/src/main/resources/application.properties:3 high',
      'regex/src/main/resources/application.yml:7 critical',
      'src/main/resources/application.yml:6 critical',
    ]);
  });

  it('passes allowed origins (list, regex), CORS disabled, configurations in a sibling environment file and Spring look-alikes', async () => {
    expect(await found({
      'src/main/resources/application.yml': 'micronaut:\n  server:\n    cors:\n      enabled: true\n      configurations:\n        web:\n          allowed-origins:\n            - https://app.example.com\n',
      'regex/src/main/resources/application.yml': 'micronaut:\n  server:\n    cors:\n      enabled: true\n      configurations:\n        web:\n          allowedOriginsRegex: ^https://.*\\.example\\.com$\n',
      'off/src/main/resources/application.yml': 'micronaut:\n  server:\n    cors:\n      enabled: false\n',
      'split/src/main/resources/application.yml': 'micronaut:\n  server:\n    cors:\n      enabled: true\n',
      'split/src/main/resources/application-prod.yml': 'micronaut:\n  server:\n    cors:\n      configurations:\n        web:\n          allowed-origins: https://app.example.com\n',
      'spring/src/main/resources/application.yml': 'spring:\n  mvc:\n    cors:\n      enabled: true\n',
      'comment/src/main/resources/application.yml': 'micronaut:\n  server:\n    port: 8080\n#    cors:\n#      enabled: true\n',
    })).toEqual([]);
  });
});

describe('cors-wildcard: Play Framework', () => {
  it('a conf file named for tests or CI (testing.conf, ci.conf) gives a note, like dev.conf', async () => {
    expect(await found({
      'a/conf/testing.conf': 'play.filters.cors.allowedOrigins = null\n',
      'b/conf/application-ci.conf': 'play.filters.cors.allowedOrigins = null\n',
    })).toEqual(['a/conf/testing.conf:1 info', 'b/conf/application-ci.conf:1 info']);
  });

  it('allowedOrigins = null (credentials on by default: critical), ["*"], and the filter enabled without allowedOrigins', async () => {
    expect(await found({
      'conf/application.conf': 'play.http.secret.key = ${?APPLICATION_SECRET}\nplay.filters.enabled += "play.filters.cors.CORSFilter"\nplay.filters.cors {\n  pathPrefixes = ["/api"]\n  allowedOrigins = null\n  allowedHttpMethods = ["GET", "POST"]\n}\n',
      'nocred/conf/application.conf': 'play.filters.cors.allowedOrigins = null\nplay.filters.cors.supportsCredentials = false\n',
      'star/conf/application.conf': 'play {\n  filters {\n    cors {\n      allowedOrigins = ["*"]\n    }\n  }\n}\n',
      'default/conf/application.conf': 'play.filters.enabled = [\n  "play.filters.csrf.CSRFFilter",\n  "play.filters.cors.CORSFilter"\n]\n',
      'dev/conf/dev.conf': 'play.filters.cors.allowedOrigins = null\n',
    })).toEqual([
      'conf/application.conf:5 critical',
      'default/conf/application.conf:1 critical',
      'dev/conf/dev.conf:1 info',
      'nocred/conf/application.conf:1 high',
      'star/conf/application.conf:4 high',
    ]);
  });

  it('passes listed origins (also in another conf of the folder), comments, a disabled filter, allowedOrigins from the environment and test confs', async () => {
    expect(await found({
      'conf/application.conf': 'play.filters.enabled += "play.filters.cors.CORSFilter"\nplay.filters.cors.allowedOrigins = ["https://app.example.com"]\n# play.filters.cors.allowedOrigins = null\n// play.filters.cors.allowedOrigins = null\n',
      'split/conf/application.conf': 'play.filters.enabled += play.filters.cors.CORSFilter\ninclude "cors.conf"\n',
      'split/conf/cors.conf': 'play.filters.cors.allowedOrigins = ["https://app.example.com"]\n',
      'env/conf/application.conf': 'play.filters.enabled += "play.filters.cors.CORSFilter"\nplay.filters.cors.allowedOrigins = ${?CORS_ORIGINS}\n',
      'disabled/conf/application.conf': 'play.filters.disabled += "play.filters.cors.CORSFilter"\n',
      'test/conf/application.test.conf': 'play.filters.cors.allowedOrigins = null\n',
    })).toEqual([]);
  });
});
