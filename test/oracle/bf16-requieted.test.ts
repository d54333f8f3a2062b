// clang-x86-o0-bf16-requieted, shown on a value the graffiti rarely holds: a signaling NaN
// __bf16 passed by a clang 19 -O0 caller arrives quiet; from a -O2 caller, as it was. The
// caller and callee are linked natively with the harness's __truncsfbf2 (bf16.S), the one
// gcc-12's libgcc lacks; a newer libgcc's, which does the same, would win.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'abifuzz-bf16-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CALLER = `#include <stdio.h>
#include <string.h>
struct s { __bf16 a[2]; };
void f(struct s x);
extern unsigned short seen;
int main(void) {
  struct s v;
  unsigned short bits[2] = { 0x7f81, 0x3f80 };
  memcpy(&v, bits, sizeof v);
  f(v);
  printf("%04x", seen);
  return 0;
}
`;
const CALLEE = `#include <string.h>
struct s { __bf16 a[2]; };
unsigned short seen;
void f(struct s x) { memcpy(&seen, &x.a[0], 2); }
`;

function seenFrom(callerOpt: string): string {
  writeFileSync(join(dir, 'caller.c'), CALLER);
  writeFileSync(join(dir, 'callee.c'), CALLEE);
  const clang = (src: string, opt: string, out: string): void => {
    execFileSync('clang-19', ['--target=x86_64-linux-gnu', opt, '-c', join(dir, src), '-o', join(dir, out)]);
  };
  clang('caller.c', callerOpt, 'caller.o');
  clang('callee.c', '-O2', 'callee.o');
  const exe = join(dir, `t${callerOpt}`);
  execFileSync('x86_64-linux-gnu-gcc-12', [join(dir, 'caller.o'), join(dir, 'callee.o'), 'src/targets/x86_64/harness/bf16.S', '-o', exe]);
  return execFileSync(exe, { encoding: 'utf8' });
}

describe('a signaling NaN __bf16 argument', () => {
  it('arrives quiet (bit 6 of its low byte set) from a clang 19 -O0 caller, unchanged from -O2', () => {
    expect(seenFrom('-O0')).toBe('7fc1');
    expect(seenFrom('-O2')).toBe('7f81');
  });
});
