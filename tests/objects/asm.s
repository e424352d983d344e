# Hand-written code: no record. stackbound lists `plain` as unknown with its 4 bytes.
        .text
        .globl  plain
        .type   plain,@function
plain:
        leal    1(%rdi), %eax
        ret
        .size   plain, .-plain
