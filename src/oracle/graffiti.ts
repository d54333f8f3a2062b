// Graffiti: the byte values the harness writes into every argument. Byte k of a call's
// pool gets one value per round; across the ROUNDS rounds the tuple of values is unique to
// k and carries a check digit, so a byte seen at the same place in every round names its
// origin with no ambiguity. runtime.c computes exactly the same function.

export const ROUNDS = 4;
const BASE = 254; // values 2..255: 0 and 1 are kept for _Bool bytes
const MIN = 2;

function digits(k: number): [number, number, number] {
  return [k % BASE, Math.floor(k / BASE) % BASE, Math.floor(k / (BASE * BASE)) % BASE];
}

function mix(d: [number, number, number]): number[] {
  const [d0, d1, d2] = d;
  return [d0, (d1 + 97 * d0) % BASE, (d2 + 31 * d0 + 53 * d1) % BASE, (7 * d0 + 11 * d1 + 13 * d2 + 101) % BASE];
}

export function poolByte(round: number, k: number): number {
  // Round 0 is d0 itself, and the host asks for it for every byte it checks.
  return (round === 0 ? k % BASE : mix(digits(k))[round]!) + MIN;
}

const mod = (a: number): number => ((a % BASE) + BASE) % BASE;

/** The pool index whose graffiti this tuple is, or -1 when it is not a graffiti tuple. */
export function decodeTuple(v: ArrayLike<number>): number {
  return decodeBytes(v[0]!, v[1]!, v[2]!, v[3]!);
}

/** decodeTuple of one place's bytes in rounds 0..3; called for every byte the probe saw, so it allocates nothing. */
export function decodeBytes(b0: number, b1: number, b2: number, b3: number): number {
  if (b0 < MIN || b1 < MIN || b2 < MIN || b3 < MIN) return -1;
  const d0 = b0 - MIN;
  const d1 = mod(b1 - MIN - 97 * d0);
  const d2 = mod(b2 - MIN - 31 * d0 - 53 * d1);
  if ((7 * d0 + 11 * d1 + 13 * d2 + 101) % BASE !== b3 - MIN) return -1;
  return d0 + BASE * d1 + BASE * BASE * d2;
}

/** `_Bool` bytes may only hold 0 or 1: slot s (0..13) holds bit r of (s + 1) in round r. */
export const BOOL_SLOTS = (1 << ROUNDS) - 2;
export function boolByte(round: number, slot: number): number {
  return ((slot % BOOL_SLOTS) + 1) >> round & 1;
}
export function decodeBool(v: ArrayLike<number>): number {
  return decodeBoolBytes(v[0]!, v[1]!, v[2]!, v[3]!);
}

/** decodeBool of one place's bytes in rounds 0..3. */
export function decodeBoolBytes(b0: number, b1: number, b2: number, b3: number): number {
  if (b0 > 1 || b1 > 1 || b2 > 1 || b3 > 1) return -1;
  const pattern = b0 | (b1 << 1) | (b2 << 2) | (b3 << 3);
  return pattern === 0 || pattern === (1 << ROUNDS) - 1 ? -1 : pattern - 1;
}
