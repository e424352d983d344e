# A library member of hand-written assembly (musl's memcpy.s): asm_copy's depth is read from
# its machine code; asm_jump's indirect jump leaves it without one.
	.text
	.globl	asm_copy
	.type	asm_copy,@function
asm_copy:
	subq	$24, %rsp
	movq	%rdi, (%rsp)
	addq	$24, %rsp
	retq
	.size	asm_copy, .-asm_copy
	.globl	asm_jump
	.type	asm_jump,@function
asm_jump:
	jmpq	*%rdi
	.size	asm_jump, .-asm_jump
