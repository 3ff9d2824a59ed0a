# Copies the SDK to a new place and uses it from there, the way a user would:
cmake_minimum_required(VERSION 3.20)
# the compiler driver wrapper, the runtime and the CMake toolchain file.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${SDK}/ DESTINATION ${WORK}/moved-sdk USE_SOURCE_PERMISSIONS)
set(bin ${WORK}/moved-sdk/bin)

file(WRITE ${WORK}/hello.c [=[
#include <argdata.h>
#include <program.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
void program_main(const argdata_t *ad) {
  int out = -1;
  argdata_map_iterator_t it;
  const argdata_t *k, *v;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &k, &v); argdata_map_next(&it)) {
    const char *s;
    if (argdata_get_str_c(k, &s) == 0 && strcmp(s, "out") == 0)
      argdata_get_fd(v, &out);
  }
  write(out, "relocated hello\n", 16);
  exit(0);
}
]=])
file(WRITE ${WORK}/hello.yaml "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\nout: !fd stdout\n")

# The conventional library flags resolve (empty archives next to libc.a).
execute_process(COMMAND ${bin}/x86_64-unknown-cloudabi-cc hello.c -o hello
  -lm -lpthread -lrt -ldl -lcrypt -lutil -lxnet -lresolv
  WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "x86_64-unknown-cloudabi-cc failed: ${rc}")
endif()
execute_process(COMMAND ${bin}/x86_64-unknown-cloudabi-readelf -h hello
  WORKING_DIRECTORY ${WORK} OUTPUT_VARIABLE header)
if(NOT header MATCHES "OS/ABI: +CloudABI")
  message(FATAL_ERROR "hello is not a CloudABI executable:\n${header}")
endif()
execute_process(COMMAND ${bin}/cloudabi-run hello hello.yaml
  WORKING_DIRECTORY ${WORK} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "relocated hello\n")
  message(FATAL_ERROR "cloudabi-run hello: status ${rc}, output \"${out}\"")
endif()

# The CMake toolchain file from the moved SDK.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/cmake_project -B ${WORK}/cmake-build
  -DCMAKE_TOOLCHAIN_FILE=${WORK}/moved-sdk/share/cmake/x86_64-unknown-cloudabi.cmake
  -DHELLO_SOURCE=${WORK}/hello.c
  RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring with the toolchain file failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK}/cmake-build RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building with the toolchain file failed")
endif()
execute_process(COMMAND ${bin}/cloudabi-run ${WORK}/cmake-build/hello_cmake ${WORK}/hello.yaml
  OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "relocated hello\n")
  message(FATAL_ERROR "hello_cmake: status ${rc}, output \"${out}\"")
endif()
message("relocated SDK: compiled, identified as CloudABI, ran; CMake toolchain file works")
