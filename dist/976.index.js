export const id = 976;
export const ids = [976];
export const modules = {

/***/ 50976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ expandK8sCommand),
/* harmony export */   Fu: () => (/* binding */ containerKubeletEnv),
/* harmony export */   Hp: () => (/* binding */ namedTargetPorts),
/* harmony export */   LS: () => (/* binding */ configMapData),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   Se: () => (/* binding */ kubeletEnv),
/* harmony export */   Uq: () => (/* binding */ workloadLabel),
/* harmony export */   Yb: () => (/* binding */ expandK8sObject),
/* harmony export */   _B: () => (/* binding */ podTemplateShapeProblem),
/* harmony export */   dR: () => (/* binding */ isCloudRun),
/* harmony export */   f0: () => (/* binding */ podSpec),
/* harmony export */   i6: () => (/* binding */ WORKLOAD_KINDS),
/* harmony export */   jY: () => (/* binding */ containerEnv),
/* harmony export */   l8: () => (/* binding */ containers),
/* harmony export */   op: () => (/* binding */ isExtraWorkload),
/* harmony export */   s5: () => (/* binding */ podSpecPath),
/* harmony export */   sP: () => (/* binding */ serviceShapeProblem),
/* harmony export */   uM: () => (/* binding */ envEntry),
/* harmony export */   vh: () => (/* binding */ isKnative),
/* harmony export */   yF: () => (/* binding */ jsonManifest),
/* harmony export */   y_: () => (/* binding */ kustomizeLiterals),
/* harmony export */   yi: () => (/* binding */ isKustomizationFile),
/* harmony export */   z: () => (/* binding */ toK8sObject)
/* harmony export */ });
/* unused harmony export expandK8sRefs */
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52365);



const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController']);
/** The API group of an object (`apps`, `argoproj.io`; '' for the core group `v1`). */
const apiGroup = (obj) => (obj.apiVersion.includes('/') ? obj.apiVersion.slice(0, obj.apiVersion.indexOf('/')) : '');
/** A Knative Serving `Service` or `Configuration` (`serving.knative.dev`): `spec.template` is a pod template. */
const isKnative = (obj) => apiGroup(obj) === 'serving.knative.dev' && (obj.kind === 'Service' || obj.kind === 'Configuration');
/** Annotation and label keys of Google Cloud Run: `run.googleapis.com/ingress`, `run.googleapis.com/cpu-throttling`\u2026, and its region label. */
const CLOUD_RUN_KEY = /^(?:run\.googleapis\.com\/|cloud\.googleapis\.com\/location$)/;
/**
 * A Cloud Run (fully managed) service: a Knative `Service` or `Configuration` whose metadata or template metadata carries a Cloud Run
 * annotation or label (`run.googleapis.com/*`, `cloud.googleapis.com/location`), as `gcloud run services describe --format export`
 * writes it for `gcloud run services replace`. Cloud Run runs it, not a Kubernetes cluster: it does not support `securityContext`
 * (runAsNonRoot, runAsUser), always enforces a memory limit (512 MiB by default) and restarts instances itself, so the checks about
 * Kubernetes pods leave it to the checks of its image and env. A plain Knative Service (on a cluster) is not one.
 */
function isCloudRun(obj) {
    if (!isKnative(obj))
        return false;
    const spec = obj.value['spec'];
    const template = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(spec) ? spec['template'] : undefined;
    return [obj.value['metadata'], (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(template) ? template['metadata'] : undefined].some((meta) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(meta) && ['annotations', 'labels'].some((k) => { const m = meta[k]; return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(m) && Object.keys(m).some((key) => CLOUD_RUN_KEY.test(key)); }));
}
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
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v) || typeof v['apiVersion'] !== 'string' || typeof v['kind'] !== 'string')
        return null;
    const meta = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v['metadata']) ? v['metadata'] : {};
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
 * `Template`, in its `objects`), nested lists unwrapped (bounded), each located in the same document (`items[i]\u2026`).
 * Items of a typed list (`DeploymentList`) may omit `apiVersion`/`kind`: they inherit the list's. A Template's
 * parameter references are resolved as `oc process` resolves them when no `-p` overrides them ({@link templateParams}):
 * `${DJANGO_DEBUG}` reads as the parameter's literal `value`, located at that `value:` when the string is the reference
 * alone; a parameter without one (`generate: expression`, empty, left to `-p`) stays a `${NAME}` reference, unknown.
 */
