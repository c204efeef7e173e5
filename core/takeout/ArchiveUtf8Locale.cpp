#include "takeout/ArchiveUtf8Locale.h"

#include <initializer_list>

#if !defined(_WIN32)
#include <clocale>
#if defined(__APPLE__)
#include <xlocale.h>
#endif
#endif

namespace tintype {

#if !defined(_WIN32)
namespace {
locale_t utf8Locale()
{
    // Created once and kept for the life of the process (newlocale is not cheap).
    static const locale_t locale = [] {
        for (const char *name : {"C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"}) {
            if (locale_t l = ::newlocale(LC_CTYPE_MASK, name, locale_t(nullptr)))
                return l;
        }
        return locale_t(nullptr);
    }();
    return locale;
}
} // namespace

ArchiveUtf8Locale::ArchiveUtf8Locale()
{
    if (locale_t utf8 = utf8Locale()) {
        m_previous = static_cast<void *>(::uselocale(utf8));
        m_switched = true;
    }
}

ArchiveUtf8Locale::~ArchiveUtf8Locale()
{
    if (m_switched)
        ::uselocale(static_cast<locale_t>(m_previous));
}
#else
// Windows has no per-thread uselocale(); names would need archive_entry_pathname_w (not done yet).
ArchiveUtf8Locale::ArchiveUtf8Locale() = default;
ArchiveUtf8Locale::~ArchiveUtf8Locale() = default;
#endif

} // namespace tintype
