import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// QA43 sweep3 R2: a start script reached through `sh -c 'exec script "$@"' -- ARG` was given the literal `$@` as its argument,
// which selected no branch of its `case "$1"`: the dev server its selected function starts passed. Arguments the reading
// does not resolve leave the script's unknown, and it is read as written (every function body with it).
const ENTRY = '#!/bin/bash\nset -e\ndev_server() {\n  export FLASK_DEBUG=1\n  exec flask run --host=0.0.0.0\n}\nserver() {\n  exec gunicorn -b 0.0.0.0:5000 app:app\n}\ncase "$1" in\n  server) shift; server ;;\n  dev_server) shift; dev_server ;;\n  *) exec "$@" ;;\nesac\n';
const image = (cmd: string) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nUSER 1000\n${cmd}\n`;
const failures = async (cmd: string) => (await runCase(productionServer, { name: cmd, files: { 'Dockerfile': image(cmd), 'docker-entrypoint.sh': ENTRY } })).findings.filter((f) => !f.note);

describe('a start script\'s arguments forwarded through sh -c', () => {
  it('"$@" forwarded: the script is read as written, its dev server found', async () => {
    expect((await failures('CMD ["sh","-c","exec /app/docker-entrypoint.sh \\"$@\\"","--","dev_server"]')).length).toBeGreaterThan(0);
  });
  it('a known argument still selects its branch: server passes, dev_server fails', async () => {
    expect(await failures('ENTRYPOINT ["/app/docker-entrypoint.sh"]\nCMD ["server"]')).toEqual([]);
    expect((await failures('ENTRYPOINT ["/app/docker-entrypoint.sh"]\nCMD ["dev_server"]')).length).toBeGreaterThan(0);
  });
});
