import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Pem } from './certs.js';

/** The first existing executable among `candidates`, or undefined. */
export function which(...candidates: string[]): string | undefined {
  for (const c of candidates) {
    if (c.includes('/')) { if (fs.existsSync(c)) return c; continue; }
    for (const dir of (process.env.PATH ?? '').split(':')) if (dir && fs.existsSync(path.join(dir, c))) return path.join(dir, c);
  }
  return undefined;
}

/** A free TCP port on 127.0.0.1 (bound and released; good enough for a test). */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/** Waits (bounded) until a TCP port accepts connections. */
export async function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; i < 200 && Date.now() < deadline; i++) {
    if (child.exitCode !== null) throw new Error(`process exited early with ${child.exitCode}`);
    const ok = await new Promise<boolean>((r) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); r(true); });
      s.once('error', () => r(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`port ${port} did not open within ${timeoutMs} ms`);
}

/** A started process with the URLs it serves; `stop` kills it by PID. */
export interface Proc { urls: Record<string, string>; stop(): Promise<void>; log(): string }

function stopper(child: ChildProcess, logFile?: string) {
  return {
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      const done = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      const t = setTimeout(() => { if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL'); }, 3000);
      await done;
      clearTimeout(t);
    },
    log: () => (logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
  };
}

export const NGINX = which('/usr/sbin/nginx', 'nginx');
export const LIGHTTPD = which('/usr/sbin/lighttpd', 'lighttpd');
export const PYTHON = which('/usr/bin/python3', 'python3');
export const GUNICORN = which('/usr/bin/gunicorn', 'gunicorn');

/** True when `python3 -c "import flask"` works. */
export function hasFlask(): boolean {
  if (!PYTHON) return false;
  try { return spawnSync(PYTHON, ['-c', 'import flask']).status === 0; } catch { return false; }
}

/**
 * Debian's nginx with a TLS listener (HSTS, nosniff, CSP…, `server_tokens off`) and a plain-HTTP
 * listener redirecting to it. Foreground (`daemon off`), stopped by PID.
 */
export async function startNginx(pem: Pem, extra = '', tls: { protocols?: string; ciphers?: string; serverTokens?: 'on' | 'off'; http2?: boolean; httpBlock?: string } = {}): Promise<Proc> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nginx-'));
  fs.writeFileSync(path.join(prefix, 'leaf.pem'), pem.cert);
  fs.writeFileSync(path.join(prefix, 'leaf.key'), pem.key);
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const conf = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(conf, `
worker_processes 1;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  server_tokens ${tls.serverTokens ?? 'off'};
  ${tls.httpBlock ?? ''}
  server {
    listen 127.0.0.1:${httpPort};
    return 301 https://$host:${httpsPort}$request_uri;
  }
  server {
    listen 127.0.0.1:${httpsPort} ssl${tls.http2 ? ' http2' : ''};
    ssl_certificate ${prefix}/leaf.pem;
    ssl_certificate_key ${prefix}/leaf.key;
    ssl_protocols ${tls.protocols ?? 'TLSv1.2 TLSv1.3'};
    ${tls.ciphers ? `ssl_ciphers ${tls.ciphers};` : ''}
    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;
    add_header X-Content-Type-Options nosniff always;
    add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;
    add_header Referrer-Policy strict-origin-when-cross-origin always;
    default_type text/html;
    location ~ /\\. { deny all; }
    location = /health { return 200 "ok\\n"; }
    location / { return 200 "<!doctype html><title>app</title>\\n"; }
    ${extra}
  }
}
`);
  const child = spawn(NGINX!, ['-c', conf, '-p', prefix, '-e', `${prefix}/error.log`, '-g', `daemon off; pid ${prefix}/nginx.pid;`], { stdio: 'ignore' });
  const s = stopper(child, `${prefix}/error.log`);
  try { await waitForPort(httpsPort, child); await waitForPort(httpPort, child); } catch (e) { await s.stop(); throw new Error(`${(e as Error).message}\n${s.log()}`); }
  return { urls: { https: `https://127.0.0.1:${httpsPort}`, http: `http://127.0.0.1:${httpPort}` }, ...s };
}

/**
 * Debian's lighttpd serving TLS in the foreground, as its defaults have it (HTTP/2 on), with the TLS
 * settings given as OpenSSL configuration commands (`MinProtocol`, `CipherString`…).
 */
export async function startLighttpd(pem: Pem, sslConf: Record<string, string> = {}): Promise<Proc> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-lighttpd-'));
  fs.writeFileSync(path.join(prefix, 'combined.pem'), `${pem.key}\n${pem.cert}`);
  fs.mkdirSync(path.join(prefix, 'www'));
  fs.writeFileSync(path.join(prefix, 'www', 'index.html'), '<!doctype html><title>app</title>\n');
  // lighttpd may drop to another user: its files must be readable.
  for (const f of [prefix, path.join(prefix, 'www')]) fs.chmodSync(f, 0o755);
  for (const f of ['combined.pem', 'www/index.html']) fs.chmodSync(path.join(prefix, f), 0o644);
  const port = await freePort();
  const conf = path.join(prefix, 'lighttpd.conf');
  const cmds = Object.entries(sslConf).map(([k, v]) => `"${k}" => "${v}"`).join(', ');
  fs.writeFileSync(conf, `
server.modules = ("mod_openssl")
server.document-root = "${prefix}/www"
server.bind = "127.0.0.1"
server.port = ${port}
server.errorlog = "${prefix}/error.log"
server.pid-file = "${prefix}/lighttpd.pid"
ssl.engine = "enable"
ssl.pemfile = "${prefix}/combined.pem"
${cmds ? `ssl.openssl.ssl-conf-cmd = (${cmds})` : ''}
`);
  const child = spawn(LIGHTTPD!, ['-D', '-f', conf], { stdio: 'ignore' });
  const s = stopper(child, `${prefix}/error.log`);
  try { await waitForPort(port, child); } catch (e) { await s.stop(); throw new Error(`${(e as Error).message}\n${s.log()}`); }
  return { urls: { https: `https://127.0.0.1:${port}` }, ...s };
}

