#include <signal.h>

// Descriptions are English in every locale.
void psignal_l(int sig, const char *message, locale_t locale) {
  psignal(sig, message);
}
