import { describe, expect, it } from 'vitest';
import type { CheckDef, RawFinding } from '../../src/checks/define.js';
import { CHECKS } from '../../src/checks/index.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { quoteSource, withArticle } from '../../src/checks/util/text.js';
import { executeCheck, parseOptions } from '../../src/engine/execute.js';
import { runCase, snapshotOf } from '../helpers/check-tester.js';

// Finding messages are one line in every report (console, annotations, SARIF, Markdown tables):
// a message that quotes source text must collapse it, whatever the source's layout.

/** Source that spreads what the checks quote over several lines. */
const MULTILINE: Record<string, string> = {
  'main.py': 'from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=[\n        "*",\n    ],\n    allow_origin_regex=(\n        ".*"\n    ),\n)\n',
  'flask_app.py': 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(\n    app,\n    origins=[\n        "*",\n    ],\n    resources={\n        r"/api/*": {\n            "origins": [\n                "*",\n            ],\n        },\n    },\n)\nresp.set_cookie(\n    "session",\n    value,\n    secure=False,\n)\n',
  'settings.py': 'CORS_ORIGINS = [\n    "*",\n]\nCORS_ALLOW_ALL_ORIGINS = (\n    True\n)\nSESSION_COOKIE_SECURE = (\n    False\n)\nDEBUG = True\nSECRET_KEY = (\n    "changeme"\n)\n',
  'server.js': "const cors = require('cors');\napp.use(cors({\n  origin: [\n    '*',\n  ],\n  credentials: true,\n}));\napp.use(session({ secret: process.env.S, cookie: {\n  secure:\n    false,\n} }));\nconst tls = { minVersion:\n 'TLSv1' };\n",
  Dockerfile: 'FROM \\\n    python:latest \\\n    AS base\nENV FLASK_DEBUG=1 \\\n    SECRET_KEY=changeme \\\n    CORS_ORIGINS=*\nUSER \\\n    root\nCMD flask \\\n    run \\\n    --host=0.0.0.0\n',
  'docker-compose.yml': 'services:\n  web:\n    image: >-\n      nginx:latest\n    ports:\n      - "5432:5432"\n    environment:\n      CORS_ORIGINS: "*"\n      DB_PASSWORD: changeme\n    command: >\n      flask run\n      --debug\n',
  'k8s.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: NodePort\n  ports:\n    - port: 5432\n',
  'nginx.conf': 'server {\n  listen 443 ssl;\n  ssl_protocols\n    TLSv1\n    TLSv1.2;\n  add_header\n    Access-Control-Allow-Origin\n    *;\n}\n',
  '.env.production': 'FLASK_DEBUG=1\nCORS_ORIGINS="*"\nSECRET_KEY="change\nme"\n',
};

/** Names with line breaks (quoted YAML keys and values): the engine keeps such messages on one line too. */
const ODD_NAMES: Record<string, string> = {
  'docker-compose.yml': 'services:\n  "web\\nfront":\n    image: "nginx:\\nlatest"\n    ports:\n      - "5432:5432"\n    environment:\n      "DB_PASS\\nWORD": changeme\n',
  'k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "api\\nv2"\nspec:\n  template:\n    spec:\n      containers:\n        - name: "web\\nmain"\n          image: "nginx:\\nlatest"\n          command: ["flask", "run"]\n          env:\n            - name: FLASK_DEBUG\n              value: "1"\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: "db\\nsvc"\nspec:\n  type: NodePort\n  ports:\n    - port: 5432\n',
};

/** Runs a check, collecting what it reports before the engine sees it. */
async function rawFindings(def: CheckDef, files: Record<string, string>): Promise<RawFinding[]> {
  const raw: RawFinding[] = [];
  const spy: CheckDef = { ...def, run: (ctx) => def.run({ ...ctx, report: (f) => { raw.push(f); ctx.report(f); } }) };
  const out = await executeCheck(spy, snapshotOf(files), parseOptions(def, {}), new Date('2026-12-01T00:00:00Z'));
  expect(out.error, def.id).toBeUndefined();
  return raw;
}

