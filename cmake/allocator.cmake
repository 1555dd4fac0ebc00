# The programs that hold a catalogue in memory (tarjotin, the benchmark's
# in-process timer) allocate with jemalloc (Debian's libjemalloc-dev) instead
# of glibc's malloc. Measured on the 1M benchmark sync: glibc spent 60 % of
# the duplicate linking in _int_malloc walking its fragmented large bins after
# the feed pages were freed; the same binary with jemalloc linked 3x faster.
# Sanitizer and fuzzing builds keep their own allocator (they replace malloc).
#   tarjotin_use_jemalloc(<target>)
pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)

function(tarjotin_use_jemalloc target)
  if(TARJOTIN_SANITIZE OR TARJOTIN_FUZZ)
    return()
  endif()
  if(NOT JEMALLOC_FOUND)
    message(FATAL_ERROR "jemalloc not found: install libjemalloc-dev (scripts/install-deps)")
  endif()
  # --no-as-needed: nothing calls jemalloc by name; it must stay linked to replace malloc.
  target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" PkgConfig::JEMALLOC "-Wl,--pop-state")
endfunction()
