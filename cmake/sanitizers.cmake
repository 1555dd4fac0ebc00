# TARJOTIN_SANITIZE: build everything with sanitizers (docs/reliability.md).
#   -DTARJOTIN_SANITIZE=address,undefined   AddressSanitizer + UndefinedBehaviorSanitizer
#   -DTARJOTIN_SANITIZE=thread              ThreadSanitizer
# Any finding aborts the process, so a test with a finding fails. Use a Debug
# or RelWithDebInfo build for readable stacks; Release works too.
set(TARJOTIN_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined | thread | (empty: none)")
if(TARJOTIN_SANITIZE)
  if(TARJOTIN_SANITIZE MATCHES "thread" AND TARJOTIN_SANITIZE MATCHES "address")
    message(FATAL_ERROR "TARJOTIN_SANITIZE: thread cannot be combined with address")
  endif()
  add_compile_options(-fsanitize=${TARJOTIN_SANITIZE} -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${TARJOTIN_SANITIZE})
  if(TARJOTIN_SANITIZE MATCHES "undefined")
    add_compile_options(-fno-sanitize-recover=undefined)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")  # gcc has no ignore lists (nor this check's finding)
      add_compile_options(-fsanitize-ignorelist=${CMAKE_CURRENT_LIST_DIR}/ubsan-ignorelist.txt)
    endif()
  endif()
  message(STATUS "tarjotin: building with -fsanitize=${TARJOTIN_SANITIZE}")
endif()
