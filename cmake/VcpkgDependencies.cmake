# The libraries Debian and Homebrew give through pkg-config, from vcpkg's
# ports (vcpkg.json) under its toolchain: each port's own CMake package, as
# its `usage` file says, wrapped in an imported target of the name the rest of
# the build links (PkgConfig::TT_<NAME>, made by pkg_check_modules elsewhere).
# Included by cmake/Dependencies.cmake when VCPKG_TOOLCHAIN is set. Untested
# here (no Windows machine): see .github/workflows/windows.yml.

function(tt_imported_target name)
  add_library(${name} INTERFACE IMPORTED)
  target_link_libraries(${name} INTERFACE ${ARGN})
endfunction()

# FFmpeg: vcpkg's FindFFMPEG gives variables, not targets.
find_package(FFMPEG REQUIRED)
add_library(PkgConfig::TT_FFMPEG INTERFACE IMPORTED)
target_include_directories(PkgConfig::TT_FFMPEG INTERFACE ${FFMPEG_INCLUDE_DIRS})
target_link_directories(PkgConfig::TT_FFMPEG INTERFACE ${FFMPEG_LIBRARY_DIRS})
target_link_libraries(PkgConfig::TT_FFMPEG INTERFACE ${FFMPEG_LIBRARIES})

find_package(unofficial-sqlite3 CONFIG REQUIRED)
tt_imported_target(PkgConfig::TT_SQLITE unofficial::sqlite3::sqlite3)

find_package(xxHash CONFIG REQUIRED)
tt_imported_target(PkgConfig::TT_XXHASH xxHash::xxhash)

find_package(LibArchive REQUIRED)
tt_imported_target(PkgConfig::TT_ARCHIVE LibArchive::LibArchive)

# LibRaw's package gives variables; the thread-safe build is the `_r` one.
find_package(libraw CONFIG REQUIRED)
add_library(PkgConfig::TT_LIBRAW INTERFACE IMPORTED)
target_include_directories(PkgConfig::TT_LIBRAW INTERFACE ${LibRaw_INCLUDE_DIR})
target_compile_definitions(PkgConfig::TT_LIBRAW INTERFACE ${LibRaw_r_DEFINITIONS})
target_link_libraries(PkgConfig::TT_LIBRAW INTERFACE ${LibRaw_r_LIBRARIES})

find_package(libjpeg-turbo CONFIG REQUIRED)
if(TARGET libjpeg-turbo::turbojpeg)
  tt_imported_target(PkgConfig::TT_TURBOJPEG libjpeg-turbo::turbojpeg)
else() # a static triplet
  tt_imported_target(PkgConfig::TT_TURBOJPEG libjpeg-turbo::turbojpeg-static)
endif()

find_package(PNG REQUIRED)
tt_imported_target(PkgConfig::TT_PNG PNG::PNG)

# What the tests link at once (pkg_check_modules(TT_PKG ...) in the pkg-config branch).
tt_imported_target(PkgConfig::TT_PKG PkgConfig::TT_FFMPEG PkgConfig::TT_SQLITE PkgConfig::TT_XXHASH
  PkgConfig::TT_ARCHIVE)