describe('finding messages are one line', () => {
  it('no check puts a line break in a message, even for source spread over lines', async () => {
    let total = 0;
    for (const def of CHECKS) {
      for (const f of await rawFindings(def, MULTILINE)) {
        total++;
        expect(f.message, `${def.id} at ${f.file}:${f.line}`).not.toMatch(/[\r\n\u2028\u2029]/);
      }
    }
    expect(total).toBeGreaterThan(15);
  });

  it('names with line breaks never break a message either', async () => {
    let total = 0;
    for (const def of CHECKS) {
      for (const f of (await runCase(def, { name: def.id, files: ODD_NAMES })).findings) {
        total++;
        expect(f.message, `${def.id} at ${f.file}:${f.line}`).not.toMatch(/[\r\n\u2028\u2029]/);
      }
    }
    expect(total).toBeGreaterThan(8);
  });

  it('the QA reproduction: FastAPI allow_origins spread over lines is quoted on one line', async () => {
    const out = await runCase(corsWildcard, { name: 'x', files: { 'main.py': MULTILINE['main.py']! } });
    expect(out.findings.map((f) => f.message)).toEqual(['CORSMiddleware allow_origins=["*"] allows any origin; list the allowed origins explicitly']);
  });

  it('quoted source is collapsed and capped', () => {
    expect(quoteSource('[\n        "*",\n    ]')).toBe('["*"]');
    expect(quoteSource('{\n  origin:\n    "*"\n}')).toBe('{origin: "*"}');
    const long = quoteSource(`[${Array.from({ length: 40 }, (_, i) => `"https://app${i}.example.com"`).join(',\n ')}, "*"]`);
    expect([...long].length).toBe(60);
    expect(long.endsWith('…')).toBe(true);
  });

  it('the engine keeps the contract for any check: a line break in a message becomes a space', async () => {
    const def = { ...corsWildcard, id: 'x', run: (ctx: { report(f: RawFinding): void }) => { ctx.report({ message: 'first\r\n   second\u2028third', file: 'a', line: 1 }); } } as unknown as CheckDef;
    const out = await executeCheck(def, snapshotOf({ a: '' }), {}, new Date());
    expect(out.findings.map((f) => f.message)).toEqual(['first second third']);
  });
});

describe('finding messages carry no control character a file holds', () => {
  it('an ESC or C1 byte in a quoted image name is written as \\xNN (a terminal would obey it)', async () => {
    const out = await runCase(CHECKS.find((c) => c.id === 'image-tag-pinned')!, { name: 'ctl', files: { 'docker-compose.yml': 'services:\n  web:\n    image: "acme/web\\e[2J\\u009b31m"\n' } });
    expect(out.findings.map((f) => f.message.split(' has ')[0])).toEqual(["service 'web' image acme/web\\x1b[2J\\x9b31m"]);
    expect(out.findings.every((f) => !/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(f.message))).toBe(true);
  });
});

describe('the indefinite article a message builds in follows the sound of the word', () => {
  it('an before vowel sounds and letters read by name; a before the rest', () => {
    const an = ['amqp://', 'amqps://', 'ssh://', 'sftp://', 'ftp://', 'smtp://', 'http://', 'https://', 's3://', 'mqtt://', 'mssql://', 'ldap://', 'oracle://', 'imap://', 'xmpp://', '8-bit', '11-bit', '18-bit', '80-bit', '800-bit', 'unknown', 'hour'];
    const a = ['mysql+pymysql://', 'mongodb+srv://', 'postgres://', 'postgresql://', 'redis://', 'rediss://', 'nats://', 'tcp://', 'jdbc://', 'ws://', 'kafka://', 'unix://', 'user', 'eu-west', '1024-bit', '2048-bit', '112-bit', '160-bit', '110-bit', '1100-bit'];
    for (const w of an) expect(withArticle(w), w).toBe(`an ${w}`);
    for (const w of a) expect(withArticle(w), w).toBe(`a ${w}`);
  });
});
