// fast-check arbitraries for valid C headers: one function prototype plus the records,
// enums and typedefs it needs, each declared before use. "Valid" means accepted by
// aarch64 gcc-12 and clang-19 (clang only once `_BitInt` appears: gcc 12 lacks it), and
// for the kernel profile by clang with -mgeneral-regs-only (no floating point or vectors).
import fc from 'fast-check';
import { MAX_PARAMS, SCALARS, type FunctionDecl, type Header, type Param, type Scalar } from '../c/ir.js';
import { indexedName, param, VOID_TYPE } from './shared.js';
import { chance, drawFrom, type Draw } from './draw.js';
import { choose, newCtx, type Ctx, type GenConfig } from './env.js';
import { genType } from './types.js';
import { weightsFor, type Point, type WeightSet, type Weights } from './weights.js';

export interface HeaderArbOptions {
  profile: 'kernel' | 'user';
  /** Default: 20 for user, 12 for kernel (the BPF trampoline's limit). */
  maxParams?: number;
  /** Maximum record nesting; default 3. */
  maxDepth?: number;
  /** The weights of the generator's choices: the profile's derived ones (default), its hand-set ones, or a table. */
  weights?: WeightSet | Weights;
  /** Told of every named choice (bench/coverage-weights.ts). */
  onChoice?: (point: Point, option: string) => void;
}

const FLOATING = new Set<Scalar>(['float16', 'bf16', 'float', 'double', 'ldouble', 'cfloat16', 'cfloat', 'cdouble', 'cldouble']);
const ALL_SCALARS = Object.keys(SCALARS) as Scalar[];

export function genConfig(opts: HeaderArbOptions): GenConfig {
  const kernel = opts.profile === 'kernel';
  const scalars = kernel ? ALL_SCALARS.filter((s) => !FLOATING.has(s)) : ALL_SCALARS;
  const weights = typeof opts.weights === 'object' ? opts.weights : weightsFor(opts.profile, opts.weights);
  return {
    profile: opts.profile,
    maxParams: opts.maxParams ?? (kernel ? 12 : MAX_PARAMS),
    maxDepth: opts.maxDepth ?? 3,
    scalars,
    scalarsNoBf16: scalars.filter((s) => s !== 'bf16'),
    vectors: !kernel,
    weights,
    ...(opts.onChoice ? { onChoice: opts.onChoice } : {}),
  };
}

export function headerArb(opts: HeaderArbOptions): fc.Arbitrary<Header> {
  const cfg = genConfig(opts);
  return fc.gen().map((g) => generateHeader(drawFrom(g), cfg));
}

/** The header for one sequence of draws; pure given `d`. */
export function generateHeader(d: Draw, cfg: GenConfig): Header {
  const bitints = chance(d, 0.25);
  const bf16s = cfg.profile === 'user' && chance(d, 0.3);
  const ctx = newCtx(d, cfg, bitints, bf16s);
  const fn = genFunction(ctx); // declares what it uses into ctx.decls as it goes
  return { decls: [...ctx.decls, fn] };
}

function genFunction(ctx: Ctx): FunctionDecl {
  const ret = choose(ctx, 'ret', [['void', () => VOID_TYPE], ['value', () => genType(ctx, 'param', ctx.cfg.maxDepth)]]);
  const params: Param[] = Array.from({ length: paramCount(ctx) }, (_, i) => param(indexedName('p', i), genType(ctx, 'param', ctx.cfg.maxDepth)));
  return { kind: 'function', name: 'f0', ret, params };
}

/** Mostly 6–10 parameters, enough to exhaust x0–x7 and reach the stack; up to maxParams. */
function paramCount(ctx: Ctx): number {
  const max = ctx.cfg.maxParams;
  const buckets = ([['0-5', 0, 5], ['6-10', 6, 10], ['11-15', 11, 15], ['16-20', 16, 20]] as const).filter(([, lo]) => lo <= max);
  const [lo, hi] = choose(ctx, 'params', buckets.map(([o, lo, hi]) => [o, () => [lo, Math.min(hi, max)] as const] as const));
  return ctx.d.int(lo, hi);
}
