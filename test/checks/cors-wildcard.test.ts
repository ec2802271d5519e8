import { describe, expect, it } from 'vitest';
import { runCase, testCheck } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { findCalls, inDevBranch, scanSource, stringValue } from '../../src/checks/util/code.js';

const flask = (body: string) => `from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\n${body}`;

testCheck(corsWildcard, {
  valid: [
    { name: 'a root config.py configures app/__init__.py (the common Flask layout)', files: { 'config.py': 'class Config:\n    CORS_ORIGINS = ["https://app.example.com"]\n', 'app/__init__.py': 'from flask import Flask\nfrom flask_cors import CORS\nfrom config import Config\napp = Flask(__name__)\napp.config.from_object(Config)\nCORS(app)\n' } },
    { name: 'flask-cors with explicit origins', files: { 'app.py': flask('CORS(app, origins=["https://app.example.com"])\n') } },
    { name: 'flask-cors resources with origins', files: { 'app.py': flask('CORS(app, resources={r"/api/*": {"origins": ["https://a.example.com"]}})\n') } },
    { name: 'CORS(app) with CORS_ORIGINS configured elsewhere', files: { 'app.py': flask('CORS(app)\n'), 'config.py': 'class Config:\n    CORS_ORIGINS = ["https://app.example.com"]\n' } },
    { name: 'flask-cors call in a comment', files: { 'app.py': flask('# CORS(app)\n') } },
    { name: 'flask-cors call in a string', files: { 'app.py': flask('doc = """\nCORS(app, origins="*")\n"""\n') } },
    { name: 'CORS name without flask_cors import', files: { 'app.py': 'from mylib import CORS\nCORS(app)\n' } },
    { name: 'an imported extension set up with origins, or not bound to CORS()', files: { 'app/extensions.py': 'from flask_cors import CORS\ncors = CORS()\n', 'app/__init__.py': 'from .extensions import cors\nfrom .plugins import cors_log\ncors.init_app(app, origins=["https://app.example.com"])\ncors_log.init_app(app)\n' } },
    { name: 'an init_app of a name another project binds to CORS()', files: { 'tools/ext.py': 'from flask_cors import CORS\ncors = CORS(origins=["https://a.example.com"])\n', 'web/ext.py': 'from flask_cors import CORS\ncors = CORS()\ncors.init_app(app, origins=["https://b.example.com"])\n', 'api/__init__.py': 'from mylib.cors import cors\ncors.init_app(app)\n' } },
    { name: 'fastapi explicit origins over several lines', files: { 'main.py': 'from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=["https://app.example.com"],\n    allow_credentials=True,\n)\n' } },
    { name: 'fastapi origins from a same-file explicit list', files: { 'main.py': 'from fastapi.middleware.cors import CORSMiddleware\norigins = ["https://a.example.com"]\napp.add_middleware(CORSMiddleware, allow_origins=origins, allow_credentials=True)\n' } },
    { name: 'litestar CORSConfig with listed origins, from settings or spread options', files: { 'app/main.py': 'from litestar import Litestar\nfrom litestar.config.cors import CORSConfig\na = CORSConfig(allow_origins=["https://app.example.com"], allow_credentials=True)\nb = CORSConfig(allow_origins=settings.app.BACKEND_CORS_ORIGINS)\nc = CORSConfig(**settings.cors)\napp = Litestar([], cors_config=a)\n' } },
    { name: 'a CORSConfig class of another library (no litestar import)', files: { 'app/config.py': 'from dataclasses import dataclass\n@dataclass\nclass CORSConfig:\n    allowed_origins: list\ncfg = CORSConfig()\n' } },
    { name: 'aiohttp-cors with a listed origin key', files: { 'chat/main.py': 'import aiohttp_cors\nfrom aiohttp import web\ncors = aiohttp_cors.setup(app, defaults={\n    "https://app.example.com": aiohttp_cors.ResourceOptions(allow_credentials=True, allow_headers="*"),\n})\n' } },
    { name: 'django explicit allowed origins', files: { 'proj/settings.py': 'CORS_ALLOWED_ORIGINS = ["https://app.example.com"]\nCORS_ALLOW_ALL_ORIGINS = False\n' } },
    { name: 'runtime any-origin replaced by a later config load that restricts it', files: { 'app.py': 'app.config["CORS_ORIGINS"] = "*"\napp.config.from_object(ProductionConfig)\n', 'config.py': 'class ProductionConfig:\n    CORS_ORIGINS = ["https://a.example.com"]\n' } },
    { name: 'django base allow-all overridden in production settings', files: { 'proj/settings/base.py': 'CORS_ALLOW_ALL_ORIGINS = True\n', 'proj/settings/production.py': 'CORS_ALLOW_ALL_ORIGINS = False\nCORS_ALLOWED_ORIGINS = ["https://a.example.com"]\n' } },
    { name: 'django allow-all from env (not a literal)', files: { 'proj/settings.py': 'CORS_ALLOW_ALL_ORIGINS = env.bool("CORS_ALLOW_ALL", default=False)\n' } },
    { name: 'express cors with origin list', files: { 'server.js': "const cors = require('cors');\napp.use(cors({ origin: ['https://app.example.com'], credentials: true }));\n" } },
    { name: 'express cors options from an unresolved variable', files: { 'server.js': "import cors from 'cors';\napp.use(cors(loadOptions()));\n" } },
    { name: 'express cors in a comment', files: { 'server.js': "const cors = require('cors');\n// app.use(cors());\n/* app.use(cors()) */\n" } },
    { name: 'other cors function', files: { 'server.js': "const cors = require('./my-cors');\napp.use(cors());\n" } },
    { name: 'test files are not read', files: { 'tests/test_app.py': flask('CORS(app)\n'), 'src/app.test.js': "const cors = require('cors');\napp.use(cors());\n" } },
    { name: 'template env file', files: { '.env.example': 'CORS_ORIGINS=*\n' } },
    { name: 'env with explicit origins', files: { '.env.production': 'CORS_ORIGINS=https://app.example.com\n' } },
    { name: 'nginx explicit origin', files: { 'nginx/site.conf': 'server {\n  listen 80;\n  add_header Access-Control-Allow-Origin "https://app.example.com";\n  # add_header Access-Control-Allow-Origin *;\n}\n' } },
    { name: 'header set on a fetch request (harmless)', files: { 'src/api.js': "fetch(url, { headers: { 'Access-Control-Allow-Origin': '*' } });\n" } },
    { name: 'vendored nginx config', files: { 'vendor/nginx/site.conf': 'server {\n  listen 80;\n  add_header Access-Control-Allow-Origin *;\n}\n' } },
    { name: 'header name only mentioned in a string', files: { 'app.js': "const msg = \"'Access-Control-Allow-Origin': '*' is bad\";\n" } },
    { name: 'other languages: explicit origins, comments and request headers', files: {
      'public/api.php': '<?php\n// header("Access-Control-Allow-Origin: *");\n# header("Access-Control-Allow-Origin: *");\nheader("Access-Control-Allow-Origin: https://app.example.com");\necho "Access-Control-Allow-Origin: *";\n$x = 1; # header(\'Access-Control-Allow-Origin: *\');\n',
      'api/main.go': 'package main\n// w.Header().Set("Access-Control-Allow-Origin", "*")\nfunc h(w http.ResponseWriter) {\n\tw.Header().Set("Access-Control-Allow-Origin", "https://app.example.com")\n}\n',
      'api/main_test.go': 'package main\nfunc h(w http.ResponseWriter) {\n\tw.Header().Set("Access-Control-Allow-Origin", "*")\n}\n',
      'public/.htaccess': '# Header set Access-Control-Allow-Origin "*"\nHeader set Access-Control-Allow-Origin "https://app.example.com"\n',
      'vendor/lib/cors.php': '<?php\nheader("Access-Control-Allow-Origin: *");\n',
    } },
  ],
  invalid: [
    { name: 'CORS(app) defaults to any origin', files: { 'app.py': flask('CORS(app)\n') }, errors: [{ file: 'app.py', line: 5, severity: 'high', message: /defaults to '\*'/ }] },
    { name: 'origins="*"', files: { 'app.py': flask('CORS(app, origins="*")\n') }, errors: [{ file: 'app.py', line: 5, column: 19 }] },
    { name: 'resources wildcard on a later line', files: { 'app.py': flask('CORS(\n    app,\n    resources={r"/*": {"origins": "*"}},\n)\n') }, errors: [{ file: 'app.py', line: 7 }] },
    { name: 'supports_credentials makes it critical', files: { 'app.py': flask('CORS(app, origins="*", supports_credentials=True)\n') }, errors: [{ file: 'app.py', line: 5, severity: 'critical' }] },
    { name: 'init_app without origins', files: { 'ext.py': 'from flask_cors import CORS\ncors = CORS()\n\ndef create_app():\n    cors.init_app(app)\n' }, errors: [{ file: 'ext.py', line: 5 }] },
    { name: 'init_app of an extension imported under another name', files: { 'app/extensions.py': 'from flask_cors import CORS\ncors = CORS()\n', 'app/__init__.py': 'from flask import Flask\nfrom .extensions import cors as ext_cors\n\napp = Flask(__name__)\next_cors.init_app(app)\n' }, errors: [{ file: 'app/__init__.py', line: 5 }] },
    { name: 'init_app of an extension bound in extensions.py (the application-factory layout)', files: { 'app/extensions.py': 'from flask_cors import CORS\nfrom flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\ncors = CORS()\n', 'app/__init__.py': 'from flask import Flask\nfrom .extensions import (\n    db,\n    cors,\n)\n\n\ndef create_app():\n    app = Flask(__name__)\n    db.init_app(app)\n    cors.init_app(app, supports_credentials=True)\n    return app\n' }, errors: [{ file: 'app/__init__.py', line: 11, severity: 'critical' }] },
    { name: 'cross_origin decorator', files: { 'views.py': 'from flask_cors import cross_origin\n\n@app.route("/x")\n@cross_origin()\ndef x():\n    pass\n' }, errors: [{ file: 'views.py', line: 4 }] },
    { name: 'fastapi multi-line add_middleware', files: { 'main.py': 'from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],  # TODO\n    allow_methods=["*"],\n)\n' }, errors: [{ file: 'main.py', line: 4, severity: 'high' }] },
    { name: 'fastapi origins from a same-file variable', files: { 'main.py': 'from fastapi.middleware.cors import CORSMiddleware\norigins = ["*"]\napp.add_middleware(CORSMiddleware, allow_origins=origins)\n' }, errors: [{ file: 'main.py', line: 2 }] },
    { name: 'litestar CORSConfig allow_origins ["*"] (high), with credentials (critical), and the bare default', files: { 'app/main.py': 'from litestar import Litestar\nfrom litestar.config.cors import CORSConfig\na = CORSConfig(allow_origins=["*"])\nb = CORSConfig(allow_origins=["*"], allow_credentials=True)\nc = CORSConfig()\napp = Litestar([], cors_config=a)\n' }, errors: [{ file: 'app/main.py', line: 3, column: 30, severity: 'high' }, { file: 'app/main.py', line: 4, severity: 'critical' }, { file: 'app/main.py', line: 5, column: 5, severity: 'high' }] },
    { name: 'litestar CORSConfig in a separate module, origins from an env read falling back to *', files: { 'app/lib/cors.py': 'import os\nfrom litestar.config.cors import CORSConfig\nconfig = CORSConfig(allow_origins=os.getenv("CORS_ORIGINS", "*").split(","))\n' }, errors: [{ file: 'app/lib/cors.py', line: 3, severity: 'high' }] },
    { name: 'aiohttp-cors "*" origin key echoes the origin: critical with credentials, high without', files: { 'chat/main.py': 'import aiohttp_cors\nfrom aiohttp import web\ncors = aiohttp_cors.setup(app, defaults={\n    "*": aiohttp_cors.ResourceOptions(\n        allow_credentials=True,\n        expose_headers="*",\n    )\n})\n', 'api/main.py': 'import aiohttp_cors\nfrom aiohttp import web\nfrom aiohttp_cors import ResourceOptions\ncors = aiohttp_cors.setup(app)\ncors.add(route, {"*": ResourceOptions(allow_headers="*")})\n' }, errors: [{ file: 'chat/main.py', line: 4, column: 5, severity: 'critical' }, { file: 'api/main.py', line: 5, severity: 'high' }] },
    { name: 'starlette Middleware list with credentials', files: { 'main.py': 'from starlette.middleware.cors import CORSMiddleware\nmiddleware = [\n    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)\n]\n' }, errors: [{ file: 'main.py', line: 3, severity: 'critical' }] },
    { name: 'django allow all', files: { 'proj/settings.py': 'INSTALLED_APPS = ["corsheaders"]\nCORS_ALLOW_ALL_ORIGINS = True\n' }, errors: [{ file: 'proj/settings.py', line: 2 }] },
    { name: 'django legacy name with credentials', files: { 'proj/settings.py': 'CORS_ORIGIN_ALLOW_ALL = True\nCORS_ALLOW_CREDENTIALS = True\n' }, errors: [{ file: 'proj/settings.py', line: 1, severity: 'critical' }] },
    { name: 'an explicit resource wildcard stands whatever CORS_ORIGINS says', files: { 'app.py': flask('CORS(app, resources={r"/api/*": {"origins": "*"}})\n'), 'config.py': 'CORS_ORIGINS = ["https://app.example.com"]\n' }, errors: [{ file: 'app.py', line: 5 }] },
    { name: 'CORS_ORIGINS in a development-only file does not configure production', files: { 'app.py': flask('CORS(app)\n'), 'docker-compose.dev.yml': 'services:\n  web:\n    environment:\n      CORS_ORIGINS: http://localhost:3000\n' }, errors: [{ file: 'app.py', line: 5 }] },
    { name: 'flask config subscript', files: { 'app.py': 'app.config["CORS_ORIGINS"] = "*"\n' }, errors: [{ file: 'app.py', line: 1 }] },
    { name: 'express cors() without options', files: { 'server.js': "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors());\n" }, errors: [{ file: 'server.js', line: 4 }] },
    { name: 'express origin "*" in a const', files: { 'server.ts': "import cors from 'cors';\nconst corsOptions = {\n  origin: '*',\n};\napp.use(cors(corsOptions));\n" }, errors: [{ file: 'server.ts', line: 3 }] },
    { name: 'express origin true with credentials', files: { 'server.js': "const cors = require('cors');\napp.use(cors({\n  origin: true,\n  credentials: true,\n}));\n" }, errors: [{ file: 'server.js', line: 3, severity: 'critical' }] },
    { name: 'nest enableCors()', files: { 'src/main.ts': 'const app = await NestFactory.create(AppModule);\napp.enableCors();\n' }, errors: [{ file: 'src/main.ts', line: 2 }] },
    { name: 'nest cors: true', files: { 'src/main.ts': 'const app = await NestFactory.create(AppModule, { cors: true });\n' }, errors: [{ file: 'src/main.ts', line: 1 }] },
    { name: 'setHeader literal', files: { 'api/handler.js': "res.setHeader('Access-Control-Allow-Origin', '*');\n" }, errors: [{ file: 'api/handler.js', line: 1 }] },
    { name: 'serverless handler response headers', files: { 'handler.js': "module.exports.hello = async () => ({\n  statusCode: 200,\n  headers: { 'Access-Control-Allow-Origin': '*' },\n});\n" }, errors: [{ file: 'handler.js', line: 3 }] },
    { name: 'python header assignment', files: { 'app.py': 'resp.headers["Access-Control-Allow-Origin"] = "*"\n' }, errors: [{ file: 'app.py', line: 1 }] },
    { name: 'env CORS_ORIGINS=*', files: { '.env.production': 'CORS_ORIGINS=*\n' }, errors: [{ file: '.env.production', line: 1 }] },
    { name: "another project's restricted settings override nothing", files: {
      'flaskapp/app.py': 'from flask import Flask\napp = Flask(__name__)\napp.config["CORS_ORIGINS"] = "*"\n',
      'proj/settings/production.py': 'SESSION_COOKIE_SECURE = True\nCORS_ORIGINS = ["https://a.example.com"]\n',
    }, errors: [{ file: 'flaskapp/app.py', line: 3, message: 'CORS_ORIGINS = "*" allows any origin' }] },
    { name: "another project's CORS_ORIGINS does not replace the Flask-CORS default", files: { 'web/app.py': flask('CORS(app)\n'), 'proj/settings/production.py': 'CORS_ORIGINS = ["https://a.example.com"]\n' }, errors: [{ file: 'web/app.py', line: 5 }] },
    { name: 'runtime any-origin after from_object wins at run time', files: { 'app.py': 'app.config.from_object(ProductionConfig)\napp.config["CORS_ORIGINS"] = "*"\n', 'config.py': 'class ProductionConfig:\n    CORS_ORIGINS = ["https://a.example.com"]\n' }, errors: [{ file: 'app.py', line: 2 }] },
    { name: 'env CORS_ORIGINS=* with a trailing comment', files: { '.env.production': 'CORS_ORIGINS=* # open for now\n' }, errors: [{ file: '.env.production', line: 1 }] },
    { name: 'compose CORS_ALLOWED_ORIGINS', files: { 'docker-compose.yml': 'services:\n  api:\n    image: api:1\n    environment:\n      CORS_ALLOWED_ORIGINS: "*"\n' }, errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'k8s ConfigMap', files: { 'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  LOG_LEVEL: info\n  CORS_ORIGINS: "*"\n' }, errors: [{ file: 'k8s/cm.yaml', line: 7 }] },
    { name: 'literal header in PHP, Go, Java, Ruby, C# and Apache config', files: {
      'public/api.php': '<?php\nheader("Access-Control-Allow-Origin: *");\n$response->headers->set(\'Access-Control-Allow-Origin\', \'*\');\n',
      'api/main.go': 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Access-Control-Allow-Origin", "*")\n\tw.Header()["Access-Control-Allow-Origin"] = []string{"*"}\n}\n',
      'src/main/java/Api.java': 'class Api {\n  void h(HttpServletResponse response) {\n    response.setHeader("Access-Control-Allow-Origin", "*");\n  }\n}\n',
      'app/controllers/api_controller.rb': "class ApiController < ApplicationController\n  def index\n    headers['Access-Control-Allow-Origin'] = '*'\n  end\nend\n",
      'Api/Program.cs': 'app.Use(async (ctx, next) => {\n    ctx.Response.Headers.Add("Access-Control-Allow-Origin", "*");\n    await next();\n});\n',
      'public/.htaccess': 'Header set Access-Control-Allow-Origin "*"\n',
      'apache/site.conf': '<VirtualHost *:443>\n  SSLEngine on\n  Header always set Access-Control-Allow-Origin "*"\n</VirtualHost>\n',
    }, errors: [
      { file: 'public/api.php', line: 2, message: 'Access-Control-Allow-Origin header is set to *' }, { file: 'public/api.php', line: 3 },
      { file: 'api/main.go', line: 3 }, { file: 'api/main.go', line: 4 },
      { file: 'src/main/java/Api.java', line: 3 }, { file: 'app/controllers/api_controller.rb', line: 3 }, { file: 'Api/Program.cs', line: 2 },
      { file: 'public/.htaccess', line: 1, column: 1, message: 'Apache Header set Access-Control-Allow-Origin *' }, { file: 'apache/site.conf', line: 3, column: 3, message: 'Apache Header always set Access-Control-Allow-Origin * allows any origin' },
    ] },
    { name: 'nginx add_header *', files: { 'nginx/default.conf': 'server {\n  listen 80;\n  location /api/ {\n    add_header Access-Control-Allow-Origin *;\n    add_header \'Access-Control-Allow-Origin\' "*" always;\n  }\n}\n' }, errors: [{ file: 'nginx/default.conf', line: 4 }, { file: 'nginx/default.conf', line: 5 }] },
  ],
  notes: [
    { name: 'django allow-all under if DEBUG', files: { 'proj/settings.py': 'DEBUG = env("DEBUG")\nif DEBUG:\n    CORS_ALLOW_ALL_ORIGINS = True\n' }, notes: [{ file: 'proj/settings.py', line: 3 }] },
    { name: 'settings/local.py', files: { 'proj/settings/local.py': 'CORS_ALLOW_ALL_ORIGINS = True\n' }, notes: [{ file: 'proj/settings/local.py', line: 1 }] },
    { name: 'development config class', files: { 'config.py': 'class DevelopmentConfig(Config):\n    CORS_ORIGINS = "*"\n' }, notes: [{ file: 'config.py', line: 2 }] },
    { name: 'express in a development branch', files: { 'server.js': "const cors = require('cors');\nif (process.env.NODE_ENV === 'development') {\n  app.use(cors());\n}\n" }, notes: [{ file: 'server.js', line: 3 }] },
    { name: '.env.development', files: { '.env.development': 'CORS_ORIGINS=*\n' }, notes: [{ file: '.env.development', line: 1 }] },
  ],
});

describe('code scanner', () => {
  it('blanks comments and string contents but keeps offsets and lines', () => {
    const text = 'a = "x # y"  # CORS(app)\nb = f\'{z}\' \n"""\nCORS(app)\n"""\nCORS(app, origins="*")\n';
    const src = scanSource('m.py', text);
    expect(src.bare.length).toBe(text.length);
    expect(src.bare.split('\n').length).toBe(text.split('\n').length);
    const calls = findCalls(src, 'CORS');
    expect(calls.map((c) => c.line)).toEqual([6]);
    expect(calls[0]!.args.map((a) => [a.name, a.value])).toEqual([[null, 'app'], ['origins', '"*"']]);
  });
  it('handles JS regex literals, template strings and block comments', () => {
    const text = "const r = /cors\\(\\)/g; const t = `cors() ${x}`;\n/* cors()\n */ cors({ origin: '*' })\n";
    const calls = findCalls(scanSource('a.js', text), 'cors');
    expect(calls.map((c) => c.line)).toEqual([3]);
  });
  it('reads string literal values', () => {
    expect(stringValue('"*"')).toBe('*');
    expect(stringValue("r'/api/*'")).toBe('/api/*');
    expect(stringValue('"a" + "b"')).toBeNull();
    expect(stringValue('`${x}`')).toBeNull();
  });
  it('recognises development branches', () => {
    const py = scanSource('s.py', 'if not DEBUG:\n    A = 1\nif settings.DEBUG:\n    B = 1\nif ENV != "development":\n    C = 1\n');
    expect(inDevBranch(py, py.text.indexOf('A ='))).toBe(false);
    expect(inDevBranch(py, py.text.indexOf('C ='))).toBe(false);
    expect(inDevBranch(py, py.text.indexOf('B ='))).toBe(true);
    const js = scanSource('s.js', "if (process.env.NODE_ENV === 'production') {\n  a();\n} else if (isDev) {\n  b();\n}\n");
    expect(inDevBranch(js, js.text.indexOf('a()'))).toBe(false);
    expect(inDevBranch(js, js.text.indexOf('b()'))).toBe(true);
  });
});

