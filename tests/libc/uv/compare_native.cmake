# Runs the event-ordering program natively (Debian's libuv) and under
# cloudabi-run (this SDK) and requires the same output.
#   cmake -DNATIVE=prog -DRUN=cloudabi-run -DPROGRAM=prog -P compare_native.cmake
execute_process(COMMAND ${CMAKE_COMMAND} -E env UV_ORDER_ENV=hello ${NATIVE}
  RESULT_VARIABLE rc1 OUTPUT_VARIABLE native)
execute_process(COMMAND ${RUN} --stdio --env UV_ORDER_ENV=hello ${PROGRAM}
  RESULT_VARIABLE rc2 OUTPUT_VARIABLE ours)
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "exit status: libuv ${rc1}, ours ${rc2}")
endif()
if(NOT native STREQUAL ours)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/order-libuv.txt "${native}")
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/order-ours.txt "${ours}")
  message(FATAL_ERROR "output differs from libuv's:\n--- libuv\n${native}--- ours\n${ours}")
endif()
message("${ours}")
