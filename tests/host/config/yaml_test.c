// YAML typing rules and YAML-level errors (positions are 1-based).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "tests.h"

static void test_null_and_bool(void) {
  CHECK_YAML("", "");  // empty stream: null configuration
  CHECK_YAML("---\n", "");
  CHECK_YAML("# only a comment\n", "");
  CHECK_YAML("~", "");
  CHECK_YAML("null", "");
  CHECK_YAML("Null", "");
  CHECK_YAML("NULL", "");
  CHECK_YAML("key:", "06 85 08 6B 65 79 00 80");
  CHECK_YAML("true", "02 01");
  CHECK_YAML("True", "02 01");
  CHECK_YAML("TRUE", "02 01");
  CHECK_YAML("false", "02");
  CHECK_YAML("False", "02");
  CHECK_YAML("FALSE", "02");
  CHECK_YAML("yes", "08 79 65 73 00");  // YAML 1.1 booleans are strings
  CHECK_YAML("tRUE", "08 74 52 55 45 00");
  CHECK_YAML("nULL", "08 6E 55 4C 4C 00");
}

static void test_integers(void) {
  CHECK_YAML("0", "05");
  CHECK_YAML("-0", "05");
  CHECK_YAML("-1", "05 FF");
  CHECK_YAML("+5", "05 05");
  CHECK_YAML("007", "05 07");
  CHECK_YAML("8080", "05 1F 90");
  CHECK_YAML("0x1F90", "05 1F 90");
  CHECK_YAML("0xff", "05 00 FF");
  CHECK_YAML("0o17", "05 0F");
  CHECK_YAML("18446744073709551615", "05 00 FF FF FF FF FF FF FF FF");
  CHECK_YAML("0xFFFFFFFFFFFFFFFF", "05 00 FF FF FF FF FF FF FF FF");
  CHECK_YAML("9223372036854775807", "05 7F FF FF FF FF FF FF FF");
  CHECK_YAML("-9223372036854775808", "05 80 00 00 00 00 00 00 00");
  CHECK_YAML_ERROR("18446744073709551616",
                   "config.yaml:1:1: integer out of range [-2^63, 2^64-1]: "
                   "\"18446744073709551616\"");
  CHECK_YAML_ERROR("x: [1, -9223372036854775809]",
                   "config.yaml:1:8: integer out of range [-2^63, 2^64-1]: "
                   "\"-9223372036854775809\"");
  CHECK_YAML_ERROR("0x10000000000000000",
                   "config.yaml:1:1: integer out of range [-2^63, 2^64-1]: "
                   "\"0x10000000000000000\"");
  // Not integers in the core schema, hence strings.
  CHECK_YAML("0x", "08 30 78 00");
  CHECK_YAML("0o8", "08 30 6F 38 00");
  CHECK_YAML("-0x10", "08 2D 30 78 31 30 00");
  CHECK_YAML("1_000", "08 31 5F 30 30 30 00");
  CHECK_YAML("0b101", "08 30 62 31 30 31 00");
}

static void test_floats(void) {
  CHECK_YAML("1.0", "04 3F F0 00 00 00 00 00 00");
  CHECK_YAML("-2.5", "04 C0 04 00 00 00 00 00 00");
  CHECK_YAML("0.1", "04 3F B9 99 99 99 99 99 9A");
  CHECK_YAML(".5", "04 3F E0 00 00 00 00 00 00");
  CHECK_YAML("5.", "04 40 14 00 00 00 00 00 00");
  CHECK_YAML("1e3", "04 40 8F 40 00 00 00 00 00");
  CHECK_YAML("+1E+3", "04 40 8F 40 00 00 00 00 00");
  CHECK_YAML(".inf", "04 7F F0 00 00 00 00 00 00");
  CHECK_YAML("+.Inf", "04 7F F0 00 00 00 00 00 00");
  CHECK_YAML("-.INF", "04 FF F0 00 00 00 00 00 00");
  CHECK_YAML(".nan", "04 7F F8 00 00 00 00 00 00");
  CHECK_YAML(".NaN", "04 7F F8 00 00 00 00 00 00");
  CHECK_YAML("1e-400", "04 00 00 00 00 00 00 00 00");  // underflow is 0
  CHECK_YAML_ERROR("- 1e400",
                   "config.yaml:1:3: float out of range: \"1e400\"");
  CHECK_YAML("inf", "08 69 6E 66 00");
  CHECK_YAML("-.nan", "08 2D 2E 6E 61 6E 00");
  CHECK_YAML("1.2.3", "08 31 2E 32 2E 33 00");
  CHECK_YAML("e5", "08 65 35 00");
  CHECK_YAML("1e", "08 31 65 00");
  CHECK_YAML(".", "08 2E 00");
  CHECK_YAML("0x1p3", "08 30 78 31 70 33 00");  // no hex floats
}

