import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { k8sProbes } from '../../src/checks/k8s-probes.js';
import { k8sRunAsNonRoot } from '../../src/checks/k8s-run-as-non-root.js';
import { resourceLimits } from '../../src/checks/resource-limits.js';
import { COMPUTED, terraformK8sObjectsOf } from '../../src/checks/util/tf-kubernetes.js';
import { containers } from '../../src/repo/k8s.js';
import { runCase } from '../helpers/check-tester.js';

/** `file:line:column note? message` of each finding, sorted. */
async function findings(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'tf-kubernetes41', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column}${f.note ? ' note' : ''} ${f.message}`).sort();
}
async function status(check: CheckDef, files: Record<string, string>): Promise<string> {
  const out = await runCase(check, { name: 'tf-kubernetes41', files });
  return out.skipped ? 'skipped' : out.findings.some((f) => !f.note) ? 'fail' : 'pass';
}

/** The examiner's repro (QA41 iac9 D4, `tfk8s/k8s.tf`), the helm_release left out. */
const BAD = [
  'resource "kubernetes_deployment" "web" {', // 1
  '  metadata {',
  '    name = "web"',
  '  }',
  '  spec {', // 5
  '    replicas = 2',
  '    selector {',
  '      match_labels = { app = "web" }',
  '    }',
  '    template {', // 10
  '      metadata {',
  '        labels = { app = "web" }',
  '      }',
  '      spec {',
  '        container {', // 15
  '          name  = "web"',
  '          image = "nginx:latest"',
  '          env {',
  '            name  = "DEBUG"',
  '            value = "True"', // 20
  '          }',
  '        }',
  '      }',
  '    }',
  '  }', // 25
  '}',
  '',
  'resource "kubernetes_service" "db" {',
  '  metadata { name = "db" }',
  '  spec {', // 30
  '    type = "LoadBalancer"',
  '    selector = { app = "postgres" }',
  '    port {',
  '      port        = 5432',
  '      target_port = 5432', // 35
  '    }',
  '  }',
  '}',
  '',
  'resource "kubernetes_manifest" "app" {', // 40
  '  manifest = {',
  '    apiVersion = "apps/v1"',
  '    kind       = "Deployment"',
  '    metadata   = { name = "app", namespace = "default" }',
  '    spec = {', // 45
  '      selector = { matchLabels = { app = "app" } }',
  '      template = {',
  '        metadata = { labels = { app = "app" } }',
  '        spec = {',
  '          containers = [{ name = "app", image = "ghcr.io/acme/app:latest" }]', // 50
  '        }',
  '      }',
  '    }',
  '  }',
  '}', // 55
  '',
].join('\n');

/** A production Deployment as the provider's docs write one, with values Terraform computes and `dynamic` blocks. */
const GOOD = [
  'variable "image_tag" {', // 1
  '  default = "1.4.2"',
  '}',
  '',
  'resource "kubernetes_deployment_v1" "api" {', // 5
  '  metadata {',
  '    name      = "api"',
  '    namespace = "prod"',
  '  }',
  '  spec {', // 10
  '    template {',
  '      metadata { labels = { app = "api" } }',
  '      spec {',
  '        security_context {',
  '          run_as_non_root = true', // 15
  '          run_as_user     = "10001"',
  '        }',
  '        container {',
  '          name  = "api"',
  '          image = "ghcr.io/acme/api:${var.image_tag}"', // 20
  '          env {',
  '            name  = "NODE_ENV"',
  '            value = "production"',
  '          }',
  '          dynamic "env" {', // 25
  '            for_each = var.extra_env',
  '            content {',
  '              name  = env.key',
  '              value = env.value',
  '            }', // 30
  '          }',
  '          resources {',
  '            limits = {',
  '              memory = "512Mi"',
  '            }', // 35
  '          }',
  '          liveness_probe {',
  '            http_get {',
  '              path = "/healthz"',
  '              port = 8080', // 40
  '            }',
  '          }',
  '          readiness_probe {',
  '            tcp_socket { port = 8080 }',
  '          }', // 45
  '        }',
  '        container {',
  '          name  = "sidecar"',
  '          image = var.sidecar_image',
  '          resources {', // 50
  '            limits = var.sidecar_limits',
  '          }',
  '          dynamic "liveness_probe" {',
  '            for_each = [1]',
  '            content {', // 55
  '              exec { command = ["true"] }',
  '            }',
  '          }',
  '          readiness_probe {',
  '            exec { command = ["true"] }', // 60
  '          }',
  '        }',
  '      }',
  '    }',
  '  }', // 65
  '}',
  '',
  'resource "kubernetes_service_v1" "db" {',
  '  metadata { name = "postgres" }',
  '  spec {', // 70
  '    selector = { app = "postgres" }',
  '    port {',
  '      port = 5432',
  '    }',
  '  }', // 75
  '}',
  '',
  'resource "kubernetes_service_v1" "cache" {',
  '  metadata { name = "redis" }',
  '  spec {', // 80
  '    type     = var.cache_service_type',
  '    selector = { app = "redis" }',
  '    port {',
  '      port = 6379',
  '    }', // 85
  '  }',
  '}',
  '',
].join('\n');

// QA41 iac9 D4: the Kubernetes provider's resources are the workloads and Services the Kubernetes checks judge.
describe('Terraform Kubernetes provider resources, read as manifests', () => {
  it('reads blocks into the manifest they stand for, located in the .tf file', () => {
    const [deploy, svc, manifest] = terraformK8sObjectsOf('k8s.tf', BAD);
    expect(deploy).toMatchObject({ address: 'kubernetes_deployment.web', kind: 'Deployment', name: 'web', line: 1 });
    expect(deploy!.value).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:latest', env: [{ name: 'DEBUG', value: 'True' }] }] } } } });
    const [c] = containers(deploy!);
    expect({ line: c!.line, column: c!.column }).toEqual({ line: 16, column: 11 });
    expect(deploy!.loc([...c!.path, 'env', 0, 'value'])).toEqual({ line: 20, column: 22 });
    expect(svc!.value['spec']).toEqual({ type: 'LoadBalancer', selector: { app: 'postgres' }, ports: [{ port: 5432, targetPort: 5432 }] });
    expect(svc!.loc(['spec', 'ports', 0])).toEqual({ line: 33, column: 5 });
    expect(manifest).toMatchObject({ address: 'kubernetes_manifest.app', kind: 'Deployment', name: 'app' });
    expect(manifest!.loc(['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual({ line: 50, column: 50 });
  });

  it('a value Terraform computes or a dynamic block is unknown, never absent; strings of numbers and booleans are converted', () => {
    const [api, , cache] = terraformK8sObjectsOf('main.tf', GOOD);
    const [main, sidecar] = containers(api!);
    expect(main!.container['image']).toBe(COMPUTED);
    expect(api!.template([...main!.path, 'image'])).toBe('ghcr.io/acme/api:${var.image_tag}');
    expect(main!.container['env']).toEqual([{ name: 'NODE_ENV', value: 'production' }, COMPUTED]);
    expect(sidecar!.container['resources']).toEqual({ limits: COMPUTED });
    expect(sidecar!.container['livenessProbe']).toBe(COMPUTED);
    expect((api!.value['spec'] as { template: { spec: unknown } }).template.spec).toMatchObject({ securityContext: { runAsNonRoot: true, runAsUser: 10001 } });
    expect(cache!.value['spec']).toMatchObject({ type: COMPUTED });
  });

  it('the examiner\'s repro fails image-tag-pinned, database-port-exposed and debug-mode at the values', async () => {
    const files = { 'k8s.tf': BAD };
    expect(await findings(imageTagPinned, files)).toEqual([
      "k8s.tf:17:20 kubernetes_deployment.web container 'web' image nginx:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      "k8s.tf:50:50 kubernetes_manifest.app container 'app' image ghcr.io/acme/app:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    expect(await findings(databasePortExposed, files)).toEqual([
      "k8s.tf:33:5 Service 'db' of type LoadBalancer exposes database port 5432 (PostgreSQL) outside the cluster; use a ClusterIP Service (reach it from inside the cluster or through a bastion)",
    ]);
    expect(await findings(debugMode, files)).toEqual([
      "k8s.tf:20:22 container 'web' sets DEBUG=True, which turns on debug mode (stack traces and settings shown to visitors); remove it from deploy config (debug must default to off)",
    ]);
  });

  it('and fails k8s-run-as-non-root, resource-limits and k8s-probes at each container', async () => {
    const files = { 'k8s.tf': BAD };
    expect((await findings(k8sRunAsNonRoot, files)).map((f) => f.replace(/ is not guaranteed.*/, ''))).toEqual(["k8s.tf:16:11 container 'web' of Deployment 'web'", "k8s.tf:50:27 container 'app' of Deployment 'app'"]);
    expect((await findings(resourceLimits, files)).map((f) => f.replace(/;.*/, ''))).toEqual(["k8s.tf:16:11 container 'web' of Deployment 'web' has no memory limit", "k8s.tf:50:27 container 'app' of Deployment 'app' has no memory limit"]);
    expect((await findings(k8sProbes, files)).map((f) => f.replace(/;.*/, ''))).toEqual(["k8s.tf:16:11 container 'web' of Deployment 'web' has no readinessProbe and no livenessProbe", "k8s.tf:50:27 container 'app' of Deployment 'app' has no readinessProbe and no livenessProbe"]);
  });

  it('a production setup with computed values passes every check', async () => {
    const files = { 'main.tf': GOOD };
    for (const check of [imageTagPinned, databasePortExposed, debugMode, k8sRunAsNonRoot, resourceLimits, k8sProbes]) {
      expect(await findings(check, files)).toEqual([]);
      expect(await status(check, files)).toBe('pass');
    }
  });

  it('root settings, a NodePort Service, a variable\'s moving tag; a development folder gives notes', async () => {
    const tf = [
      'variable "tag" {', // 1
      '  default = "latest"',
      '}',
      'resource "kubernetes_stateful_set" "cache" {',
      '  metadata { name = "cache" }', // 5
      '  spec {',
      '    template {',
      '      spec {',
      '        container {',
      '          name  = "redis"', // 10
      '          image = "redis:${var.tag}"',
      '          security_context {',
      '            run_as_user = "0"',
      '          }',
      '        }', // 15
      '      }',
      '    }',
      '  }',
      '}',
      'resource "kubernetes_service" "cache" {', // 20
      '  metadata { name = "cache" }',
      '  spec {',
      '    type = "NodePort"',
      '    port {',
      '      port = 6379', // 25
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(await findings(imageTagPinned, { 'main.tf': tf })).toEqual([expect.stringMatching(/^main\.tf:11:20 kubernetes_stateful_set\.cache container 'redis' image redis:\$\{var\.tag\} uses the moving tag 'latest' \(var\.tag: the default of variable "tag", main\.tf:2\)/)]);
    expect(await findings(k8sRunAsNonRoot, { 'main.tf': tf })).toEqual([expect.stringMatching(/^main\.tf:13:13 container 'redis' of StatefulSet 'cache' is not guaranteed to run as non-root: runs as root \(container securityContext\.runAsUser: 0\)/)]);
    expect(await findings(databasePortExposed, { 'main.tf': tf })).toEqual([expect.stringMatching(/^main\.tf:24:5 Service 'cache' of type NodePort exposes database port 6379 \(Redis\)/)]);
    expect(await findings(databasePortExposed, { 'environments/dev/main.tf': tf })).toEqual([expect.stringMatching(/^environments\/dev\/main\.tf:24:5 note .*\(development-only file\)$/)]);
  });

  it('an image lifecycle ignore_changes leaves to a deploy pipeline is not judged; another ignored field changes nothing', async () => {
    const withLifecycle = (ignore: string) => BAD.replace('  spec {\n    replicas = 2', `  lifecycle {\n    ignore_changes = ${ignore}\n  }\n  spec {\n    replicas = 2`);
    for (const ignore of ['[spec[0].template[0].spec[0].container[0].image]', '[\n      spec[0].template,\n    ]', 'all']) {
      expect((await findings(imageTagPinned, { 'k8s.tf': withLifecycle(ignore) })).map((f) => f.replace(/:\d+:\d+ /, ' ').replace(/ image .*/, ''))).toEqual(["k8s.tf kubernetes_manifest.app container 'app'"]);
    }
    expect((await findings(imageTagPinned, { 'k8s.tf': withLifecycle('[metadata[0].annotations]') })).map((f) => f.replace(/ image .*/, ''))).toEqual(["k8s.tf:20:20 kubernetes_deployment.web container 'web'", "k8s.tf:53:50 kubernetes_manifest.app container 'app'"]);
  });

  it('no Kubernetes resource leaves the checks skipped as before', async () => {
    const files = { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' };
    for (const check of [k8sRunAsNonRoot, k8sProbes, databasePortExposed]) expect(await status(check, files)).toBe('skipped');
  });
});
