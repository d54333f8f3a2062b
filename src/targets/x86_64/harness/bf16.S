# __truncsfbf2, float to __bf16, for clang's x86-64 code: clang 16 at -O0 widens a __bf16
# to float and narrows it back through this libgcc routine, which gcc-12's libgcc (the
# harness's link) lacks. Weak: a libgcc that has it wins. As libgcc's soft-fp does it:
# round to nearest even; a NaN keeps its top payload bits and becomes quiet. The caller
# really does this to a value on its way to the callee, so the observation shows it.
        .text
        .weak   __truncsfbf2
        .type   __truncsfbf2, @function
        .p2align 4
__truncsfbf2:
        movd    %xmm0, %eax
        mov     %eax, %ecx
        and     $0x7fffffff, %ecx
        cmp     $0x7f800000, %ecx
        ja      1f
        mov     %eax, %ecx
        shr     $16, %ecx
        and     $1, %ecx
        lea     0x7fff(%rax,%rcx), %eax
        shr     $16, %eax
        movd    %eax, %xmm0
        ret
1:      shr     $16, %eax
        or      $0x40, %eax
        movd    %eax, %xmm0
        ret
        .size   __truncsfbf2, .-__truncsfbf2
        .section .note.GNU-stack,"",@progbits
