import { describe, expect, it } from 'vitest';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { dockerfileSecretsInEnv } from '../../src/checks/dockerfile-secrets-in-env.js';
import { isBundlerCredentialName, isPublicKeyValue, isSecretName, looksLikeSecretValue } from '../../src/checks/util/secrets.js';
import { runCase } from '../helpers/check-tester.js';

// Fixed random-looking literals, assembled so no line of this file holds one whole.
const hex32 = ['7c4e9a2f', '1b8d3e6a', '0c5f9b2d', '7e1a4c8f'].join('');
const ddToken = `pub${['3f9a2c8e', '7b1d4f6a', '0c5e8b2d', '4f7a1c3e'].join('')}`;
const mapsKey = ['AIza', 'SyC8kq9Xw3bT7L', 'r0mN2pQ8vZ1cY5hJ6uE3u'].join('');
const login = ['3f9a2c8e', '7b1d4f6a'].join(':');
const strong = ['Kx9v', 'R2mQ', '7tLp', '4wZt', '5Lq8', 'Yb3'].join('');

type F = { file?: string | null; line?: number | null; column?: number | null; message: string };
/** Each finding's file:line, the 6 characters at its column, and its message's first words. */
const located = (files: Record<string, string>, findings: F[]) =>
  findings.map((f) => {
    const line = files[f.file!]!.split('\n')[f.line! - 1]!;
    return `${f.file}:${f.line} ${line.slice(f.column! - 1, f.column! + 5)} ${f.message.split(' ').slice(0, 2).join(' ')}`;
  }).sort();
const failures = async (files: Record<string, string>, check = hardcodedSecret) => located(files, (await runCase(check, { name: 'case', files })).findings.filter((f) => !f.note));

describe('Datadog browser client tokens are public by design (QA39 secrets12 D1)', () => {
  it('passes a pub… client token under a client token name or inside the SDK init, keeps API/app key names judged', async () => {
    expect(isPublicKeyValue(ddToken, 'clientToken')).toBe(true);
    expect(isPublicKeyValue(ddToken, 'DD_CLIENT_TOKEN')).toBe(true);
    expect(isPublicKeyValue(ddToken, 'DD_API_KEY')).toBe(false);
    expect(isPublicKeyValue(ddToken, 'CLIENT_SECRET_TOKEN')).toBe(false);
    expect(isPublicKeyValue(hex32, 'clientToken')).toBe(false);
    const files = {
      'src/rum.ts': `import { datadogRum } from "@datadog/browser-rum";\ndatadogRum.init({\n  applicationId: "8f3b2a1c-9d7e-4f5a-8b3c-2d1e0f9a8b7c",\n  clientToken: "${ddToken}",\n  site: "datadoghq.eu",\n});\n`,
      'src/logs.ts': `import { datadogLogs } from "@datadog/browser-logs";\ndatadogLogs.init({ token: "${ddToken}", site: "datadoghq.com", beforeSend: (l) => f(l) });\ndatadogLogs.init({ apiKey: "${ddToken}" });\nexport const DATADOG_API_KEY = "${ddToken}";\n`,
      '.env.production': `VITE_DD_CLIENT_TOKEN=${ddToken}\nDD_API_KEY=${ddToken}\n`,
    };
    expect(await failures(files)).toEqual([
      `.env.production:2 ${ddToken.slice(0, 6)} 'DD_API_KEY' is`,
      `src/logs.ts:3 ${ddToken.slice(0, 6)} 'apiKey' is`,
      `src/logs.ts:4 ${ddToken.slice(0, 6)} 'DATADOG_API_KEY' is`,
    ]);
  });
});