describe('code scanner robustness', async () => {
  const fc = (await import('fast-check')).default;
  const { pythonSettings, enclosingHeaders } = await import('../../src/checks/util/code.js');
  const codeish = fc.string({ unit: fc.constantFrom('a', 'C', '(', ')', '[', ']', '{', '}', '"', "'", '`', '#', '/', '*', '\\', '\n', ' ', '=', ',', ':', 'r', '$', 'CORS(', 'if DEBUG:', '"""') , maxLength: 200 });
  it('keeps offsets and lines, and never throws', () => {
    fc.assert(fc.property(codeish, fc.constantFrom('a.py', 'a.js'), (text, file) => {
      const src = scanSource(file, text);
      expect(src.code.length).toBe(text.length);
      expect(src.bare.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') expect(src.bare[i]).toBe('\n');
      findCalls(src, /CORS|cors/);
      pythonSettings(src, /CORS_ORIGINS/);
      enclosingHeaders(src, text.length);
    }), { numRuns: 300 });
  });
});

describe('cors-wildcard: QA round 6 (stop 13)', () => {
  it('reads inline require(), headers given to response calls, Python serverless responses and Next.js headers()', async () => {
    const files = {
      'a/server.js': "const fastify = require('fastify')();\nfastify.register(require('@fastify/cors'), { origin: '*' });\n",
      'd/app.js': "const app = require('express')();\napp.use(require('cors')());\n",
      'ok/app.js': "const app = require('express')();\napp.use(require('cors')({ origin: ['https://app.example.com'] }));\n",
      'one.js': "const http = require('http');\nhttp.createServer((req, res) => {\n  res.writeHead(200, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });\n  res.end('ok');\n});\n",
      // A request header (a beginner's mistake, harmless) is not the server's.
      'client.js': "fetch('https://api.example.com', { headers: { 'Access-Control-Allow-Origin': '*' } });\n",
      'py/lambda_function.py': 'import json\ndef lambda_handler(event, context):\n    return {\n        "statusCode": 200,\n        "headers": {"Access-Control-Allow-Origin": "*"},\n        "body": json.dumps({}),\n    }\n',
      'next.config.js': "module.exports = {\n  async headers() {\n    return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] }];\n  },\n};\n",
      'app/api/items/route.ts': "export async function OPTIONS() {\n  return new Response(null, {\n    status: 204,\n    headers: {\n      'Access-Control-Allow-Origin': '*',\n    },\n  });\n}\n",
      'client2.ts': "await fetch(new Request('https://api.example.com', { headers: { 'Access-Control-Allow-Origin': '*' } }));\n",
    };
    const out = await runCase(corsWildcard, { name: 'qa6', files });
    expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['a/server.js:2', 'app/api/items/route.ts:5', 'd/app.js:2', 'next.config.js:3', 'one.js:3', 'py/lambda_function.py:5']);
  });
});

it('a braceless one-line development branch is a note, like the braced one', async () => {
  const files = {
    'f.js': "const app = require('express')();\nconst cors = require('cors');\nif (process.env.NODE_ENV === 'development') app.use(cors());\n",
    'g.js': "const app = require('express')();\nconst cors = require('cors');\nif (process.env.NODE_ENV !== 'development') app.use(cors());\n",
  };
  const out = await runCase(corsWildcard, { name: 'braceless', files });
  expect(out.findings.map((f) => `${f.file}${f.note ? ' note' : ''}`).sort()).toEqual(['f.js note', 'g.js']);
});

describe('cors-wildcard: rack-cors, Laravel, Spring, ASP.NET Core and Go', () => {
  /** Each finding as `file:line severity` (`info` for a note), sorted. */
  const found = async (files: Record<string, string>) => {
    const out = await runCase(corsWildcard, { name: 'stacks', files });
    expect(out.error).toBeUndefined();
    return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? corsWildcard.severity)}`).sort();
  };
  const messages = async (files: Record<string, string>) => (await runCase(corsWildcard, { name: 'stacks', files })).findings.map((f) => f.message);

  it("reads rack-cors allow blocks: '*' (rack-cors refuses it with credentials), a list with '*', an any-origin regex with credentials", async () => {
    const files = {
      'config/initializers/cors.rb': "# Be sure to restart your server when you modify this file.\nRails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins '*'\n\n    resource '*',\n      headers: :any,\n      methods: [:get, :post, :put, :patch, :delete, :options, :head]\n  end\nend\n",
      'api/config/initializers/cors.rb': 'Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins "https://app.example.com"\n    resource "/public/*", headers: :any, methods: [:get]\n  end\n\n  allow do\n    origins "*", "https://admin.example.com"\n    resource "/api/*", headers: :any, methods: :any\n  end\nend\n',
      'web/config/application.rb': "module Web\n  class Application < Rails::Application\n    config.middleware.insert_before 0, Rack::Cors do\n      allow do\n        origins /.*/\n        resource '*', headers: :any, methods: :any, credentials: true\n      end\n    end\n  end\nend\n",
      'star/config.ru': "use Rack::Cors do\n  allow do\n    origins('*')\n    resource '*', headers: :any, methods: [:get], credentials: true\n  end\nend\nrun App\n",
      'env/config/initializers/cors.rb': "Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins ENV.fetch('CORS_ORIGINS', '*').split(',')\n    resource '*', headers: :any\n  end\nend\n",
      // The deploy environment sets this one: its default never applies.
      'set/config/initializers/cors.rb': "Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins ENV.fetch('API_ORIGINS', '*')\n    resource '*', headers: :any\n  end\nend\n",
      'docker-compose.yml': 'services:\n  api:\n    image: api:1\n    environment:\n      API_ORIGINS: https://app.example.com\n',
    };
    expect(await found(files)).toEqual(['api/config/initializers/cors.rb:8 high', 'config/initializers/cors.rb:4 high', 'env/config/initializers/cors.rb:3 high', 'star/config.ru:3 high', 'web/config/application.rb:5 critical']);
    expect(await messages({ 'config/initializers/cors.rb': files['config/initializers/cors.rb'] })).toEqual(["rack-cors origins '*' allows any origin; list the allowed origins explicitly"]);
  });

  it('passes rack-cors allow-lists, commented-out wildcards, origins outside an allow block and test files', async () => {
    expect(await found({
      'config/initializers/cors.rb': "Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    # origins '*'\n    origins 'https://app.example.com',\n            'https://admin.example.com'\n    resource '*', headers: :any, methods: :any, credentials: true\n  end\nend\n",
      'lib/origins.rb': "def origins(*list)\n  list\nend\norigins '*'\n",
      'spec/dummy/config/initializers/cors.rb': "Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins '*'\n    resource '*', headers: :any\n  end\nend\n",
      // The control: the same block outside a test folder.
      'dummy/config/initializers/cors.rb': "Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins '*'\n    resource '*', headers: :any\n  end\nend\n",
    })).toEqual(['dummy/config/initializers/cors.rb:3 high']);
  });

  it('a rack-cors block under if Rails.env.development? or in config/environments/development.rb is a note', async () => {
    expect(await found({
      'config/initializers/cors.rb': "if Rails.env.development?\n  Rails.application.config.middleware.insert_before 0, Rack::Cors do\n    allow do\n      origins '*'\n      resource '*', headers: :any\n    end\n  end\nend\n",
      'config/environments/development.rb': "Rails.application.configure do\n  config.middleware.insert_before 0, Rack::Cors do\n    allow do\n      origins '*'\n      resource '*', headers: :any\n    end\n  end\nend\n",
    })).toEqual(['config/environments/development.rb:4 info', 'config/initializers/cors.rb:4 info']);
  });

  it("reads a Ruby headers hash { 'Access-Control-Allow-Origin' => '*' }: Rails default_headers, headers.merge!, a Rack response; not a request's headers (QA round 20, repos P1)", async () => {
    expect(await found({
      'config/environments/production.rb': "Rails.application.configure do\n  config.eager_load = true\n  config.action_dispatch.default_headers = {\n    'Access-Control-Allow-Origin' => '*',\n    'Access-Control-Request-Method' => %w{GET POST OPTIONS}.join(\",\")\n  }\nend\n",
      'config/environments/development.rb': "Rails.application.configure do\n  config.action_dispatch.default_headers.merge!({ 'Access-Control-Allow-Origin' => '*' })\nend\n",
      'app/controllers/api_controller.rb': "class ApiController < ActionController::API\n  after_action { response.headers.merge!('Access-Control-Allow-Origin' => '*') }\nend\n",
      'config.ru': "run lambda { |env| [200, { 'Content-Type' => 'text/plain', \"Access-Control-Allow-Origin\" => \"*\" }, ['ok']] }\n",
      // A request's headers, a localhost origin and a comment are not a response's any-origin header.
      'lib/client.rb': "Net::HTTP.get(uri, { 'Access-Control-Allow-Origin' => '*' })\n# config.action_dispatch.default_headers = { 'Access-Control-Allow-Origin' => '*' }\n",
      'config/initializers/cors.rb': "Rails.application.configure do\n  config.action_dispatch.default_headers = {\n    'Access-Control-Allow-Origin' => 'http://localhost:8000',\n  }\nend\n",
    })).toEqual(['app/controllers/api_controller.rb:2 high', 'config.ru:1 high', 'config/environments/development.rb:2 info', 'config/environments/production.rb:4 high']);
  });

  it("reads Sinatra's headers helper given a brace-less hash, as its README writes it; a request's headers and other helpers are not read (QA round 29, rubyetc D1)", async () => {
    expect(await found({
      'app.rb': "require 'sinatra'\n\nbefore do\n  headers 'Access-Control-Allow-Origin' => '*',\n          'Access-Control-Allow-Methods' => ['OPTIONS', 'GET', 'POST']\nend\n",
      'one.rb': "before do\n  headers 'Access-Control-Allow-Origin' => '*', 'Access-Control-Allow-Methods' => 'GET'\nend\n",
      'later.rb': "before do\n  headers \"Content-Type\" => \"application/json\",\n          \"Access-Control-Allow-Origin\" => \"*\"\nend\n",
      'paren.rb': "get '/' do\n  headers('Access-Control-Allow-Origin' => '*')\n  'ok'\nend\n",
      // Not a response helper: a request's headers, a localhost origin, a method named like it.
      'client.rb': "HTTP.get(url, 'Access-Control-Allow-Origin' => '*')\nrequest_headers 'Access-Control-Allow-Origin' => '*'\n",
      'local.rb': "before do\n  headers 'Access-Control-Allow-Origin' => 'http://localhost:3000'\nend\n",
    })).toEqual(['app.rb:4 high', 'later.rb:3 high', 'one.rb:2 high', 'paren.rb:2 high']);
  });

  it('reads hand-written CORS that echoes the request Origin unchecked (SimpleCORSFilter, Express/Go middleware, PHP); an allow-list check before it passes (QA round 20, repos P2)', async () => {
    expect(await found({
      'src/main/java/com/ex/CorsFilter.java': 'package com.ex;\n\n@Component\npublic class CorsFilter implements Filter {\n    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {\n        HttpServletResponse response = (HttpServletResponse) res;\n        HttpServletRequest request = (HttpServletRequest) req;\n        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));\n        response.setHeader("Access-Control-Allow-Credentials", "true");\n        chain.doFilter(req, res);\n    }\n}\n',
      'server.js': "const express = require('express');\nconst app = express();\napp.use(function (req, res, next) {\n  res.header('Access-Control-Allow-Origin', req.headers.origin);\n  next();\n});\n",
      'api/index.php': "<?php\nheader('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);\nheader('Access-Control-Allow-Credentials: true');\n",
      'app.py': "from flask import Flask, request\napp = Flask(__name__)\n\n@app.after_request\ndef cors(resp):\n    resp.headers['Access-Control-Allow-Origin'] = request.headers.get('Origin')\n    return resp\n",
      // Checked against an allow-list first, or a variable: not judged.
      'mw/main.go': 'package mw\n\nfunc cors(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tif allowed[r.Header.Get("Origin")] {\n\t\t\tw.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))\n\t\t}\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n',
      'mw/allow.js': "module.exports = (req, res, next) => {\n  if (!ALLOWED.includes(req.headers.origin)) return next();\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  next();\n};\n",
      'mw/var.js': "module.exports = (req, res, next) => {\n  const origin = pick(req.headers.origin);\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n};\n",
    })).toEqual(['api/index.php:2 critical', 'app.py:6 high', 'server.js:4 high', 'src/main/java/com/ex/CorsFilter.java:8 critical']);
    expect((await messages({ 'server.js': "res.header('Access-Control-Allow-Origin', req.headers.origin);\nres.header('Access-Control-Allow-Credentials', true);\n" }))[0]).toBe("the Access-Control-Allow-Origin header echoes the request's Origin (req.headers.origin) unchecked, which allows any origin with credentials: the caller's origin is reflected, so any site can make authenticated requests; list the allowed origins explicitly");
  });

  it('follows the Origin header through a local variable assigned just before (CodeQL CorsMisconfigurationBad.go, QA round 21 semgrep parity P2-2)', async () => {
    expect(await found({
      'api/main.go': 'package main\n\nimport "net/http"\n\nfunc cors(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {\n\t\torigin := req.Header.Get("origin")\n\t\tw.Header().Set("Access-Control-Allow-Origin", origin)\n\t\tw.Header().Set("Access-Control-Allow-Credentials", "true")\n\t\tnext.ServeHTTP(w, req)\n\t})\n}\n',
      'server.js': "const express = require('express');\nconst app = express();\napp.use((req, res, next) => {\n  const origin = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n});\n",
      'public/cors.php': "<?php\n$origin = $_SERVER['HTTP_ORIGIN'];\nheader('Access-Control-Allow-Origin: ' . $origin);\n",
      'app.py': "@app.after_request\ndef cors(resp):\n    origin = request.headers.get('Origin')\n    resp.headers['Access-Control-Allow-Origin'] = origin\n    return resp\n",
      // An allow-list check, a reassignment, a value derived by a call, or another variable: not judged.
      'mw/checked.go': 'package mw\n\nfunc cors(w http.ResponseWriter, r *http.Request) {\n\torigin := r.Header.Get("Origin")\n\tif allowed[origin] {\n\t\tw.Header().Set("Access-Control-Allow-Origin", origin)\n\t}\n}\n',
      'mw/reassigned.js': "module.exports = (req, res, next) => {\n  let origin = req.headers.origin;\n  origin = ALLOWED[0];\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n};\n",
      'mw/picked.js': "module.exports = (req, res, next) => {\n  const origin = pick(req.headers.origin);\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n};\n",
      'mw/scopes.js': "function log(req) {\n  const origin = req.headers.origin;\n  console.log(origin);\n}\nfunction setCors(res, origin) {\n  res.setHeader('Access-Control-Allow-Origin', origin);\n}\n",
      'mw/config.js': "const origin = process.env.FRONTEND_URL;\nmodule.exports = (req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n};\n",
    })).toEqual(['api/main.go:8 critical', 'app.py:4 high', 'public/cors.php:3 high', 'server.js:5 high']);
    expect((await messages({ 'server.js': "app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  next();\n});\n" }))[0]).toMatch(/^the Access-Control-Allow-Origin header echoes the request's Origin \(origin = req\.headers\.origin\) unchecked, which allows any origin;/);
  });

  const laravel = (origins: string, credentials = 'false') => `<?php\n\nreturn [\n\n    'paths' => ['api/*', 'sanctum/csrf-cookie'],\n\n    'allowed_methods' => ['*'],\n\n    ${origins}\n\n    'allowed_headers' => ['*'],\n\n    'exposed_headers' => [],\n\n    'max_age' => 0,\n\n    'supports_credentials' => ${credentials},\n\n];\n`;
  it("reads Laravel config/cors.php: ['*'], an any-origin pattern, an env() default of '*', credentials", async () => {
    expect(await found({
      'config/cors.php': laravel("'allowed_origins' => ['*'],\n\n    'allowed_origins_patterns' => [],"),
      'a/config/cors.php': laravel("'allowed_origins' => [],\n\n    'allowed_origins_patterns' => ['.*'],"),
      'b/config/cors.php': laravel("'allowed_origins' => explode(',', env('CORS_ALLOWED_ORIGINS', '*')),"),
      'c/config/cors.php': laravel("'allowed_origins' => ['*'],", 'true'),
    })).toEqual(['a/config/cors.php:11 high', 'b/config/cors.php:9 high', 'c/config/cors.php:9 critical', 'config/cors.php:9 high']);
  });

  it('passes Laravel allow-lists, commented-out wildcards, and an env() default the deploy environment sets', async () => {
    expect(await found({
      'config/cors.php': laravel("// 'allowed_origins' => ['*'],\n    # 'allowed_origins' => ['*'],\n    'allowed_origins' => ['https://app.example.com'],\n    'allowed_origins_patterns' => ['#^https://[a-z]+\\.example\\.com$#'],", 'true'),
      'b/config/cors.php': laravel("'allowed_origins' => explode(',', env('CORS_ALLOWED_ORIGINS', '*')),"),
      'b/.env.production': 'CORS_ALLOWED_ORIGINS=https://app.example.com\n',
      // The control: a development-only environment file replaces nothing.
      'c/config/cors.php': laravel("'allowed_origins' => [env('FRONTEND_ORIGIN', '*')],"),
      'c/.env.development': 'FRONTEND_ORIGIN=http://localhost:3000\n',
    })).toEqual(['c/config/cors.php:9 high']);
  });

  const webConfig = (body: string) => `package com.example.api.config;\n\nimport org.springframework.context.annotation.Configuration;\nimport org.springframework.web.servlet.config.annotation.CorsRegistry;\nimport org.springframework.web.servlet.config.annotation.WebMvcConfigurer;\n\n@Configuration\npublic class WebConfig implements WebMvcConfigurer {\n    @Override\n    public void addCorsMappings(CorsRegistry registry) {\n${body}\n    }\n}\n`;
  it('reads Spring CorsRegistry, CorsConfiguration, @CrossOrigin and Kotlin; credentials make only origin patterns critical', async () => {
    expect(await found({
      'src/main/java/com/example/api/config/WebConfig.java': webConfig('        registry.addMapping("/api/**")\n                .allowedOrigins("*")\n                .allowedMethods("GET", "POST");'),
      'patterns/src/main/java/WebConfig.java': webConfig('        registry.addMapping("/**")\n                .allowedOriginPatterns("*")\n                .allowCredentials(true);'),
      'default/src/main/java/WebConfig.java': webConfig('        registry.addMapping("/**").allowedMethods("*");'),
      'src/main/java/com/example/api/config/CorsConfig.java': 'package com.example.api.config;\n\n@Configuration\npublic class CorsConfig {\n    @Bean\n    public CorsConfigurationSource corsConfigurationSource() {\n        CorsConfiguration config = new CorsConfiguration();\n        config.setAllowedOrigins(List.of("*"));\n        config.addAllowedOriginPattern("*");\n        config.setAllowCredentials(true);\n        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();\n        source.registerCorsConfiguration("/**", config);\n        return source;\n    }\n}\n',
      'src/main/java/com/example/api/web/ItemController.java': 'package com.example.api.web;\n\n@RestController\n@CrossOrigin(origins = "*", maxAge = 3600)\n@RequestMapping("/items")\npublic class ItemController {\n    @CrossOrigin\n    @GetMapping\n    public List<Item> list() { return items; }\n\n    @CrossOrigin("*")\n    @PostMapping\n    public Item add() { return null; }\n}\n',
      'src/main/kotlin/com/example/CorsConfig.kt': 'package com.example\n\n@Configuration\nclass CorsConfig {\n    @Bean\n    fun corsConfigurationSource(): CorsConfigurationSource {\n        val config = CorsConfiguration()\n        config.allowedOrigins = listOf("*")\n        config.addAllowedOrigin(CorsConfiguration.ALL)\n        return UrlBasedCorsConfigurationSource().apply { registerCorsConfiguration("/**", config) }\n    }\n}\n',
    })).toEqual([
      'default/src/main/java/WebConfig.java:11 high',
      'patterns/src/main/java/WebConfig.java:12 critical',
      'src/main/java/com/example/api/config/CorsConfig.java:8 high',
      'src/main/java/com/example/api/config/CorsConfig.java:9 critical',
      'src/main/java/com/example/api/config/WebConfig.java:12 high',
      'src/main/java/com/example/api/web/ItemController.java:11 high',
      'src/main/java/com/example/api/web/ItemController.java:4 high',
      'src/main/java/com/example/api/web/ItemController.java:7 high',
      'src/main/kotlin/com/example/CorsConfig.kt:8 high',
      'src/main/kotlin/com/example/CorsConfig.kt:9 high',
    ]);
  });

  it('passes Spring allow-lists, commented-out wildcards, tests, and a dev profile is a note', async () => {
    expect(await found({
      'src/main/java/WebConfig.java': webConfig('        // registry.addMapping("/**").allowedOrigins("*");\n        /* @CrossOrigin("*") */\n        registry.addMapping("/api/**")\n                .allowedOrigins("https://app.example.com")\n                .allowedHeaders("*")\n                .allowCredentials(true);'),
      'src/main/java/Controller.java': '@RestController\n@CrossOrigin(origins = "https://app.example.com")\npublic class Controller {\n    String doc = "@CrossOrigin(\\"*\\")";\n}\n',
      'src/main/java/Mapper.java': 'class Mapper {\n    void configure(TypeMap<A, B> map) {\n        map.addMapping(A::getName, B::setName);\n    }\n}\n',
      'src/test/java/WebConfigTest.java': webConfig('        registry.addMapping("/**").allowedOrigins("*");'),
      'src/main/java/DevCors.java': 'package x;\n\n@Configuration\n@Profile("dev")\npublic class DevCors implements WebMvcConfigurer {\n    public void addCorsMappings(CorsRegistry registry) {\n        registry.addMapping("/**").allowedOrigins("*");\n    }\n}\n',
    })).toEqual(['src/main/java/DevCors.java:7 info']);
  });

  it('reads Spring Boot actuator CORS in application properties and YAML', async () => {
    expect(await found({
      'src/main/resources/application.properties': 'server.port=8080\n# management.endpoints.web.cors.allowed-origins=*\nmanagement.endpoints.web.cors.allowed-origins=*\n',
      'b/src/main/resources/application-prod.yml': 'management:\n  endpoints:\n    web:\n      exposure:\n        include: "*"\n      cors:\n        allowed-origin-patterns: "*"\n        allow-credentials: true\n',
      'c/src/main/resources/application.yaml': 'management:\n  endpoints:\n    web:\n      cors:\n        allowed-origins:\n          - "https://app.example.com"\n          - "*"\n',
      'd/src/main/resources/application.yml': 'management:\n  endpoints:\n    web:\n      exposure:\n        include: "*"\n      cors:\n        allowed-origins: "https://app.example.com"\n',
      'e/src/main/resources/application-dev.properties': 'management.endpoints.web.cors.allowed-origins=*\n',
      'f/src/main/resources/application-test.yml': 'management.endpoints.web.cors.allowed-origins: "*"\n',
    })).toEqual(['b/src/main/resources/application-prod.yml:7 critical', 'c/src/main/resources/application.yaml:7 high', 'e/src/main/resources/application-dev.properties:1 info', 'src/main/resources/application.properties:3 high']);
  });

  const program = (cors: string) => `var builder = WebApplication.CreateBuilder(args);\n\nbuilder.Services.AddCors(options =>\n{\n    options.AddPolicy("Frontend", policy =>\n    {\n${cors}\n    });\n});\n\nvar app = builder.Build();\napp.UseCors("Frontend");\napp.Run();\n`;
  it('reads ASP.NET Core: AllowAnyOrigin (refused with credentials), WithOrigins("*"), SetIsOriginAllowed(_ => true) with credentials', async () => {
    expect(await found({
      'Api/Program.cs': program('        policy.AllowAnyOrigin()\n              .AllowAnyHeader()\n              .AllowAnyMethod();'),
      'Star/Program.cs': program('        policy.WithOrigins("*").AllowAnyHeader();'),
      'Reflect/Program.cs': program('        policy.SetIsOriginAllowed(origin => true)\n              .AllowAnyHeader()\n              .AllowCredentials();'),
      'Plain/Startup.cs': 'public void ConfigureServices(IServiceCollection services)\n{\n    services.AddCors(o => o.AddDefaultPolicy(b => b.SetIsOriginAllowed(_ => true)));\n}\n',
    })).toEqual(['Api/Program.cs:7 high', 'Plain/Startup.cs:3 high', 'Reflect/Program.cs:7 critical', 'Star/Program.cs:7 high']);
  });

  it('passes ASP.NET Core allow-lists and comments; IsDevelopment() code is a note', async () => {
    expect(await found({
      'Api/Program.cs': program('        // policy.AllowAnyOrigin();\n        policy.WithOrigins("https://app.example.com")\n              .SetIsOriginAllowedToAllowWildcardSubdomains()\n              .AllowCredentials();'),
      'Check/Program.cs': program('        policy.SetIsOriginAllowed(origin => new Uri(origin).Host == "app.example.com");'),
      'Dev/Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nif (builder.Environment.IsDevelopment())\n{\n    builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin()));\n}\n',
      'Prod/Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nif (!builder.Environment.IsDevelopment())\n{\n    builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin()));\n}\n',
    })).toEqual(['Dev/Program.cs:4 info', 'Prod/Program.cs:4 high']);
  });

  it('reads Go gin-contrib/cors, rs/cors and go-chi/cors', async () => {
    expect(await found({
      'cmd/api/main.go': 'package main\n\nimport (\n\t"github.com/gin-contrib/cors"\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.Use(cors.Default())\n\tr.Run()\n}\n',
      'gin/router.go': 'package gin\n\nimport (\n\t"time"\n\n\t"github.com/gin-contrib/cors"\n)\n\nfunc setup(r *gin.Engine) {\n\tr.Use(cors.New(cors.Config{\n\t\tAllowAllOrigins:  true,\n\t\tAllowMethods:     []string{"GET", "POST"},\n\t\tAllowCredentials: true,\n\t\tMaxAge:           12 * time.Hour,\n\t}))\n\tconfig := cors.DefaultConfig()\n\tconfig.AllowOrigins = []string{"*"}\n\tr.Use(cors.New(config))\n}\n',
      'ginfunc/router.go': 'package ginfunc\n\nimport "github.com/gin-contrib/cors"\n\nvar mw = cors.New(cors.Config{\n\tAllowOriginFunc: func(origin string) bool {\n\t\treturn true\n\t},\n\tAllowCredentials: true,\n})\n',
      'rs/server.go': 'package rs\n\nimport (\n\t"net/http"\n\n\t"github.com/rs/cors"\n)\n\nfunc handler(mux *http.ServeMux) http.Handler {\n\tc := cors.New(cors.Options{\n\t\tAllowedOrigins:   []string{"*"},\n\t\tAllowCredentials: true,\n\t})\n\treturn c.Handler(cors.AllowAll().Handler(mux))\n}\n',
      'chi/routes.go': 'package chi\n\nimport (\n\tchicors "github.com/go-chi/cors"\n)\n\nvar h = chicors.Handler(chicors.Options{\n\tAllowedMethods: []string{"GET", "POST"},\n})\n',
    })).toEqual([
      'chi/routes.go:7 high',
      'cmd/api/main.go:10 high',
      'gin/router.go:11 high',
      'gin/router.go:17 high',
      'ginfunc/router.go:6 critical',
      'rs/server.go:11 critical',
      'rs/server.go:14 high',
    ]);
  });

  it('passes Go allow-lists, commented-out wildcards, other cors packages and _test.go files', async () => {
    expect(await found({
      'api/main.go': 'package main\n\nimport "github.com/rs/cors"\n\n// c := cors.AllowAll()\nvar c = cors.New(cors.Options{\n\tAllowedOrigins:   []string{"https://app.example.com"},\n\tAllowCredentials: true,\n})\n',
      'gin/main.go': 'package gin\n\nimport "github.com/gin-contrib/cors"\n\nvar m = cors.New(cors.Config{\n\tAllowOrigins: []string{"https://app.example.com"},\n\t// AllowAllOrigins: true,\n\tAllowOriginFunc: func(origin string) bool { return origin == "https://admin.example.com" },\n})\n',
      'own/main.go': 'package own\n\nimport "example.com/internal/cors"\n\nvar m = cors.Default()\n',
      'api/main_test.go': 'package main\n\nimport "github.com/rs/cors"\n\nvar c = cors.AllowAll()\n',
      // The control: the same outside a test file, the import aliased.
      'api/server.go': 'package main\n\nimport rscors "github.com/rs/cors"\n\nvar all = rscors.AllowAll()\n',
    })).toEqual(['api/server.go:5 high']);
  });
});

describe('cors-wildcard: Nuxt/h3 headers and an environment fallback of *', () => {
  it('h3 setResponseHeader, Nuxt routeRules headers and cors({ origin: process.env.X || "*" }) fail; a deploy environment that sets X passes', async () => {
    const files = {
      'server/api/hello.ts': "export default defineEventHandler((event) => {\n  setResponseHeader(event, 'Access-Control-Allow-Origin', '*')\n  return { hello: 'world' }\n})\n",
      'nuxt.config.ts': "export default defineNuxtConfig({\n  routeRules: { '/api/**': { headers: { 'Access-Control-Allow-Origin': '*' } } },\n})\n",
      'src/app.js': "const cors = require('cors');\nconst corsOptions = { origin: process.env.CORS_ORIGIN || '*', credentials: true };\napp.use(cors(corsOptions));\n",
      'src/other.js': "const cors = require('cors');\napp.use(cors({ origin: process.env.ALLOWED || 'https://app.example.com' }));\nfetch(url, { headers: { 'Access-Control-Allow-Origin': '*' } });\n",
    };
    const out = await runCase(corsWildcard, { files });
    expect(out.findings.filter((f) => !f.note).map((f) => [f.file, f.line])).toEqual([['nuxt.config.ts', 2], ['server/api/hello.ts', 2], ['src/app.js', 2]]);
    expect(out.findings.find((f) => f.file === 'src/app.js')!.message).toMatch(/origin falls back to \* when CORS_ORIGIN is unset/);
    const set = await runCase(corsWildcard, { files: { ...files, 'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0\n    environment:\n      CORS_ORIGIN: https://app.example.com\n' } });
    expect(set.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['nuxt.config.ts', 'server/api/hello.ts']);
  });
});

describe('cors-wildcard: the cors package and credentials', () => {
  it("origin '*' (or none) with credentials stays high: the package sends a literal *; origin: true with credentials reflects: critical", async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'src/star.js': "const cors = require('cors');\napp.use(cors({ origin: '*', credentials: true }));\n",
        'src/none.js': "const cors = require('cors');\napp.use(cors({ credentials: true }));\n",
        'src/reflect.js': "const cors = require('cors');\napp.use(cors({ origin: true, credentials: true }));\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.severity ?? 'high']).sort()).toEqual([['src/none.js', 'high'], ['src/reflect.js', 'critical'], ['src/star.js', 'high']]);
  });
});

describe('cors-wildcard: Symfony NelmioCorsBundle', () => {
  const nelmio = (body: string) => `nelmio_cors:\n${body}`;
  it("flags allow_origin ['*'] in defaults or a path, an any-origin regex with origin_regex, credentials as critical; the Flex recipe's env origin and dev configs do not fail", async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'src/Kernel.php': '<?php\nnamespace App;\nclass Kernel {}\n',
        // The Symfony Flex recipe: origins from the environment, as regexes.
        'config/packages/nelmio_cors.yaml': nelmio("    defaults:\n        origin_regex: true\n        allow_origin: ['%env(CORS_ALLOW_ORIGIN)%']\n        allow_methods: ['GET', 'OPTIONS', 'POST']\n    paths:\n        '^/api/':\n            allow_origin: ['*']\n            max_age: 3600\n"),
        'api/config/packages/nelmio_cors.yaml': nelmio("    defaults:\n        allow_credentials: true\n        origin_regex: true\n        allow_origin: ['^.*$']\n"),
        'admin/config/packages/nelmio_cors.yml': nelmio("    defaults:\n        allow_origin: ['https://admin.example.com']\n    paths:\n        '^/':\n            origin_regex: true\n"),
        'legacy/config/packages/nelmio_cors.yaml': nelmio("    defaults:\n        allow_origin: ['.*']\n"),
        'config/packages/dev/nelmio_cors.yaml': nelmio("    defaults:\n        allow_origin: ['*']\n"),
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.severity ?? null, f.note ?? false, f.message.split(';')[0]!.split(' with credentials')[0]])).toEqual([
      ['api/config/packages/nelmio_cors.yaml', 5, 23, 'critical', false, "NelmioCorsBundle defaults allow_origin '^.*$' (a regex) allows any origin"],
      ['config/packages/dev/nelmio_cors.yaml', 3, 23, null, true, "NelmioCorsBundle defaults allow_origin '*' allows any origin (development-only"],
      ['config/packages/nelmio_cors.yaml', 8, 27, null, false, "NelmioCorsBundle paths '^/api/' allow_origin '*' (a regex) allows any origin"],
    ]);
  });
});

describe('cors-wildcard: Koa, Hono, Elysia, Echo and Fiber', () => {
  const messages = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => [f.file, f.line, f.severity ?? null, f.message.split(';')[0]]);
  it('reads the JavaScript middlewares by their modules (default and named imports, require) and their credentials semantics', async () => {
    expect(await messages({
      'src/hono.ts': "import { Hono } from 'hono'\nimport { cors } from 'hono/cors'\nconst app = new Hono()\napp.use('/api/*', cors())\napp.use('/v2/*', cors({ origin: '*', credentials: true }))\napp.use('/v3/*', cors({ origin: ['https://app.example.com'] }))\nexport default app\n",
      'src/koa.js': "const Koa = require('koa');\nconst cors = require('@koa/cors');\nconst app = new Koa();\napp.use(cors());\napp.use(cors({ credentials: true }));\napp.use(cors({ origin: 'https://app.example.com', credentials: true }));\n",
      'src/elysia.ts': "import { Elysia } from 'elysia'\nimport { cors as allowCors } from '@elysiajs/cors'\nnew Elysia().use(allowCors()).use(allowCors({ origin: 'app.example.com' })).use(allowCors({ origin: true, credentials: false })).listen(3000)\n",
      'src/other.ts': "import { cors } from './my-cors'\napp.use(cors())\n",
    })).toEqual([
      ['src/elysia.ts', 3, 'critical', '@elysiajs/cors without options (its defaults: origin true, credentials true) accepts any origin with credentials: the library reflects the caller\'s origin, so any site can make authenticated requests'],
      ['src/elysia.ts', 3, null, '@elysiajs/cors origin: true reflects any origin'],
      ['src/hono.ts', 4, null, 'Hono cors() without options allows any origin'],
      ['src/hono.ts', 5, null, "Hono cors() origin '*' allows any origin"],
      ['src/koa.js', 4, null, '@koa/cors without options allows any origin'],
      ['src/koa.js', 5, 'critical', "@koa/cors without an origin option allows any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
    ]);
  });
  it('reads Echo and Fiber: defaults, "*", config without origins, an origin func returning true', async () => {
    const echo = (body: string) => `package main\n\nimport (\n\t"github.com/labstack/echo/v4"\n\t"github.com/labstack/echo/v4/middleware"\n)\n\nfunc main() {\n\te := echo.New()\n${body}\n\te.Logger.Fatal(e.Start(":1323"))\n}\n`;
    const fiber = (body: string) => `package main\n\nimport (\n\t"github.com/gofiber/fiber/v2"\n\t"github.com/gofiber/fiber/v2/middleware/cors"\n)\n\nfunc main() {\n\tapp := fiber.New()\n${body}\n\tapp.Listen(":3000")\n}\n`;
    expect(await messages({
      'echo/a/main.go': echo('\te.Use(middleware.CORS())'),
      'echo/b/main.go': echo('\te.Use(middleware.CORSWithConfig(middleware.CORSConfig{\n\t\tAllowOrigins:     []string{"*"},\n\t\tAllowCredentials: true,\n\t\tUnsafeWildcardOriginWithAllowCredentials: true,\n\t}))'),
      'echo/c/main.go': echo('\te.Use(middleware.CORSWithConfig(middleware.CORSConfig{\n\t\tAllowOrigins: []string{"https://app.example.com"},\n\t}))'),
      'fiber/a/main.go': fiber('\tapp.Use(cors.New())'),
      'fiber/b/main.go': fiber('\tapp.Use(cors.New(cors.Config{\n\t\tAllowOriginsFunc: func(origin string) bool { return true },\n\t\tAllowCredentials: true,\n\t}))'),
      'fiber/c/main.go': fiber('\tapp.Use(cors.New(cors.Config{AllowOrigins: "https://app.example.com"}))'),
      'fiber/d/main.go': fiber('\tapp.Use(cors.New(cors.Config{AllowHeaders: "Origin, Content-Type"}))'),
    })).toEqual([
      ['echo/a/main.go', 10, null, 'Echo middleware.CORS() allows any origin (its default)'],
      ['echo/b/main.go', 11, 'critical', "Echo AllowOrigins: []string{\"*\"} allows any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
      ['fiber/a/main.go', 10, null, 'Fiber cors.New() allows any origin (its default)'],
      ['fiber/b/main.go', 11, 'critical', "Fiber cors AllowOriginsFunc returning true accepts any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
      ['fiber/d/main.go', 10, null, 'Fiber cors.Config without AllowOrigins allows any origin (the default is all origins)'],
    ]);
  });
});

describe('cors-wildcard: hapi and Deno oak', () => {
  const messages = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => [f.file, f.line, f.severity ?? null, f.message.split(';')[0]]);
  const critical = ": the library reflects the caller's origin, so any site can make authenticated requests";
  it("reads hapi's route cors option: true and no origin take the default ['*'] (echoed, critical with credentials), 'ignore' sends *", async () => {
    expect(await messages({
      'a/server.js': "const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000, routes: { cors: true } });\nserver.route({ method: 'GET', path: '/', handler: () => 'ok', options: { cors: { credentials: true } } });\nserver.route({ method: 'GET', path: '/b', handler: () => 'ok', options: { cors: true } });\nserver.start();\n",
      'b/lib/server.js': "'use strict';\nconst Hapi = require('@hapi/hapi');\nexports.init = async () => {\n  const server = Hapi.server({\n    routes: {\n      cors: {\n        origin: ['*'],\n        credentials: true\n      }\n    }\n  });\n  return server;\n};\n",
      'c/server.ts': "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ routes: { cors: { origin: 'ignore', credentials: true } } });\n",
      'd/server.js': "var Hapi = require('hapi');\nvar server = new Hapi.Server();\nserver.route({ method: 'GET', path: '/x', config: { cors: { origin: ['https://*'], credentials: true }, handler: h } });\nserver.route({ method: 'GET', path: '/y', config: { cors: { credentials: true }, handler: h } });\n",
    })).toEqual([
      ['a/server.js', 2, null, "hapi routes.cors: true (origin defaults to ['*']) reflects any origin"],
      ['a/server.js', 3, 'critical', `hapi route cors (origin defaults to ['*']) reflects any origin with credentials${critical}`],
      ['b/lib/server.js', 7, 'critical', `hapi routes.cors origin ['*'] reflects any origin (hapi echoes the caller's origin for '*') with credentials${critical}`],
      ['c/server.ts', 2, null, "hapi routes.cors origin 'ignore' sends Access-Control-Allow-Origin: * and allows any origin"],
      ['d/server.js', 3, 'critical', `hapi route cors origin entry 'https://*' is a wildcard that matches every site over its scheme (any origin an attacker serves over it) and reflects it with credentials${critical}`],
      ['d/server.js', 4, 'critical', `hapi route cors (origin defaults to ['*']) reflects any origin with credentials${critical}`],
    ]);
  });
  it('hapi allow-lists (also inherited by a route), wildcard domains, plugin options, route files without the server and other frameworks pass', async () => {
    expect(await messages({
      'a/server.js': "const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ routes: { cors: { origin: ['https://app.example.com'], credentials: true } } });\nserver.route({ method: 'GET', path: '/', handler: () => 'ok', options: { cors: { credentials: true } } });\nserver.route({ method: 'GET', path: '/b', handler: () => 'ok', options: { cors: true } });\nawait server.register({ plugin: require('hapi-swagger'), options: { cors: true } });\n",
      'b/server.js': "const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ routes: { cors: { origin: ['https://*.example.com', 'https://app.example.org'] } } });\nserver.route({ method: 'GET', path: '/', handler: h, options: { cors: false } });\n",
      'c/routes.ts': "import type { ServerRoute } from '@hapi/hapi';\nexport const routes: ServerRoute[] = [{ method: 'GET', path: '/', handler: h, options: { cors: { credentials: true } } }];\n",
      'd/server.js': "const express = require('express');\nconst config = { routes: { cors: true } };\nconst r = { method: 'GET', path: '/', options: { cors: true } };\n",
      'e/main.ts': "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule, { cors: { origin: ['https://app.example.com'] } });\nconst opts = { routes: { cors: true } };\n",
      'f/server.js': "const Hapi = require('@hapi/hapi');\n// Hapi.server({ routes: { cors: true } });\nconst doc = \"routes: { cors: true }\";\n",
    })).toEqual([]);
  });
  it("reads Deno oak's oakCors() (deno.land/x/cors, jsr:@tajpouria/cors, a deps.ts re-export) like the cors package", async () => {
    expect(await messages({
      'a/main.ts': 'import { Application } from "jsr:@oak/oak";\nimport { oakCors } from "https://deno.land/x/cors@v1.2.2/mod.ts";\nconst app = new Application();\napp.use(oakCors());\napp.use(oakCors({ origin: "https://app.example.com", credentials: true }));\n',
      'b/main.ts': 'import { oakCors as cors } from "jsr:@tajpouria/cors";\napp.use(cors({ origin: true, credentials: true }));\napp.use(cors({ origin: "*", credentials: true }));\n',
      'c/main.ts': 'import { Application, oakCors } from "./deps.ts";\nconst app = new Application();\napp.use(oakCors({ origin: /^.+localhost:(3000|4200)$/ }));\napp.use(oakCors());\n',
      'd/main.ts': 'import { oakCors } from "https://deno.land/x/cors/mod.ts";\n// app.use(oakCors());\n',
    })).toEqual([
      ['a/main.ts', 4, null, 'oakCors() without options allows any origin'],
      ['b/main.ts', 2, 'critical', `oakCors() origin: true reflects any origin with credentials${critical}`],
      ['b/main.ts', 3, null, "oakCors() origin \"*\" allows any origin"],
      ['c/main.ts', 4, null, 'oakCors() without options allows any origin'],
    ]);
  });
});

