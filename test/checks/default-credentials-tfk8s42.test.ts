import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { testCheck } from '../helpers/check-tester.js';

const deployment = (env: string) => `resource "kubernetes_deployment_v1" "db" {
  metadata {
    name = "db"
  }
  spec {
    template {
      spec {
        container {
          name  = "postgres"
          image = "postgres:16.4"
${env}
        }
      }
    }
  }
}
`;

testCheck(defaultCredentials, {
  valid: [
    { name: 'stop 42: a Terraform Kubernetes container whose password comes from a variable or a Secret', files: {
      'main.tf': deployment(`          env {
            name  = "POSTGRES_PASSWORD"
            value = var.db_password
          }
          env {
            name = "APP_PASSWORD"
            value_from {
              secret_key_ref {
                name = "app"
                key  = "password"
              }
            }
          }
          env {
            name  = "REDIS_PASSWORD"
            value = "\${random_password.redis.result}"
          }`),
    } },
  ],
  invalid: [
    { name: 'stop 42: a Terraform Kubernetes container with a well-known default password', files: {
      'main.tf': deployment(`          env {
            name  = "POSTGRES_PASSWORD"
            value = "postgres"
          }`),
      'k8s.tf': 'resource "kubernetes_config_map_v1" "app" {\n  metadata {\n    name = "app"\n  }\n  data = {\n    DB_PASSWORD = "changeme"\n  }\n}\n',
    }, errors: [
      { file: 'main.tf', line: 13, column: 22, message: /^POSTGRES_PASSWORD \(container 'postgres'\) is set to a well-known default value/ },
      // The ConfigMap's data is judged once, as a Terraform map argument.
      { file: 'k8s.tf', line: 6, column: 20, message: /^DB_PASSWORD is set to a placeholder value/ },
    ] },
  ],
});
