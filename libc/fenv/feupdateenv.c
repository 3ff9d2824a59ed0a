#include <fenv.h>

int feupdateenv(const fenv_t *envp) {
  int raised = fetestexcept(FE_ALL_EXCEPT);
  fesetenv(envp);
  feraiseexcept(raised);
  return 0;
}