function expandK8sObject(obj) {
    const doc = listDocs.get(obj);
    const key = listKey(obj);
    if (!doc || !key || !Array.isArray(obj.value[key]))
        return [obj];
    let out = expanded.get(obj);
    if (!out) {
        out = listItems(obj, doc, obj.value, [], 0, new Map());
        expanded.set(obj, out);
    }
    return out;
}
const expanded = new WeakMap();
/**
 * The parameters of an OpenShift Template (over those of the Template holding it) whose default `oc process` substitutes
 * when no `-p NAME=\u2026`/`--param-file` gives one: a non-empty string `value` (which oc uses even beside `generate`). One
 * without a value \u2014 `generate: expression` (random at processing), `value: ""`, or left to `-p` \u2014 is no literal.
 */
function templateParams(container, at, outer) {
    const params = new Map(outer);
    const list = container['parameters'];
    if (!Array.isArray(list))
        return params;
    list.forEach((p, i) => {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(p) || typeof p['name'] !== 'string')
            return;
        const value = p['value'];
        if (typeof value === 'string' && value !== '')
            params.set(p['name'], { value, path: [...at, 'parameters', i, 'value'] });
        else
            params.delete(p['name']);
    });
    return params;
}
/** oc's parameter references: `${NAME}` anywhere in a string, `${{NAME}}` as a whole value (substituted as JSON). */
const PARAM_REF = /\$\{([A-Za-z0-9_]+)\}/g;
const WHOLE_PARAM_REF = /^\$\{([A-Za-z0-9_]+)\}$/;
const WHOLE_NON_STRING_REF = /^\$\{\{([A-Za-z0-9_]+)\}\}$/;
const pathKey = (path) => path.map(String).join('\u0000');
/**
 * A Template object's value with the parameters' defaults substituted (a copy of what changes; the rest shared), and, per
 * string that is one parameter reference alone, the parameter's `value:` path, where what it reads comes from. A string
 * holding a reference among literal text keeps its own place.
 */
