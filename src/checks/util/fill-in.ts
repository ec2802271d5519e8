/**
 * A fill-in written in spaced words and left for whoever deploys: an instruction to put a secret in this place, ending at
 * `here` (`set your password here`, `place your secret here`, `add a strong token here`), or a possessive one (`your password
 * here`); after `here` only a clause of its own (Pi-hole's README `set a secure password here or it will be random`). The
 * words between are words that describe the secret (`a secure`, `your own`, `the admin`), ending in a secret word. A user
 * prompt (`Enter your password here`, `Type your password here`), a link text (`Click here to reset your password`,
 * `Change your password here`) and a passphrase of several words (`correct horse battery staple`: no instruction, no `here`)
 * are none. For default-credentials, beside the one-token and `insert/put/paste/add … here` forms util/secrets.ts knows.
 */

import { DESCRIBING_WORDS, FILL_IN_VERBS, PLACEHOLDER_SECRETS } from './secrets.js';

/**
 * The verbs that open a fill-in: telling whoever deploys to put a value in (not a prompt to a user: enter, type, input). Those
 * util/secrets.ts reads in any value, and more that only a spaced fill-in ending at `here` leaves no doubt about.
 */
const FILL_VERBS = new Set([...FILL_IN_VERBS, 'set', 'place', 'write', 'specify', 'provide', 'supply', 'use', 'choose', 'pick', 'generate', 'create', 'define', 'configure', 'fill', 'drop', 'store']);
/** Possessives that open a fill-in without a verb (`your password here`). */
const POSSESSIVES = new Set(['your', 'my']);
/** The secret words a fill-in ends in, before `here`: the placeholder secret words of util/secrets.ts (plurals and `pw`, `creds` too). */
const SECRET_WORDS = PLACEHOLDER_SECRETS;
/**
 * What the secret is for (`the admin password`, `your jwt secret`), besides the words util/secrets.ts reads as describing a
 * secret (articles, possessives, qualities: `a secure`, `your own`, `a really strong`).
 */
const PURPOSES = new Set([
  'private', 'generated', 'admin', 'administrator', 'root', 'master', 'database', 'db', 'web', 'app', 'application', 'api', 'access', 'auth', 'session',
  'encryption', 'signing', 'jwt', 'hmac', 'smtp', 'user', 'account',
]);
const describing = (w: string): boolean => DESCRIBING_WORDS.has(w) || PURPOSES.has(w);
/** Words that may open the clause after `here` (`… here or it will be random`, `… here before deploying`). */
const CLAUSE_OPENERS = new Set(['or', 'otherwise', 'and', 'if', 'to', 'before', 'for', 'when', 'unless', 'then', 'else', 'so']);

/** Whether a value is a spaced fill-in (see the file's comment). Letters, white space and `,.!;:-` only; 3 to 16 words. */
export function isSpacedFillIn(value: string): boolean {
  const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (v.length > 120 || !/\s/.test(v) || !/^[A-Za-z\s,.!;:-]+$/.test(v)) return false;
  const all = v.toLowerCase().split(/[\s,.!;:]+/).filter(Boolean);
  if (all.length < 2 || all.length > 16 || !all.every((x) => /^[a-z]+$/.test(x))) return false;
  const w = all[0] === 'please' ? all.slice(1) : all;
  const here = w.indexOf('here');
  if (here < 2) return false;
  const after = w.slice(here + 1);
  if (after.length && (!CLAUSE_OPENERS.has(after[0]!) || after.length > 8)) return false;
  const head = w.slice(0, here);
  let body: string[];
  if (FILL_VERBS.has(head[0]!)) body = head.slice(head[0] === 'fill' && head[1] === 'in' ? 2 : 1);
  else if (POSSESSIVES.has(head[0]!)) body = head.slice(1);
  else return false;
  if (!body.length || body.length > 6 || !SECRET_WORDS.has(body.at(-1)!)) return false;
  return body.every((x) => describing(x) || SECRET_WORDS.has(x));
}
