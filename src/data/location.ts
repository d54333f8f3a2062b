// Where the bytes of one value went, in a target's location vocabulary (docs/check-json.md):
// a register byte (`x2.0`, `v1.4`), a stack offset (`stack+17`), or a byte of a copy passed
// by reference (`ref(x3)+5`). Observed by the oracle, predicted by the model: the same
// strings, so they compare byte for byte.

export interface Located {
  /** Containers in value byte order: `x2`, `v0`, `stack+16`, `ref(x3)`, `ref(stack+8)`. */
  pieces: string[];
  /** Per byte: `x2.0`, `v1.4`, `stack+17`, `ref(x3)+5`; null for padding, `?` when not found. */
  bytes: (string | null)[];
  missing: number;
  /** For a value passed by reference: the largest power of two (up to 4096) dividing the copy's address. */
  refAlign?: number;
}

/**
 * A predicted byte the caller overwrites with another argument's before the call: a
 * dialect that counts fewer registers than it fills (gcc's long double vector halves)
 * loses the next argument's bytes there. Whatever is observed for it (`?`, a stale copy)
 * is what such a byte looks like.
 */
export const LOST = 'lost';

/** Whether observed bytes are the predicted ones, a LOST byte matching anything. */
export function bytesAsPredicted(observed: readonly (string | null)[], predicted: readonly (string | null)[]): boolean {
  return observed.length === predicted.length && observed.every((x, i) => predicted[i] === LOST || (x ?? '') === (predicted[i] ?? ''));
}

/** What one config's layout records say of a value type: which bits carry value, where its _Bools are. */
export interface ValueShape {
  size: number;
  /** Per byte, the bits that are not padding. */
  mask: Buffer;
  /** Per byte: 0, 1 + the _Bool slot the caller wrote there, or NORMALIZED. */
  boolmap: Buffer;
}

/**
 * A byte holding the top bits of a _BitInt(N) with N % 8 != 0: compilers re-extend those
 * bits when passing the value, so its graffiti survives only in stale copies and it is
 * not located (its value bits are still compared caller against callee).
 */
export const NORMALIZED = 0xff;
