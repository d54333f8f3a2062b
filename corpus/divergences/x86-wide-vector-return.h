/*
 * x86-64 without AVX: a 32-byte float vector as a result. The psABI classifies it MEMORY,
 * and gcc returns it through the buffer whose address the caller passes in rdi (b in rsi);
 * clang returns it in xmm0 and xmm1 (b in rdi). A gcc caller of a clang callee, and the
 * other way round, disagree on every argument and on the result: dialect
 * clang-x86-wide-vector-returned-in-registers.
 * Profile: user
 * Target: x86_64
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch, ret-location
 */
typedef float v8f __attribute__((vector_size(32)));
v8f wide_vector_result(long b);
