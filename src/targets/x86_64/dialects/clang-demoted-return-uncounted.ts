import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangDemotedReturnUncounted: Switch = {
  name: 'clang-x86-demoted-return-uncounted',
  rule: "a function returning a vector of __int128 wider than 16 bytes, or of four long doubles, takes the result's buffer address in rdi, but decides which aggregates fit in registers as if rdi were free: one that needs the last register goes half in it, half on the stack",
  reason: "clang's frontend returns such a vector as its IR type and counts all six general registers for the arguments; the backend, unable to return it, adds the buffer's address as a hidden first argument (sret demotion) and shifts every argument one register on. gcc returns the vector through rdi as the psABI says, and counts it",
  example: 'typedef __int128 v4q __attribute__((vector_size(64)));\nstruct p { long a, b; };\nv4q f(char a, char b, char c, char d, struct p x);   /* clang 14-22: x in r9 and at stack+0; gcc: x at stack+0 */',
  appliesTo: clang(),
  passing: { demotedReturnUncounted: true } satisfies SysvRules,
};
