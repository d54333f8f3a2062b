// The C printer. Its output is what parse.ts reads back into the same IR, so every
// placement here (where attributes go, how enumerator values are spelled) is also the
// parser's canonical form. Placements were checked against gcc-11/12 and clang-14/16/19.
import { forwardDeclarations } from './forward.js';
import { SCALARS, type Attrs, type Decl, type EnumDecl, type FunctionDecl, type Header, type Member, type RecordDecl, type RecordDef, type Type, type TypedefDecl } from './ir.js';

const INDENT = '  ';
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

export function printHeader(h: Header): string {
  const forward = forwardDeclarations(h);
  return h.decls.map((d, i) => forward[i]!.map((k) => `${k};\n`).join('') + printDecl(d) + '\n').join('');
}

export function printDecl(d: Decl): string {
  switch (d.kind) {
    case 'record': return printRecordDecl(d);
    case 'enum': return printEnum(d);
    case 'typedef': return printTypedef(d);
    case 'function': return printFunction(d);
  }
}

/** `ret name(params);` — `nameOverride` lets callers declare the same prototype under another name. */
export function printFunction(fn: FunctionDecl, nameOverride?: string): string {
  return `${printSignature(fn, nameOverride)};`;
}

/** The prototype without the trailing `;`, ready to head a definition. */
export function printSignature(fn: FunctionDecl, nameOverride?: string): string {
  const params = fn.params.length === 0 ? 'void' : fn.params.map((p) => declaration(p.type, p.name ?? '', 0)).join(', ');
  return declaration(fn.ret, `${nameOverride ?? fn.name}(${params})`, 0);
}

/** A declaration of `declarator` with type `type`, e.g. `int (*p)[4]`. */
export function printDeclaration(type: Type, declarator: string): string {
  return declaration(type, declarator, 0);
}

/** The abstract declarator of `type`, as written in casts and `sizeof`. */
export function printType(type: Type): string {
  return declaration(type, '', 0);
}

// C declarators read inside out: the derivation nearest the name is printed nearest it,
// and a pointer to an array needs parentheses because `[]` binds tighter than `*`.
function declaration(type: Type, d: string, level: number): string {
  switch (type.t) {
    case 'ptr': return declaration(type.to, type.to.t === 'array' ? `(*${d})` : `*${d}`, level);
    case 'array': return declaration(type.of, `${d}[${type.len ?? ''}]`, level);
    default: {
      const spec = specifier(type, level);
      return d === '' ? spec : `${spec} ${d}`;
    }
  }
}

function specifier(type: Exclude<Type, { t: 'ptr' | 'array' }>, level: number): string {
  switch (type.t) {
    case 'void': return 'void';
    case 'scalar': return SCALARS[type.s];
    case 'bitint': return `${type.unsigned ? 'unsigned ' : ''}_BitInt(${type.bits})`;
    case 'named': return type.name;
    case 'tagref': return `${type.kind} ${type.tag}`;
    case 'record': return printRecordDef(type.def, level);
  }
}

function printRecordDecl(d: RecordDecl): string {
  const body = `${printRecordDef(d.def, 0)};`;
  return d.pack === undefined ? body : `#pragma pack(push, ${d.pack})\n${body}\n#pragma pack(pop)`;
}

function printRecordDef(def: RecordDef, level: number): string {
  const head = def.tag === undefined ? def.kind : `${def.kind} ${def.tag}`;
  const lines = def.members.map((m) => INDENT.repeat(level + 1) + printMember(m, level + 1));
  const body = lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${INDENT.repeat(level)}}`;
  return `${head} ${body}${attrSuffix(def.attrs)}`;
}

// Attributes after the declarator (and after the width of a bit-field) bind to the member.
// An anonymous member has no declarator, and attributes after its `}` belong to the
// record type, so its own attributes lead the declaration (clang honours them there;
// gcc ignores them with a warning, which is why the generator never produces them).
function printMember(m: Member, level: number): string {
  const alignas = m.alignas === undefined ? '' : `_Alignas(${m.alignas}) `;
  const anonymous = m.name === undefined && m.bits === undefined;
  const lead = anonymous && attrList(m.attrs).length > 0 ? `${attrText(m.attrs)} ` : '';
  const bits = m.bits === undefined ? '' : ` : ${m.bits}`;
  const trail = anonymous ? '' : attrSuffix(m.attrs);
  return `${alignas}${lead}${declaration(m.type, m.name ?? '', level)}${bits}${trail};`;
}

// Both compilers accept `packed` and `aligned(N)` after the enum's closing brace (and gcc
// ignores `aligned` when `packed` is also given).
function printEnum(d: EnumDecl): string {
  const lines = d.values.map((v, i) => `${INDENT}${v.name} = ${enumValue(v.value)}${i < d.values.length - 1 ? ',' : ''}`);
  return `enum ${d.tag} {\n${lines.join('\n')}\n}${attrSuffix(d.attrs)};`;
}

/** Spelled so that neither compiler warns about the literal's type. */
function enumValue(value: string): string {
  const v = BigInt(value);
  if (v === INT64_MIN) return `(-${INT64_MAX}LL - 1)`;
  return v > INT64_MAX ? `${v}ULL` : value;
}

function printTypedef(d: TypedefDecl): string {
  return `typedef ${declaration(d.type, d.name, 0)}${attrSuffix(d.attrs)};`;
}

function attrList(a: Attrs & { vectorSize?: number }): string[] {
  return [
    ...(a.vectorSize === undefined ? [] : [`vector_size(${a.vectorSize})`]),
    ...(a.packed ? ['packed'] : []),
    ...(a.aligned === undefined ? [] : [`aligned(${a.aligned})`]),
  ];
}

function attrText(a: Attrs & { vectorSize?: number }): string {
  return `__attribute__((${attrList(a).join(', ')}))`;
}

function attrSuffix(a: Attrs & { vectorSize?: number }): string {
  return attrList(a).length === 0 ? '' : ` ${attrText(a)}`;
}
