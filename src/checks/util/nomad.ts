/**
 * HashiCorp Nomad job specifications (`*.nomad`, `*.nomad.hcl`, and an `.hcl` file that declares a top-level `job "…" {}`): the
 * images their tasks run and the static ports their groups reserve, read with the HCL block readers of util/hcl.ts.
 */
import { basename, filesEndingIn, hasDevWord, isDevOnly, isTemplate, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { hclArgument, hclAttribute, hclBlocks, hclNestedBlocks, type HclBlock } from './hcl.js';
import { lineColumnAt } from './text.js';

/**
 * A task's `config { image = "…" }`: the literal image (a template or variable is not one), where its text starts; `overrides`, the
 * settings of the config that replace the image's start command (`command`, `args`: its CMD; `entrypoint`: its ENTRYPOINT and CMD).
 */
export interface NomadImage { file: string; line: number; column: number; job: string; group: string; task: string; image: string; dev: boolean; overrides: ('command' | 'args' | 'entrypoint')[] }
/** A group's `network { port "label" { static = N } }`: the host port, the port the task listens on (`to`, else the same), its `host_network`, and the images of the tasks that use the label. */
export interface NomadStaticPort {
  file: string; line: number; column: number; job: string; group: string; label: string;
  static: number; to: number; hostNetwork: string | null; images: string[]; dev: boolean;
}
export interface NomadJobs { images: NomadImage[]; ports: NomadStaticPort[]; files: string[] }

/** Bounds on what one file is read for. */
const MAX_JOBS = 50;
const MAX_GROUPS = 200;
const MAX_TASKS = 200;

/** Whether a file is a Nomad job file by name: `*.nomad`, `*.nomad.hcl` (an `.hcl` file counts when it declares a job). */
const NOMAD_NAME = /\.nomad(?:\.hcl)?$/i;

/** A whole-number argument written directly in a block (`static = 6379`), or null. */
function numberArg(text: string, block: HclBlock, name: string): number | null {
  const a = hclAttribute(text, block, name);
  if (!a) return null;
  const m = /^(-?\d{1,6})(?![\w.])/.exec(text.slice(a.at, a.at + 8));
  return m ? Number(m[1]) : null;
}

/** The Nomad jobs of the repository: their task images and static ports (once per view). */
export const nomadJobs = perView(function nomadJobs(snapshot: SnapshotView): NomadJobs {
  const out: NomadJobs = { images: [], ports: [], files: [] };
  for (const file of [...filesEndingIn(snapshot.files, 'nomad', 'hcl')]) {
    if (isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    const named = NOMAD_NAME.test(file);
    const text = snapshot.text(file);
    if (text === undefined || (!named && !/^[ \t]*job[ \t]+"/m.test(text))) continue;
    const jobs = hclBlocks(text, 'job').slice(0, MAX_JOBS);
    if (!jobs.length) continue;
    out.files.push(file);
    // A job file named for development (`web.dev.nomad`, `api-local.nomad.hcl`) or in a development folder.
    const dev = isDevOnly(file) || hasDevWord(basename(file).replace(/(?:\.nomad)?(?:\.hcl)?$/i, ''));
    const at = (offset: number) => lineColumnAt(text, offset);
    for (const job of jobs) {
      const jobName = job.labels[0] ?? basename(file);
      // Groups, and tasks written directly in the job (the older job file form: each its own group).
      const groups = hclNestedBlocks(text, job, 'group').slice(0, MAX_GROUPS).map((g) => ({ name: g.labels[0] ?? '', block: g as HclBlock | null, tasks: hclNestedBlocks(text, g, 'task').slice(0, MAX_TASKS) }));
      for (const t of hclNestedBlocks(text, job, 'task').slice(0, MAX_TASKS)) groups.push({ name: t.labels[0] ?? '', block: null, tasks: [t] });
      for (const g of groups) {
        const labelImages = new Map<string, string[]>();
        for (const task of g.tasks) {
          const config = hclNestedBlocks(text, task, 'config')[0];
          if (!config) continue;
          const image = hclAttribute(text, config, 'image');
          if (image?.value) {
            const pos = at(image.at + 1);
            const overrides = (['command', 'args', 'entrypoint'] as const).filter((k) => hclAttribute(text, config, k) !== undefined);
            out.images.push({ file, line: pos.line, column: pos.column, job: jobName, group: g.name, task: task.labels[0] ?? '', image: image.value.trim(), dev, overrides });
          }
          const ports = hclArgument(text, config, 'ports')?.value;
          for (const l of Array.isArray(ports) ? ports : []) if (typeof l === 'string') labelImages.set(l, [...(labelImages.get(l) ?? []), image?.value?.trim() ?? '']);
        }
        if (!g.block) continue;
        for (const network of hclNestedBlocks(text, g.block, 'network')) {
          for (const port of hclNestedBlocks(text, network, 'port')) {
            const s = hclAttribute(text, port, 'static');
            const value = numberArg(text, port, 'static');
            if (!s || value === null || value <= 0) continue;
            const to = numberArg(text, port, 'to');
            const label = port.labels[0] ?? '';
            const pos = at(s.at);
            const hostNetwork = hclAttribute(text, port, 'host_network');
            out.ports.push({
              file, line: pos.line, column: pos.column, job: jobName, group: g.name, label, static: value, to: to !== null && to > 0 ? to : value,
              hostNetwork: hostNetwork ? hostNetwork.value ?? '(computed)' : null, images: labelImages.get(label) ?? [], dev,
            });
          }
        }
      }
    }
  }
  return out;
});
