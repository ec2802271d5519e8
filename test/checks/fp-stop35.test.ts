/**
 * QA stop 35 (fphunt5): false positives on correctly configured repositories.
 * D1: a seed script's URL in a comment or docstring made it judged as seeding a remote database.
 * D3: a `__main__` block switching between a dev server and a production server by a dev condition was judged as if the dev branch always ran.
 * Also: dockerfile-non-root's note for a named USER (kept with or without Kubernetes, as DESIGN.md says).
 */
import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { failures: out.findings.filter((f) => !f.note), notes: out.findings.filter((f) => f.note) };
};

// D3 ------------------------------------------------------------------------------------------------------------------

const DOCKERFILE = 'FROM python:3.12.4-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["python", "app.py"]\n';
const FLASK = 'import os\nfrom flask import Flask\n\napp = Flask(__name__)\n\n';
/** The examiner's d3: FLASK_ENV picks Werkzeug in development, waitress otherwise. */
const ENV_SWITCH = `${FLASK}if __name__ == "__main__":\n    if os.environ.get("FLASK_ENV") == "development":\n        app.run(host="0.0.0.0", port=5000, debug=True)\n    else:\n        from waitress import serve\n        serve(app, host="0.0.0.0", port=5000)\n`;

describe('D3: a dev/production switch under __main__', () => {
  const correct: Record<string, Record<string, string>> = {
    'FLASK_ENV == "development" / else waitress': { Dockerfile: DOCKERFILE, 'app.py': ENV_SWITCH },
    'a DEBUG constant read from the environment with a false default': { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}DEBUG = os.environ.get("DEBUG", "0") == "1"\n\nif __name__ == "__main__":\n    if DEBUG:\n        app.run(host="0.0.0.0", port=8080, debug=True)\n    else:\n        from waitress import serve\n        serve(app, host="0.0.0.0", port=8080)\n` },
    'an argparse --dev flag the CMD does not pass': { Dockerfile: DOCKERFILE, 'app.py': `import argparse\n${FLASK}if __name__ == "__main__":\n    parser = argparse.ArgumentParser()\n    parser.add_argument("--dev", action="store_true")\n    args = parser.parse_args()\n    if args.dev:\n        app.run(debug=True)\n    else:\n        from waitress import serve\n        serve(app, host="0.0.0.0", port=8080)\n` },
    'uvicorn reload in development, uvicorn without reload otherwise': { Dockerfile: DOCKERFILE, 'app.py': 'import os\nimport uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\nif __name__ == "__main__":\n    if os.getenv("ENV") == "development":\n        uvicorn.run("app:app", host="127.0.0.1", port=8000, reload=True)\n    else:\n        uvicorn.run(app, host="0.0.0.0", port=8000, workers=1)\n' },
    'the image sets FLASK_ENV=production': { Dockerfile: DOCKERFILE.replace('USER', 'ENV FLASK_ENV=production\nUSER'), 'app.py': ENV_SWITCH },
    'a module constant compared, read with a production default': { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}ENV = os.getenv("APP_ENV", "production")\n\nif __name__ == "__main__":\n    if ENV == "development":\n        app.run(debug=True)\n    else:\n        import waitress\n        waitress.serve(app, port=8080)\n` },
    'inside a main() function the guard calls, the production server after the branch': { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}def main():\n    if os.environ.get("APP_ENV") == "dev":\n        app.run(debug=True)\n        return\n    from waitress import serve\n    serve(app, port=8080)\n\nif __name__ == "__main__":\n    main()\n` },
  };
  for (const [name, files] of Object.entries(correct)) {
    it(`production-server and debug-mode give notes: ${name}`, async () => {
      const ps = await run(productionServer, files);
      expect(ps.failures).toEqual([]);
      expect(ps.notes.map((n) => n.message).join('\n')).toMatch(/only in a development branch/);
      const dm = await run(debugMode, files);
      expect(dm.failures).toEqual([]);
    });
  }

  const wrong: Record<string, { files: Record<string, string>; line: number }> = {
    'an unguarded app.run(debug=True) under __main__': { files: { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}if __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)\n` }, line: 7 },
    'the image turns the branch on (ENV FLASK_ENV=development)': { files: { Dockerfile: DOCKERFILE.replace('USER', 'ENV FLASK_ENV=development\nUSER'), 'app.py': ENV_SWITCH }, line: 8 },
    'the CMD passes --dev': { files: { Dockerfile: DOCKERFILE.replace('"app.py"]', '"app.py", "--dev"]'), 'app.py': `import argparse\n${FLASK}if __name__ == "__main__":\n    parser = argparse.ArgumentParser()\n    parser.add_argument("--dev", action="store_true")\n    args = parser.parse_args()\n    if args.dev:\n        app.run(debug=True)\n    else:\n        from waitress import serve\n        serve(app)\n` }, line: 12 },
    'DEBUG set on in the module': { files: { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}DEBUG = True\n\nif __name__ == "__main__":\n    if DEBUG:\n        app.run(debug=True)\n    else:\n        from waitress import serve\n        serve(app)\n` }, line: 10 },
    'the condition holds with the variable unset': { files: { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}if __name__ == "__main__":\n    if os.getenv("APP_ENV", "development") == "development":\n        app.run(debug=True)\n    else:\n        from waitress import serve\n        serve(app)\n` }, line: 8 },
    'a module constant compared, read with a development default': { files: { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}ENV = os.getenv("APP_ENV", "dev")\n\nif __name__ == "__main__":\n    if ENV == "dev":\n        app.run(debug=True)\n    else:\n        from waitress import serve\n        serve(app)\n` }, line: 10 },
    'the CMD passes the word sys.argv is tested for': { files: { Dockerfile: DOCKERFILE.replace('"app.py"]', '"app.py", "dev"]'), 'app.py': `import sys\n${FLASK}if __name__ == "__main__":\n    if "dev" in sys.argv:\n        app.run(debug=True)\n    else:\n        from waitress import serve\n        serve(app)\n` }, line: 9 },
    'app.debug switched on before the branch': { files: { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}app.debug = True\n\nif __name__ == "__main__":\n    if app.debug:\n        app.run(debug=True)\n    else:\n        from waitress import serve\n        serve(app)\n` }, line: 10 },
    'no production server beside the branch (else: app.run())': { files: { Dockerfile: DOCKERFILE, 'app.py': `${FLASK}if __name__ == "__main__":\n    if os.environ.get("FLASK_ENV") == "development":\n        app.run(debug=True)\n    else:\n        app.run(host="0.0.0.0")\n` }, line: 8 },
  };
  for (const [name, { files, line }] of Object.entries(wrong)) {
    it(`still fails: ${name}`, async () => {
      const ps = await run(productionServer, files);
      expect(ps.failures.map((f) => [f.file, f.severity ?? productionServer.severity])).toEqual([['Dockerfile', 'critical']]);
      const dm = await run(debugMode, files);
      expect(dm.failures.filter((f) => f.file === 'app.py').map((f) => f.line)).toEqual([line]);
    });
  }
});

