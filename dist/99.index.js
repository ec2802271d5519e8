export const id = 99;
export const ids = [99];
export const modules = {

/***/ 50976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ namedTargetPorts),
/* harmony export */   LS: () => (/* binding */ configMapData),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   Uq: () => (/* binding */ workloadLabel),
/* harmony export */   Yb: () => (/* binding */ expandK8sObject),
/* harmony export */   _B: () => (/* binding */ podTemplateShapeProblem),
/* harmony export */   f0: () => (/* binding */ podSpec),
/* harmony export */   i6: () => (/* binding */ WORKLOAD_KINDS),
/* harmony export */   jY: () => (/* binding */ containerEnv),
/* harmony export */   l8: () => (/* binding */ containers),
/* harmony export */   op: () => (/* binding */ isExtraWorkload),
/* harmony export */   s5: () => (/* binding */ podSpecPath),
/* harmony export */   vh: () => (/* binding */ isKnative),
/* harmony export */   yF: () => (/* binding */ jsonManifest),
/* harmony export */   y_: () => (/* binding */ kustomizeLiterals),
/* harmony export */   yi: () => (/* binding */ isKustomizationFile),
/* harmony export */   z: () => (/* binding */ toK8sObject)
/* harmony export */ });
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52365);

const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController']);
/** The API group of an object (`apps`, `argoproj.io`; '' for the core group `v1`). */
const apiGroup = (obj) => (obj.apiVersion.includes('/') ? obj.apiVersion.slice(0, obj.apiVersion.indexOf('/')) : '');
/** A Knative Serving `Service` or `Configuration` (`serving.knative.dev`): `spec.template` is a pod template. */
const isKnative = (obj) => apiGroup(obj) === 'serving.knative.dev' && (obj.kind === 'Service' || obj.kind === 'Configuration');
/**
 * Workload kinds beyond the built-in ones whose `spec.template` is a pod template (read even in a
 * patch that has no containers): Argo Rollouts `Rollout` (with `spec.template`; one with a
 * `workloadRef` borrows the referenced Deployment's template, which is judged as that Deployment),
 * OpenShift `DeploymentConfig`, Knative `Service`/`Configuration`.
 */
function isExtraWorkload(obj) {
    const group = apiGroup(obj);
    if (obj.kind === 'Rollout')
        return group === 'argoproj.io';
    if (obj.kind === 'DeploymentConfig')
        return group === 'apps.openshift.io' || group === '';
    return isKnative(obj);
}
/**
 * A KEDA `ScaledJob` (`keda.sh`): KEDA starts Jobs from its `spec.jobTargetRef` (a Job spec), so its pod
 * template is `spec.jobTargetRef.template`. Judged like a Job (run to completion: no probes required).
 */
const isScaledJob = (obj) => obj.kind === 'ScaledJob' && apiGroup(obj) === 'keda.sh';
/** Policy and template objects that may spell a pod template without running one. */
const NOT_WORKLOAD_GROUP = /(?:^|\.)(?:kyverno\.io|gatekeeper\.sh|kubewarden\.io)$/;
const NOT_WORKLOAD_KINDS = new Set(['PodTemplate', 'PodPreset']);
/** How messages name a workload: `Deployment 'api'`, `Knative Service 'hello'`. */
function workloadLabel(obj) {
    return `${isKnative(obj) ? `Knative ${obj.kind}` : obj.kind} '${obj.name ?? '?'}'`;
}
function toK8sObject(file, doc) {
    const v = doc.value;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) || typeof v['apiVersion'] !== 'string' || typeof v['kind'] !== 'string')
        return null;
    const meta = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v['metadata']) ? v['metadata'] : {};
    const kindPos = doc.loc(['kind'], true) ?? { line: 1, column: 1 };
    const obj = {
        file,
        docIndex: doc.index,
        apiVersion: v['apiVersion'],
        kind: v['kind'],
        name: typeof meta['name'] === 'string' ? meta['name'] : null,
        item: null,
        value: v,
        line: kindPos.line,
        loc(path, key = false) {
            return doc.loc(path, key) ?? kindPos;
        },
    };
    if (listKey(obj))
        listDocs.set(obj, doc);
    return obj;
}
/** The document of each `List` (or `Template`) object, to locate its items. */
const listDocs = new WeakMap();
/** `kind: List` (what `kubectl get -o yaml` writes) and typed lists (`DeploymentList`): wrappers whose `items` are the objects. */
const isListKind = (kind) => kind === 'List' || /^[A-Z]\w*List$/.test(kind);
/**
 * An OpenShift `Template` (`template.openshift.io/v1`, or `v1` in OpenShift 3): `oc process` renders its `objects`, with
 * its `parameters` substituted (`${NAME}` in a string, `${{NAME}}` for a whole non-string value), and applies them.
 */
