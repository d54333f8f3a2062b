// The probe stands in for the function under test. It records every argument register,
// SP at entry and (through abf_probe_c) the incoming stack, then returns graffiti in every
// return register so the caller's view of the return value can be located too.
// Frame: struct abf_regs { u64 x[9]; u64 sp; u8 q[8][16]; } (208 bytes) + x29/x30.
        .text
        .globl  abf_probe
        .type   abf_probe, %function
        .p2align 4
abf_probe:
        sub     sp, sp, #224
        stp     x0, x1, [sp, #0]
        stp     x2, x3, [sp, #16]
        stp     x4, x5, [sp, #32]
        stp     x6, x7, [sp, #48]
        add     x9, sp, #224
        stp     x8, x9, [sp, #64]
        stp     q0, q1, [sp, #80]
        stp     q2, q3, [sp, #112]
        stp     q4, q5, [sp, #144]
        stp     q6, q7, [sp, #176]
        stp     x29, x30, [sp, #208]
        add     x29, sp, #208
        mov     x0, sp
        bl      abf_probe_c
        ldp     x0, x1, [sp, #0]
        ldp     x2, x3, [sp, #16]
        ldp     x4, x5, [sp, #32]
        ldp     x6, x7, [sp, #48]
        ldp     q0, q1, [sp, #80]
        ldp     q2, q3, [sp, #112]
        ldp     q4, q5, [sp, #144]
        ldp     q6, q7, [sp, #176]
        ldp     x29, x30, [sp, #208]
        add     sp, sp, #224
        ret
        .size   abf_probe, .-abf_probe

// abf_clobber stands between a compiled caller and a compiled callee and destroys one
// place (mode 0-7: xN, 8-15: vN, 16: the incoming stack window) before calling the
// callee with the caller's SP. Which arguments the callee then gets wrong tells which
// places it really reads, so stale copies left in other registers are not mistaken for
// arguments. The pattern is the address of a junk buffer: a clobbered by-reference
// pointer still points at readable memory. State: struct abf_clob in runtime.c.
        .text
        .globl  abf_clobber
        .type   abf_clobber, %function
        .p2align 4
abf_clobber:
        adrp    x9, abf_clob
        add     x9, x9, :lo12:abf_clob
        str     x30, [x9, #24]
        ldr     x10, [x9]
        ldr     x11, [x9, #8]
        cmp     x10, #16
        b.eq    .Lstack
        cmp     x10, #8
        b.ge    .Lvreg
        adr     x12, .Lxtable
        add     x12, x12, x10, lsl #3
        br      x12
.Lxtable:
        mov     x0, x11
        b       .Lcall
        mov     x1, x11
        b       .Lcall
        mov     x2, x11
        b       .Lcall
        mov     x3, x11
        b       .Lcall
        mov     x4, x11
        b       .Lcall
        mov     x5, x11
        b       .Lcall
        mov     x6, x11
        b       .Lcall
        mov     x7, x11
        b       .Lcall
.Lvreg:
        sub     x10, x10, #8
        adr     x12, .Lvtable
        add     x12, x12, x10, lsl #3
        br      x12
.Lvtable:
        dup     v0.2d, x11
        b       .Lcall
        dup     v1.2d, x11
        b       .Lcall
        dup     v2.2d, x11
        b       .Lcall
        dup     v3.2d, x11
        b       .Lcall
        dup     v4.2d, x11
        b       .Lcall
        dup     v5.2d, x11
        b       .Lcall
        dup     v6.2d, x11
        b       .Lcall
        dup     v7.2d, x11
        b       .Lcall
.Lstack:
        ldr     x12, [x9, #32]
        mov     x13, sp
        add     x14, x9, #40
        mov     x15, #0
1:      cmp     x15, x12
        b.hs    .Lcall
        ldr     x10, [x13, x15]
        str     x10, [x14, x15]
        str     x11, [x13, x15]
        add     x15, x15, #8
        b       1b
.Lcall:
        ldr     x9, [x9, #16]
        blr     x9
        adrp    x9, abf_clob
        add     x9, x9, :lo12:abf_clob
        ldr     x10, [x9]
        cmp     x10, #16
        b.ne    3f
        ldr     x12, [x9, #32]
        mov     x13, sp
        add     x14, x9, #40
        mov     x15, #0
2:      cmp     x15, x12
        b.hs    3f
        ldr     x10, [x14, x15]
        str     x10, [x13, x15]
        add     x15, x15, #8
        b       2b
3:      ldr     x30, [x9, #24]
        ret
        .size   abf_clobber, .-abf_clobber
        .section .note.GNU-stack,"",%progbits
