# Fails when a platform file (cmake/PlatformSources.cmake: <Name>Win.cpp,
# <Name>Mac.cpp/.mm) is not guarded inside by its system's macro, so that it
# compiles to nothing wherever CMake's selection would be bypassed.
# Run by ctest as architecture/platform_files with -DSOURCE_DIR.
set(problems "")
set(checked 0)
foreach(system Win Mac)
  if(system STREQUAL "Win")
    set(guard "Q_OS_WIN")
  else()
    set(guard "Q_OS_MACOS")
  endif()
  file(GLOB_RECURSE files "${SOURCE_DIR}/core/*${system}.cpp" "${SOURCE_DIR}/core/*${system}.mm"
    "${SOURCE_DIR}/ui/*${system}.cpp" "${SOURCE_DIR}/ui/*${system}.mm")
  foreach(f IN LISTS files)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${f}" lines REGEX "^#(if|ifdef)[ \t]+(defined\\()?${guard}([ \t)]|$)")
    if(NOT lines)
      file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
      list(APPEND problems "${rel} has no #ifdef ${guard}")
    endif()
  endforeach()
endforeach()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "platform files not guarded:\n  ${text}")
endif()
message(STATUS "platform files guarded: ${checked} checked")
