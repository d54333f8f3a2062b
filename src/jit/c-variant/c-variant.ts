// A variant that is the developer's own placement function in C (`--jit c:FILE.c`), so
// the code of the patch itself is what gets fuzzed. It stands in for the arm64 walk of
// today's tree: it distills as today's kernel does, the verifier refuses what it refuses
// today (c48796aa6c39's >8-byte returns on fexit/fmod_ret), and every other part of the
// trampoline is the kernel's; only where each argument is comes from FILE.c. A batch's
// models are asked all at once (prepare), then `place` reads the answers.
import { bigReturnRefusal } from '../../bpf/big-return.js';
import { DISTILL_LATEST } from '../../bpf/func-model/distill-rules.js';
import type { Planned } from '../../bpf/placement.js';
import type { Variant } from '../../bpf/variant.js';
import { UserError } from '../../user-error.js';
import { PlacementHelper } from './helper.js';
import { BadAnswer, decodeAnswer, modelLine } from './protocol.js';

/** x0-x7: the C answers are in arm64 terms, as the trampoline generator's. */
const ARG_REGS = 8;

/** One variant (and helper process) per file, however often it is named. */
const made = new Map<string, Variant>();

export function cVariant(file: string): Variant {
  let v = made.get(file);
  if (!v) made.set(file, (v = makeCVariant(file)));
  return v;
}

function makeCVariant(file: string): Variant {
  const helper = new PlacementHelper(file);
  const answers = new Map<string, string>();
  const name = `c:${file}`;
  return {
    name,
    mirrors: { commits: [], date: '-', tree: 'your C file' },
    summary: `bpf_jit_place_args() from ${file}, with today's distiller and verifier`,
    distill: DISTILL_LATEST,
    refuseMode: bigReturnRefusal,
    async prepare(models) {
      const lines = [...new Set(models.map(modelLine))].filter((l) => !answers.has(l));
      const replies = await helper.ask(lines);
      lines.forEach((l, i) => answers.set(l, replies[i]!));
    },
    place({ model }): Planned {
      const line = modelLine(model);
      const answer = answers.get(line);
      if (answer === undefined) throw new Error(`${name}: the model '${line}' was not prepared`);
      try {
        return decodeAnswer(answer, model, ARG_REGS);
      } catch (e) {
        if (e instanceof BadAnswer) throw new UserError(`${name}: bpf_jit_place_args() ${e.message} (model '${line}')`);
        throw e;
      }
    },
  };
}
