// `abifuzz jit list` (and `--jit list` wherever --jit is taken): every trampoline variant
// with the kernel state it mirrors, and its kfunc call path where it has one, so a
// developer picks the one matching their tree.
import type { Variant } from '../bpf/variant.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import { jitOf } from '../targets/target.js';

export function formatVariantList(variants: readonly Variant[] = jitOf(DEFAULT_TARGET).variants): string {
  const width = Math.max(...variants.map((v) => v.name.length));
  const lines = variants.flatMap((v) => {
    const commits = v.mirrors.commits.length > 0 ? v.mirrors.commits.join(' ') : '-';
    const aliases = v.aliases?.length ? `  (also: ${v.aliases.join(', ')})` : '';
    const kfunc = v.kfunc ? [`${' '.repeat(width + 2)}kfunc call path (--jit-modes kfunc${v.kfunc.commits.length > 0 ? `, ${v.kfunc.commits.join(' ')}` : ''}): ${v.kfunc.summary}`] : [];
    return [`${v.name.padEnd(width)}  ${v.mirrors.date.padEnd(7)}  ${v.mirrors.tree.padEnd(16)}  ${commits}${aliases}`, `${' '.repeat(width + 2)}${v.summary}; distills as ${v.distill.since}`, ...kfunc];
  });
  const yours = `${'c:FILE.c'.padEnd(width)}  your own placement function in C (docs/validate-your-jit-change.md)`;
  return [`${'variant'.padEnd(width)}  ${'date'.padEnd(7)}  ${'tree'.padEnd(16)}  commits`, ...lines, yours].join('\n') + '\n';
}
