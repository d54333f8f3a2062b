// From a raw BTF id table (btf-parse.ts) to the type graph the rest of func-model reads
// (btf.ts): ids become references, member offsets are split per the record's kind_flag,
// and FUNC records are paired with their FUNC_PROTO. Pointers are not followed, which is
// what makes a self-referencing struct harmless; any other cycle is malformed BTF.
import { BtfFormatError, type RawBtf, type RawMember, type RawType } from './btf-parse.js';
import { BTF_VOID, type BtfFunc, type BtfMember, type BtfType } from './btf.js';

export class BtfGraph {
  private readonly done = new Map<number, BtfType>();
  private readonly active = new Set<number>();
  private funcs: Map<string, BtfFunc> | undefined;

  constructor(readonly raw: RawBtf) {}

  type(id: number): BtfType {
    if (id === 0) return BTF_VOID;
    const known = this.done.get(id);
    if (known) return known;
    if (this.active.has(id)) throw new BtfFormatError(`type ${id} contains itself`);
    this.active.add(id);
    const t = this.build(this.rawType(id));
    this.active.delete(id);
    this.done.set(id, t);
    return t;
  }

  /** The FUNC named `name` with its prototype, or undefined when BTF has none. */
  func(name: string): BtfFunc | undefined {
    this.funcs ??= this.collectFuncs();
    return this.funcs.get(name);
  }

  funcNames(): string[] {
    this.funcs ??= this.collectFuncs();
    return [...this.funcs.keys()];
  }

  private rawType(id: number): RawType {
    const t = this.raw.types[id];
    if (!t) throw new BtfFormatError(`type id ${id} does not exist`);
    return t;
  }

  private build(t: RawType): BtfType {
    switch (t.kind) {
      case 'int': return { kind: 'int', name: t.name, size: t.sizeType, encoding: t.encoding, bits: t.bits };
      case 'ptr': return { kind: 'ptr' };
      case 'array': return { kind: 'array', elem: this.type(t.elemType), nelems: t.nelems };
      case 'struct': case 'union':
        return { kind: t.kind, name: t.name, size: t.sizeType, members: t.members.map((m) => this.member(m, t.kflag)) };
      case 'enum': case 'enum64':
        return { kind: t.kind, name: t.name, size: t.sizeType, signed: t.kflag };
      case 'fwd': return { kind: 'fwd', name: t.name, union: t.kflag };
      case 'typedef': return { kind: 'typedef', name: t.name, type: this.type(t.sizeType) };
      case 'const': case 'volatile': case 'restrict': case 'type_tag':
        return { kind: 'modifier', modifier: t.kind, type: this.type(t.sizeType) };
      case 'float': return { kind: 'float', name: t.name, size: t.sizeType };
      default: throw new BtfFormatError(`type ${t.id}: a ${t.kind.toUpperCase()} is not a data type`);
    }
  }

  private member(m: RawMember, kflag: boolean): BtfMember {
    const type = this.type(m.type);
    if (!kflag) return { name: m.name, type, bitOffset: m.offset, bitfieldSize: 0 };
    return { name: m.name, type, bitOffset: m.offset & 0xffffff, bitfieldSize: m.offset >>> 24 };
  }

  private collectFuncs(): Map<string, BtfFunc> {
    const out = new Map<string, BtfFunc>();
    for (const t of this.raw.types) {
      if (t?.kind !== 'func') continue;
      const proto = this.rawType(t.sizeType);
      if (proto.kind !== 'func_proto') throw new BtfFormatError(`FUNC ${t.name}: type ${proto.id} is not a FUNC_PROTO`);
      out.set(t.name, {
        name: t.name,
        ret: this.type(proto.sizeType),
        params: proto.params.map((p) => ({ name: p.name, type: this.type(p.type) })),
      });
    }
    return out;
  }
}
