import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp } from '../servers/node.js';
import { GUNICORN, hasFlask, PYTHON, startFlaskApp, type Proc } from '../servers/procs.js';
import { failuresOf, probeLive } from './helpers.js';

const flask = hasFlask();
const why = !PYTHON ? ' — skipped: python3 not installed' : !flask ? ' — skipped: python3-flask not installed' : '';

describe.skipIf(!flask)(`the same Flask app under the dev server and gunicorn${why}`, () => {
  const procs: Proc[] = [];
  afterAll(async () => { await Promise.all(procs.map((p) => p.stop())); });

  it('python3 -m flask run fails dev-server-exposed (critical)', async () => {
    const dev = await startFlaskApp('flask');
    procs.push(dev);
    const { get } = await probeLive({ url: dev.urls.http!, health: ['/health'] }, ['dev-server-exposed', 'health-endpoint', 'server-version-leak']);
    const f = failuresOf(get('dev-server-exposed'), 'dev-server-exposed');
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    expect(f[0]!.message).toMatch(/Werkzeug development server/);
    expect(get('health-endpoint')).toEqual({ findings: [] });
    expect(failuresOf(get('server-version-leak'), 'server-version-leak')[0]!.message).toMatch(/Werkzeug\/\d/);
  });

  it('the Werkzeug debugger console behind a proxy that hides Server: Werkzeug fails dev-server-exposed', async () => {
    const dev = await startFlaskApp('flask-debug');
    procs.push(dev);
    const upstream = new URL(dev.urls.http!);
    // A reverse proxy like nginx's default: Host rewritten to the upstream, the Server header replaced.
    const proxy = await startHttp((req, res) => {
      const up = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } }, (r) => {
        const { server: _hidden, ...headers } = r.headers;
        res.writeHead(r.statusCode!, { ...headers, server: 'proxy' });
        r.pipe(res);
      });
      up.on('error', () => { res.writeHead(502); res.end(); });
      req.pipe(up);
    });
    procs.push({ urls: {}, stop: proxy.close, log: () => '' });
    const { get } = await probeLive({ url: `${proxy.url}/` }, ['dev-server-exposed', 'server-version-leak']);
    const f = failuresOf(get('dev-server-exposed'), 'dev-server-exposed');
    expect(f.map((x) => [x.severity, x.url])).toEqual([['critical', `${proxy.url}/console`]]);
    expect(f[0]!.message).toMatch(/serves the Werkzeug debugger console/);
    // Nothing else gives it away: no banner, no version.
    expect(get('server-version-leak')).toEqual({ findings: [] });
  });

  it.skipIf(!GUNICORN && !PYTHON)('gunicorn passes dev-server-exposed', async () => {
    const prod = await startFlaskApp('gunicorn');
    procs.push(prod);
    const { get } = await probeLive({ url: prod.urls.http!, health: ['/health'] }, ['dev-server-exposed', 'health-endpoint']);
    expect(get('dev-server-exposed')).toEqual({ findings: [] });
    expect(get('health-endpoint')).toEqual({ findings: [] });
  });
});