static void test_strings(void) {
  CHECK_YAML("hello world", "08 68 65 6C 6C 6F 20 77 6F 72 6C 64 00");
  CHECK_YAML("h\xC3\xA9", "08 68 C3 A9 00");
  CHECK_YAML("'123'", "08 31 32 33 00");
  CHECK_YAML("\"true\"", "08 74 72 75 65 00");
  CHECK_YAML("\"~\"", "08 7E 00");
  CHECK_YAML("''", "08 00");
  CHECK_YAML("\"\"", "08 00");
  CHECK_YAML("\"a\\0b\"", "08 61 00 62 00");
  CHECK_YAML("\"\\u00e9\"", "08 C3 A9 00");
  CHECK_YAML("|\n  text\n", "08 74 65 78 74 0A 00");
  CHECK_YAML(">-\n  12\n", "08 31 32 00");
  CHECK_YAML("2017-07-14", "08 32 30 31 37 2D 30 37 2D 31 34 00");
  CHECK_YAML("! 12", "08 31 32 00");  // non-specific tag: a string
  CHECK_YAML_ERROR("x: \"\\ud800\"",
                   "config.yaml:1:7: found invalid Unicode character escape "
                   "code");
  CHECK_YAML_ERROR("x: \xFF\n",
                   "config.yaml:1:4: invalid leading UTF-8 octet");
}

static void test_standard_tags(void) {
  CHECK_YAML("!!str 123", "08 31 32 33 00");
  CHECK_YAML("!!str", "08 00");
  CHECK_YAML("!<tag:yaml.org,2002:str> true", "08 74 72 75 65 00");
  CHECK_YAML("!!int \"0x10\"", "05 10");
  CHECK_YAML("!!int -5", "05 FB");
  CHECK_YAML("!!float 1", "04 3F F0 00 00 00 00 00 00");
  CHECK_YAML("!!float '-.inf'", "04 FF F0 00 00 00 00 00 00");
  CHECK_YAML("!!bool 'true'", "02 01");
  CHECK_YAML("!!null ''", "");
  CHECK_YAML("!!null ~", "");
  CHECK_YAML("!!seq [1]", "07 82 05 01");
  CHECK_YAML("!!map {a: 1}", "06 83 08 61 00 82 05 01");
  CHECK_YAML_ERROR("a: !!int 1.5", "config.yaml:1:4: invalid !!int: \"1.5\"");
  CHECK_YAML_ERROR("a: !!int 99999999999999999999",
                   "config.yaml:1:4: integer out of range [-2^63, 2^64-1]: "
                   "\"99999999999999999999\"");
  CHECK_YAML_ERROR("!!float abc", "config.yaml:1:1: invalid !!float: \"abc\"");
  CHECK_YAML_ERROR("!!float 1e999",
                   "config.yaml:1:1: float out of range: \"1e999\"");
  CHECK_YAML_ERROR("!!bool yes", "config.yaml:1:1: invalid !!bool: \"yes\"");
  CHECK_YAML_ERROR("!!null 0", "config.yaml:1:1: invalid !!null: \"0\"");
  CHECK_YAML_ERROR("!!seq abc",
                   "config.yaml:1:1: !!seq cannot be applied to a scalar");
  CHECK_YAML_ERROR("\n  !!map [1]",
                   "config.yaml:2:3: !!map cannot be applied to a sequence");
  CHECK_YAML_ERROR("!!set {a: 1}", "config.yaml:1:1: unknown tag !!set");
  CHECK_YAML_ERROR("!!foo 1", "config.yaml:1:1: unknown tag !!foo");
  CHECK_YAML_ERROR("[!<tag:example.com,2000:x> 1]",
                   "config.yaml:1:2: unknown tag !<tag:example.com,2000:x>");
}