function substituteParams(v, params, at, redirects, depth) {
    if (typeof v === 'string') {
        if (!v.includes('${'))
            return v;
        const nonString = WHOLE_NON_STRING_REF.exec(v);
        if (nonString) {
            const p = params.get(nonString[1]);
            if (!p)
                return v;
            redirects.set(pathKey(at), p.path);
            try {
                return JSON.parse(p.value);
            }
            catch {
                return p.value;
            }
        }
        const whole = WHOLE_PARAM_REF.exec(v);
        const p = whole ? params.get(whole[1]) : undefined;
        if (p)
            redirects.set(pathKey(at), p.path);
        return v.replace(PARAM_REF, (ref, name) => params.get(name)?.value ?? ref);
    }
    if (depth > 64)
        return v;
    if (Array.isArray(v)) {
        let changed = false;
        const out = v.map((x, i) => { const y = substituteParams(x, params, [...at, i], redirects, depth + 1); changed ||= y !== x; return y; });
        return changed ? out : v;
    }
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v)) {
        let changed = false;
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            const y = substituteParams(x, params, [...at, k], redirects, depth + 1);
            changed ||= y !== x;
            out[k] = y;
        }
        return changed ? out : v;
    }
    return v;
}
function listItems(list, doc, container, at, depth, outerParams) {
    const listKind = typeof container['kind'] === 'string' ? container['kind'] : '';
    const listApi = typeof container['apiVersion'] === 'string' ? container['apiVersion'] : null;
    const key = listKey({ kind: listKind, apiVersion: listApi ?? '' }) ?? 'items';
    const items = container[key];
    if (!Array.isArray(items))
        return [];
    // An OpenShift Template's parameters reach every string of its objects (nested lists' too).
    const params = key === 'objects' ? templateParams(container, at, outerParams) : outerParams;
    const out = [];
    items.forEach((raw, i) => {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
            return;
        const redirects = new Map();
        const v = params.size ? substituteParams(raw, params, [], redirects, 0) : raw;
        const base = [...at, key, i];
        // Items of a typed list (`DeploymentList`) may leave out what the list says; a Template's objects are whole objects.
        const typed = key === 'items' && listKind !== 'List';
        const kind = typeof v['kind'] === 'string' ? v['kind'] : typed ? listKind.replace(/List$/, '') : null;
        const apiVersion = typeof v['apiVersion'] === 'string' ? v['apiVersion'] : typed ? listApi : null;
        if (!kind || apiVersion === null)
            return;
        const nested = listKey({ kind, apiVersion });
        if (nested && Array.isArray(raw[nested])) {
            if (depth < 3)
                out.push(...listItems(list, doc, raw, base, depth + 1, params));
            return;
        }
        const meta = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v['metadata']) ? v['metadata'] : {};
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
                // A value that is a parameter reference alone (or within what one rendered) is read from the parameter's `value:`,
                // where findings about it point (at its key, or its value). A container's `name: ${NAME}` still places the container.
                if (redirects.size && !(key && path[path.length - 1] === 'name'))
                    for (let n = path.length; n > 0; n--) {
                        const to = redirects.get(pathKey(path.slice(0, n)));
                        if (to)
                            return doc.loc(to, key) ?? pos;
                    }
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
 * (OpenKruise CloneSet, Knative Eventing ContainerSource\u2026), policy and template objects aside.
 */
function podSpec(obj) {
    const get = (path) => path.reduce((acc, k) => ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(acc) ? acc[k] : undefined), obj.value);
    let path = podSpecPath(obj);
    // The general rule: a pod template with containers, whatever the kind (not a patch: it needs `containers`).
    if (!path && !NOT_WORKLOAD_KINDS.has(obj.kind) && !NOT_WORKLOAD_GROUP.test(apiGroup(obj)) && Array.isArray(get([...TEMPLATE_SPEC, 'containers'])))
        path = TEMPLATE_SPEC;
    if (!path)
        return null;
    const spec = get(path);
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(spec) ? { spec, path } : null;
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
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(c) || Object.keys(c).every((k) => k.startsWith('$')))
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
/**
 * An `env` entry of a container as written: its name, its literal `value` (a scalar, as text; null for `valueFrom` or
 * none) and where that value is (`path`: the container's path in the document); null for an entry with no name. The one
 * reading of an entry for manifests (containerEnv) and for kustomize's layers (renderedEnv).
 */
function envEntry(obj, path, e, i) {
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(e) || typeof e['name'] !== 'string')
        return null;
    const v = e['value'];
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
    const at = obj.loc([...path, 'env', i, 'value']);
    return { name: e['name'], value, line: at.line, column: at.column };
}
/** The literal env entries of every container of a workload, located at their `value:`. */
function containerEnv(obj) {
    const out = [];
    for (const c of containers(obj)) {
        const env = c.container['env'];
        if (!Array.isArray(env))
            continue;
        env.forEach((e, i) => {
            const entry = envEntry(obj, c.path, e, i);
            if (entry && entry.value !== null)
                out.push({ container: c, name: entry.name, value: entry.value, line: entry.line, column: entry.column });
        });
    }
    return out;
}
/**
 * Kubernetes' expansion of `$(NAME)` in a container's env values, `command` and `args` (the kubelet's, k8s.io/kubernetes
 * third_party/forked/golang/expansion): `$(NAME)` takes `lookup(NAME)`, and stays as written when that is undefined (a name
 * nothing sets, or one whose value is not known here: a `valueFrom`, what `envFrom` loads); `$$` is an escaped `$`, so `$$(NAME)`
 * is the literal text `$(NAME)`; any other `$` (an unclosed `$(`) stays.
 */
function expandK8sRefs(value, lookup) {
    if (!value.includes('$'))
        return value;
    let out = '';
    let from = 0;
    for (let i = 0; i < value.length - 1; i++) {
        if (value[i] !== '$')
            continue;
        out += value.slice(from, i);
        const next = value[i + 1];
        const close = next === '(' ? value.indexOf(')', i + 2) : -1;
        if (close >= 0) {
            const name = value.slice(i + 2, close);
            out += lookup(name) ?? `$(${name})`;
            i = close;
        }
        else {
            // `$$` \u2192 `$`; `$(` without its `)`, or `$x`, as written.
            out += next === '$' ? '$' : `$${next}`;
            i += 1;
        }
        from = i + 1;
    }
    return out + value.slice(from);
}
/**
 * The environment the kubelet gives a container from its `env` entries, in order: each literal value expanded from the entries
 * before it (expandK8sRefs; a `valueFrom` is a value not known here), and a later entry of a name replacing an earlier one (the
 * API server warns it "hides previous definition"). The entries that hold (the last of each name), in that order, each with
 * `value` as expanded (null: not known here) and `written`, its value as written.
 */
