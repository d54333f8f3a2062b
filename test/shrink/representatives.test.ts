// Which configs the minimizer searches with: enough that the finding's split between
// compilers (and the model) cannot drift into another one while the prototype shrinks.
import { describe, expect, it } from 'vitest';
import type { SignedFinding } from '../../src/diff/signature.js';
import { representatives } from '../../src/shrink/minimize-finding.js';

const ALL = ['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2'];
const finding = (f: Partial<SignedFinding>): SignedFinding =>
  ({ kind: 'model-mismatch', function: 'f', origin: 'test', configs: ALL, signature: '', bucket: '', features: [], detail: '', ...f }) as SignedFinding;

describe('representatives', () => {
  it('takes one config per compiler and side of a split', () => {
    const f = finding({ kind: 'arg-location', groups: [{ configs: ['gcc-12/O0', 'gcc-12/O2'], value: 'x0' }, { configs: ['clang-19/O0', 'clang-19/O2'], value: 'v0' }] });
    expect(representatives(f)).toEqual(['gcc-12/O0', 'clang-19/O0']);
  });

  it('keeps every compiler where all of them stand against the model', () => {
    // With gcc alone, a prototype where clang sides with the model would look the same.
    const f = finding({ groups: [{ configs: ['model'], value: 'x3 x4' }, { configs: ALL, value: 'x4 x5' }] });
    expect(representatives(f)).toEqual(['gcc-12/O0', 'clang-19/O0']);
  });

  it('keeps both opt levels of a compiler split by them', () => {
    const f = finding({ kind: 'arg-location', groups: [{ configs: ['gcc-12/O0'], value: 'x0' }, { configs: ['gcc-12/O2', 'clang-19/O0', 'clang-19/O2'], value: 'x1' }] });
    expect(representatives(f)).toEqual(['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0']);
  });

  it('takes one config per compiler of caller-callee pairs', () => {
    const f = finding({ kind: 'caller-callee', pairs: [['gcc-12/O2', 'clang-19/O0'], ['clang-19/O2', 'gcc-12/O0']] });
    expect(representatives(f)).toEqual(['gcc-12/O2', 'clang-19/O0']);
  });

  it('keeps both ends of one pair per pair of compilers, opt levels of one compiler included', () => {
    const f = finding({ kind: 'caller-callee', pairs: [['gcc-12/O0', 'gcc-12/O2'], ['gcc-12/O2', 'gcc-12/O0'], ['clang-19/O2', 'gcc-12/O0']] });
    expect(representatives(f)).toEqual(['gcc-12/O0', 'gcc-12/O2', 'clang-19/O2']);
  });
});
