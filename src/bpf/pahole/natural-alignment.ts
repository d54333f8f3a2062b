// pahole's "natural alignment" of a type (dwarves.c `tag__natural_alignment`), which its
// packing inference compares member offsets with: a base type aligns to its byte size (so
// `__int128` and `long double` to 16, unlike libbpf's cap of 8), a pointer to the address
// size, an enum to its size, an array to its element, a struct or union to the largest
// natural alignment among its members, typedefs and qualifiers looked through. Attributes
// play no part: DWARF does not say what `packed` or a member's `aligned(N)` did.
import { stripModifiers, unreachable, type BtfType } from '../func-model/btf.js';

const ADDRESS_SIZE = 8;

export function naturalAlignment(t: BtfType): number {
  const s = stripModifiers(t);
  switch (s.kind) {
    case 'int': case 'float': case 'enum': case 'enum64': return Math.max(1, s.size);
    case 'ptr': return ADDRESS_SIZE;
    case 'array': return naturalAlignment(s.elem);
    case 'struct': case 'union': return s.members.reduce((a, m) => Math.max(a, naturalAlignment(m.type)), 1);
    case 'void': case 'fwd': return 1;
    default: return unreachable(s);
  }
}
