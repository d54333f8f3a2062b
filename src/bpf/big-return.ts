// c48796aa6c39 "bpf: Reject >8 byte return values on return-reading trampoline paths"
// (bpf-next master 2026-08-01, in mainline since). Every kernel trampoline keeps one
// return register across the original call (x0 on arm64, rax on x86-64), so an fexit or
// fmod_ret program on a function returning an `__int128` or a 9-16 byte struct saw half
// of it, and the caller got the other half from whatever the exit hooks left in x1.
// The fix refuses such programs at load, in the verifier's attach-target checks, next to
// the __noreturn check for fexit/fsession/fmod_ret; fentry on the same function still
// loads. Verified: the selftest `tracing_failure/fexit_int128_ret` expects the load of
// `fexit/bpf_testmod_test_int128_ret` to fail with "with a >8 byte return value is not
// supported for this attach type". Not verified (the commit's code was not found): the
// exact condition and list of attach types; taken as ret_size > 8 for every type whose
// program reads the return value (fexit, fmod_ret; fsession is not modelled).
import type { BtfFuncModel } from './func-model/model.js';
import type { Mode } from './modes.js';

export function bigReturnRefusal(m: BtfFuncModel, mode: Mode): string | undefined {
  if (!mode.readsReturn || m.retSize <= 8) return undefined;
  return `${mode.name}: a ${m.retSize}-byte return value is not supported for this attach type (verifier, c48796aa6c39)`;
}
