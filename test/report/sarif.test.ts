import path from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue.js';
import { toSarif } from '../../src/report/sarif.js';
import { filelessContent, fingerprint } from '../../src/gate/gate.js';
import { run } from '../../src/run.js';
import { makeRepo, repoFromFolder } from '../helpers/repo.js';
import { sampleReport } from './sample-report.js';

type Sarif = { version: string; runs: { tool: { driver: { rules: Record<string, any>[] } }; results: Record<string, any>[] }[] };

describe('toSarif', () => {
  const sarif = toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Sarif;
  const run = sarif.runs[0]!;
  const rules = run.tool.driver.rules;

  it('renders the results of the sample report', () => {
    // Rules and rule indexes come from the live catalogue (asserted below); the rest is stable.
    expect(run.results.map(({ ruleIndex: _i, ...r }) => r)).toMatchSnapshot();
  });

  it('has a rule per catalogue check with description, help and a security-severity', () => {
    expect(sarif.version).toBe('2.1.0');
    for (const def of catalogue().values()) {
      const rule = rules.find((r) => r.id === def.id);
      expect(rule, def.id).toBeDefined();
      expect(rule!.shortDescription.text).toBe(def.title);
      expect(rule!.help.text).toContain(def.docs.fix);
      expect(Number(rule!.properties['security-severity'])).toBeGreaterThan(0);
    }
    // Reserved rules are about Preflight's inputs, not vulnerabilities: no security-severity, no `security` tag
    // (a security-severity without it is inconsistent for code scanning), a level from severity, a helpUri like the others (QA32 sarif2 D5).
    const withConfig = sampleReport({ findings: [...sampleReport().findings, { check: 'config', item: null, severity: 'low', message: "suppression of 'debug-mode' expired", file: 'app.py', line: 3, column: 1, url: null }] });
    const reserved = (toSarif(withConfig, { checklistFile: null }) as Sarif).runs[0]!.tool.driver.rules;
    for (const id of ['parse-error', 'config']) {
      const rule = reserved.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule!.properties['security-severity'], id).toBeUndefined();
      expect(rule!.properties.tags, id).toEqual(['production-readiness']);
      expect(rule!.helpUri, id).toMatch(/^https:\/\/github\.com\/preflight-gate\/preflight\/blob\/main\/(?:docs\/checks\.md|README\.md#the-checklist)$/);
      expect(rule!.defaultConfiguration.level, id).toBe('note');
    }
    for (const r of rules) if (r.properties['security-severity'] !== undefined) expect(r.properties.tags, r.id).toContain('security');
    for (const r of rules) expect(r.helpUri, r.id).toMatch(/^https:\/\//);
  });

  it("rates a rule by the severity the checklist's items give its check, found this run or not (code scanning re-rated every alert as findings came and went)", () => {
    const base = sampleReport();
    const item = { id: 'images', title: 'Pinned images', kind: 'static' as const, check: 'image-tag-pinned', severity: 'critical' as const, status: 'pass' as const };
    const rating = (report: ReturnType<typeof sampleReport>) => (toSarif(report, { checklistFile: null }) as Sarif).runs[0]!.tool.driver.rules.find((r) => r.id === 'image-tag-pinned')!.properties['security-severity'];
    const clean = sampleReport({ items: [...base.items, item], findings: base.findings.filter((f) => f.check !== 'image-tag-pinned') });
    const low = sampleReport({ items: [...base.items, item], findings: [...clean.findings, { check: 'image-tag-pinned', item: 'images', severity: 'low', message: 'FROM node:latest', file: 'Dockerfile', line: 1, column: 1, url: null }] });
    expect(rating(clean)).toBe('9.5');
    expect(rating(low)).toBe('9.5');
    // With no item naming the check, its catalogue default as before.
    expect(rating(sampleReport({ items: base.items.filter((i) => i.check !== 'image-tag-pinned'), findings: clean.findings }))).toBe('8.0');
  });

  it('escapes HTML in help.markdown outside code spans, as the Markdown report does (QA 27 sarif D7)', () => {
    const help = (id: string) => rules.find((r) => r.id === id)!.help;
    // GitHub renders help.markdown and drops `<same host>` as an unknown tag: the fix would read "https://".
    expect(help('https-redirect').markdown).toContain('to https://&lt;same host&gt;&lt;same path&gt;.');
    expect(help('https-redirect').text).toContain('to https://<same host><same path>.');
    // In a code span `<name>` is shown as typed (an entity there would read `&lt;`).
    expect(help('env-file-not-ignored').markdown).toContain('`<name>.env`');
    const shown = (md: string) => {
      const html: string[] = [];
      let text = '';
      const walk = (n: Nodes) => {
        if (n.type === 'html') html.push(n.value);
        if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
        if ('children' in n) n.children.forEach(walk);
      };
      walk(fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
      return { html, text };
    };
    expect(shown(help('https-redirect').markdown).text).toContain('https://<same host><same path>');
    // No rule's help has HTML in it as GitHub's parser reads it.
    for (const r of rules) expect(shown(r.help.markdown).html, r.id).toEqual([]);
  });

  it('maps severities to GitHub security-severity bands from the findings', () => {
    const sev = (id: string) => Number(rules.find((r) => r.id === id)!.properties['security-severity']);
    expect(sev('env-file-committed')).toBeGreaterThanOrEqual(9);
    expect(sev('image-tag-pinned')).toBeGreaterThanOrEqual(7);
    expect(sev('image-tag-pinned')).toBeLessThan(9);
  });

  it('points every result at its rule, with fingerprints and suppressions', () => {
    for (const r of run.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const env = run.results.find((r) => r.ruleId === 'env-file-committed')!;
    expect(env.partialFingerprints).toEqual({ 'preflight/v1': 'fp-env' });
    expect(env.level).toBe('error');
    expect(run.results.filter((r) => r.suppressions).map((r) => r.suppressions[0].kind).sort()).toEqual(['external']);
  });

  it('anchors probe findings to the checklist item line, and has no location without a checklist file', () => {
    const hsts = run.results.find((r) => r.ruleId === 'hsts')!;
    expect(hsts.locations[0].physicalLocation.artifactLocation.uri).toBe('PRODUCTION_CHECKLIST.md');
    expect(hsts.locations[0].physicalLocation.region.startLine).toBe(12);
    expect(hsts.message.text).toContain('https://staging.example.com/');
    // Code scanning rejects results without a location: they become run notifications.
    const noFile = toSarif(sampleReport(), { checklistFile: null }) as Sarif & { runs: { invocations: Record<string, any>[] }[] };
    expect(noFile.runs[0]!.results.every((r) => r.locations.length === 1)).toBe(true);
    expect(noFile.runs[0]!.results.find((r) => r.ruleId === 'hsts')).toBeUndefined();
    expect(noFile.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'no Strict-Transport-Security header (https://staging.example.com/)' }, associatedRule: { id: 'hsts', index: expect.any(Number) } },
      { level: 'error', message: { text: "'Only TLS 1.2+ is accepted' could not be checked: connection refused" }, associatedRule: { id: 'tls-version', index: expect.any(Number) } },
    ]);
  });

  it('a check finding without a file is anchored at its item in an in-repository checklist, else at the file its fix belongs in (QA round 18, P3-2)', () => {
    const report = sampleReport();
    report.items.push({ id: 'gitignore', title: '.env is git-ignored', kind: 'static', check: 'env-file-not-ignored', severity: 'medium', status: 'fail', group: ['Secrets'], source: { file: 'PRODUCTION_CHECKLIST.md', line: 6 } });
    report.findings.push({ check: 'env-file-not-ignored', item: 'gitignore', severity: 'medium', message: "no .gitignore ignores '.env'", file: null, line: null, column: null, url: null, fingerprint: 'fp-gi' });
    const where = (checklistFile: string | null) => {
      const r = (toSarif(report, { checklistFile }) as Sarif).runs[0]!.results.find((x) => x.ruleId === 'env-file-not-ignored')!;
      return r && `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`;
    };
    expect(where('PRODUCTION_CHECKLIST.md')).toBe('PRODUCTION_CHECKLIST.md:6');
    // The built-in preset (no checklist file), a checklist outside the repository, or the action's workflow file: at .gitignore.
    expect(where(null)).toBe('.gitignore:1');
    expect(where('../team/checklist.yml')).toBe('.gitignore:1');
    expect(where('.github/workflows/preflight.yml')).toBe('.gitignore:1');
    // Probe findings keep their anchor: the checklist or the workflow file.
    const hsts = (toSarif(report, { checklistFile: '.github/workflows/preflight.yml' }) as Sarif).runs[0]!.results.find((x) => x.ruleId === 'hsts')!;
    expect(hsts.locations[0].physicalLocation.artifactLocation.uri).toBe('.github/workflows/preflight.yml');
  });

  it('an item that could not run (it counts against the gate) is a result of its check, anchored at the item', () => {
    const tls = run.results.filter((r) => r.ruleId === 'tls-version');
    expect(tls.map((r) => [r.level, r.message.text, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['error', "'Only TLS 1.2+ is accepted' could not be checked: connection refused", 'PRODUCTION_CHECKLIST.md'],
    ]);
  });

  it('never anchors at a checklist outside the repository (no repository-relative path exists)', () => {
    for (const outside of ['/tmp/team/CL.yml', '../team/CL.yml', 'C:\\team\\CL.yml']) {
      const sarif = toSarif(sampleReport(), { checklistFile: outside }) as Sarif;
      const uris = sarif.runs[0]!.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri));
      expect(uris.some((u) => /CL\.yml/.test(u)), outside).toBe(false);
      expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'hsts'), outside).toBeUndefined();
    }
  });

  it('keeps columns only where known and end lines only when after the start', () => {
    const k8s = run.results.find((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'deploy/k8s.yaml')!;
    expect(k8s.locations[0].physicalLocation.region).toEqual({ startLine: 20, startColumn: 16, endLine: 22 });
    const env = run.results.find((r) => r.ruleId === 'env-file-committed')!;
    expect(env.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
  });
});

