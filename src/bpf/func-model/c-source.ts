// A translation unit that makes a header's prototypes into definitions, so the compiler
// emits a DWARF subprogram for each and pahole has something to encode. Parameters get
// names where the IR has none: pahole 1.24 leaves out any function with an unnamed
// parameter, which would hide the prototype rather than test it. Pure text.
import type { FunctionDecl, Header } from '../../c/ir.js';
import { functionsOf } from '../../c/ir.js';
import { printDeclaration, printHeader, printSignature } from '../../c/print.js';
import { paramName } from './from-ir.js';

export function definitionsSource(header: Header): string {
  return printHeader(header) + functionsOf(header).map(definition).join('');
}

function definition(fn: FunctionDecl): string {
  const named: FunctionDecl = { ...fn, params: fn.params.map((p, i) => ({ ...p, name: paramName(p, i) })) };
  // A zeroed value keeps the body valid for every return type, records included.
  const body = fn.ret.t === 'void' ? '{}' : `{ ${printDeclaration(fn.ret, 'abf_r')}; __builtin_memset(&abf_r, 0, sizeof abf_r); return abf_r; }`;
  return `${printSignature(named)} ${body}\n`;
}
