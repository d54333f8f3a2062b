import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import type { Finding } from '../../src/diff/compare-configs.js';
import { isConsequence, isKnown, parseSignature, remember, signFindings, type SignedFinding } from '../../src/diff/signature.js';

const inputOf = (text: string) => {
  const header = parseHeader(text, 't.h');
  return { origin: 't.h', header, fn: functionsOf(header)[0]! };
};

const argFinding = (fn: string): Finding => ({
  kind: 'arg-location', function: fn, origin: `t.h:${fn}`, arg: 0, detail: 'x',
  configs: ['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2'],
  groups: [{ configs: ['gcc-12/O0', 'gcc-12/O2'], value: 'x0' }, { configs: ['clang-19/O0', 'clang-19/O2'], value: 'ref(x0)' }],
});

describe('finding signatures', () => {
  it('ignore names and values: the same shape of type and the same compiler split sign alike', () => {
    const run = ['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2'];
    const a = signFindings([argFinding('f')], inputOf('enum e { A = 5 } __attribute__((aligned(64)));\nunion u { enum e a; };\nint f(union u x);\n'), run);
    const b = signFindings([argFinding('g')], inputOf('enum q { Z = 9, Y } __attribute__((aligned(16)));\nunion w { enum q zz; };\nlong g(union w x, int y);\n'), run);
    expect(a[0]!.signature).toBe('arg-location|param|aligned-enum,enum,union|clang-19 vs gcc-12');
    expect(b[0]!.signature).toBe(a[0]!.signature);
  });

  it('tell apart different type features and keep an opt level that splits a compiler', () => {
    const f = argFinding('f');
    f.groups = [{ configs: ['gcc-12/O0'], value: 'x0' }, { configs: ['gcc-12/O2', 'clang-19/O0', 'clang-19/O2'], value: 'x1' }];
    const [s] = signFindings([f], inputOf('struct s { int a : 3; } __attribute__((packed));\nint f(struct s x);\n'), ['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2']);
    expect(s!.signature).toBe('arg-location|param|bitfield,packed-record,struct|clang-19+gcc-12/O2 vs gcc-12/O0');
  });

  it('fold opt levels of findings without groups against the whole run', () => {
    const f: Finding = { kind: 'ref-underaligned', function: 'f', origin: 't.h:f', arg: 0, configs: ['gcc-12/O2'], detail: 'x' };
    const input = inputOf('struct s { long a; } __attribute__((aligned(64)));\nint f(struct s x);\n');
    expect(signFindings([f], input, ['gcc-12/O0', 'gcc-12/O2'])[0]!.signature).toBe('ref-underaligned|param|aligned-record,struct|gcc-12/O2');
    expect(signFindings([f], input, ['gcc-12/O2'])[0]!.signature).toBe('ref-underaligned|param|aligned-record,struct|gcc-12');
  });

  it('count a finding as known when a known signature of its bucket needs no feature it lacks', () => {
    const run = ['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2'];
    const minimal = signFindings([argFinding('f')], inputOf('enum e { A } __attribute__((aligned(64)));\nunion u { enum e a; };\nint f(union u x);\n'), run)[0]!;
    const bigger = signFindings([argFinding('g')], inputOf('enum e { A } __attribute__((aligned(64)));\nunion u { enum e a; long b : 3; };\nint g(union u x);\n'), run)[0]!;
    const other = signFindings([argFinding('h')], inputOf('struct s { int a : 3; } __attribute__((packed));\nint h(struct s x);\n'), run)[0]!;
    const known = new Map<string, string[][]>();
    remember(minimal, known);
    expect(isKnown(bigger, known)).toBe(true);
    expect(isKnown(other, known)).toBe(false);
    expect(parseSignature(minimal.signature)).toEqual({ bucket: minimal.bucket, features: minimal.features });
  });

  it('matches a known split once the compilers that could not compile the prototype are taken out', () => {
    const sig = (bucketSplit: string, features = 'aligned-enum,enum'): SignedFinding => {
      const [kind, value] = ['model-mismatch', 'param'];
      return { ...parseSignature(`${kind}|${value}|${features}|${bucketSplit}`)!, kind, signature: '', features: features.split(','), configs: [], function: 'f', origin: 't', detail: '' } as unknown as SignedFinding;
    };
    const known = new Map<string, string[][]>();
    remember(sig('clang-14+clang-19 vs gcc-12+model'), known);
    const withoutGcc = sig('clang-14+clang-19 vs model', 'aligned-enum,bitint,enum');
    expect(isKnown(withoutGcc, known)).toBe(false);
    expect(isKnown(withoutGcc, known, new Set(['clang-14', 'clang-19']))).toBe(true);
    // gcc compiled it and did not side with the model: a different finding.
    expect(isKnown(withoutGcc, known, new Set(['clang-14', 'clang-19', 'gcc-12']))).toBe(false);
    remember(sig('clang-14<>gcc-12,clang-19<>gcc-12,clang-14<>clang-19'), known);
    expect(isKnown(sig('clang-14<>clang-19'), known, new Set(['clang-14', 'clang-19']))).toBe(true);
  });

  it('counts a plain parameter moved along with an earlier one as its consequence, not a finding of its own', () => {
    const run = ['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2'];
    const input = inputOf('enum e { A } __attribute__((aligned(64)));\nunion u { enum e a; };\nint f(union u x, int n);\n');
    const [first, plain] = signFindings([argFinding('f'), { ...argFinding('f'), arg: 1 }], input, run);
    expect(plain!.features).toEqual([]);
    expect(isConsequence(plain!, [first!, plain!])).toBe(true);
    expect(isConsequence(first!, [first!, plain!])).toBe(false);
    // Alone, or after an earlier finding of another kind, the plain one stands on its own.
    expect(isConsequence(plain!, [plain!])).toBe(false);
    expect(isConsequence(plain!, [{ ...first!, kind: 'layout' }, plain!])).toBe(false);
  });
});
