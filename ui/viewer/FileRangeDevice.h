#pragma once

#include <QFile>
#include <QIODevice>

namespace tintype {

// A read-only, seekable window [offset, offset + length) of a file, as a device
// of its own: a motion photo's clip handed to Qt Multimedia without a copy.
class FileRangeDevice : public QIODevice {
    Q_OBJECT
public:
    FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool open(OpenMode mode) override; // ReadOnly only; fails when the range is not inside the file
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset, m_length;
};

} // namespace tintype
