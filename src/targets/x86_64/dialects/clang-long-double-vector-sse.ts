import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangLongDoubleVectorSse: Switch = {
  name: 'clang-x86-long-double-vector-sse',
  rule: 'a vector of one long double is classified as any 16-byte vector, SSE then SSEUP: in a union it takes an xmm register; bare or as the single member of a struct it is passed on the stack and returned in st0, while the xmm register its class asks for is still counted as taken',
  reason: "clang's X86_64ABIInfo::classify gives every 128-bit vector SSE, SSEUP; GetByteVectorType then passes a bare one, or a struct of just one, as its IR type <1 x x86_fp80>, which the backend scalarizes to an x87 value (memory for an argument, st0 for a result); anything else is passed as <2 x double>, its bytes in an xmm. gcc classifies it X87, MEMORY",
  example: 'typedef long double v1 __attribute__((vector_size(16)));\nstruct s { v1 a; };\nstruct s f(long a);   /* clang: result in st0, a in rdi; gcc: through rdi, a in rsi */\nunion u { v1 a; v1 b; };\nvoid g(union u x, double y);   /* clang: x in xmm0, y in xmm1; gcc: x at stack+0, y in xmm0 */',
  appliesTo: clang(),
  passing: { longDoubleVectorSse: true } satisfies SysvRules,
};
