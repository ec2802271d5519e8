import { describe, expect, it } from 'vitest';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

// QA48 selfhost28 D1: an origin read from the environment whose fallback never applies because the deploy environment sets
// the variable to `*`: what the read gives with `*` is judged instead, and no message says the variable is unset.
const express = (origin: string, credentials = true) =>
  `const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: ${origin}${credentials ? ', credentials: true' : ''} }));\napp.listen(3000);\n`;
const compose = (value: string) => `services:\n  api:\n    build: .\n    environment:\n      CORS_ORIGINS: ${value}\n`;
const render = 'services:\n  - type: web\n    name: api\n    runtime: node\n    startCommand: node server.js\n    envVars:\n      - key: CORS_ORIGINS\n        value: "*"\n';
const SPLIT = 'process.env.CORS_ORIGINS?.split(",") ?? true';

testCheck(corsWildcard, {
  valid: [
    // Lookalike: set to a list of origins, as before.
    { name: 'split ?? true with the deploy environment listing origins', files: { 'server.js': express(SPLIT), 'compose.yaml': compose('"https://a.example.com,https://b.example.com"') } },
  ],
  invalid: [
    // The compose value is reported (as before); the code read gives ['*'], which the cors package matches against no origin: no critical.
    { name: 'split ?? true with compose setting *', files: { 'server.js': express(SPLIT), 'compose.yaml': compose('"*"') }, errors: [{ file: 'compose.yaml', line: 5, severity: 'high', message: /^CORS_ORIGINS=\* allows any origin/ }] },
    { name: 'split ?? true with render.yaml envVars setting *', files: { 'server.js': express(SPLIT), 'render.yaml': render }, errors: [{ file: 'render.yaml', line: 8, severity: 'high' }] },
    { name: 'a ternary splitting the set variable, compose setting *', files: { 'server.js': express("process.env.CORS_ORIGINS ? process.env.CORS_ORIGINS.split(',').map((o) => o.trim()) : true"), 'compose.yaml': compose('"*"') }, errors: [{ file: 'compose.yaml', line: 5 }] },
    // `|| true` with `*` set gives the origin '*': any origin, named as set, not as unset.
    { name: '|| true with compose setting *', files: { 'server.js': express('process.env.CORS_ORIGINS || true'), 'compose.yaml': compose('"*"') }, errors: [
      { file: 'compose.yaml', line: 5, severity: 'high' },
      { file: 'server.js', line: 4, severity: 'high', message: /^cors\(\) origin process\.env\.CORS_ORIGINS \|\| true gives '\*' with CORS_ORIGINS=\* in compose\.yaml:5 and allows any origin/ },
    ] },
    // Lookalike: only a development compose file sets it, so production gets the fallback: the critical stays.
    { name: 'split ?? true with only a dev compose file setting *', files: { 'server.js': express(SPLIT), 'docker-compose.dev.yml': compose('"*"') }, errors: [{ file: 'server.js', line: 4, severity: 'critical', message: /falls back to true when CORS_ORIGINS is unset/ }] },
    // Lookalike: not set anywhere: the fallback finding stays.
    { name: 'split ?? true unset', files: { 'server.js': express(SPLIT) }, errors: [{ file: 'server.js', line: 4, severity: 'critical', message: /falls back to true when CORS_ORIGINS is unset/ }] },
    // Python: `os.getenv("CORS_ORIGINS", "*")` with `*` set is still any origin (critical with credentials), but the message says where it is set.
    { name: 'FastAPI getenv fallback with compose setting *', files: {
      'main.py': 'import os\nfrom fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=os.getenv("CORS_ORIGINS", "*").split(","), allow_credentials=True)\n',
      'compose.yaml': compose('"*"'),
    }, errors: [
      { file: 'compose.yaml', line: 5, severity: 'high' },
      { file: 'main.py', line: 5, severity: 'critical', message: /^CORSMiddleware allow_origins is \* with CORS_ORIGINS=\* in compose\.yaml:5 \(os\.getenv/ },
    ] },
  ],
});

describe('cors-wildcard: the variable set to * by the deploy environment (QA48 D1)', () => {
  it('notes what the split read gives, naming the deploy setting, and never says unset', async () => {
    for (const [name, text, line] of [['compose.yaml', compose('"*"'), 5], ['render.yaml', render, 8]] as const) {
      const out = await runCase(corsWildcard, { name, files: { 'server.js': express(SPLIT), [name]: text } });
      const code = out.findings.filter((f) => f.file === 'server.js');
      expect(code).toHaveLength(1);
      expect(code[0]!.note).toBe(true);
      expect(code[0]!.message).toContain(`gives ['*'] with CORS_ORIGINS=* in ${name}:${line}: '*' in an origin list matches no origin`);
      expect(out.findings.map((f) => f.message).join('\n')).not.toMatch(/unset/);
    }
  });
});
