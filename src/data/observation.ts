// What the oracle saw of one prototype, per config: facts only (layouts, byte locations,
// what each compiled callee received), no verdicts. diff judges them; the JIT stage runs
// trampolines between the same compiled code and reports on its own (jit-outcome.ts).
import type { ValueLayout } from './layout.js';
import type { Located, ValueShape } from './location.js';

export interface CalleeCheck {
  callee: string;
  /** Parameters whose non-padding bits differ from what the caller passed. */
  badArgs: number[];
  /** Whether the caller got back exactly what the callee returned; undefined for void. */
  retOk: boolean | undefined;
  /** The call crashed or hung in the emulator (how): a disagreement too. */
  crashed?: string;
}

export interface ConfigFacts {
  config: string;
  status: 'ok';
  layouts: ValueLayout[];
  /** The parameters', then the return value's value bits as this config lays them out. */
  shapes: ValueShape[];
  args: Located[];
  ret: Located | undefined;
  callees: CalleeCheck[];
  /** The compiler's default instruction selector gave up on the caller and its fallback compiled the call (CompilerAt.fellBack). */
  selectorFellBack?: true;
}

export type ConfigObservation =
  | ConfigFacts
  | { config: string; status: 'unsupported' | 'compiler-crash' | 'runtime-crash'; message: string };

export interface PrototypeObservation {
  index: number;
  origin: string;
  name: string;
  configs: ConfigObservation[];
}
