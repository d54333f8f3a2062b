// A growing buffer of x86-64 machine code at a known load address, with forward rel32
// branches and direct calls to absolute addresses. Every branch is a rel32 form, so code
// is laid out in one pass: a branch to a label not bound yet is emitted with offset 0 and
// patched when the label is bound, as the kernel JIT patches its fmod_ret branches.
import * as X from './encode.js';

export interface Label {
  /** Byte offset the label is bound to. */
  target?: number;
  /** The rel32 fields (their byte offset) of branches emitted before it was bound. */
  readonly pending: number[];
}

export class Asm {
  private readonly buf: number[] = [];
  private readonly unbound = new Set<Label>();

  /** `base`: the address the code will run at, for calls to absolute addresses. */
  constructor(private readonly base: bigint) {}

  get offset(): number {
    return this.buf.length;
  }

  emit(...instructions: number[][]): void {
    for (const bytes of instructions) this.buf.push(...bytes);
  }

  /** `call target`: rel32 from the end of the 5-byte call, which is where it will run. */
  callAbsolute(target: bigint): void {
    const rel = target - (this.base + BigInt(this.offset + 5));
    this.emit(X.call(Number(rel)));
  }

  label(): Label {
    return { pending: [] };
  }

  /** `j<cond> label` (forward only: every label here is bound after its branches). */
  jcc(cond: X.Cond, label: Label): void {
    if (label.target !== undefined) throw new Error('x64: backward branches are not used');
    this.emit(X.jcc(cond, 0));
    label.pending.push(this.offset - 4);
    this.unbound.add(label);
  }

  bind(label: Label): void {
    if (label.target !== undefined) throw new Error('x64: label bound twice');
    label.target = this.offset;
    for (const field of label.pending) this.patchRel32(field, label.target - (field + 4));
    label.pending.length = 0;
    this.unbound.delete(label);
  }

  /** Little-endian, as the CPU reads a rel32 field. */
  private patchRel32(field: number, rel: number): void {
    for (let i = 0; i < 4; i++) this.buf[field + i] = (rel >>> (8 * i)) & 0xff;
  }

  bytes(): Uint8Array {
    if (this.unbound.size > 0) throw new Error(`x64: ${this.unbound.size} label(s) used but never bound`);
    return Uint8Array.from(this.buf);
  }
}
