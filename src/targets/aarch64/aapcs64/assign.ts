// Stage C of AAPCS64 argument passing (rules C.1–C.17, current numbering): given the
// NGRN/NSRN/NSAA state and a classified argument, where the argument goes and the next
// state. Pure: the state is a value.
import { roundUp } from '../../../layout/round.js';
import type { ArgClass, Classified, Trace } from './classes.js';
import type { PassingRules } from './rules.js';

export interface State {
  ngrn: number;
  nsrn: number;
  nsaa: number;
}

/** Where byte j of an argument lives. */
export type Placement =
  | { where: 'none' }
  /** x(reg + j/8).(j%8) */
  | { where: 'x'; reg: number }
  /** v(reg + j/stride).(j%stride): one register per HFA member, or one for a scalar. */
  | { where: 'v'; reg: number; stride: number }
  /** Member m (`stride` bytes) in its own place, `pieces[m]`; byte j is `bytes[j]`. */
  | { where: 'members'; stride: number; pieces: string[]; bytes: string[] }
  /** stack+(offset + j) */
  | { where: 'stack'; offset: number }
  /** ref(via)+j: the pointer to the copy is in `via` (`x3`, `stack+8`, `x8`). */
  | { where: 'ref'; via: string };

export interface Assigned {
  placement: Placement;
  next: State;
}


/** Written out, not spread from the previous state: V8 gives spread objects assorted hidden classes. */
const state = (ngrn: number, nsrn: number, nsaa: number): State => ({ ngrn, nsrn, nsaa });

export function assign(arg: Classified, s: State, trace?: Trace, rules: PassingRules = {}): Assigned {
  const cls = arg.cls;
  switch (cls.c) {
    case 'empty': return { placement: { where: 'none' }, next: s };
    case 'fp': return assignFp(cls, arg.natural, s, trace);
    case 'hfa': return assignHfa(cls, arg.natural, s, trace, rules);
    case 'split': return assignSplit(cls, s, trace);
    case 'memory': {
      trace?.push('C.13: NGRN = 8');
      return toStack(cls.size, arg.natural, s, 'C.15', trace, rules);
    }
    case 'int': return cls.size === 16 ? assignQuadInt(arg.natural, s, trace, rules) : assignInt(cls.size, s, trace, rules);
    case 'composite': return assignComposite(cls, arg.natural, s, trace, rules);
    case 'byref': return assignPointer(s, trace);
  }
}

function assignFp(cls: Extract<ArgClass, { c: 'fp' }>, natural: number, s: State, trace: Trace): Assigned {
  if (s.nsrn < 8) {
    trace?.push(`C.1: v${s.nsrn}`);
    return { placement: { where: 'v', reg: s.nsrn, stride: 16 }, next: state(s.ngrn, s.nsrn + 1, s.nsaa) };
  }
  let nsaa = s.nsaa;
  if (cls.quad || natural >= 16) {
    nsaa = roundUp(nsaa, natural >= 16 ? 16 : 8);
    trace?.push(`C.4: NSAA rounded to ${natural >= 16 ? 16 : 8}: ${nsaa}`);
  }
  const size = Math.max(8, roundUp(cls.size, 8));
  if (cls.size < 8) trace?.push(`C.5: ${cls.size}-byte FP takes 8 bytes`);
  trace?.push(`C.6: stack+${nsaa}`);
  return { placement: { where: 'stack', offset: nsaa }, next: state(s.ngrn, s.nsrn, nsaa + size) };
}

function assignHfa(cls: Extract<ArgClass, { c: 'hfa' }>, natural: number, s: State, trace: Trace, rules: PassingRules): Assigned {
  const { count, memberSize } = cls.ha;
  // A dialect's HFA that counts fewer registers than it fills also fits by that count: its
  // members past v7 go to a register no argument has (and are lost there).
  const counted = cls.ha.counted ?? count;
  if (s.nsrn + counted <= 8) {
    trace?.push(`C.2: v${s.nsrn}..v${s.nsrn + count - 1}`);
    if (counted < count) trace?.push(`dialect: NSRN counts ${counted} of them: ${s.nsrn + counted}`);
    return { placement: { where: 'v', reg: s.nsrn, stride: memberSize }, next: state(s.ngrn, s.nsrn + counted, s.nsaa) };
  }
  const align = rules.hfaStackAlign?.(natural, memberSize, count) ?? (natural >= 16 ? 16 : 8);
  const nsaa = roundUp(s.nsaa, align);
  trace?.push(
    `C.3: ${count} members, ${Math.max(0, 8 - s.nsrn)} SIMD/FP registers left: NSRN = 8`,
    `C.4: NSAA rounded to ${align}: ${nsaa}`,
    `C.6: stack+${nsaa}`,
  );
  return { placement: { where: 'stack', offset: nsaa }, next: state(s.ngrn, 8, nsaa + roundUp(cls.size, 8)) };
}

/** Each member as a scalar FP argument of its own (C.1, C.5, C.6): a register while any is left, then an 8-byte stack slot. */
function assignSplit({ count, memberSize }: Extract<ArgClass, { c: 'split' }>, s: State, trace: Trace): Assigned {
  let { nsrn, nsaa } = s;
  const pieces: string[] = [];
  const bytes: string[] = [];
  for (let m = 0; m < count; m++) {
    const inReg = nsrn < 8;
    pieces.push(inReg ? `v${nsrn}` : `stack+${nsaa}`);
    for (let j = 0; j < memberSize; j++) bytes.push(inReg ? `v${nsrn}.${j}` : `stack+${nsaa + j}`);
    if (inReg) nsrn++;
    else nsaa += 8;
  }
  const inRegs = pieces.filter((p) => p.startsWith('v'));
  if (inRegs.length) trace?.push(`C.1: members in ${inRegs.join(', ')}`);
  if (inRegs.length < pieces.length) trace?.push(`C.6: members at ${pieces.slice(inRegs.length).join(', ')}`);
  return { placement: { where: 'members', stride: memberSize, pieces, bytes }, next: state(s.ngrn, nsrn, nsaa) };
}

