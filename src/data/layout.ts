// A value type's layout as a compiler (observed) or the layout engine (predicted) sees it:
// the same shape for both, so diff compares them field by field.

/** One member by its C access path (`.a.b[0].c`); a bit-field has bit offset and width instead. */
export interface MemberLayout {
  path: string;
  offset?: number;
  size?: number;
  /** What `__alignof__(v.path)` says: the member's declared alignment, not its type's. */
  align?: number;
  bitOffset?: number;
  bitWidth?: number;
}

export interface ValueLayout {
  size: number;
  align: number;
  members: MemberLayout[];
}
