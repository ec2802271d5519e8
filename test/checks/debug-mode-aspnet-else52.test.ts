import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { runCase } from '../helpers/check-tester.js';

// QA52 polyglot D1, D3, D4: the else branches of ASP.NET Core's environment checks, and `#if DEBUG`, as the guards read them.
const HOST = (body: string) => `var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n\n${body}app.MapControllers();\napp.Run();\n`;
const shown = (out: Awaited<ReturnType<typeof runCase>>) => out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(' shows')[0]}`).sort();

describe('debug-mode: the developer exception page in the else of a negated development check runs in Development only (QA52 D1)', () => {
  it('the ASP.NET Core template shape, Allman and K&R, braceless, and an else-if chain are silent', async () => {
    const out = await runCase(debugMode, { files: {
      // The ASP.NET Core templates' shape.
      'a/Program.cs': HOST('if (!app.Environment.IsDevelopment())\n{\n    app.UseExceptionHandler("/Error");\n    app.UseHsts();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'b/Program.cs': HOST('if (!app.Environment.IsDevelopment()) {\n    app.UseExceptionHandler("/Error");\n} else {\n    app.UseDeveloperExceptionPage();\n}\n'),
      'c/Startup.cs': 'public class Startup\n{\n    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)\n    {\n        if (!env.IsDevelopment())\n            app.UseExceptionHandler("/Error");\n        else\n            app.UseDeveloperExceptionPage();\n        app.UseRouting();\n    }\n}\n',
      'd/Program.cs': HOST('if (!app.Environment.IsDevelopment())\n{\n    app.UseExceptionHandler("/Error");\n}\nelse if (useDetail)\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'e/Program.cs': HOST('if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");\nelse app.UseDeveloperExceptionPage();\n'),
    } });
    expect(shown(out)).toEqual([]);
  });
  it('the else of an IsDevelopment() check or of another check still fails, and an unguarded call', async () => {
    const out = await runCase(debugMode, { files: {
      'a/Program.cs': HOST('if (app.Environment.IsDevelopment())\n{\n    app.UseSwagger();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      // Not a lone negated development check: `!IsDevelopment() && x` is false outside Development too when x is false.
      'b/Program.cs': HOST('if (!app.Environment.IsDevelopment() && useHsts)\n{\n    app.UseHsts();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'c/Program.cs': HOST('if (useHttps)\n{\n    app.UseHttpsRedirection();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
    } });
    expect(shown(out)).toEqual([
      'a/Program.cs:10 app.UseDeveloperExceptionPage() in the else branch of an IsDevelopment() check (it runs in every other environment)',
      'b/Program.cs:10 app.UseDeveloperExceptionPage() outside an IsDevelopment() check',
      'c/Program.cs:10 app.UseDeveloperExceptionPage() outside an IsDevelopment() check',
    ]);
  });
});

describe('debug-mode: the else of an IsProduction() check is the branch !IsProduction() is (QA52 D4)', () => {
  it('says it runs in every environment but Production, as the negated check does', async () => {
    const out = await runCase(debugMode, { files: {
      'A/Program.cs': HOST('if (app.Environment.IsProduction())\n{\n    app.UseExceptionHandler("/Error");\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'B/Program.cs': HOST('if (!app.Environment.IsProduction())\n{\n    app.UseDeveloperExceptionPage();\n}\n'),
      'C/Program.cs': HOST('if (app.Environment.IsEnvironment("Production")) app.UseExceptionHandler("/Error");\nelse app.UseDeveloperExceptionPage();\n'),
    } });
    expect(out.findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split('; call')[0]}`).sort()).toEqual([
      'A/Program.cs:10 app.UseDeveloperExceptionPage() in a branch that runs in every environment but Production (the else of if (app.Environment.IsProduction())) shows the developer exception page (stack traces, source lines, headers) to every visitor of Staging and any other environment but Production',
      'B/Program.cs:6 app.UseDeveloperExceptionPage() in a branch that runs in every environment but Production (if (!app.Environment.IsProduction())) shows the developer exception page (stack traces, source lines, headers) to every visitor of Staging and any other environment but Production',
      'C/Program.cs:5 app.UseDeveloperExceptionPage() in a branch that runs in every environment but Production (the else of if (app.Environment.IsEnvironment("Production"))) shows the developer exception page (stack traces, source lines, headers) to every visitor of Staging and any other environment but Production',
    ]);
  });
});

describe('cors-wildcard: the else of a negated development check is development code in C# too (QA52 D1)', () => {
  it('AllowAnyOrigin() in the else of if (!app.Environment.IsDevelopment()) is a note', async () => {
    const out = await runCase(corsWildcard, { files: {
      'Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nif (!builder.Environment.IsDevelopment())\n{\n    builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins("https://app.acme.io")));\n}\nelse\n{\n    builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin()));\n}\nvar app = builder.Build();\napp.UseCors();\napp.Run();\n',
    } });
    expect(out.findings.map((f) => `${f.line}${f.note ? ' note' : ''}`)).toEqual(['8 note']);
  });
});