function assignInt(size: number, s: State, trace: Trace, rules: PassingRules): Assigned {
  if (s.ngrn < 8) {
    trace?.push(`C.9: x${s.ngrn}`);
    return { placement: { where: 'x', reg: s.ngrn }, next: state(s.ngrn + 1, s.nsrn, s.nsaa) };
  }
  trace?.push('C.13: NGRN = 8');
  return toStack(size, 8, s, 'C.17', trace, rules);
}

function assignQuadInt(natural: number, s: State, trace: Trace, rules: PassingRules): Assigned {
  let ngrn = s.ngrn;
  if (natural === 16 && ngrn % 2 === 1) {
    ngrn++;
    trace?.push(`C.10: natural alignment 16: NGRN rounded up to ${ngrn}`);
  }
  if (ngrn < 7) {
    trace?.push(`C.11: x${ngrn}, x${ngrn + 1}`);
    return { placement: { where: 'x', reg: ngrn }, next: state(ngrn + 2, s.nsrn, s.nsaa) };
  }
  trace?.push('C.13: NGRN = 8');
  return toStack(16, natural, s, 'C.17', trace, rules);
}

function assignComposite(cls: Extract<ArgClass, { c: 'composite' }>, natural: number, s: State, trace: Trace, rules: PassingRules): Assigned {
  const dwords = Math.ceil(cls.size / 8);
  let ngrn = s.ngrn;
  // (A composite of one double-word never has natural alignment 16 here: its members'
  // alignments make up its own, and its size is a multiple of that. gcc 12's natural
  // alignment can be 16 there, see DEVIATIONS.md 2, and gcc then does not round NGRN.)
  const rounds = cls.ngrn === 'even' || (cls.ngrn !== 'next' && (rules.roundsNgrn ? rules.roundsNgrn(natural, dwords) : natural >= 16));
  if (rounds && ngrn % 2 === 1) {
    ngrn++;
    trace?.push(cls.ngrn === 'even' ? `dialect: NGRN rounded up to even: ${ngrn}` : `C.10: natural alignment ${natural}: NGRN rounded up to ${ngrn}`);
  }
  if (dwords <= 8 - ngrn) {
    trace?.push(`C.12: ${dwords === 1 ? `x${ngrn}` : `x${ngrn}..x${ngrn + dwords - 1}`}`);
    return { placement: { where: 'x', reg: ngrn }, next: state(ngrn + dwords, s.nsrn, s.nsaa) };
  }
  // `even` passes the composite as an __int128 is passed: a 16-aligned slot on the stack too.
  const stackAlign = cls.ngrn === 'even' ? 16 : cls.stackAlign ?? natural;
  if (cls.straddle && dwords === 9 - ngrn) return straddle(cls.size, stackAlign, ngrn, s, trace);
  trace?.push(`C.13: ${dwords} double-words, ${Math.max(0, 8 - ngrn)} general registers left: NGRN = 8`);
  return toStack(dwords * 8, stackAlign, s, 'C.15', trace, rules);
}

/** A dialect's composite one double-word short of registers: x(ngrn)..x7, then its last double-word at NSAA, aligned as the composite would be there (8 to 16). */
function straddle(size: number, natural: number, ngrn: number, s: State, trace: Trace): Assigned {
  const nsaa = roundUp(s.nsaa, Math.min(16, Math.max(8, natural)));
  const inRegs = 8 * (8 - ngrn);
  const bytes = Array.from({ length: size }, (_, j) => (j < inRegs ? `x${ngrn + (j >> 3)}.${j & 7}` : `stack+${nsaa + j - inRegs}`));
  const pieces = [...X_NAMES.slice(ngrn), `stack+${nsaa}`];
  trace?.push(`dialect: x${ngrn}..x7, then the last double-word at stack+${nsaa}`);
  return { placement: { where: 'members', stride: 8, pieces, bytes }, next: state(8, s.nsrn, nsaa + 8) };
}

const X_NAMES = Array.from({ length: 8 }, (_, i) => `x${i}`);

/** B.4's pointer: an 8-byte integral argument of its own. */
function assignPointer(s: State, trace: Trace): Assigned {
  if (s.ngrn < 8) {
    trace?.push(`C.9: the pointer in x${s.ngrn}`);
    return { placement: { where: 'ref', via: X_NAMES[s.ngrn]! }, next: state(s.ngrn + 1, s.nsrn, s.nsaa) };
  }
  trace?.push('C.13: NGRN = 8');
  const stacked = toStack(8, 8, s, 'C.17', trace, {});
  const offset = (stacked.placement as { offset: number }).offset;
  return { placement: { where: 'ref', via: `stack+${offset}` }, next: stacked.next };
}

/** C.14–C.17: an integral (C.16, C.17) or composite (C.15) argument on the stack. */
function toStack(size: number, natural: number, s: State, rule: 'C.15' | 'C.17', trace: Trace, rules: PassingRules): Assigned {
  const align = Math.min(Math.max(8, natural), rules.stackAlignCap ?? Infinity);
  const nsaa = roundUp(s.nsaa, align);
  trace?.push(`C.14: NSAA rounded up to a multiple of ${align}: ${nsaa}`);
  if (size < 8) trace?.push(`C.16: ${size} bytes take 8`);
  trace?.push(`${rule}: stack+${nsaa}`);
  return { placement: { where: 'stack', offset: nsaa }, next: state(8, s.nsrn, nsaa + roundUp(size, 8)) };
}
