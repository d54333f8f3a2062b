# abf_jit_shim stands between a compiled caller and the traced function: it sets the
# caller's return address aside (so the function finds the caller's stack arguments where
# the caller put them), puts known patterns in rbx, rbp and r12-r15, loads the trampoline's
# address into rax for the patched entry (jit.c), calls the function, and records those
# registers and RSP as they come back, so a trampoline that does not preserve them is
# caught. Then it restores the caller's registers, RSP included. rax and rdx carry the
# result on the way out: only r10 and r11 are used after the call. State: abf_jit_state
# (jit.c): ret 0, sp_before 8, saved 16, pattern 64, target 112, after 120, sp_after 168,
# tramp 176.
        .macro  callee_saved op, off
        \op     %rbx, \off(%r10)
        \op     %rbp, \off+8(%r10)
        \op     %r12, \off+16(%r10)
        \op     %r13, \off+24(%r10)
        \op     %r14, \off+32(%r10)
        \op     %r15, \off+40(%r10)
        .endm
        .macro  callee_saved_load off
        mov     \off(%r10), %rbx
        mov     \off+8(%r10), %rbp
        mov     \off+16(%r10), %r12
        mov     \off+24(%r10), %r13
        mov     \off+32(%r10), %r14
        mov     \off+40(%r10), %r15
        .endm

        .text
        .globl  abf_jit_shim
        .type   abf_jit_shim, @function
        .p2align 4
abf_jit_shim:
        lea     abf_jit_state(%rip), %r10
        pop     %r11
        mov     %r11, 0(%r10)
        mov     %rsp, 8(%r10)
        callee_saved mov, 16            # the caller's
        callee_saved_load 64            # the patterns
        mov     176(%r10), %rax
        call    *112(%r10)
        lea     abf_jit_state(%rip), %r10
        callee_saved mov, 120           # what came back
        mov     %rsp, 168(%r10)
        callee_saved_load 16            # the caller's again
        mov     8(%r10), %rsp
        push    0(%r10)
        ret
        .size   abf_jit_shim, .-abf_jit_shim

# The hooks a trampoline calls. Each runs its C half on a 16-aligned stack (the trampoline
# keeps the kernel's 8-byte alignment), then destroys every register the psABI lets it
# destroy (rax too unless it returns a value), as a real kernel function may: a
# trampoline that keeps an argument in a caller-saved register across a call loses it
# here, not only on a real kernel.
        .macro  scramble
        .irp    r, rdi, rsi, rdx, rcx, r8, r9, r10, r11
        mov     $0x0bad0bad, %\r
        .endr
        .endm

        .macro  hook name, cfun, kind=-1, keep_rax=1
        .globl  \name
        .type   \name, @function
        .p2align 4
\name:
        push    %rbp
        mov     %rsp, %rbp
        and     $-16, %rsp
        .if     \kind >= 0
        mov     $\kind, %esi
        .endif
        call    \cfun
        mov     %rbp, %rsp
        pop     %rbp
        scramble
        .if     \keep_rax == 0
        mov     $0x0bad0bad, %rax
        .endif
        ret
        .size   \name, .-\name
        .endm

        hook    abf_jit_hook_prog_enter, abf_jit_prog_enter_c
        hook    abf_jit_hook_prog_exit, abf_jit_prog_exit_c, keep_rax=0
        hook    abf_jit_hook_tramp_enter, abf_jit_tramp_c, keep_rax=0
        hook    abf_jit_hook_tramp_exit, abf_jit_tramp_c, keep_rax=0
        hook    abf_jit_hook_fentry, abf_jit_prog_c, 4
        hook    abf_jit_hook_fexit, abf_jit_prog_c, 5
        hook    abf_jit_hook_fmod_ret, abf_jit_prog_c, 6
        .section .note.GNU-stack,"",@progbits
