import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 polyglot D3: `#if DEBUG` around the developer exception page, read as cors-wildcard reads the directive.
const HOST = (body: string) => `var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\n${body}app.MapControllers();\napp.Run();\n`;

describe('debug-mode: #if DEBUG around the developer exception page is development-only, as cors-wildcard reads it (QA52 D3)', () => {
  const CS = 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddCors(o => o.AddDefaultPolicy(p =>\n{\n#if DEBUG\n    p.AllowAnyOrigin();\n#else\n    p.WithOrigins("https://app.acme.io");\n#endif\n}));\nvar app = builder.Build();\n#if DEBUG\napp.UseDeveloperExceptionPage();\n#endif\napp.UseCors();\napp.Run();\n';
  it('an info note in debug-mode, as in cors-wildcard; the #else branch and #if !DEBUG still fail', async () => {
    const out = await runCase(debugMode, { files: {
      'Program.cs': CS,
      'b/Program.cs': HOST('#if DEBUG\napp.UseSwagger();\n#else\napp.UseDeveloperExceptionPage();\n#endif\n'),
      'c/Program.cs': HOST('#if !DEBUG\napp.UseDeveloperExceptionPage();\n#endif\n'),
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(' (')[0]}`).sort()).toEqual([
      'Program.cs:12 note app.UseDeveloperExceptionPage() under #if DEBUG is compiled into Debug builds only',
      'b/Program.cs:7 app.UseDeveloperExceptionPage() outside an IsDevelopment() check shows the developer exception page',
      'c/Program.cs:5 app.UseDeveloperExceptionPage() outside an IsDevelopment() check shows the developer exception page',
    ]);
    const cors = await runCase(corsWildcard, { files: { 'Program.cs': CS } });
    expect(cors.findings.map((f) => `${f.line}${f.note ? ' note' : ''}`)).toEqual(['5 note']);
  });
});

