import { functionsOf, type FunctionDecl, type Header, type Type } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { scopeOf } from '../../src/c/scope.js';
import { predictFunction, type FunctionPrediction } from '../../src/targets/aarch64/aapcs64/classify.js';
import { layoutOf, type Layout } from '../../src/layout/layout.js';
import { masksOf, type ValueMasks } from '../../src/layout/masks.js';
import { shapeOf } from '../../src/layout/resolve.js';

export function header(text: string): Header {
  return parseHeader(text, 'test.h');
}

export function fnOf(h: Header, name: string): FunctionDecl {
  const fn = functionsOf(h).find((f) => f.name === name);
  if (!fn) throw new Error(`no function ${name}`);
  return fn;
}

/** Layout of `type` (C spelling, e.g. `struct s`) in `decls`, via a dummy prototype. */
export function layout(decls: string, type: string): Layout {
  const { h, t } = probe(decls, type);
  return layoutOf(scopeOf(h), t);
}

/** The value bits of `type` in `decls`, as `layout` finds the type. */
export function masks(decls: string, type: string): ValueMasks {
  const { h, t } = probe(decls, type);
  return masksOf(shapeOf(scopeOf(h), t));
}

function probe(decls: string, type: string): { h: Header; t: Type } {
  const h = header(`${decls}\nvoid probe__(${type} x);\n`);
  return { h, t: fnOf(h, 'probe__').params[0]!.type };
}

export function predict(text: string, name = 'f'): FunctionPrediction {
  const h = header(text);
  return predictFunction(h, fnOf(h, name));
}

/** Pieces per parameter, then `ret …`: the oracle tests' compact form. */
export function piecesOf(p: FunctionPrediction): string[] {
  return [...p.args.map((a) => a.pieces.join(' ')), `ret ${p.ret ? p.ret.pieces.join(' ') : 'void'}`];
}

/** Rule ids of a trace: `C.10: ...` -> `C.10`. */
export const rules = (trace: string[]): string[] => trace.map((t) => t.split(':')[0]!);

export const range = (prefix: string, from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);