describe('cors-wildcard: Rust (tower-http, actix-cors, rocket_cors)', () => {
  it('flags permissive layers, Any origins and mirrored origins (critical with credentials); an allow-list, comments and lifetimes do not confuse it', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'api/src/main.rs': "use axum::Router;\nuse tower_http::cors::{Any, CorsLayer};\n\nfn name<'a>(s: &'a str) -> &'a str { s }\n\nfn app() -> Router {\n    let cors = CorsLayer::new()\n        .allow_methods([Method::GET, Method::POST])\n        .allow_origin(Any);\n    Router::new().layer(cors)\n}\n",
        'gateway/src/main.rs': "use tower_http::cors::CorsLayer;\n// CorsLayer::permissive() was too open\nfn app() -> Router { Router::new().layer(tower_http::cors::CorsLayer::very_permissive()) }\n",
        'web/src/main.rs': "use actix_cors::Cors;\n\nfn cors() -> Cors {\n    Cors::default()\n        .allow_any_origin()\n        .supports_credentials()\n}\n",
        'ok/src/main.rs': "use tower_http::cors::{AllowOrigin, CorsLayer};\nfn app() -> Router {\n    let cors = CorsLayer::new().allow_origin(\"https://app.example.com\".parse::<HeaderValue>().unwrap());\n    Router::new().layer(cors)\n}\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? null, f.message.split(' with credentials')[0]!.split(';')[0]])).toEqual([
      ['api/src/main.rs', 9, null, 'tower-http .allow_origin(Any) allows any origin'],
      ['gateway/src/main.rs', 3, 'critical', 'tower-http CorsLayer::very_permissive() echoes any origin'],
      ['web/src/main.rs', 5, 'critical', 'actix-cors .allow_any_origin() allows any origin'],
    ]);
  });
});

describe('cors-wildcard: an any-origin setting with credentials allowed elsewhere in the project', () => {
  it("CORS_ORIGINS = '*' in config.py with CORS(app, supports_credentials=True) in app/__init__.py is critical; another project's credentials are not", async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'config.py': 'class Config:\n    CORS_ORIGINS = "*"\n',
        'app/__init__.py': 'from flask import Flask\nfrom flask_cors import CORS\nfrom config import Config\n\ndef create_app():\n    app = Flask(__name__)\n    app.config.from_object(Config)\n    CORS(app, supports_credentials=True)\n    return app\n',
        'svc/a/settings/base.py': 'CORS_ALLOW_ALL_ORIGINS = True\n',
        'svc/a/settings/production.py': 'from .base import *\nCORS_ALLOW_CREDENTIALS = True\n',
        'svc/b/settings.py': 'CORS_ALLOW_ALL_ORIGINS = True\n',
        'svc/c/settings.py': 'CORS_ALLOW_CREDENTIALS = True\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? null])).toEqual([
      ['config.py', 2, 'critical'],
      ['svc/a/settings/base.py', 1, 'critical'],
      ['svc/b/settings.py', 1, null],
    ]);
  });
});

describe('cors-wildcard: an origin callback that allows every origin', () => {
  it('(origin, cb) => cb(null, true) with credentials is critical; a callback that checks a list passes', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'src/app.ts': "import cors, { CorsOptions } from 'cors';\nconst corsOptions: CorsOptions = { origin: (origin, cb) => cb(null, true), credentials: true };\napp.use(cors(corsOptions));\n",
        'src/b.js': "const cors = require('cors');\napp.use(cors({ origin: function (origin, callback) { callback(null, true); } }));\n",
        'src/c.js': "const cors = require('cors');\nconst allowed = ['https://app.example.com'];\napp.use(cors({ origin: (origin, cb) => cb(null, allowed.includes(origin)), credentials: true }));\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? null])).toEqual([['src/app.ts', 2, 'critical'], ['src/b.js', 2, null]]);
  });
});

