#pragma once

// Private to core/imaging: the one wrapper around LibRaw, shared by the RAW
// decoder (previews, thumbnails) and RawDevelopment (full development).

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <libraw/libraw.h>

#include <filesystem>
#include <memory>
#include <new>
#include <stdexcept>

namespace tintype {

// One LibRaw object for one file (LibRaw's reentrant build, one object per
// call: thread-safe), its processed images, and its errors as messages that
// start with `label` ("RAW", "RAW development").
class LibRawFile {
    Q_DECLARE_TR_FUNCTIONS(LibRawFile)

public:
    struct MemImageDeleter {
        void operator()(libraw_processed_image_t *image) const { LibRaw::dcraw_clear_mem(image); }
    };
    using MemImage = std::unique_ptr<libraw_processed_image_t, MemImageDeleter>;

    explicit LibRawFile(QString label);

    Status open(const std::filesystem::path &path);
    LibRaw &raw() { return *m_raw; }
    // unpack, dcraw_process with the parameters set on raw(), then the processed bitmap.
    Result<MemImage> process();

    // "<label>: <detail>"
    QString message(const QString &detail) const;
    QString librawError(int code) const;

    // Runs `work` (which returns Result<T>), turning LibRaw's exceptions into failures.
    template <typename T, typename Work>
    static Result<T> guarded(const QString &label, Work &&work)
    {
        try {
            return work();
        } catch (const std::bad_alloc &) {
            return Result<T>::failure(messageFor(label, tr("out of memory")));
        } catch (const std::exception &e) {
            return Result<T>::failure(messageFor(label, QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return Result<T>::failure(messageFor(label, tr("the file could not be decoded")));
        }
    }

private:
    static QString messageFor(const QString &label, const QString &detail);

    QString m_label;
    std::unique_ptr<LibRaw> m_raw;
};

} // namespace tintype
