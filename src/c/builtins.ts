// Typedef names that pasted kernel and user-space headers use without declaring them
// (they come from <linux/types.h>, <stdint.h>, <stddef.h>, <stdbool.h> or the compiler;
// directives.ts accepts includes of exactly those headers).
// The meanings are aarch64 Linux LP64 ones: the kernel's 64-bit types are `long long`
// (asm-generic/int-ll64.h) while glibc's are `long`; both are 64-bit here, but keeping the
// source's spelling keeps the printed header faithful to what the user pasted.
import type { Scalar, Type } from './ir.js';

const scalar = (s: Scalar): Type => ({ t: 'scalar', s });

const KERNEL: Record<string, Scalar> = {
  u8: 'uchar', u16: 'ushort', u32: 'uint', u64: 'ullong',
  s8: 'schar', s16: 'short', s32: 'int', s64: 'llong',
  __u8: 'uchar', __u16: 'ushort', __u32: 'uint', __u64: 'ullong',
  __s8: 'schar', __s16: 'short', __s32: 'int', __s64: 'llong',
  __be16: 'ushort', __be32: 'uint', __be64: 'ullong',
  __le16: 'ushort', __le32: 'uint', __le64: 'ullong',
};

const LIBC: Record<string, Scalar> = {
  int8_t: 'schar', int16_t: 'short', int32_t: 'int', int64_t: 'long',
  uint8_t: 'uchar', uint16_t: 'ushort', uint32_t: 'uint', uint64_t: 'ulong',
  size_t: 'ulong', ssize_t: 'long', uintptr_t: 'ulong', intptr_t: 'long', ptrdiff_t: 'long',
  bool: 'bool',
  __int128_t: 'int128', __uint128_t: 'uint128',
};

/** The type a well-known, undeclared typedef name stands for, or undefined. */
export function builtinTypedef(name: string): Type | undefined {
  const s = Object.hasOwn(KERNEL, name) ? KERNEL[name] : Object.hasOwn(LIBC, name) ? LIBC[name] : undefined;
  return s === undefined ? undefined : scalar(s);
}
