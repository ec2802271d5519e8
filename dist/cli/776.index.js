export const id = 776;
export const ids = [776];
export const modules = {

/***/ 4776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CATALOGUE: () => (/* binding */ CATALOGUE)
/* harmony export */ });
const CATALOGUE = [
    {
        "id": "cookie-flags",
        "kind": "static",
        "severity": "medium",
        "title": "Session cookies are not configured insecure",
        "description": "Session/CSRF cookies are not explicitly configured without Secure or HttpOnly (Flask, Django, Express)."
    },
    {
        "id": "cors-wildcard",
        "kind": "static",
        "severity": "high",
        "title": "CORS does not allow any origin",
        "description": "No any-origin CORS in code or config (Flask-CORS, Django, FastAPI/Starlette, Express, NestJS, Fastify, nginx, CORS_ORIGINS=*)."
    },
    {
        "id": "database-port-exposed",
        "kind": "static",
        "severity": "high",
        "title": "Database ports are not published",
        "description": "Compose does not publish database/cache ports on all interfaces; Kubernetes LoadBalancer/NodePort Services do not expose them."
    },
    {
        "id": "debug-mode",
        "kind": "static",
        "severity": "critical",
        "title": "Debug mode is off in production",
        "description": "No debug switch in deploy config: FLASK_DEBUG/DEBUG/NODE_ENV=development in Dockerfile, compose, Kubernetes, .env.production; DEBUG = True in Django settings; app.run(debug=True) that production runs."
    },
    {
        "id": "default-credentials",
        "kind": "static",
        "severity": "high",
        "title": "Deploy configuration uses no default or placeholder credentials",
        "description": "Placeholder or default values (changeme, admin, password, postgres, secret, <generate…>, django-insecure-…) for secret-named keys in compose, Kubernetes, Dockerfile, settings and production .env files."
    },
    {
        "id": "dockerfile-healthcheck",
        "kind": "static",
        "severity": "medium",
        "title": "Dockerfile declares a HEALTHCHECK",
        "description": "The final stage of each Dockerfile (or a stage it inherits from) declares a HEALTHCHECK."
    },
    {
        "id": "dockerfile-non-root",
        "kind": "static",
        "severity": "high",
        "title": "Containers do not run as root",
        "description": "The final stage's effective USER (inherited through stage names) is not root, 0, root:* or 0:*."
    },
    {
        "id": "dockerfile-secrets-in-env",
        "kind": "static",
        "severity": "high",
        "title": "Dockerfiles do not bake secrets into ENV or ARG",
        "description": "Final-stage ENV/ARG with a secret-like name (password, secret, token, api key, credential…) that bakes a value into the image."
    },
    {
        "id": "env-file-committed",
        "kind": "static",
        "severity": "critical",
        "title": "No .env files are committed",
        "description": "A tracked .env, .env.<anything> or <name>.env file (templates such as .env.example excepted)."
    },
    {
        "id": "env-file-not-ignored",
        "kind": "static",
        "severity": "medium",
        "title": ".env files are git-ignored",
        "description": ".gitignore rules do not ignore .env at the repository root or next to an env file or template."
    },
    {
        "id": "hardcoded-secret",
        "kind": "static",
        "severity": "critical",
        "title": "No secrets are committed to the repository",
        "description": "Private keys, provider tokens, passwords in URLs, literal Kubernetes Secrets and high-entropy secret-named literals in tracked files."
    },
    {
        "id": "image-tag-pinned",
        "kind": "static",
        "severity": "high",
        "title": "Container images use pinned tags",
        "description": "Every FROM, compose image: and Kubernetes container image has a version tag or digest (not 'latest', not untagged)."
    },
    {
        "id": "k8s-probes",
        "kind": "static",
        "severity": "medium",
        "title": "Kubernetes containers have readiness and liveness probes",
        "description": "Deployment, StatefulSet and DaemonSet containers declare a readinessProbe and a livenessProbe."
    },
    {
        "id": "k8s-run-as-non-root",
        "kind": "static",
        "severity": "high",
        "title": "Kubernetes containers run as non-root",
        "description": "The pod or container securityContext guarantees a non-root user (runAsNonRoot: true or runAsUser > 0)."
    },
    {
        "id": "production-server",
        "kind": "static",
        "severity": "critical",
        "title": "Production runs a production-grade server",
        "description": "The process production starts (final CMD/ENTRYPOINT, compose command, Procfile web, Kubernetes command/args) is not a development server."
    },
    {
        "id": "resource-limits",
        "kind": "static",
        "severity": "medium",
        "title": "Services have memory limits",
        "description": "Compose services and Kubernetes containers declare a memory limit."
    },
    {
        "id": "restart-policy",
        "kind": "static",
        "severity": "low",
        "title": "Compose services have a restart policy",
        "description": "Compose services declare `restart:` or `deploy.restart_policy`."
    },
    {
        "id": "tls-protocols-config",
        "kind": "static",
        "severity": "medium",
        "title": "TLS configuration does not allow old protocols",
        "description": "nginx ssl_protocols, Apache SSLProtocol, Node minVersion/secureProtocol and Python ssl settings do not allow SSLv2/SSLv3/TLS 1.0/TLS 1.1."
    },
    {
        "id": "certificate",
        "kind": "probe",
        "severity": "critical",
        "title": "TLS certificate is valid and trusted",
        "description": "The certificate is in its validity period, matches the host, is trusted and has ≥ 30 days left."
    },
    {
        "id": "cookie-security",
        "kind": "probe",
        "severity": "medium",
        "title": "Cookies are Secure, HttpOnly and SameSite",
        "description": "Cookies carry Secure (over HTTPS), HttpOnly (session-like names) and a valid SameSite."
    },
    {
        "id": "cors-policy",
        "kind": "probe",
        "severity": "high",
        "title": "CORS does not trust arbitrary origins",
        "description": "A foreign Origin (GET and preflight) is not reflected; `null`/reflected with credentials is critical."
    },
    {
        "id": "dev-server-exposed",
        "kind": "probe",
        "severity": "critical",
        "title": "No development server or debug page is exposed",
        "description": "No Werkzeug/runserver banner, interactive debugger, Django DEBUG page or other debug banner."
    },
    {
        "id": "health-endpoint",
        "kind": "probe",
        "severity": "critical",
        "title": "Health endpoint answers",
        "description": "Each health path answers 2xx to GET (polled until `wait` runs out)."
    },
    {
        "id": "hsts",
        "kind": "probe",
        "severity": "high",
        "title": "HSTS is enabled with a long max-age",
        "description": "Exactly one Strict-Transport-Security header with max-age ≥ 15552000 (six months)."
    },
    {
        "id": "https-redirect",
        "kind": "probe",
        "severity": "high",
        "title": "Plain HTTP redirects to HTTPS",
        "description": "The first hop from plain HTTP is a redirect to https:// on the same host."
    },
    {
        "id": "response-time",
        "kind": "probe",
        "severity": "medium",
        "title": "Responses are fast enough",
        "description": "The median of several GETs (after a warm-up) is ≤ max-ms (2000)."
    },
    {
        "id": "security-headers",
        "kind": "probe",
        "severity": "medium",
        "title": "Security headers are set",
        "description": "X-Content-Type-Options, framing protection, a script-restricting CSP and a safe Referrer-Policy."
    },
    {
        "id": "sensitive-paths",
        "kind": "probe",
        "severity": "critical",
        "title": "Sensitive files are not served",
        "description": "/.env, /.git/config, /.git/HEAD… are not served (judged on the body, not the status)."
    },
    {
        "id": "server-version-leak",
        "kind": "probe",
        "severity": "low",
        "title": "Server banners hide versions",
        "description": "Server/X-Powered-By (and X-AspNet-Version…) do not reveal product versions."
    },
    {
        "id": "tls-version",
        "kind": "probe",
        "severity": "high",
        "title": "Only TLS 1.2 or newer is accepted",
        "description": "The server refuses TLS 1.0 and 1.1 and negotiates TLS 1.2+."
    }
];


/***/ })

};
