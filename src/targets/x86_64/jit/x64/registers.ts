// x86-64 general-purpose register numbers as the encoder takes them: the low three bits go
// in a ModRM/SIB field or the opcode byte, bit 3 in the matching REX bit. RSP and R12 (low
// bits 100) and RBP and R13 (101) are the awkward ones as a memory base; encode.ts deals
// with that, so callers may use any register as a base.
export type Reg = number;

export const RAX = 0;
export const RCX = 1;
export const RDX = 2;
export const RBX = 3;
export const RSP = 4;
export const RBP = 5;
export const RSI = 6;
export const RDI = 7;
export const R8 = 8;
export const R9 = 9;
export const R10 = 10;
export const R11 = 11;
export const R12 = 12;
export const R13 = 13;
export const R14 = 14;
export const R15 = 15;

/** The SysV AMD64 integer argument registers, first argument first. */
export const ARG_REGS: readonly Reg[] = [RDI, RSI, RDX, RCX, R8, R9];