const isOpenShiftTemplate = (obj) => obj.kind === 'Template' && (apiGroup(obj) === 'template.openshift.io' || obj.apiVersion === 'v1');
/** The key under which a wrapper object holds the objects it stands for: a list's `items`, a Template's `objects`; null for any other object. */
const listKey = (obj) => (isListKind(obj.kind) ? 'items' : isOpenShiftTemplate(obj) ? 'objects' : null);
/**
 * The objects a manifest object stands for: itself, or for a `List` the objects in its `items` (for an OpenShift
 * `Template`, in its `objects`), nested lists unwrapped (bounded), each located in the same document (`items[i]…`).
 * Items of a typed list (`DeploymentList`) may omit `apiVersion`/`kind`: they inherit the list's. A Template's
 * parameter references stay as written: `${IMAGE_TAG}` is a value `oc process` supplies, judged as a variable is
 * (unverifiable), not as the parameter's default.
 */
function expandK8sObject(obj) {
    const doc = listDocs.get(obj);
    const key = listKey(obj);
    if (!doc || !key || !Array.isArray(obj.value[key]))
        return [obj];
    let out = expanded.get(obj);
    if (!out) {
        out = listItems(obj, doc, obj.value, [], 0);
        expanded.set(obj, out);
    }
    return out;
}
const expanded = new WeakMap();
function listItems(list, doc, container, at, depth) {
    const listKind = typeof container['kind'] === 'string' ? container['kind'] : '';
    const listApi = typeof container['apiVersion'] === 'string' ? container['apiVersion'] : null;
    const key = listKey({ kind: listKind, apiVersion: listApi ?? '' }) ?? 'items';
    const items = container[key];
    if (!Array.isArray(items))
        return [];
    const out = [];
    items.forEach((v, i) => {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
            return;
        const base = [...at, key, i];
        // Items of a typed list (`DeploymentList`) may leave out what the list says; a Template's objects are whole objects.
        const typed = key === 'items' && listKind !== 'List';
        const kind = typeof v['kind'] === 'string' ? v['kind'] : typed ? listKind.replace(/List$/, '') : null;
        const apiVersion = typeof v['apiVersion'] === 'string' ? v['apiVersion'] : typed ? listApi : null;
        if (!kind || apiVersion === null)
            return;
        const nested = listKey({ kind, apiVersion });
        if (nested && Array.isArray(v[nested])) {
            if (depth < 3)
                out.push(...listItems(list, doc, v, base, depth + 1));
            return;
        }
        const meta = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v['metadata']) ? v['metadata'] : {};
        const pos = doc.loc([...base, 'kind'], true) ?? doc.loc(base) ?? list.loc(base);
        out.push({
            file: list.file,
            docIndex: list.docIndex,
            apiVersion,
            kind,
            name: typeof meta['name'] === 'string' ? meta['name'] : null,
            item: i,
            value: v,
            line: pos.line,
            loc(path, key = false) {
                return doc.loc([...base, ...path], key) ?? pos;
            },
        });
    });
    return out;
}
const TEMPLATE_SPEC = ['spec', 'template', 'spec'];
/**
 * Where a workload kind keeps its pod spec (in a patch of it too): Pod `spec`, CronJob
 * `spec.jobTemplate.spec.template.spec`, KEDA ScaledJob `spec.jobTargetRef.template.spec`, the other
 * listed kinds `spec.template.spec`; null for any other kind.
 */
