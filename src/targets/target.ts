// A target: one architecture's calling convention and everything abifuzz needs to observe
// and model it. Every config carries one; each target is a folder of its own under
// src/targets/, and nothing outside it names its registers or its convention's rules.
// The C layout engine, the generator, diff and the shrinker are shared by all targets.
import type { FunctionDecl } from '../c/ir.js';
import type { Scope } from '../c/scope.js';
import type { Mode } from '../bpf/modes.js';
import type { Placement } from '../bpf/placement.js';
import type { BpfCall } from '../bpf/stack-args.js';
import type { FunctionAbi, Variant } from '../bpf/variant.js';
import type { FunctionPrediction } from '../data/prediction.js';
import type { LayoutRules } from '../layout/rules.js';
import type { Shape } from '../layout/shape.js';
import type { PaholeArch } from '../bpf/pahole/uncertain-location.js';
import type { CompilerVersion, TypeSupport } from '../toolchains/compilers.js';
import { UserError } from '../user-error.js';

/** A compiler version and optimisation level, as dialect switches ask about it. */
export interface CompilerAt {
  family: 'gcc' | 'clang';
  version: number;
  opt: string;
  /**
   * The compiler's default instruction selector at this level gave up on the function and
   * its fallback compiled it (clang -O0 on aarch64: GlobalISel, then SelectionDAG, which
   * passes arguments as at -O2).
   */
  fellBack?: boolean;
}

/**
 * One known departure of a compiler from the convention's text (or, for layout, from gcc,
 * which the engine follows where the text is silent): a named, tested piece of
 * knowledge. Its file holds the rule, the reason and a minimal example.
 */
export interface Switch {
  name: string;
  /** One line: what the compilers it describes do. */
  rule: string;
  /** Why: the compiler's own logic, as far as it is known. */
  reason: string;
  /** A minimal header that shows it. */
  example: string;
  /** The compilers (and optimisation levels) it describes. */
  appliesTo(c: CompilerAt): boolean;
  layout?: LayoutRules;
  /** The target's own argument-passing rules (aarch64: aapcs64/rules.ts). */
  passing?: object;
  /**
   * The test file that shows the switch directly, where the oracle cannot on its example
   * (what it describes happens only to some values, and the graffiti rarely has one).
   */
  shownBy?: string;
}

/** A compiler's dialect: its switches, composed. The convention's text is the dialect with none. */
export interface Dialect {
  name: string;
  switches: readonly Switch[];
  layout: LayoutRules;
  passing: object;
  /** The dialect of a function its default instruction selector gave up on, where it differs (CompilerAt.fellBack). */
  fellBack?: Dialect;
  /** The target's own types under every switch (Target.layout). */
  base?: LayoutRules;
}

/** C and assembly sources linked into the harness; they may include the runtime's abf.h and the target's target.h. */
export interface HarnessPart {
  dir: string;
  /** Source, object name, compiler flags. */
  files: readonly (readonly [string, string, readonly string[]])[];
}

/** Registers the probe records, as the location vocabulary names them. */
export interface RegisterFile {
  names: readonly string[];
  bytes: number;
  /**
   * Where a value's byte j sits in it: a general register holds a composite as if loaded
   * by one load (byte j % 8); a vector register holds one member (at byte <= j).
   */
  kind: 'general' | 'vector';
  /** Bytes from here on are a clobber place of their own, `NAME.upper` (x86-64's xmm: 8). */
  upperFrom?: number;
}

/** What the probe saw at one call: the argument registers by file, SP, the incoming stack, pointees. */
export interface ProbeDump {
  regs: Buffer[][];
  sp: bigint;
  stack: Buffer;
  /** Found through general argument register `src`, or through stack slot `src - count of them`. */
  refs: { src: number; offset: number; bytes: Buffer }[];
}

export interface TargetToolchain {
  /** The gcc cross compiler of a version, and its Debian package. */
  gcc: (version: number) => { command: string; pkg: string };
  /** What clang needs to compile for this target. */
  clangArgs: readonly string[];
  /** What a kernel build for this architecture passes, with this compiler, that can change code generation at a call. */
  kernelFlags: (family: 'gcc' | 'clang') => readonly string[];
  /** Link drivers, any one of which links every compiler's objects, best first. */
  linkers: readonly string[];
  /** How to install a link driver and the target's libc. */
  linkerPackages: string;
  /** Runs the harness (ABIFUZZ_EMULATOR overrides it); undefined: the harness runs natively. */
  emulator: { command: string; pkg: string } | undefined;
  /**
   * What makes a compiler remark on each function whose default instruction selector gave
   * up at this level (CompilerAt.fellBack); undefined where there is no second selector.
   */
  selectorFallbackArgs?: (family: 'gcc' | 'clang', opt: string) => readonly string[] | undefined;
  /** Which floating types a compiler knows here (default: aarch64's, compilers.ts hasBf16). */
  typeSupport?: (c: CompilerVersion) => TypeSupport;
}

