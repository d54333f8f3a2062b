import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangSseTypedByIr: Switch = {
  name: 'clang-x86-sse-typed-by-ir',
  rule: "an SSE eightbyte of an argument or result carries only the scalar clang's IR type has there: a union of a float and a struct of three _Float16 passes the float's four bytes, and the third _Float16 (bytes 4-5) not at all; a first eightbyte is widened to a double when the second's type is aligned under 8",
  reason: "GetSSETypeAtOffset types an eightbyte from the LLVM type of the value, a union's being its most aligned member: with a float at the start and no second float or half after it, it returns float (\"it works to return float for {float, i8} too\"), so the backend moves 4 bytes; gcc moves the whole eightbyte",
  example: 'union u { float a; struct { _Float16 a, b, c; } b; };\nvoid f(union u x);   /* clang: bytes 0-3 in xmm0, 4-5 nowhere; gcc: bytes 0-5 in xmm0 */',
  appliesTo: clang(),
  passing: { sseTypedByIr: true } satisfies SysvRules,
};
