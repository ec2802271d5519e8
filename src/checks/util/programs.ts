/**
 * The programs a checklist item's title names and a finding is about (`granian`, `uvicorn`, `flask`, `next`…), one vocabulary
 * for both: an item whose title is about how named programs run ("Granian runs without `--reload`", "uvicorn is not started with
 * --reload", "nodemon is not used in production") is judged on the findings about those programs only (RawFinding.program, set
 * by production-server from the development server it found); a finding about another program (`flask run` in the Procfile) is
 * not that item's. See programScope.
 */

/** Each program by its name, with the words a title names it by (lower case; a word, a path-like name, or a command). */
const PROGRAMS: readonly { name: string; words: RegExp; server?: true }[] = [
  { name: 'granian', words: /granian/, server: true },
  { name: 'uvicorn', words: /uvicorn/, server: true },
  { name: 'gunicorn', words: /gunicorn/, server: true },
  { name: 'hypercorn', words: /hypercorn/, server: true },
  { name: 'daphne', words: /daphne/, server: true },
  { name: 'waitress', words: /waitress(?:-serve)?/, server: true },
  { name: 'pm2', words: /pm2(?:-runtime)?/, server: true },
  // `rails server` boots Puma: a title naming Puma speaks of what `rails server` starts.
  { name: 'rails', words: /rails|puma/ },
  { name: 'flask', words: /flask/ },
  { name: 'django', words: /django|runserver(?:_plus)?|manage\.py/ },
  { name: 'fastapi', words: /fastapi/ },
  { name: 'litestar', words: /litestar/ },
  { name: 'sanic', words: /sanic/ },
  // `next` is an English word: only as a command (`next dev`, `next start`) or Next.js.
  { name: 'next', words: /next(?= dev| start|\.?js)/ },
  { name: 'nuxt', words: /nuxt|nuxi/ },
  { name: 'vite', words: /vite/ },
  { name: 'nodemon', words: /nodemon/ },
  { name: 'ts-node-dev', words: /ts-node-dev|tsnd/ },
  { name: 'node', words: /node(?!\.?js)/ },
  { name: 'bun', words: /bun/ },
  { name: 'deno', words: /deno/ },
  { name: 'webpack', words: /webpack(?:-dev-server)?/ },
  { name: 'nest', words: /nest(?= start)|nestjs/ },
  { name: 'artisan', words: /artisan/ },
];

/** A program's name as a whole word of a lower-cased title (`granian`, `` `uvicorn` ``, `manage.py`; not `flasks` or `my-vite-plugin`). */
const named = (title: string, words: RegExp): boolean => new RegExp(`(?<![\\w.-])(?:${words.source})(?![\\w-])`).test(title);

/** A title about how a program runs: a development mode or switch (`--reload`, watch mode, debug, hot reload, `next dev`). */
const MODE = /--?(?:reload|watch|debug|dev)\b|\b(?:reload(?:er|ing|s)?|auto-?reload|hot[- ]?reload(?:ing)?|watch(?:es|ing)?(?: mode)?|debug(?:ger| mode)?|dev)\b/;
/** A title about any server of a kind (`a dev server (nodemon, next dev, vite)`, `a production server`): the programs it names are examples. */
const CATEGORY = /\b(?:dev(?:elopment)?|production|prod|wsgi|asgi|app|web)[- ]servers?\b|\bany\b|\be\.g\.|\bsuch as\b|\blike\b/;

/**
 * The programs an item whose title names them is judged on (see the module's note), or null when the title does not scope it:
 * it names no program; it speaks of a kind of server its programs are examples of ("Production does not run a dev server
 * (nodemon, next dev, vite)"); or, naming no development mode, it names a production server as what should run ("Procfile
 * `web:` runs gunicorn (never runserver)", "Django runs under gunicorn/uvicorn"), which any development server breaks.
 * A title naming a development mode ("Granian runs without `--reload`") or only development programs ("nodemon is not used
 * in production") is scoped to what it names.
 */
export function programScope(title: string): string[] | null {
  const t = title.toLowerCase().replace(/`/g, '');
  const found = PROGRAMS.filter((p) => named(t, p.words));
  if (!found.length || CATEGORY.test(t)) return null;
  if (!MODE.test(t) && found.some((p) => p.server)) return null;
  return found.map((p) => p.name);
}

/**
 * The program a development server found runs, by its description (production-server's `what`: `granian --reload`, `flask run`,
 * `python -m flask run`, `manage.py runserver`, `next dev`), as programScope names it; undefined for one the vocabulary does not
 * name (a dev server in code, `app.run(...)`), whose finding then counts for every item.
 */
export function programOf(what: string): string | undefined {
  // A chain (`npm run dev → next dev`, `Procfile process 'web' → flask run`): the program is the last command's.
  const last = what.slice(what.lastIndexOf('→') + 1).trim();
  // A module that starts a server by calling it (`python -m app.main calling uvicorn.run()`): that server; `app.run()` names none.
  const call = /\bcalling\s+([A-Za-z_]\w*)\.\w+\(/.exec(last);
  if (call) return PROGRAMS.find((p) => new RegExp(`^(?:${p.words.source})$`).test(call[1]!.toLowerCase()))?.name;
  const w = last.toLowerCase().replace(/^(?:python[\d.]*|py) -m /, '').replace(/^php (?=artisan\b)/, '');
  if (/^manage\.py run\b(?!server)/.test(w)) return 'flask';
  if (/^(?:django-admin|nodejs)(?![\w.-])/.test(w)) return w.startsWith('django') ? 'django' : 'node';
  return PROGRAMS.find((p) => new RegExp(`^(?:${p.words.source})(?![\\w.-])`).test(w))?.name;
}
