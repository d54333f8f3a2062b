import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { planPrototype } from '../../src/oracle/plan.js';

describe('planPrototype', () => {
  it('marks solid exactly the values whose every byte is a value byte and that hold no _Bool or _BitInt', () => {
    const header = parseHeader(
      [
        'typedef int ti __attribute__((aligned(16)));',
        'typedef float v4 __attribute__((vector_size(16)));',
        'typedef _Bool tb;',
        'enum e { A = 1 };',
        'struct s { char c; };',
        'typedef int arr[2];',
        'union u { long l; };',
        '_Bool f(int a, long *b, ti c, v4 d, enum e e, double g, tb h, _BitInt(12) i, unsigned _BitInt(64) j, struct s k, union u l, arr *m, arr n);',
      ].join('\n'),
      'solid.h',
    );
    const plan = planPrototype({ origin: "solid.h", header, fn: functionsOf(header)[0]! }, 0, 192);
    // `arr n` is adjusted to a pointer in the prototype, but the plan sees its declared type.
    expect(plan.params.map((p) => p.solid)).toStrictEqual([true, true, true, true, true, true, false, false, false, false, false, true, false]);
    expect(plan.ret?.solid).toBe(false);
  });
});
