// BTF types as the kernel and libbpf see them (Documentation/bpf/btf.rst), as a graph
// instead of an id table: both the IR encoder (from-ir.ts, what pahole would emit) and the
// parser of real BTF (btf-graph.ts) produce it, and everything that reasons about BTF
// (distillation, alignment, largest member) consumes only this. Pointers do not keep
// their target: nothing here looks through a pointer, and so the graph has no cycles.

/** INT encoding bits. */
export const INT_SIGNED = 1;
export const INT_CHAR = 2;
export const INT_BOOL = 4;

export type Modifier = 'const' | 'volatile' | 'restrict' | 'type_tag';

export type BtfType =
  /** Type id 0: `void`, and the type of the varargs marker parameter. */
  | { kind: 'void' }
  | { kind: 'int'; name: string; size: number; encoding: number; bits: number }
  | { kind: 'ptr' }
  /** BTF arrays have no size of their own: nelems × the element's resolved size. */
  | { kind: 'array'; elem: BtfType; nelems: number }
  /**
   * `alignAttr`: DW_AT_alignment, which gcc and clang emit (as the record's alignment) when
   * the record has an `aligned` attribute; pahole reads it from DWARF, BTF drops it. Set
   * only on records built from the IR.
   */
  | { kind: 'struct' | 'union'; name: string; size: number; members: BtfMember[]; alignAttr?: number }
  | { kind: 'enum' | 'enum64'; name: string; size: number; signed: boolean }
  | { kind: 'fwd'; name: string; union: boolean }
  | { kind: 'typedef'; name: string; type: BtfType }
  | { kind: 'modifier'; modifier: Modifier; type: BtfType }
  | { kind: 'float'; name: string; size: number };

export type RecordType = Extract<BtfType, { kind: 'struct' | 'union' }>;
/** A type with typedefs and modifiers looked through. */
export type Resolved = Exclude<BtfType, { kind: 'typedef' | 'modifier' }>;

export interface BtfMember {
  /** '' for an anonymous struct/union member. */
  name: string;
  type: BtfType;
  bitOffset: number;
  /** 0 unless the member is a bit-field (the record's kind_flag encoding). */
  bitfieldSize: number;
}

export interface BtfParam {
  name: string;
  type: BtfType;
}

/** A FUNC and its FUNC_PROTO. Varargs is a last parameter of type void, as in BTF. */
export interface BtfFunc {
  name: string;
  ret: BtfType;
  params: BtfParam[];
}

export const BTF_VOID: BtfType = { kind: 'void' };

/** The kernel's `btf_type_is_modifier`: typedefs count as modifiers there. */
export function stripModifiers(t: BtfType): Resolved {
  let cur = t;
  while (cur.kind === 'typedef' || cur.kind === 'modifier') cur = cur.type;
  return cur;
}

/** libbpf `btf__resolve_size`, pointer size 8; undefined where BTF has no size (void, fwd). */
export function resolvedSize(t: BtfType): number | undefined {
  const s = stripModifiers(t);
  switch (s.kind) {
    case 'ptr': return 8;
    case 'int': case 'float': case 'enum': case 'enum64': case 'struct': case 'union': return s.size;
    case 'array': {
      const elem = resolvedSize(s.elem);
      return elem === undefined ? undefined : elem * s.nelems;
    }
    case 'void': case 'fwd': return undefined;
    default: return unreachable(s);
  }
}

export function isRecord(t: BtfType): t is RecordType {
  return t.kind === 'struct' || t.kind === 'union';
}

/** The kind name the kernel prints (`btf_type_str`), for refusal messages. */
export function kindName(t: BtfType): string {
  return t.kind === 'modifier' ? t.modifier.toUpperCase() : t.kind === 'void' ? 'void' : t.kind.toUpperCase();
}

export function unreachable(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
