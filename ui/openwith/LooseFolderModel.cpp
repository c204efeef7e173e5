#include "LooseFolderModel.h"

#include "common/NativePath.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace tintype {

int LooseFolderModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : count(); }

QVariant LooseFolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const LooseFile &f = m_files[size_t(index.row())];
    switch (role) {
    case NameRole: return f.name;
    case SourceRole: return imageSource(f.path);
    case FileUrlRole: return QUrl::fromLocalFile(nativepath::display(f.path));
    case VideoRole: return f.video;
    default: return {};
    }
}

QHash<int, QByteArray> LooseFolderModel::roleNames() const
{
    return {{NameRole, "name"}, {SourceRole, "source"}, {FileUrlRole, "fileUrl"}, {VideoRole, "video"}};
}

void LooseFolderModel::setSortOrder(SortOrder order)
{
    if (m_order == order)
        return;
    m_order = order;
    beginResetModel();
    sort();
    endResetModel();
    emit sortOrderChanged();
}

void LooseFolderModel::setFiles(std::vector<LooseFile> files)
{
    beginResetModel();
    m_files = std::move(files);
    sort();
    endResetModel();
    emit countChanged();
}

QVariantMap LooseFolderModel::file(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const LooseFile &f = m_files[size_t(row)];
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(f.modifiedMs, Qt::UTC).toLocalTime();
    return {{QStringLiteral("name"), f.name},
            {QStringLiteral("path"), nativepath::display(f.path)},
            {QStringLiteral("source"), imageSource(f.path)},
            {QStringLiteral("fileUrl"), QUrl::fromLocalFile(nativepath::display(f.path))},
            {QStringLiteral("video"), f.video},
            {QStringLiteral("date"), QLocale().toString(modified, QLocale::ShortFormat)}};
}

int LooseFolderModel::indexOfPath(const QString &path) const { return indexOf(nativepath::fromUser(path)); }

int LooseFolderModel::indexOf(const std::filesystem::path &path) const
{
    const auto it = std::find_if(m_files.begin(), m_files.end(), [&](const LooseFile &f) { return f.path == path; });
    return it == m_files.end() ? -1 : int(it - m_files.begin());
}

QString LooseFolderModel::imageSource(const std::filesystem::path &path)
{
    return QStringLiteral("image://loose/") + QString::fromLatin1(nativepath::toBytes(path).toPercentEncoding());
}

int LooseFolderModel::compareNames(const QString &a, const QString &b)
{
    // Runs of digits by their value (shorter without leading zeros: smaller), the
    // rest case-insensitively; QCollator's numeric mode does nothing in the C locale.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype si = i, sj = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            const QStringView x = QStringView(a).mid(si, i - si), y = QStringView(b).mid(sj, j - sj);
            const auto significant = [](QStringView digits) {
                while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
                    digits = digits.mid(1);
                return digits;
            };
            const QStringView vx = significant(x), vy = significant(y);
            if (vx.size() != vy.size())
                return vx.size() < vy.size() ? -1 : 1;
            if (const int c = vx.compare(vy); c != 0)
                return c;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c;
        ++i;
        ++j;
    }
    return int(a.size() - i) - int(b.size() - j);
}

void LooseFolderModel::sort()
{
    const auto byName = [](const LooseFile &a, const LooseFile &b) {
        const int c = compareNames(a.name, b.name);
        return c != 0 ? c < 0 : a.path < b.path;
    };
    if (m_order == SortOrder::ByName)
        std::sort(m_files.begin(), m_files.end(), byName);
    else
        std::sort(m_files.begin(), m_files.end(), [&](const LooseFile &a, const LooseFile &b) {
            return a.modifiedMs != b.modifiedMs ? a.modifiedMs < b.modifiedMs : byName(a, b);
        });
}

} // namespace tintype