describe('toSarif locations', () => {
  it('are URI references: each path segment percent-encoded, slashes kept', () => {
    const report = sampleReport();
    const base = report.findings.find((f) => f.file)!;
    report.findings = ['svc/p q/Dockerfile', 'svc/C#/Dockerfile', 'svc/100%/Dockerfile', 'svc/what?/app.py', 'plain/Dockerfile'].map((file) => ({ ...base, file }));
    const uris = (toSarif(report, { checklistFile: null }) as Sarif).runs[0]!.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['svc/p%20q/Dockerfile', 'svc/C%23/Dockerfile', 'svc/100%25/Dockerfile', 'svc/what%3F/app.py', 'plain/Dockerfile']);
    // What code scanning does with them (decodeURIComponent) gives the file back.
    expect(uris.map((u: string) => decodeURIComponent(u))).toEqual(['svc/p q/Dockerfile', 'svc/C#/Dockerfile', 'svc/100%/Dockerfile', 'svc/what?/app.py', 'plain/Dockerfile']);
  });

  it('keep a backslash of a file name as %5C: paths are POSIX, so it is a character of the name, not a separator (QA 27 sarif D6)', () => {
    const report = sampleReport();
    const base = report.findings.find((f) => f.file)!;
    report.findings = ['deploy/back\\slash/Dockerfile', 'a\\b.env'].map((file) => ({ ...base, file }));
    const uris = (toSarif(report, { checklistFile: null }) as Sarif).runs[0]!.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['deploy/back%5Cslash/Dockerfile', 'a%5Cb.env']);
    expect(uris.map((u: string) => decodeURIComponent(u))).toEqual(['deploy/back\\slash/Dockerfile', 'a\\b.env']);
    // A probe finding anchored at a checklist whose name has one: the same.
    const probe = toSarif(sampleReport({ items: sampleReport().items.map((i) => ({ ...i, source: i.source && { ...i.source, file: 'ops\\CHECKLIST.md' } })) }), { checklistFile: 'ops\\CHECKLIST.md' }) as Sarif;
    expect(probe.runs[0]!.results.find((r) => r.ruleId === 'hsts')!.locations[0].physicalLocation.artifactLocation.uri).toBe('ops%5CCHECKLIST.md');
  });
});

