// Steps that drop one layout attribute: `packed`, `aligned(N)` or `vector_size(N)` on a
// record, member, typedef or enum, a member's `_Alignas(N)`, or a `#pragma pack`.
import type { Attrs, Decl, Header } from '../c/ir.js';
import { replaceAt, sitesOf, without } from './sites.js';
import type { Step } from './step.js';

type AnyAttrs = Attrs & { vectorSize?: number };
const KEYS = ['packed', 'aligned', 'vectorSize'] as const;

/** `attrs` without each of its attributes in turn. */
function eachDropped<A extends AnyAttrs>(attrs: A): A[] {
  return KEYS.filter((k) => attrs[k] !== undefined).map((k) => without(attrs, k) as A);
}

const replaceDecl = (h: Header, i: number, d: Decl): Header => ({ decls: replaceAt(h.decls, i, d) });

export const dropRecordAttr: Step = (h) =>
  sitesOf(h).records.flatMap((r) => eachDropped(r.def.attrs).map((attrs) => r.replace({ ...r.def, attrs })));

export const dropMemberAttr: Step = (h) =>
  sitesOf(h).records.flatMap((r) => r.def.members.flatMap((m, i) => {
    const put = (nm: typeof m): Header => r.replace({ ...r.def, members: replaceAt(r.def.members, i, nm) });
    const alignas = m.alignas === undefined ? [] : [put(without(m, 'alignas'))];
    return [...eachDropped(m.attrs).map((attrs) => put({ ...m, attrs })), ...alignas];
  }));

export const dropDeclAttr: Step = (h) =>
  h.decls.flatMap((d, i) => {
    switch (d.kind) {
      case 'typedef': return eachDropped(d.attrs).map((attrs) => replaceDecl(h, i, { ...d, attrs }));
      case 'enum': return eachDropped(d.attrs).map((attrs) => replaceDecl(h, i, { ...d, attrs }));
      case 'record': return d.pack === undefined ? [] : [replaceDecl(h, i, without(d, 'pack'))];
      case 'function': return [];
    }
  });

export const attrSteps: Step[] = [dropRecordAttr, dropMemberAttr, dropDeclAttr];
