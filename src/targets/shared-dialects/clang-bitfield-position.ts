// A layout deviation of the compiler itself, the same on every target.
import type { FieldDecl } from '../../layout/bitfields.js';
import type { Switch } from '../target.js';
import { clang } from './which.js';

const alignTo = (n: number, a: number): number => Math.ceil(n / a) * a;

/**
 * clang's bit-field placement (ItaniumRecordLayoutBuilder::LayoutBitField, re-expressed):
 * the field moves to its alignment only when, from where it would start, it crosses the
 * end of a storage unit the size of its declared type; #pragma pack turns that off. An
 * explicit aligned(N) applies only when the field does not move, and only if N is no more
 * than the pack.
 */
function clangBitFieldPosition(f: FieldDecl, pos: number, pack: number): number {
  const width = f.width!;
  const explicit = f.userAlign;
  // A packed field has no alignment of its own (1 bit), but for its aligned(N).
  let align = Math.max(f.packed ? 1 : f.shape.align * 8, explicit);
  if (pack !== 0) align = Math.min(align, pack);
  const crosses = pack === 0 && (pos % align) + width > f.shape.size * 8;
  if (crosses) return alignTo(pos, align);
  if (explicit > 0 && (pack === 0 || explicit <= pack)) return alignTo(pos, explicit);
  return pos;
}

/** aarch64/DEVIATIONS.md 5, 7 and 9: one rule in clang. */
export const clangBitfieldPosition: Switch = {
  name: 'clang-bitfield-position',
  rule: "a bit-field moves to its type's alignment only if it would cross a storage unit of its type's size; its own aligned(N) applies only if it did not move and N is no more than #pragma pack",
  reason: "gcc's PCC rule moves a field that spans more alignment units than its type has (always, for a type aligned beyond its size) and applies aligned(N) first, capped by the pack; clang checks the span against the type's size, from where the field would start",
  example: 'typedef int i16 __attribute__((aligned(16)));\nstruct e { char a; i16 x : 5; char b; };   /* clang: x at bit 8, size 16; gcc: x at bit 128, size 32 */\nstruct abf { long b : 3; long c : 59 __attribute__((aligned(4))); };   /* clang: c at bit 32; gcc: bit 64 */\nvoid f(struct e x, struct abf y);',
  appliesTo: clang(),
  layout: { bitFieldPosition: clangBitFieldPosition },
};
