// Turns the harness's records into Observations: per prototype and config, the layout of
// every value type, where each argument and the return value went, and whether each
// compiled callee received what the caller sent. Pure.
import { boolByte, poolByte } from './graffiti.js';
import { locateArgs, locateReturn, type BrokenBy } from './locate.js';
import type { MemberLayout, ValueLayout } from '../data/layout.js';
import { NORMALIZED, type Located, type ValueShape } from '../data/location.js';
import type { CalleeCheck } from '../data/observation.js';
import { Kind, PROBE_ID, u64s, type RawRecord } from './records.js';
import type { Target } from '../targets/target.js';
import type { PrototypePlan } from './plan.js';

/** Records of one (prototype, caller config), sorted by what they are. */
export interface CallerRecords {
  layout: Map<number, RawRecord>;
  mask: Map<number, RawRecord>;
  boolmap: Map<number, RawRecord>;
  probe: RawRecord[];
  probeRet: RawRecord[];
  calleeArgs: RawRecord[];
  calleeRet: RawRecord[];
  clobber: RawRecord | undefined;
}

export function groupRecords(records: RawRecord[]): Map<string, CallerRecords> {
  const groups = new Map<string, CallerRecords>();
  for (const r of records) {
    if (r.kind === Kind.BEGIN || r.kind === Kind.END) continue;
    const key = `${r.proto}:${r.a}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { layout: new Map(), mask: new Map(), boolmap: new Map(), probe: [], probeRet: [], calleeArgs: [], calleeRet: [], clobber: undefined }));
    switch (r.kind) {
      case Kind.LAYOUT: g.layout.set(r.idx, r); break;
      case Kind.MASK: g.mask.set(r.idx, r); break;
      case Kind.BOOLMAP: g.boolmap.set(r.idx, r); break;
      case Kind.PROBE: g.probe.push(r); break;
      case Kind.CALLEE_ARG: g.calleeArgs.push(r); break;
      case Kind.CLOBBER: g.clobber = r; break;
      case Kind.RET_RECV: (r.b === PROBE_ID ? g.probeRet : g.calleeRet).push(r); break;
    }
  }
  return groups;
}

export function layoutsOf(plan: PrototypePlan, g: CallerRecords): ValueLayout[] {
  const values = [...plan.params, ...(plan.ret ? [plan.ret] : [])];
  return values.map((v, i) => {
    const raw = u64s(g.layout.get(i)!.data);
    const members = v.entries.map((e, k): MemberLayout => {
      const [a, b, c] = raw.slice(2 + 3 * k, 5 + 3 * k) as [number, number, number];
      return e.bitfield ? { path: e.path, bitOffset: a, bitWidth: b } : { path: e.path, offset: a, size: b, align: c };
    });
    return { size: raw[0]!, align: raw[1]!, members };
  });
}

export function shapesOf(g: CallerRecords, count: number): ValueShape[] {
  return Array.from({ length: count }, (_, i) => ({ size: g.mask.get(i)!.data.length, mask: g.mask.get(i)!.data, boolmap: g.boolmap.get(i)!.data }));
}

const byRound = (rs: RawRecord[]): Buffer[] => {
  const out: Buffer[] = [];
  for (const r of rs) out[r.round] = r.data;
  return out;
};

export function locateParams(target: Target, plan: PrototypePlan, g: CallerRecords): Located[] {
  const shapes = shapesOf(g, plan.params.length);
  const probes = byRound(g.probe).map(target.parseProbe);
  return locateArgs(target, probes, shapes, readsOf(target, g, plan.params.length));
}

/** Where the return value came back from: phase 1's records, or phase 2's when given. */
export function locateRet(target: Target, plan: PrototypePlan, g: CallerRecords, phase2Ret: RawRecord[] | undefined): Located | undefined {
  if (!plan.ret) return undefined;
  const shapes = shapesOf(g, plan.params.length + 1);
  const retShape = shapes[plan.params.length]!;
  const fill = shapes.reduce((s, p) => s + p.size, 0);
  const received = byRound(phase2Ret ?? g.probeRet);
  return locateReturn(target, received, retShape, fill, isTopLevelBool(plan));
}

/**
 * Per parameter, which of its bytes destroying a place broke (the target's abf_clobber,
 * row by row: a u64 per place and parameter, bit j for byte j, bit 63 for the rest).
 */
function readsOf(target: Target, g: CallerRecords, nparams: number): BrokenBy[] {
  const broke = g.clobber?.data;
  const rows = rowsOf(target);
  if (!broke || broke.length < 8 * rows.size * nparams) return Array.from({ length: nparams }, () => NOTHING_BROKEN);
  return Array.from({ length: nparams }, (_, i) => brokenBytes(broke, rows, nparams, i));
}

const NOTHING_BROKEN: BrokenBy = () => false;

/**
 * One parameter's bytes as each place's destruction broke them. A byte that every
 * destruction broke is one the callee never received (a hole its caller left, bytes a
 * compiler does not pass): it holds whatever the frame held, which changes from run to
 * run. A byte that none broke is one the patterns could not change (aarch64's are
 * addresses, whose top bytes never differ: a 1-bit field there). Neither says where the
 * callee reads it; for them a place counts when it broke some other byte of the argument.
 */
export function brokenBytes(broke: Buffer, rows: Map<string, number>, nparams: number, i: number): BrokenBy {
  const words = (row: number): [number, number] => {
    const at = 8 * (row * nparams + i);
    return [broke.readUInt32LE(at), broke.readUInt32LE(at + 4)];
  };
  const masks = new Map<string, [number, number]>();
  let every: [number, number] = [~0, ~0];
  let some: [number, number] = [0, 0];
  for (const [place, row] of rows) {
    const m = words(row);
    masks.set(place, m);
    every = [every[0] & m[0], every[1] & m[1]];
    some = [some[0] | m[0], some[1] | m[1]];
  }
  const silent: [number, number] = [every[0] | ~some[0], every[1] | ~some[1]];
  const informative = new Set([...masks].filter(([, m]) => (m[0] & ~silent[0]) !== 0 || (m[1] & ~silent[1]) !== 0).map(([p]) => p));
  return (place, j) => {
    const m = masks.get(place);
    if (!m) return false;
    const bit = Math.min(j, 63);
    const word = bit < 32 ? 0 : 1;
    if (((silent[word] >>> (bit % 32)) & 1) === 1) return informative.has(place);
    return ((m[word] >>> (bit % 32)) & 1) === 1;
  };
}

const clobberRows = new WeakMap<Target, Map<string, number>>();

function rowsOf(target: Target): Map<string, number> {
  let rows = clobberRows.get(target);
  if (!rows) clobberRows.set(target, (rows = new Map(target.clobberPlaces.map((p, row) => [p, row]))));
  return rows;
}

/**
 * The probe writes through the result pointer only when nothing of the return value came
 * back from the registers it filled: then that register must have held the result address. A value partly found
 * in registers (its other bits normalized by the caller, as for _BitInt) is not indirect.
 */
export function needsPhase2(located: Located | undefined): boolean {
  return located !== undefined && located.bytes.every((b) => b === null || b === '?') && located.missing > 0;
}

function isTopLevelBool(plan: PrototypePlan): boolean {
  const a = plan.ret?.access;
  return a?.length === 1 && a[0]!.kind === 'leaf' && a[0]!.isBool && a[0]!.path === '';
}

/** What the caller in config `a` wrote for value i, byte j, in round 0. */
function expectedByte(shape: ValueShape, base: number, j: number): number {
  const slot = shape.boolmap[j]!;
  return slot !== 0 && slot !== NORMALIZED ? boolByte(0, slot - 1) : poolByte(0, base + j);
}

/** The bytes a caller passes for a value at pool offset `base` (padding as the pool has it). */
export function expectedBytes(shape: ValueShape, base: number): Uint8Array {
  return Uint8Array.from({ length: shape.size }, (_, j) => expectedByte(shape, base, j));
}

function sameUnderMask(got: Buffer, shape: ValueShape, base: number): boolean {
  return got.length === shape.size && wrongBytes(got, shape, base).length === 0;
}

/** The bytes of `got` whose value bits differ from what the caller passed (value at pool offset `base`). */
export function wrongBytes(got: Uint8Array, shape: ValueShape, base: number): number[] {
  const wrong: number[] = [];
  for (let j = 0; j < shape.size; j++) if (((got[j]! ^ expectedByte(shape, base, j)) & shape.mask[j]!) !== 0) wrong.push(j);
  return wrong;
}

/** Each value's offset in the graffiti pool: parameters back to back, then the return value. */
export function poolBases(shapes: ValueShape[]): number[] {
  return shapes.reduce<number[]>((acc, s, i) => (acc.push(i === 0 ? 0 : acc[i - 1]! + shapes[i - 1]!.size), acc), []);
}

export function calleeChecks(plan: PrototypePlan, g: CallerRecords, all: Map<string, CallerRecords>, configIds: string[], crashed: Map<number, string>): CalleeCheck[] {
  const nvalues = plan.params.length + (plan.ret ? 1 : 0);
  const shapes = shapesOf(g, nvalues);
  const bases = poolBases(shapes);
  const calleeIds = new Set([...[...g.calleeRet, ...g.calleeArgs].map((r) => r.b), ...crashed.keys()]);
  return [...calleeIds].sort((x, y) => x - y).map((b): CalleeCheck => {
    const crash = crashed.get(b);
    if (crash) return { callee: configIds[b]!, badArgs: [], retOk: undefined, crashed: crash };
    const got = g.calleeArgs.filter((r) => r.b === b);
    const badArgs = plan.params.map((_, i) => i).filter((i) => {
      const rec = got.find((r) => r.idx === i);
      return !rec || !sameUnderMask(rec.data, shapes[i]!, bases[i]!);
    });
    let retOk: boolean | undefined;
    if (plan.ret) {
      // The callee built its return value from its own view of the layout.
      const calleeGroup = all.get(`${plan.index}:${b}`);
      const rec = g.calleeRet.find((r) => r.b === b);
      if (calleeGroup && rec) {
        const cs = shapesOf(calleeGroup, nvalues);
        retOk = sameUnderMask(rec.data, cs[plan.params.length]!, poolBases(cs)[plan.params.length]!);
      } else retOk = false;
    }
    return { callee: configIds[b]!, badArgs, retOk };
  });
}