function podSpecPath(obj) {
    return obj.kind === 'Pod' ? ['spec']
        : obj.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
            : isScaledJob(obj) ? ['spec', 'jobTargetRef', 'template', 'spec']
                : WORKLOAD_KINDS.has(obj.kind) || isExtraWorkload(obj) ? TEMPLATE_SPEC : null;
}
/**
 * The pod spec of a workload and its path: Pod (`spec`), CronJob (`spec.jobTemplate.spec.template.spec`),
 * KEDA `ScaledJob` (`spec.jobTargetRef.template.spec`), the built-in controllers, Argo `Rollout`, OpenShift `DeploymentConfig` and Knative `Service`
 * (`spec.template.spec`), and any other object whose `spec.template.spec` lists `containers`
 * (OpenKruise CloneSet, Knative Eventing ContainerSource…), policy and template objects aside.
 */
function podSpec(obj) {
    const get = (path) => path.reduce((acc, k) => ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(acc) ? acc[k] : undefined), obj.value);
    let path = podSpecPath(obj);
    // The general rule: a pod template with containers, whatever the kind (not a patch: it needs `containers`).
    if (!path && !NOT_WORKLOAD_KINDS.has(obj.kind) && !NOT_WORKLOAD_GROUP.test(apiGroup(obj)) && Array.isArray(get([...TEMPLATE_SPEC, 'containers'])))
        path = TEMPLATE_SPEC;
    if (!path)
        return null;
    const spec = get(path);
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(spec) ? { spec, path } : null;
}
/** Containers and initContainers of a workload. */
function containers(obj) {
    const ps = podSpec(obj);
    if (!ps)
        return [];
    const out = [];
    for (const field of ['initContainers', 'containers']) {
        const list = ps.spec[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((c, i) => {
            // A strategic-merge directive entry (`- $patch: replace`) is not a container.
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c) || Object.keys(c).every((k) => k.startsWith('$')))
                return;
            const path = [...ps.path, field, i];
            // An unnamed container (Knative's lone one) is located at its first key.
            const pos = 'name' in c ? obj.loc([...path, 'name'], true) : obj.loc(path);
            // Knative names a lone unnamed container `user-container`.
            const name = typeof c['name'] === 'string' ? c['name'] : isKnative(obj) && field === 'containers' && list.length === 1 ? 'user-container' : `#${i}`;
            out.push({ object: obj, container: c, path, init: field === 'initContainers', name, line: pos.line, column: pos.column });
        });
    }
    return out;
}
/** The literal env entries of every container of a workload, located at their `value:`. */
function containerEnv(obj) {
    const out = [];
    for (const c of containers(obj)) {
        const env = c.container['env'];
        if (!Array.isArray(env))
            continue;
        env.forEach((e, i) => {
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(e) || typeof e['name'] !== 'string')
                return;
            const v = e['value'];
            if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                return;
            const at = obj.loc([...c.path, 'env', i, 'value']);
            out.push({ container: c, name: e['name'], value: String(v), line: at.line, column: at.column });
        });
    }
    return out;
}
/** The scalar entries of a ConfigMap's `data` (none for other kinds), located at their values. */
function configMapData(obj) {
    const data = obj.kind === 'ConfigMap' ? obj.value['data'] : undefined;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(data))
        return [];
    const out = [];
    for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
            continue;
        const at = obj.loc(['data', key]);
        out.push({ key, value: String(value), line: at.line, column: at.column });
    }
    return out;
}
/** A kustomization file by name (`kustomization.yaml`, `kustomization.yml`, `Kustomization`). */
const isKustomizationFile = (path) => /^(?:kustomization\.ya?ml|Kustomization)$/i.test(path.slice(path.lastIndexOf('/') + 1));
/**
 * The `literals` of a kustomization's `configMapGenerator` and `secretGenerator` entries
 * (`- password=changeme`): the data of the ConfigMaps and Secrets kustomize generates, which
 * reach containers through `envFrom`/`valueFrom` like a written ConfigMap's `data`. Split at the
 * first `=` and one pair of quotes around the value removed, as kustomize reads them; positioned at
 * the value. `text` is the file's text (to step over a quoted YAML scalar).
 */
