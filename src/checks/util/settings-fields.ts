/**
 * pydantic-settings fields (`class Settings(BaseSettings): ENVIRONMENT: str = "local"`, `reload: bool = True`, also through pydantic's
 * `Field(default=True, alias="APP_RELOAD")` / `Field(True, …)`, whose alias is the variable) and the value
 * production gets for one: its written default, unless the deploy sets the field's environment variable (its name with the
 * class's `env_prefix`, in any case: pydantic-settings matches names case-insensitively by default). What `settings.X` reads in
 * another module of the same project (full-stack-fastapi-template's `if settings.ENVIRONMENT == "local":`,
 * `uvicorn.run(…, reload=settings.reload)`).
 */
import { isPython, isTemplate, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { fieldGuardHolds, sameProject, type FieldGuard } from './code.js';
import { deploySetsKey } from './decouple.js';

/** A settings field with a literal default: where, its class, the default (a string's content, else the literal) and its variable. */
export interface SettingsField { file: string; line: number; className: string; name: string; value: string; quoted: boolean; envName: string }

const SETTINGS_CLASS = /^class[ \t]+([A-Za-z_]\w*)[ \t]*\(([^)\n]*\bBaseSettings\b[^)\n]*)\)[ \t]*:/gm;
const LITERAL = String.raw`(?:"([^"\n]*)"|'([^'\n]*)'|(True|False|None|-?\d+(?:\.\d+)?))`;
/** `name: type = <literal>`, or `name: type = Field(…)` on one line (group 6: the call's arguments). */
const FIELD = new RegExp(String.raw`^([ \t]+)([A-Za-z_]\w*)[ \t]*:[^=\n]+=[ \t]*(?:${LITERAL}|(?:pydantic\.)?Field\((.*)\))[ \t]*(?:#.*)?$`);
/** pydantic's `Field(True, …)` / `Field(…, default=True)`: the default as a literal (groups 1–3, as LITERAL's). */
const FIELD_POSITIONAL = new RegExp(String.raw`^\s*${LITERAL}\s*(?:,|$)`);
const FIELD_DEFAULT = new RegExp(String.raw`(?:^|,)\s*default\s*=\s*${LITERAL}\s*(?:,|$)`);
/** `alias="APP_DEBUG"` / `validation_alias="…"`: the variable pydantic-settings reads for the field instead of its name (no env_prefix). */
const FIELD_ALIAS = /(?:^|,)\s*(?:validation_)?alias\s*=\s*(["'])([A-Za-z_][\w.-]*)\1/;

/** The pydantic-settings fields with literal defaults of the project's Python modules (tests, templates, vendored files left out). */
const settingsFields = perView(function settingsFields(snapshot: SnapshotView): SettingsField[] {
  const out: SettingsField[] = [];
  for (const file of snapshot.files) {
    if (!isPython(file) || isTestFile(file) || isTemplate(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (!text || !text.includes('BaseSettings')) continue;
    const lines = text.split(/\r?\n/);
    SETTINGS_CLASS.lastIndex = 0;
    for (let m: RegExpExecArray | null, n = 0; n < 1000 && (m = SETTINGS_CLASS.exec(text)) !== null; n++) {
      const start = text.slice(0, m.index).split('\n').length;
      const body: { line: number; text: string }[] = [];
      for (let i = start; i < lines.length && i < start + 2000; i++) {
        const l = lines[i]!;
        if (l.trim() && !/^[ \t]/.test(l)) break;
        body.push({ line: i + 1, text: l });
      }
      const joined = body.map((b) => b.text).join('\n');
      const prefix = /\benv_prefix[ \t]*=[ \t]*["']([^"'\n]*)["']/.exec(joined)?.[1] ?? '';
      const indent = body.find((b) => b.text.trim())?.text.match(/^[ \t]*/)?.[0] ?? '';
      for (const b of body) {
        const f = FIELD.exec(b.text);
        if (!f || f[1] !== indent || f[2] === 'model_config') continue;
        // `Field(default=True, alias="APP_RELOAD")`, `Field(True, description=…)`: the default as written, the alias as its variable.
        const args = f[6];
        const lit = args === undefined ? f.slice(3, 6) : (FIELD_POSITIONAL.exec(args) ?? FIELD_DEFAULT.exec(args))?.slice(1, 4);
        if (!lit) continue;
        const quoted = lit[0] !== undefined || lit[1] !== undefined;
        const alias = args === undefined ? undefined : FIELD_ALIAS.exec(args)?.[2];
        out.push({ file, line: b.line, className: m[1]!, name: f[2]!, value: lit[0] ?? lit[1] ?? lit[2]!, quoted, envName: alias ?? `${prefix}${f[2]!}` });
      }
    }
  }
  return out;
});

/**
 * The fields named `name` that code in `from` may read as `settings.<name>` (a settings class of the same project), whose variable
 * no production deploy config sets (the default is then what production runs), or an empty list.
 */
export function defaultedFields(snapshot: SnapshotView, from: string, name: string): SettingsField[] {
  const fields = settingsFields(snapshot).filter((f) => f.name === name && sameProject(f.file, from));
  return fields.filter((f) => !deploySetsKey(snapshot, f.envName, null, true));
}

/**
 * Why development guards (settingsFieldGuards) of code in `file` hold in production, or null: every guard's field has a default
 * (defaultedFields) that passes its test — `if settings.ENVIRONMENT == "local":` with `ENVIRONMENT: str = "local"` and no deploy
 * config setting ENVIRONMENT. The words name the field's default and where it is written (`Settings.ENVIRONMENT defaults to "local" at …`).
 */
export function guardsRunByDefault(snapshot: SnapshotView, file: string, guards: readonly FieldGuard[]): string | null {
  const why: string[] = [];
  for (const g of guards) {
    // A guard reading variables with a default that takes the branch: production's unless the deploy sets one of them.
    if (g.env) {
      if (g.env.some((v) => deploySetsKey(snapshot, v, null, true))) return null;
      why.push(`its condition holds with ${g.env.join(' and ')} unset, and no deploy config sets ${g.env.length > 1 ? 'them' : 'it'}`);
      continue;
    }
    const fields = defaultedFields(snapshot, file, g.field);
    if (!fields.length || !fields.every((f) => f.quoted && fieldGuardHolds(f.value, g.test))) return null;
    const f = fields[0]!;
    why.push(`${f.className}.${f.name} defaults to "${f.value}" at ${f.file}:${f.line} and no deploy config sets ${f.envName}`);
  }
  return why.length ? why.join('; ') : null;
}
