// Launcher diagnostics: every failure before the program runs is one line
// "cloudabi-run: SUBJECT: message" on stderr and exit status 127.
#ifndef RUNTIME_DIAG_H
#define RUNTIME_DIAG_H

#define LAUNCHER_FAILURE 127

// Sets the subject named in messages (normally the program path).
void diag_set_subject(const char *subject);

_Noreturn void launch_fail(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

#endif
