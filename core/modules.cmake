# The core modules and, for each, the other core modules it may call: the one
# list that links them (core/CMakeLists.txt), that each README's "May call"
# line repeats, and that tests/architecture/check_module_includes.cmake checks
# every `#include "<module>/..."` against. Ordered so a module comes after
# everything it calls.
set(TT_CORE_MODULES common geo metadata catalog imaging library places edit thumbs takeout similarity nn faces search things stories)

set(TT_CORE_CALLS_common "")
set(TT_CORE_CALLS_geo common)
set(TT_CORE_CALLS_metadata common geo)
set(TT_CORE_CALLS_catalog common metadata)
set(TT_CORE_CALLS_imaging common metadata)
set(TT_CORE_CALLS_library common catalog metadata)
set(TT_CORE_CALLS_places common geo catalog library)
set(TT_CORE_CALLS_thumbs common imaging edit)
set(TT_CORE_CALLS_edit common imaging metadata)
set(TT_CORE_CALLS_takeout common geo metadata catalog library)
set(TT_CORE_CALLS_similarity common metadata catalog thumbs)
set(TT_CORE_CALLS_nn common)
set(TT_CORE_CALLS_faces common catalog imaging nn)
set(TT_CORE_CALLS_things common catalog imaging thumbs nn search)
set(TT_CORE_CALLS_search common geo metadata catalog)
set(TT_CORE_CALLS_stories common catalog imaging thumbs similarity)
