// Test groups of the host configuration test program.
#ifndef TESTS_HOST_CONFIG_TESTS_H
#define TESTS_HOST_CONFIG_TESTS_H

void test_builder(void);  // builder_test.c
void test_yaml(void);     // yaml_test.c: typing and YAML errors
void test_grants(void);   // grants_test.c: descriptors, renumbering
void test_cli(void);      // cli_test.c



#include <stddef.h>

#include "config.h"

// Parses `text` as the YAML configuration "config.yaml" (read through a
// memory stream, so stdin is not involved).  Returns config_from_yaml_exec's
// result.
int load_yaml(const char *text, int exec_fd, struct launch_config *out,
              char *err, size_t errlen);

// The configuration must load and serialize to `hex`.
#define CHECK_YAML(text, hex) check_yaml(__FILE__, __LINE__, (text), (hex))
void check_yaml(const char *file, int line, const char *text, const char *hex);

// The configuration must fail with exactly `message`, leaving no
// descriptor open.
#define CHECK_YAML_ERROR(text, message) \
  check_yaml_error(__FILE__, __LINE__, (text), (message))
void check_yaml_error(const char *file, int line, const char *text,
                      const char *message);

#define TAG_DIRECTIVE "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n"
#endif
