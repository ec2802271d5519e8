import { debugMode } from '../../src/checks/debug-mode.js';
import { testCheck } from '../helpers/check-tester.js';

// QA stop 41 (fullrepos20 D3): Symfony's APP_ENV=dev in deploy config (debug on unless APP_DEBUG says otherwise, the Web
// Profiler at /_profiler) passed while APP_DEBUG=1 failed. Judged only in a Symfony app, as APP_DEBUG is, with the same places and
// the same development-file exceptions; Laravel's APP_ENV is a name.

const COMPOSER = '{"type":"project","require":{"php":">=8.2","symfony/framework-bundle":"7.1.*","symfony/runtime":"7.1.*"},"require-dev":{"symfony/web-profiler-bundle":"7.1.*"}}\n';
const SYMFONY_ENV = '# committed defaults; real values come from the environment\nAPP_ENV=dev\nAPP_SECRET=\n';

testCheck(debugMode, {
  valid: [
    { name: 'stop 41: the Symfony skeleton\'s committed .env (APP_ENV=dev defaults) and a prod image', files: {
      'composer.json': COMPOSER, '.env': SYMFONY_ENV, 'public/index.php': '<?php\n',
      Dockerfile: 'FROM dunglas/frankenphp:1.3-php8.3\nENV APP_ENV=prod\nCOPY . /app\nUSER 1000\n',
    } },
    { name: 'stop 41: APP_ENV=dev with APP_DEBUG=0 in the same environment keeps debug off', files: {
      'composer.json': COMPOSER,
      Dockerfile: 'FROM dunglas/frankenphp:1.3-php8.3\nENV APP_ENV=dev APP_DEBUG=0\nUSER 1000\n',
    } },
    { name: 'stop 41: APP_ENV=dev outside a Symfony app (Laravel requiring Symfony components, a Node app, a vendored bundle)', files: {
      'composer.json': '{"require":{"laravel/framework":"^11.0","symfony/mailgun-mailer":"^7.0","symfony/http-client":"^7.0","symfony/runtime":"^7.0"}}\n', artisan: '#!/usr/bin/env php\n<?php\n',
      Dockerfile: 'FROM php:8.3-fpm\nENV APP_ENV=dev\nUSER www-data\n',
      'node/Dockerfile': 'FROM node:22\nENV APP_ENV=dev\nUSER node\nCMD ["node", "server.js"]\n',
      'node/vendor/acme/bundle/composer.json': '{"require":{"symfony/framework-bundle":"^7.0"}}\n',
    } },
  ],
  invalid: [
    { name: 'stop 41: Symfony APP_ENV=dev in the image, a compose service, a Kubernetes container and .env.prod', files: {
      'composer.json': COMPOSER, '.env': SYMFONY_ENV,
      Dockerfile: 'FROM dunglas/frankenphp:1.3-php8.3\nENV APP_ENV=dev\nWORKDIR /app\nCOPY . /app\nUSER 1000\n',
      'compose.yaml': 'services:\n  php:\n    image: acme/app-php:1.0\n    environment:\n      APP_ENV: dev\n',
      'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: php\n          image: acme/app-php:1.0\n          env:\n            - name: APP_ENV\n              value: dev\n',
      '.env.prod': 'APP_ENV=dev\n',
    }, errors: [
      { file: 'Dockerfile', line: 2, severity: 'critical', message: /ENV APP_ENV=dev in the image turns on Symfony's dev environment \(debug on: .*\/_profiler/ },
      { file: 'compose.yaml', line: 5, message: /APP_ENV=dev.*Symfony's dev environment/ },
      { file: 'k8s/deployment.yaml', line: 12, message: /APP_ENV=dev.*Symfony's dev environment/ },
      { file: '.env.prod', line: 1, message: /APP_ENV=dev.*Symfony's dev environment/ },
    ] },
    { name: 'stop 41: a Symfony app known by bin/console and config/bundles.php, APP_DEBUG=1 beside APP_ENV=dev', files: {
      'app/bin/console': '#!/usr/bin/env php\n<?php\n', 'app/config/bundles.php': '<?php\nreturn [];\n',
      'app/Dockerfile': 'FROM php:8.3-fpm\nENV APP_ENV=dev\nENV APP_DEBUG=1\nUSER www-data\n',
    }, errors: [
      { file: 'app/Dockerfile', line: 2, message: /APP_ENV=dev.*Symfony's dev environment/ },
      { file: 'app/Dockerfile', line: 3, message: /APP_DEBUG=1/ },
    ] },
  ],
  notes: [
    // symfony-docker's shape: the dev stage and the development override set APP_ENV=dev; production builds the prod stage.
    { name: 'stop 41: APP_ENV=dev in a dev stage and a development override is a note', files: {
      'composer.json': COMPOSER,
      Dockerfile: 'FROM dunglas/frankenphp:1.3-php8.3 AS base\nWORKDIR /app\nFROM base AS dev\nENV APP_ENV=dev\nFROM base AS prod\nENV APP_ENV=prod\nCOPY . ./\nUSER 1000\n',
      'compose.yaml': 'services:\n  php:\n    image: acme/app-php:1.0\n',
      'compose.override.yaml': 'services:\n  php:\n    build:\n      context: .\n      target: dev\n    environment:\n      APP_ENV: "${APP_ENV:-dev}"\n',
      '.env.dev': 'APP_SECRET=dev-only\nAPP_ENV=dev\n',
    }, notes: [
      { file: 'Dockerfile', line: 4, message: /APP_ENV=dev/ },
      { file: 'compose.override.yaml', line: 7, message: /APP_ENV=dev/ },
      { file: '.env.dev', line: 2, message: /APP_ENV=dev/ },
    ] },
  ],
});
