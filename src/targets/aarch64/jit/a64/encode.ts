// One pure function per A64 instruction form, each returning the unsigned 32-bit word.
// Written from the Arm ARM's encoding tables (base opcodes are the tables' fixed bits with
// every operand field zero). All forms are 64-bit (sf = 1) unless a parameter says
// otherwise; offsets are in bytes, also for branches.
import { invalid, oneOf, reg, signed, u32, unsigned } from './fields.js';
import { LR, type Reg } from './registers.js';

export { movImm64, movk, movn, movz } from './move-wide.js';

export const nop = (): number => 0xd503201f;

// ---- moves ------------------------------------------------------------------------------

/** `mov xd, xm` = `orr xd, xzr, xm`; 31 is XZR. */
export const movReg = (rd: Reg, rm: Reg): number => u32(0xaa0003e0 | (reg(rm) << 16) | reg(rd));

/** `mov xd|sp, xn|sp` = `add xd, xn, #0`; 31 is SP. */
export const movSp = (rd: Reg, rn: Reg): number => addImm(rd, rn, 0);

// ---- arithmetic -------------------------------------------------------------------------

/** imm12 with the LSL #12 form for larger multiples of 4096 (bit 22 is `sh`). */
function arithImm(imm: number): number {
  if (Number.isInteger(imm) && imm >= 4096 && imm % 4096 === 0) return (1 << 22) | (unsigned(imm / 4096, 12, 'arithmetic immediate') << 10);
  return unsigned(imm, 12, 'arithmetic immediate (0..4095 or a multiple of 4096 up to 4095 << 12)') << 10;
}

const addSubImm = (base: number, rd: Reg, rn: Reg, imm: number): number => u32(base | arithImm(imm) | (reg(rn) << 5) | reg(rd));

/** `add xd|sp, xn|sp, #imm`; 31 is SP. */
export const addImm = (rd: Reg, rn: Reg, imm: number): number => addSubImm(0x91000000, rd, rn, imm);
/** `sub xd|sp, xn|sp, #imm`; 31 is SP. */
export const subImm = (rd: Reg, rn: Reg, imm: number): number => addSubImm(0xd1000000, rd, rn, imm);

const bitfield = (base: number, rd: Reg, rn: Reg, immr: number, imms: number): number =>
  u32(base | (immr << 16) | (imms << 10) | (reg(rn) << 5) | reg(rd));
const shiftAmount = (shift: number): number => unsigned(shift, 6, 'shift amount');

/** `lsl xd, xn, #shift` = `ubfm xd, xn, #(-shift mod 64), #(63 - shift)`; 31 is XZR. */
export function lslImm(rd: Reg, rn: Reg, shift: number): number {
  const s = shiftAmount(shift);
  return bitfield(0xd3400000, rd, rn, (64 - s) % 64, 63 - s);
}
/** `lsr xd, xn, #shift` = `ubfm xd, xn, #shift, #63`; 31 is XZR. */
export const lsrImm = (rd: Reg, rn: Reg, shift: number): number => bitfield(0xd3400000, rd, rn, shiftAmount(shift), 63);

// ---- loads and stores -------------------------------------------------------------------

export type AccessSize = 1 | 2 | 4 | 8;

/** The `size` field, log2 of the access size in bytes. */
const sizeField = (size: number): number => Math.log2(oneOf<AccessSize>(size, [1, 2, 4, 8], 'access size'));

// Bit 22 tells a load from a store in all the forms below (opc<0> of LDR/STR, L of LDP/STP).
const LOAD = 1 << 22;

function scaled(base: number, size: AccessSize, rt: Reg, rn: Reg, offset: number): number {
  const s = sizeField(size);
  return u32(base | (s << 30) | (unsigned(offset, 12, 'load/store offset', size) << 10) | (reg(rn) << 5) | reg(rt));
}

/** `ldrb wt | ldrh wt | ldr wt | ldr xt, [xn|sp, #offset]` (zero-extending); rt 31 is ZR, rn 31 is SP. */
export const ldrImm = (size: AccessSize, rt: Reg, rn: Reg, offset: number): number => scaled(0x39000000 | LOAD, size, rt, rn, offset);
/** `strb | strh | str wt | str xt, [xn|sp, #offset]`; rt 31 is ZR, rn 31 is SP. */
export const strImm = (size: AccessSize, rt: Reg, rn: Reg, offset: number): number => scaled(0x39000000, size, rt, rn, offset);

// Pair forms, 64-bit: bits 23-24 select pre-index (11) or post-index (01).
const PAIR = 0xa8000000;
const PRE = 3 << 23;
const POST = 1 << 23;

function pair(base: number, rt: Reg, rt2: Reg, rn: Reg, offset: number): number {
  return u32(base | (signed(offset, 7, 'pair offset', 8) << 15) | (reg(rt2) << 10) | (reg(rn) << 5) | reg(rt));
}

// The Arm ARM makes these CONSTRAINED UNPREDICTABLE; a JIT must never emit them.
function checkLoadPair(rt: Reg, rt2: Reg): void {
  if (rt === rt2) invalid('ldp', `both destinations are x${rt}`);
}
function checkWriteback(rt: Reg, rt2: Reg, rn: Reg): void {
  if (rn !== 31 && (rn === rt || rn === rt2)) invalid('pair with writeback', `base x${rn} is also a data register`);
}

/** `stp xt, xt2, [xn|sp, #offset]!` (pre-index: the push). */
export function stpPre(rt: Reg, rt2: Reg, rn: Reg, offset: number): number {
  checkWriteback(rt, rt2, rn);
  return pair(PAIR | PRE, rt, rt2, rn, offset);
}
/** `ldp xt, xt2, [xn|sp], #offset` (post-index: the pop). */
export function ldpPost(rt: Reg, rt2: Reg, rn: Reg, offset: number): number {
  checkLoadPair(rt, rt2);
  checkWriteback(rt, rt2, rn);
  return pair(PAIR | POST | LOAD, rt, rt2, rn, offset);
}

// ---- branches ---------------------------------------------------------------------------

/** `b .+offset`, ±128 MiB. */
export const b = (offset: number): number => u32(0x14000000 | signed(offset, 26, 'branch offset', 4));
/** `bl .+offset`, ±128 MiB. */
export const bl = (offset: number): number => u32(0x94000000 | signed(offset, 26, 'branch offset', 4));

const compareBranch = (base: number, rt: Reg, offset: number): number =>
  u32(base | (signed(offset, 19, 'compare-and-branch offset', 4) << 5) | reg(rt));

/** `cbz xt, .+offset`, ±1 MiB; 31 is XZR. */
export const cbz = (rt: Reg, offset: number): number => compareBranch(0xb4000000, rt, offset);
/** `cbnz xt, .+offset`, ±1 MiB; 31 is XZR. */
export const cbnz = (rt: Reg, offset: number): number => compareBranch(0xb5000000, rt, offset);

/** `br xn`. */
export const br = (rn: Reg): number => u32(0xd61f0000 | (reg(rn) << 5));
/** `blr xn`. */
export const blr = (rn: Reg): number => u32(0xd63f0000 | (reg(rn) << 5));
/** `ret xn`. */
export const ret = (rn: Reg = LR): number => u32(0xd65f0000 | (reg(rn) << 5));
