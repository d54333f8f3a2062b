// `struct`/`union` specifiers and their members. A tagged definition is hoisted into a
// top-level declaration wherever it appears (C gives its tag file scope anyway), so the
// IR only ever holds untagged records inline.
import { appendAll } from './append.js';
import { accept, at, errorAt, expect, expected, next, peek, type ParserState } from './cursor.js';
import type { Member, RecordDef, Type } from './ir.js';
import { nested, noteRecordDepth, noteValueDepth } from './nesting.js';
import { parseAttrs, toAttrs } from './parse-attrs.js';
import { applyOps, checkComplete, parseDeclarator } from './parse-declarator.js';
import { parseIntIn } from './parse-expr.js';
import { parseSpecifiers, type SpecContext, type Specs } from './parse-spec.js';
import { defineTag, useTag } from './parse-tags.js';
import { printType } from './print.js';

export function parseRecordSpecifier(s: ParserState, ctx: SpecContext): Type {
  const kw = next(s);
  const kind = kw.text as 'struct' | 'union';
  const pre = parseAttrs(s);
  const tagTok = peek(s).kind === 'ident' ? next(s) : undefined;
  if (!at(s, '{')) {
    if (tagTok === undefined) throw expected(s, `'{' or a ${kind} tag`);
    if (pre.length > 0) throw errorAt(s, pre[0]!.tok, `unsupported: attributes on a ${kind} reference`);
    useTag(s, tagTok, kind);
    return { t: 'tagref', kind, tag: tagTok.text };
  }
  if (ctx === 'param') throw errorAt(s, kw, `unsupported: ${kind} definition in a parameter list`);
  if (tagTok !== undefined) defineTag(s, tagTok, kind);
  const members = nested(s, peek(s), 'record', () => parseMembers(s));
  const attrs = toAttrs(s, [...pre, ...parseAttrs(s)], 'record');
  if (tagTok === undefined) {
    const def = { kind, members, attrs };
    noteRecordDepth(s, def);
    return { t: 'record', def };
  }
  s.tags.set(tagTok.text, { kind, defined: true });
  const def: RecordDef = { kind, tag: tagTok.text, members, attrs };
  noteValueDepth(s, `${kind} ${tagTok.text}`, { t: 'record', def }, tagTok);
  s.pending.push({ kind: 'record', def, ...(s.pack === undefined ? {} : { pack: s.pack }) });
  return { t: 'tagref', kind, tag: tagTok.text };
}

function parseMembers(s: ParserState): Member[] {
  expect(s, '{');
  const out: Member[] = [];
  while (!at(s, '}')) {
    const t = peek(s);
    if (t.kind === 'eof') throw expected(s, `'}'`);
    if (t.kind === 'pragma') throw errorAt(s, t, 'unsupported: #pragma pack inside a struct or union');
    if (!accept(s, ';')) appendAll(out, parseMemberDecl(s));
  }
  next(s);
  return out;
}

function parseMemberDecl(s: ParserState): Member[] {
  const specs = parseSpecifiers(s, 'member');
  if (specs.anonEnum !== undefined) throw errorAt(s, specs.anonEnum.tok, 'unsupported: untagged enum as a member type (give it a tag)');
  const base = specs.base!;
  if (accept(s, ';')) {
    if (base.t !== 'record') throw errorAt(s, specs.start, 'declaration does not declare anything');
    // An anonymous member's own attributes can only lead the declaration.
    return [member(undefined, base, undefined, toAttrs(s, specs.attrs, 'member'), specs.alignas)];
  }
  const out: Member[] = [];
  do {
    if (out.length > 0 && base.t === 'record') throw errorAt(s, peek(s), 'unsupported: several members sharing one untagged struct definition');
    out.push(parseMemberDeclarator(s, specs, base));
  } while (accept(s, ','));
  expect(s, ';');
  return out;
}

function parseMemberDeclarator(s: ParserState, specs: Specs, base: Type): Member {
  const d = at(s, ':') ? undefined : parseDeclarator(s, 'named');
  const type = d === undefined ? base : applyOps(s, d, base, 'member');
  const raws = [...specs.attrs, ...parseAttrs(s)];
  let bits: number | undefined;
  if (at(s, ':')) {
    const colon = next(s);
    bits = parseIntIn(s, 'bit-field width', 0, 65535);
    if (!isBitFieldType(s, type)) throw errorAt(s, colon, `unsupported: bit-field of non-integer type '${printType(type)}'`);
    if (bits === 0 && d !== undefined) throw errorAt(s, d.start, `named bit-field '${d.name}' has zero width`);
    if (specs.alignas !== undefined) throw errorAt(s, specs.start, `'_Alignas' on a bit-field`);
  }
  appendAll(raws, parseAttrs(s));
  checkComplete(s, type, d?.start ?? specs.start);
  return member(d?.name, type, bits, toAttrs(s, raws, 'member'), specs.alignas);
}

function member(name: string | undefined, type: Type, bits: number | undefined, attrs: Member['attrs'], alignas: number | undefined): Member {
  return {
    ...(name === undefined ? {} : { name }),
    type,
    ...(bits === undefined ? {} : { bits }),
    attrs,
    ...(alignas === undefined ? {} : { alignas }),
  };
}

// A loop through typedef names, not recursion: a header may chain any number of them.
function isBitFieldType(s: ParserState, t: Type): boolean {
  let cur = t;
  while (cur.t === 'named') {
    const td = s.typedefs.get(cur.name);
    if (td === undefined || td.vector) return false;
    cur = td.type;
  }
  switch (cur.t) {
    case 'scalar': return !/^(c?float|c?double|c?ldouble|c?float16|bf16)$/.test(cur.s);
    case 'bitint': return true;
    case 'tagref': return cur.kind === 'enum';
    default: return false;
  }
}
