// LLVM SafeStack (on by default for this target) keeps address-taken locals
// on a separate, downward-growing stack per thread.  crt0 points this at the
// initial thread's unsafe stack; pthread_create does so for new threads.
_Thread_local void *__safestack_unsafe_stack_ptr;
