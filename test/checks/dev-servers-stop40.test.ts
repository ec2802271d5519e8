import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

/** `line message` of each failure of a compose file whose services run the given commands. */
async function judge(commands: string[]): Promise<string[]> {
  const compose = `services:\n${commands.map((c, i) => `  s${i}:\n    image: acme/app:1.0\n    command: ${JSON.stringify(c)}\n`).join('')}`;
  const out = await runCase(productionServer, { name: 'dev-servers', files: { 'docker-compose.yml': compose } });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).map((f) => `${f.line} ${f.message}`);
}

// fullrepos19 D1, D3: development servers and file watchers of Laravel Octane, React Router 7, watchfiles and CompileDaemon,
// also behind `npm exec`/`pnpm dlx`/`yarn dlx`/`bun x`.
describe('production-server: more development servers and file watchers', () => {
  it('Octane\'s --watch with the one-server commands (octane:frankenphp, octane:swoole, octane:roadrunner), with its fix', async () => {
    const out = await judge(['php artisan octane:frankenphp --host=0.0.0.0 --watch', 'php artisan octane:swoole --watch', 'php artisan octane:roadrunner --watch --port=8000']);
    expect(out).toEqual([
      expect.stringMatching(/^4 .*php artisan octane:frankenphp --watch; drop --watch \(Octane reloads workers/),
      expect.stringMatching(/^7 .*php artisan octane:swoole --watch/),
      expect.stringMatching(/^10 .*php artisan octane:roadrunner --watch/),
    ]);
    // Without --watch: Octane's production servers.
    expect(await judge(['php artisan octane:frankenphp --host=0.0.0.0 --port=8000', 'php artisan octane:start --server=swoole'])).toEqual([]);
  });

  it('react-router dev, watchfiles and CompileDaemon; react-router-serve and a plain command pass', async () => {
    const out = await judge(['npx react-router dev --host 0.0.0.0', "watchfiles 'python -m app' app", 'CompileDaemon --build="go build -o app ." --command=./app']);
    expect(out).toEqual([
      expect.stringMatching(/^4 .*react-router dev; build the app \(react-router build\) and serve the build with react-router-serve/),
      expect.stringMatching(/^7 .*watchfiles \(a file-watching reloader\); run the command without watchfiles/),
      expect.stringMatching(/^10 .*CompileDaemon; build the Go binary/),
    ]);
    expect(await judge(['npx react-router-serve ./build/server/index.js', 'python -m app'])).toEqual([]);
  });

  it('the package managers\' npx forms run the command they name', async () => {
    const out = await judge(['npm exec strapi develop', 'npm x -- strapi develop', 'pnpm dlx nodemon server.js', 'bun x vite --host']);
    expect(out.map((l) => l.split(' ')[0])).toEqual(['4', '7', '10', '13']);
    expect(await judge(['npm exec strapi start', 'pnpm dlx serve -s dist'])).toEqual([]);
  });
});
