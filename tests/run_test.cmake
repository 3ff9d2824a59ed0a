# Runs one CloudABI test program under cloudabi-run.
#   -DRUN=cloudabi-run -DPROGRAM=prog -DTMP=dir
#   [-DCONFIG=yaml lines appended to the map]
#   [-DEXPECT_OUTPUT=regex]   stdout must match
#   [-DEXPECT_RESULT=value]   exit status (default 0), or a CMake text such
#                             as "Child aborted" for death by a signal
# The program gets a map with stdout, stderr and tmpdir (a fresh, empty
# directory).
file(REMOVE_RECURSE ${TMP})
file(MAKE_DIRECTORY ${TMP}/dir)
set(yaml "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\nstdout: !fd stdout\nstderr: !fd stderr\ntmpdir: !file {path: \"${TMP}/dir\"}\n")
if(DEFINED CONFIG)
  string(APPEND yaml "${CONFIG}\n")
endif()
file(WRITE ${TMP}/config.yaml "${yaml}")
execute_process(COMMAND ${RUN} ${PROGRAM} ${TMP}/config.yaml
  RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message("${out}")
if(NOT DEFINED EXPECT_RESULT)
  set(EXPECT_RESULT 0)
endif()
if(NOT rc STREQUAL EXPECT_RESULT)
  message(FATAL_ERROR "${PROGRAM}: exit status \"${rc}\", expected \"${EXPECT_RESULT}\"")
endif()
if(DEFINED EXPECT_OUTPUT AND NOT out MATCHES "${EXPECT_OUTPUT}")
  message(FATAL_ERROR "${PROGRAM}: output does not match \"${EXPECT_OUTPUT}\"")
endif()
