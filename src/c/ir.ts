// The C prototype IR: plain, JSON-serializable data that mirrors the C source closely
// enough that printing and re-parsing a header is the identity. Semantic questions
// (what does a typedef name stand for, is this a composite) are answered by resolve.ts,
// not stored here, so the IR never holds two truths.

/** Fundamental arithmetic types, by their canonical spelling in the printer. */
export const SCALARS = {
  bool: '_Bool',
  char: 'char',
  schar: 'signed char',
  uchar: 'unsigned char',
  short: 'short',
  ushort: 'unsigned short',
  int: 'int',
  uint: 'unsigned int',
  long: 'long',
  ulong: 'unsigned long',
  llong: 'long long',
  ullong: 'unsigned long long',
  int128: '__int128',
  uint128: 'unsigned __int128',
  float16: '_Float16',
  bf16: '__bf16',
  float: 'float',
  double: 'double',
  ldouble: 'long double',
  cfloat16: '_Complex _Float16',
  cfloat: '_Complex float',
  cdouble: '_Complex double',
  cldouble: '_Complex long double',
} as const;
export type Scalar = keyof typeof SCALARS;

/** `__attribute__((packed))` / `__attribute__((aligned(N)))` as written on a declaration. */
export interface Attrs {
  packed?: boolean;
  aligned?: number;
}

export type Type =
  | { t: 'void' }
  | { t: 'scalar'; s: Scalar }
  | { t: 'bitint'; bits: number; unsigned: boolean }
  | { t: 'ptr'; to: Type }
  /** A typedef name declared earlier in the header. */
  | { t: 'named'; name: string }
  /** `struct tag` / `union tag` / `enum tag`, declared elsewhere in the header. */
  | { t: 'tagref'; kind: 'struct' | 'union' | 'enum'; tag: string }
  /** An inline record definition: a nested or anonymous member's type. */
  | { t: 'record'; def: RecordDef }
  /** `len: null` is a flexible array member `[]`; `len: 0` is the GNU zero-length array. */
  | { t: 'array'; of: Type; len: number | null };

export interface Member {
  /** Absent for anonymous members (`struct { ... };`) and unnamed bit-fields (`int : 3;`). */
  name?: string;
  type: Type;
  /** Bit-field width; 0 is a zero-width bit-field (which must be unnamed). */
  bits?: number;
  attrs: Attrs;
  /** `_Alignas(N)` written before the member's type. */
  alignas?: number;
}

export interface RecordDef {
  kind: 'struct' | 'union';
  /** Absent only for records defined inline (anonymous or nested without a tag). */
  tag?: string;
  members: Member[];
  attrs: Attrs;
}

export interface RecordDecl {
  kind: 'record';
  def: RecordDef;
  /** `#pragma pack(push, N)` in force where the record is defined. */
  pack?: number;
}

export interface EnumDecl {
  kind: 'enum';
  tag: string;
  /** Values as decimal strings, so 64-bit enumerators survive JSON. */
  values: { name: string; value: string }[];
  attrs: Attrs;
}

export interface TypedefDecl {
  kind: 'typedef';
  name: string;
  type: Type;
  attrs: Attrs & { vectorSize?: number };
}

export interface Param {
  name?: string;
  type: Type;
}

export interface FunctionDecl {
  kind: 'function';
  name: string;
  ret: Type;
  params: Param[];
}

export type Decl = RecordDecl | EnumDecl | TypedefDecl | FunctionDecl;

/** A header: declarations in source order; every name is declared before it is used. */
export interface Header {
  decls: Decl[];
}

export const MAX_PARAMS = 20;

export function functionsOf(h: Header): FunctionDecl[] {
  return h.decls.filter((d): d is FunctionDecl => d.kind === 'function');
}
