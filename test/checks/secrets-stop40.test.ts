import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { literalFallbacks } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole.
const ghp = ['ghp_', 'Hk2Lp7Nz4Xq9', 'Wm5RZk4Qm8Xw', '2Lr7Vn3Tp9Bc'].join('');
const ghp2 = ['ghp_', 'Zq8Mv3Kx1Lp6', 'Rt4Wn9Bc2Hs7', 'Yd5Fj8Gk3Nq0'].join('');
const strong = ['Kx9v', 'R2mQ', '7tLp', '4wZt', '5Lq8', 'Yb3'].join('');
const strong2 = ['Wq4z', 'N8xT', '2rLm', '6Kp3'].join('');
const hex32 = ['7c4e9a2f', '1b8d3e6a', '0c5f9b2d', '7e1a4c8f'].join('');
const pem = ['-----BEGIN RSA', 'PRIVATE KEY-----'].join(' ');
const pemEnd = ['-----END RSA', 'PRIVATE KEY-----'].join(' ');
const keyBody = 'MIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\\naFDrBz9vFqU4yP7ORqrh1Lh2K8qZxJ3mYd6v7T5XcN2bR9pW4sL0aQ8eK1uJ3vH7\\n';

type F = { file?: string | null; line?: number | null; column?: number | null; message: string };
/** Each finding's file:line:column, the 6 characters at its column, and its message's first words. */
const located = (files: Record<string, string>, findings: F[]) =>
  findings.map((f) => {
    const line = files[f.file!]!.split('\n')[f.line! - 1]!;
    return `${f.file}:${f.line}:${f.column} ${line.slice(f.column! - 1, f.column! + 5)} ${f.message.split(' ').slice(0, 2).join(' ')}`;
  }).sort();
const failures = async (files: Record<string, string>, check = hardcodedSecret) => located(files, (await runCase(check, { name: 'case', files })).findings.filter((f) => !f.note));

describe('source maps are read for provider tokens and private keys (QA40 secrets13 D1)', () => {
  const src = `const config = {\\n  githubToken: \\"${ghp}\\",\\n};\\n`;
  const oneLine = `{"version":3,"file":"main.js","sources":["../src/config.ts"],"sourcesContent":["${src}"],"mappings":"AAAA"}`;
  it('reports a token in sourcesContent at its line and column in the map, whatever the map is named', async () => {
    const pretty = `{\n  "version": 3,\n  "sources": [\n    "../src/config.ts"\n  ],\n  "sourcesContent": [\n    "${src}"\n  ]\n}\n`;
    const files = {
      'public/static/js/main.3f2b8c1e.js.map': oneLine,
      'public/static/js/app.js.map': pretty,
      'dist/bundle.map': oneLine,
      'dist/styles.css.map': oneLine,
      'dist/app.min.js.map': oneLine,
    };
    const col = oneLine.indexOf(ghp) + 1;
    expect(await failures(files)).toEqual([
      `dist/app.min.js.map:1:${col} ghp_Hk GitHub token`,
      `dist/bundle.map:1:${col} ghp_Hk GitHub token`,
      `dist/styles.css.map:1:${col} ghp_Hk GitHub token`,
      `public/static/js/app.js.map:7:${pretty.split('\n')[6]!.indexOf(ghp) + 1} ghp_Hk GitHub token`,
      `public/static/js/main.3f2b8c1e.js.map:1:${col} ghp_Hk GitHub token`,
    ]);
  });

  it('finds a token that starts an original line (after a `\\n` escape) and a private key; vendored maps are not read', async () => {
    const map = `{"version":3,"sources":["a.env.ts","key.ts"],"sourcesContent":["export default \`\\n${ghp2}\\n\`;\\n","export const k = \\"${pem}\\n${keyBody}${pemEnd}\\n\\";\\n"],"mappings":"AAAA"}`;
    const files = { 'build/static/js/app.js.map': map, 'node_modules/lib/dist/lib.js.map': oneLine };
    expect(await failures(files)).toEqual([
      `build/static/js/app.js.map:1:${map.indexOf(pem) + 1} -----B a private`,
      `build/static/js/app.js.map:1:${map.indexOf(ghp2) + 1} ghp_Zq GitHub token`,
    ]);
  });

  it('keeps the generic rules out of maps: secret-named assignments and random strings of bundled sources pass', async () => {
    const map = `{"version":3,"sources":["webpack://app/./src/api.js","webpack://app/./node_modules/lib/index.js"],"sourcesContent":["export const API_SECRET = \\"${strong}\\";\\nconst password = \\"${strong2}\\";\\n","var h = \\"${hex32}\\"; var token = '${strong}';"],"mappings":"AAAA"}`;
    expect(await failures({ 'public/js/app.js.map': map })).toEqual([]);
  });
});

