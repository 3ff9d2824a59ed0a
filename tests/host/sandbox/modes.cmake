# The sandbox options: -DRUN=cloudabi-run -DPROGRAM=guest -DCONFIG=yaml
#   -DMODE=default|none|required -DEXPECT_STDOUT=regex -DEXPECT_STDERR=regex
#   [-DWRAP=command prefix (;-list)] [-DEXPECT_RC=status, default 0]
# On a kernel with seccomp and Landlock ABI >= 6, the default and
# --require-sandbox runs say nothing on stderr; --no-sandbox says so.
if(MODE STREQUAL "none")
  set(flag --no-sandbox)
elseif(MODE STREQUAL "required")
  set(flag --require-sandbox)
else()
  set(flag "")
endif()
if(NOT DEFINED EXPECT_RC)
  set(EXPECT_RC 0)
endif()
execute_process(COMMAND ${WRAP} ${RUN} ${flag} ${PROGRAM} ${CONFIG}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL "${EXPECT_RC}")
  message(FATAL_ERROR "exit status ${rc}, stderr: ${err}")
endif()
if(NOT out MATCHES "${EXPECT_STDOUT}")
  message(FATAL_ERROR "stdout \"${out}\" does not match \"${EXPECT_STDOUT}\"")
endif()
if(NOT err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr \"${err}\" does not match \"${EXPECT_STDERR}\"")
endif()
