#include <argdata.h>

#include "argdata_impl.h"

// The three constants are serialized values, so every reader handles them
// like any other wrapped buffer.
static const uint8_t encoded_true[] = {ADT_BOOL, 1};
static const uint8_t encoded_false[] = {ADT_BOOL};

const argdata_t argdata_null = {.kind = AD_BUFFER, .buffer = {.buf = NULL, .len = 0}};
const argdata_t argdata_true = {.kind = AD_BUFFER, .buffer = {.buf = encoded_true, .len = 2}};
const argdata_t argdata_false = {.kind = AD_BUFFER, .buffer = {.buf = encoded_false, .len = 1}};
