// Which graffiti slot each `_Bool` byte of a prototype's values carries. The caller, the
// callee's return value and the layout observer walk the same values in the same order,
// each with its own counter, and so agree on every slot without sharing state.

/** Bool slot 13 is the probe's, for `_Bool` return values (see runtime.c). */
export const BOOL_SLOTS_FOR_VALUES = 13;

export class BoolSlots {
  private next = 0;
  /** `count` consecutive slots: one per element of the arrays around a `_Bool` leaf. */
  take(count: number): number {
    const first = this.next;
    this.next += count;
    return first;
  }
}
