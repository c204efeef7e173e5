# The desktop app as Windows and macOS expect it (untested recipes: see README
# and .github/workflows/): a GUI-subsystem executable on Windows (no console
# window), an application bundle on macOS (Tintype.app, its Info.plist from
# these properties). Included after app/, so the target exists.
set(TINTYPE_APP_ID "org.tintype.Tintype" CACHE STRING
  "macOS bundle identifier (reverse DNS; keep it the Linux desktop ID)")

if(TARGET tintype AND WIN32)
  set_target_properties(tintype PROPERTIES WIN32_EXECUTABLE ON)
elseif(TARGET tintype AND APPLE)
  set_target_properties(tintype PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Tintype
    MACOSX_BUNDLE_BUNDLE_NAME Tintype
    MACOSX_BUNDLE_GUI_IDENTIFIER ${TINTYPE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_INFO_STRING "Tintype ${PROJECT_VERSION}")
endif()
