import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { testCheck } from '../helpers/check-tester.js';

// QA48 selfhost28 D2: the images render.yaml (`runtime: image`, `image.url`) and a DigitalOcean App Platform spec
// (`services`/`workers`/`jobs` `image`) deploy as written are judged as fly.toml's `[build] image` and Copilot's `image.location` are.
const render = (url: string) => `services:\n  - type: web\n    name: proxy\n    runtime: image\n    image:\n      url: ${url}\n`;
const doSpec = (list: string, image: string) => `name: shop\n${list}:\n- name: web\n  image:\n${image}`;
const hub = (tag: string) => `    registry_type: DOCKER_HUB\n    registry: library\n    repository: nginx\n${tag}`;

testCheck(imageTagPinned, {
  valid: [
    { name: 'render image pinned to a version', files: { 'render.yaml': render('docker.io/library/caddy:2.8.4') } },
    { name: 'render image pinned by digest', files: { 'render.yaml': render(`ghcr.io/acme/api@sha256:${'a'.repeat(64)}`) } },
    { name: 'render services built from the repository (no image)', files: { 'render.yaml': 'services:\n  - type: web\n    name: api\n    runtime: docker\n    dockerfilePath: ./Dockerfile\n  - type: web\n    name: web\n    runtime: node\n    startCommand: node server.js\n' } },
    { name: 'DigitalOcean image with a version tag', files: { '.do/app.yaml': doSpec('services', hub('    tag: 1.27.3\n')) } },
    { name: 'DigitalOcean image with a digest', files: { '.do/app.yaml': doSpec('services', hub(`    digest: sha256:${'b'.repeat(64)}\n`)) } },
    { name: 'DigitalOcean components built from GitHub', files: { '.do/app.yaml': 'name: shop\nservices:\n- name: web\n  github:\n    repo: acme/shop\n    branch: main\n  run_command: node server.js\n' } },
    { name: 'an App Engine app.yaml is no app spec image', files: { 'app.yaml': 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n' } },
  ],
  invalid: [
    { name: 'render image.url with latest', files: { 'render.yaml': render('docker.io/library/caddy:latest') }, errors: [{ file: 'render.yaml', line: 6, column: 12, severity: 'high', message: /^render\.yaml service 'proxy' image\.url docker\.io\/library\/caddy:latest uses the moving tag 'latest'/ }] },
    { name: 'render image.url without a tag', files: { 'render.yaml': render('ghcr.io/acme/api') }, errors: [{ file: 'render.yaml', line: 6, message: /image\.url ghcr\.io\/acme\/api has no tag/ }] },
    { name: 'DigitalOcean service image tag latest', files: { '.do/app.yaml': doSpec('services', hub('    tag: latest\n')) }, errors: [{ file: '.do/app.yaml', line: 8, column: 10, severity: 'high', message: /^app\.yaml service 'web' image\.tag library\/nginx:latest uses the moving tag 'latest'/ }] },
    { name: 'DigitalOcean image without tag or digest pulls latest', files: { '.do/app.yaml': doSpec('workers', hub('')) }, errors: [{ file: '.do/app.yaml', line: 7, message: /^app\.yaml worker 'web' image library\/nginx has no tag/ }] },
    { name: 'DigitalOcean GHCR job image', files: { '.do/app.yaml': doSpec('jobs', '    registry_type: GHCR\n    registry: acme\n    repository: migrate\n    tag: latest\n') }, errors: [{ file: '.do/app.yaml', line: 8, message: /^app\.yaml job 'web' image\.tag ghcr\.io\/acme\/migrate:latest uses the moving tag 'latest'/ }] },
    { name: 'a spec wrapped in spec: (deploy template)', files: { '.do/deploy.template.yaml': `spec:\n  name: shop\n  services:\n  - name: web\n    image:\n      registry_type: DOCKER_HUB\n      registry: library\n      repository: redis\n      tag: latest\n` }, errors: [{ file: '.do/deploy.template.yaml', line: 9 }] },
  ],
  notes: [
    // A spec named for development gives a note, as a development fly.toml does.
    { name: 'a development DigitalOcean spec', files: { '.do/dev.yaml': doSpec('services', hub('    tag: latest\n')) }, notes: [{ file: '.do/dev.yaml', line: 8 }] },
  ],
});
