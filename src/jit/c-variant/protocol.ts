// The line protocol between abifuzz and a `--jit c:FILE.c` helper process (c/helper-main.c):
// a function model as one line of numbers, the placement function's answer as one line
// of tokens, and that answer as a Placement the trampoline generator takes. Pure.
import { reworkFlags, type FuncModel } from '../../bpf/func-model/model.js';
import { contextSlots, kernelPlacement, slotsOf, type ArgPlace, type Planned } from '../../bpf/placement.js';

/** `nr_args ret_size ret_flags size0 flags0 ...`, flags with every bit abifuzz knows (STRUCT, SIGNED, ALIGN16). */
export function modelLine(m: FuncModel): string {
  const flags = reworkFlags(m);
  return [m.nrArgs, m.retSize, m.retFlags, ...m.argSize.flatMap((size, i) => [size, flags[i]!])].join(' ');
}

/** An answer that breaks the contract (a register past x7, an unset argument): the C file's bug, not a placement. */
export class BadAnswer extends Error {}

/** `ok r0 r2 s16` or `err -524`, for the model the line was asked about; `regs`: the target's argument registers. */
export function decodeAnswer(answer: string, m: FuncModel, regs: number): Planned {
  const [head, ...tokens] = answer.trim().split(/\s+/);
  if (head === 'err') return { ok: false, reason: `bpf_jit_place_args() returned ${tokens[0]}${tokens[0] === '-524' ? ' (-ENOTSUPP)' : ''}` };
  if (head !== 'ok' || tokens.length !== m.nrArgs) throw new BadAnswer(`answered '${answer.trim()}' for a model of ${m.nrArgs} arguments`);
  const slots = contextSlots(m);
  let stackEnd = 0;
  const args = tokens.map((t, i): ArgPlace => {
    const n = slotsOf(m.argSize[i]!);
    const at = Number(t.slice(1));
    const base = { slot: slots[i]!, size: m.argSize[i]! };
    if (t[0] === 'r' && Number.isInteger(at) && at >= 0 && at + n <= regs) return { ...base, in: 'regs', first: at };
    if (t[0] === 's' && Number.isInteger(at) && at >= 0 && at % 8 === 0) {
      stackEnd = Math.max(stackEnd, at + 8 * n);
      // The outgoing area for the original function copies the incoming layout.
      return { ...base, in: 'stack', from: at, to: at };
    }
    throw new BadAnswer(`argument ${i}: ${t === 'u' ? 'left unset' : `'${t}' is no register x0-x${regs - 1} (for ${n} slot${n > 1 ? 's' : ''}) or 8-aligned stack offset`}`);
  });
  return { ok: true, placement: kernelPlacement(m, args, stackEnd) };
}
