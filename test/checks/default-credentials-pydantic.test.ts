import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

// Typed settings classes (pydantic-settings, a pydantic model or a dataclass named for configuration) read their fields from
// the environment in any case: `secret_key` is `SECRET_KEY`, so its default deploys whenever the variable is unset.
const strong = ['q7Vx', '2LpR', '9tKm', '4WzN', '8bYc', '3HdF'].join('');
const pydanticSettings = [
  'from pydantic_settings import BaseSettings, SettingsConfigDict',
  '',
  '',
  'class Settings(BaseSettings):',
  '    model_config = SettingsConfigDict(env_file=".env")',
  '',
  '    app_name: str = "billing"',
  '    secret_key: str = "changeme"',
  `    jwt_secret: str = "${strong}"`,
  '    admin_password: str = "admin"',
  '    database_url: str = "postgresql+asyncpg://billing:billing@db:5432/billing"',
  '',
  '',
  'settings = Settings()',
  '',
].join('\n');

testCheck(defaultCredentials, {
  valid: [
    { name: 'required fields and computed defaults of a pydantic-settings class', files: {
      'app/config.py': 'import secrets\nfrom pydantic import Field, SecretStr\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    secret_key: SecretStr\n    admin_password: str = Field(..., min_length=12)\n    api_token: str = Field(default_factory=lambda: secrets.token_urlsafe(32))\n    session_secret: str = secrets.token_urlsafe(32)\n    db_password: str = Field(description="the password, e.g. changeme", alias="DB_PASSWORD")\n',
    } },
    { name: 'secret-like words in names that hold no secret', files: {
      'app/config.py': 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    environment: str = "dev"\n    token_url: str = "test"\n    secret_key_file: str = "secret"\n    jwt_algorithm: str = "HS256"\n    password_min_length: int = 8\n    auth_backend: str = "password"\n',
    } },
    { name: 'lower-case names outside typed settings classes: function locals, a signature, a plain class, an API schema', files: {
      'app/main.py': [
        'from pydantic import BaseModel',
        '',
        'def make_user():',
        '    admin_password = "admin"',
        '    return admin_password',
        '',
        'class Client:',
        '    def login(',
        '        self,',
        '        password: str = "admin",',
        '    ):',
        '        token = "changeme"',
        '',
        'class Config:',
        '    secret_key = "dev"',
        '',
        'class LoginRequest(BaseModel):',
        '    username: str = "admin"',
        '    password: str = "changeme"',
        '',
        'class UserCreate(BaseModel):',
        '    model_config = {"json_schema_extra": {"examples": [{"username": "admin", "password": "admin"}]}}',
        '',
      ].join('\n'),
    } },
    { name: 'pydantic v1 inner Config and a docstring showing a field', files: {
      'app/config.py': 'from pydantic import BaseSettings\n\nclass Settings(BaseSettings):\n    """Settings.\n\n    secret_key: str = "changeme"\n    """\n\n    secret_key: str\n\n    class Config:\n        env_file = ".env"\n        secret_key = "dev"\n',
    } },
    { name: 'a base settings default that a production settings class requires from the environment', files: {
      'app/config.py': 'from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    secret_key: str = "changeme"\n    api_token: str = "changeme"\n\nclass ProductionSettings(Settings):\n    secret_key: str\n    api_token: str = Field(...)\n',
    } },
    { name: 'typed settings classes in tests are exempt', files: {
      'tests/conftest.py': 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    secret_key: str = "changeme"\n',
    } },
  ],
  invalid: [
    { name: 'lower-case pydantic-settings fields (examiner repro)', files: { 'app/config.py': pydanticSettings }, errors: [
      { file: 'app/config.py', line: 8, column: 24, message: 'secret_key is set to a placeholder value' },
      { file: 'app/config.py', line: 10, column: 28, message: 'admin_password is set to a well-known default value' },
      { file: 'app/config.py', line: 11, message: 'postgresql+asyncpg:// URL' },
    ] },
    { name: 'defaults given through Field, SecretStr and dataclasses.field, Black-wrapped too', files: {
      'app/config.py': [
        'from pydantic import Field, SecretStr',
        'from pydantic_settings import BaseSettings',
        '',
        'class Settings(BaseSettings):',
        '    secret_key: SecretStr = SecretStr("changeme")',
        '    admin_password: str = Field(default="admin", description="initial admin login")',
        '    api_token: str = Field("changeme", env="API_TOKEN")',
        '    db_password: SecretStr = Field(',
        '        description="database password",',
        '        default=SecretStr("postgres"),',
        '    )',
        '    SMTP_PASSWORD: str = Field(default="<your-smtp-password>")',
        '',
      ].join('\n'),
    }, errors: [
      { file: 'app/config.py', line: 5, column: 40, message: 'secret_key' },
      { file: 'app/config.py', line: 6, column: 42, message: 'admin_password' },
      { file: 'app/config.py', line: 7, column: 29, message: 'api_token' },
      { file: 'app/config.py', line: 10, column: 28, message: 'db_password' },
      { file: 'app/config.py', line: 12, column: 41, message: 'SMTP_PASSWORD is set to a placeholder value' },
    ] },
    { name: 'nested settings models, dataclass and attrs configuration classes, a subclass of the file\'s settings class', files: {
      'app/settings.py': [
        'from dataclasses import dataclass, field',
        'import attr',
        'from pydantic import BaseModel',
        'from pydantic_settings import BaseSettings',
        '',
        'class DatabaseSettings(BaseModel):',
        '    user: str = "app"',
        '    password: str = "password"',
        '',
        '@dataclass(',
        '    frozen=True,',
        ')',
        'class AppConfig:',
        '    secret_key: str = "dev"',
        '    smtp_password: str = field(default="changeme")',
        '',
        '@attr.s(auto_attribs=True)',
        'class MailConf:',
        '    api_key: str = "changeme"',
        '',
        'class CommonSettings(BaseSettings):',
        '    debug: bool = False',
        '',
        'class Worker(CommonSettings):',
        '    broker_password: str = "guest"',
        '',
      ].join('\n'),
    }, errors: [
      { file: 'app/settings.py', line: 8, message: 'password is set to a well-known default value' },
      { file: 'app/settings.py', line: 14, message: 'secret_key' },
      { file: 'app/settings.py', line: 15, message: 'smtp_password' },
      { file: 'app/settings.py', line: 19, message: 'api_key' },
      { file: 'app/settings.py', line: 25, message: 'broker_password' },
    ] },
    { name: 'a production settings class that inherits a base default unchanged deploys it', files: {
      'app/config.py': 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    secret_key: str = "changeme"\n\nclass ProductionSettings(Settings):\n    debug: bool = False\n',
    }, errors: [{ file: 'app/config.py', line: 4, message: 'secret_key' }] },
  ],
  notes: [
    { name: 'a development settings class gives notes', files: {
      'app/config.py': 'from pydantic_settings import BaseSettings\n\nclass DevelopmentSettings(BaseSettings):\n    secret_key: str = "changeme"\n',
    }, notes: [{ file: 'app/config.py', line: 4, message: 'development-only class' }] },
  ],
});

describe('default-credentials and hardcoded-secret on typed settings fields', () => {
  it('report each field once: the weak defaults here, the random value there', async () => {
    const files = { 'app/config.py': pydanticSettings };
    const weak = (await runCase(defaultCredentials, { name: 'dc', files })).findings.filter((f) => !f.note).map((f) => f.line);
    const real = (await runCase(hardcodedSecret, { name: 'hs', files })).findings.filter((f) => !f.note).map((f) => f.line);
    expect(weak.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([8, 10, 11]);
    expect(real).toEqual([9]);
  });
});
