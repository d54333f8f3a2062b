// The word buffer: labels, placeholders and the little-endian byte image. Branch words are
// built with the encoder (checked against the assembler in a64-encoder.test.ts); what is
// checked here is which offsets land in them.
import { describe, expect, it } from 'vitest';
import { addImm, b, cbnz, cbz, nop, ret } from '../../src/targets/aarch64/jit/a64/encode.js';
import { Program } from '../../src/targets/aarch64/jit/a64/program.js';

describe('Program', () => {
  it('patches forward branches when their label is bound', () => {
    const p = new Program();
    const done = p.label();
    p.emit(addImm(0, 0, 1));
    expect(p.branch(done, (off) => cbz(0, off))).toBe(1);
    expect(p.branch(done, (off) => cbnz(1, off))).toBe(2);
    p.emit(addImm(0, 0, 2), addImm(0, 0, 3));
    p.bind(done);
    p.emit(ret());
    expect([...p.words()]).toEqual([addImm(0, 0, 1), cbz(0, 16), cbnz(1, 12), addImm(0, 0, 2), addImm(0, 0, 3), ret()]);
  });

  it('emits backward branches at once, and a branch to itself with offset 0', () => {
    const p = new Program();
    p.emit(nop());
    const loop = p.label();
    p.bind(loop);
    p.branch(loop, b);
    p.emit(nop());
    p.branch(loop, (off) => cbnz(3, off));
    expect([...p.words()]).toEqual([nop(), b(0), nop(), cbnz(3, -8)]);
  });

  it('leaves a NOP at a placeholder until it is patched', () => {
    const p = new Program();
    p.emit(nop(), nop());
    const at = p.placeholder();
    expect(at).toBe(2);
    p.emit(ret());
    expect(p.words()[at]).toBe(nop());
    p.patch(at, cbz(2, p.offset(at, p.index)));
    expect([...p.words()]).toEqual([nop(), nop(), cbz(2, 8), ret()]);
  });

  it('lays words out little-endian', () => {
    const p = new Program();
    p.emit(0xd503201f, 0x12345678);
    expect([...p.bytes()]).toEqual([0x1f, 0x20, 0x03, 0xd5, 0x78, 0x56, 0x34, 0x12]);
  });

  it('refuses unbound labels, double binding, bad words and bad patch indices', () => {
    const p = new Program();
    const never = p.label();
    p.branch(never, b);
    expect(() => p.words()).toThrow(/never bound/);
    p.bind(never);
    expect(() => p.bind(never)).toThrow(/bound twice/);
    expect(() => p.emit(-1)).toThrow(/instruction word/);
    expect(() => p.emit(2 ** 32)).toThrow(/instruction word/);
    expect(() => p.patch(5, nop())).toThrow(/out of range/);
    expect([...p.words()]).toEqual([b(4)]);
  });
});
