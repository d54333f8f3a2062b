// A prototype as every stage receives it: the header that declares its types, and the
// function itself. Plain data owned by no stage: gen and the parser make it; the oracle,
// the model, the JIT, diff and shrink all read it.
import type { FunctionDecl, Header } from '../c/ir.js';

export interface PrototypeInput {
  /** Where the prototype came from, for reports (`file.h:f0`, `seed 7 #12`). */
  origin: string;
  header: Header;
  fn: FunctionDecl;
}
