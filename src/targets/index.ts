// The targets abifuzz knows, by name.
import { aarch64 } from './aarch64/index.js';
import type { Target } from './target.js';
import { x86_64 } from './x86_64/index.js';
import { UserError } from '../user-error.js';

export const TARGETS: readonly Target[] = [aarch64, x86_64];

/** What a config runs on when nothing says otherwise. */
export const DEFAULT_TARGET: Target = aarch64;

/** The target of a name, undefined for none abifuzz knows. */
export const targetCalled = (name: string): Target | undefined => TARGETS.find((x) => x.name === name);

/** The names to offer where a name was wrong. */
export const TARGET_NAMES = TARGETS.map((x) => x.name).join(' or ');

/** The target `--target` names. */
export function targetNamed(name: string): Target {
  const t = targetCalled(name);
  if (!t) throw new UserError(`unknown target '${name}': use ${TARGET_NAMES}`);
  return t;
}
