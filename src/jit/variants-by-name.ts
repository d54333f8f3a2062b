// The variants a user names with --jit (or a corpus file's `Jit:` line): by name or by an
// older name kept as an alias, `all` for every one of the target's, `c:FILE.c` for a
// placement function in C. Each variant runs once however it is named.
import type { Variant } from '../bpf/variant.js';
import { UserError } from '../user-error.js';
import { cVariant } from './c-variant/c-variant.js';

export function variantsByName(list: string, known: readonly Variant[]): Variant[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.includes('all')) return [...known];
  return [...new Set(names.map((n) => variantNamed(n, known)))];
}

export function variantNamed(name: string, known: readonly Variant[]): Variant {
  if (name.startsWith('c:') && name.length > 2) return cVariant(name.slice(2));
  const v = known.find((x) => x.name === name || (x.aliases ?? []).includes(name));
  if (!v) throw new UserError(`unknown JIT variant '${name}': known variants are ${known.map((x) => x.name).join(', ')} (or all; \`abifuzz jit list\` says what each mirrors)`);
  return v;
}