static void test_binary(void) {
  CHECK_YAML("!!binary aGk=", "01 68 69");
  CHECK_YAML("!!binary aGVsbG8=", "01 68 65 6C 6C 6F");
  CHECK_YAML("!!binary |\n  aGVs\n  bG8=\n", "01 68 65 6C 6C 6F");
  CHECK_YAML("!!binary AP8=", "01 00 FF");
  CHECK_YAML("!!binary AA==", "01 00");
  CHECK_YAML("!!binary ''", "01");
  CHECK_YAML("!!binary +/+/", "01 FB FF BF");
  CHECK_YAML_ERROR("!!binary aGk", "config.yaml:1:1: invalid base64 in !!binary");
  CHECK_YAML_ERROR("!!binary aG=k", "config.yaml:1:1: invalid base64 in !!binary");
  CHECK_YAML_ERROR("!!binary a===", "config.yaml:1:1: invalid base64 in !!binary");
  CHECK_YAML_ERROR("!!binary aGk=aGk=",
                   "config.yaml:1:1: invalid base64 in !!binary");
  CHECK_YAML_ERROR("!!binary aGk*", "config.yaml:1:1: invalid base64 in !!binary");
}

static void test_timestamps(void) {
  const char *july = "09 14 D1 12 0D 82 71 CD 15";
  CHECK_YAML("!!timestamp 1970-01-01", "09");
  CHECK_YAML("!!timestamp 1970-01-01T00:00:00Z", "09");
  CHECK_YAML("!!timestamp 1970-01-01T00:00:01", "09 3B 9A CA 00");
  CHECK_YAML("!!timestamp 1970-01-01T00:00:01.5", "09 59 68 2F 00");
  CHECK_YAML("!!timestamp 1969-12-31T23:59:59.999999999Z", "09 FF");
  CHECK_YAML("!!timestamp 1969-12-31T23:59:59Z", "09 C4 65 36 00");
  CHECK_YAML("!!timestamp 2017-07-14T02:40:00.123456789Z", july);
  CHECK_YAML("!!timestamp 2017-07-14t02:40:00.1234567891Z", july);
  CHECK_YAML("!!timestamp 2017-07-14T04:40:00.123456789+02:00", july);
  CHECK_YAML("!!timestamp 2017-07-13 21:40:00.123456789 -5", july);
  CHECK_YAML("!!timestamp 2017-7-14 2:40:00.123456789", july);
  CHECK_YAML("!!timestamp 2000-02-29", "09 0D 35 69 0C CF 78 00 00");
  CHECK_YAML("!!timestamp 0000-01-01", "09 FC A1 41 AB 83 7E 28 00 00");
  const char *message =
      "invalid !!timestamp (expected YYYY-MM-DD[Thh:mm:ss[.frac]][Z|+hh:mm]): ";
  static const char *const bad[] = {
      "2001-02-29", "2017-13-01", "2017-00-10", "2017-07-32",
      "2017-07-14T24:00:00Z", "2017-07-14T02:60:00", "2017-07-14T02:40:60",
      "2017-07-14T02:40", "2017-07-14X02:40:00", "2017-07-14T02:40:00.",
      "2017-07-14T02:40:00+25:00", "2017-07-14T02:40:00Q", "17-07-14",
      "2017-07-14T02:40:00Z ", "now",
  };
  for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); ++i) {
    char text[128], expected[256];
    snprintf(text, sizeof(text), "!!timestamp '%s'", bad[i]);
    snprintf(expected, sizeof(expected), "config.yaml:1:1: %s\"%s\"", message,
             bad[i]);
    CHECK_YAML_ERROR(text, expected);
  }
}

static void test_collections(void) {
  CHECK_YAML("[1, two, 3.0]",
             "07 82 05 01 85 08 74 77 6F 00 89 04 40 08 00 00 00 00 00 00");
  CHECK_YAML("{a: 1, b: [x]}",
             "06 83 08 61 00 82 05 01 83 08 62 00 85 07 83 08 78 00");
  CHECK_YAML("a: 1\nb: 2\n", "06 83 08 61 00 82 05 01 83 08 62 00 82 05 02");
  CHECK_YAML("b: 1\na: 2\n", "06 83 08 62 00 82 05 01 83 08 61 00 82 05 02");
  CHECK_YAML("{1: one, ~: null}", "06 82 05 01 85 08 6F 6E 65 00 80 80");
  CHECK_YAML("[]", "07");
  CHECK_YAML("{}", "06");
  CHECK_YAML("- [[]]\n- {}\n", "07 83 07 81 07 81 06");
  // Duplicate keys are kept, in order (argdata maps allow them).
  CHECK_YAML("{a: 1, a: 2}", "06 83 08 61 00 82 05 01 83 08 61 00 82 05 02");
}

