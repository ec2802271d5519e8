import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 45 (markdown20 D1): items under "Security exceptions", "Known exceptions", "Not in scope for this release" were
// enforced as checks; only the bare word ("## Exceptions") kept them manual.

const under = (heading: string, item = 'Containers run as non-root') =>
  parseMarkdownChecklist('c.md', `# Go-live\n\n## ${heading}\n\n- [ ] ${item}\n`).items.map((i) => i.checks);

describe('markdown20 D1: a heading over waived or deferred work keeps its items manual, qualified or not', () => {
  it.each([
    'Security exceptions',
    'Known exceptions',
    'Approved exceptions',
    'Exceptions granted',
    'Documented exceptions',
    'Temporary exceptions',
    'Accepted exceptions (signed by the CISO)',
    'Policy exceptions',
    'Approved and documented exceptions',
    'Known exemptions',
    'Exceptions for this release',
    'Exceptions to the security policy',
    '3. Security exceptions',
    'Not in scope for this release',
    'Not in scope for v1',
    'Genehmigte Ausnahmen',
    'Exceptions de sécurité',
    'Excepciones aprobadas',
    'Exceções aprovadas',
  ])('%s', (heading) => {
    expect(under(heading)).toEqual([[]]);
    expect(under(heading, 'Debug mode off in production')).toEqual([[]]);
  });

  it.each([
    // A heading about the code's exceptions is no waiver: its items are promises.
    ['Exception handling', 'Debug mode off in production', 'debug-mode'],
    ['Error handling and exceptions', 'Debug mode off in production', 'debug-mode'],
    ['Unhandled exceptions', 'Debug mode off in production', 'debug-mode'],
    ['Security exception handling', 'Debug mode off in production', 'debug-mode'],
    ['Exceptions from third-party APIs', 'Debug mode off in production', 'debug-mode'],
    ['Security', 'Debug mode off in production', 'debug-mode'],
    ['In scope for this release', 'Debug mode off in production', 'debug-mode'],
  ])('still binds under "%s": %s', (heading, item, check) => {
    expect(under(heading, item)).toEqual([[check]]);
  });

  it('a parent item that lists the exceptions keeps its sub-items manual', () => {
    const md = '# Go-live\n\n- [ ] Known exceptions\n  - [ ] Debug mode off in production\n- [ ] Debug mode off in production\n';
    expect(parseMarkdownChecklist('c.md', md).items.map((i) => i.checks)).toEqual([[], [], ['debug-mode']]);
  });
});
