# tt_link_core_modules(<target> <source>): links <target> to the core module
# libraries (tintype-core-<module>) that <source> includes headers of, and
# nothing more, so a fuzz target builds only the modules it exercises.
function(tt_link_core_modules target source)
  file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z]+/")
  set(modules "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([a-z]+)/.*" "\\1" module "${line}")
    if(module IN_LIST TT_CORE_MODULES AND NOT module IN_LIST modules)
      list(APPEND modules ${module})
    endif()
  endforeach()
  if(NOT modules)
    message(FATAL_ERROR "${source} includes no core module header")
  endif()
  if("metadata" IN_LIST modules OR "imaging" IN_LIST modules) # they read videos through the plugin
    add_dependencies(${target} tintype-video)
  endif()
  list(TRANSFORM modules PREPEND tintype-core-)
  target_link_libraries(${target} PRIVATE ${modules})
endfunction()
