import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 43 (markdown18): lists of secrets ("No secrets or credentials hard-coded in source", "No secrets in the git repo")
// stayed manual; a checklist titled after the team's own service ("# Payments API — …") lost its TLS and certificate
// bindings; plans, agreements, dashboards and tickets about a topic bound its check; "does not allow TLSv1", "`/.env` is
// blocked", "CORS on the REST API only allows …" and "CORS não permite qualquer origem" were not read.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const items = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks]);
const TLS = ['tls-protocols-config', 'tls-version'];
const CORS = ['cors-policy', 'cors-wildcard'];

describe('D1: secrets listed, or the repository named as teams name it, bind hardcoded-secret', () => {
  it.each([
    'No secrets or credentials hard-coded in source',
    'No passwords or tokens hardcoded',
    'No API keys or secrets hardcoded in the code',
    'No secrets in the git repository',
    'No secrets in the Git repo',
    'No secrets in our GitHub repo',
    'No passwords in the git history',
    'No PANs, API keys or private keys committed to the repository',
    'No personal data or secrets in the git repo (checked with gitleaks)',
    'All secrets are stored in a secrets manager; nothing hard-coded',
    'No HuggingFace tokens in the repo',
  ])('binds: %s', (text) => {
    expect(checksOf(text)).toEqual(['hardcoded-secret']);
  });
  it('binds both secret checks when the repository and the Dockerfile ENV are named', () => {
    expect(checksOf('No HuggingFace / W&B tokens in the repo or in Dockerfile ENV')).toEqual(['dockerfile-secrets-in-env', 'hardcoded-secret']);
  });
  it.each([
    'No secrets or credentials in logs',
    'No secrets in Slack or the repo',
    'No access to tokens in the repo',
    'No secrets in source maps',
    'No large files or binaries in the repo',
    'No customer data in the repo',
    'Tokens rotate monthly; hostnames: none hard-coded',
    'No secrets in the repo — pending audit',
    'No design tokens hard-coded in components',
    'No cache keys hard-coded in the code',
    'No default or weak passwords in the repo',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).not.toContain('hardcoded-secret');
  });
});

describe("D2: a document title that names the team's own service keeps its TLS items the deployment's", () => {
  const body = ['## Network & Transport', '- [ ] TLS 1.2+ only (TLS 1.0/1.1 disabled)', '- [ ] Valid TLS certificate, not expiring within 30 days', ''].join('\n');
  it.each(['Payments API — PCI-DSS Go-Live Checklist', 'Payment Service — Go-Live', 'Payments go-live', 'Integrations API launch', 'Email service go-live'])('binds under the title "%s"', (title) => {
    expect(items(`# ${title}\n\n${body}`)).toEqual([
      ['TLS 1.2+ only (TLS 1.0/1.1 disabled)', TLS],
      ['Valid TLS certificate, not expiring within 30 days', ['certificate']],
    ]);
  });
  it.each(['Payment providers', 'Payment gateway integration', 'Third-party integrations', 'Email (SMTP)', 'Mail server', 'Database hardening'])('stays manual under the title "%s"', (title) => {
    expect(items(`# ${title}\n\n${body}`).map(([, checks]) => checks)).toEqual([[], []]);
  });
  it('a section heading about payments is still the provider\'s', () => {
    expect(items(`# Checkout — Go-Live\n\n## Payments\n- [ ] TLS 1.2+ only\n`)).toEqual([['TLS 1.2+ only', []]]);
  });
});

describe('D3: a plan, an agreement, a dashboard or a ticket about a topic is no promise of its state', () => {
  it.each([
    'HSTS rollout plan agreed with the web team',
    'HSTS rollout plan drafted',
    'CSP rollout plan agreed',
    'HTTPS redirect discussed with the CDN vendor',
    'Health endpoint spec agreed with the mobile team',
    'Non-root containers — tracked in JIRA-123',
    'Non-root containers migration tracked in JIRA-123',
    'HSTS enabled (tracked in SEC-12)',
    'Health endpoint dashboard added to Grafana',
    'Health endpoint added to the status page',
    'Renovate configured to bump pinned image tags',
    'Write ADR on why we pin images by tag',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    ['HSTS enabled as agreed with security', ['hsts']],
    ['HSTS enabled per the rollout plan', ['hsts']],
    ['HTTPS redirect enabled, agreed with the CDN team', ['https-redirect']],
    ['HSTS enabled; CSP tracked in SEC-12', ['hsts']],
    ['HSTS enabled (SEC-12)', ['hsts']],
    ['Response time p50 stays under 800 ms on the Grafana dashboard', ['response-time']],
    ['Dependabot keeps base images pinned', ['image-tag-pinned']],
    ['Base images pinned and bumped by Renovate', ['image-tag-pinned']],
    ['.env is not tracked in git', ['env-file-committed']],
  ])('still binds: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
});

describe('D4: a legacy TLS version refused with a negated verb binds the TLS checks', () => {
  it.each(['Ingress does not allow TLSv1 or TLSv1.1', 'nginx does not accept TLS 1.0 or 1.1', 'Server does not accept TLS 1.0', "The server doesn't negotiate SSLv3", 'TLS 1.0 is no longer accepted'])('binds: %s', (text) => {
    expect(checksOf(text)).toEqual(TLS);
  });
  it.each(['We do not disable TLS 1.0 yet', 'Clients do not support TLS 1.0', 'Database does not accept TLS 1.0'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('D5: sensitive paths said to be blocked or denied after them bind sensitive-paths', () => {
  it.each(['`/.git/` and `/.env` are blocked in nginx', 'Access to `.git` and `.env` is denied', '`/wp-config.php.bak`, `/.git/` and `/.env` are blocked in nginx'])('binds: %s', (text) => {
    expect(checksOf(text)).toEqual(['sensitive-paths']);
  });
  it.each(['`.env` is not blocked yet', 'Access to `.git` is not denied', '`.env` files blocked from the Docker build', '`.env` blocked from commits by a pre-commit hook', '`.env` access denied in the Dockerfile', '`.env` is blocked from being pushed'])('stays manual: %s', (text) => {
    expect(checksOf(text)).not.toContain('sensitive-paths');
  });
});

// A Portuguese item's "no" is "in the" in its English reading too: "… permitidas no CORS" grants, it refuses nothing.
describe('D6: CORS restricted on the API, and "any origin" in Portuguese, Spanish and French', () => {
  it.each(['CORS on the REST API only allows `https://play.skyforge.gg`', 'CORS on the API only allows our origin', 'CORS não permite qualquer origem', 'CORS no permite cualquier origen', "CORS n'autorise pas n'importe quelle origine"])('binds: %s', (text) => {
    expect(checksOf(text)).toEqual(CORS);
  });
  it.each(['CORS allowlist only on the admin API', 'CORS allow-list on the admin API only', 'CORS on the admin API only allows `https://admin.example.com`', 'CORS permite qualquer origem', 'Qualquer origem permitida no CORS', 'Qualquer origem é permitida no CORS', 'Todas as origens são permitidas no CORS'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each(['Nenhum segredo em texto claro no repositório', 'Nenhuma senha no código'])('a Portuguese "no" the vocabulary reads with its noun still binds: %s', (text) => {
    expect(checksOf(text)).toEqual(['hardcoded-secret']);
  });
});
