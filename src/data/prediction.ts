// The model's answer for one prototype: where the target's calling convention puts each
// value, in the same location vocabulary as the oracle's observations, with the rules
// that fired and the convention's own state before and after each value.
import type { Located } from './location.js';

/** A convention's state before and after a value, by the names the report prints (AAPCS64: ngrn, nsrn, nsaa). */
export type RuleState = Readonly<Record<string, readonly [number, number]>>;

export interface Prediction extends Pick<Located, 'pieces' | 'bytes'> {
  /** Rules that fired, in order (empty when not asked for). */
  trace: string[];
  state: RuleState;
  /** The alignment the convention rounds to for this value (0 for an empty one). */
  naturalAlign: number;
  /** For a value passed by reference: the alignment of the caller's copy. */
  copyAlign?: number;
}

/**
 * A value larger than this is predicted by its pieces only (`bytes` empty): naming every
 * byte of a megabyte struct would cost memory in proportion, and the harness, whose pool
 * is as large, cannot observe such a value to compare with.
 */
export const MODELLED_BYTES = 1 << 16;

export interface FunctionPrediction {
  args: Prediction[];
  ret: Prediction | undefined;
}
