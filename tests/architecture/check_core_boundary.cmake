# Fails when core/ includes or links Qt Widgets, Qt Quick or QML, or when
# tintype-cli (which links core only) pulls those libraries in at run time.
# Run by ctest as architecture/core_boundary with -DSOURCE_DIR, -DCORE_LINKS, -DCLI.
set(problems "")

file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.hpp" "${SOURCE_DIR}/core/*.cpp")
set(forbidden_include "#[ \t]*include[ \t]*[<\"](Qt(Widgets|Quick|Qml|QuickControls2|QuickWidgets)/|Q(Widget|Application|MainWindow|Dialog|QuickItem|QuickWindow|QuickView|QmlEngine|QmlApplicationEngine|QmlContext)[\">])")
foreach(f IN LISTS core_files)
  file(STRINGS "${f}" hits REGEX "${forbidden_include}")
  if(hits)
    list(APPEND problems "${f}: ${hits}")
  endif()
endforeach()

if(CORE_LINKS MATCHES "Qt6?::(Widgets|Quick|Qml|QuickControls2)")
  list(APPEND problems "tintype-core links ${CMAKE_MATCH_0}: ${CORE_LINKS}")
endif()

find_program(LDD ldd)
if(LDD AND EXISTS "${CLI}")
  execute_process(COMMAND ${LDD} "${CLI}" OUTPUT_VARIABLE deps ERROR_QUIET)
  if(deps MATCHES "libQt6(Widgets|Quick|Qml)[^ ]*")
    list(APPEND problems "tintype-cli loads ${CMAKE_MATCH_0}")
  endif()
endif()

list(LENGTH core_files n)
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "core/ must stay UI-free:\n  ${text}")
endif()
message(STATUS "core boundary clean: ${n} files checked, tintype-core links: ${CORE_LINKS}")
