// What BTF can say about alignment. BTF records sizes and member offsets but no
// alignment and no `packed`, so libbpf infers them (btf.c `btf__align_of`, btf_dump.c
// `btf_is_struct_packed`): scalars align to their size capped at the pointer size, and a
// record is guessed packed when a non-bit-field member sits off its own alignment or the
// size is not a multiple of the largest member alignment. Consequences the JIT models
// must live with: `__int128` looks 8-aligned, `aligned(N)` is invisible unless it moved a
// member, and a packed record whose layout happens to be natural looks unpacked.
import { stripModifiers, unreachable, type BtfType, type RecordType } from './btf.js';

/** libbpf's cap: `btf_ptr_sz`, 8 on aarch64. */
export const LIBBPF_SCALAR_CAP = 8;
/**
 * The cap a kernel-side alignment for the 2026 rework needs: libbpf's never exceeds 8, so
 * an ALIGN16 flag ("BTF alignment > 8") can only come from scalars aligned to their own
 * size, as arm64 and x86-64 align `__int128`. Same rules otherwise.
 */
export const REWORK_SCALAR_CAP = 16;

/**
 * `btf__align_of` with the scalar cap as a parameter; 0 where libbpf fails (void, a
 * forward declaration, or a record containing one).
 */
export function btfAlignOf(t: BtfType, scalarCap: number = LIBBPF_SCALAR_CAP): number {
  const s = stripModifiers(t);
  switch (s.kind) {
    case 'int': case 'enum': case 'enum64': case 'float':
      return Math.min(scalarCap, s.size);
    case 'ptr': return LIBBPF_SCALAR_CAP;
    case 'array': return btfAlignOf(s.elem, scalarCap);
    case 'struct': case 'union': return recordAlign(s, scalarCap);
    case 'void': case 'fwd': return 0;
    default: return unreachable(s);
  }
}

function recordAlign(r: RecordType, scalarCap: number): number {
  const e = packingEvidence(r, scalarCap);
  if (e.failed) return 0;
  return e.misplaced || r.size % e.maxAlign !== 0 ? 1 : e.maxAlign;
}

/**
 * `btf_is_struct_packed`: the same two tests, as a yes/no. Bit-field members count
 * toward the largest alignment but are exempt from the offset test.
 */
export function btfIsPacked(r: RecordType, scalarCap: number = LIBBPF_SCALAR_CAP): boolean {
  const e = packingEvidence(r, scalarCap);
  return e.misplaced || r.size % e.maxAlign !== 0;
}

interface Evidence {
  /** The largest member alignment, at least 1. */
  maxAlign: number;
  /** A non-bit-field member at an offset that is not a multiple of its alignment. */
  misplaced: boolean;
  /** A member whose alignment libbpf cannot compute. */
  failed: boolean;
}

function packingEvidence(r: RecordType, scalarCap: number): Evidence {
  const e: Evidence = { maxAlign: 1, misplaced: false, failed: false };
  for (const m of r.members) {
    const align = btfAlignOf(m.type, scalarCap);
    if (align <= 0) {
      e.failed = true;
      continue;
    }
    e.maxAlign = Math.max(e.maxAlign, align);
    if (m.bitfieldSize === 0 && m.bitOffset % (8 * align) !== 0) e.misplaced = true;
  }
  return e;
}
