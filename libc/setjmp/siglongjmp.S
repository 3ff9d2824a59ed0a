// void siglongjmp(sigjmp_buf env, int val): longjmp, after restoring the
// signal mask if sigsetjmp saved one (see sigsetjmp.S).  Restoring it may
// deliver pending signals, as sigprocmask does.
	.text
	.globl	siglongjmp
	.type	siglongjmp, @function
siglongjmp:
	movq	72(%rdi), %rax
	testq	%rax, %rax
	jz	1f
	pushq	%rdi
	pushq	%rsi
	subq	$8, %rsp
	movq	%rax, %rdi
	call	__signal_set_mask
	addq	$8, %rsp
	popq	%rsi
	popq	%rdi
1:
	jmp	longjmp
	.size	siglongjmp, . - siglongjmp
	.section .note.GNU-stack,"",@progbits
