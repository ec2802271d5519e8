import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { classify, unwrap } from '../../src/checks/util/commands.js';

// QA stop 41 (fullrepos20 D2): "Never run `cargo run` in production" bound production-server, the same sentence naming
// `mix phx.server`, `sbt run`, `lein run` or `dotnet watch` (launchers the check fails) stayed manual. The launchers the check
// judges by a program and its sub-command are one list (DEV_LAUNCHERS in src/checks/util/commands.ts), which the phrases are built from.

const checksOf = (text: string) => matchItem(text, { headings: ['Production'] }).checks;
const isDev = (line: string) => unwrap(['sh', '-c', line]).some((c) => classify(c.argv).kind === 'dev');

describe('stop 41: every dev launcher the check fails binds as `cargo run` does', () => {
  const launchers = [
    'cargo run', 'go run', 'dotnet run', 'dotnet watch', 'mix phx.server', 'iex -S mix phx.server', 'sbt run', 'sbt ~run', 'lein run',
    'lein ring server', 'lein ring server-headless', 'frankenphp php-server --watch', 'frankenphp run --watch', 'crystal run',
    'lucky dev', 'stack run', 'cabal run', 'nimble run', 'ghcid',
  ];
  it.each(launchers)('%s: the check fails it, and the items refusing it bind', (cmd) => {
    expect(isDev(cmd)).toBe(true);
    for (const item of [
      `Never run \`${cmd}\` in production`,
      `No \`${cmd}\` in production`,
      `Production does not use \`${cmd}\``,
      `Don't run the app with \`${cmd}\``,
      `\`${cmd}\` is never used in production`,
      `Production runs the built artifact, not \`${cmd}\``,
    ]) expect(checksOf(item), item).toEqual(['production-server']);
  });

  it.each(launchers)('%s: a sentence that only mentions it binds nothing (as for cargo)', (cmd) => {
    for (const item of [
      `\`${cmd}\` installed in the CI image`,
      `Use \`${cmd}\` for local development`,
      `The \`${cmd}\` command is documented in the README`,
      `Tests use \`${cmd}\``,
      `Never run \`${cmd}\` in CI tests`,
    ]) expect(checksOf(item), item).toEqual([]);
  });

  it('a watcher refused for FrankenPHP binds, Caddy\'s config reload does not', () => {
    expect(checksOf('FrankenPHP workers run without `--watch`')).toEqual(['production-server']);
    expect(checksOf('Caddy runs without `--watch`')).toEqual([]);
  });

  it('the Phoenix checklist of the repro binds its release item', () => {
    const md = '# Production readiness\n\n## App\n- [ ] Production runs a release, not `mix phx.server` in dev\n- [ ] Never run `mix phx.server` in production\n- [ ] No `sbt run` in production (use the staged dist)\n- [ ] Production does not use `lein run`\n- [ ] Don\'t run the app with `dotnet watch`\n- [ ] Never run `cargo run` in production\n';
    const items = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md).items;
    expect(items.map((i) => i.checks)).toEqual(Array(6).fill(['production-server']));
  });
});
