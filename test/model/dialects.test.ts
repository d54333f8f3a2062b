// Every dialect switch against the real compilers: its own example is predicted exactly by
// the dialect of every config (those the switch names and the others), and the switch is
// needed: without it, some config it names is mispredicted.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrototypeObservation } from '../../src/data/observation.js';
import type { PrototypeInput } from '../../src/data/prototype.js';
import { dialectsOf } from '../../src/campaign/plan.js';
import { configMisses } from '../../src/diff/dialect-check.js';
import { without } from '../../src/model/dialect.js';
import { modelView } from '../../src/model/view.js';
import { runOracle } from '../../src/oracle/oracle.js';
import { DEFAULT_TARGET } from '../../src/targets/index.js';
import type { Switch } from '../../src/targets/target.js';
import { makeConfigs, type Config } from '../../src/toolchains/config.js';
import { installedCompilers } from '../../src/toolchains/tools.js';
import { inputsOf } from '../oracle/helpers.js';

const target = DEFAULT_TARGET;
const configs: Config[] = makeConfigs(installedCompilers(target).map((c) => c.id), ['O0', 'O2'], 'user');
const dialects = dialectsOf(configs);
const named = (s: Switch): Config[] => configs.filter((c) => s.appliesTo({ family: c.compiler.family, version: c.compiler.version, opt: c.opt }));

describe('dialect switches, each on its own example', () => {
  const cases = target.switches.map((s) => ({ s, inputs: inputsOf(s.example, `${s.name}.h`) }));
  const seen = new Map<PrototypeInput, PrototypeObservation>();
  beforeAll(async () => {
    const all = cases.flatMap((c) => c.inputs);
    const { observations } = await runOracle(all, { configs });
    observations.forEach((o, i) => seen.set(all[i]!, o));
  }, 300_000);

  it.each(cases.map((c) => [c.s.name, c] as const))('%s', (_, { s, inputs }) => {
    expect(inputs.length).toBeGreaterThan(0);
    expect(named(s).map((c) => c.id)).not.toEqual([]);
    let needed = false;
    for (const input of inputs) {
      const obs = seen.get(input)!;
      for (const c of obs.configs) {
        if (c.status !== 'ok') continue;
        const d = dialects.get(c.config)!;
        expect(configMisses(c, modelView(input, target, false, d)), `${c.config} on ${input.origin}`).toEqual([]);
        if (!d.switches.includes(s)) continue;
        const withoutIt = modelView(input, target, false, without(d, s.name));
        const withIt = modelView(input, target, false, d);
        // A copy's alignment above the guarantee is the frame's luck: the switch shows in what the model guarantees.
        const copyMoved = withIt.prediction.args.some((p, i) => p.copyAlign !== withoutIt.prediction.args[i]!.copyAlign);
        if (configMisses(c, withoutIt).length > 0 || copyMoved) needed = true;
      }
    }
    expect(needed, `no config ${s.name} names is mispredicted without it`).toBe(true);
  });
});
