// A growing buffer of A64 instruction words with forward branches. A branch to a label
// not bound yet is emitted as a NOP and patched when the label is bound (the kernel JIT's
// trick for its CBZ/CBNZ); `placeholder`/`patch` expose the same mechanism directly.
import { nop } from './encode.js';

/** Builds a branch word for a byte offset from the branch to its target. */
export type BranchForm = (offsetBytes: number) => number;

export interface Label {
  /** Word index the label is bound to. */
  target?: number;
  /** Branches emitted before the label was bound. */
  readonly pending: { index: number; form: BranchForm }[];
}

export class Program {
  private readonly buf: number[] = [];
  private readonly unbound = new Set<Label>();

  /** Index of the next word to be emitted. */
  get index(): number {
    return this.buf.length;
  }

  /** Appends words; returns the index of the first one. */
  emit(...words: number[]): number {
    const at = this.buf.length;
    for (const w of words) this.buf.push(checkWord(w));
    return at;
  }

  /** Emits a NOP to be patched later; returns its index. */
  placeholder(): number {
    return this.emit(nop());
  }

  patch(index: number, word: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.buf.length) throw new Error(`a64: patch index ${index} out of range`);
    this.buf[index] = checkWord(word);
  }

  /** Byte offset from the word at `from` to the word at `to`, as branches encode it. */
  offset(from: number, to: number): number {
    return (to - from) * 4;
  }

  label(): Label {
    return { pending: [] };
  }

  /** Binds `label` to the current index and patches the branches waiting for it. */
  bind(label: Label): void {
    if (label.target !== undefined) throw new Error('a64: label bound twice');
    label.target = this.index;
    for (const p of label.pending) this.patch(p.index, p.form(this.offset(p.index, label.target)));
    label.pending.length = 0;
    this.unbound.delete(label);
  }

  /** Emits `form` branching to `label`, e.g. `p.branch(done, (off) => cbz(X0, off))`. */
  branch(label: Label, form: BranchForm): number {
    if (label.target !== undefined) return this.emit(form(this.offset(this.index, label.target)));
    const index = this.placeholder();
    label.pending.push({ index, form });
    this.unbound.add(label);
    return index;
  }

  words(): Uint32Array {
    if (this.unbound.size > 0) throw new Error(`a64: ${this.unbound.size} label(s) used but never bound`);
    return Uint32Array.from(this.buf);
  }

  /** The code as little-endian bytes, as the CPU fetches it. */
  bytes(): Uint8Array {
    const words = this.words();
    const out = new Uint8Array(words.length * 4);
    const view = new DataView(out.buffer);
    words.forEach((w, i) => view.setUint32(i * 4, w, true));
    return out;
  }
}

function checkWord(w: number): number {
  if (!Number.isInteger(w) || w < 0 || w > 0xffffffff) throw new Error(`a64: ${w} is not a 32-bit instruction word`);
  return w;
}