function kubeletEnv(entries) {
    const env = new Map();
    for (const e of entries) {
        const value = e.value === null ? null : expandK8sRefs(e.value, (n) => env.get(n)?.value ?? undefined);
        env.delete(e.name);
        env.set(e.name, { ...e, value, written: e.value });
    }
    return [...env.values()];
}
/** A `command` or `args` list as the kubelet runs it: each item expanded from the container's environment (kubeletEnv's values). */
function expandK8sCommand(list, env) {
    const values = new Map(env.map((e) => [e.name, e.value]));
    return list.map((item) => expandK8sRefs(item, (n) => values.get(n) ?? undefined));
}
/**
 * The literal env values each container of a workload starts with (kubeletEnv: a later entry of a name wins, `$(NAME)` expanded
 * from the entries before it), located at their `value:`, with the value as written (`written`).
 */
function containerKubeletEnv(obj) {
    const out = [];
    for (const c of containers(obj)) {
        const env = c.container['env'];
        if (!Array.isArray(env))
            continue;
        const entries = env.flatMap((e, i) => { const x = envEntry(obj, c.path, e, i); return x ? [x] : []; });
        for (const e of kubeletEnv(entries))
            if (e.value !== null && e.written !== null)
                out.push({ container: c, name: e.name, value: e.value, written: e.written, line: e.line, column: e.column });
    }
    return out;
}
/** The scalar entries of a ConfigMap's `data` (none for other kinds), located at their values. */
function configMapData(obj) {
    const data = obj.kind === 'ConfigMap' ? obj.value['data'] : undefined;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(data))
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
/**
 * A kustomization file by name (`kustomization.yaml`, `kustomization.yml`, `Kustomization`); not one in a vendored dependency's
 * folder (`vendor/\u2026/config/default/kustomization.yaml`: that project's, as its manifests are, which the snapshot does not read).
 */
const isKustomizationFile = (path) => /^(?:kustomization\.ya?ml|Kustomization)$/i.test((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(path)) && !(0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isVendored */ .Ee)(path);
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
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc.value))
            continue;
        for (const generator of ['configMapGenerator', 'secretGenerator']) {
            const entries = doc.value[generator];
            if (!Array.isArray(entries))
                continue;
            entries.forEach((entry, i) => {
                if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(entry) || !Array.isArray(entry['literals']))
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
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(m) && typeof m['namespace'] === 'string' ? m['namespace'] : '';
}
/**
 * The labels of the pods a workload runs (a Pod's `metadata.labels`, else its pod template's), as strings; null for an
 * object without a pod spec.
 */
function podLabels(obj) {
    const ps = podSpec(obj);
    if (!ps)
        return null;
    const meta = [...ps.path.slice(0, -1), 'metadata'].reduce((acc, k) => ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(acc) ? acc[k] : undefined), obj.value);
    const labels = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(meta) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(meta['labels']) ? meta['labels'] : {};
    return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== null && typeof v !== 'object').map(([k, v]) => [k, String(v)]));
}
/**
 * The containers (not init containers) of the workloads a Service's `selector` selects in its namespace (`''` and
 * `default` alike), with the `containerPort` of each that is named `name` (a named `targetPort`); none for a Service
 * without a selector (its endpoints are managed by hand).
 */
function namedTargetPorts(service, workloads, name) {
    const spec = service.value['spec'];
    const selector = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(spec) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(spec['selector']) ? spec['selector'] : null;
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
                if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(p) && p['name'] === name && typeof p['containerPort'] === 'number')
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
 * (kubectl: "cannot unmarshal object into \u2026 []v1.Container"): a `containers` mapping (a `-` left
 * out), a `securityContext` or `resources.limits` written as a scalar, a container that is not a
 * mapping. Located at the key (an entry of a list: at the entry); the message names the field and
 * the shape expected, never the value. `null` (a patch removing a field) and a templated value
 * (`{{ \u2026 }}`, a Helm template read with its actions quoted) are not judged here.
 */