describe('cors-wildcard: static hosts\' header rules', () => {
  it('vercel.json, netlify.toml and _headers with Access-Control-Allow-Origin: * fail at the rule; a named origin passes', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'vercel.json': '{\n  "headers": [\n    {\n      "source": "/api/(.*)",\n      "headers": [\n        { "key": "Access-Control-Allow-Origin", "value": "*" }\n      ]\n    }\n  ]\n}\n',
        'site/netlify.toml': '[[headers]]\n  for = "/*"\n  [headers.values]\n    Access-Control-Allow-Origin = "*"\n',
        'public/_headers': '/api/*\n  Access-Control-Allow-Origin: *\n/fonts/*\n  Access-Control-Allow-Origin: https://app.example.com\n',
        'web/vercel.json': '{ "headers": [{ "source": "/(.*)", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "https://app.example.com" }] }] }\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.column])).toEqual([['public/_headers', 2, 3], ['site/netlify.toml', 4, 5], ['vercel.json', 6, 11]]);
  });

  it('* on a path of public static assets (/fonts/*, /assets/*, *.woff2) is a note, as in nginx; on /*, /api/* it fails (QA round 34, fullrepos P1)', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'vercel.json': '{\n  "headers": [\n    {\n      "source": "/fonts/(.*)",\n      "headers": [\n        { "key": "Access-Control-Allow-Origin", "value": "*" },\n        { "key": "Cache-Control", "value": "public, max-age=31536000, immutable" }\n      ]\n    },\n    { "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }], "source": "/(.*)" },\n    { "source": "/(.*).(woff|woff2|ttf)", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }] },\n    { "source": "/_next/static/(.*)", "headers": [{ "key": "Access-Control-Allow-Origin", "value": "*" }] }\n  ]\n}\n',
        'netlify.toml': '[build]\n  publish = "dist"\n\n[[headers]]\n  for = "/fonts/*"\n  [headers.values]\n    Access-Control-Allow-Origin = "*"\n\n[[headers]]\n  for = "/*"\n  [headers.values]\n    Access-Control-Allow-Origin = "*"\n\n[[redirects]]\n  from = "/api/*"\n  to = "/.netlify/functions/:splat"\n\n[[headers]]\n  for = "/api/*"\n  [headers.values]\n    Access-Control-Allow-Origin = "*"\n',
        'public/_headers': '# fonts for the partner sites\n/assets/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=31536000, immutable\n/*.woff2\n  Access-Control-Allow-Origin: *\n/api/*\n  Access-Control-Allow-Origin: *\nhttps://app.example.pages.dev/static/*\n  Access-Control-Allow-Origin: *\n/*\n  Access-Control-Allow-Origin: *\n',
      },
    });
    const got = out.findings.map((f) => `${f.note ? 'info' : 'high'} ${f.file}:${f.line}`).sort();
    expect(got).toEqual([
      'high netlify.toml:12', 'high netlify.toml:21', 'high public/_headers:12', 'high public/_headers:8', 'high vercel.json:10',
      'info netlify.toml:7', 'info public/_headers:10', 'info public/_headers:3', 'info public/_headers:6', 'info vercel.json:11', 'info vercel.json:12', 'info vercel.json:6',
    ]);
    expect(out.findings.find((f) => f.file === 'netlify.toml' && f.line === 7)?.message).toContain('for /fonts/*, which serves public static assets only');
  });
});

describe('cors-wildcard: modules required in a comma-chained declaration', () => {
  it("var express = require('express'), cors = require('cors') (the RealWorld example app) is read", async () => {
    const out = await runCase(corsWildcard, {
      files: { 'app.js': "var http = require('http'),\n    path = require('path'),\n    express = require('express'),\n    cors = require('cors');\n\nvar app = express();\napp.use(cors());\n" },
    });
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['app.js', 7]]);
  });
});

describe('cors-wildcard: a setting set to another setting of the module', () => {
  it('CORS_ALLOW_ALL_ORIGINS = DEBUG with DEBUG = True fails; with DEBUG read from the environment it is not judged', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'a/settings.py': 'DEBUG = True\nCORS_ORIGIN_ALLOW_ALL = DEBUG\nCORS_ALLOW_ALL_ORIGINS = DEBUG\n',
        'b/settings.py': 'import os\nDEBUG = os.environ.get("DEBUG") == "1"\nCORS_ALLOW_ALL_ORIGINS = DEBUG\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line])).toEqual([['a/settings.py', 2], ['a/settings.py', 3]]);
  });
});

describe('cors-wildcard: nginx any-origin on public static assets', () => {
  it("a font or image location (h5bp's, written or included) gives a note; the same header on the application's routes fails", async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'nginx.conf': 'http {\n  server {\n    listen 80;\n    location ~* \\.(?:eot|otf|tt[cf]|woff2?)$ {\n      add_header Access-Control-Allow-Origin "*";\n    }\n    location ~* \\.(?:bmp|cur|gif|ico|jpe?g|png|svgz?|webp|avif)$ {\n      include h5bp/cross-origin/requests.conf;\n    }\n    location /api/ {\n      add_header Access-Control-Allow-Origin *;\n    }\n  }\n}\n',
        'h5bp/cross-origin/requests.conf': '# Cross-origin requests\nadd_header Access-Control-Allow-Origin $cors;\nadd_header Access-Control-Allow-Origin "*";\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false])).toEqual([
      ['h5bp/cross-origin/requests.conf', 3, true],
      ['nginx.conf', 5, true],
      ['nginx.conf', 11, false],
    ]);
  });
});

describe('cors-wildcard: Socket.IO servers', () => {
  it('SocketIO(app, cors_allowed_origins="*") echoes any origin with credentials (critical); cors_credentials=False keeps it high; a list passes', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'a/app.py': 'from flask import Flask\nfrom flask_socketio import SocketIO\napp = Flask(__name__)\nsocketio = SocketIO(app, cors_allowed_origins="*")\n',
        'b/server.py': 'import socketio\nsio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins="*", cors_credentials=False)\n',
        'c/app.py': 'from flask_socketio import SocketIO\nsocketio = SocketIO(cors_allowed_origins=["https://app.example.com"])\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? null])).toEqual([['a/app.py', 4, 'critical'], ['b/server.py', 2, null]]);
  });
});

describe('cors-wildcard: QA round (stop 16): Django regexes, Rust paths, Elixir and actix header literals', () => {
  it('finds each; an allow-list passes', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'proj/settings.py': 'INSTALLED_APPS = ["corsheaders"]\nCORS_ALLOWED_ORIGIN_REGEXES = [r".*"]\nCORS_ALLOW_CREDENTIALS = True\n',
        'old/settings.py': 'CORS_ORIGIN_REGEX_WHITELIST = (r"^https://\\w+\\.example\\.com$",)\n',
        'src/main.rs': 'use tower_http::cors::CorsLayer;\nfn cors() -> CorsLayer {\n    CorsLayer::new().allow_origin(tower_http::cors::Any)\n}\nfn ok() -> HttpResponse { HttpResponse::Ok().insert_header(("Access-Control-Allow-Origin", "*")).finish() }\n',
        'lib/app_web/endpoint.ex': 'defmodule AppWeb.Cors do\n  def call(conn, _) do\n    # put_resp_header(conn, "access-control-allow-origin", "*") was the old way\n    conn |> put_resp_header("access-control-allow-origin", "*")\n  end\nend\n',
      },
    });
    // (A raw finding without a severity has the check's own: high.)
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? 'high']).sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1]))).toEqual([
      ['lib/app_web/endpoint.ex', 4, 'high'],
      ['proj/settings.py', 2, 'critical'],
      ['src/main.rs', 3, 'high'],
      ['src/main.rs', 5, 'high'],
    ]);
  });
});

describe('cors-wildcard: Socket.IO servers and NestJS gateways (their cors option goes to the cors package)', () => {
  it("origin '*', cors: true, a cors object without origin and origin: true with credentials fail; no cors option or a list passes", async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'chat/index.js': 'const http = require("http");\nconst { Server } = require("socket.io");\nconst server = http.createServer();\nconst io = new Server(server, {\n  cors: { origin: "*", methods: ["GET", "POST"] },\n});\n',
        'game/server.ts': "import { Server as IOServer } from 'socket.io';\nimport { Server } from 'http';\nconst s = new Server();\nconst io = new IOServer(s, { cors: { origin: true, credentials: true } });\n",
        'legacy/app.js': "const app = require('express')();\nconst http = require('http').Server(app);\nconst io = require('socket.io')(http, { cors: { methods: ['GET'] } });\n",
        'api/src/events.gateway.ts': "import { WebSocketGateway, SubscribeMessage } from '@nestjs/websockets';\n\n@WebSocketGateway({ cors: true })\nexport class EventsGateway {}\n",
        'ok/a.js': "const { Server } = require('socket.io');\nconst io = new Server(3000, { cors: { origin: ['https://app.example.com'] } });\nconst io2 = new Server(3001);\n",
        'ok/b.ts': "import * as socketio from 'socket.io';\nconst io = new socketio.Server(httpServer, { path: '/ws' });\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? 'high', f.message.split(';')[0]])).toEqual([
      ['api/src/events.gateway.ts', 3, 'high', '@WebSocketGateway cors: true allows any origin'],
      ['chat/index.js', 5, 'high', 'Socket.IO Server origin "*" allows any origin'],
      ['game/server.ts', 4, 'critical', "Socket.IO Server origin: true reflects any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
      ['legacy/app.js', 3, 'high', 'Socket.IO Server without an origin option allows any origin'],
    ]);
  });
});

describe('cors-wildcard: an allow-all switch read from the environment with a true default (stop 16)', () => {
  it('fails unless the deploy environment sets the variable; a false default passes', async () => {
    const settings = 'import environ\nenv = environ.Env()\nCORS_ALLOW_ALL_ORIGINS = env.bool("CORS_ALLOW_ALL", default=True)\n';
    const open = await runCase(corsWildcard, { files: { 'proj/settings.py': settings } });
    expect(open.findings.map((f) => [f.line, f.message.split(';')[0]])).toEqual([[3, 'CORS_ALLOW_ALL_ORIGINS = env.bool("CORS_ALLOW_ALL", default=True) allows any origin whenever CORS_ALLOW_ALL is unset']]);
    const set = await runCase(corsWildcard, { files: { 'proj/settings.py': settings, 'docker-compose.yml': 'services:\n  web:\n    image: web:1.0\n    environment:\n      CORS_ALLOW_ALL: "false"\n' } });
    expect(set.findings).toEqual([]);
    const off = await runCase(corsWildcard, { files: { 'proj/settings.py': settings.replace('default=True', 'default=False') } });
    expect(off.findings).toEqual([]);
  });
});

describe('cors-wildcard: an origin callback that echoes the caller\'s origin', () => {
  it('callback(null, origin) on every path is any origin (critical with credentials); a refusing or list-checking callback passes', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        // An Express server as written in the wild: the origin echoed back, `*` when there is none, credentials on.
        'src/server.ts': 'import express, {Express} from "express";\nimport cors from "cors";\n\nconst app: Express = express();\napp.use(\n    cors({\n        origin: function (origin, callback) {\n            if (origin) {\n                callback(null, origin);\n            } else {\n                callback(null, "*");\n            }\n        },\n        credentials: true,\n        optionsSuccessStatus: 200,\n    })\n);\n',
        'src/echo.js': "const cors = require('cors');\napp.use(cors({ origin: (origin, cb) => cb(null, origin) }));\n",
        // Refuses unknown origins, or hands the decision to other code: not judged.
        'src/list.js': "const cors = require('cors');\nconst whitelist = ['https://app.example.com'];\napp.use(cors({\n  origin: function (origin, callback) {\n    if (!origin) return callback(null, true);\n    if (whitelist.indexOf(origin) === -1) {\n      return callback(new Error('Not allowed by CORS'), false);\n    }\n    return callback(null, origin);\n  },\n  credentials: true,\n}));\n",
        'src/delegate.js': "const cors = require('cors');\napp.use(cors({ origin: (origin, cb) => checkOrigin(origin, cb), credentials: true }));\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? null])).toEqual([['src/echo.js', 2, null], ['src/server.ts', 7, 'critical']]);
  });
});

describe('cors-wildcard: a Flask setting whose environment read falls back to *', () => {
  it('CORS_ORIGINS = os.getenv("CORS_ORIGINS", "*") in a base Config the production class inherits fails; an origin list fallback passes', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'app/config.py': "import os\n\n\nclass Config:\n    CORS_ENABLED = os.getenv('CORS_ENABLED', 'True') == 'True'\n    CORS_ORIGINS = os.getenv('CORS_ORIGINS', '*')\n\n\nclass ProductionConfig(Config):\n    DEBUG = False\n",
        'app/__init__.py': "from flask import Flask\nfrom flask_cors import CORS\n\n\ndef create_app():\n    app = Flask(__name__)\n    app.config.from_object('app.config.ProductionConfig')\n    CORS(app, origins=app.config['CORS_ORIGINS'])\n    return app\n",
        'api/settings.py': 'import os\n\nCORS_ORIGINS = os.environ.get(\n    "CORS_ORIGINS", "http://localhost:5173,http://localhost:3000"\n).split(",")\n',
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.includes('whenever CORS_ORIGINS is unset')}`)).toEqual(['app/config.py:6 true']);
  });
  it('the deploy environment replaces the * fallback unless what it deploys is * itself: compose ${CORS_ORIGINS:-*} deploys * (regression run)', async () => {
    const app = {
      'app/config.py': "import os\n\n\nclass Config:\n    CORS_ORIGINS = os.getenv('CORS_ORIGINS', '*')\n",
      'app/__init__.py': "from flask import Flask\nfrom flask_cors import CORS\n\n\ndef create_app():\n    app = Flask(__name__)\n    app.config.from_object('app.config.Config')\n    CORS(app, origins=app.config['CORS_ORIGINS'])\n    return app\n",
    };
    const compose = (value: string) => `services:\n  web:\n    image: acme/web:1\n    environment:\n      CORS_ORIGINS: ${value}\n`;
    const at = async (files: Record<string, string>) => (await runCase(corsWildcard, { files: { ...app, ...files } })).findings.map((f) => `${f.file}:${f.line}`).sort();
    expect(await at({ 'docker-compose.yml': compose('https://app.example.com') })).toEqual([]);
    expect(await at({ 'docker-compose.yml': compose('${CORS_ORIGINS:-https://app.example.com}') })).toEqual([]);
    expect(await at({})).toEqual(['app/config.py:5']);
    expect(await at({ 'docker-compose.yml': compose('${CORS_ORIGINS}') })).toEqual([]);
    expect(await at({ 'docker-compose.yml': compose('"${CORS_ORIGINS:-*}"') })).toEqual(['app/config.py:5', 'docker-compose.yml:5']);
    expect(await at({ '.env.production': 'CORS_ORIGINS="*"\n' })).toEqual(['.env.production:1', 'app/config.py:5']);
  });
});

describe('cors-wildcard: prefixed CORS_ORIGINS settings', () => {
  // FastAPI full-stack-template style pydantic settings handed to CORSMiddleware (QA round 20, Python web projects).
  const config = (origins: string) => `from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    PROJECT_NAME: str = "api"\n    BACKEND_CORS_ORIGINS: list[str] = ${origins}\n\n\nsettings = Settings()\n`;
  const main = 'from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\nfrom app.core.config import settings\n\napp = FastAPI()\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=settings.BACKEND_CORS_ORIGINS,\n    allow_credentials=True,\n)\n';
  it('BACKEND_CORS_ORIGINS = ["*"] allows any origin, like CORS_ORIGINS; a listed origin passes', async () => {
    const bad = await runCase(corsWildcard, { name: 'backend-cors', files: { 'app/core/config.py': config('["*"]'), 'app/main.py': main } });
    expect(bad.findings.map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]}`)).toEqual(['app/core/config.py:6 BACKEND_CORS_ORIGINS = ["*"] allows any origin with credentials: the library reflects the caller\'s origin, so any site can make authenticated requests']);
    const good = await runCase(corsWildcard, { name: 'backend-cors-ok', files: { 'app/core/config.py': config('["https://app.example.com"]'), 'app/main.py': main } });
    expect(good.findings).toEqual([]);
  });
  // QA round 26 (oss-python D3): the setting reaches a CORSMiddleware that allows credentials, so Starlette echoes the origin.
  it('the setting is critical when a CORSMiddleware with allow_credentials=True reads it (a comprehension too); high otherwise', async () => {
    const sev = async (mainPy: string, extra: Record<string, string> = {}) => (await runCase(corsWildcard, { name: 'backend-cors-cred', files: { 'app/core/config.py': config('["*"]'), 'app/main.py': mainPy, ...extra } })).findings.map((f) => `${f.file}:${f.line} ${f.severity ?? 'high'}${f.note ? ' note' : ''}`);
    expect(await sev(main)).toEqual(['app/core/config.py:6 critical']);
    expect(await sev(main.replace('allow_origins=settings.BACKEND_CORS_ORIGINS', 'allow_origins=[str(origin) for origin in settings.BACKEND_CORS_ORIGINS]'))).toEqual(['app/core/config.py:6 critical']);
    // Through a module-level name.
    expect(await sev(main.replace('app = FastAPI()', 'origins = settings.BACKEND_CORS_ORIGINS\napp = FastAPI()').replace('allow_origins=settings.BACKEND_CORS_ORIGINS', 'allow_origins=origins'))).toEqual(['app/core/config.py:6 critical']);
    // No credentials, credentials off, or credentials for another setting's origins: the setting stays high.
    expect(await sev(main.replace('    allow_credentials=True,\n', ''))).toEqual(['app/core/config.py:6 high']);
    expect(await sev(main.replace('allow_credentials=True', 'allow_credentials=False'))).toEqual(['app/core/config.py:6 high']);
    expect(await sev(main.replace('settings.BACKEND_CORS_ORIGINS', 'settings.FRONTEND_ORIGINS'))).toEqual(['app/core/config.py:6 high']);
    // A credentialed middleware of another project, or of development-only code, does not make it critical.
    expect(await sev(main.replace('    allow_credentials=True,\n', ''), { 'tools/admin/main.py': main })).toEqual(['app/core/config.py:6 high']);
    expect(await sev(main.replace('    allow_credentials=True,\n', ''), { 'app/dev_server.py': main.replace('app.add_middleware(', 'if settings.DEBUG:\n  app.add_middleware(') })).toEqual(['app/core/config.py:6 high']);
  });
});

