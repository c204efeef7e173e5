# Platform code lives beside the interface it implements, one file per system,
# named by a suffix: <Name>Linux.cpp (Linux and the other freedesktop.org
# systems), <Name>Win.cpp/.h (Windows), <Name>Mac.cpp/.h/.mm (macOS). Each is
# also guarded inside (#ifdef Q_OS_WIN, Q_OS_MACOS), but only the current
# system's files are compiled: tt_platform_sources(<list variable>) removes the
# others' from a globbed list of sources.
function(tt_platform_sources var)
  set(others "")
  if(WIN32)
    list(APPEND others Linux Mac)
  elseif(APPLE)
    list(APPEND others Linux Win)
  else()
    list(APPEND others Win Mac)
  endif()
  list(JOIN others "|" alternatives)
  set(sources ${${var}})
  list(FILTER sources EXCLUDE REGEX "(${alternatives})\\.(cpp|h|mm)$")
  set(${var} ${sources} PARENT_SCOPE)
endfunction()
