// int sigsetjmp(sigjmp_buf env, int savemask): setjmp, and with a non-zero
// savemask the thread's signal mask too.  The tenth word of env (unused by
// setjmp) holds the mask with bit 0 set (never a signal) when it was
// saved, 0 otherwise.
	.text
	.globl	sigsetjmp
	.type	sigsetjmp, @function
sigsetjmp:
	xorl	%eax, %eax
	testl	%esi, %esi
	jz	1f
	movq	__signal_blocked@GOTTPOFF(%rip), %rax
	movq	%fs:0, %rcx
	movq	(%rcx,%rax), %rax
	orq	$1, %rax
1:
	movq	%rax, 72(%rdi)
	jmp	setjmp
	.size	sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack,"",@progbits