export interface TargetJit {
  /** Every trampoline variant of this architecture's JIT, by the name --jit takes. */
  variants: readonly Variant[];
  /** Where the convention really puts each argument of a traced function, for `reference`. */
  functionAbi(scope: Scope, fn: FunctionDecl, sizes: number[]): FunctionAbi;
  /**
   * The trampoline's machine code for a placement and an attach mode, as the harness loads
   * it: little-endian 32-bit words (an ISA of variable-length instructions pads its bytes
   * to a whole word: jit/harness/blob.ts bytesAsWords).
   */
  trampoline(p: Placement, mode: Mode): Uint32Array;
  /**
   * The JIT's kfunc call path for a BPF caller's slots and the placement it moves them to
   * (`void code(const u64 slots[12], void *kfunc)`), then at word `bpfToBpfAt` a BPF-to-BPF
   * call of the same slots (`void code(const u64 slots[12], u64 seen[12])`). Without one
   * (x86-64 so far), kfunc mode is refused.
   */
  kfuncCall?(call: BpfCall, p: Placement): { words: Uint32Array; bpfToBpfAt: number };
  /** The harness's JIT half: the patched entry, the hooks, the trampoline loader. */
  harness: HarnessPart;
  /** Bytes available for one trampoline. */
  codeMax: number;
  /** The registers a trampoline must preserve, in the order of the REGS record. */
  calleeSaved: readonly string[];
}

/** The rules a convention's traces name, as coverage counts them. */
export interface RuleVocabulary {
  /** Every rule the classifier can name, in report order. */
  ids: readonly string[];
  /** The rule one trace line names; undefined for a dialect's line, which its switch counts. */
  of(line: string): string | undefined;
}

export interface Target {
  name: string;
  /** `aarch64-linux-gnu`. */
  triple: string;
  /** The calling convention, as reports name it: `AAPCS64`. */
  convention: string;
  /** Argument registers the probe records, by file. */
  registers: readonly RegisterFile[];
  /** Registers the probe fills with graffiti on return, by file, in the fill's order. */
  returnRegisters: readonly RegisterFile[];
  /**
   * A value passed on the stack is always one copy at one slot (x86-64), never pieces at
   * several (aarch64's HFAs as scalars): the locator may then vote among stack copies.
   */
  stackValuesWhole?: boolean;
  /** Where the caller passes a by-reference result's buffer address: `x8`. */
  resultPointer: string;
  /** The places the clobber experiments destroy, in the order of the CLOBBER record's rows. */
  clobberPlaces: readonly string[];
  parseProbe(dump: Buffer): ProbeDump;
  /** The probe, the clobber stub and target.h: linked into every harness. */
  probe: HarnessPart;
  toolchain: TargetToolchain;
  /** The convention's placement of each value, with the rules that fired when `traced`, as `dialect` passes them. */
  predict(params: readonly Shape[], ret: Shape | undefined, traced: boolean, dialect: Dialect): FunctionPrediction;
  /** Every dialect switch known for this target. */
  switches: readonly Switch[];
  /** The names of the convention's state in predictions, in report order. */
  ruleState: readonly string[];
  /** The rules its predictions' traces name. */
  rules: RuleVocabulary;
  /** Where the target's types depart from the scalar table (layout/scalars.ts): x86-64's long double. */
  layout?: LayoutRules;
  /** The BPF trampoline JIT, where abifuzz has one for this target. */
  jit?: TargetJit;
  /** The ELF machine as pahole's filters know it (their argument register count). */
  paholeArch: PaholeArch;
}

/** The target's JIT, or the one line a user gets for asking one that has none. */
export function jitOf(target: Target): TargetJit {
  if (!target.jit) throw new UserError(`no BPF trampoline JIT for ${target.name} yet: leave out --jit, or use --target aarch64`);
  return target.jit;
}