describe('cors-wildcard: kustomize generator literals (regression run 2 of QA round 20: qa18/poly/go-clean)', () => {
  it('CORS_ALLOWED_ORIGINS=* generated into a production overlay fails at the literal; a dev overlay is a note; a listed origin passes', async () => {
    const out = await runCase(corsWildcard, { name: 'kustomize', files: {
      'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: api-config\n    literals:\n      - CORS_ALLOWED_ORIGINS=https://app.example.com\n',
      'deploy/overlays/production/kustomization.yaml': 'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: api-config\n    behavior: merge\n    literals:\n      - CORS_ALLOWED_ORIGINS=*\n',
      'deploy/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nconfigMapGenerator:\n  - name: api-config\n    behavior: merge\n    literals:\n      - CORS_ORIGINS=*\n',
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''}`)).toEqual([
      'deploy/overlays/dev/kustomization.yaml:7 note',
      'deploy/overlays/production/kustomization.yaml:7',
    ]);
  });
});

describe('cors-wildcard: nginx reflecting $http_origin', () => {
  // The common "CORS for nginx" snippet: echoes whatever Origin the caller sends, with credentials.
  const reflect = 'server {\n  listen 443 ssl;\n  location /api/ {\n    if ($request_method = OPTIONS) {\n      add_header \'Access-Control-Allow-Origin\' "$http_origin" always;\n      add_header \'Access-Control-Allow-Credentials\' \'true\' always;\n      return 204;\n    }\n    add_header Access-Control-Allow-Origin $http_origin always;\n    proxy_pass http://app:8000;\n  }\n}\n';
  it('reports an unguarded reflection, critical with credentials', async () => {
    const r = await runCase(corsWildcard, { files: { 'nginx/conf.d/app.conf': reflect } });
    expect(r.findings.map((f) => [f.file, f.line, f.severity])).toEqual([['nginx/conf.d/app.conf', 5, 'critical'], ['nginx/conf.d/app.conf', 9, 'critical']]);
    expect(r.findings[0]!.message).toMatch(/\$http_origin reflects any origin with credentials/);
  });
  it('reports it at the default severity without credentials', async () => {
    const r = await runCase(corsWildcard, { files: { 'nginx.conf': 'http {\n  server {\n    location / {\n      add_header Access-Control-Allow-Origin $http_origin;\n    }\n  }\n}\n' } });
    expect(r.findings.map((f) => [f.line, f.severity ?? 'default (high)'])).toEqual([[4, 'default (high)']]);
  });
  it('passes when the configuration checks the origin first (if or map, in any file)', async () => {
    const guarded = 'server {\n  location /api/ {\n    if ($http_origin ~* "^https://(app|admin)\\.example\\.com$") {\n      add_header Access-Control-Allow-Origin $http_origin always;\n    }\n  }\n}\n';
    expect((await runCase(corsWildcard, { files: { 'nginx/site.conf': guarded } })).findings).toEqual([]);
    const mapped = { 'nginx/nginx.conf': 'http {\n  map $http_origin $cors_ok {\n    default 0;\n    "~^https://app\\.example\\.com$" 1;\n  }\n  include conf.d/*.conf;\n}\n', 'nginx/conf.d/api.conf': 'server {\n  location / {\n    if ($cors_ok) {\n      add_header Access-Control-Allow-Origin $http_origin;\n    }\n  }\n}\n' };
    expect((await runCase(corsWildcard, { files: mapped })).findings).toEqual([]);
  });
});

describe('cors-wildcard: a * fallback of an environment read inside a Python CORS call', () => {
  const fastapi = (args: string) => `import os\nfrom fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\napp = FastAPI()\napp.add_middleware(\n    CORSMiddleware,\n${args}\n)\n`;
  const found = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => `${f.file}:${f.line} ${f.severity ?? 'high'}${f.note ? ' note' : ''}`).sort();

  it('FastAPI allow_origins=os.environ.get("ALLOWED_ORIGINS", "*").split(","): high, critical with allow_credentials=True', async () => {
    expect(await found({ 'main.py': fastapi('    allow_origins=os.getenv("CORS_ORIGINS", "*").split(","),') })).toEqual(['main.py:8 high']);
    expect(await found({ 'main.py': fastapi('    allow_origins=os.environ.get("ALLOWED_ORIGINS", "*").split(","),\n    allow_credentials=True,') })).toEqual(['main.py:8 critical']);
    const out = await runCase(corsWildcard, { files: { 'main.py': fastapi('    allow_origins=os.environ.get("ALLOWED_ORIGINS", "*").split(","),') } });
    expect(out.findings[0]!.message).toMatch(/^CORSMiddleware allow_origins falls back to \* when ALLOWED_ORIGINS is unset \(os\.environ\.get\("ALLOWED_ORIGINS", "\*"\)\.split\(","\)\) and allows any origin/);
  });

  it('other spellings: decouple config(…, default="*", cast=Csv()), a list of the read, a comprehension over it, a module-level name', async () => {
    for (const arg of [
      'allow_origins=config("ALLOWED_ORIGINS", default="*", cast=Csv()),',
      'allow_origins=[os.getenv("FRONTEND_URL", "*")],',
      'allow_origins=[o.strip() for o in os.getenv("ALLOWED_ORIGINS", "*").split(",") if o.strip()],',
      "allow_origins=os.getenv('ALLOWED_ORIGINS', default='*').split(','),",
    ]) expect(await found({ 'main.py': fastapi(`    ${arg}`) }), arg).toEqual(['main.py:8 high']);
    const named = 'import os\nfrom fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\norigins = os.getenv("ALLOWED_ORIGINS", "*").split(",")\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=origins, allow_credentials=True)\n';
    // Reported where the value is written, as for `origins = ["*"]`.
    expect(await found({ 'main.py': named })).toEqual(['main.py:5 critical']);
  });

  it('Flask-CORS origins=os.getenv("CORS_ORIGINS", "*") (and a resource\'s origins): high, critical with supports_credentials=True', async () => {
    expect(await found({ 'app.py': flask('CORS(app, origins=os.getenv("CORS_ORIGINS", "*"))\n') })).toEqual(['app.py:5 high']);
    expect(await found({ 'app.py': flask('CORS(app, origins=os.environ.get("CORS_ORIGINS", "*").split(","), supports_credentials=True)\n') })).toEqual(['app.py:5 critical']);
    expect(await found({ 'app.py': flask('CORS(app, resources={r"/api/*": {"origins": os.getenv("CORS_ORIGINS", "*")}})\n') })).toEqual(['app.py:5 high']);
  });

  it('Socket.IO cors_allowed_origins=os.getenv("X", "*") echoes with credentials: critical', async () => {
    expect(await found({ 'app.py': 'import os\nfrom flask_socketio import SocketIO\nsocketio = SocketIO(cors_allowed_origins=os.getenv("SOCKET_ORIGINS", "*"))\n' })).toEqual(['app.py:3 critical']);
  });

  it('a real origin-list fallback, no fallback, or a deploy environment that sets the variable passes; one that deploys * fails', async () => {
    for (const arg of [
      'allow_origins=os.getenv("CORS_ORIGINS", "https://app.example.com").split(","),',
      'allow_origins=os.getenv("CORS_ORIGINS", "http://localhost:3000,https://app.example.com").split(","),\n    allow_credentials=True,',
      'allow_origins=os.environ["CORS_ORIGINS"].split(","),',
      'allow_origins=os.getenv("CORS_ORIGINS", "").split(","),',
      'allow_origins=[o for o in os.getenv("CORS_ORIGINS", "https://a.example.com").split(",")],',
    ]) expect(await found({ 'main.py': fastapi(`    ${arg}`) }), arg).toEqual([]);
    expect(await found({ 'app.py': flask('CORS(app, origins=os.getenv("CORS_ORIGINS", "https://app.example.com"))\n') })).toEqual([]);
    const app = { 'main.py': fastapi('    allow_origins=os.getenv("CORS_ORIGINS", "*").split(","),') };
    const compose = (value: string) => `services:\n  api:\n    image: acme/api:1\n    environment:\n      CORS_ORIGINS: ${value}\n`;
    expect(await found({ ...app, 'docker-compose.yml': compose('https://app.example.com') })).toEqual([]);
    expect(await found({ ...app, 'docker-compose.yml': compose('"${CORS_ORIGINS:-*}"') })).toEqual(['docker-compose.yml:5 high', 'main.py:8 high']);
  });
});

describe('cors-wildcard: shorthand origin properties and methods (QA25 node D2)', () => {
  it('cors({ origin, credentials }) and origin(o, cb) { … } have an origin option: a variable or list-checking method passes', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'src/d.ts': "import cors from 'cors';\nconst origin = process.env.NODE_ENV === 'production' ? 'https://app.example.com' : 'http://localhost:5173';\napp.use(cors({ origin, credentials: true }));\n",
        'src/named.ts': "import cors, { CorsOptions } from 'cors';\nconst origin: CorsOptions['origin'] = (o, cb) => cb(null, isAllowedOrigin(o));\napp.use(cors({ origin, credentials: true }));\n",
        'src/method.ts': "import cors from 'cors';\nconst allowed = new Set(['https://app.example.com']);\napp.use(\n  cors({\n    credentials: true,\n    origin(origin, cb) {\n      if (!origin || allowed.has(origin)) cb(null, true);\n      else cb(new Error('CORS'));\n    },\n  }),\n);\n",
        'src/f.ts': "import cors from 'cors';\nconst corsOptions = {\n  origin(origin: string | undefined, cb: (e: Error | null, ok?: boolean) => void) {\n    cb(null, !origin || origin.endsWith('.example.com'));\n  },\n};\napp.use(cors(corsOptions));\n",
        'src/h.js': "const cors = require('cors');\nconst whitelist = ['https://example.com'];\napp.use(cors({\n  async origin(origin, callback) {\n    if (!origin || whitelist.includes(origin)) return callback(null, true);\n    return callback(new Error('Not allowed by CORS'));\n  },\n  credentials: true,\n}));\n",
      },
    });
    expect(out.findings).toEqual([]);
  });
  it('still fails: options without origin (shorthand credentials), a method that allows every origin, and a Socket.IO shorthand cors option with origin *', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'src/a.js': "const cors = require('cors');\nconst credentials = true;\napp.use(cors({ credentials, methods: ['GET'] }));\n",
        'src/b.js': "const cors = require('cors');\napp.use(cors({\n  origin(origin, cb) { cb(null, true); },\n  credentials: true,\n}));\n",
        'src/io.js': "const cors = { origin: '*' };\nconst io = require('socket.io')(http, { cors });\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.severity ?? null])).toEqual([['src/a.js', 3, null], ['src/b.js', 3, 'critical'], ['src/io.js', 1, null]]);
  });
});

describe('cors-wildcard: go-chi/cors scheme wildcards, gorilla/handlers and Elixir CORSPlug (QA25 D4)', () => {
  const messages = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => [f.file, f.line, f.column, f.note ? 'note' : (f.severity ?? null), f.message.split(';')[0]]);
  const chi = (origins: string, credentials = 'false') => `package server\n\nimport (\n\t"github.com/go-chi/chi/v5"\n\t"github.com/go-chi/cors"\n)\n\nfunc Router() *chi.Mux {\n\tr := chi.NewRouter()\n\tr.Use(cors.Handler(cors.Options{\n\t\tAllowedOrigins:   ${origins},\n\t\tAllowCredentials: ${credentials},\n\t}))\n\treturn r\n}\n`;
  const gorilla = (body: string) => `package server\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/handlers"\n\t"github.com/gorilla/mux"\n)\n\nfunc Routes() http.Handler {\n\tr := mux.NewRouter()\n${body}\n}\n`;

  it('go-chi/cors and rs/cors: "https://*" (its README example) accepts every origin over the scheme and echoes it', async () => {
    expect(await messages({
      'a/routes.go': chi('[]string{"https://*", "http://*"}'),
      'b/routes.go': chi('[]string{"https://*"}', 'true'),
      // A subdomain wildcard, a host with a port wildcard and a list are allow-lists.
      'c/routes.go': chi('[]string{"https://*.example.com", "http://localhost:*", "https://app.example.com"}', 'true'),
      // A comment is not read.
      'd/routes.go': chi('[]string{"https://app.example.com"} // "https://*"'),
    })).toEqual([
      ['a/routes.go', 11, 21, null, 'cors.Options AllowedOrigins: []string{"https://*", "http://*"} allows any origin (a wildcard after the scheme matches every host, and the origin is echoed)'],
      ['b/routes.go', 11, 21, 'critical', 'cors.Options AllowedOrigins: []string{"https://*"} allows any origin (a wildcard after the scheme matches every host, and the origin is echoed) with credentials: the library reflects the caller\'s origin, so any site can make authenticated requests'],
    ]);
  });

  it('gorilla/handlers: AllowedOrigins with "*", CORS() without origins (its default), a validator returning true', async () => {
    expect(await messages({
      'a/routes.go': gorilla('\treturn handlers.CORS(handlers.AllowedOrigins([]string{"*"}), handlers.AllowCredentials())(r)'),
      'b/routes.go': gorilla('\treturn handlers.CORS(handlers.AllowedMethods([]string{"GET"}))(r)'),
      'c/routes.go': gorilla('\treturn handlers.CORS(handlers.AllowedOriginValidator(func(origin string) bool { return true }), handlers.AllowCredentials())(r)'),
      'd/routes.go': gorilla('\torigins := handlers.AllowedOrigins([]string{"*"})\n\treturn handlers.CORS(origins)(r)'),
      // Allow-lists, options held in variables (they may set the origins) and a validator that decides.
      'e/routes.go': gorilla('\treturn handlers.CORS(handlers.AllowedOrigins([]string{"https://app.example.com"}), handlers.AllowCredentials())(r)'),
      'f/routes.go': gorilla('\treturn handlers.CORS(corsOptions...)(r)'),
      'g/routes.go': gorilla('\treturn handlers.CORS(handlers.AllowedOriginValidator(func(o string) bool { return allowed[o] }))(r)'),
      'h/routes.go': gorilla('\tallowed := handlers.AllowedOrigins(origins)\n\treturn handlers.CORS(allowed, handlers.AllowedMethods([]string{"GET"}))(r)'),
    })).toEqual([
      ['a/routes.go', 12, 23, null, 'gorilla/handlers handlers.AllowedOrigins([]string{"*"}) allows any origin'],
      ['b/routes.go', 12, 9, null, 'gorilla/handlers handlers.CORS(…) without AllowedOrigins allows any origin (its default)'],
      ['c/routes.go', 12, 23, 'critical', 'gorilla/handlers AllowedOriginValidator returning true accepts any origin and echoes it with credentials: the library reflects the caller\'s origin, so any site can make authenticated requests'],
      ['d/routes.go', 12, 13, null, 'gorilla/handlers handlers.AllowedOrigins([]string{"*"}) allows any origin'],
    ]);
  });

  it('Elixir CORSPlug: origin "*" or ["*"], no origin (its default) unless config sets one, an any-origin regex', async () => {
    const endpoint = (plug: string) => `defmodule HelloWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :hello\n\n  ${plug}\n  plug HelloWeb.Router\nend\n`;
    expect(await messages({
      'a/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug, origin: ["*"]'),
      'b/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug, origin: "*", max_age: 86400'),
      'c/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug'),
      'd/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug,\n    origin: ~r/.*/,\n    methods: ["GET"]'),
      'e/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug, origin: ["https://app.example.com", ~r/^https:\\/\\/.*\\.example\\.com$/]'),
      'f/lib/hello_web/endpoint.ex': endpoint('# plug CORSPlug, origin: "*"\n  plug CORSPlug, origin: &HelloWeb.Cors.origins/0'),
    })).toEqual([
      ['a/lib/hello_web/endpoint.ex', 4, 26, null, 'CORSPlug origin: ["*"] allows any origin'],
      ['b/lib/hello_web/endpoint.ex', 4, 26, null, 'CORSPlug origin: "*" allows any origin'],
      ['c/lib/hello_web/endpoint.ex', 4, 3, null, 'plug CORSPlug without origin allows any origin (its default is "*")'],
      ['d/lib/hello_web/endpoint.ex', 5, 13, 'critical', "CORSPlug origin: ~r/.*/ matches any origin and echoes it with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
    ]);
    // `config :cors_plug, origin: [...]` in the application's config sets the origins a bare plug uses.
    expect(await messages({
      'lib/hello_web/endpoint.ex': endpoint('plug CORSPlug'),
      'config/config.exs': 'import Config\n\nconfig :cors_plug,\n  origin: ["https://app.example.com"],\n  max_age: 86400\n',
    })).toEqual([]);
    expect(await messages({
      'lib/hello_web/endpoint.ex': endpoint('plug CORSPlug'),
      'config/config.exs': 'import Config\n\nconfig :cors_plug, max_age: 86400\n\nconfig :hello, HelloWeb.Endpoint, origin: "x"\n',
    })).toEqual([['lib/hello_web/endpoint.ex', 4, 3, null, 'plug CORSPlug without origin allows any origin (its default is "*")']]);
    // An origin set only for development or tests configures nothing in production: the bare plug still fails (and the
    // config itself is not judged).
    for (const config of [{ 'config/dev.exs': 'import Config\n\nconfig :cors_plug, origin: ["http://localhost:4000"]\n' }, { 'config/dev.exs': 'import Config\n\nconfig :cors_plug, origin: ["*"]\n' }, { 'config/test.exs': 'import Config\n\nconfig :cors_plug, origin: "*"\n' }]) {
      expect(await messages({ 'lib/hello_web/endpoint.ex': endpoint('plug CORSPlug'), ...config }), Object.keys(config)[0]).toEqual([['lib/hello_web/endpoint.ex', 4, 3, null, 'plug CORSPlug without origin allows any origin (its default is "*")']]);
    }
  });

  it('Elixir CORSPlug: only the plug\'s top-level options count (QA26 leftover 1)', async () => {
    const endpoint = (plug: string) => `defmodule HelloWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :hello\n\n  ${plug}\n  plug HelloWeb.Router\nend\n`;
    expect(await messages({
      // An `origin:` nested in another option's value is not the plug's origin.
      'a/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug, headers: HelloWeb.Cors.headers(origin: "https://app.example.com")'),
      'b/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug, headers: HelloWeb.Cors.headers(origin: "https://app.example.com"), origin: "*"'),
      'c/lib/hello_web/endpoint.ex': endpoint('plug(CORSPlug, [max_age: 60, origin: ["*"]])'),
      'd/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug,\n    expose: [origin: "x"],\n    origin: ~r/.*/,\n    credentials: false'),
      // A top-level allow-list with a nested wildcard-looking keyword elsewhere passes.
      'e/lib/hello_web/endpoint.ex': endpoint('plug CORSPlug, origin: ["https://app.example.com"], headers: [credentials: "x"]'),
    })).toEqual([
      ['a/lib/hello_web/endpoint.ex', 4, 3, null, 'plug CORSPlug without origin allows any origin (its default is "*")'],
      ['b/lib/hello_web/endpoint.ex', 4, 93, null, 'CORSPlug origin: "*" allows any origin'],
      ['c/lib/hello_web/endpoint.ex', 4, 40, null, 'CORSPlug origin: ["*"] allows any origin'],
      ['d/lib/hello_web/endpoint.ex', 6, 13, null, 'CORSPlug origin: ~r/.*/ matches any origin and echoes it'],
    ]);
  });

  it('Elixir CORSPlug: a wildcard origin in production config is a finding at its line (QA26 leftover 1)', async () => {
    const endpoint = 'defmodule HelloWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :hello\n\n  plug CORSPlug\n  plug HelloWeb.Router\nend\n';
    expect(await messages({ 'lib/hello_web/endpoint.ex': endpoint, 'config/config.exs': 'import Config\n\nconfig :cors_plug, origin: ["*"]\n' }))
      .toEqual([['config/config.exs', 3, 28, null, 'config :cors_plug origin: ["*"] allows any origin']]);
    expect(await messages({ 'config/prod.exs': 'import Config\n\nconfig :cors_plug,\n  max_age: 86400,\n  origin: ["https://app.example.com", "*"]\n' }))
      .toEqual([['config/prod.exs', 5, 11, null, 'config :cors_plug origin: ["https://app.example.com", "*"] allows any origin']]);
    expect(await messages({ 'config/runtime.exs': 'import Config\n\nif config_env() == :prod do\n  config :cors_plug, origin: ~r/.*/\nend\n' }))
      .toEqual([['config/runtime.exs', 4, 30, 'critical', "config :cors_plug origin: ~r/.*/ matches any origin and echoes it with credentials: the library reflects the caller's origin, so any site can make authenticated requests"]]);
    // config.exs's wildcard replaced by prod.exs (loaded after it) with an allow-list; a commented-out config; another app's origin.
    expect(await messages({
      'lib/hello_web/endpoint.ex': endpoint,
      'config/config.exs': 'import Config\n\nconfig :cors_plug, origin: "*"\n# config :cors_plug, origin: "*"\nconfig :hello, HelloWeb.Endpoint, origin: "*"\nimport_config "#{config_env()}.exs"\n',
      'config/prod.exs': 'import Config\n\nconfig :cors_plug, origin: ["https://app.example.com"]\n',
    })).toEqual([]);
    // …but a narrower origin in config.exs does not undo a wildcard in prod.exs.
    expect(await messages({
      'config/config.exs': 'import Config\n\nconfig :cors_plug, origin: ["https://app.example.com"]\n',
      'config/prod.exs': 'import Config\n\nconfig :cors_plug, origin: "*"\n',
    })).toEqual([['config/prod.exs', 3, 28, null, 'config :cors_plug origin: "*" allows any origin']]);
  });
});

describe('cors-wildcard: serverless.yml environment is deploy config (QA round 25, node D6)', () => {
  it('CORS_ORIGIN=* in provider.environment fails; a Serverless variable is not read', async () => {
    const out = await runCase(corsWildcard, { name: 'x', files: { 'serverless.yml': "service: api\nprovider:\n  name: aws\n  environment:\n    CORS_ORIGIN: '*'\n    ALLOWED: ${env:CORS_ORIGIN, '*'}\n" } });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['serverless.yml:5']);
  });
});

describe('cors-wildcard: ingress-nginx CORS annotations and snippets (QA round 26 D4)', () => {
  const ingress = (annotations: string, name = 'api') => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  annotations:\n${annotations}spec:\n  ingressClassName: nginx\n`;
  const ann = (pairs: Record<string, string>) => Object.entries(pairs).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${v}\n`).join('');
  const found = async (files: Record<string, string>) => (await runCase(corsWildcard, { name: 'ingress', files })).findings.map((f) => `${f.note ? 'note' : f.severity ?? 'high'} ${f.file}:${f.line}:${f.column} ${f.message.split(';')[0]}`);

  it('enable-cors with cors-allow-origin "*" (or none: the default is *) is any origin, at the origin annotation', async () => {
    expect(await found({ 'k8s/ingress.yaml': ingress(ann({ 'enable-cors': '"true"', 'cors-allow-origin': '"*"', 'cors-allow-credentials': '"true"' })) })).toEqual([`high k8s/ingress.yaml:7:52 ingress-nginx Ingress 'api' cors-allow-origin "*" allows any origin`]);
    expect(await found({ 'k8s/ingress.yaml': ingress(ann({ 'enable-cors': '"true"' })) })).toEqual([`high k8s/ingress.yaml:6:46 ingress-nginx Ingress 'api' enable-cors without cors-allow-origin allows any origin (the default is *)`]);
    // In a development overlay: a note.
    expect(await found({ 'overlays/dev/ingress.yaml': ingress(ann({ 'enable-cors': '"true"', 'cors-allow-origin': '"*"' })) })).toEqual([expect.stringMatching(/^note overlays\/dev\/ingress\.yaml:7:52 /)]);
  });

  it('explicit origins, CORS not enabled, or a list that holds * among origins pass', async () => {
    expect(await found({ 'k8s/ingress.yaml': ingress(ann({ 'enable-cors': '"true"', 'cors-allow-origin': '"https://app.example.com, https://*.example.com"' })) })).toEqual([]);
    expect(await found({ 'k8s/ingress.yaml': ingress(ann({ 'enable-cors': '"false"', 'cors-allow-origin': '"*"' })) })).toEqual([]);
    expect(await found({ 'k8s/ingress.yaml': ingress(ann({ 'cors-allow-origin': '"*"' })) })).toEqual([]);
    expect(await found({ 'k8s/ingress.yaml': ingress(ann({ 'enable-cors': '"true"', 'cors-allow-origin': '"https://a.example.com,*"' })) })).toEqual([]);
  });

  it('a snippet annotation adding Access-Control-Allow-Origin * is reported at its line; an allow-listed $http_origin passes', async () => {
    const snippet = (body: string, key = 'nginx.ingress.kubernetes.io/configuration-snippet') => ingress(`    ${key}: |\n${body.split('\n').map((l) => `      ${l}`).join('\n')}\n`, 'legacy');
    expect(await found({ 'k8s/i.yaml': snippet('proxy_set_header X-A b;\nmore_set_headers "Access-Control-Allow-Origin: *";') })).toEqual([`high k8s/i.yaml:8:7 configuration-snippet of Ingress 'legacy': nginx more_set_headers Access-Control-Allow-Origin * allows any origin`]);
    expect(await found({ 'k8s/i.yaml': snippet("add_header 'Access-Control-Allow-Origin' '*' always;", 'nginx.ingress.kubernetes.io/server-snippet') })).toEqual([`high k8s/i.yaml:7:7 server-snippet of Ingress 'legacy': nginx add_header Access-Control-Allow-Origin * allows any origin`]);
    expect(await found({ 'k8s/i.yaml': snippet('add_header Access-Control-Allow-Origin $http_origin always;\nadd_header Access-Control-Allow-Credentials true always;') })).toEqual([`critical k8s/i.yaml:7:7 configuration-snippet of Ingress 'legacy': nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin with credentials: the caller's origin is reflected, so any site can make authenticated requests`]);
    expect(await found({ 'k8s/i.yaml': snippet('if ($http_origin ~* "^https://(a|b)\\.example\\.com$") {\n  add_header Access-Control-Allow-Origin $http_origin;\n}\n# add_header Access-Control-Allow-Origin *;\nadd_header Access-Control-Allow-Origin https://app.example.com;') })).toEqual([]);
  });
});

describe('cors-wildcard: an nginx configuration held in a ConfigMap', () => {
  it('add_header Access-Control-Allow-Origin * in a ConfigMap default.conf fails at its line in the YAML file; a static location is a note', async () => {
    const out = await runCase(corsWildcard, {
      name: 'configmap-nginx',
      files: {
        'k8s/nginx.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-nginx\ndata:\n  default.conf: |\n    server {\n      listen 80;\n      location /api/ {\n        add_header Access-Control-Allow-Origin *;\n        proxy_pass http://api:8000;\n      }\n      location ~* \\.(?:woff2?|ttf)$ {\n        add_header Access-Control-Allow-Origin "*";\n      }\n    }\n',
        'k8s/other.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: docs\ndata:\n  notes.md: |\n    server {\n      add_header Access-Control-Allow-Origin *;\n    }\n',
      },
    });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.note ?? false])).toEqual([
      ['k8s/nginx.yaml', 10, 9, false],
      ['k8s/nginx.yaml', 14, 9, true],
    ]);
  });
});

