import { testCheck } from '../helpers/check-tester.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';

// QA51 configlibs D5: NestJS `configService.get(key, default)` (and `getOrThrow`, `this.config.get`) returns the default whenever
// the variable is unset, as `process.env.KEY ?? default`: its default is judged as that fallback is.
const PKG = '{"name":"api","dependencies":{"@nestjs/common":"^10.3.9","@nestjs/config":"^3.2.2","@nestjs/core":"^10.3.9","express-session":"^1.18.0"}}\n';
const DF = (env = '') => `FROM node:20.14.0-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nENV NODE_ENV=production${env}\nUSER node\nCMD ["node", "dist/main.js"]\n`;
const main = (cors: string, secret: string) => `import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import * as session from 'express-session';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const configService = app.get(ConfigService);
  app.enableCors({ origin: ${cors}, credentials: true });
  app.use(session({ secret: ${secret}, resave: false, saveUninitialized: false }));
  await app.listen(3000);
}
bootstrap();
`;
const files = (cors: string, secret: string, env = '') => ({ 'package.json': PKG, 'src/main.ts': main(cors, secret), Dockerfile: DF(env) });

testCheck(corsWildcard, {
  valid: [
    { name: 'a default that names an origin', files: files("configService.get<string>('CORS_ORIGIN', 'https://app.example.com')", "configService.get('SESSION_SECRET')") },
    { name: 'no default', files: files("configService.getOrThrow<string>('CORS_ORIGIN')", "configService.get('SESSION_SECRET')") },
    { name: 'the deploy environment sets the variable', files: files("configService.get<string>('CORS_ORIGIN', '*')", "configService.get('SESSION_SECRET')", '\nENV CORS_ORIGIN=https://app.example.com') },
    { name: "node-config's config.get takes no default", files: { ...files("config.get('cors.origin', '*')", "'x'"), 'src/main.ts': main("config.get('cors.origin', '*')", "config.get('session.secret')").replace("import { AppModule }", "import * as config from 'config';\nimport { AppModule }") } },
  ],
  invalid: [
    { name: "configService.get<string>('CORS_ORIGIN', '*')", files: files("configService.get<string>('CORS_ORIGIN', '*')", "configService.get('SESSION_SECRET')"),
      errors: [{ file: 'src/main.ts', line: 9, message: /^enableCors\(\) origin falls back to \* when CORS_ORIGIN is unset \(configService\.get<string>\('CORS_ORIGIN', '\*'\)\) and allows any origin/ }] },
    { name: "this.config.getOrThrow('CORS_ORIGIN', true, { infer: true }) echoes with credentials", files: files("this.config.getOrThrow('CORS_ORIGIN', true, { infer: true })", "configService.get('SESSION_SECRET')"),
      errors: [{ file: 'src/main.ts', line: 9, severity: 'critical' }] },
  ],
});

testCheck(defaultCredentials, {
  valid: [
    { name: 'a session secret read without a default', files: files("'https://app.example.com'", "configService.getOrThrow<string>('SESSION_SECRET')") },
  ],
  invalid: [
    { name: "configService.get<string>('SESSION_SECRET', 'keyboard cat')", files: files("'https://app.example.com'", "configService.get<string>('SESSION_SECRET', 'keyboard cat')"),
      errors: [{ file: 'src/main.ts', line: 10, column: 29, severity: 'high', message: /^SESSION_SECRET falls back to a well-known default value when the variable is unset/ }] },
    { name: "this.configService.get('JWT_SECRET', 'changeme') in a class", files: { 'src/auth.service.ts': "export class AuthService {\n  constructor(private readonly configService: ConfigService) {}\n  secret() { return this.configService.get('JWT_SECRET', 'changeme'); }\n}\n" },
      errors: [{ file: 'src/auth.service.ts', line: 3, message: /^JWT_SECRET falls back to a placeholder value when the variable is unset/ }] },
  ],
});

testCheck(hardcodedSecret, {
  valid: [
    { name: 'a placeholder default is default-credentials\'', files: { 'src/auth.ts': "const s = configService.get<string>('JWT_SECRET', 'changeme');\n" } },
  ],
  invalid: [
    { name: 'a real secret as the default', files: { 'src/auth.ts': "const s = configService.get<string>('JWT_SECRET', 'q8Zt3vN1xK7pR2mW9cY5bH4jL6dF0sGa');\n" },
      errors: [{ file: 'src/auth.ts', line: 1, message: /'JWT_SECRET' falls back to a hard-coded secret value when the variable is unset/ }] },
  ],
});
