// Every dialect switch against the real compilers: its own example is predicted exactly by
// the dialect of every config (those the switch names and the others), and the switch is
// needed: without it, some config it names is mispredicted (or, for a switch about some
// values only, its `shownBy` test shows it).
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrototypeObservation } from '../../src/data/observation.js';
import type { PrototypeInput } from '../../src/data/prototype.js';
import { dialectsOf } from '../../src/campaign/plan.js';
import { configMisses } from '../../src/diff/dialect-check.js';
import { dialectFacing, without } from '../../src/model/dialect.js';
import { modelView } from '../../src/model/view.js';
import { runOracle } from '../../src/oracle/oracle.js';
import { DEFAULT_TARGET, TARGETS } from '../../src/targets/index.js';
import type { Switch } from '../../src/targets/target.js';
import { makeConfigs, type Config } from '../../src/toolchains/config.js';
import { installedCompilers } from '../../src/toolchains/tools.js';
import { byName, inputsOf, okConfig } from '../oracle/helpers.js';

/** Every target's switches, each on its own example, against that target's installed compilers. */
for (const target of TARGETS) {
  const configs: Config[] = makeConfigs(installedCompilers(target).map((c) => c.id), ['O0', 'O2'], 'user', target);
  const dialects = dialectsOf(configs);
  const named = (s: Switch): Config[] => configs.filter((c) => s.appliesTo({ family: c.compiler.family, version: c.compiler.version, opt: c.opt }));

  describe(`${target.name} dialect switches, each on its own example`, () => {
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
          const d = dialectFacing(dialects.get(c.config)!, c);
          expect(configMisses(c, modelView(input, target, false, d)), `${c.config} on ${input.origin}`).toEqual([]);
          if (!d.switches.includes(s)) continue;
          const withoutIt = modelView(input, target, false, without(d, s.name));
          const withIt = modelView(input, target, false, d);
          // A copy's alignment above the guarantee is the frame's luck: the switch shows in what the model guarantees.
          const copyMoved = withIt.prediction.args.some((p, i) => p.copyAlign !== withoutIt.prediction.args[i]!.copyAlign);
          if (configMisses(c, withoutIt).length > 0 || copyMoved) needed = true;
        }
      }
      if (s.shownBy) expect(existsSync(s.shownBy), `${s.name} is shown by ${s.shownBy}`).toBe(true);
      else expect(needed, `no config ${s.name} names is mispredicted without it`).toBe(true);
    });
  });
}

describe('a caller GlobalISel gives up on', () => {
  const target = DEFAULT_TARGET;
  // clang 19's GlobalISel cannot store a 64-byte vector of __int128 (it falls back to
  // SelectionDAG for the whole caller of f); clang 22's can. A lone __int128-vector HVA
  // goes to an even register pair under GlobalISel, to the next register under SelectionDAG.
  const header = [
    'typedef __int128 v1q __attribute__((vector_size(16)));',
    'typedef __int128 v4q __attribute__((vector_size(64)));',
    'struct h1 { v1q a; };',
    'void f(char c, struct h1 v, v4q w);',
    'void h(char c, struct h1 v);',
  ].join('\n');
  const configs19 = makeConfigs(['clang-19', 'clang-22'], ['O0'], 'user');
  const [d19, d22] = configs19.map((c) => dialectsOf(configs19).get(c.id)!);
  let obs: PrototypeObservation[] = [];
  const inputs = inputsOf(header, 'fallback.h');
  beforeAll(async () => {
    obs = (await runOracle(inputs, { configs: configs19 })).observations;
  }, 120_000);

  it('is told apart, and passes as at -O2', () => {
    const f19 = okConfig(byName(obs, 'f'), 'clang-19/O0');
    expect(f19.selectorFellBack).toBe(true);
    expect(f19.args[1]!.pieces).toEqual(['x1', 'x2']);
    const h19 = okConfig(byName(obs, 'h'), 'clang-19/O0');
    expect(h19.selectorFellBack).toBeUndefined();
    expect(h19.args[1]!.pieces).toEqual(['x2', 'x3']);
    expect(okConfig(byName(obs, 'f'), 'clang-22/O0').selectorFellBack).toBeUndefined();
  });

  it("is predicted by the fallback's dialect, and mispredicted by the config's own", () => {
    const f = inputs.find((i) => i.fn.name === 'f')!;
    const f19 = okConfig(byName(obs, 'f'), 'clang-19/O0');
    expect(d19!.fellBack).toBeDefined();
    expect(configMisses(f19, modelView(f, target, false, dialectFacing(d19!, f19)))).toEqual([]);
    expect(configMisses(f19, modelView(f, target, false, d19!))).not.toEqual([]);
    const f22 = okConfig(byName(obs, 'f'), 'clang-22/O0');
    expect(configMisses(f22, modelView(f, target, false, dialectFacing(d22!, f22)))).toEqual([]);
  });
});