function kustomizeLiterals(docs, text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (const doc of docs) {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value))
            continue;
        for (const generator of ['configMapGenerator', 'secretGenerator']) {
            const entries = doc.value[generator];
            if (!Array.isArray(entries))
                continue;
            entries.forEach((entry, i) => {
                if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry) || !Array.isArray(entry['literals']))
                    return;
                const name = typeof entry['name'] === 'string' ? entry['name'] : '?';
                entry['literals'].forEach((literal, j) => {
                    if (typeof literal !== 'string')
                        return;
                    const eq = literal.indexOf('=');
                    if (eq <= 0)
                        return;
                    const key = literal.slice(0, eq).trim();
                    const value = literal.slice(eq + 1).replace(/^(["'])([^]*)\1$/, '$2');
                    const at = doc.loc([generator, i, 'literals', j]);
                    if (!at)
                        return;
                    const quoted = /["']/.test(lines[at.line - 1]?.charAt(at.column - 1) ?? '') ? 1 : 0;
                    out.push({ generator, name, key, value, line: at.line, column: at.column + quoted + eq + 1 });
                });
            });
        }
    }
    return out;
}
/** An object's `metadata.namespace` ('' when it names none). */
function namespaceOf(o) {
    const m = o.value['metadata'];
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(m) && typeof m['namespace'] === 'string' ? m['namespace'] : '';
}
/**
 * The labels of the pods a workload runs (a Pod's `metadata.labels`, else its pod template's), as strings; null for an
 * object without a pod spec.
 */
function podLabels(obj) {
    const ps = podSpec(obj);
    if (!ps)
        return null;
    const meta = [...ps.path.slice(0, -1), 'metadata'].reduce((acc, k) => ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(acc) ? acc[k] : undefined), obj.value);
    const labels = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(meta) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(meta['labels']) ? meta['labels'] : {};
    return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== null && typeof v !== 'object').map(([k, v]) => [k, String(v)]));
}
/**
 * The containers (not init containers) of the workloads a Service's `selector` selects in its namespace (`''` and
 * `default` alike), with the `containerPort` of each that is named `name` (a named `targetPort`); none for a Service
 * without a selector (its endpoints are managed by hand).
 */
function namedTargetPorts(service, workloads, name) {
    const spec = service.value['spec'];
    const selector = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(spec) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(spec['selector']) ? spec['selector'] : null;
    if (!selector || !Object.keys(selector).length)
        return [];
    const ns = (o) => namespaceOf(o) || 'default';
    const out = [];
    for (const w of workloads) {
        const labels = podLabels(w);
        if (!labels || ns(w) !== ns(service) || !Object.entries(selector).every(([k, v]) => labels[k] === String(v)))
            continue;
        for (const c of containers(w)) {
            if (c.init)
                continue;
            const ports = Array.isArray(c.container['ports']) ? c.container['ports'] : [];
            for (const p of ports)
                if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(p) && p['name'] === name && typeof p['containerPort'] === 'number')
                    out.push({ container: c, port: p['containerPort'] });
        }
    }
    return out;
}
/** Container fields the checks read that the API server decodes as mappings / as lists. */
const CONTAINER_MAPS = ['securityContext', 'resources', 'readinessProbe', 'livenessProbe', 'startupProbe'];
const CONTAINER_LISTS = ['command', 'args', 'env', 'ports'];
/**
 * The first place where a workload's pod template has a shape the API server cannot decode
 * (kubectl: "cannot unmarshal object into … []v1.Container"): a `containers` mapping (a `-` left
 * out), a `securityContext` or `resources.limits` written as a scalar, a container that is not a
 * mapping. Located at the key (an entry of a list: at the entry); the message names the field and
 * the shape expected, never the value. `null` (a patch removing a field) and a templated value
 * (`{{ … }}`, a Helm template read with its actions quoted) are not judged here.
 */
