/* Assembly with the preprocessor: passes through stackbound-cc to clang untouched. */
#define ANSWER 42
    .text
    .globl answer
    .type answer, @function
answer:
    movl $ANSWER, %eax
    ret
    .size answer, .-answer
    .section .note.GNU-stack,"",@progbits
