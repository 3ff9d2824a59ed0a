// int setjmp(jmp_buf env), and the traditional _setjmp.
// Layout of env: rbx rbp r12 r13 r14 r15, the stack pointer after return,
// the return address, the thread's SafeStack unsafe stack pointer.
	.text
	.globl	setjmp
	.type	setjmp, @function
	.globl	_setjmp
	.type	_setjmp, @function
setjmp:
_setjmp:
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rdx
	movq	%rdx, 48(%rdi)
	movq	(%rsp), %rdx
	movq	%rdx, 56(%rdi)
	movq	__safestack_unsafe_stack_ptr@GOTTPOFF(%rip), %rax
	movq	%fs:0, %rcx
	movq	(%rcx,%rax), %rdx
	movq	%rdx, 64(%rdi)
	xorl	%eax, %eax
	ret
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp
	.section .note.GNU-stack,"",@progbits
