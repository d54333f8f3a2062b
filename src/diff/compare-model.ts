// Model-vs-compiler findings: wherever a config's observed layout or byte locations differ
// from the model's prediction. The model is grouped with the configs that agree with it,
// so a finding shows at a glance which compilers deviate from the convention's text. Pure.
import { MODEL, type ModelView } from '../model/view.js';
import type { ConfigObservation, PrototypeObservation } from '../data/observation.js';
import type { PrototypeInput } from '../data/prototype.js';
import { describeLayout, groupAnswers, sameBytes, sameLayout, type Finding, type Group } from './compare-configs.js';

type Ok = Extract<ConfigObservation, { status: 'ok' }>;

export function compareModel(obs: PrototypeObservation, input: PrototypeInput, view: ModelView): Finding[] {
  const ok = obs.configs.filter((c): c is Ok => c.status === 'ok');
  if (ok.length === 0) return [];
  const base = { kind: 'model-mismatch' as const, function: obs.name, origin: obs.origin };
  const nparams = input.fn.params.length;
  const findings: Finding[] = [];
  const what = (i: number): string => (i < nparams ? `parameter ${i + 1}` : 'the return value');
  view.layouts.forEach((l, i) => {
    if (ok.every((c) => sameLayout(c.layouts[i]!, l))) return;
    const groups = withModel(ok, describeLayout(l), (c) => describeLayout(c.layouts[i]!));
    findings.push({ ...base, arg: i < nparams ? i : undefined, configs: configsOf(groups), groups, detail: `the model's layout of ${what(i)}'s type differs` });
  });
  view.prediction.args.forEach((p, i) => {
    if (ok.every((c) => sameBytes(c.args[i]!.bytes, p.bytes))) return;
    const groups = withModel(ok, p.bytes.join(' '), (c) => c.args[i]!.bytes.join(' '), p.pieces.join(' '), (c) => c.args[i]!.pieces.join(' '));
    findings.push({ ...base, arg: i, configs: configsOf(groups), groups, detail: `the model places ${what(i)} elsewhere` });
  });
  const ret = view.prediction.ret;
  if (ret && ok.every((c) => c.ret) && !ok.every((c) => sameBytes(c.ret!.bytes, ret.bytes))) {
    const groups = withModel(ok, ret.bytes.join(' '), (c) => c.ret!.bytes.join(' '), ret.pieces.join(' '), (c) => c.ret!.pieces.join(' '));
    findings.push({ ...base, configs: configsOf(groups), groups, detail: 'the model returns the value elsewhere' });
  }
  return findings;
}

/** Groups of configs by their answer, the model's group first (called once some config disagrees with it). */
function withModel(ok: Ok[], model: string, of: (c: Ok) => string, modelLabel = model, label: (c: Ok) => string = of): Group[] {
  return groupAnswers([{ id: MODEL, key: model, label: modelLabel }, ...ok.map((c) => ({ id: c.config, key: of(c), label: label(c) }))]);
}

function configsOf(groups: Group[]): string[] {
  return groups.flatMap((g) => g.configs).filter((c) => c !== MODEL);
}
