#pragma once

namespace tintype {

// While alive, the calling thread uses a UTF-8 character type locale, so libarchive
// (which converts entry names to the "current locale") hands over UTF-8 names as they
// are stored, whatever the process locale is (the C locale would turn them into '?').
// Only this thread is affected; the previous locale comes back at destruction.
class ArchiveUtf8Locale {
public:
    ArchiveUtf8Locale();
    ~ArchiveUtf8Locale();
    ArchiveUtf8Locale(const ArchiveUtf8Locale &) = delete;
    ArchiveUtf8Locale &operator=(const ArchiveUtf8Locale &) = delete;

private:
    void *m_previous = nullptr;
    bool m_switched = false;
};

} // namespace tintype
