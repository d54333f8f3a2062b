// Hash-consing for generated IR: a node whose parts are all shared (identifiers, scalar
// and tag types, attribute sets, members of such types, parameters) is itself made once
// and reused by every prototype that has it. Later stages read a prototype's IR once, long
// after it was made, when it is no longer in any CPU cache: a shared node is read from
// cache, a private one from memory, and the model spent over a third of its time waiting
// on those reads. Shared names also compare by identity (scope.ts scans declarations by name).
// IR is never modified once made, so sharing is safe; the printed C is unchanged.
import type { Attrs, Member, Param, Scalar, Type } from '../c/ir.js';

const names = new Map<string, string[]>();

/** `${prefix}${i}`, the same string object every time. */
export function indexedName(prefix: string, i: number): string {
  let table = names.get(prefix);
  if (!table) names.set(prefix, (table = []));
  for (let k = table.length; k <= i; k++) table.push(`${prefix}${k}`);
  return table[i]!;
}

/** Shared nodes by structural key, and each one's id for the keys of nodes made of it. */
const byKey = new Map<string, object>();
const ids = new Map<object, number>();
/** A long campaign meets ever more combinations: past this many, new ones go unshared. */
const MAX_SHARED = 200_000;

function shared<T extends object>(key: string, make: () => T): T {
  let node = byKey.get(key) as T | undefined;
  if (node) return node;
  node = make();
  if (byKey.size < MAX_SHARED) {
    byKey.set(key, node);
    ids.set(node, ids.size);
  }
  return node;
}

export const scalarType = (s: Scalar): Type => shared(`s ${s}`, () => ({ t: 'scalar', s }));

/** `struct tag`, `union tag` or `enum tag`: generated tags repeat from one prototype to the next. */
export const tagRef = (kind: 'struct' | 'union' | 'enum', tag: string): Type => shared(`r ${kind} ${tag}`, () => ({ t: 'tagref', kind, tag }));

/** A use of the typedef `name`. */
export const typedefName = (name: string): Type => shared(`n ${name}`, () => ({ t: 'named', name }));

export const VOID_TYPE: Type = shared('v', () => ({ t: 'void' }));

export const bitIntType = (bits: number, unsigned: boolean): Type => shared(`b ${bits} ${unsigned}`, () => ({ t: 'bitint', bits, unsigned }));

export function pointerTo(to: Type): Type {
  const id = ids.get(to);
  return id === undefined ? { t: 'ptr', to } : shared(`p ${id}`, () => ({ t: 'ptr', to }));
}

/** `len` null: a flexible array member. */
export function arrayOf(of: Type, len: number | null): Type {
  const id = ids.get(of);
  return id === undefined ? { t: 'array', of, len } : shared(`a ${id} ${len}`, () => ({ t: 'array', of, len }));
}

/** `packed` and `aligned(N)`; most declarations have neither. */
export function attrsOf(packed: boolean, aligned: number | undefined): Attrs {
  return shared(`A ${packed} ${aligned}`, () => {
    const attrs: Attrs = {};
    if (packed) attrs.packed = packed;
    if (aligned !== undefined) attrs.aligned = aligned;
    return attrs;
  });
}

export const NO_ATTRS: Attrs = attrsOf(false, undefined);

/** `m` itself when one of its parts is its own; `m` must not be used after. */
export function sharedMember(m: Member): Member {
  const type = ids.get(m.type);
  const attrs = ids.get(m.attrs);
  if (type === undefined || attrs === undefined) return m;
  return shared(`m ${m.name ?? ''} ${type} ${attrs} ${m.bits ?? ''} ${m.alignas ?? ''}`, () => m);
}

/** An enumerator; values repeat across prototypes only when small, so only those are shared. */
export function enumerator(name: string, value: bigint): { name: string; value: string } {
  return value >= -256n && value <= 256n ? shared(`e ${name} ${value}`, () => ({ name, value: value.toString() })) : { name, value: value.toString() };
}

export function param(name: string, type: Type): Param {
  const id = ids.get(type);
  return id === undefined ? { name, type } : shared(`P ${name} ${id}`, () => ({ name, type }));
}