describe('Maps JavaScript API keys in front-end code pass like Firebase web keys (QA39 secrets12 D2)', () => {
  it('passes the Maps script URL and Maps loaders; server code, web-service URLs, env files and manifests stay critical', async () => {
    const files = {
      'src/Map.tsx': `import { GoogleMap, useJsApiLoader } from "@react-google-maps/api";\nexport function StoreMap() {\n  const { isLoaded } = useJsApiLoader({ id: "google-map-script", googleMapsApiKey: "${mapsKey}" });\n  return null;\n}\n`,
      'web/loader.ts': `import { Loader } from "@googlemaps/js-api-loader";\nconst loader = new Loader({ apiKey: "${mapsKey}", version: "weekly" });\n`,
      'public/index.html': `<script src="https://maps.googleapis.com/maps/api/js?libraries=places&amp;key=${mapsKey}&callback=initMap" async></script>\n`,
      'app/templates.py': `MAPS_TAG = '<script src="https://maps.googleapis.com/maps/api/js?key=${mapsKey}"></script>'\n`,
      'server/geo.py': `GOOGLE_MAPS_KEY = "${mapsKey}"\n`,
      'server/geo.js': `const { Client } = require("@googlemaps/google-maps-services-js");\nfetch("https://maps.googleapis.com/maps/api/geocode/json?key=${mapsKey}");\n`,
      '.env': `GOOGLE_MAPS_API_KEY=${mapsKey}\n`,
      'k8s/deploy.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata:\n  GOOGLE_MAPS_API_KEY: "${mapsKey}"\n`,
    };
    expect(await failures(files)).toEqual([
      `.env:1 AIzaSy Google API`,
      `k8s/deploy.yaml:5 AIzaSy Google API`,
      `server/geo.js:2 AIzaSy Google API`,
      `server/geo.py:1 AIzaSy Google API`,
    ]);
  });
});

describe('Bugsnag notifier keys inside the SDK start call pass (QA39 secrets12 D3)', () => {
  it('passes apiKey inside Bugsnag.start/bugsnag(), keeps the same value elsewhere judged', async () => {
    const files = {
      'src/errors.js': `import Bugsnag from "@bugsnag/js";\nBugsnag.start({\n  apiKey: "${hex32}",\n  onError: (event) => { event.addMetadata("app", { v: 1 }) },\n  releaseStage: "production",\n});\n`,
      'src/legacy.js': `const client = bugsnag({ apiKey: '${hex32}' });\n`,
      'src/config.js': `export const bugsnagConfig = { apiKey: '${hex32}' };\nother({ apiKey: '${hex32}' });\n`,
      'config/initializers/bugsnag.rb': `Bugsnag.configure do |config|\n  config.api_key = "${hex32}"\nend\n`,
    };
    expect(await failures(files)).toEqual([
      `config/initializers/bugsnag.rb:2 ${hex32.slice(0, 6)} 'config.api_key' is`,
      `src/config.js:1 ${hex32.slice(0, 6)} 'apiKey' is`,
      `src/config.js:2 ${hex32.slice(0, 6)} 'apiKey' is`,
    ]);
  });
});

