import { describe, expect, it } from 'vitest';
import { testCheck } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { literalFallbacks, nestConfigReceivers } from '../../src/checks/util/secrets.js';

// QA51 regress D3: NestJS's ConfigService injected under another name (`useFactory: (config: ConfigService) => …`,
// `private readonly cfg: ConfigService`) is read as the service: `config.get('JWT_SECRET', 'secret')` returns the default
// whenever the variable is unset. A bare `config.get` stays node-config's (no default argument) unless the file says otherwise.
const PKG = '{"name":"api","scripts":{"build":"nest build","start:prod":"node dist/main"},"dependencies":{"@nestjs/config":"^3.2.0","@nestjs/jwt":"^10.2.0"}}\n';
const mod = (factory: string, imports = "import { ConfigModule, ConfigService } from '@nestjs/config';\n") => `import { Module } from '@nestjs/common';
${imports}import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [ConfigModule.forRoot({ isGlobal: true }), JwtModule.registerAsync({ inject: [ConfigService], useFactory: ${factory} })] })
export class AppModule {}
`;
const files = (factory: string, imports?: string) => ({ 'package.json': PKG, 'src/app.module.ts': mod(factory, imports) });

describe('nestConfigReceivers', () => {
  it('names typed, resolved and injected receivers', () => {
    expect([...nestConfigReceivers(mod("(cfg: ConfigService) => ({ secret: cfg.get('JWT_SECRET') })"))]).toEqual(['cfg']);
    expect([...nestConfigReceivers('class A {\n  constructor(@Inject(ConfigService) private readonly settings: ConfigService<Env, true>) {}\n}\n')]).toEqual(['settings']);
    expect([...nestConfigReceivers('const config = app.get<ConfigService>(ConfigService);\n')]).toEqual(['config']);
    expect([...nestConfigReceivers(mod("async (http, config) => ({ secret: config.get('JWT_SECRET') })").replace('inject: [ConfigService]', 'inject: [HttpService, ConfigService]'))]).toEqual(['config']);
    // Untyped, in a file that does not import @nestjs/config: not known to be the service.
    expect([...nestConfigReceivers(mod("(config) => ({ secret: config.get('JWT_SECRET') })", "import { ConfigService } from './config.service';\n"))]).toEqual([]);
    expect(nestConfigReceivers("const config = require('config');\nconfig.get('jwt.secret');\n").size).toBe(0);
  });
  it('reads a receiver only when it is named for the service or the file gives it', () => {
    const line = "  secret: config.get<string>('JWT_SECRET', 'secret'),";
    expect(literalFallbacks(line, ['js'])).toEqual([]);
    expect(literalFallbacks(line, ['js'], new Set(['config'])).map((f) => [f.name, f.value, f.column])).toEqual([['JWT_SECRET', 'secret', 45]]);
    expect(literalFallbacks("const s = this.cfg.get('JWT_SECRET', 'secret');", ['js'], new Set(['cfg'])).map((f) => f.name)).toEqual(['JWT_SECRET']);
  });
});

testCheck(defaultCredentials, {
  valid: [
    { name: 'no default', files: files("(config: ConfigService) => ({ secret: config.getOrThrow<string>('JWT_SECRET') })") },
    { name: "node-config's config.get in a NestJS project", files: { 'package.json': PKG, 'src/jwt.ts': "const config = require('config');\nexport const secret = config.get('JWT_SECRET', 'secret');\n" } },
    { name: 'an untyped factory parameter in a file that does not import @nestjs/config', files: files("(config) => ({ secret: config.get<string>('JWT_SECRET', 'secret') })", "import { ConfigService } from './config';\n") },
  ],
  invalid: [
    ...['config', 'cfg'].map((name) => ({
      name: `useFactory: (${name}: ConfigService) => ${name}.get('JWT_SECRET', 'secret')`,
      files: files(`(${name}: ConfigService) => ({ secret: ${name}.get<string>('JWT_SECRET', 'secret') })`),
      errors: [{ file: 'src/app.module.ts', line: 4, severity: 'high' as const, message: /^JWT_SECRET falls back to a well-known default value when the variable is unset/ }],
    })),
    { name: 'an untyped factory parameter that inject: [ConfigService] fills', files: files("async (config) => ({ secret: config.get('JWT_SECRET', 'secret') })"),
      errors: [{ file: 'src/app.module.ts', line: 4, severity: 'high' }] },
    { name: 'a constructor property typed ConfigService', files: { 'package.json': PKG, 'src/auth.service.ts': "import { ConfigService } from '@nestjs/config';\nexport class AuthService {\n  constructor(private readonly cfg: ConfigService) {}\n  secret() { return this.cfg.get('JWT_SECRET', 'changeme'); }\n}\n" },
      errors: [{ file: 'src/auth.service.ts', line: 4, message: /^JWT_SECRET falls back to a placeholder value when the variable is unset/ }] },
  ],
});

const main = (origin: string) => `import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const config = app.get(ConfigService);
  app.enableCors({ origin: ${origin} });
  await app.listen(3000);
}
bootstrap();
`;
const DF = 'FROM node:20.14.0-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nENV NODE_ENV=production\nUSER node\nCMD ["node", "dist/main.js"]\n';

testCheck(corsWildcard, {
  valid: [
    { name: 'a default that names an origin', files: { 'package.json': PKG, Dockerfile: DF, 'src/main.ts': main("config.get<string>('CORS_ORIGIN', 'https://app.example.com')") } },
  ],
  invalid: [
    { name: "const config = app.get(ConfigService); config.get('CORS_ORIGIN', '*')", files: { 'package.json': PKG, Dockerfile: DF, 'src/main.ts': main("config.get<string>('CORS_ORIGIN', '*')") },
      errors: [{ file: 'src/main.ts', line: 8, message: /^enableCors\(\) origin falls back to \* when CORS_ORIGIN is unset \(config\.get<string>\('CORS_ORIGIN', '\*'\)\) and allows any origin/ }] },
  ],
});

testCheck(hardcodedSecret, {
  valid: [
    { name: "node-config's config.get(key) is no fallback", files: { 'src/auth.ts': "const config = require('config');\nconst s = config.get('JWT_SECRET', 'q8Zt3vN1xK7pR2mW9cY5bH4jL6dF0sGa');\n" } },
  ],
  invalid: [
    { name: 'a real secret as the default of a factory parameter typed ConfigService', files: { 'src/app.module.ts': mod("(cfg: ConfigService) => ({ secret: cfg.get<string>('JWT_SECRET', 'q8Zt3vN1xK7pR2mW9cY5bH4jL6dF0sGa') })") },
      errors: [{ file: 'src/app.module.ts', line: 4, message: /'JWT_SECRET' falls back to a hard-coded secret value when the variable is unset/ }] },
  ],
});
