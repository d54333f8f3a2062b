// One pure function per x86-64 instruction form, each returning the instruction's bytes.
// Written from the Intel SDM's encoding rules (vol. 2, chapter 2 and the opcode tables).
// Operand size is 64 bits unless the name says otherwise; memory operands are
// [base + disp] with any register as the base; branch offsets are relative to the end of
// the instruction, as the CPU counts them. Where the SDM has a shorter form with the same
// effect (imm8 for small immediates, RAX's ModRM-less opcodes, a shift by one) the encoder
// takes it; that is what GNU as picks too, so the test compares byte for byte.
import { RAX, type Reg } from './registers.js';

// ---- operand checks -----------------------------------------------------------------------
// An operand that does not fit is a bug in the JIT, so these throw instead of masking: a
// truncated displacement would load from or branch to somewhere else.

function fail(what: string, value: unknown, why: string): never {
  throw new Error(`x64: ${what} ${String(value)} ${why}`);
}

function reg(r: Reg, what = 'register'): number {
  if (!Number.isInteger(r) || r < 0 || r > 15) fail(what, r, 'is not a register number 0..15');
  return r;
}

function inRange(value: number, lo: number, hi: number, what: string): number {
  if (!Number.isInteger(value)) fail(what, value, 'is not an integer');
  if (value < lo || value > hi) fail(what, value, `is out of range ${lo}..${hi}`);
  return value;
}

const S32_MIN = -(2 ** 31);
const S32_MAX = 2 ** 31 - 1;
const simm32 = (value: number, what: string): number => inRange(value, S32_MIN, S32_MAX, what);
const fitsS8 = (value: number): boolean => value >= -128 && value <= 127;

/** The low `n` (at most 4) bytes of `value`, little-endian; negative values as two's complement. */
const le = (value: number, n: number): number[] => Array.from({ length: n }, (_, i) => (value >>> (8 * i)) & 0xff);

// ---- REX, ModRM, SIB ----------------------------------------------------------------------

// REX is 0100WRXB: W selects 64-bit operands, R, X and B carry bit 3 of the ModRM reg field,
// the SIB index and the ModRM rm / SIB base / opcode register. X stays 0: no form has an index.
function rex(w: boolean, field: number, rm: number, force: boolean): number[] {
  const bits = (w ? 8 : 0) | ((field >> 3) << 2) | (rm >> 3);
  return bits !== 0 || force ? [0x40 | bits] : [];
}

/** The r/m operand: a register, or memory at [base + disp]. */
type Rm = { reg: Reg } | { base: Reg; disp: number };

function modrm(field: number, rm: Rm): number[] {
  if ('reg' in rm) return [0xc0 | ((field & 7) << 3) | (reg(rm.reg) & 7)];
  const base = reg(rm.base, 'base register') & 7;
  const disp = simm32(rm.disp, 'displacement');
  // mod 00 with rm 101 means RIP-relative, so RBP and R13 need an explicit disp8 of 0
  const mod = disp === 0 && base !== 5 ? 0 : fitsS8(disp) ? 1 : 2;
  // rm 100 means "a SIB byte follows", so RSP and R12 go through one with no index (100)
  const sib = base === 4 ? [0x24] : [];
  return [(mod << 6) | ((field & 7) << 3) | base, ...sib, ...le(disp, [0, 1, 4][mod]!)];
}

interface Form {
  /** Legacy prefixes, which go before REX (0x66 for 16-bit operands). */
  prefix?: number[];
  w: boolean;
  opcode: number[];
  /** ModRM.reg: a register number, or the opcode extension of a `/digit` form. */
  field: number;
  rm: Rm;
  imm?: number[];
  /** REX with no bits set: without one, byte registers 4..7 are AH, CH, DH, BH, not SPL..DIL. */
  forceRex?: boolean;
}

function emit(f: Form): number[] {
  const tail = modrm(f.field, f.rm);
  const rmReg = 'reg' in f.rm ? f.rm.reg : f.rm.base;
  return [...(f.prefix ?? []), ...rex(f.w, f.field, rmReg, f.forceRex ?? false), ...f.opcode, ...tail, ...(f.imm ?? [])];
}

/** `op r/m, reg` with both operands registers: the `dst` is r/m, as GNU as chooses. */
const regReg = (w: boolean, opcode: number, dst: Reg, src: Reg): number[] =>
  emit({ w, opcode: [opcode], field: reg(src), rm: { reg: dst } });

