# A planted tree for tests/architecture: `low` may call nothing, `high` may call `low`.
set(TT_CORE_MODULES low high)
set(TT_CORE_CALLS_low "")
set(TT_CORE_CALLS_high low)
