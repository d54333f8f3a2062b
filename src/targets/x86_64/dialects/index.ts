// Every known departure of an x86-64 compiler from the SysV psABI text (or of its layout
// from gcc's): one file per switch, each with its rule, reason and a minimal example.
import type { Switch } from '../../target.js';

export const SWITCHES: readonly Switch[] = [];