describe('toSarif for code scanning ingestion (QA round 21)', () => {
  const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus');
  const scan = async (dir: string) => (await run({ dir, cwd: dir, checklist: path.join(CORPUS, 'all-static.yml'), probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') })).report;

  it('leaves notes out: a passing repository opens no alert (code scanning ignores `kind` and rates by the rule)', async () => {
    // flask-good passes the gate with two info notes: app.run(debug=True) under __main__ while gunicorn serves
    // (production-server, a 9.5 "critical" rule) and Redis published on 127.0.0.1 (database-port-exposed, 8.0).
    const report = await scan(repoFromFolder(path.join(CORPUS, 'flask-good')));
    expect(report.result).toBe('pass');
    expect(report.findings.filter((f) => f.note).map((f) => f.check).sort()).toEqual(['database-port-exposed', 'production-server']);
    const sarif = toSarif(report, { checklistFile: null }) as Sarif & { runs: { invocations?: unknown[] }[] };
    expect(sarif.runs[0]!.results).toEqual([]);
    // One invocation that completed, with nothing to notify.
    expect(sarif.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('gives results on identical lines of one file distinct fingerprints (else code scanning merges them into one alert)', async () => {
    const image = '    image: ghcr.io/acme/app:latest\n    restart: always\n    mem_limit: 512m\n';
    const report = await scan(makeRepo({
      '.gitignore': '.env\n',
      'docker-compose.yml': `services:\n  web:\n${image}    command: gunicorn app:app\n  worker:\n${image}    command: celery -A app worker\n`,
    }));
    const pinned = report.findings.filter((f) => f.check === 'image-tag-pinned');
    expect(pinned.map((f) => f.line)).toEqual([3, 8]);
    // Each is known by its service and image (QA27 D1), so these two are two alerts by their fingerprints alone…
    expect(pinned[0]!.fingerprint).not.toBe(pinned[1]!.fingerprint);
    const results = (toSarif(report, { checklistFile: null }) as Sarif).runs[0]!.results.filter((r) => r.ruleId === 'image-tag-pinned');
    expect(results.map((r) => r.partialFingerprints['preflight/v1'])).toEqual([pinned[0]!.fingerprint, pinned[1]!.fingerprint]);
    // …while the same untagged image in two stages of one Dockerfile is one subject twice: the occurrence suffix keeps them apart.
    const twice = await scan(makeRepo({ '.gitignore': '.env\n', Dockerfile: 'FROM node AS build\nRUN npm ci\nFROM node\nUSER 10001\n' }));
    const froms = twice.findings.filter((f) => f.check === 'image-tag-pinned');
    expect(froms.map((f) => f.line)).toEqual([1, 3]);
    expect(froms[0]!.fingerprint).toBe(froms[1]!.fingerprint); // the baseline counts them as a multiset
    const twiceResults = (toSarif(twice, { checklistFile: null }) as Sarif).runs[0]!.results.filter((r) => r.ruleId === 'image-tag-pinned');
    expect(twiceResults.map((r) => r.partialFingerprints['preflight/v1'])).toEqual([froms[0]!.fingerprint, `${froms[0]!.fingerprint}:2`]);
  });

  it('leaves out findings suppressed in code (code scanning ignores `suppressions` and would open them)', async () => {
    const dir = makeRepo({
      '.gitignore': '.env\n',
      'Dockerfile': [
        '# preflight-ignore image-tag-pinned: mirrored internally, digest pinned by the registry',
        'FROM python:latest',
        'USER 10001',
        'HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1',
        'CMD ["gunicorn", "app:app"]',
        '',
      ].join('\n'),
    });
    const report = await scan(dir);
    expect(report.findings.map((f) => [f.check, f.line, Boolean(f.suppressed)])).toEqual([['image-tag-pinned', 2, true]]);
    expect((toSarif(report, { checklistFile: null }) as Sarif).runs[0]!.results).toEqual([]);
  });

  it('sets no automationDetails: upload-sarif fills it from its `category` input or the job only when absent', () => {
    const sarif = toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as unknown as { runs: Record<string, unknown>[] };
    expect(sarif.runs[0]!['automationDetails']).toBeUndefined();
  });

  it("keeps a probe finding's fingerprint across runs whose measurements differ (one alert, not one a day)", () => {
    const day = (days: number, ms: number) => {
      const report = sampleReport();
      const base = { item: 'hsts', file: null, line: null, column: null, url: 'https://staging.example.com/' } as const;
      report.findings = [
        { ...base, check: 'certificate', severity: 'high', message: `the certificate of https://staging.example.com/ expires in ${days} days (2027-01-${10 + days}), fewer than 30 days; renew it` },
        { ...base, check: 'response-time', severity: 'medium', message: `https://staging.example.com/ took ${ms} ms (median of 5), over 2000 ms` },
      ].map((f) => ({ ...f, fingerprint: fingerprint(f.check, null, filelessContent(f.url, f.message)) })); // as the gate makes it
      return (toSarif(report, { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Sarif).runs[0]!.results.filter((r) => ['certificate', 'response-time'].includes(r.ruleId)).map((r) => r.partialFingerprints['preflight/v1']);
    };
    const [cert, slow] = day(12, 2345);
    expect(day(11, 2410)).toEqual([cert, slow]);
    expect(cert).not.toBe(slow);
  });

  it('does not repeat a URL the probe message already names', () => {
    const report = sampleReport();
    report.findings.push({ check: 'server-version-leak', item: 'hsts', severity: 'low', message: "https://staging.example.com/ reveals its version in Server: 'nginx/1.18.0'; hide it", file: null, line: null, column: null, url: 'https://staging.example.com/' });
    const r = (toSarif(report, { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Sarif).runs[0]!.results.find((x) => x.ruleId === 'server-version-leak')!;
    expect(r.message.text).toBe("https://staging.example.com/ reveals its version in Server: 'nginx/1.18.0'; hide it");
  });
});

describe('toSarif run metadata and paths (QA32 sarif2)', () => {
  type Full = { runs: { originalUriBaseIds?: Record<string, { uri: string }>; invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string }; associatedRule?: { id: string } }[] }[]; results: Record<string, any>[] }[] };
  const errorItem = (reason: string) => sampleReport({ items: sampleReport().items.map((i) => (i.id === 'tls' ? { ...i, reason, source: { file: 'PRODUCTION_CHECKLIST.md', line: 14 } } : i)) });

  // D4: an item that could not be checked was a result without partialFingerprints, and the run said nothing of it.
  it('gives an item that could not be checked a fingerprint by its check and item, not by why, and lists it as a tool notification', () => {
    const fp = (reason: string) => {
      const r = (toSarif(errorItem(reason), { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Full).runs[0]!.results.find((x) => x.ruleId === 'tls-version')!;
      expect(r.message.text).toContain('could not be checked');
      return r.partialFingerprints?.['preflight/v1'] as string | undefined;
    };
    const refused = fp('connection refused by 127.0.0.1:44999');
    expect(refused).toMatch(/^[0-9a-f]{32}$/);
    expect(fp('timed out after 10 s (staging.example.com:443)')).toBe(refused);
    // Another item's error is another alert.
    const two = sampleReport({ items: [...errorItem('refused').items, { id: 'tls-2', title: 'TLS again', kind: 'probe', check: 'tls-version', severity: 'high', status: 'error', reason: 'refused', source: { file: 'PRODUCTION_CHECKLIST.md', line: 20 } }] });
    const fps = (toSarif(two, { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Full).runs[0]!.results.filter((x) => x.ruleId === 'tls-version').map((x) => x.partialFingerprints['preflight/v1']);
    expect(fps).toHaveLength(2);
    expect(new Set(fps).size).toBe(2);
    // The run completed (a configuration error writes no SARIF): executionSuccessful, and the error item as a notification.
    const inv = (toSarif(errorItem('connection refused'), { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Full).runs[0]!.invocations!;
    expect(inv).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'error', message: { text: "'Only TLS 1.2+ is accepted' could not be checked: connection refused" }, associatedRule: expect.objectContaining({ id: 'tls-version' }) }] }]);
  });

  // D5: `%SRCROOT%` was used without `originalUriBaseIds`: viewers could not resolve files.
  it('names `%SRCROOT%` in originalUriBaseIds as a file URI ending in a slash when the root is known, and not otherwise', () => {
    const root = path.join(path.sep, 'work', 'my repo');
    const run = (toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md', root }) as Full).runs[0]!;
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///work/my%20repo/');
    expect(run.results.every((r) => r.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%')).toBe(true);
    expect(new URL('Dockerfile', run.originalUriBaseIds!['%SRCROOT%']!.uri).pathname).toBe('/work/my%20repo/Dockerfile');
    expect((toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md', root: `${root}${path.sep}` }) as Full).runs[0]!.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///work/my%20repo/');
    expect((toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Full).runs[0]!.originalUriBaseIds).toBeUndefined();
  });

  // D2: the action in a submodule wrote URIs relative to the submodule; upload-sarif resolves them against the checkout.
  it('puts the report\'s paths under `pathPrefix` (a submodule\'s path in the superproject), checklist anchors and fix files included', () => {
    const uris = (log: Full) => log.runs[0]!.results.map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`);
    const plain = toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Full;
    const sub = toSarif(sampleReport(), { checklistFile: 'vendor/lib/PRODUCTION_CHECKLIST.md', pathPrefix: 'vendor/lib' }) as Full;
    expect(uris(sub)).toEqual(uris(plain).map((u) => u.replace(' ', ' vendor/lib/')));
    expect(uris(sub)).toContain('hsts vendor/lib/PRODUCTION_CHECKLIST.md:12');
    // Fingerprints are the report's (what a finding is about does not move with the submodule).
    expect(sub.runs[0]!.results.map((r) => r.partialFingerprints)).toEqual(plain.runs[0]!.results.map((r) => r.partialFingerprints));
    // A finding without a file and no checklist line: at the file its fix belongs in, in the submodule.
    const gitignore = sampleReport({ findings: [{ check: 'env-file-not-ignored', item: null, severity: 'medium', message: 'no .gitignore ignores .env', file: null, line: null, column: null, url: null, fingerprint: 'fp-gi' }] });
    expect(uris(toSarif(gitignore, { checklistFile: null, pathPrefix: 'vendor/lib' }) as Full)).toEqual(['env-file-not-ignored vendor/lib/.gitignore:1']);
    // A checklist beside the submodule (`../../.github/preflight.yml` from its top level) anchors in the superproject;
    // probe findings anchored at the workflow file (a preset) keep the superproject's path as given.
    const outside = sampleReport({ items: sampleReport().items.map((i) => (i.source ? { ...i, source: { ...i.source, file: '../../CHECKLIST.md' } } : i)) });
    expect(uris(toSarif(outside, { checklistFile: 'CHECKLIST.md', pathPrefix: 'vendor/lib' }) as Full)).toContain('hsts CHECKLIST.md:12');
    const preset = sampleReport({ items: sampleReport().items.map(({ source: _s, ...i }) => i) });
    expect(uris(toSarif(preset, { checklistFile: '.github/workflows/ci.yml', pathPrefix: 'vendor/lib' }) as Full)).toContain('hsts .github/workflows/ci.yml:1');
  });
});

describe('toSarif within code scanning limits', () => {
  it('keeps at most 25,000 results (GitHub rejects a larger run whole), the most severe first, and says how many are left out', () => {
    // A monorepo vendoring hundreds of charts: thousands of low findings and a few critical ones at the end.
    const report = sampleReport();
    const low = (i: number) => ({ check: 'restart-policy', item: null, severity: 'low' as const, message: `compose service 'svc${i}' has no restart policy`, file: `vendor/c${i}/docker-compose.yml`, line: 2, column: 3, url: null, fingerprint: `fp${i}` });
    report.findings = [...Array.from({ length: 25_010 }, (_, i) => low(i)), { ...low(-1), check: 'env-file-committed', severity: 'critical', message: '.env is committed', file: '.env', line: 1 }];
    const run0 = (toSarif(report, { checklistFile: 'PRODUCTION_CHECKLIST.md' }) as Sarif & { runs: { invocations: Record<string, any>[] }[] }).runs[0]!;
    expect(run0.results.length).toBe(25_000);
    expect(run0.results.filter((r) => r.ruleId === 'env-file-committed').length).toBe(1);
    const notes = run0.invocations[0]!.toolExecutionNotifications as { message: { text: string } }[];
    // 25,011 findings and the sample's error item (tls-version), anchored at the checklist: 25,012 results.
    expect(notes.at(-1)!.message.text).toMatch(/^12 less severe results are left out: code scanning rejects a run with more than 25,000 results/);
  });
});
