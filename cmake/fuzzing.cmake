# TARJOTIN_FUZZ: instrument everything for libFuzzer and build the fuzz_<name>
# targets of fuzz/ (needs clang: CC=clang CXX=clang++; combine with
# -DTARJOTIN_SANITIZE=address,undefined). scripts/fuzz does all of it.
option(TARJOTIN_FUZZ "Build the libFuzzer targets of fuzz/ (clang only)" OFF)
if(TARJOTIN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TARJOTIN_FUZZ needs clang (CXX=clang++), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