describe('Groovy Gradle setters without `=` are read as the Kotlin DSL assignments are (QA40 secrets13 D2)', () => {
  it('reports storePassword/keyPassword and a credentials password written with method-call syntax', async () => {
    const files = {
      'app/build.gradle': `android {\n    signingConfigs {\n        release {\n            storeFile file("release.keystore")\n            storePassword "${strong2}"\n            keyAlias "acme"\n            keyPassword '${strong}'\n        }\n    }\n}\n`,
      'app/publish.gradle': `publishing {\n  repositories {\n    maven {\n      url "https://nexus.acme.io/repository/releases/"\n      credentials { username "deployer"; password "${strong2}" }\n      credentials {\n        password("${strong}")\n      }\n    }\n  }\n}\n`,
    };
    expect(await failures(files)).toEqual([
      `app/build.gradle:5:28 ${strong2.slice(0, 6)} 'storePassword' is`,
      `app/build.gradle:7:26 ${strong.slice(0, 6)} 'keyPassword' is`,
      `app/publish.gradle:5:${files['app/publish.gradle'].split('\n')[4]!.indexOf(strong2) + 1} ${strong2.slice(0, 6)} 'password' is`,
      `app/publish.gradle:7:19 ${strong.slice(0, 6)} 'password' is`,
    ]);
  });

  it('passes values read at build time, interpolated GStrings, expressions, comments and the debug keystore', async () => {
    const files = {
      'app/build.gradle': [
        'def keystoreProperties = new Properties()',
        'android {',
        '  signingConfigs {',
        "    debug { storeFile file('debug.keystore'); storePassword 'android'; keyAlias 'androiddebugkey'; keyPassword 'android' }",
        '    release {',
        '      storePassword System.getenv("RELEASE_STORE_PASSWORD")',
        "      keyPassword keystoreProperties['keyPassword']",
        '      storePassword project.findProperty("storePassword") ?: ""',
        '      keyPassword "${System.env.KEY_PASSWORD}"',
        `      // storePassword "${strong2}"`,
        `      /* keyPassword '${strong}' */`,
        `      storePassword "${strong2}" + suffix`,
        '    }',
        '  }',
        '}',
        `task show { doLast { println "password ${strong2} is not set here" } }`,
      ].join('\n') + '\n',
    };
    expect(await failures(files)).toEqual([]);
  });
});

describe('compose fallbacks whose default holds spaces are judged (QA40 secrets13 D3)', () => {
  const compose = [
    'services:',
    '  api:',
    '    image: ghcr.io/acme/api:1.2.0',
    '    environment:',
    '      A_PASSWORD: ${A_PASSWORD:-change me}',
    '      B_PASSWORD: "${B_PASSWORD:-keyboard cat}"',
    '      D_SECRET: ${D_SECRET:-put your unique phrase here}',
    '      E_SECRET: ${E_SECRET:-Gk2Mn4 Qw8Ez3 Xk9Lp7}',
    '      F_SECRET: ${F_SECRET:-amber Falcon 17 ridge Lantern}',
    '      G_TOKEN: ${G_TOKEN:-not set}',
    '      SESSION_SECRET: ${SESSION_SECRET-keyboard cat}',
  ].join('\n') + '\n';
  const files = { 'docker-compose.yml': compose };

  it('default-credentials reports the well-known and placeholder defaults (at the expression, as for one without spaces)', async () => {
    const found = (await runCase(defaultCredentials, { name: 'case', files })).findings.filter((f) => !f.note);
    expect(located(files, found)).toEqual([
      'docker-compose.yml:11:23 ${SESS SESSION_SECRET (service',
      'docker-compose.yml:5:19 ${A_PA A_PASSWORD (service',
      'docker-compose.yml:6:20 ${B_PA B_PASSWORD (service',
      'docker-compose.yml:7:17 ${D_SE D_SECRET (service',
    ]);
    expect(found.map((f) => f.message.replace(/;.*/, '')).sort()).toEqual([
      "A_PASSWORD (service 'api') falls back to a placeholder value when A_PASSWORD is unset",
      "B_PASSWORD (service 'api') falls back to a well-known default value when B_PASSWORD is unset",
      "D_SECRET (service 'api') falls back to a placeholder value when D_SECRET is unset",
      "SESSION_SECRET (service 'api') falls back to a well-known default value when SESSION_SECRET is unset",
    ]);
  });

  it('hardcoded-secret reports the random and passphrase-like defaults, once', async () => {
    expect(await failures(files)).toEqual([
      "docker-compose.yml:8:29 Gk2Mn4 'E_SECRET' falls",
      "docker-compose.yml:9:29 amber  'F_SECRET' falls",
    ]);
  });

  it('reads a default with inner spaces as written, not one starting or ending with white space', () => {
    expect(literalFallbacks('X=${SESSION_SECRET:-keyboard cat}').map((f) => [f.name, f.value, f.column])).toEqual([['SESSION_SECRET', 'keyboard cat', 21]]);
    expect(literalFallbacks('echo "${TOKEN: -4}"')).toEqual([]);
    expect(literalFallbacks('${A:-x y} ${B:-z}').map((f) => f.value)).toEqual(['x y', 'z']);
  });
});

