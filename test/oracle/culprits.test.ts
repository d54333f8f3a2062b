// Which prototypes a failed compile is charged to, and which callers an instruction
// selector gave up on, from the compiler's own diagnostics and remarks.
import { describe, expect, it } from 'vitest';
import { callersFellBack, culpritsFromDiagnostics } from '../../src/oracle/build.js';
import type { EmittedTU } from '../../src/oracle/emit.js';

const tu: EmittedTU = { source: '', ranges: new Map([[8, [[10, 19]]], [9, [[20, 29], [40, 41]]]]), callers: new Map([[8, [12, 15]], [9, [22, 25]]]) };

describe('culpritsFromDiagnostics', () => {
  it('charges the prototype an error is in, not one that only got a -Wpsabi note', () => {
    const stderr = [
      "tu0.c:12:20: error: expected declaration specifiers or '...' before numeric constant",
      "tu0.c: In function 'abf_c0_callee_9':",
      "tu0.c:25:62: note: parameter passing for argument of type 'struct P9_s7' changed in GCC 12.1",
    ].join('\n');
    expect([...culpritsFromDiagnostics(stderr, 'tu0.c', tu).keys()]).toEqual([8]);
  });

  it("charges an error in a prototype's lines of the shared bit-field function to that prototype", () => {
    const stderr = "tu0.c:41:70: error: assignment of read-only member 'b'";
    expect([...culpritsFromDiagnostics(stderr, 'tu0.c', tu).keys()]).toEqual([9]);
  });

  it('charges a backend crash without a line to the function it names', () => {
    const stderr = [
      'fatal error: error in backend: Cannot select: 0x5581 bf16,ch = load<(load (s16), align 1)>',
      'In function: abf_c0_caller_9',
      'clang: error: clang frontend command failed with exit code 70 (use -v to see invocation)',
    ].join('\n');
    const out = culpritsFromDiagnostics(stderr, 'tu0.c', tu);
    expect([...out.keys()]).toEqual([9]);
    expect(out.get(9)!.kind).toBe('compiler-crash');
  });
});

describe('culpritsFromDiagnostics on a front-end crash', () => {
  it("charges the declaration clang's stack dump names, not the parser's look-ahead token", () => {
    const stderr = [
      'PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace.',
      'Stack dump:',
      '0.\tProgram arguments: clang-14 --target=aarch64-linux-gnu -c /tmp/b/tu4.c -o /tmp/b/tu4.o',
      "1.\t/tmp/b/tu4.c:22:1: current parser token '__attribute__'",
      "2.\t/tmp/b/tu4.c:12:6: LLVM IR generation of declaration 'abf_c4_caller_8'",
      "3.\t/tmp/b/tu4.c:12:6: Generating code for declaration 'abf_c4_caller_8'",
      'clang: error: clang frontend command failed with exit code 136 (use -v to see invocation)',
    ].join('\n');
    const out = culpritsFromDiagnostics(stderr, 'tu4.c', tu);
    expect([...out.keys()]).toEqual([8]);
    expect(out.get(8)!.kind).toBe('compiler-crash');
  });
});

describe('callersFellBack', () => {
  it("takes a GlobalISel remark at a line of a prototype's caller, or naming its caller, and not one about a callee", () => {
    const stderr = [
      '/tmp/b/tu8.c:14:13: remark: unable to legalize instruction: G_STORE %74:_(<2 x s8>), %21:_(p0) [-Rpass-missed=gisel-legalize]',
      '/tmp/b/tu8.c:27:55: remark: unable to legalize instruction: G_STORE %32:_(<2 x s8>) (in function: abf_c8_callee_9) [-Rpass-missed=gisel-legalize]',
    ].join('\n');
    expect([...callersFellBack(stderr, 'tu8.c', tu)]).toEqual([8]);
    expect([...callersFellBack('remark: unable to lower arguments (in function: abf_c8_caller_9) [-Rpass-missed=gisel-irtranslator]', 'tu8.c', tu)]).toEqual([9]);
  });

  it('finds none in a quiet compile or in another unit', () => {
    expect(callersFellBack('', 'tu8.c', tu).size).toBe(0);
    expect(callersFellBack('/tmp/b/tu9.c:14:13: remark: unable to legalize instruction [-Rpass-missed=gisel-legalize]', 'tu8.c', tu).size).toBe(0);
  });
});
