# The probe stands in for the function under test. It records every argument register,
# the address of the first stack argument (RSP + 8 at entry) and, through abf_probe_c,
# the incoming stack; then it returns graffiti in every return register (rax, rdx,
# ymm0-7, and st0/st1 on the x87 stack) so the caller's view of the result is located too.
# Frame: struct abf_regs (target.h), 368 bytes and 8 more. A kernel-profile caller keeps
# RSP only 8-aligned (-mpreferred-stack-boundary=3): the C half is called on a realigned one.
        .text
        .globl  abf_probe
        .type   abf_probe, @function
        .p2align 4
abf_probe:
        sub     $376, %rsp
        mov     %rdi, 0(%rsp)
        mov     %rsi, 8(%rsp)
        mov     %rdx, 16(%rsp)
        mov     %rcx, 24(%rsp)
        mov     %r8, 32(%rsp)
        mov     %r9, 40(%rsp)
        movq    $0, 48(%rsp)
        movq    $0, 56(%rsp)
        lea     384(%rsp), %rax
        mov     %rax, 64(%rsp)
        movq    $0, 72(%rsp)
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7
        vmovdqu %ymm\n, 80+32*\n(%rsp)
        .endr
        movq    $0, 336(%rsp)
        movq    $0, 344(%rsp)
        movq    $0, 352(%rsp)
        movq    $0, 360(%rsp)
        mov     %rsp, %rdi
        push    %rbp
        mov     %rsp, %rbp
        and     $-16, %rsp
        call    abf_probe_c
        mov     %rbp, %rsp
        pop     %rbp
        mov     48(%rsp), %rax
        mov     56(%rsp), %rdx
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7
        vmovdqu 80+32*\n(%rsp), %ymm\n
        .endr
        # st1 first: a load pushes. A caller pops only what its result takes; the runtime
        # resets the x87 stack before every call (ABF_BEFORE_CALL).
        fldt    352(%rsp)
        fldt    336(%rsp)
        add     $376, %rsp
        ret
        .size   abf_probe, .-abf_probe

# abf_clobber stands between a compiled caller and a compiled callee and destroys one
# place (mode 0-5: rdi..r9, 6-13: bytes 0-7 of xmm0-7, 14: the incoming stack window,
# 15-22: bytes 8-31 of ymm0-7) before calling the callee. A register's halves apart: a
# caller that loads a 16-byte value into one xmm and passes its halves in two leaves the
# second half's stale copy in the first register's upper bytes. Its return address is set aside first, so the callee
# sees the caller's stack arguments where the caller put them. The pattern is the address
# of a junk buffer: a clobbered pointer still points at readable memory. State: struct
# abf_clob in runtime.c { mode, pattern, target, lr, window, save[] }.
        .text
        .globl  abf_clobber
        .type   abf_clobber, @function
        .p2align 4
abf_clobber:
        lea     abf_clob(%rip), %r10
        pop     %r11
        mov     %r11, 24(%r10)
        mov     0(%r10), %rax
        mov     8(%r10), %r11
        cmp     $14, %rax
        je      .Lstack
        ja      .Lupper
        lea     .Ltable(%rip), %r10
        imul    $16, %rax, %rax
        add     %rax, %r10
        jmp     *%r10
        .p2align 4
.Ltable:
        .irp    r, rdi, rsi, rdx, rcx, r8, r9
        .p2align 4
        mov     %r11, %\r
        jmp     .Lcall
        .endr
        # Legacy SSE pinsrq leaves bytes 16-31 of the ymm alone; VEX forms would zero them.
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7
        .p2align 4
        pinsrq  $0, %r11, %xmm\n
        jmp     .Lcall
        .endr
.Lupper:
        sub     $15, %rax
        lea     .Lupper_table(%rip), %r10
        shl     $5, %rax
        add     %rax, %r10
        jmp     *%r10
        # The whole ymm to the pattern, then bytes 0-7 back (r10 is free from here on).
        .p2align 5
.Lupper_table:
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7
        .p2align 5
        vmovq   %xmm\n, %r10
        vmovq   %r11, %xmm\n
        vpbroadcastq %xmm\n, %ymm\n
        pinsrq  $0, %r10, %xmm\n
        jmp     .Lcall
        .endr
.Lstack:
        # Only rax, r10 and r11 carry no argument.
        xor     %eax, %eax
1:      cmp     32(%r10), %rax
        jae     .Lcall
        mov     (%rsp,%rax), %r11
        mov     %r11, 40(%r10,%rax)
        mov     8(%r10), %r11
        mov     %r11, (%rsp,%rax)
        add     $8, %rax
        jmp     1b
.Lcall:
        lea     abf_clob(%rip), %r10
        call    *16(%r10)
        # rax, rdx, xmm0-1 and st0-1 hold the result from here on.
        lea     abf_clob(%rip), %r10
        cmpq    $14, 0(%r10)
        jne     3f
        mov     32(%r10), %rcx
        xor     %r11d, %r11d
2:      cmp     %rcx, %r11
        jae     3f
        mov     40(%r10,%r11), %r9
        mov     %r9, (%rsp,%r11)
        add     $8, %r11
        jmp     2b
3:      push    24(%r10)
        ret
        .size   abf_clobber, .-abf_clobber
        .section .note.GNU-stack,"",@progbits
