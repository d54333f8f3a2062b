// How deep a header may nest. The parser recurses once per level (a struct inside a struct,
// a parenthesis, a parameter list), and every later walk over a type (printing, layout)
// recurses once per level of its IR. Real headers nest a handful of levels; the bound
// turns a damaged or generated `((((...))))` into a located error instead of a stack
// overflow. Both depths are bounded: the parser's as it descends, and a type's once its
// declarator is read (the pointers of `struct { ... } **p` come after the braces).
import { errorAt, type ParserState } from './cursor.js';
import type { RecordDef, Type } from './ir.js';
import type { Token } from './lex.js';

export const MAX_NESTING = 256;

/** What nests, as the error names it. */
export type Nesting = 'declarator' | 'record' | 'expression' | 'type' | 'value';

const WHAT: Record<Nesting, string> = {
  declarator: `pointers, arrays, parentheses and parameter lists of a declarator`,
  record: 'structs and unions defined inside each other',
  expression: 'parentheses in a constant expression',
  type: 'pointers, arrays and untagged structs inside each other in one type',
  value: 'structs, unions, arrays and typedefs held by value inside each other, through their names',
};

/** Enters one more level at `at`; the caller restores `s.depth` when the construct ends. */
export function deeper(s: ParserState, at: Token, what: Nesting): void {
  if (s.depth >= MAX_NESTING) throw errorAt(s, at, `nesting deeper than ${MAX_NESTING} levels (${WHAT[what]})`);
  s.depth++;
}

/** `parse`, one level deeper than the current one. */
export function nested<T>(s: ParserState, at: Token, what: Nesting, parse: () => T): T {
  const depth = s.depth;
  deeper(s, at, what);
  try {
    return parse();
  } finally {
    s.depth = depth;
  }
}

/** Checks that `t`, declared `s.depth` levels deep at `at`, nests no deeper than the bound. */
export function checkTypeDepth(s: ParserState, t: Type, at: Token): void {
  if (s.depth + typeDepth(s, t) > MAX_NESTING) throw errorAt(s, at, `nesting deeper than ${MAX_NESTING} levels (${WHAT.type})`);
}

/** Notes how deep an untagged record's IR is: one level more than its deepest member's type. */
export function noteRecordDepth(s: ParserState, def: RecordDef): void {
  s.recordDepths.set(def, 1 + def.members.reduce((deepest, m) => Math.max(deepest, typeDepth(s, m.type)), 0));
}

/** Levels of pointers, arrays and untagged records in `t`'s IR (tagged ones are names there). */
function typeDepth(s: ParserState, t: Type): number {
  let levels = 0;
  let cur = t;
  for (; cur.t === 'ptr' || cur.t === 'array'; levels++) cur = cur.t === 'ptr' ? cur.to : cur.of;
  return levels + (cur.t === 'record' ? s.recordDepths.get(cur.def) ?? 0 : 0);
}

/**
 * Notes how deep a value of the tag or typedef `key` nests by value: a member of a named
 * struct type is laid out inside it, however the names chain, while a pointer ends the
 * chain. `struct s2 { struct s1 a; }` ... nests no deeper in the source than one level,
 * but the layout engine recurses once per name.
 */
export function noteValueDepth(s: ParserState, key: string, t: Type, at: Token): void {
  const depth = valueDepth(s, t);
  if (depth > MAX_NESTING) throw errorAt(s, at, `nesting deeper than ${MAX_NESTING} levels (${WHAT.value})`);
  s.valueDepths.set(key, depth);
}

function valueDepth(s: ParserState, t: Type): number {
  switch (t.t) {
    case 'array': return 1 + valueDepth(s, t.of);
    case 'record': return 1 + t.def.members.reduce((deepest, m) => Math.max(deepest, valueDepth(s, m.type)), 0);
    case 'tagref': return s.valueDepths.get(`${t.kind} ${t.tag}`) ?? 0;
    // Each typedef name is one more step for whatever resolves it.
    case 'named': return 1 + (s.valueDepths.get(`typedef ${t.name}`) ?? 0);
    default: return 0;
  }
}
