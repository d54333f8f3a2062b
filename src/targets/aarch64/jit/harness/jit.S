// abf_jit_shim stands between a compiled caller and the traced function: it puts known
// patterns in x19..x29, calls the function (whose patched entry enters the trampoline)
// with the caller's SP, stack arguments and x8 untouched, and records x19..x29 and SP as
// they come back, so a trampoline that does not preserve them is caught. Then it restores
// the caller's registers, SP included, so the harness goes on. State: abf_jit_state (jit.c).
        // x19..x29 to or from abf_jit_state at \off: `pair` is stp or ldp, `one` str or ldr.
        .macro  callee_saved pair, one, off
        \pair   x19, x20, [x9, #\off]
        \pair   x21, x22, [x9, #(\off + 16)]
        \pair   x23, x24, [x9, #(\off + 32)]
        \pair   x25, x26, [x9, #(\off + 48)]
        \pair   x27, x28, [x9, #(\off + 64)]
        \one    x29, [x9, #(\off + 80)]
        .endm

        .text
        .globl  abf_jit_shim
        .type   abf_jit_shim, %function
        .p2align 4
abf_jit_shim:
        adrp    x9, abf_jit_state
        add     x9, x9, :lo12:abf_jit_state
        str     x30, [x9, #0]
        mov     x10, sp
        str     x10, [x9, #8]
        callee_saved stp, str, 16       // the caller's
        callee_saved ldp, ldr, 104      // the patterns
        ldr     x10, [x9, #192]
        blr     x10
        adrp    x9, abf_jit_state
        add     x9, x9, :lo12:abf_jit_state
        callee_saved stp, str, 200      // what came back
        mov     x10, sp
        str     x10, [x9, #288]
        callee_saved ldp, ldr, 16       // the caller's again
        ldr     x10, [x9, #8]
        mov     sp, x10
        ldr     x30, [x9, #0]
        ret
        .size   abf_jit_shim, .-abf_jit_shim

// The hooks a trampoline calls. Each runs its C half, then destroys every caller-saved
// register the AAPCS64 lets it destroy (x0 too unless it returns a value), as a real
// kernel function may: a trampoline that keeps an argument in a register across a call
// loses it here, not only on real hardware.
        .macro  scramble from
        .irp    r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
        .if     \r >= \from
        movz    x\r, #0xbad0
        movk    x\r, #\r, lsl #16
        .endif
        .endr
        .endm

        .macro  hook name, cfun, kind=-1, keep_x0=1
        .globl  \name
        .type   \name, %function
        .p2align 4
\name:
        stp     x29, x30, [sp, #-16]!
        mov     x29, sp
        .if     \kind >= 0
        mov     w1, #\kind
        .endif
        bl      \cfun
        ldp     x29, x30, [sp], #16
        .if     \keep_x0
        scramble 1
        .else
        movz    x0, #0xbad0
        scramble 1
        .endif
        ret
        .size   \name, .-\name
        .endm

        hook    abf_jit_hook_prog_enter, abf_jit_prog_enter_c
        hook    abf_jit_hook_prog_exit, abf_jit_prog_exit_c, keep_x0=0
        hook    abf_jit_hook_tramp_enter, abf_jit_tramp_c, keep_x0=0
        hook    abf_jit_hook_tramp_exit, abf_jit_tramp_c, keep_x0=0
        hook    abf_jit_hook_fentry, abf_jit_prog_c, 4
        hook    abf_jit_hook_fexit, abf_jit_prog_c, 5
        hook    abf_jit_hook_fmod_ret, abf_jit_prog_c, 6
        .section .note.GNU-stack,"",%progbits
