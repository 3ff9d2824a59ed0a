// void longjmp(jmp_buf env, int val), and the traditional _longjmp:
// restores what setjmp saved, the unsafe stack pointer included, and
// returns val (1 if val is 0) from that setjmp.
	.text
	.globl	longjmp
	.type	longjmp, @function
	.globl	_longjmp
	.type	_longjmp, @function
longjmp:
_longjmp:
	movl	%esi, %eax
	testl	%eax, %eax
	jnz	1f
	movl	$1, %eax
1:
	movq	__safestack_unsafe_stack_ptr@GOTTPOFF(%rip), %rcx
	movq	%fs:0, %rdx
	movq	64(%rdi), %rsi
	movq	%rsi, (%rdx,%rcx)
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	jmpq	*56(%rdi)
	.size	longjmp, . - longjmp
	.size	_longjmp, . - _longjmp
	.section .note.GNU-stack,"",@progbits
