// The BTF that pahole (-J --btf_gen_floats) would emit for an IR prototype compiled by
// aarch64 gcc 12 with -g, built from the IR for names and kinds and from the layout
// engine for sizes and offsets. Checked against real pahole 1.24 output in
// test/jit/func-model-pahole.test.ts. What DWARF → BTF keeps and drops:
// * `char` is unsigned on aarch64: INT without SIGNED (pahole never sets INT_CHAR);
//   `signed char` and the other signed types (`_BitInt` too) are SIGNED; `_Bool` is BOOL.
// * Enums become ENUM, or ENUM64 when 8 bytes, with the kflag set when a value is negative.
// * A vector typedef is a TYPEDEF of an ARRAY of its element type; a multi-dimensional
//   array is one flattened ARRAY.
// * Unnamed bit-fields (zero-width ones included) are not DWARF members, so not BTF ones;
//   every named bit-field stays a bit-field, even `int x : 32`.
// * `packed`, `aligned(N)`, `_Alignas` and `#pragma pack` leave only their effect on
//   sizes and offsets (and, in DWARF only, a record's DW_AT_alignment: `alignAttr`).
// * Some types make pahole fail on the whole object (encodable.ts): NotEncodable.
import { SCALARS, type FunctionDecl, type Header, type Param, type Scalar, type Type } from '../../c/ir.js';
import { enumOf, scopeOf, typedefOf, type Scope } from '../../c/scope.js';
import { shapeOf } from '../../layout/resolve.js';
import type { Field, RecordShape, Shape } from '../../layout/shape.js';
import { paholeFailure } from './encodable.js';
import { BTF_VOID, INT_BOOL, INT_SIGNED, type BtfFunc, type BtfMember, type BtfType } from './btf.js';

/** A type pahole cannot put into BTF; `arg` is the 0-based parameter, undefined for the return. */
export class NotEncodable extends Error {
  constructor(message: string, readonly arg: number | undefined) {
    super(message);
  }
}

/** gcc 12's DWARF base type names, which pahole copies; undefined for the complex types. */
const BASE_NAMES: Record<Scalar, string | undefined> = {
  bool: '_Bool', char: 'char', schar: 'signed char', uchar: 'unsigned char',
  short: 'short int', ushort: 'short unsigned int', int: 'int', uint: 'unsigned int',
  long: 'long int', ulong: 'long unsigned int', llong: 'long long int', ullong: 'long long unsigned int',
  int128: '__int128', uint128: '__int128 unsigned',
  float16: '_Float16', bf16: '__bf16', float: 'float', double: 'double', ldouble: 'long double',
  cfloat16: undefined, cfloat: undefined, cdouble: undefined, cldouble: undefined,
};

const SIGNED = new Set<Scalar>(['schar', 'short', 'int', 'long', 'llong', 'int128']);

/**
 * The BTF FUNC pahole would emit for `fn`; throws NotEncodable. `resolve` lays types out as
 * the target's compiler does (default: aarch64's).
 */
export function btfFuncOf(header: Header, fn: FunctionDecl, scope: Scope = scopeOf(header), resolve: (t: Type) => Shape = (t) => shapeOf(scope, t)): BtfFunc {
  const enc = (t: Type, arg?: number): BtfType => {
    const failure = paholeFailure(scope, t);
    if (failure !== undefined) throw new NotEncodable(`${arg === undefined ? 'return type' : `arg${arg}`}: ${failure}`, arg);
    return t.t === 'void' ? BTF_VOID : encodeType(scope, t, resolve(t));
  };
  return { name: fn.name, ret: enc(fn.ret), params: fn.params.map((p, i) => ({ name: paramName(p, i), type: enc(p.type, i) })) };
}

/** The name an unnamed parameter gets in the definitions compiled for pahole (c-source.ts). */
export function paramName(p: Param, i: number): string {
  return p.name ?? `abf_p${i}`;
}

