// void siglongjmp(sigjmp_buf env, int val): longjmp (no signal mask).
	.text
	.globl	siglongjmp
	.type	siglongjmp, @function
siglongjmp:
	jmp	longjmp
	.size	siglongjmp, . - siglongjmp
	.section .note.GNU-stack,"",@progbits