function podTemplateShapeProblem(obj) {
    const path = podSpecPath(obj);
    if (!path)
        return null;
    const shown = (p) => p.reduce((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
    const kindOf = (v) => (Array.isArray(v) ? 'a list' : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v) ? 'a mapping' : 'a scalar');
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
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v))
            return bad(path.slice(0, d + 1), v, 'a mapping');
        node = v;
    }
    const spec = node;
    const sc = spec['securityContext'];
    if (sc !== undefined && sc !== null && !templated(sc) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(sc))
        return bad([...path, 'securityContext'], sc, 'a mapping');
    for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
        const list = spec[field];
        if (list === undefined || list === null || templated(list))
            continue;
        if (!Array.isArray(list))
            return bad([...path, field], list, 'a list', (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(list) ? ' (is the `-` before the container missing?)' : '');
        for (let i = 0; i < list.length; i++) {
            const c = list[i];
            const at = [...path, field, i];
            if (c === null || templated(c))
                continue;
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(c))
                return bad(at, c, 'a mapping (a container)');
            for (const k of CONTAINER_MAPS) {
                const v = c[k];
                if (v !== undefined && v !== null && !templated(v) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v))
                    return bad([...at, k], v, 'a mapping');
            }
            for (const k of CONTAINER_LISTS) {
                const v = c[k];
                if (v !== undefined && v !== null && !templated(v) && !Array.isArray(v))
                    return bad([...at, k], v, 'a list');
            }
            const res = c['resources'];
            if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(res))
                for (const k of ['limits', 'requests']) {
                    const v = res[k];
                    if (v !== undefined && v !== null && !templated(v) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v))
                        return bad([...at, 'resources', k], v, 'a mapping', ' (names under it, such as `memory: 512Mi`)');
                }
        }
    }
    return null;
}
/**
 * Where a Service has a shape the API server cannot decode (what the checks read): `spec` not a mapping, `ports` not a
 * list (`ports: 5432`), a port entry not a mapping, a `port` or `nodePort` that is no number (`port: "5432"`: an int32).
 * Located at the key; the message names the field and the shape expected. `null` and templated values are not judged.
 */
function serviceShapeProblem(obj) {
    if (obj.kind !== 'Service' || !/^v1$/.test(obj.apiVersion))
        return null;
    const templated = (v) => typeof v === 'string' && v.includes('{{');
    const skip = (v) => v === undefined || v === null || templated(v);
    const kindOf = (v) => (Array.isArray(v) ? 'a list' : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v) ? 'a mapping' : typeof v === 'string' ? 'a string' : 'a scalar');
    const bad = (p, v, expected, hint = '') => {
        const at = obj.loc(p, typeof p[p.length - 1] === 'string') ?? { line: 1, column: 1 };
        const shown = p.reduce((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
        return { ...at, message: `${shown} of ${workloadLabel(obj)} is ${kindOf(v)}, not ${expected}${hint}: kubectl refuses it` };
    };
    const spec = obj.value['spec'];
    if (skip(spec))
        return null;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(spec))
        return bad(['spec'], spec, 'a mapping');
    const ports = spec['ports'];
    if (skip(ports))
        return null;
    if (!Array.isArray(ports))
        return bad(['spec', 'ports'], ports, 'a list', (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(ports) ? ' (is the `-` before the port missing?)' : ' (a list of `- port: <number>` entries)');
    for (let i = 0; i < ports.length; i++) {
        const e = ports[i];
        if (skip(e))
            continue;
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(e))
            return bad(['spec', 'ports', i], e, 'a mapping (`port: <number>`)');
        for (const k of ['port', 'nodePort']) {
            const v = e[k];
            if (!skip(v) && typeof v !== 'number')
                return bad(['spec', 'ports', i, k], v, 'a number', typeof v === 'string' && /^\d+$/.test(v) ? ' (write it without quotes)' : '');
        }
    }
    return null;
}
/** A JSON file read as the one-document YAML file it is (its value and the JSON reader's positions), for manifests written as JSON. */
function jsonManifest(j) {
    if (!j || !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(j.value))
        return undefined;
    return { path: j.path, docs: [{ index: 0, value: j.value, loc: (path, key) => j.loc(path, key), tag: () => null }], errors: [] };
}


/***/ })

};