describe('cors-wildcard: an nginx .conf file rendered from a template (QA round 29 D4)', () => {
  it('judges add_header in a file with Go-template tags (docker-jitsi-meet meet.conf); a file whose tags break its braces gets a note', async () => {
    const meet = 'server_name _;\nlocation ~ ^/(libs|sounds|api)/(.*)$\n{\n    add_header \'Access-Control-Allow-Origin\' \'*\';\n    proxy_pass http://app;\n}\nlocation ~ ^/(libs|css|static|images|fonts|lang|sounds|.well-known)/(.*)$\n{\n    add_header \'Access-Control-Allow-Origin\' \'*\';\n}\nlocation ~ ^/(libs|connection_optimization)/(.*)$\n{\n    add_header \'Access-Control-Allow-Origin\' \'*\';\n    alias /usr/share/jitsi-meet/$1/$2;\n}\nlocation = /http-bind {\n    proxy_set_header Host {{ $XMPP_DOMAIN }};\n    proxy_pass {{ $XMPP_BOSH_URL_BASE }}/http-bind?prefix=$prefix&$args;\n}\nlocation ~* \\.(?:woff2?|ttf)$ {\n    add_header Access-Control-Allow-Origin "*";\n}\n';
    const broken = 'server {\n  {{ if .Env.API }}\n  location /api/ {\n  {{ else }}\n  location / {\n  {{ end }}\n    add_header Access-Control-Allow-Origin *;\n  }\n}\n';
    const out = await runCase(corsWildcard, { name: 'nginx-template', files: { 'web/rootfs/defaults/meet.conf': meet, 'web/rootfs/defaults/api.conf': broken } });
    expect(out.error).toBeUndefined();
    expect(out.findings.map((f) => [f.file, f.line, f.column, f.note ?? false, f.message.split(':')[0]])).toEqual([
      // A folder that is not a static one (`api`) in the list, proxied: judged as any location.
      ['web/rootfs/defaults/meet.conf', 4, 5, false, 'nginx add_header Access-Control-Allow-Origin * allows any origin; list the allowed origins'],
      // jitsi-meet's own list of static folders (QA29): public static assets, a note.
      ['web/rootfs/defaults/meet.conf', 9, 5, true, 'nginx add_header Access-Control-Allow-Origin * serves public static assets only (a location for fonts, images, styles or scripts)'],
      // Folders of any name served from disk (alias, nothing proxied): files, a note too.
      ['web/rootfs/defaults/meet.conf', 13, 5, true, 'nginx add_header Access-Control-Allow-Origin * serves public static assets only (a location for fonts, images, styles or scripts)'],
      ['web/rootfs/defaults/meet.conf', 21, 5, true, 'nginx add_header Access-Control-Allow-Origin * serves public static assets only (a location for fonts, images, styles or scripts)'],
      ['web/rootfs/defaults/api.conf', 1, 1, true, 'the nginx configuration template web/rootfs/defaults/api.conf could not be read (the \'server\' block opened here is never closed'],
    ]);
  });
});

