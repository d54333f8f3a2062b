// A reader for the raw BTF binary format (Documentation/bpf/btf.rst, "BTF Type and String
// Encoding"): a header, then a type section of `struct btf_type` records each followed by
// its kind's extra data, then a NUL-separated string section. Type ids are positions in
// the type section, starting at 1; id 0 is void. Either byte order is accepted (the magic
// tells), since pahole writes the target's. Pure: bytes in, id table out.

export const BTF_MAGIC = 0xeb9f;

const KINDS = [
  'unknown', 'int', 'ptr', 'array', 'struct', 'union', 'enum', 'fwd', 'typedef', 'volatile', 'const',
  'restrict', 'func', 'func_proto', 'var', 'datasec', 'float', 'decl_tag', 'type_tag', 'enum64',
] as const;
export type RawKind = Exclude<(typeof KINDS)[number], 'unknown'>;

interface Common {
  id: number;
  name: string;
  kflag: boolean;
  vlen: number;
  /** `size_type`: a size (int, enum, struct, union, float, datasec) or a type id. */
  sizeType: number;
}

export interface RawMember {
  name: string;
  type: number;
  /** As stored: with kflag set, bit-field size in bits 24..31 and bit offset below. */
  offset: number;
}

export type RawType = Common & (
  | { kind: 'int'; encoding: number; bitOffset: number; bits: number }
  | { kind: 'array'; elemType: number; indexType: number; nelems: number }
  | { kind: 'struct' | 'union'; members: RawMember[] }
  | { kind: 'enum' | 'enum64'; values: { name: string; value: bigint }[] }
  | { kind: 'func_proto'; params: { name: string; type: number }[] }
  | { kind: 'var'; linkage: number }
  | { kind: 'datasec'; vars: { type: number; offset: number; size: number }[] }
  | { kind: 'decl_tag'; componentIdx: number }
  | { kind: 'ptr' | 'fwd' | 'typedef' | 'volatile' | 'const' | 'restrict' | 'func' | 'float' | 'type_tag' }
);

export interface RawBtf {
  /** Indexed by type id; [0] (void) is undefined. */
  types: (RawType | undefined)[];
}

export class BtfFormatError extends Error {}

/** A bounds-checked little/big-endian cursor over the section. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array, readonly le: boolean, public pos = 0) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u8(): number { this.need(1); return this.view.getUint8(this.pos++); }
  u16(): number { this.need(2); const v = this.view.getUint16(this.pos, this.le); this.pos += 2; return v; }
  u32(): number { this.need(4); const v = this.view.getUint32(this.pos, this.le); this.pos += 4; return v; }
  s32(): number { this.need(4); const v = this.view.getInt32(this.pos, this.le); this.pos += 4; return v; }
  private need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new BtfFormatError(`BTF truncated at byte ${this.pos}`);
  }
}

interface Header {
  hdrLen: number;
  typeOff: number;
  typeLen: number;
  strOff: number;
  strLen: number;
}

export function parseBtf(bytes: Uint8Array): RawBtf {
  const le = byteOrder(bytes);
  const r = new Reader(bytes, le, 2);
  const version = r.u8();
  if (version !== 1) throw new BtfFormatError(`unsupported BTF version ${version}`);
  r.u8(); // flags
  const h: Header = { hdrLen: r.u32(), typeOff: r.u32(), typeLen: r.u32(), strOff: r.u32(), strLen: r.u32() };
  const strings = stringTable(bytes.subarray(h.hdrLen + h.strOff, h.hdrLen + h.strOff + h.strLen));
  const types: (RawType | undefined)[] = [undefined];
  const start = h.hdrLen + h.typeOff;
  const tr = new Reader(bytes.subarray(0, start + h.typeLen), le, start);
  while (tr.pos < start + h.typeLen) types.push(readType(tr, types.length, strings));
  return { types };
}

function byteOrder(bytes: Uint8Array): boolean {
  if (bytes.length < 24) throw new BtfFormatError('BTF shorter than its header');
  const magic = bytes[0]! | (bytes[1]! << 8);
  if (magic === BTF_MAGIC) return true;
  if (((magic >> 8) | ((magic & 0xff) << 8)) === BTF_MAGIC) return false;
  throw new BtfFormatError(`bad BTF magic 0x${magic.toString(16)}`);
}

type Strings = (off: number) => string;

function stringTable(section: Uint8Array): Strings {
  const decoder = new TextDecoder();
  return (off) => {
    if (off >= section.length) throw new BtfFormatError(`string offset ${off} outside the string section`);
    const end = section.indexOf(0, off);
    return decoder.decode(section.subarray(off, end < 0 ? section.length : end));
  };
}

function readType(r: Reader, id: number, str: Strings): RawType {
  const name = str(r.u32());
  const info = r.u32();
  const sizeType = r.u32();
  const kindNo = (info >>> 24) & 0x1f;
  const kind = KINDS[kindNo];
  if (kind === undefined || kind === 'unknown') throw new BtfFormatError(`type ${id}: unknown BTF kind ${kindNo}`);
  const c: Common = { id, name, kflag: (info >>> 31) === 1, vlen: info & 0xffff, sizeType };
  return { ...c, ...readExtra(r, kind, c, str) };
}

/** A kind's own fields; distributes over the union so each kind keeps its fields. */
type Extra = RawType extends infer T ? (T extends unknown ? Omit<T, keyof Common> : never) : never;

function readExtra(r: Reader, kind: RawKind, c: Common, str: Strings): Extra {
  const n = c.vlen;
  switch (kind) {
    case 'int': {
      const v = r.u32();
      return { kind, encoding: (v >>> 24) & 0x0f, bitOffset: (v >>> 16) & 0xff, bits: v & 0xff };
    }
    case 'array': return { kind, elemType: r.u32(), indexType: r.u32(), nelems: r.u32() };
    case 'struct': case 'union':
      return { kind, members: repeat(n, () => ({ name: str(r.u32()), type: r.u32(), offset: r.u32() })) };
    case 'enum':
      return { kind, values: repeat(n, () => ({ name: str(r.u32()), value: BigInt(c.kflag ? r.s32() : r.u32()) })) };
    case 'enum64': return { kind, values: repeat(n, () => ({ name: str(r.u32()), value: enum64Value(r, c.kflag) })) };
    case 'func_proto': return { kind, params: repeat(n, () => ({ name: str(r.u32()), type: r.u32() })) };
    case 'var': return { kind, linkage: r.u32() };
    case 'datasec': return { kind, vars: repeat(n, () => ({ type: r.u32(), offset: r.u32(), size: r.u32() })) };
    case 'decl_tag': return { kind, componentIdx: r.s32() };
    default: return { kind };
  }
}

function enum64Value(r: Reader, signed: boolean): bigint {
  const lo = BigInt(r.u32());
  const hi = BigInt(r.u32());
  const v = (hi << 32n) | lo;
  return signed ? BigInt.asIntN(64, v) : v;
}

function repeat<T>(n: number, f: () => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(f());
  return out;
}
