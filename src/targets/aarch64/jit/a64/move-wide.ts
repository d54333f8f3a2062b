// MOVZ, MOVK, MOVN, and the shortest sequence of them for a 64-bit constant. Every
// halfword equal to the "background" (0x0000 for MOVZ, 0xffff for MOVN) comes for free, so
// the sequence starts from whichever background more halfwords match and spends one MOVK
// per other halfword. Logical-immediate (ORR) forms are not tried: they would save words
// only for a few bit patterns, and the trampolines mostly load addresses.
import { oneOf, reg, u32, unsigned } from './fields.js';
import type { Reg } from './registers.js';

type HalfShift = 0 | 16 | 32 | 48;

function moveWide(base: number, rd: Reg, imm16: number, shift: number): number {
  const hw = oneOf<HalfShift>(shift, [0, 16, 32, 48], 'move-wide shift') / 16;
  return u32(base | (hw << 21) | (unsigned(imm16, 16, 'move-wide immediate') << 5) | reg(rd));
}

/** `movz xd, #imm16, lsl #shift`; 31 is XZR. */
export const movz = (rd: Reg, imm16: number, shift: number): number => moveWide(0xd2800000, rd, imm16, shift);
/** `movk xd, #imm16, lsl #shift`; 31 is XZR. */
export const movk = (rd: Reg, imm16: number, shift: number): number => moveWide(0xf2800000, rd, imm16, shift);
/** `movn xd, #imm16, lsl #shift`: xd = ~(imm16 << shift); 31 is XZR. */
export const movn = (rd: Reg, imm16: number, shift: number): number => moveWide(0x92800000, rd, imm16, shift);

const MIN = -(1n << 63n);
const MAX = (1n << 64n) - 1n;

/** The four halfwords, least significant first. */
function halfwords(value: bigint): number[] {
  return [0n, 16n, 32n, 48n].map((s) => Number((value >> s) & 0xffffn));
}

/** `value` in -2^63..2^64-1 (a negative value means its two's complement). */
export function movImm64(rd: Reg, value: bigint): number[] {
  if (value < MIN || value > MAX) throw new Error(`a64: movImm64 value ${value} does not fit in 64 bits`);
  const halves = halfwords(BigInt.asUintN(64, value));
  const ones = halves.filter((h) => h === 0xffff).length;
  const zeros = halves.filter((h) => h === 0).length;
  const background = ones > zeros ? 0xffff : 0;
  const differing = halves.flatMap((h, i) => (h === background ? [] : [i]));
  // all halfwords match the background: the first instruction alone produces it
  const first = differing[0] ?? 0;
  const head = background === 0 ? movz(rd, halves[first]!, first * 16) : movn(rd, ~halves[first]! & 0xffff, first * 16);
  return [head, ...differing.slice(1).map((i) => movk(rd, halves[i]!, i * 16))];
}