describe('cors-wildcard: Flask-CORS option dicts (Superset CORS_OPTIONS, QA round 28 D3)', () => {
  const found = async (files: Record<string, string>) => {
    const out = await runCase(corsWildcard, { name: 'options', files });
    expect(out.error).toBeUndefined();
    return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? corsWildcard.severity)}`).sort();
  };
  const superset = (options: string, enable = 'ENABLE_CORS = True\n') => `ROW_LIMIT = 5000\nSECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]\n${enable}CORS_OPTIONS = ${options}\n`;
  const docs = '{\n    "supports_credentials": True,\n    "allow_headers": ["*"],\n    "resources": ["*"],\n    "origins": ["*"],\n}';

  it('ENABLE_CORS = True with CORS_OPTIONS origins "*"/["*"]: high, critical with supports_credentials (Flask-CORS echoes the origin)', async () => {
    expect(await found({ 'superset_config.py': superset(docs) })).toEqual(['superset_config.py:8 critical']);
    expect(await found({ 'superset_config.py': superset('{"supports_credentials": True, "origins": "*"}') })).toEqual(['superset_config.py:4 critical']);
    expect(await found({ 'docker/superset_config.py': superset('{"origins": ["*"], "resources": ["/api/*"]}') })).toEqual(['docker/superset_config.py:4 high']);
    expect(await found({ 'superset_config.py': superset('dict(origins=".*", supports_credentials=True)') })).toEqual(['superset_config.py:4 critical']);
    // No origins: Flask-CORS's default '*'.
    expect(await found({ 'superset_config.py': superset('{"supports_credentials": True, "allow_headers": ["*"]}') })).toEqual(['superset_config.py:4 critical']);
    // Spread into a Flask-CORS call of the project (no ENABLE_CORS): the call is not judged, the dict is.
    expect(await found({
      'app/config.py': 'CORS_OPTIONS = {"origins": "*"}\n',
      'app/__init__.py': 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\napp.config.from_object("app.config")\nCORS(app, **app.config["CORS_OPTIONS"])\n',
    })).toEqual(['app/config.py:1 high']);
    expect(await found({ 'app.py': 'from flask_cors import CORS\nopts = {"origins": "*", "supports_credentials": True}\nCORS(app, **opts)\n' })).toEqual(['app.py:2 critical']);
  });

  it('passes real origin lists, CORS switched off (ENABLE_CORS = False or unset) and unknown spreads', async () => {
    expect(await found({ 'superset_config.py': superset('{"supports_credentials": True, "origins": ["https://bi.example.com", "http://localhost:8088"]}') })).toEqual([]);
    // Superset's own superset/config.py: CORS off, an empty dict; the call spreading it is not judged either.
    expect(await found({
      'superset/config.py': 'ENABLE_CORS = False\nCORS_OPTIONS: dict[Any, Any] = {}\n',
      'superset/initialization/__init__.py': 'class SupersetAppInitializer:\n    def configure_middlewares(self) -> None:\n        if self.config["ENABLE_CORS"]:\n            from flask_cors import CORS\n\n            CORS(self.superset_app, **self.config["CORS_OPTIONS"])\n',
    })).toEqual([]);
    expect(await found({ 'superset_config.py': superset(docs, 'ENABLE_CORS = False\n') })).toEqual([]);
    // Superset's default is ENABLE_CORS = False: the dict alone does nothing.
    expect(await found({ 'superset_config.py': superset(docs, '') })).toEqual([]);
    expect(await found({ 'superset_config.py': superset('{"origins": ["*"]}', 'ENABLE_CORS = os.getenv("ENABLE_CORS") == "1"\n') })).toEqual([]);
    expect(await found({ 'app.py': 'from flask_cors import CORS\nCORS(app, **load_cors_options())\n' })).toEqual([]);
    expect(await found({ 'settings.py': 'OTHER_OPTIONS = {"origins": "*"}\nENABLE_CORS = True\n' })).toEqual([]);
    expect(await found({ 'superset_config.py': '# ENABLE_CORS = True\n# CORS_OPTIONS = {"origins": "*"}\n' })).toEqual([]);
  });
});

describe('cors-wildcard: web-server configs (QA round 28 webconf)', () => {
  const found = async (files: Record<string, string>) => {
    const out = await runCase(corsWildcard, { name: 'webconf', files });
    expect(out.error).toBeUndefined();
    return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? corsWildcard.severity)} ${f.message.split(';')[0]}`);
  };
  const api = (head: string, location: string) => `${head}server {\n    listen 80;\n    location /api/ {\n${location.split('\n').map((l) => `        ${l}`).join('\n')}\n        proxy_pass http://backend;\n    }\n}\n`;
  const creds = 'add_header Access-Control-Allow-Credentials true always;';

  it('D2: an if ($http_origin) that only tests for an origin, or a map that gives any origin $http_origin, reflects any origin', async () => {
    expect(await found({ 'nginx/conf.d/api.conf': api('', `if ($http_origin) {\n    add_header Access-Control-Allow-Origin $http_origin;\n    add_header Access-Control-Allow-Credentials true;\n}`) }))
      .toEqual(['nginx/conf.d/api.conf:5 critical nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin with credentials: the caller\'s origin is reflected, so any site can make authenticated requests']);
    expect(await found({ 'nginx/conf.d/api.conf': api('', `if ($http_origin != "") {\n    add_header Access-Control-Allow-Origin $http_origin;\n}`) })).toEqual(['nginx/conf.d/api.conf:5 high nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin']);
    expect(await found({ 'nginx/conf.d/api.conf': api('', `if ($http_origin ~* (.+)) {\n    add_header Access-Control-Allow-Origin $http_origin;\n}\n${creds}`) })).toEqual([expect.stringMatching(/^nginx\/conf\.d\/api\.conf:5 critical /)]);
    for (const regex of ['"~.*"', '"~^.*$"', '~.+', '"~^https?://.*$"', '"~*^https?://[^/]+$"']) {
      expect(await found({ 'nginx/conf.d/api.conf': api(`map $http_origin $cors {\n    default "";\n    ${regex} $http_origin;\n}\n`, `add_header Access-Control-Allow-Origin $cors always;\n${creds}`) }))
        .toEqual([`nginx/conf.d/api.conf:8 critical nginx add_header Access-Control-Allow-Origin $cors reflects any origin (map $http_origin $cors: "${regex.replace(/"/g, '')}" $http_origin) with credentials: the caller's origin is reflected, so any site can make authenticated requests`]);
    }
    expect(await found({ 'nginx/conf.d/api.conf': api('map $http_origin $allow_origin {\n    default $http_origin;\n}\n', `add_header Access-Control-Allow-Origin $allow_origin always;`) }))
      .toEqual(['nginx/conf.d/api.conf:7 high nginx add_header Access-Control-Allow-Origin $allow_origin reflects any origin (map $http_origin $allow_origin: default $http_origin)']);
    // A map whose variable nothing uses checks nothing (QA 53): the direct $http_origin is judged.
    expect(await found({ 'nginx/conf.d/api.conf': api('map $http_origin $ok {\n    default 1;\n    "~.*" 1;\n}\n', 'add_header Access-Control-Allow-Origin $http_origin;') })).toEqual(['nginx/conf.d/api.conf:8 high nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin']);
    // An ingress snippet's `if ($http_origin)` checks nothing either.
    const ingress = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: api\n  annotations:\n    nginx.ingress.kubernetes.io/configuration-snippet: |\n      if ($http_origin) {\n        add_header Access-Control-Allow-Origin $http_origin;\n      }\n';
    expect(await found({ 'k8s/ingress.yaml': ingress })).toEqual(["k8s/ingress.yaml:8 high configuration-snippet of Ingress 'api': nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin"]);
  });

  it('D2: real allow-lists (regexes naming the hosts, exact origins) still pass', async () => {
    for (const regex of ['"~^https://(www\\.)?example\\.com$"', '"~^https://[a-z0-9-]+\\.example\\.com$"', '~*^https://app\\.example\\.com$']) {
      expect(await found({ 'nginx/conf.d/api.conf': api(`map $http_origin $cors {\n    default "";\n    ${regex} $http_origin;\n}\n`, `add_header Access-Control-Allow-Origin $cors always;\n${creds}`) })).toEqual([]);
    }
    expect(await found({ 'nginx/conf.d/api.conf': api('', `if ($http_origin = "https://app.example.com") {\n    add_header Access-Control-Allow-Origin $http_origin;\n}\n${creds}`) })).toEqual([]);
    expect(await found({ 'nginx/conf.d/api.conf': api('', `if ($http_origin ~* ^https://(app|admin)\\.example\\.com$) {\n    add_header Access-Control-Allow-Origin $http_origin;\n}\n${creds}`) })).toEqual([]);
    // h5bp's $cors map keyed by content type: not an origin map, not judged.
    expect(await found({ 'nginx/nginx.conf': 'http {\n  map $sent_http_content_type $cors {\n    ~*image/ "*";\n  }\n  server {\n    add_header Access-Control-Allow-Origin $cors;\n  }\n}\n' })).toEqual([]);
  });

  it('D9: a variable set to "*" (or $http_origin) in the same server or location is followed; one set conditionally is not', async () => {
    const star = 'server {\n    listen 80;\n    set $cors_origin "*";\n    location /api/ {\n        add_header Access-Control-Allow-Origin $cors_origin always;\n    }\n}\n';
    expect(await found({ 'nginx/conf.d/api.conf': star })).toEqual(['nginx/conf.d/api.conf:5 high nginx add_header Access-Control-Allow-Origin $cors_origin (set $cors_origin "*") allows any origin']);
    expect(await found({ 'nginx/conf.d/api.conf': api('', `set $o $http_origin;\nadd_header Access-Control-Allow-Origin $o;\n${creds}`) })).toEqual([expect.stringMatching(/^nginx\/conf\.d\/api\.conf:5 critical nginx add_header Access-Control-Allow-Origin \$o reflects any origin \(set \$o \$http_origin\)/)]);
    expect(await found({ 'nginx/conf.d/api.conf': api('', 'set $o "";\nif ($http_origin ~* "^https://app\\.example\\.com$") {\n    set $o $http_origin;\n}\nadd_header Access-Control-Allow-Origin $o;') })).toEqual([]);
    expect(await found({ 'nginx/conf.d/api.conf': api('', 'set $o "https://app.example.com";\nadd_header Access-Control-Allow-Origin $o;') })).toEqual([]);
    // A set in another location is not this one's.
    expect(await found({ 'nginx/conf.d/api.conf': 'server {\n  location /a/ { set $o "*"; }\n  location /b/ { add_header Access-Control-Allow-Origin $o; }\n}\n' })).toEqual([]);
  });

  it('D3: Apache reflecting the Origin (SetEnvIf with an any-origin regex, %{Origin}i, expr=%{req:Origin}) is any origin, critical with credentials', async () => {
    const creds = 'Header always set Access-Control-Allow-Credentials "true"\n';
    const reflect = (setenv: string) => `<VirtualHost *:443>\n    ${setenv}\n    Header always set Access-Control-Allow-Origin "%{ORIGIN}e" env=ORIGIN\n    ${creds}</VirtualHost>\n`;
    expect(await found({ 'apache/api.conf': reflect('SetEnvIf Origin "^(.*)$" ORIGIN=$1') }))
      .toEqual(['apache/api.conf:3 critical Apache Header always set Access-Control-Allow-Origin "%{ORIGIN}e" reflects any origin (set by a SetEnvIf Origin regex that matches any origin) with credentials: the caller\'s origin is reflected, so any site can make authenticated requests']);
    expect(await found({ 'apache/api.conf': reflect('SetEnvIfNoCase Origin "(.+)" ORIGIN=$0') })).toEqual([expect.stringMatching(/^apache\/api\.conf:3 critical /)]);
    expect(await found({ 'apache/api.conf': `Header always set Access-Control-Allow-Origin "expr=%{req:Origin}"\n${creds}` })).toEqual([expect.stringMatching(/^apache\/api\.conf:1 critical Apache Header always set Access-Control-Allow-Origin "expr=%\{req:Origin\}" reflects any origin with credentials/)]);
    expect(await found({ 'public/.htaccess': 'Header set Access-Control-Allow-Origin "%{Origin}i"\n' })).toEqual(['public/.htaccess:1 high Apache Header set Access-Control-Allow-Origin "%{Origin}i" reflects any origin']);
    // An allow-list passes: the SetEnvIf regex names the hosts, or an <If> checks the origin.
    expect(await found({ 'apache/api.conf': reflect('SetEnvIf Origin "^https://(www\\.)?example\\.com$" ORIGIN=$0') })).toEqual([]);
    expect(await found({ 'apache/api.conf': `<If "%{HTTP:Origin} =~ m#^https://app\\.example\\.com$#">\n    Header set Access-Control-Allow-Origin "%{Origin}i"\n</If>\n${creds}` })).toEqual([]);
  });

  it('D4: Apache * in a <FilesMatch>/<LocationMatch> limited to static assets (h5bp web fonts) is a note; elsewhere it fails', async () => {
    const h5bp = '<IfModule mod_headers.c>\n    <FilesMatch "\\.(eot|otf|tt[cf]|woff2?)$">\n        Header set Access-Control-Allow-Origin "*"\n    </FilesMatch>\n    <FilesMatch "\\.(avifs?|bmp|cur|gif|ico|jpe?g|jxl|a?png|svgz?|webp)$">\n        SetEnvIf Origin ":" IS_CORS\n        Header set Access-Control-Allow-Origin "*" env=IS_CORS\n    </FilesMatch>\n</IfModule>\nHeader set Access-Control-Allow-Origin "*"\n';
    expect(await found({ 'public/.htaccess': h5bp })).toEqual([
      'public/.htaccess:3 info Apache Header set Access-Control-Allow-Origin * serves public static assets only (a <FilesMatch>/<LocationMatch> for fonts, images, styles or scripts): fine there',
      'public/.htaccess:7 info Apache Header set Access-Control-Allow-Origin * serves public static assets only (a <FilesMatch>/<LocationMatch> for fonts, images, styles or scripts): fine there',
      'public/.htaccess:10 high Apache Header set Access-Control-Allow-Origin * allows any origin',
    ]);
    expect(await found({ 'apache/site.conf': '<LocationMatch "^/static/">\n  Header set Access-Control-Allow-Origin "*"\n</LocationMatch>\n<LocationMatch "^/api/">\n  Header set Access-Control-Allow-Origin "*"\n</LocationMatch>\n<FilesMatch "\\.(php|html)$">\n  Header set Access-Control-Allow-Origin "*"\n</FilesMatch>\n' }))
      .toEqual(['apache/site.conf:2 info Apache Header set Access-Control-Allow-Origin * serves public static assets only (a <FilesMatch>/<LocationMatch> for fonts, images, styles or scripts): fine there', 'apache/site.conf:5 high Apache Header set Access-Control-Allow-Origin * allows any origin', 'apache/site.conf:8 high Apache Header set Access-Control-Allow-Origin * allows any origin']);
  });

  it('D1: a ConfigMap\'s nginx text with template tags is judged; one whose tags break the braces gives a note', async () => {
    const cm = (body: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "{{ .Release.Name }}-nginx"\ndata:\n  default.conf: |\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
    expect(await found({ 'chart/templates/cm.yaml': cm('server {\n    location /api/ {\n        add_header Access-Control-Allow-Origin *;\n        proxy_pass http://127.0.0.1:{{ .Values.service.port }};\n    }\n}') }))
      .toEqual(['chart/templates/cm.yaml:9 high nginx add_header Access-Control-Allow-Origin * allows any origin']);
    const out = await runCase(corsWildcard, { name: 'broken', files: { 'chart/templates/cm.yaml': cm('server {\n    {{- if .Values.api }}\n    location /api/ {\n    {{- else }}\n    location / {\n    {{- end }}\n        add_header Access-Control-Allow-Origin *;\n    }\n}') } });
    expect(out.skipped).toBeUndefined();
    expect(out.findings.map((f) => `${f.line} ${f.note ? 'info' : 'fail'} ${f.message}`)).toEqual([
      "7 info the nginx configuration in ConfigMap '{{ .Release.Name }}-nginx' key default.conf could not be read (the 'server' block opened here is never closed: unexpected end of file, expecting '}'): its template tags break the braces, so it can only be judged rendered; it was not judged",
    ]);
  });

  it('D7: an Ingress whose CORS annotations list origins passes (judged), not skipped', async () => {
    const ingress = (v: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: api\n  annotations:\n    nginx.ingress.kubernetes.io/enable-cors: "${v}"\n    nginx.ingress.kubernetes.io/cors-allow-origin: "https://app.example.com"\n`;
    for (const v of ['true', 'false']) {
      const out = await runCase(corsWildcard, { name: 'ingress', files: { 'k8s/ingress.yaml': ingress(v) } });
      expect([out.skipped, out.findings]).toEqual([undefined, []]);
    }
    // An Ingress without CORS annotations leaves nothing to judge.
    const none = await runCase(corsWildcard, { name: 'none', files: { 'k8s/ingress.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: api\n' } });
    expect(none.skipped).toMatch(/^no application code/);
  });

  it('D8: nginx, Apache and Ingress findings carry a fix for their own config, not the libraries\' one', async () => {
    const out = await runCase(corsWildcard, { name: 'fix', files: {
      'nginx/site.conf': 'server {\n  add_header Access-Control-Allow-Origin *;\n}\n',
      'public/.htaccess': 'Header set Access-Control-Allow-Origin "*"\n',
      'k8s/ingress.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: api\n  annotations:\n    nginx.ingress.kubernetes.io/enable-cors: "true"\n',
    } });
    expect(out.findings.map((f) => `${f.file} ${f.message.slice(f.message.indexOf(';') + 2)}`).sort()).toEqual([
      'k8s/ingress.yaml set nginx.ingress.kubernetes.io/cors-allow-origin to the allowed origins ("https://app.example.com")',
      'nginx/site.conf list the allowed origins: map $http_origin $cors { default ""; "~^https://app\\.example\\.com$" $http_origin; } and add_header Access-Control-Allow-Origin $cors',
      'public/.htaccess list the allowed origins: SetEnvIf Origin "^https://app\\.example\\.com$" CORS_ORIGIN=$0 and Header set Access-Control-Allow-Origin "%{CORS_ORIGIN}e" env=CORS_ORIGIN',
    ]);
  });
});

// Other front servers and proxies (src/checks/util/frontconf.ts).
const HAPROXY_FE = (lines: string) => `global\n    log /dev/log local0\n\nfrontend fe_https\n    bind :443 ssl crt /etc/haproxy/site.pem\n${lines}\n    default_backend be_app\n`;
const WEB_CONFIG = (headers: string) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <system.webServer>\n    <httpProtocol>\n      <customHeaders>\n${headers}\n      </customHeaders>\n    </httpProtocol>\n  </system.webServer>\n</configuration>\n`;

testCheck(corsWildcard, {
  valid: [
    { name: 'traefik middleware with listed origins (YAML, TOML, labels)', files: {
      'traefik/dynamic.yml': 'http:\n  middlewares:\n    cors:\n      headers:\n        accessControlAllowOriginList: ["https://app.example.com"]\n        accessControlAllowOriginListRegex: ["^https://.*\\\\.example\\\\.com$"]\n        accessControlAllowCredentials: true\n',
      'traefik/dynamic.toml': '[http.middlewares.cors.headers]\n  accessControlAllowOriginList = ["https://app.example.com"]\n',
      'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    labels:\n      - "traefik.http.middlewares.c.headers.accesscontrolalloworiginlist=https://app.example.com,https://admin.example.com"\n      # - "traefik.http.middlewares.c.headers.accesscontrolalloworiginlist=*"\n',
    } },
    { name: 'caddy, haproxy, IIS and lighttpd with an explicit origin or a commented wildcard', files: {
      Caddyfile: 'api.example.com {\n\theader Access-Control-Allow-Origin https://app.example.com\n\t# header Access-Control-Allow-Origin *\n\theader {\n\t\tAccess-Control-Allow-Methods *\n\t}\n}\n',
      'haproxy.cfg': HAPROXY_FE('    http-response set-header Access-Control-Allow-Origin https://app.example.com\n    # http-response set-header Access-Control-Allow-Origin *\n    http-response set-header Access-Control-Allow-Origin %[req.hdr(origin)] if { req.hdr(origin) -m str https://app.example.com }'),
      'web.config': WEB_CONFIG('        <add name="Access-Control-Allow-Origin" value="https://app.example.com" />\n        <!-- <add name="Access-Control-Allow-Origin" value="*" /> -->\n        <add name="Access-Control-Allow-Methods" value="*" />'),
      'lighttpd.conf': 'server.modules += ( "mod_setenv" )\nsetenv.add-response-header = ( "Access-Control-Allow-Origin" => "https://app.example.com" )\n# setenv.add-response-header = ( "Access-Control-Allow-Origin" => "*" )\n',
    } },
    { name: 'istio corsPolicy with exact origins and an ingress-nginx values allow-list', files: {
      'k8s/vs.yaml': 'apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: api\nspec:\n  http:\n    - corsPolicy:\n        allowOrigins:\n          - exact: https://app.example.com\n          - regex: "https://.*\\\\.example\\\\.com"\n        allowCredentials: true\n',
      'chart/values.yaml': 'ingress:\n  annotations:\n    nginx.ingress.kubernetes.io/enable-cors: "true"\n    nginx.ingress.kubernetes.io/cors-allow-origin: "https://app.example.com"\n',
      'deploy/ingress-nginx-cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  server-snippet: |\n    add_header X-Frame-Options DENY always;\n',
    } },
    { name: 'istio regex that matches a part of every origin but not a whole one (Envoy matches the whole origin)', files: {
      'k8s/vs.yaml': 'apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: api\nspec:\n  http:\n    - corsPolicy:\n        allowOrigins:\n          - regex: "t"\n        allowCredentials: true\n',
    } },
  ],
  invalid: [
    { name: 'traefik accessControlAllowOriginList ["*"] in dynamic YAML, TOML and a Middleware resource (credentials: still a literal *)', files: {
      'traefik/dynamic.yml': 'http:\n  middlewares:\n    cors:\n      headers:\n        accessControlAllowMethods: ["GET"]\n        accessControlAllowOriginList: ["*"]\n        accessControlAllowCredentials: true\n',
      'traefik/dynamic.toml': '[http.middlewares.cors.headers]\n  accessControlAllowOriginList = ["*"]\n',
      'k8s/middleware.yaml': 'apiVersion: traefik.io/v1alpha1\nkind: Middleware\nmetadata:\n  name: cors\nspec:\n  headers:\n    accessControlAllowOriginList:\n      - "*"\n',
    }, errors: [
      { file: 'traefik/dynamic.yml', line: 6, column: 39, severity: 'high', message: 'Traefik headers middleware accessControlAllowOriginList ["*"] allows any origin; list the allowed origins explicitly' },
      { file: 'traefik/dynamic.toml', line: 2, column: 3, severity: 'high', message: /http\.middlewares\.cors\.headers\.accessControlAllowOriginList \["\*"\]/ },
      { file: 'k8s/middleware.yaml', line: 8, severity: 'high' },
    ] },
    { name: 'traefik compose labels: * and an any-origin regex with credentials', files: { 'docker-compose.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    labels:\n      - "traefik.http.middlewares.a.headers.accesscontrolalloworiginlist=*"\n      traefik.http.middlewares.b.headers.accessControlAllowOriginListRegex: ".*"\n      traefik.http.middlewares.b.headers.accesscontrolallowcredentials: "true"\n' }, errors: [
      { file: 'docker-compose.yml', line: 5, column: 10, severity: 'high', message: /label traefik\.http\.middlewares\.a\.headers\.accesscontrolalloworiginlist=\* allows any origin/ },
      { file: 'docker-compose.yml', line: 6, column: 7, severity: 'critical', message: /reflects any origin with credentials/ },
    ] },
    { name: 'traefik and istio origin regexes that match any origin without being `.*` (a scheme and any host)', files: {
      'traefik/dynamic.yml': 'http:\n  middlewares:\n    cors:\n      headers:\n        accessControlAllowOriginListRegex: ["^https?://.*$"]\n        accessControlAllowCredentials: true\n',
      'k8s/vs.yaml': 'apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: api\nspec:\n  http:\n    - corsPolicy:\n        allowOrigins:\n          - regex: "https?://.*"\n        allowCredentials: true\n',
    }, errors: [
      { file: 'traefik/dynamic.yml', line: 5, severity: 'critical', message: /accessControlAllowOriginListRegex matching any origin reflects it with credentials/ },
      { file: 'k8s/vs.yaml', line: 9, severity: 'critical', message: /Istio VirtualService corsPolicy allowOrigins matching any origin/ },
    ] },
    { name: 'caddy header directive and header block', files: { Caddyfile: 'api.example.com {\n\theader Access-Control-Allow-Origin *\n\treverse_proxy app:8080\n}\nstatic.example.com {\n\theader /api/* {\n\t\t+Access-Control-Allow-Origin "*"\n\t}\n}\n' }, errors: [
      { file: 'Caddyfile', line: 2, column: 2, severity: 'high', message: /Caddy header Access-Control-Allow-Origin \* allows any origin/ },
      { file: 'Caddyfile', line: 7, column: 3, severity: 'high' },
    ] },
    { name: 'haproxy set-header *, and the origin echoed with credentials', files: {
      'haproxy/haproxy.cfg': HAPROXY_FE('    http-response set-header Access-Control-Allow-Origin *'),
      'haproxy/api.cfg': HAPROXY_FE('    http-response set-header Access-Control-Allow-Origin "%[req.hdr(origin)]"\n    http-response set-header Access-Control-Allow-Credentials true'),
    }, errors: [
      { file: 'haproxy/haproxy.cfg', line: 6, column: 5, severity: 'high', message: /HAProxy http-response set-header Access-Control-Allow-Origin \* allows any origin/ },
      { file: 'haproxy/api.cfg', line: 6, severity: 'critical', message: /reflects any origin with credentials/ },
    ] },
    { name: 'IIS web.config customHeaders and the IIS CORS module', files: {
      'web.config': WEB_CONFIG('        <add name="Access-Control-Allow-Origin" value="*" />'),
      'api/Web.Release.config': '<configuration>\n  <system.webServer>\n    <cors enabled="true">\n      <add origin="*" />\n    </cors>\n  </system.webServer>\n</configuration>\n',
    }, errors: [
      { file: 'web.config', line: 6, column: 9, severity: 'high', message: /IIS web\.config customHeaders Access-Control-Allow-Origin \*/ },
      { file: 'api/Web.Release.config', line: 4, column: 7, message: /IIS CORS module/ },
    ] },
    { name: 'lighttpd setenv response header', files: { 'lighttpd.conf': 'server.modules += ( "mod_setenv" )\nsetenv.add-response-header = (\n  "Access-Control-Allow-Origin" => "*",\n  "X-Frame-Options" => "DENY"\n)\n' }, errors: [{ file: 'lighttpd.conf', line: 3, column: 3, severity: 'high', message: /lighttpd setenv response header/ }] },
    { name: 'istio VirtualService corsPolicy prefix https:// (every https origin) with credentials (stop 28 newfp D4)', files: { 'k8s/vs.yaml': 'apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: api\nspec:\n  http:\n    - corsPolicy:\n        allowOrigins:\n          - prefix: https://app.example.com\n          - prefix: "https://"\n        allowCredentials: true\n' }, errors: [{ file: 'k8s/vs.yaml', line: 10, column: 13, severity: 'critical', message: /Istio VirtualService corsPolicy/ }] },
    { name: 'istio VirtualService corsPolicy any origin with credentials (Envoy echoes it)', files: { 'k8s/vs.yaml': 'apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: api\nspec:\n  http:\n    - corsPolicy:\n        allowOrigins:\n          - regex: ".*"\n        allowCredentials: true\n' }, errors: [{ file: 'k8s/vs.yaml', line: 9, column: 13, severity: 'critical', message: /Istio VirtualService corsPolicy/ }] },
    { name: 'ingress-nginx Helm values annotations and the controller ConfigMap server-snippet', files: {
      'chart/values.yaml': 'ingress:\n  enabled: true\n  annotations:\n    nginx.ingress.kubernetes.io/enable-cors: "true"\n    nginx.ingress.kubernetes.io/cors-allow-origin: "*"\n',
      'deploy/ingress-nginx-cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  ssl-protocols: "TLSv1.2 TLSv1.3"\n  server-snippet: |\n    add_header Access-Control-Allow-Origin "*" always;\n',
    }, errors: [
      { file: 'chart/values.yaml', line: 5, column: 52, severity: 'high', message: /Helm values ingress\.annotations ingress-nginx cors-allow-origin "\*"/ },
      { file: 'deploy/ingress-nginx-cm.yaml', line: 8, column: 5, severity: 'high', message: /ingress-nginx controller server-snippet/ },
    ] },
  ],
});

describe('cors-wildcard: one list of any-origin regexes for the libraries and the front servers', () => {
  it('reads ^(.*)$ as any origin in Django and Starlette settings, as Istio/Traefik readers do', async () => {
    const out = await runCase(corsWildcard, {
      files: {
        'proj/settings.py': 'INSTALLED_APPS = ["corsheaders"]\nCORS_ALLOWED_ORIGIN_REGEXES = [r"^(.*)$"]\n',
        'main.py': 'from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origin_regex="^(.*)$")\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line]).sort()).toEqual([['main.py', 2], ['proj/settings.py', 2]]);
  });
});

describe('cors-wildcard: TypeScript type arguments, RegExp origins, origin lists and Koa origin functions (QA 30 node2)', () => {
  const found = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => [f.file, f.line, f.severity ?? null, f.note ?? false, f.message.split(';')[0]]);
  it('reads a call with type arguments in TypeScript: Apollo Server 4\'s cors<cors.CorsRequest>(), cors<express.Request>({ origin: \'*\' }), a typed Socket.IO Server', async () => {
    expect(await found({
      'src/index.ts': "import express from 'express';\nimport cors from 'cors';\nconst app = express();\napp.use(\n  '/graphql',\n  cors<cors.CorsRequest>(),\n  express.json(),\n);\n",
      'src/app.ts': "import express from 'express';\nimport cors, { CorsOptions } from 'cors';\nconst app = express();\napp.use(cors<express.Request>({ origin: '*' }));\napp.use(cors<Record<string, string[]>>({ origin: ['https://app.example.com'] }));\n",
      'src/io.ts': "import { Server } from 'socket.io';\nconst io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, { cors: { origin: '*' } });\n",
      // In JavaScript `a < b > (c)` is a comparison, not a call.
      'src/cmp.js': "const cors = require('cors');\nconst ok = cors < limit > (value);\n",
    })).toEqual([
      ['src/app.ts', 4, null, false, "cors() origin '*' allows any origin"],
      ['src/index.ts', 6, null, false, 'cors() without options allows any origin'],
      ['src/io.ts', 2, null, false, "Socket.IO Server origin '*' allows any origin"],
    ]);
  });
  it('an any-origin RegExp origin reflects the origin (critical with credentials); an allow-list RegExp passes', async () => {
    expect(await found({
      'src/a.js': "const cors = require('cors');\napp.use(cors({ origin: /.*/, credentials: true }));\n",
      'src/b.js': "const cors = require('cors');\napp.use(cors({ origin: /^https?:\\/\\/.*$/, credentials: true }));\n",
      'src/c.js': "const cors = require('cors');\napp.use(cors({ origin: [/.+/, 'https://app.example.com'] }));\n",
      'src/d.js': "const cors = require('cors');\napp.use(cors({ origin: /\\.example\\.com$/, credentials: true }));\napp.use(cors({ origin: [/^https:\\/\\/(www\\.)?example\\.com$/i], credentials: true }));\n",
    })).toEqual([
      ['src/a.js', 2, 'critical', false, "cors() origin /.*/ is a RegExp that matches any origin and reflects it with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
      ['src/b.js', 2, 'critical', false, "cors() origin /^https?:\\/\\/.*$/ is a RegExp that matches any origin and reflects it with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
      ['src/c.js', 2, null, false, "cors() origin [/.+/, 'https://app.example.com'] is a RegExp that matches any origin and reflects it"],
    ]);
  });
  it("origin ['*'] matches no origin in the cors package (entries compared literally): a note, not any origin; a bare '*' still fails", async () => {
    expect(await found({
      'src/a.js': "const cors = require('cors');\napp.use(cors({ origin: ['*'] }));\napp.use(cors({ origin: '*' }));\n",
    })).toEqual([
      ['src/a.js', 2, null, true, "cors() origin ['*']: '*' in an origin list matches no origin (the library compares list entries literally"],
      ['src/a.js', 3, null, false, "cors() origin '*' allows any origin"],
    ]);
  });
  it("an any-origin RegExp beside '*' in an origin list still reflects any origin (not the list note)", async () => {
    expect(await found({
      'src/a.js': "const cors = require('cors');\napp.use(cors({ origin: ['*', /.*/], credentials: true }));\n",
    })).toEqual([
      ['src/a.js', 2, 'critical', false, "cors() origin ['*', /.*/] is a RegExp that matches any origin and reflects it with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
    ]);
  });
  it('a @koa/cors origin function returning the request\'s Origin reflects it (critical with credentials); one that checks a list passes', async () => {
    const koa = (body: string) => `const Koa = require('koa');\nconst cors = require('@koa/cors');\nconst app = new Koa();\n${body}\n`;
    expect(await found({
      'a.js': koa("app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));"),
      'b.js': koa("app.use(cors({ origin: ctx => ctx.request.header.origin || '*' }));"),
      'c.js': koa("app.use(cors({ credentials: true, origin: function (ctx) { return ctx.headers.origin; } }));"),
      'd.js': koa("app.use(cors({ origin: (ctx) => (allowed.includes(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true }));\napp.use(cors({ origin: (ctx) => ctx.request.origin, credentials: true }));"),
    })).toEqual([
      ['a.js', 4, 'critical', false, "@koa/cors origin function that returns the request's Origin ((ctx) => ctx.get('Origin')) reflects any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests"],
      ['b.js', 4, null, false, "@koa/cors origin function that returns the request's Origin (ctx => ctx.request.header.origin || '*') reflects any origin"],
      // (the message is cut at the function's own `;` here)
      ['c.js', 4, 'critical', false, "@koa/cors origin function that returns the request's Origin (function (ctx) {return ctx.headers.origin"],
    ]);
  });
});

describe('cors-wildcard: one any-origin regex judgement for every language; a scheme with any host; Flask-CORS config credentials (QA31 code2)', () => {
  const found = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity ?? 'high'}${f.note ? ' note' : ''} ${f.message.split(' with credentials')[0]!.split(';')[0]}`).sort();
  const django = (regexes: string) => `INSTALLED_APPS = ["corsheaders"]\nCORS_ALLOWED_ORIGIN_REGEXES = ${regexes}\n`;
  it('D1: ^https?://.*$ is any origin in Django, FastAPI, Flask-CORS and rack-cors as in Express (critical with credentials)', async () => {
    expect(await found({
      'a/settings.py': django('[r"^https?://.*$"]'),
      'b/settings.py': "CORS_ORIGIN_REGEX_WHITELIST = (r'^(https?://)?(\\w+\\.)?.*$', )\n",
      'c/main.py': 'from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origin_regex=r"^https?://.*$", allow_credentials=True)\n',
      'd/app.py': flask('CORS(app, origins=[r"^https?:\\/\\/.*$"], supports_credentials=True)\n'),
      'e/config/initializers/cors.rb': 'Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins /\\Ahttps?:\\/\\/.*\\z/\n    resource "*", headers: :any, methods: [:get, :post], credentials: true\n  end\nend\n',
      'f/config/initializers/cors.rb': 'Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins /.*/i\n    resource "*", headers: :any\n  end\nend\n',
    })).toEqual([
      'a/settings.py:2:31 high CORS_ALLOWED_ORIGIN_REGEXES = [r"^https?://.*$"] matches any origin',
      "b/settings.py:1:31 high CORS_ORIGIN_REGEX_WHITELIST = (r'^(https?://)?(\\w+\\.)?.*$') matches any origin",
      'c/main.py:2:55 critical CORSMiddleware allow_origin_regex=r"^https?://.*$" matches any origin',
      'd/app.py:5:19 critical Flask-CORS origins=[r"^https?:\\/\\/.*$"] matches any origin',
      'e/config/initializers/cors.rb:3:13 critical rack-cors origins /\\Ahttps?:\\/\\/.*\\z/ matches any origin',
      'f/config/initializers/cors.rb:3:13 high rack-cors origins /.*/i matches any origin',
    ]);
  });
  it('D2: a scheme with any host (^https://.*$, .+, [^/]+, [\\w.-]+, unanchored https://.*) admits every https site: graded as any origin', async () => {
    const scheme = 'every site over its scheme (any origin an attacker serves over it)';
    expect(await found({
      'a/settings.py': django('[r"^https://.*$"]'),
      'b/settings.py': django('[r"^https://.+$"]'),
      'c/settings.py': django('[r"https://.*"]'),
      'd/settings.py': django('[r"^https://[\\w.-]+$"]'),
      'e/main.py': 'from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*", allow_credentials=True)\n',
      'f/app.py': flask('CORS(app, origins=r"^https://[^/]+$")\n'),
      'g/server.js': "const cors = require('cors');\napp.use(cors({ origin: /^https:\\/\\/.+$/, credentials: true }));\n",
      'h/config/initializers/cors.rb': 'Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins %r{\\Ahttps://.*\\z}\n    resource "*", headers: :any, credentials: true\n  end\nend\n',
      'nginx/conf.d/api.conf': 'server {\n  listen 80;\n  location /api/ {\n    if ($http_origin ~* "^https://.*$") {\n      add_header Access-Control-Allow-Origin $http_origin;\n      add_header Access-Control-Allow-Credentials true;\n    }\n    proxy_pass http://api:8000;\n  }\n}\n',
    })).toEqual([
      `a/settings.py:2:31 high CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://.*$"] matches ${scheme}`,
      `b/settings.py:2:31 high CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://.+$"] matches ${scheme}`,
      `c/settings.py:2:31 high CORS_ALLOWED_ORIGIN_REGEXES = [r"https://.*"] matches ${scheme}`,
      `d/settings.py:2:31 high CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://[\\w.-]+$"] matches ${scheme}`,
      `e/main.py:2:55 critical CORSMiddleware allow_origin_regex=r"https://.*" matches ${scheme}`,
      `f/app.py:5:19 high Flask-CORS origins=r"^https://[^/]+$" matches ${scheme}`,
      `g/server.js:2:24 critical cors() origin /^https:\\/\\/.+$/ is a RegExp that matches ${scheme} and reflects it`,
      `h/config/initializers/cors.rb:3:13 critical rack-cors origins %r{\\Ahttps://.*\\z} matches ${scheme}`,
      'nginx/conf.d/api.conf:5:7 critical nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin',
    ]);
  });
  it('D2: regexes anchored to a domain pass, as do ones naming a domain without escaped dots or an end anchor (not graded: a narrower risk)', async () => {
    expect(await found({
      'a/settings.py': django('[r"^https://([a-z0-9-]+\\.)*example\\.com$", r"^https://.*\\.example\\.com$"]'),
      'b/settings.py': django('[r"^https://.*example.com"]'),
      'c/main.py': 'from fastapi.middleware.cors import CORSMiddleware\napp.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*\\.example\\.com", allow_credentials=True)\n',
      'd/app.py': flask('CORS(app, origins=[r"^https://(?P<sub>\\w+)\\.example\\.com$", "https://app.example.com"], supports_credentials=True)\n'),
      'e/server.js': "const cors = require('cors');\napp.use(cors({ origin: [/\\.example\\.com$/, 'https://a.example.com'], credentials: true }));\n",
      'f/config/initializers/cors.rb': 'Rails.application.config.middleware.insert_before 0, Rack::Cors do\n  allow do\n    origins %r{\\Ahttps://[a-z0-9-]+\\.example\\.com\\z}, "https://*"\n    resource "*", headers: :any, credentials: true\n  end\nend\n',
    })).toEqual([]);
  });
  it('D4: an any-origin regex in a multi-line list is located at the entry and named', async () => {
    expect(await found({
      'mysite/settings.py': 'CORS_ALLOWED_ORIGIN_REGEXES = [\n    r"^https://app\\.example\\.com$",\n    r"^https://admin\\.example\\.com$",\n    r"^.*$",\n]\n',
      'app.py': flask('CORS(app, origins=[\n    "https://app.example.com",\n    r"^https?://.*$",\n])\n'),
    })).toEqual([
      'app.py:7:5 high Flask-CORS origins entry r"^https?://.*$" matches any origin',
      'mysite/settings.py:4:5 high CORS_ALLOWED_ORIGIN_REGEXES entry r"^.*$" matches any origin',
    ]);
  });
  it('D3: CORS(app) with CORS_SUPPORTS_CREDENTIALS = True in the app config (runtime or a config module) is critical; supports_credentials=False on the call or Django\'s key is not it', async () => {
    expect(await found({
      'a/app.py': flask('app.config["CORS_SUPPORTS_CREDENTIALS"] = True\nCORS(app)\n'),
      'b/config.py': 'CORS_SUPPORTS_CREDENTIALS = True\n',
      'b/app.py': flask('app.config.from_object("config")\nCORS(app)\n'),
      'c/app.py': flask('app.config["CORS_SUPPORTS_CREDENTIALS"] = True\nCORS(app, supports_credentials=False)\n'),
      'd/settings.py': 'CORS_ALLOW_CREDENTIALS = True\n',
      'd/app.py': flask('CORS(app)\n'),
      'e/app.py': flask('if app.debug:\n    app.config["CORS_SUPPORTS_CREDENTIALS"] = True\nCORS(app)\n'),
    })).toEqual([
      "a/app.py:6:1 critical CORS(…) without origins allows any origin (Flask-CORS defaults to '*')",
      "b/app.py:6:1 critical CORS(…) without origins allows any origin (Flask-CORS defaults to '*')",
      "c/app.py:6:1 high CORS(…) without origins allows any origin (Flask-CORS defaults to '*')",
      "d/app.py:5:1 high CORS(…) without origins allows any origin (Flask-CORS defaults to '*')",
      "e/app.py:7:1 high CORS(…) without origins allows any origin (Flask-CORS defaults to '*')",
    ]);
  });
});

describe('cors-wildcard: Strapi strapi::cors and Nitro routeRules cors: true (QA32 fullrepos5 D3, D4)', () => {
  const found = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity ?? 'high'}${f.note ? ' note' : ''} ${f.message.split(';')[0]}`).sort();
  const strapi = (entry: string, head = 'module.exports = [') => `${head}\n  'strapi::logger',\n  'strapi::errors',\n  ${entry},\n  'strapi::public',\n];\n`;
  it("Strapi's cors origin '*' (also in a list or a comma list, or an env() default) is any origin, critical unless credentials: false (its default is true)", async () => {
    expect(await found({
      'a/config/middlewares.js': strapi("{\n    name: 'strapi::cors',\n    config: { enabled: true, origin: '*', credentials: true },\n  }"),
      'b/config/middlewares.ts': strapi("{ name: 'strapi::cors', config: { origin: ['*'], headers: '*' } }", 'export default ['),
      'c/config/env/production/middlewares.js': strapi("{ name: 'strapi::cors', config: { origin: 'https://a.example.com, *', credentials: false } }"),
      'd/config/middlewares.js': strapi("{ name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS', ['*']) } }", 'module.exports = ({ env }) => ['),
      'e/config/env/development/middlewares.js': strapi("{ name: 'strapi::cors', config: { origin: '*' } }"),
    })).toEqual([
      "a/config/middlewares.js:6:38 critical strapi::cors origin '*' allows any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests",
      "b/config/middlewares.ts:4:45 critical strapi::cors origin ['*'] (credentials on: Strapi's default) allows any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests",
      "c/config/env/production/middlewares.js:4:45 high strapi::cors origin 'https://a.example.com, *' allows any origin",
      "d/config/middlewares.js:4:45 critical strapi::cors origin env.array('CORS_ORIGINS', ['*']) (credentials on: Strapi's default) falls back to * when CORS_ORIGINS is unset and allows any origin with credentials: the library reflects the caller's origin, so any site can make authenticated requests",
      "e/config/env/development/middlewares.js:4:45 high note strapi::cors origin '*' (credentials on: Strapi's default) allows any origin (development-only",
    ]);
  });
  it("an origin list, a config without origin, the bare 'strapi::cors', other middlewares and other files pass", async () => {
    expect(await found({
      'a/config/middlewares.js': strapi("{ name: 'strapi::cors', config: { origin: ['https://app.example.com'], credentials: true } }"),
      'b/config/middlewares.js': strapi("'strapi::cors'"),
      'c/config/middlewares.js': strapi("{ name: 'strapi::cors', config: { headers: '*' } }"),
      'd/config/middlewares.js': strapi("{ name: 'strapi::security', config: { cors: { origin: '*' } } },\n  'strapi::cors'"),
      'e/src/config.js': strapi("{ name: 'strapi::cors', config: { origin: '*' } }"),
      'f/config/middlewares.js': strapi("// { name: 'strapi::cors', config: { origin: '*' } },\n  'strapi::cors'"),
      'g/config/middlewares.js': strapi("{ name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS', ['https://app.example.com']) } }"),
    })).toEqual([]);
  });
  it('Nitro/Nuxt routeRules cors: true sends Access-Control-Allow-Origin: * unless the rule sets the origin header itself', async () => {
    expect(await found({
      'a/nuxt.config.ts': "export default defineNuxtConfig({\n  nitro: {\n    routeRules: {\n      '/api/**': { cors: true, headers: { 'access-control-allow-methods': 'GET,POST' } },\n      '/public/**': { cors: false },\n    },\n  },\n})\n",
      'b/nitro.config.ts': "export default defineNitroConfig({\n  routeRules: { '/**': { cors: true } },\n})\n",
      'c/nitro.config.ts': "export default defineNitroConfig({\n  routeRules: { '/**': { cors: true, headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } } },\n})\n",
      'd/nitro.config.ts': "export default defineNitroConfig({\n  routeRules: { '/**': { cors: true, headers: corsHeaders } },\n})\n",
      'e/nuxt.config.ts': "export default defineNuxtConfig({\n  routeRules: { '/**': { cors: true, headers: { 'Access-Control-Allow-Origin': '*' } } },\n})\n",
      'f/server/routes.ts': "export const routeRules = { '/**': { cors: true } }\nconst cors = 1\n",
    })).toEqual([
      "a/nuxt.config.ts:4:26 high Nitro routeRules '/api/**' cors: true sends Access-Control-Allow-Origin: * and allows any origin",
      "b/nitro.config.ts:2:32 high Nitro routeRules '/**' cors: true sends Access-Control-Allow-Origin: * and allows any origin",
      'e/nuxt.config.ts:2:49 high the Access-Control-Allow-Origin header is set to *',
    ]);
  });
});

// QA round 32 robust5 D6 (the front-server reader's cap, shared with tls-protocols-config): every hit of a file is reported.
it('reports all 60 any-origin Traefik middlewares and HAProxy headers of one file, not the first 50', async () => {
  const traefik = `http:\n  middlewares:\n${Array.from({ length: 60 }, (_, i) => `    cors${i}:\n      headers:\n        accessControlAllowOriginList: ["*"]\n`).join('')}`;
  const haproxy = `frontend web\n    bind :80\n${Array.from({ length: 60 }, () => '    http-response set-header Access-Control-Allow-Origin "*"\n').join('')}`;
  const out = await runCase(corsWildcard, { name: 'many', files: { 'traefik/dynamic.yml': traefik, 'haproxy/haproxy.cfg': haproxy } });
  expect(out.findings.filter((f) => f.file === 'traefik/dynamic.yml').length).toBe(60);
  expect(out.findings.filter((f) => f.file === 'haproxy/haproxy.cfg').length).toBe(60);
});

// QA round 33 (cors): CORS options kept in another module of the project, judged where they are written.
describe('cors-wildcard: options imported from another module', () => {
  const express = (line: string) => `const express = require('express');\nconst cors = require('cors');\n${line}\nconst app = express();\napp.use(cors(corsOptions));\n`;
  testCheck(corsWildcard, {
    valid: [
      { name: 'imported options that list origins', files: { 'src/config/cors.js': "module.exports = {\n  origin: ['https://app.example.com'],\n  credentials: true,\n};\n", 'src/server.js': express("const corsOptions = require('./config/cors');") } },
      { name: 'an exported object with origin that no module passes to cors()', files: {
        'src/config/http.js': "module.exports = { origin: '*', credentials: true, timeout: 5000 };\n",
        'src/config/index.js': "export const proxy = { origin: true };\nexport default { upstream: { origin: '*' } };\n",
        'src/server.js': "const cors = require('cors');\nconst http = require('./config/http');\nimport cfg, { proxy } from './config';\nfetch(http.origin);\nstartProxy(proxy, cfg.upstream);\napp.use(cors({ origin: 'https://app.example.com' }));\n",
      } },
      { name: 'options from a package are not followed', files: { 'node_modules_like/cors-config/index.js': "module.exports = { origin: '*' };\n", 'src/server.js': express("const corsOptions = require('cors-config');") } },
      { name: 'the options used are another export of the module', files: { 'src/config.js': "exports.socketOptions = { origin: '*' };\nexports.corsOptions = { origin: ['https://app.example.com'] };\n", 'src/server.js': express("const { corsOptions } = require('./config');") } },
      { name: 'a module of the same name in another folder', files: { 'tools/config/cors.js': "module.exports = { origin: '*' };\n", 'src/server.js': express("const corsOptions = require('./config/cors');"), 'src/config/cors.js': "module.exports = { origin: process.env.CORS_ORIGIN };\n" } },
      { name: 'imported options whose * fallback the deploy environment replaces', files: { 'src/config/cors.js': "module.exports = { origin: process.env.CORS_ORIGIN || '*' };\n", 'src/server.js': express("const corsOptions = require('./config/cors');"), '.env.production': 'CORS_ORIGIN=https://app.example.com\n' } },
      { name: 'imported options used only by a test', files: { 'src/config/cors.js': "module.exports = { origin: '*' };\n", 'test/server.test.js': express("const corsOptions = require('../src/config/cors');") } },
    ],
    invalid: [
      { name: 'module.exports options required by the server (the repro)', files: { 'src/config/cors.js': "module.exports = {\n  origin: '*',\n  credentials: true,\n  methods: ['GET', 'POST'],\n};\n", 'src/server.js': express("const corsOptions = require('./config/cors');") }, errors: [{ file: 'src/config/cors.js', line: 2, column: 11, severity: 'high', message: /^cors\(\) \(called in src\/server\.js\) origin '\*' allows any origin/ }] },
      { name: 'export default options imported with an extension', files: { 'src/config/cors.ts': "import type { CorsOptions } from 'cors';\nconst corsOptions: CorsOptions = { origin: true, credentials: true };\nexport default corsOptions;\n", 'src/server.ts': "import cors from 'cors';\nimport corsOptions from './config/cors.js';\napp.use(cors(corsOptions));\n" }, errors: [{ file: 'src/config/cors.ts', line: 2, severity: 'critical', message: /origin: true reflects any origin/ }] },
      { name: 'a named export of config/index.ts', files: { 'config/index.ts': "export const corsOptions = {\n  origin: (origin, cb) => cb(null, true),\n  credentials: true,\n};\n", 'src/main.ts': "import { NestFactory } from '@nestjs/core';\nimport { corsOptions as options } from '../config';\nconst app = await NestFactory.create(AppModule);\napp.enableCors(options);\n" }, errors: [{ file: 'config/index.ts', line: 2, severity: 'critical' }] },
      { name: 'exports.corsOptions and a property of a required module', files: { 'src/config.js': "exports.corsOptions = { origin: /.*/, credentials: true };\n", 'src/app.js': "const cors = require('cors');\napp.use(cors(require('./config').corsOptions));\n" }, errors: [{ file: 'src/config.js', line: 1, severity: 'critical', message: /RegExp/ }] },
      { name: 'module.exports = { corsOptions: {…} } read as require(…).corsOptions and config.cors', files: {
        'src/config/index.js': "module.exports = {\n  port: 3000,\n  corsOptions: { origin: '*' },\n  cors: { origin: true, credentials: true },\n};\n",
        'src/a.js': "const cors = require('cors');\nconst { corsOptions } = require('./config');\napp.use(cors(corsOptions));\n",
        'src/b.js': "const cors = require('cors');\nconst config = require('./config/index.js');\napp.use(cors(config.cors));\n",
      }, errors: [{ file: 'src/config/index.js', line: 3, severity: 'high' }, { file: 'src/config/index.js', line: 4, severity: 'critical' }] },
      { name: '@fastify/cors and Socket.IO given imported options', files: {
        'src/cors.mjs': "export const fastifyCors = { origin: '*' };\nexport const ioCors = { origin: true, credentials: true };\n",
        'src/server.mjs': "import cors from '@fastify/cors';\nimport { Server } from 'socket.io';\nimport * as opts from './cors.mjs';\nfastify.register(cors, opts.fastifyCors);\nconst io = new Server(http, { cors: opts.ioCors });\n",
      }, errors: [{ file: 'src/cors.mjs', line: 1, message: /^@fastify\/cors \(called in src\/server\.mjs\)/ }, { file: 'src/cors.mjs', line: 2, severity: 'critical', message: /^Socket\.IO Server/ }] },
      { name: 'imported options whose * fallback nothing replaces', files: { 'src/config/cors.js': "module.exports = { origin: process.env.CORS_ORIGIN || '*' };\n", 'src/server.js': express("const corsOptions = require('./config/cors');") }, errors: [{ file: 'src/config/cors.js', line: 1, message: /falls back to \* when CORS_ORIGIN is unset/ }] },
      { name: 'used by development code and by production code', files: { 'src/config/cors.js': "module.exports = { origin: '*' };\n", 'src/dev-server.js': express("const corsOptions = require('./config/cors');"), 'src/server.js': express("const corsOptions = require('./config/cors');") }, errors: [{ file: 'src/config/cors.js', line: 1 }] },
    ],
    notes: [
      { name: 'imported options passed to cors() only under a development branch', files: { 'src/config/cors.js': "module.exports = { origin: '*' };\n", 'src/server.js': "const cors = require('cors');\nconst corsOptions = require('./config/cors');\nif (process.env.NODE_ENV === 'development') {\n  app.use(cors(corsOptions));\n}\n" }, notes: [{ file: 'src/config/cors.js', line: 1, message: /development-only/ }] },
      { name: 'an origin list holding * in imported options', files: { 'src/config/cors.js': "module.exports = { origin: ['*'] };\n", 'src/server.js': express("const corsOptions = require('./config/cors');") }, notes: [{ file: 'src/config/cors.js', line: 1, message: /matches no origin/ }] },
    ],
  });
});

describe('relative JS modules (jsImportOf, jsModuleKey)', () => {
  it('follows relative specifiers only, within the repository', async () => {
    const { jsImportOf, jsModuleKey, jsModuleKeys } = await import('../../src/checks/util/code.js');
    expect(jsModuleKey('src/server.ts', '../config')).toBe('config');
    expect(jsModuleKey('src/server.ts', './config/cors.js')).toBe('src/config/cors');
    expect(jsModuleKey('server.ts', '../x')).toBeNull();
    expect(jsModuleKey('src/server.ts', '@/config')).toBeNull();
    expect(jsModuleKeys('config/index.ts')).toEqual(['config/index', 'config']);
    const src = scanSource('src/a.js', "import * as ns from './ns';\nimport def, { a as b } from './m';\nconst c = require('./c').opts;\nconst d = def.cors;\n// const e = require('./e');\n");
    expect(jsImportOf(src, 'ns.x')).toEqual({ module: 'src/ns', name: 'x' });
    expect(jsImportOf(src, 'ns')).toBeNull();
    expect(jsImportOf(src, 'b')).toEqual({ module: 'src/m', name: 'a' });
    expect(jsImportOf(src, 'c')).toEqual({ module: 'src/c', name: 'opts' });
    expect(jsImportOf(src, 'd')).toEqual({ module: 'src/m', name: 'cors' });
    expect(jsImportOf(src, 'e')).toBeNull();
  });
});

it('options a module passes to cors() itself and also exports to another module that does are reported once', async () => {
  const out = await runCase(corsWildcard, { files: {
    'src/cors.js': "const cors = require('cors');\nconst corsOptions = { origin: true, credentials: true };\napp.use(cors(corsOptions));\nmodule.exports = corsOptions;\n",
    'src/io.js': "const cors = require('cors');\nconst o = require('./cors');\nrouter.use(cors(o));\n",
  } });
  expect(out.findings.map((f) => [f.file, f.line, f.severity])).toEqual([['src/cors.js', 2, 'critical']]);
});

// QA34 selfhost D3: Synapse's and Element's documented nginx delegation answers `/.well-known/matrix/client` with a JSON literal
// and `add_header Access-Control-Allow-Origin *`, which the Matrix client-server spec asks for: public by design, a note.
describe('cors-wildcard: nginx /.well-known/ documents (Matrix delegation, QA34 selfhost D3)', () => {
  const judged = async (conf: string) => (await runCase(corsWildcard, { files: { 'nginx/matrix.conf': conf } })).findings.map((f) => `${f.line}${f.note ? ' note' : ' fail'}`);
  const server = (body: string) => `server {\n    listen 443 ssl;\n    server_name example.com;\n${body}}\n`;
  it('gives a note for * on a /.well-known/ location nginx answers itself (return 200, a file from disk)', async () => {
    expect(await judged(server(`    location /.well-known/matrix/client {\n        default_type application/json;\n        add_header Access-Control-Allow-Origin *;\n        return 200 '{"m.homeserver": {"base_url": "https://matrix.example.com"}}';\n    }\n`)))
      .toEqual(['6 note']);
    expect(await judged(server(`    location = /.well-known/matrix/client {\n        add_header Access-Control-Allow-Origin '*';\n        return 200 '{}';\n    }\n    location ~ ^/\\.well-known/(matrix|nostr)/ {\n        root /var/www/wellknown;\n        default_type application/json;\n        add_header Access-Control-Allow-Origin "*" always;\n    }\n`)))
      .toEqual(['5 note', '11 note']);
  });
  it('names the location it judged, not Matrix\'s, in the note (QA34 fpstatic D6)', async () => {
    const out = await runCase(corsWildcard, { files: { 'nginx/site.conf': server(`    location = /.well-known/openid-configuration {\n        add_header Access-Control-Allow-Origin *;\n        return 200 '{}';\n    }\n`) } });
    expect(out.findings.map((f) => f.message)).toEqual([expect.stringContaining('(location /.well-known/openid-configuration; the Matrix spec, for one,')]);
  });
  it('still fails * on a proxied /.well-known/ location, one that hands off (try_files @app, rewrite, a redirect), the API location and the server level', async () => {
    const out = await judged(server([
      '    add_header Access-Control-Allow-Origin *;',
      '    location /.well-known/openid-configuration {',
      '        add_header Access-Control-Allow-Origin *;',
      '        proxy_pass http://keycloak:8080;',
      '    }',
      '    location /.well-known/ {',
      '        add_header Access-Control-Allow-Origin *;',
      '        try_files $uri @app;',
      '    }',
      '    location /.well-known/x {',
      '        add_header Access-Control-Allow-Origin *;',
      '        rewrite ^ /api/x last;',
      '    }',
      '    location /.well-known/y {',
      '        add_header Access-Control-Allow-Origin *;',
      '        return 302 /api/y;',
      '    }',
      '    location ~ ^(/_matrix|/_synapse/client) {',
      '        add_header Access-Control-Allow-Origin *;',
      '        proxy_pass http://localhost:8008;',
      '    }',
      '',
    ].join('\n')));
    expect(out).toEqual(['4 fail', '6 fail', '10 fail', '14 fail', '18 fail', '22 fail']);
  });
});

describe('cors-wildcard: API Gateway, Serverless, SAM, CDK and firebase-functions CORS (QA round 34, fullrepos D4)', () => {
  const found = async (files: Record<string, string>) => (await runCase(corsWildcard, { files })).findings.map((f) => `${f.note ? 'info' : (f.severity ?? 'high')} ${f.file}:${f.line}:${f.column}`).sort();

  it('Serverless: http event cors: true, origin \'*\', provider.httpApi.cors: true or allowedOrigins \'*\' fail at the value; allow-lists pass', async () => {
    const sls = 'service: api\nprovider:\n  name: aws\n  httpApi:\n    cors: true\nfunctions:\n  list:\n    handler: src/list.handler\n    events:\n      - http:\n          path: items\n          method: get\n          cors: true\n      - http:\n          path: other\n          method: get\n          cors:\n            origin: \'*\'\n            headers: [Content-Type]\n      - httpApi:\n          path: /v2/items\n          method: get\n';
    expect(await found({ 'serverless.yml': sls })).toEqual(['high serverless.yml:13:17', 'high serverless.yml:18:21', 'high serverless.yml:5:11']);
    expect(await found({ 'api/serverless.yaml': 'service: api\nprovider:\n  name: aws\n  httpApi:\n    cors:\n      allowedOrigins:\n        - \'*\'\n' })).toEqual(['high api/serverless.yaml:7:9']);
    const ok = 'service: api\nprovider:\n  name: aws\n  httpApi:\n    cors:\n      allowedOrigins:\n        - https://app.example.com\nfunctions:\n  list:\n    handler: h.list\n    events:\n      - http:\n          path: items\n          method: get\n          cors:\n            origins:\n              - https://app.example.com\n      - http:\n          path: more\n          method: get\n          cors: false\n';
    expect(await found({ 'serverless.yml': ok })).toEqual([]);
    // Not a Serverless service file: the keys mean nothing there.
    expect(await found({ 'config/app.yml': 'functions:\n  list:\n    events:\n      - http:\n          cors: true\n' })).toEqual([]);
  });

  it('SAM/CloudFormation: Globals.Api.Cors "\'*\'", AllowOrigin "\'*\'", HttpApi CorsConfiguration: true, AllowOrigins [\'*\'] fail; quoted origins pass', async () => {
    const head = 'AWSTemplateFormatVersion: \'2010-09-09\'\nTransform: AWS::Serverless-2016-10-31\n';
    const tpl = `${head}Globals:\n  Api:\n    Cors:\n      AllowMethods: "'GET,OPTIONS'"\n      AllowOrigin: "'*'"\nResources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Cors: "'*'"\n  HttpApi:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      CorsConfiguration: true\n  V2:\n    Type: AWS::ApiGatewayV2::Api\n    Properties:\n      CorsConfiguration:\n        AllowOrigins: ['*']\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      FunctionUrlConfig:\n        AuthType: NONE\n        Cors:\n          AllowOrigins: ['*']\n`;
    expect(await found({ 'template.yaml': tpl })).toEqual(['high template.yaml:13:13', 'high template.yaml:17:26', 'high template.yaml:22:23', 'high template.yaml:29:25', 'high template.yaml:7:20']);
    const ok = `${head}Globals:\n  Api:\n    Cors:\n      AllowOrigin: "'https://app.example.com'"\nResources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n      Cors: "'https://app.example.com'"\n  HttpApi:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      CorsConfiguration:\n        AllowOrigins: ['https://app.example.com']\n`;
    expect(await found({ 'template.yaml': ok })).toEqual([]);
    // Without a template's markers the same keys are not CloudFormation's.
    expect(await found({ 'values.yaml': 'Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      Cors: "\'*\'"\n' })).toEqual([]);
  });

  it('CDK: Cors.ALL_ORIGINS and allowOrigins [\'*\'] fail at the value; an origin list, and the name outside a CDK app, pass', async () => {
    const stack = "import * as apigw from 'aws-cdk-lib/aws-apigateway';\nnew apigw.LambdaRestApi(this, 'Api', {\n  handler: fn,\n  defaultCorsPreflightOptions: {\n    allowOrigins: apigw.Cors.ALL_ORIGINS,\n    allowMethods: apigw.Cors.ALL_METHODS,\n  },\n});\nfn.addFunctionUrl({ cors: { allowedOrigins: ['*'] } });\n// allowOrigins: apigw.Cors.ALL_ORIGINS\n";
    expect(await found({ 'lib/api-stack.ts': stack })).toEqual(['high lib/api-stack.ts:5:19', 'high lib/api-stack.ts:9:45']);
    expect(await found({ 'infra/stack.py': 'from aws_cdk import aws_apigateway as apigw\napigw.RestApi(self, "Api", default_cors_preflight_options=apigw.CorsOptions(allow_origins=apigw.Cors.ALL_ORIGINS))\n' })).toEqual(['high infra/stack.py:2:91']);
    expect(await found({ 'lib/ok.ts': "import { Cors, RestApi } from 'aws-cdk-lib/aws-apigateway';\nnew RestApi(this, 'Api', { defaultCorsPreflightOptions: { allowOrigins: ['https://app.example.com'], allowMethods: Cors.ALL_METHODS } });\n" })).toEqual([]);
    expect(await found({ 'src/cors.ts': "export const Cors = { ALL_ORIGINS: ['https://a.example.com'] };\nconst allowOrigins = Cors.ALL_ORIGINS;\n" })).toEqual([]);
  });

  it('a SAM template named for development gives notes, as the AWS descriptors\' environment in it does', async () => {
    const tpl = 'AWSTemplateFormatVersion: \'2010-09-09\'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      Cors: "\'*\'"\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n          CORS_ORIGINS: "*"\n';
    expect(await found({ 'template-dev.yaml': tpl })).toEqual(['info template-dev.yaml:13:25', 'info template-dev.yaml:7:13']);
  });

  it('a Python CDK module that also serves FastAPI reports allow_origins=["*"] once', async () => {
    const app = 'import aws_cdk\nfrom fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=["*"])\n';
    expect(await found({ 'app/main.py': app })).toHaveLength(1);
    expect(await found({ 'infra/stack.py': 'from aws_cdk import aws_lambda as lambda_\nfn.add_function_url(cors=lambda_.FunctionUrlCorsOptions(allowed_origins=["*"]))\n' })).toEqual(['high infra/stack.py:2:73']);
  });

  it("firebase-functions v2 onRequest({ cors: true }) and cors: '*' fail; an origin list or RegExp, and v1, pass", async () => {
    expect(await found({
      'functions/src/index.ts': "import { onRequest } from 'firebase-functions/v2/https';\nexport const a = onRequest({ cors: true, region: 'europe-west1' }, (req, res) => { res.json([]); });\nexport const b = onRequest({ cors: '*' }, handler);\nexport const c = onRequest({ cors: ['https://app.example.com', /\\.example\\.com$/] }, handler);\nexport const d = onRequest({ cors: false }, handler);\n",
      'functions/src/ns.ts': "import * as functions from 'firebase-functions/v2';\nexport const e = functions.https.onRequest({ cors: true }, handler);\n",
      'functions/src/v1.ts': "import * as functions from 'firebase-functions/v1';\nexport const f = functions.https.onRequest(app);\nconst cors = { cors: true };\n",
    })).toEqual(['high functions/src/index.ts:2:36', 'high functions/src/index.ts:3:36', 'high functions/src/ns.ts:2:52']);
  });
});