function podTemplateShapeProblem(obj) {
    const path = podSpecPath(obj);
    if (!path)
        return null;
    const shown = (p) => p.reduce((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
    const kindOf = (v) => (Array.isArray(v) ? 'a list' : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) ? 'a mapping' : 'a scalar');
    const templated = (v) => typeof v === 'string' && v.includes('{{');
    const bad = (p, v, expected, hint = '') => {
        const at = obj.loc(p, typeof p[p.length - 1] === 'string');
        return { ...at, message: `${shown(p)} of ${workloadLabel(obj)} is ${kindOf(v)}, not ${expected}${hint}: kubectl refuses it` };
    };
    // Each mapping on the way to the pod spec.
    let node = obj.value;
    for (let d = 0; d < path.length; d++) {
        const v = node[path[d]];
        if (v === undefined || v === null || templated(v))
            return null;
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
            return bad(path.slice(0, d + 1), v, 'a mapping');
        node = v;
    }
    const spec = node;
    const sc = spec['securityContext'];
    if (sc !== undefined && sc !== null && !templated(sc) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(sc))
        return bad([...path, 'securityContext'], sc, 'a mapping');
    for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
        const list = spec[field];
        if (list === undefined || list === null || templated(list))
            continue;
        if (!Array.isArray(list))
            return bad([...path, field], list, 'a list', (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(list) ? ' (is the `-` before the container missing?)' : '');
        for (let i = 0; i < list.length; i++) {
            const c = list[i];
            const at = [...path, field, i];
            if (c === null || templated(c))
                continue;
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c))
                return bad(at, c, 'a mapping (a container)');
            for (const k of CONTAINER_MAPS) {
                const v = c[k];
                if (v !== undefined && v !== null && !templated(v) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
                    return bad([...at, k], v, 'a mapping');
            }
            for (const k of CONTAINER_LISTS) {
                const v = c[k];
                if (v !== undefined && v !== null && !templated(v) && !Array.isArray(v))
                    return bad([...at, k], v, 'a list');
            }
            const res = c['resources'];
            if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(res))
                for (const k of ['limits', 'requests']) {
                    const v = res[k];
                    if (v !== undefined && v !== null && !templated(v) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
                        return bad([...at, 'resources', k], v, 'a mapping', ' (names under it, such as `memory: 512Mi`)');
                }
        }
    }
    return null;
}
/** A JSON file read as the one-document YAML file it is (its value and the JSON reader's positions), for manifests written as JSON. */
function jsonManifest(j) {
    if (!j || !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(j.value))
        return undefined;
    return { path: j.path, docs: [{ index: 0, value: j.value, loc: (path, key) => j.loc(path, key), tag: () => null }], errors: [] };
}


/***/ }),

/***/ 99099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_KUSTOMIZATIONS: () => (/* binding */ MAX_KUSTOMIZATIONS),
/* harmony export */   kustomizeReach: () => (/* binding */ kustomizeReach)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _k8s_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50976);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18650);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52365);




/** At most this many kustomizations are followed out of the scanned folder. */
const MAX_KUSTOMIZATIONS = 2_000;
/**
 * The repository files outside a scanned sub-folder (`--dir k8s/overlays/prod`, the action's `working-directory`)
 * that its kustomizations build on: the `resources`/`bases`/`components` they name — a file as it is, a folder by its
 * kustomization (then, transitively, what that one names; a folder without one: its YAML/JSON files) — and the patch
 * files they apply, as `kustomize build` reads them. An overlay's patch is then judged merged over its base as it
 * deploys, not as a workload of its own (as compose `extends.file` outside the folder is read). A folder reached
 * through a tracked symlink is followed to where it points inside the repository; remote references, and paths that
 * leave the repository, are not followed. `tracked` lists the whole repository's files (asked only when a reference
 * leaves the folder). `truncated`: more than MAX_KUSTOMIZATIONS kustomizations were on the way (the rest not followed).
 */
