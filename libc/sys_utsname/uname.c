#include <string.h>
#include <sys/utsname.h>

int uname(struct utsname *uts) {
  *uts = (struct utsname){0};
  strcpy(uts->sysname, "CloudABI");
  strcpy(uts->release, "1");
  strcpy(uts->version, "cloudabi-sdk 0.1");
  strcpy(uts->machine, "x86_64");
  return 0;
}
