// A64 general-purpose register numbers as they appear in instruction fields. Number 31 has
// no name of its own: each instruction form decides whether it means SP or XZR, and the
// encoder's doc comments say which.
export type Reg = number;

export const FP = 29;
export const LR = 30;
export const SP = 31;
export const ZR = 31;
