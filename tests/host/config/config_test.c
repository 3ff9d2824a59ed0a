// Host unit tests of the runtime's configuration: argdata builder, YAML
// loader, grants and command-line options.  Runs in a fresh temporary
// directory so that relative paths in configurations are predictable.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "tests.h"

int load_yaml(const char *text, int exec_fd, struct launch_config *out,
              char *err, size_t errlen) {
  FILE *in = fmemopen((void *)text, strlen(text), "r");
  if (in == NULL)
    abort();
  int rc = config_from_yaml_exec(in, "config.yaml", exec_fd, out, err, errlen);
  fclose(in);
  return rc;
}

void check_yaml(const char *file, int line, const char *text,
                const char *hex) {
  struct launch_config config;
  char err[512];
  ++check_count;
  if (load_yaml(text, -1, &config, err, sizeof(err)) != 0) {
    ++check_failures;
    fprintf(stderr, "%s:%d: unexpected error: %s\n", file, line, err);
    return;
  }
  check_bytes(file, line, config.argdata, config.argdata_len, hex);
  config_free(&config);
}

void check_yaml_error(const char *file, int line, const char *text,
                      const char *message) {
  struct launch_config config;
  char err[512] = "";
  int fds_before = count_open_fds();
  ++check_count;
  if (load_yaml(text, -1, &config, err, sizeof(err)) == 0) {
    ++check_failures;
    fprintf(stderr, "%s:%d: loaded, expected error: %s\n", file, line,
            message);
    config_free(&config);
    return;
  }
  check_str(file, line, err, message);
  ++check_count;
  if (count_open_fds() != fds_before) {
    ++check_failures;
    fprintf(stderr, "%s:%d: descriptors leaked on error\n", file, line);
  }
}

int main(void) {
  char dir[] = "/tmp/config_test.XXXXXX";
  if (mkdtemp(dir) == NULL || chdir(dir) != 0) {
    perror("config_test: temporary directory");
    return 1;
  }
  test_builder();
  test_yaml();
  test_grants();
  test_cli();
  char command[64];
  snprintf(command, sizeof(command), "rm -rf '%s'", dir);
  if (system(command) != 0)
    fprintf(stderr, "config_test: could not remove %s\n", dir);
  printf("config_test: %d checks, %d failed\n", check_count, check_failures);
  return check_failures == 0 ? 0 : 1;
}
