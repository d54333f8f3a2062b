import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/c/parse.js';
import { enumOf, packOf, scopeOf, stripTypedefs, taggedRecordOf, typedefOf } from '../../src/c/scope.js';

describe('scope', () => {
  const h = parseHeader(
    [
      'struct s { int a; };',
      '#pragma pack(push, 2)',
      'union s2 { char c; long l; };',
      '#pragma pack(pop)',
      'enum e { E1 = 1 };',
      'typedef struct s t;',
      'typedef t u;',
      'void f(u x, union s2 y, enum e z);',
    ].join('\n'),
    'scope.h',
  );
  const scope = scopeOf(h);

  it('finds each name in its own namespace', () => {
    expect(taggedRecordOf(scope, 'struct', 's')?.members.map((m) => m.name)).toStrictEqual(['a']);
    expect(taggedRecordOf(scope, 'union', 's')).toBeUndefined();
    expect(taggedRecordOf(scope, 'union', 's2')?.kind).toBe('union');
    expect(enumOf(scope, 'e')?.values).toStrictEqual([{ name: 'E1', value: '1' }]);
    expect(enumOf(scope, 's')).toBeUndefined();
    expect(typedefOf(scope, 'u')?.type).toStrictEqual({ t: 'named', name: 't' });
    expect(typedefOf(scope, 's')).toBeUndefined();
    expect(stripTypedefs(scope, { t: 'named', name: 'u' })).toStrictEqual({ t: 'tagref', kind: 'struct', tag: 's' });
  });

  it('knows the #pragma pack a top-level record was defined under', () => {
    expect(packOf(scope, taggedRecordOf(scope, 'union', 's2')!)).toBe(2);
    expect(packOf(scope, taggedRecordOf(scope, 'struct', 's')!)).toBeUndefined();
  });
});