// D1 ------------------------------------------------------------------------------------------------------------------

describe('D1: a seed script is judged by the hosts its code connects to, not by its comments or docstrings', () => {
  const PW = 'import os\n\nDEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo")\n';
  const JS_PW = "const { Client } = require('pg');\nconst ADMIN_PASSWORD = process.env.SEED_ADMIN_PASSWORD || 'admin';\nconst client = new Client({ connectionString: process.env.DATABASE_URL });\n";
  it('gives notes when the only URL is in a comment, a docstring, or names a placeholder host', async () => {
    const out = await runCase(defaultCredentials, { name: 'x', files: {
      'db/seeds/seed_demo.py': `"""Seed the local database with demo users.\n\nUsage: DATABASE_URL=postgres://... python db/seeds/seed_demo.py\n"""\n${PW}`,
      'db/seeds/s1.py': `# Usage: DATABASE_URL=postgres://app@db.prod.internal/app python db/seeds/s1.py\n${PW}`,
      'db/seeds/s4.py': `"""Usage: python seed.py --database-url postgres://db.internal.acme.io/app"""\n${PW}`,
      'db/seeds/s5.py': `def main():\n    '''Run as DATABASE_URL=postgres://app@10.0.3.7/app python s5.py'''\n    pass\n\n${PW}`,
      'scripts/seed.js': `// Seeds demo data. Usage:\n//   DATABASE_URL=postgres://app@staging-db.internal:5432/app node scripts/seed.js\n/* or postgres://app@10.0.3.7/app */\n${JS_PW}`,
      'prisma/seed.ts': "import { Client } from 'pg';\nconst c = new Client({ host: 'db.example.com', user: 'admin', password: 'admin' });\n",
      'priv/repo/seeds.exs': '# mix run priv/repo/seeds.exs against postgres://app@db.prod.internal/app\n@moduledoc """\nSeeds postgres://app@10.0.3.7/app\n"""\npassword = System.get_env("SEED_PASSWORD", "password")\n',
    } });
    expect(out.error).toBeUndefined();
    const failures = out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);
    expect(failures).toEqual([]);
    expect(out.findings.filter((f) => f.note).map((f) => f.file).sort()).toEqual(expect.arrayContaining(['db/seeds/s1.py', 'db/seeds/s4.py', 'db/seeds/s5.py', 'db/seeds/seed_demo.py', 'prisma/seed.ts', 'scripts/seed.js']));
  });
  it('keeps judging a seed script whose code connects to a remote host', async () => {
    const out = await runCase(defaultCredentials, { name: 'x', files: {
      'db/seeds/remote.py': `"""Seed the demo database."""\nimport psycopg\n${PW}conn = psycopg.connect("postgres://app@db.prod.internal/app")\n`,
      'db/seeds/wrapped.py': `${PW}URL = (\n    "postgres://app@10.0.3.7/app"\n)\n`,
      'db/seeds/statement.py': `${PW}"postgres://app@10.0.3.7/{}".format("app")\n`,
      // A triple-quoted SQL string before the connection: its closing quotes open no docstring.
      'db/seeds/sql.py': `${PW}SQL = """\nINSERT INTO users VALUES (1)\n"""\nconn = psycopg.connect("postgres://app@db.prod.internal/app")\n\ndef f():\n    """helper"""\n`,
      'scripts/seed.js': `// local seed\n${JS_PW}const remote = new Client({ host: 'db.prod.internal' });\n`,
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.filter((f) => !f.note).map((f) => f.file).sort()).toEqual(['db/seeds/remote.py', 'db/seeds/sql.py', 'db/seeds/statement.py', 'db/seeds/wrapped.py', 'scripts/seed.js']);
  });
});

// dockerfile-non-root: the Kubernetes note --------------------------------------------------------------------------------

// Reverted in review (DESIGN.md: "A non-numeric user passes with an `info` note", whatever the deployment): the note stays.
describe('dockerfile-non-root: a named USER passes with the runAsNonRoot note (DESIGN), with or without Kubernetes', () => {
  const DF = 'FROM node:22.11-slim\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';
  it('is a note beside compose, a PaaS config, or nothing else', async () => {
    for (const files of [{ Dockerfile: DF }, { Dockerfile: DF, 'docker-compose.yml': 'services:\n  web:\n    build: .\n' }, { Dockerfile: DF, 'fly.toml': 'app = "web"\n' }]) {
      const out = await runCase(dockerfileNonRoot, { name: 'x', files });
      expect(out.error).toBeUndefined();
      expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['Dockerfile:4 note']);
    }
  });
  it('keeps the note with Kubernetes manifests, a Helm chart or a kustomization', async () => {
    const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.0.0\n';
    for (const extra of [{ 'k8s/deploy.yaml': deploy }, { 'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n' }, { 'deploy/kustomization.yaml': 'resources: [deploy.yaml]\n' }]) {
      const out = await runCase(dockerfileNonRoot, { name: 'x', files: { Dockerfile: DF, ...extra } });
      expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual(['Dockerfile:4 note']);
      expect(out.findings[0]!.message).toMatch(/runAsNonRoot cannot verify names/);
    }
  });
  it('still fails a root USER without Kubernetes', async () => {
    const out = await runCase(dockerfileNonRoot, { name: 'x', files: { Dockerfile: DF.replace('USER node', 'USER root') } });
    expect(out.findings.filter((f) => !f.note).map((f) => f.line)).toEqual([4]);
  });
});
