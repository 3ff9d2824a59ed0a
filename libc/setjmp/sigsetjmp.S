// int sigsetjmp(sigjmp_buf env, int savemask): setjmp; there is no signal
// mask to save.
	.text
	.globl	sigsetjmp
	.type	sigsetjmp, @function
sigsetjmp:
	jmp	setjmp
	.size	sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack,"",@progbits
