import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// Stop 45 review S2: the first JSON object in a health item became its `body` option, every member compared exactly, so a
// sample response ("e.g. `{"status":"ok","version":"1.4.2"}`") failed critical as soon as the version changed.

const one = (line: string) => parseMarkdownChecklist('c.md', `## Monitoring\n- [ ] ${line}\n`).items[0]!;

describe('a health item\'s JSON body', () => {
  it('promises only the members that say the service is healthy', () => {
    expect(one('`/health` returns 200 with `{"status":"ok","version":"1.4.2","uptime":3600}`').options).toEqual({ paths: ['/health'], body: '{"status":"ok"}' });
    expect(one('`/health` returns 200 with `{"healthy": true, "build": "abc123"}`').options).toEqual({ paths: ['/health'], body: '{"healthy":true}' });
    // As written when every member is one.
    expect(one('`/health` returns 200 with `{"status": "UP"}`').options).toEqual({ paths: ['/health'], body: '{"status": "UP"}' });
  });
  it('is no promise when the JSON is an example, or says nothing of health', () => {
    for (const t of ['`/health` returns 200, e.g. `{"status":"ok","version":"1.4.2"}`', '`/health` returns 200 (for example `{"status":"ok"}`)', '`/health` returns 200 such as `{"status":"ok"}`', '`/health` returns 200 with `{"version":"1.4.2"}`']) {
      const item = one(t);
      expect(item.checks, t).toEqual(['health-endpoint']);
      expect(item.options, t).toEqual({ paths: ['/health'] });
    }
  });
});
