// A developer's own placement function in C as a variant: the line protocol (pure), the
// example C in docs/ against the TypeScript variant it transliterates, and what a broken C
// file does (one line naming it, never a hang).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRUCT_ARG, type FuncModel } from '../../src/bpf/func-model/model.js';
import { prototypeAt } from '../../src/campaign/source.js';
import { agreement } from '../../src/jit/c-variant/agreement.js';
import { cVariant } from '../../src/jit/c-variant/c-variant.js';
import { BadAnswer, decodeAnswer, modelLine } from '../../src/jit/c-variant/protocol.js';
import { variantNamed } from '../../src/jit/variants-by-name.js';
import { VARIANTS } from '../../src/targets/aarch64/jit/variants/index.js';

function model(sizes: number[], flags: number[] = sizes.map(() => 0), reworkAlign: number[] = sizes.map((s) => Math.min(s, 8))): FuncModel {
  const eights = sizes.map(() => 8);
  return { nrArgs: sizes.length, argSize: sizes, argFlags: flags, retSize: 8, retFlags: 0, btfAlign: eights, largestMemberSize: sizes.map(() => 0), reworkAlign, trueAlign: eights, naturalAlign: eights };
}

describe('the helper line protocol', () => {
  it('a model is nr_args, ret_size, ret_flags, then size and flags (ALIGN16 = 4 included) per argument', () => {
    expect(modelLine(model([8, 16, 5], [0, 0, STRUCT_ARG], [8, 16, 1]))).toBe('3 8 0 8 0 16 4 5 1');
  });
  it('an answer becomes a placement: registers, stack offsets copied to the same outgoing offsets, a packed context', () => {
    const p = decodeAnswer('ok r0 r2 s0 s16', model([8, 16, 8, 16]), 8);
    expect(p.ok && p.placement.args).toEqual([
      { slot: 0, size: 8, in: 'regs', first: 0 }, { slot: 1, size: 16, in: 'regs', first: 2 },
      { slot: 3, size: 8, in: 'stack', from: 0, to: 0 }, { slot: 4, size: 16, in: 'stack', from: 16, to: 16 },
    ]);
    expect(p.ok && [p.placement.nslots, p.placement.outStackBytes, p.placement.retRegs]).toEqual([6, 32, 1]);
    expect(decodeAnswer('err -524', model([8]), 8)).toEqual({ ok: false, reason: 'bpf_jit_place_args() returned -524 (-ENOTSUPP)' });
  });
  it('an answer that breaks the contract is the C file\'s bug', () => {
    expect(() => decodeAnswer('ok r7', model([16]), 8)).toThrow(BadAnswer);
    expect(() => decodeAnswer('ok s4', model([8]), 8)).toThrow(/8-aligned stack offset/);
    expect(() => decodeAnswer('ok u', model([8]), 8)).toThrow(/left unset/);
    expect(() => decodeAnswer('ok r0 r1', model([8]), 8)).toThrow(/for a model of 1 arguments/);
  });
});

describe('docs/examples/place-args.c, the C transliteration of linux-afdbb4cdd3d2-2026-09', () => {
  it('places every generated prototype as the TypeScript variant does', async () => {
    const inputs = [...Array(1500).keys()].flatMap((i) => [prototypeAt(41, i, 'kernel'), prototypeAt(41, i, 'user')]);
    const a = await agreement(inputs, variantNamed('linux-afdbb4cdd3d2-2026-09', VARIANTS), cVariant('docs/examples/place-args.c'));
    expect(a.differ).toEqual([]);
    expect(a.models).toBeGreaterThan(500);
    expect(a.agree).toBe(a.models);
  });
});

describe('a broken C file: one line naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'abifuzz-c-variant-'));
  const cFile = (name: string, body: string): string => {
    const p = join(dir, name);
    writeFileSync(p, `int bpf_jit_place_args(const struct btf_func_model *m, struct bpf_jit_arg_loc *loc) { ${body} }\n`);
    return p;
  };
  const ask = (file: string, m: FuncModel = model([8, 8, 8, 8])): Promise<unknown> => cVariant(file).prepare!([m]);
  it('does not compile', async () => {
    await expect(ask(cFile('syntax.c', 'return 0'))).rejects.toThrow(new RegExp(`^c:${dir}/syntax.c does not compile with cc: .*error`));
  });
  it('crashes', async () => {
    await expect(ask(cFile('crash.c', '*(volatile int *)0 = 1; return 0;'))).rejects.toThrow(`c:${dir}/crash.c: the helper died (SIGSEGV) on the model '4 8 0 8 0 8 0 8 0 8 0'`);
  });
  it('hangs: killed after the answer timeout', async () => {
    const file = cFile('hang.c', 'for (;;) ; return 0;');
    process.env.ABIFUZZ_TEST_C_VARIANT_TIMEOUT_MS = '1000';
    try {
      await expect(ask(file, model([8]))).rejects.toThrow(`c:${file}: no answer within 1 s (does bpf_jit_place_args() hang?) for the model '1 8 0 8 0'`);
    } finally {
      delete process.env.ABIFUZZ_TEST_C_VARIANT_TIMEOUT_MS;
    }
  });
  it('answers past x7', () => {
    const file = cFile('x8.c', 'for (int i = 0; i < m->nr_args; i++) loc[i].reg = 7 + i; return 0;');
    return cVariant(file).prepare!([model([8, 8])]).then(() => {
      expect(() => cVariant(file).place({ model: model([8, 8]), abi: () => { throw new Error('unused'); } }))
        .toThrow(`c:${file}: bpf_jit_place_args() argument 1: 'r8' is no register x0-x7 (for 1 slot) or 8-aligned stack offset (model '2 8 0 8 0 8 0')`);
    });
  });
  it('refuses, which is not an error', async () => {
    const file = cFile('refuse.c', 'return -ENOTSUPP;');
    await cVariant(file).prepare!([model([8])]);
    expect(cVariant(file).place({ model: model([8]), abi: () => { throw new Error('unused'); } })).toEqual({ ok: false, reason: 'bpf_jit_place_args() returned -524 (-ENOTSUPP)' });
  });
});
