// The shrinker against the real compilers: a blown-up copy of a corpus divergence must
// come back as small as the hand-minimized original, keeping its bucket.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeConfigs } from '../../src/toolchains/config.js';
import { minimizeFinding, representatives } from '../../src/shrink/minimize-finding.js';
import { findingsOf } from '../../src/shrink/oracle-keeps.js';
import { sizeOf } from '../../src/shrink/size.js';
import { flat, inputOf } from './helpers.js';

const CORPUS = 'corpus/divergences/enum-aligned-attribute.h';
const BLOWN_UP = 'test/shrink/fixtures/blown-up-enum-aligned.h';
const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0', 'O2'], 'user');

describe('minimizeFinding through the oracle', () => {
  it('shrinks a blown-up enum-aligned-attribute.h back to the corpus size, same bucket', async () => {
    const corpus = inputOf(readFileSync(CORPUS, 'utf8'), CORPUS);
    const input = inputOf(readFileSync(BLOWN_UP, 'utf8'), BLOWN_UP);
    const [found] = await findingsOf([input], configs);
    const f = found!.find((x) => x.kind === 'arg-location' && x.bucket === 'arg-location|param|clang-19 vs gcc-12')!;
    expect(f).toBeDefined();
    expect(representatives(f)).toEqual(['gcc-12/O0', 'clang-19/O0']);

    const m = await minimizeFinding(f, input, configs);
    console.log(`minimized ${BLOWN_UP} in ${m.rounds} rounds, ${m.seconds.toFixed(1)} s, size ${m.size.before} -> ${m.size.after}:\n${flat(m.input)}`);
    const [e, u, fn] = m.input.header.decls;
    expect(m.input.header.decls.map((d) => d.kind)).toEqual(['enum', 'record', 'function']);
    expect(e?.kind === 'enum' && e.attrs.aligned).toBe(64);
    // A struct shows the divergence as well as the corpus's union: either is minimal.
    expect(u?.kind === 'record' && u.def.members.length).toBe(1);
    expect(fn?.kind === 'function' && fn.params.length).toBeLessThanOrEqual(2);
    expect(sizeOf(m.input)).toBeLessThanOrEqual(sizeOf(corpus));
    // Checked with every config: the same bucket, and a signature naming what remains.
    expect(m.finding.bucket).toBe(f.bucket);
    expect(m.finding.signature).toMatch(/^arg-location\|param\|aligned-enum,enum,(struct|union)\|clang-19 vs gcc-12$/);
  });
});
