import { describe, expect, it } from 'vitest';
import { dockerfileHealthcheck } from '../../src/checks/dockerfile-healthcheck.js';
import { restartPolicy } from '../../src/checks/restart-policy.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 46 fullrepos26 D3: a one-shot compose service (full-stack-fastapi-template's `prestart`, which `backend` waits for with
// `condition: service_completed_successfully`) running the same image without a health check does not fail dockerfile-healthcheck:
// it shares restart-policy's one-shot rule. A long-running service without one still fails.

const DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nCMD ["fastapi", "run", "--workers", "4", "app/main.py"]\n';
const HEALTHY = '    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/api/v1/utils/health-check/"]\n';
const compose = (services: string) => `services:\n${services}`;
const PRESTART = '  prestart:\n    build: ./backend\n    command: bash scripts/prestart.sh\n    restart: "no"\n';
const BACKEND = `  backend:\n    build: ./backend\n    restart: always\n    depends_on:\n      prestart:\n        condition: service_completed_successfully\n${HEALTHY}`;

const run = async (files: Record<string, string>) => (await runCase(dockerfileHealthcheck, { name: 'x', files })).findings.filter((f) => f.file === 'backend/Dockerfile');

describe('dockerfile-healthcheck and one-shot compose services', () => {
  it('a service others wait for to complete runs the image without a health check: a note naming the service that has one', async () => {
    const f = await run({ 'compose.yml': compose(`${PRESTART}${BACKEND}`), 'backend/Dockerfile': DOCKERFILE });
    expect(f).toHaveLength(1);
    expect(f[0]!.note).toBe(true);
    expect(f[0]!.message).toContain("compose service 'backend' declares a healthcheck");
    expect(f[0]!.message).toContain("'prestart'");
  });

  it('a migration service named and run as a task (no depends_on condition) counts neither way', async () => {
    const migrate = '  migrate:\n    build: ./backend\n    command: alembic upgrade head\n';
    const web = `  web:\n    build: ./backend\n    restart: always\n${HEALTHY}`;
    const f = await run({ 'compose.yml': compose(`${migrate}${web}`), 'backend/Dockerfile': DOCKERFILE });
    expect(f.map((x) => x.note)).toEqual([true]);
  });

  it('only one-shot services run the image: a note that a task that exits needs none', async () => {
    const f = await run({ 'compose.yml': compose(`${PRESTART}  api:\n    image: nginx:1.27\n    depends_on:\n      prestart:\n        condition: service_completed_successfully\n`), 'backend/Dockerfile': DOCKERFILE });
    expect(f.map((x) => x.note)).toEqual([true]);
    expect(f[0]!.message).toContain("one-shot service 'prestart'");
  });

  it('a long-running service without a health check still fails, beside a one-shot one and one with a health check', async () => {
    const worker = '  worker:\n    build: ./backend\n    command: celery -A app.worker worker\n    restart: always\n';
    const f = await run({ 'compose.yml': compose(`${PRESTART}${BACKEND}${worker}`), 'backend/Dockerfile': DOCKERFILE });
    expect(f.map((x) => x.note ?? false)).toEqual([false]);
    expect(f[0]!.message).toContain("service 'worker' runs it without one");
  });

  it('a service merely set to restart: "no" is not one-shot by that alone: it still fails without a health check', async () => {
    const web = '  web:\n    build: ./backend\n    restart: "no"\n';
    const f = await run({ 'compose.yml': compose(web), 'backend/Dockerfile': DOCKERFILE });
    expect(f.map((x) => x.note ?? false)).toEqual([false]);
  });

  it('restart-policy keeps exempting the awaited one-shot service (the shared rule)', async () => {
    const files = { 'compose.yml': compose('  prestart:\n    build: ./backend\n    command: bash scripts/prestart.sh\n  backend:\n    build: ./backend\n    restart: always\n    depends_on:\n      prestart:\n        condition: service_completed_successfully\n  api:\n    image: nginx:1.27\n'), 'backend/Dockerfile': DOCKERFILE };
    const f = (await runCase(restartPolicy, { name: 'x', files })).findings;
    expect(f.map((x) => x.message.match(/service '([^']+)'/)?.[1])).toEqual(['api']);
  });
});
