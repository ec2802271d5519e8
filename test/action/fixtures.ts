/** Fixture repositories and real-shaped webhook payloads for the end-to-end tests. */

/** Canary secrets: none of them may appear in any output except `::add-mask::` lines. */
export const TOKEN = 'ghs_CANARYtoken0123456789abcdefXYZ';
export const HEADER_SECRET = 'hdr-CANARY-5f1e2d3c4b5a';

export const OWNER = 'acme';
export const REPO = 'shop';

/** A small app with one finding per severity and two manual items. */
export const APP: Record<string, string> = {
  '.github/preflight.yml': [
    'version: 1',
    'fail-on: high',
    'items:',
    '  - { id: no-env, title: No .env files are committed, check: env-file-committed }',
    '  - { id: pinned, title: Images use pinned tags, check: image-tag-pinned }',
    '  - { id: healthcheck, title: Dockerfile declares a HEALTHCHECK, check: dockerfile-healthcheck }',
    '  - { id: restart, title: Services restart on failure, check: restart-policy }',
    '  - { id: backups-tested, title: Backup restore procedure has been tested, severity: high }',
    '  - { id: runbook, title: Runbook is written, severity: low }',
    '',
  ].join('\n'),
  'Dockerfile': 'FROM python:latest\nUSER app\nCMD ["gunicorn", "app:app"]\n',
  '.env': 'SECRET_KEY=not-a-real-secret\n',
  'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.25.3\n',
  'app.py': 'print("hello")\n',
};

const repoObj = (fullName: string) => ({
  id: 1, name: fullName.split('/')[1], full_name: fullName, private: false, fork: fullName !== `${OWNER}/${REPO}`,
  owner: { login: fullName.split('/')[0], id: 2, type: 'Organization' }, default_branch: 'main', html_url: `https://github.com/${fullName}`,
});

/** A `pull_request` payload as GitHub sends it (trimmed to the fields that matter, same shapes). */
export function pullRequestPayload(o: { number: number; headSha: string; baseSha: string; body?: string; author?: string; headRepo?: string | null; action?: string }) {
  const base = repoObj(`${OWNER}/${REPO}`);
  return {
    action: o.action ?? 'synchronize',
    number: o.number,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${o.number}`,
      id: 1000 + o.number,
      number: o.number,
      state: 'open',
      title: 'Add feature',
      body: o.body ?? null,
      user: { login: o.author ?? 'alice', id: 7, type: 'User' },
      head: { label: 'x:feature', ref: 'feature', sha: o.headSha, repo: o.headRepo === null ? null : repoObj(o.headRepo ?? `${OWNER}/${REPO}`) },
      base: { label: `${OWNER}:main`, ref: 'main', sha: o.baseSha, repo: base },
      merge_commit_sha: 'f'.repeat(40),
    },
    repository: base,
    sender: { login: o.author ?? 'alice', id: 7, type: 'User' },
  };
}

export function mergeGroupPayload(o: { number: number; headSha: string; baseSha: string }) {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: o.headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-${o.number}-${o.baseSha}`,
      base_sha: o.baseSha,
      base_ref: 'refs/heads/main',
      head_commit: { id: o.headSha, message: 'Merge', timestamp: '2026-12-01T10:00:00Z' },
    },
    repository: repoObj(`${OWNER}/${REPO}`),
    sender: { login: 'github-merge-queue[bot]', id: 9, type: 'Bot' },
  };
}

export function pushPayload(o: { after: string; before?: string }) {
  return {
    ref: 'refs/heads/main', before: o.before ?? '0'.repeat(40), after: o.after, created: false, deleted: false, forced: false,
    head_commit: { id: o.after, message: 'change' },
    repository: repoObj(`${OWNER}/${REPO}`),
    pusher: { name: 'alice' },
    sender: { login: 'alice', id: 7, type: 'User' },
  };
}

export function deploymentStatusPayload(o: { sha: string; state: string; environmentUrl: string }) {
  return {
    action: 'created',
    deployment_status: { id: 55, state: o.state, environment: 'preview', environment_url: o.environmentUrl, target_url: 'https://ci.example/log', description: '' },
    deployment: { id: 44, sha: o.sha, ref: 'feature', task: 'deploy', environment: 'preview', payload: {} },
    repository: repoObj(`${OWNER}/${REPO}`),
    sender: { login: 'vercel[bot]', id: 11, type: 'Bot' },
  };
}