/** `t` as BTF; `shape` is its layout (for a record field, the field's own shape). */
export function encodeType(scope: Scope, t: Type, shape: Shape): BtfType {
  switch (t.t) {
    case 'void': return BTF_VOID;
    case 'scalar': return scalarType(t.s, shape);
    case 'bitint':
      return { kind: 'int', name: t.unsigned ? 'unsigned _BitInt' : '_BitInt', size: shape.size, encoding: t.unsigned ? 0 : INT_SIGNED, bits: shape.size * 8 };
    case 'ptr': return { kind: 'ptr' };
    case 'named': return typedefType(scope, t.name, shape);
    case 'tagref':
      if (t.kind === 'enum') return enumType(scope, t.tag, shape);
      return recordType(scope, t.tag, record(shape));
    case 'record': return recordType(scope, t.def.tag, record(shape));
    case 'array': return arrayType(scope, t, shape);
  }
}

/**
 * `T x[a][b]` is one DWARF array type with two subranges, and pahole makes it one BTF
 * ARRAY of a × b elements of T (a typedef'd row type stays a nested ARRAY).
 */
function arrayType(scope: Scope, t: Extract<Type, { t: 'array' }>, shape: Shape): BtfType {
  let elemType: Type = t;
  let elemShape = shape;
  let nelems = 1;
  while (elemType.t === 'array') {
    if (elemShape.k !== 'array') throw new Error(`from-ir: array type with a ${elemShape.k} shape`);
    nelems *= elemShape.len;
    elemType = elemType.of;
    elemShape = elemShape.elem;
  }
  return { kind: 'array', elem: encodeType(scope, elemType, elemShape), nelems };
}

function scalarType(s: Scalar, shape: Shape): BtfType {
  const name = BASE_NAMES[s];
  // encodable.ts screens these out before encoding starts.
  if (name === undefined) throw new Error(`from-ir: ${SCALARS[s]} has no BTF encoding`);
  if (shape.k === 'fp') return { kind: 'float', name, size: shape.size };
  const encoding = s === 'bool' ? INT_BOOL : SIGNED.has(s) ? INT_SIGNED : 0;
  return { kind: 'int', name, size: shape.size, encoding, bits: shape.size * 8 };
}

function typedefType(scope: Scope, name: string, shape: Shape): BtfType {
  const td = typedefOf(scope, name);
  if (!td) throw new Error(`from-ir: typedef ${name} is not declared`);
  const vs = td.attrs.vectorSize;
  if (vs === undefined) return { kind: 'typedef', name, type: encodeType(scope, td.type, shape) };
  const elemShape = shapeOf(scope, td.type);
  const elem = encodeType(scope, td.type, elemShape);
  return { kind: 'typedef', name, type: { kind: 'array', elem, nelems: vs / elemShape.size } };
}

function enumType(scope: Scope, tag: string, shape: Shape): BtfType {
  const e = enumOf(scope, tag);
  if (!e) throw new Error(`from-ir: enum ${tag} is not declared`);
  const signed = e.values.some((v) => v.value.startsWith('-'));
  return { kind: shape.size === 8 ? 'enum64' : 'enum', name: tag, size: shape.size, signed };
}

function record(shape: Shape): RecordShape {
  if (shape.k !== 'record') throw new Error(`from-ir: record type with a ${shape.k} shape`);
  return shape;
}

function recordType(scope: Scope, tag: string | undefined, shape: RecordShape): BtfType {
  const members = shape.rec.fields.filter(isDwarfMember).map((f) => member(scope, f));
  const r: BtfType = { kind: shape.rec.def.kind, name: tag ?? '', size: shape.size, members };
  return shape.rec.def.attrs.aligned === undefined ? r : { ...r, alignAttr: shape.align };
}

/** gcc emits no DW_TAG_member for an unnamed bit-field. */
function isDwarfMember(f: Field): boolean {
  return !(f.bitfield && f.member.name === undefined);
}

function member(scope: Scope, f: Field): BtfMember {
  return { name: f.member.name ?? '', type: encodeType(scope, f.member.type, f.shape), bitOffset: f.bitPos, bitfieldSize: f.bitfield ? f.bits : 0 };
}
