import { describe, expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// Stop 52 perf: the secret scan's NestJS walk (`configService.get`, `this.config.get`) goes over the `fig` both hold, convict
// modules are found by `vict`, and the cookie gate finds `ServerSideSessionConfig` by its `fig`: each of these prefilters must
// still open a file wherever the whole word is written — at the very start of the text, after lone anchors on the same line.
const SECRET = 'q7Vt2LmZ9xKpR4sWbN8eJc3H';
const lines = async (check: Parameters<typeof runCase>[0], files: Record<string, string>) => {
  const out = await runCase(check, { name: 'anchors52', files });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);
};

describe('anchored prefilters (stop 52)', () => {
  it('NestJS config reads with a literal default, at the start of a file and after lone `fig`s', async () => {
    const ts = `this.config.get('JWT_SECRET', '${SECRET}');
const figs = 'fig'; const c = config; configService.get('API_TOKEN', '${SECRET.split('').reverse().join('')}');
const configuration = { fig: 1 };
`;
    expect(await lines(hardcodedSecret, { 'src/auth.ts': ts })).toEqual(['src/auth.ts:1', 'src/auth.ts:2']);
  });

  it('a convict schema is still read (convict found by `vict`, after a lone `vict` of its own)', async () => {
    const js = `// evict stale entries
const convict = require('convict');
module.exports = convict({
  sessionSecret: { doc: 'Session secret', format: String, default: 'keyboard cat', env: 'SESSION_SECRET', sensitive: true },
});
`;
    const pkg = '{"name":"api","dependencies":{"convict":"^6.2.4","express-session":"^1.18.0"}}\n';
    expect(await lines(defaultCredentials, { 'package.json': pkg, 'src/config.js': js })).toEqual(['src/config.js:4']);
  });

  it("Litestar's ServerSideSessionConfig still opens a Python module to the cookie scan (after a lone `config`)", async () => {
    const py = `from litestar import Litestar
from litestar.middleware.session.server_side import ServerSideSessionConfig

config = {}
session_config = ServerSideSessionConfig(secure=False)
app = Litestar(route_handlers=[], middleware=[session_config.middleware])
`;
    expect(await lines(cookieFlags, { 'app.py': py })).toEqual(['app.py:5']);
  });
});