describe('Bundler gem-server credentials are secrets (QA39 secrets12 D4)', () => {
  it('knows the credential names from Bundler settings', () => {
    for (const n of ['BUNDLE_GEMS__CONTRIBSYS__COM', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM', 'BUNDLE_RUBYGEMS__PKG__GITHUB__COM', 'BUNDLE_MY___GEMS__ACME__IO', 'BUNDLE_GEMS__ACME__DE', 'BUNDLE_HTTPS://RUBYGEMS__PKG__GITHUB__COM/ACME/']) {
      expect(isBundlerCredentialName(n), n).toBe(true);
      expect(isSecretName(n), n).toBe(true);
    }
    for (const n of ['BUNDLE_PATH', 'BUNDLE_WITHOUT', 'BUNDLE_DEPLOYMENT', 'BUNDLE_BUILD__NOKOGIRI', 'BUNDLE_BUILD__PG', 'BUNDLE_LOCAL__RACK', 'BUNDLE_GEM__TEST', 'BUNDLE_GEM__CI', 'BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/', 'BUNDLE_SIZE__LIMIT', 'bundle_gems__acme__com']) {
      expect(isBundlerCredentialName(n), n).toBe(false);
      expect(isSecretName(n), n).toBe(false);
    }
    expect(looksLikeSecretValue(login, 12, 'BUNDLE_GEMS__CONTRIBSYS__COM')).toBe(true);
    for (const v of ['${SIDEKIQ_USER}:${SIDEKIQ_PASSWORD}', 'ci:$GEM_TOKEN', 'xxxxxxxx:yyyyyyyy', 'user:password', 'sidekiq:sidekiq', 'deploy:']) expect(looksLikeSecretValue(v, 12, 'BUNDLE_GEMS__CONTRIBSYS__COM'), v).toBe(false);
  });

  it('hardcoded-secret reports them in .bundle/config, env files, compose, Kubernetes, CI, scripts and Dockerfiles, at the value', async () => {
    const files = {
      '.bundle/config': `---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_BUILD__PG: "--with-pg-config=/usr/bin/pg_config"\nBUNDLE_GEMS__CONTRIBSYS__COM: "${login}"\nBUNDLE_HTTPS://RUBYGEMS__PKG__GITHUB__COM/ACME/: "ci-bot:${strong}"\nBUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://mirror.acme.io"\n`,
      'config/sidekiq.env.sh': `export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${login}\nexport BUNDLE_WITHOUT=development:test\n`,
      '.env': `BUNDLE_GEMS__CONTRIBSYS__COM=${login}\nBUNDLE_DEPLOYMENT=1\n`,
      'docker-compose.yml': `services:\n  worker:\n    image: acme/worker:1.0\n    environment:\n      BUNDLE_GEMS__CONTRIBSYS__COM: "${login}"\n      BUNDLE_ENTERPRISE__CONTRIBSYS__COM: \${SIDEKIQ_CREDS}\n      BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "$GH_USER:$GH_TOKEN"\n      BUNDLE_GEM__TEST: rspec\n`,
      'k8s/worker.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: worker}\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: acme/worker:1.0\n          env:\n            - name: BUNDLE_GEMS__CONTRIBSYS__COM\n              value: "${login}"\n            - name: BUNDLE_PATH\n              value: /usr/local/bundle\n`,
      '.gitlab-ci.yml': `variables:\n  BUNDLE_GEMS__CONTRIBSYS__COM: "${login}"\n  BUNDLE_ENTERPRISE__CONTRIBSYS__COM: $SIDEKIQ_CREDS\ntest:\n  script: [bundle exec rspec]\n`,
      'Dockerfile': `FROM ruby:3.3-slim\nENV RAILS_ENV=production \\\n    BUNDLE_GEMS__CONTRIBSYS__COM=${login}\nENV BUNDLE_ENTERPRISE__CONTRIBSYS__COM \${SIDEKIQ_USER}:\${SIDEKIQ_PASS}\nUSER 1000\n`,
    };
    expect(await failures(files)).toEqual([
      `.bundle/config:4 ${login.slice(0, 6)} 'BUNDLE_GEMS__CONTRIBSYS__COM' is`,
      `.bundle/config:5 ci-bot 'BUNDLE_HTTPS://RUBYGEMS__PKG__GITHUB__COM/ACME/' is`,
      `.env:1 ${login.slice(0, 6)} 'BUNDLE_GEMS__CONTRIBSYS__COM' is`,
      `.gitlab-ci.yml:2 ${login.slice(0, 6)} 'BUNDLE_GEMS__CONTRIBSYS__COM' is`,
      `Dockerfile:3 ${login.slice(0, 6)} 'BUNDLE_GEMS__CONTRIBSYS__COM' is`,
      `config/sidekiq.env.sh:1 ${login.slice(0, 6)} 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM' is`,
      `docker-compose.yml:5 ${login.slice(0, 6)} 'BUNDLE_GEMS__CONTRIBSYS__COM' is`,
      `k8s/worker.yaml:12 ${login.slice(0, 6)} container 'worker'`,
    ]);
  });

  it('dockerfile-secrets-in-env reports a final-stage literal, not variables copied into user:password or Bundler settings', async () => {
    const files = {
      'Dockerfile': `FROM ruby:3.3 AS build\nARG BUNDLE_GEMS__CONTRIBSYS__COM=${login}\nRUN bundle install\nFROM ruby:3.3\nENV BUNDLE_PATH=/usr/local/bundle BUNDLE_WITHOUT=development BUNDLE_DEPLOYMENT=1\nENV BUNDLE_ENTERPRISE__CONTRIBSYS__COM=\${SIDEKIQ_USER}:\${SIDEKIQ_PASS}\nENV BUNDLE_RUBYGEMS__PKG__GITHUB__COM=ci:\${GH_TOKEN}\nENV BUNDLE_GEMS__CONTRIBSYS__COM=${login}\nUSER 1000\n`,
    };
    const out = (await runCase(dockerfileSecretsInEnv, { name: 'bundler', files })).findings.filter((f) => !f.note);
    expect(out.map((f) => `${f.line}:${f.column} ${f.message.split(' ').slice(0, 3).join(' ')}`)).toEqual(['8:5 ENV BUNDLE_GEMS__CONTRIBSYS__COM bakes']);
  });
});

describe('Committed Terraform state outputs are read (QA39 secrets12 D5)', () => {
  const state = (outputs: string) => `{\n  "version": 4,\n  "terraform_version": "1.7.5",\n  "outputs": {\n${outputs}\n  },\n  "resources": []\n}\n`;
  it('reports sensitive and secret-named string outputs at the value, not plain or who/where outputs', async () => {
    const files = {
      'terraform.tfstate': state([
        `    "db_master_password": {"value": "${strong}", "type": "string", "sensitive": true},`,
        `    "api_signing_key": {"value": "${hex32}", "type": "string"},`,
        `    "signing_material": {"value": "${strong.split('').reverse().join('')}", "type": "string", "sensitive": true},`,
        `    "db_username": {"value": "app_admin", "type": "string", "sensitive": true},`,
        `    "endpoint": {"value": "https://api.acme.io/v1", "type": "string", "sensitive": true},`,
        `    "bucket_name": {"value": "acme-prod-assets-7f3k9q", "type": "string", "sensitive": false},`,
        `    "db_password_object": {"value": {"a": 1}, "type": ["object", {"a": "number"}], "sensitive": true},`,
        `    "short": {"value": "x7k2", "type": "string", "sensitive": true}`,
      ].join('\n')),
      'env/prod/terraform.tfstate.backup': state(`    "admin_password": {\n      "value": "${strong}",\n      "type": "string",\n      "sensitive": true\n    }`),
    };
    expect(await failures(files)).toEqual([
      `env/prod/terraform.tfstate.backup:6 ${strong.slice(0, 6)} the Terraform`,
      `terraform.tfstate:5 ${strong.slice(0, 6)} the Terraform`,
      `terraform.tfstate:6 ${hex32.slice(0, 6)} the Terraform`,
      `terraform.tfstate:7 ${strong.split('').reverse().join('').slice(0, 6)} the Terraform`,
    ]);
  });

  it('reads the outputs of a state written on one line, and not a nested outputs object', async () => {
    const files = {
      'infra/terraform.tfstate': `{"version":4,"outputs":{"token_value":{"value":"${strong}","type":"string","sensitive":true}},"resources":[{"type":"terraform_remote_state","instances":[{"attributes":{"outputs":{"value":{"x":"y"},"type":["object"]}}}]}]}\n`,
    };
    expect(await failures(files)).toEqual([`infra/terraform.tfstate:1 ${strong.slice(0, 6)} the Terraform`]);
  });
});
