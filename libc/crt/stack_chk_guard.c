// The stack protector's guard value, seeded by crt0 from AT_CANARY.  clang
// reads it through the GOT on this target (not from %fs:0x28).
unsigned long __stack_chk_guard;