describe('plist key/string pairs and IntelliJ run configurations (QA40 secrets13 D4)', () => {
  it('reports server-side secrets an app plist ships and a launchd job environment; SDK client keys and Firebase pass', async () => {
    const files = {
      'ios/App/Info.plist': [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<plist version="1.0">',
        '<dict>',
        '\t<key>CFBundleDisplayName</key>',
        '\t<string>Acme</string>',
        '\t<key>API_SECRET</key>',
        `\t<string>${strong}</string>`,
        '\t<key>RevenueCatSecretKey</key>',
        `\t<string>sk_${strong}</string>`,
        '\t<key>FacebookClientToken</key>',
        `\t<string>${hex32}</string>`,
        '\t<key>AppLovinSdkKey</key>',
        `\t<string>${strong}${strong2}</string>`,
        '\t<key>AppCenterSecret</key>',
        '\t<string>3f2b8c1e-9a4d-4e7b-8c2f-1d5e6a7b8c9d</string>',
        '\t<key>DB_PASSWORD</key>',
        '\t<string>$(DB_PASSWORD)</string>',
        '</dict>',
        '</plist>',
      ].join('\n') + '\n',
      'ios/App/AirshipConfig.plist': `<plist version="1.0">\n<dict>\n  <key>productionAppKey</key>\n  <string>${strong2}</string>\n  <key>productionAppSecret</key>\n  <string>${strong}</string>\n</dict>\n</plist>\n`,
      'ios/App/GoogleService-Info.plist': `<plist version="1.0">\n<dict>\n  <key>API_KEY</key>\n  <string>${['AIza', 'SyC8kq9Xw3bT7L', 'r0mN2pQ8vZ1cY5hJ6uE3u'].join('')}</string>\n  <key>CLIENT_SECRET</key>\n  <string>${strong}</string>\n</dict>\n</plist>\n`,
      'deploy/io.acme.worker.plist': `<plist version="1.0">\n<dict>\n  <key>Label</key>\n  <string>io.acme.worker</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>API_TOKEN</key>\n    <string>${strong2}</string>\n  </dict>\n  <key>ApiToken</key>\n  <string>${strong}</string>\n</dict>\n</plist>\n`,
    };
    expect(await failures(files)).toEqual([
      `deploy/io.acme.worker.plist:8:13 ${strong2.slice(0, 6)} 'API_TOKEN' is`,
      `ios/App/Info.plist:7:10 ${strong.slice(0, 6)} 'API_SECRET' is`,
      `ios/App/Info.plist:9:10 sk_${strong.slice(0, 3)} 'RevenueCatSecretKey' is`,
    ]);
  });

  it('reads env name/value attributes of committed run configurations, as .vscode/launch.json is read', async () => {
    const runConfig = (envs: string) => `<component name="ProjectRunConfigurationManager">\n  <configuration default="false" name="Api (prod db)" type="SpringBootApplicationConfigurationType">\n    <envs>\n${envs}    </envs>\n  </configuration>\n</component>\n`;
    const files = {
      '.idea/runConfigurations/Api_Prod.xml': runConfig(`      <env name="DB_PASSWORD" value="${strong2}" />\n      <env name="STRIPE_SECRET_KEY" value="${strong}" />\n      <env name="LOG_LEVEL" value="debug" />\n`),
      '.run/Api.run.xml': runConfig(`      <env name="JWT_SECRET" value="${strong}" />\n      <env name="DB_PASSWORD" value="\${DB_PASSWORD}" />\n      <!-- <env name="API_TOKEN" value="${strong2}" /> -->\n`),
      'src/main/resources/beans.xml': `<beans>\n  <bean id="ds" class="com.zaxxer.hikari.HikariDataSource">\n    <property name="password" value="${strong2}"/>\n    <property name="username" value="app_user_2024"/>\n  </bean>\n</beans>\n`,
    };
    expect(await failures(files)).toEqual([
      `.idea/runConfigurations/Api_Prod.xml:4:38 ${strong2.slice(0, 6)} 'DB_PASSWORD' is`,
      `.idea/runConfigurations/Api_Prod.xml:5:44 ${strong.slice(0, 6)} 'STRIPE_SECRET_KEY' is`,
      `.run/Api.run.xml:4:37 ${strong.slice(0, 6)} 'JWT_SECRET' is`,
      `src/main/resources/beans.xml:3:38 ${strong2.slice(0, 6)} 'password' is`,
    ]);
  });
});
