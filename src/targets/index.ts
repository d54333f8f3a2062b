// The targets abifuzz knows, by name.
import { aarch64 } from './aarch64/index.js';
import type { Target } from './target.js';

export const TARGETS: readonly Target[] = [aarch64];

/** What a config runs on when nothing says otherwise. */
export const DEFAULT_TARGET: Target = aarch64;