/** Forms that carry the register in the opcode byte's low three bits (bit 3 in REX.B). */
const plusReg = (w: boolean, opcode: number, r: Reg, imm: number[] = []): number[] =>
  [...rex(w, 0, reg(r), false), opcode | (r & 7), ...imm];

// ---- no operands --------------------------------------------------------------------------

export const ret = (): number[] => [0xc3];
export const leave = (): number[] => [0xc9];
export const nop = (): number[] => [0x90];
export const int3 = (): number[] => [0xcc];
export const endbr64 = (): number[] => [0xf3, 0x0f, 0x1e, 0xfa];

// ---- stack and moves ----------------------------------------------------------------------

/** `push r64` (64-bit without REX.W: the default operand size of stack operations). */
export const push = (r: Reg): number[] => plusReg(false, 0x50, r);
/** `pop r64`. */
export const pop = (r: Reg): number[] => plusReg(false, 0x58, r);

/** `mov dst, src`. */
export const movReg = (dst: Reg, src: Reg): number[] => regReg(true, 0x89, dst, src);

/** `movabs dst, imm64`; `value` in -2^63..2^64-1 (a negative value means its two's complement). */
export function movImm64(dst: Reg, value: bigint): number[] {
  if (value < -(1n << 63n) || value >= 1n << 64n) fail('movImm64 value', value, 'does not fit in 64 bits');
  const u = BigInt.asUintN(64, value);
  return plusReg(true, 0xb8, dst, [...le(Number(u & 0xffffffffn), 4), ...le(Number(u >> 32n), 4)]);
}

/** `mov r32, imm32`, zero-extending into the 64-bit register; `imm` in -2^31..2^32-1. */
export const movImm32 = (dst: Reg, imm: number): number[] =>
  plusReg(false, 0xb8, dst, le(inRange(imm, S32_MIN, 2 ** 32 - 1, 'mov immediate'), 4));

/** `mov dst, simm32`, sign-extended to 64 bits. */
export const movSImm32 = (dst: Reg, imm: number): number[] =>
  emit({ w: true, opcode: [0xc7], field: 0, rm: { reg: dst }, imm: le(simm32(imm, 'mov immediate'), 4) });

/** `lea dst, [base + disp]`. */
export const lea = (dst: Reg, base: Reg, disp: number): number[] =>
  emit({ w: true, opcode: [0x8d], field: reg(dst), rm: { base, disp } });

// ---- loads and stores ---------------------------------------------------------------------

export type AccessSize = 1 | 2 | 4 | 8;

type Access = Pick<Form, 'prefix' | 'w' | 'opcode'>;

function bySize(size: number, table: Record<AccessSize, Access>): Access {
  if (!(size === 1 || size === 2 || size === 4 || size === 8)) fail('access size', size, 'is not one of 1, 2, 4, 8');
  return table[size];
}

// Every load zero-extends to 64 bits: movzx for bytes and halfwords, and a 32-bit mov
// because the CPU clears bits 32-63 of a 32-bit destination.
const LOADS: Record<AccessSize, Access> = {
  1: { w: true, opcode: [0x0f, 0xb6] },
  2: { w: true, opcode: [0x0f, 0xb7] },
  4: { w: false, opcode: [0x8b] },
  8: { w: true, opcode: [0x8b] },
};

const STORES: Record<AccessSize, Access> = {
  1: { w: false, opcode: [0x88] },
  2: { prefix: [0x66], w: false, opcode: [0x89] },
  4: { w: false, opcode: [0x89] },
  8: { w: true, opcode: [0x89] },
};

/** `movzx dst, byte|word [base + disp]`, `mov dst32, [base + disp]` or `mov dst, [base + disp]`. */
export const load = (size: AccessSize, dst: Reg, base: Reg, disp: number): number[] =>
  emit({ ...bySize(size, LOADS), field: reg(dst), rm: { base, disp } });

/** `mov byte|word|dword|qword [base + disp], src` (the low `size` bytes of src). */
export const store = (size: AccessSize, base: Reg, disp: number, src: Reg): number[] =>
  emit({ ...bySize(size, STORES), field: reg(src), rm: { base, disp }, forceRex: size === 1 && src >= 4 && src <= 7 });

/** `mov qword [base + disp], simm32`, sign-extended to 64 bits. */
export const storeImm32 = (base: Reg, disp: number, imm: number): number[] =>
  emit({ w: true, opcode: [0xc7], field: 0, rm: { base, disp }, imm: le(simm32(imm, 'store immediate'), 4) });