const FLASK_APP = `from flask import Flask, make_response
app = Flask(__name__)

@app.get("/")
def index():
    return "<!doctype html><title>tiny</title><p>hello</p>"

@app.get("/health")
def health():
    return "ok"

if __name__ == "__main__":
    # Debug mode as developers run it (the interactive debugger and its /console).
    import sys
    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=True, use_reloader=False)
`;

/**
 * The same tiny Flask app under `python3 -m flask run` (dev server), gunicorn, or `app.run(debug=True)`
 * (`flask-debug`: the dev server with the Werkzeug debugger and its `/console`).
 */
export async function startFlaskApp(server: 'flask' | 'gunicorn' | 'flask-debug'): Promise<Proc> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-flask-'));
  fs.writeFileSync(path.join(dir, 'app.py'), FLASK_APP);
  const port = await freePort();
  const logFile = path.join(dir, 'server.log');
  const out = fs.openSync(logFile, 'w');
  const [cmd, args] = server === 'flask-debug' ? [PYTHON!, ['app.py', String(port)]]
    : server === 'flask'
    ? [PYTHON!, ['-m', 'flask', '--app', 'app', 'run', '--host', '127.0.0.1', '--port', String(port)]]
    : GUNICORN ? [GUNICORN, ['-b', `127.0.0.1:${port}`, '-w', '1', 'app:app']] : [PYTHON!, ['-m', 'gunicorn', '-b', `127.0.0.1:${port}`, '-w', '1', 'app:app']];
  const child = spawn(cmd, args, { cwd: dir, stdio: ['ignore', out, out], env: { ...process.env, FLASK_DEBUG: '0', PYTHONDONTWRITEBYTECODE: '1' } });
  fs.closeSync(out);
  const s = stopper(child, logFile);
  try { await waitForPort(port, child, 15_000); } catch (e) { await s.stop(); throw new Error(`${(e as Error).message}\n${s.log()}`); }
  return { urls: { http: `http://127.0.0.1:${port}` }, ...s };
}