async function kustomizeReach(listing, tracked) {
    const none = { files: [], truncated: false };
    if (!listing.git || !listing.base)
        return none;
    const queue = listing.files.filter((f) => (0,_k8s_js__WEBPACK_IMPORTED_MODULE_1__/* .isKustomizationFile */ .yi)(f));
    if (!queue.length)
        return none;
    const reader = new _read_js__WEBPACK_IMPORTED_MODULE_2__/* .RepoReader */ .Wp(listing.root);
    const inBase = (p) => p === listing.base || p.startsWith(`${listing.base}/`);
    const have = new Set(listing.files);
    const added = [];
    const add = (f) => {
        if (have.has(f))
            return;
        have.add(f);
        added.push(f);
        if ((0,_k8s_js__WEBPACK_IMPORTED_MODULE_1__/* .isKustomizationFile */ .yi)(f))
            queue.push(f);
    };
    const done = new Set();
    let all = null;
    const repository = async () => {
        if (all)
            return all;
        const files = (await tracked()) ?? [];
        const byDir = new Map();
        for (const f of files) {
            const d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(f) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(f);
            const list = byDir.get(d);
            if (list)
                list.push(f);
            else
                byDir.set(d, [f]);
        }
        return (all = { files: new Set(files), byDir });
    };
    let n = 0;
    while (queue.length) {
        const file = queue.shift();
        if (done.has(file))
            continue;
        if (++n > MAX_KUSTOMIZATIONS)
            return { files: added, truncated: true };
        done.add(file);
        const text = reader.read(file);
        if (text === null)
            continue;
        const doc = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(file, text).docs[0]?.value;
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(doc))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file);
        for (const ref of references(doc)) {
            // Remote bases (`github.com/org/repo//k8s?ref=v1`, `https://…`) are not in the repository.
            if (/^[a-z][\w+.-]*:\/\//i.test(ref) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//i.test(ref) || ref.includes('?ref='))
                continue;
            let target = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, ref)).replace(/\/+$/, '');
            if (target === '.')
                target = '';
            if (target === '..' || target.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(target))
                continue;
            // A folder reached through a tracked symlink (`base -> ../shared/base`): where it points, inside the repository.
            const real = (0,_read_js__WEBPACK_IMPORTED_MODULE_2__.safeRealpath)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(listing.root, target));
            const realRoot = reader.realRoot;
            if (!(0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)(realRoot, real))
                continue;
            target = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(realRoot, real).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
            if (inBase(target))
                continue;
            const repo = await repository();
            if (repo.files.has(target)) {
                add(target);
                continue;
            }
            const inside = repo.byDir.get(target) ?? [];
            const kustomization = inside.find((f) => (0,_k8s_js__WEBPACK_IMPORTED_MODULE_1__/* .isKustomizationFile */ .yi)(f));
            if (kustomization)
                add(kustomization);
            else
                for (const f of inside)
                    if (/\.(?:ya?ml|json)$/i.test(f))
                        add(f);
        }
    }
    return { files: added, truncated: false };
}
/** The paths a kustomization names: resources, bases, components and patch files. */
function references(doc) {
    const out = [];
    for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge']) {
        const list = doc[key];
        if (Array.isArray(list))
            for (const v of list)
                if (typeof v === 'string' && v.trim())
                    out.push(v.trim());
    }
    for (const key of ['patches', 'patchesJson6902']) {
        const list = doc[key];
        if (Array.isArray(list))
            for (const v of list)
                if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(v) && typeof v['path'] === 'string' && v['path'].trim())
                    out.push(v['path'].trim());
    }
    return out;
}


/***/ })

};