// ---- arithmetic and logic -----------------------------------------------------------------

// Group 1 (add, or, adc, sbb, and, sub, xor, cmp) selects the operation with /digit: 83 takes
// a sign-extended imm8, 81 an imm32, and RAX alone has a ModRM-less imm32 opcode 05 + 8*digit.
function group1(digit: number, r: Reg, imm: number, what: string): number[] {
  const v = simm32(imm, what);
  if (fitsS8(v)) return emit({ w: true, opcode: [0x83], field: digit, rm: { reg: r }, imm: le(v, 1) });
  if (reg(r) === RAX) return [0x48, 0x05 + 8 * digit, ...le(v, 4)];
  return emit({ w: true, opcode: [0x81], field: digit, rm: { reg: r }, imm: le(v, 4) });
}

/** `add dst, simm32`. */
export const addImm = (dst: Reg, imm: number): number[] => group1(0, dst, imm, 'add immediate');
/** `sub dst, simm32`. */
export const subImm = (dst: Reg, imm: number): number[] => group1(5, dst, imm, 'sub immediate');
/** `and dst, simm32` (sign-extended: 0x80000000 is not expressible, -0x80000000 is). */
export const andImm = (dst: Reg, imm: number): number[] => group1(4, dst, imm, 'and immediate');
/** `cmp r, simm32`. */
export const cmpImm = (r: Reg, imm: number): number[] => group1(7, r, imm, 'cmp immediate');

/** `add dst, src`. */
export const addReg = (dst: Reg, src: Reg): number[] => regReg(true, 0x01, dst, src);
/** `sub dst, src`. */
export const subReg = (dst: Reg, src: Reg): number[] => regReg(true, 0x29, dst, src);
/** `xor dst32, src32`; with dst = src the zeroing idiom, which clears all 64 bits. */
export const xorReg32 = (dst: Reg, src: Reg): number[] => regReg(false, 0x31, dst, src);
/** `test a, b`. */
export const testReg = (a: Reg, b: Reg): number[] => regReg(true, 0x85, a, b);

// Group 2 shifts select the operation with /digit; D1 shifts by one without an imm8.
function shift(digit: number, r: Reg, count: number): number[] {
  const n = inRange(count, 0, 63, 'shift count');
  if (n === 1) return emit({ w: true, opcode: [0xd1], field: digit, rm: { reg: r } });
  return emit({ w: true, opcode: [0xc1], field: digit, rm: { reg: r }, imm: [n] });
}

/** `shl dst, count`, count 0..63. */
export const shlImm = (dst: Reg, count: number): number[] => shift(4, dst, count);
/** `shr dst, count` (logical), count 0..63. */
export const shrImm = (dst: Reg, count: number): number[] => shift(5, dst, count);

// ---- branches -----------------------------------------------------------------------------

/** The condition codes, as the `cc` nibble of Jcc, SETcc and CMOVcc. */
export const CONDITIONS = {
  o: 0x0, no: 0x1, b: 0x2, ae: 0x3, e: 0x4, ne: 0x5, be: 0x6, a: 0x7,
  s: 0x8, ns: 0x9, p: 0xa, np: 0xb, l: 0xc, ge: 0xd, le: 0xe, g: 0xf,
} as const;
export type Cond = keyof typeof CONDITIONS;

// Only rel32 forms: the JIT lays code out in one pass, so every branch has a fixed length.
const rel32 = (offset: number): number[] => le(simm32(offset, 'branch offset'), 4);

/** `call .+5+offset`: offset from the end of the 5-byte instruction. */
export const call = (offset: number): number[] => [0xe8, ...rel32(offset)];
/** `jmp .+5+offset` (rel32 form). */
export const jmp = (offset: number): number[] => [0xe9, ...rel32(offset)];

/** `j<cond> .+6+offset` (rel32 form). */
export function jcc(cond: Cond, offset: number): number[] {
  if (!Object.hasOwn(CONDITIONS, cond)) fail('condition', cond, `is not one of ${Object.keys(CONDITIONS).join(', ')}`);
  return [0x0f, 0x80 | CONDITIONS[cond], ...rel32(offset)];
}

/** `call r64` (indirect; 64-bit without REX.W, like push). */
export const callReg = (r: Reg): number[] => emit({ w: false, opcode: [0xff], field: 2, rm: { reg: r } });
/** `jmp r64` (indirect). */
export const jmpReg = (r: Reg): number[] => emit({ w: false, opcode: [0xff], field: 4, rm: { reg: r } });
