#include <uv.h>

#define STRING(x) #x
#define VERSION(major, minor, patch) \
  STRING(major) "." STRING(minor) "." STRING(patch)

const char *uv_version_string(void) {
  return VERSION(UV_VERSION_MAJOR, UV_VERSION_MINOR, UV_VERSION_PATCH)
      UV_VERSION_SUFFIX;
}
