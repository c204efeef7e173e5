#include "imaging/LibRawFile.h"

#include <QCoreApplication>

namespace tintype {

LibRawFile::LibRawFile(QString label)
    : m_label(std::move(label)),
      m_raw(std::make_unique<LibRaw>(LIBRAW_OPIONS_NO_MEMERR_CALLBACK | LIBRAW_OPIONS_NO_DATAERR_CALLBACK))
{}

QString LibRawFile::messageFor(const QString &label, const QString &detail)
{
    return QStringLiteral("%1: %2").arg(label, detail);
}

QString LibRawFile::message(const QString &detail) const { return messageFor(m_label, detail); }

QString LibRawFile::librawError(int code) const { return message(QString::fromLatin1(libraw_strerror(code))); }

Status LibRawFile::open(const std::filesystem::path &path)
{
    if (const int rc = m_raw->open_file(path.c_str()); rc != LIBRAW_SUCCESS)
        return Status::failure(librawError(rc));
    return {};
}

Result<LibRawFile::MemImage> LibRawFile::process()
{
    if (const int rc = m_raw->unpack(); rc != LIBRAW_SUCCESS)
        return Result<MemImage>::failure(librawError(rc));
    if (const int rc = m_raw->dcraw_process(); rc != LIBRAW_SUCCESS)
        return Result<MemImage>::failure(librawError(rc));
    int rc = 0;
    MemImage mem(m_raw->dcraw_make_mem_image(&rc));
    if (!mem)
        return Result<MemImage>::failure(librawError(rc));
    return mem;
}

} // namespace tintype