static void test_aliases(void) {
  CHECK_YAML("a: &x [1, 2]\nb: *x\n",
             "06 83 08 61 00 87 07 82 05 01 82 05 02"
             "83 08 62 00 87 07 82 05 01 82 05 02");
  CHECK_YAML("[&a 1, &a 2, *a]", "07 82 05 01 82 05 02 82 05 02");
  CHECK_YAML("[&k key, {*k : *k}]",
             "07 85 08 6B 65 79 00 8D 06 85 08 6B 65 79 00 85 08 6B 65 79 00");
  CHECK_YAML_ERROR("a: *nope", "config.yaml:1:4: undefined alias *nope");
  CHECK_YAML_ERROR("&a [*a]", "config.yaml:1:5: undefined alias *a");
  // "Billion laughs": nine levels of tenfold aliases.
  char text[2048] = "";
  strcat(text, "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
  for (int level = 1; level <= 9; ++level) {
    char line[160];
    int n = snprintf(line, sizeof(line), "a%d: &a%d [", level, level);
    for (int k = 0; k < 10; ++k)
      n += snprintf(line + n, sizeof(line) - (size_t)n, "%s*a%d",
                    k > 0 ? ", " : "", level - 1);
    snprintf(line + n, sizeof(line) - (size_t)n, "]\n");
    strcat(text, line);
  }
  CHECK_YAML_ERROR(text,
                   "config.yaml:1:1: configuration too large: more than "
                   "67108864 bytes once aliases are expanded");
}

static void test_documents_and_syntax(void) {
  CHECK_YAML("1\n---\n2\n", "05 01");
  CHECK_YAML("--- 1\n...\n--- [\n", "05 01");  // later documents unread
  CHECK_YAML("%YAML 1.2\n--- x\n", "08 78 00");
  CHECK_YAML_ERROR("a: b: c",
                   "config.yaml:1:5: mapping values are not allowed in this "
                   "context");
  CHECK_YAML_ERROR("a: 1\nb: [1, 2\n",
                   "config.yaml:3:1: did not find expected ',' or ']'");
  CHECK_YAML_ERROR("a: 1\n b: 2\n",
                   "config.yaml:2:3: mapping values are not allowed in this "
                   "context");
  CHECK_YAML_ERROR("x: 'open", "config.yaml:1:9: found unexpected end of stream");
  CHECK_YAML_ERROR("1\n2: x\n",
                   "config.yaml:2:2: mapping values are not allowed in this "
                   "context");
  CHECK_YAML_ERROR("[1]\n- y",
                   "config.yaml:2:1: did not find expected <document start>");
  // Deep nesting is refused before it can exhaust the stack.
  char deep[1024];
  memset(deep, '[', 300);
  memset(deep + 300, ']', 300);
  deep[600] = '\0';
  CHECK_YAML_ERROR(deep, "config.yaml:1:257: nesting deeper than 256 levels");
}

static void test_unknown_tags(void) {
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!fdd stdout",
                   "config.yaml:3:1: unknown tag !fdd");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "x:\n  - !fdd stdout",
                   "config.yaml:4:5: unknown tag !fdd");
  CHECK_YAML_ERROR("!fd stdout",
                   "config.yaml:1:1: unknown tag !fd (missing \"%TAG ! "
                   "tag:nuxi.nl,2015:cloudabi/\"?)");
  CHECK_YAML_ERROR("!foo 1", "config.yaml:1:1: unknown tag !foo");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!fd [1]",
                   "config.yaml:3:1: !fd cannot be applied to a sequence");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!executable {a: 1}",
                   "config.yaml:3:1: !executable cannot be applied to a "
                   "mapping");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file [a]",
                   "config.yaml:3:1: !file cannot be applied to a sequence");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!file x.txt",
                   "config.yaml:3:1: !file takes a mapping of attributes, "
                   "e.g. !file {path: PATH}");
  CHECK_YAML_ERROR(TAG_DIRECTIVE "!listen 1.2.3.4:5",
                   "config.yaml:3:1: !listen takes a mapping of attributes, "
                   "e.g. !listen {address: HOST:PORT}");
  CHECK_YAML_ERROR("!<tag:nuxi.nl,2015:cloudabi/nope> 1",
                   "config.yaml:1:1: unknown tag !nope");
}

void test_yaml(void) {
  test_null_and_bool();
  test_integers();
  test_floats();
  test_strings();
  test_standard_tags();
  test_binary();
  test_timestamps();
  test_collections();
  test_aliases();
  test_documents_and_syntax();
  test_unknown_tags();
}
