# Runs one CloudABI test program under cloudabi-run.
#   -DRUN=cloudabi-run -DPROGRAM=prog -DTMP=dir [-DCONFIG=extra.yaml-fragment]
# The program gets a map with stdout, stderr and tmpdir (a fresh, empty
# directory).  The test passes when the program exits with status 0.
file(REMOVE_RECURSE ${TMP})
file(MAKE_DIRECTORY ${TMP}/dir)
set(yaml "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\nstdout: !fd stdout\nstderr: !fd stderr\ntmpdir: !file {path: \"${TMP}/dir\"}\n")
if(DEFINED CONFIG)
  string(APPEND yaml "${CONFIG}\n")
endif()
file(WRITE ${TMP}/config.yaml "${yaml}")
execute_process(COMMAND ${RUN} ${PROGRAM} ${TMP}/config.yaml RESULT_VARIABLE rc)
if(NOT rc STREQUAL "0")
  message(FATAL_ERROR "${PROGRAM} exited with status ${rc}")
endif()
