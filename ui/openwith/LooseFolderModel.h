#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

#include <filesystem>
#include <vector>

namespace tintype {

// A photo or video outside the library (OpenedFiles lists them).
struct LooseFile {
    std::filesystem::path path; // absolute
    QString name;               // for people (invalid bytes shown as U+FFFD)
    qint64 modifiedMs = 0;      // the file's modification time, ms since the epoch (UTC)
    bool video = false;
};

// The photos and videos of a folder that is not in the library, for the
// folder viewer (LooseViewer.qml): sorted by name (numbers in names compared as
// numbers: IMG_2 before IMG_10) or by date (modification time, then name).
// Pictures come from image://loose/<percent-encoded path bytes> (LooseImageProvider).
class LooseFolderModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by OpenedFiles")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)

public:
    enum class SortOrder { ByName, ByDate };
    Q_ENUM(SortOrder)
    enum Role { NameRole = Qt::UserRole + 1, SourceRole, FileUrlRole, VideoRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_files.size()); }
    SortOrder sortOrder() const { return m_order; }
    // Sorts again; the file shown keeps being shown (the viewer asks indexOfPath).
    void setSortOrder(SortOrder order);
    void setFiles(std::vector<LooseFile> files);
    const std::vector<LooseFile> &files() const { return m_files; }

    // name, source (a screen-size picture), fileUrl, video, date (text in the UI's locale).
    Q_INVOKABLE QVariantMap file(int row) const;
    Q_INVOKABLE int indexOfPath(const QString &path) const; // -1 when absent
    int indexOf(const std::filesystem::path &path) const;
    static QString imageSource(const std::filesystem::path &path);
    // Names in people's order: IMG_2 before IMG_10, case ignored. <0, 0, >0.
    static int compareNames(const QString &a, const QString &b);

signals:
    void countChanged();
    void sortOrderChanged();

private:
    void sort();
    std::vector<LooseFile> m_files;
    SortOrder m_order = SortOrder::ByName;
};

} // namespace tintype
