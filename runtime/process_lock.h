// Serialises proc_fork and proc_exec: exec makes descriptors inheritable
// for a moment, and a fork in between would hand them to its child.
#ifndef RUNTIME_PROCESS_LOCK_H
#define RUNTIME_PROCESS_LOCK_H

void process_lock(void);
void process_unlock(void);

#endif
