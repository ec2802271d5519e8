import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { testCheck } from '../helpers/check-tester.js';

// Review 48 S4: any app.yaml with `services[].image.repository` was judged as a DigitalOcean App Platform spec, so a
// Helm-style values file named app.yaml (no tag: the chart's appVersion) failed as pulling 'latest'. App Platform
// requires `registry_type` on a component image: an `image` without a known one is not read.
const helmValues = 'services:\n  - name: api\n    image:\n      repository: myorg/api\n      pullPolicy: IfNotPresent\n';
const doSpec = (image: string) => `name: shop\nservices:\n- name: web\n  image:\n${image}`;

testCheck(imageTagPinned, {
  valid: [
    { name: 'a Helm-style values file named app.yaml', files: { 'deploy/values/app.yaml': helmValues } },
    { name: 'an unknown registry_type', files: { '.do/app.yaml': doSpec('    registry_type: QUAY\n    repository: acme/web\n') } },
    { name: 'a pinned DigitalOcean image', files: { '.do/app.yaml': doSpec('    registry_type: DOCKER_HUB\n    registry: library\n    repository: nginx\n    tag: "1.27.3"\n') } },
  ],
  invalid: [
    { name: 'a DigitalOcean image without a tag', files: { '.do/app.yaml': doSpec('    registry_type: DOCR\n    repository: web\n') }, errors: [{ file: '.do/app.yaml', line: 6, message: /registry\.digitalocean\.com\/web/ }] },
    { name: 'a DigitalOcean image on latest, registry_type in lower case', files: { 'app.yaml': doSpec('    registry_type: docker_hub\n    registry: library\n    repository: nginx\n    tag: latest\n') }, errors: [{ file: 'app.yaml', line: 8 }] },
  ],
});
