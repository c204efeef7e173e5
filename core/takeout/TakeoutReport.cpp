#include "takeout/TakeoutReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <array>

namespace tintype {

namespace {
QJsonArray toArray(const QStringList &list) { return QJsonArray::fromStringList(list); }
} // namespace

qint64 TakeoutReport::count(Decision decision) const
{
    return std::count_if(items.begin(), items.end(), [&](const auto &i) { return i.decision == decision; });
}

QByteArray TakeoutReport::toJson() const
{
    QJsonObject counts{
        {QStringLiteral("media"), mediaEntries},
        {QStringLiteral("withSidecar"), withSidecar},
        {QStringLiteral("albums"), qint64(albums.size())},
        {QStringLiteral("sidecarsWithoutMedia"), qint64(sidecarsWithoutMedia.size())},
        {QStringLiteral("problems"), qint64(problems.size())},
        {QStringLiteral("resumed"), resumed},
    };
    for (Decision d : {Decision::Import, Decision::DuplicateInTakeout, Decision::AlreadyInLibrary, Decision::Trashed,
                       Decision::Failed, Decision::LowerQualityCopy})
        counts.insert(decisionName(d), count(d));
    QJsonArray itemArray;
    for (const TakeoutItemResult &i : items) {
        QJsonObject o{{QStringLiteral("entry"), i.entry}, {QStringLiteral("decision"), decisionName(i.decision)}};
        if (!i.destination.isEmpty())
            o.insert(QStringLiteral("destination"), i.destination);
        if (!i.sidecar.isEmpty())
            o.insert(QStringLiteral("sidecar"), i.sidecar);
        if (!i.note.isEmpty())
            o.insert(QStringLiteral("note"), i.note);
        if (i.dateSource != DateSource::None)
            o.insert(QStringLiteral("dateSource"), dateSourceName(i.dateSource));
        itemArray.append(o);
    }
    QJsonArray albumArray;
    for (const PlannedAlbum &a : albums)
        albumArray.append(QJsonObject{{QStringLiteral("folder"), a.key}, {QStringLiteral("title"), a.title}});
    QJsonArray problemArray;
    for (const TakeoutProblem &p : problems)
        problemArray.append(QJsonObject{{QStringLiteral("where"), p.where}, {QStringLiteral("reason"), p.reason}});
    QJsonObject root{
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("parts"), toArray(parts)},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("items"), itemArray},
        {QStringLiteral("albums"), albumArray},
        {QStringLiteral("sidecarsWithoutMedia"), toArray(sidecarsWithoutMedia)},
        {QStringLiteral("mediaWithoutSidecar"), toArray(mediaWithoutSidecar)},
        {QStringLiteral("ignoredJson"), toArray(ignoredJson)},
        {QStringLiteral("problems"), problemArray},
        {QStringLiteral("bytesRead"), bytesRead},
        {QStringLiteral("bytesWritten"), bytesWritten},
        {QStringLiteral("seconds"), seconds},
    };
    if (!error.isEmpty())
        root.insert(QStringLiteral("error"), error);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString TakeoutReport::toText() const
{
    QString text;
    QTextStream out(&text);
    out << (dryRun ? QCoreApplication::translate("TakeoutReport", "Takeout import plan (dry run: nothing was written)")
                   : QCoreApplication::translate("TakeoutReport", "Takeout import"))
        << '\n';
    out << QCoreApplication::translate("TakeoutReport", "Parts: %1").arg(parts.join(QStringLiteral(", "))) << '\n';
    out << QCoreApplication::translate("TakeoutReport", "Destination: %1").arg(destination) << '\n';
    if (!error.isEmpty())
        out << QCoreApplication::translate("TakeoutReport", "Error: %1").arg(error) << '\n';
    if (cancelled)
        out << QCoreApplication::translate("TakeoutReport",
                                           "Cancelled: run the same import again to go on where it stopped.")
            << '\n';
    out << QCoreApplication::translate("TakeoutReport", "%1 photos and videos, %2 with their JSON sidecar, %3 albums")
               .arg(mediaEntries)
               .arg(withSidecar)
               .arg(albums.size())
        << '\n';
    out << QCoreApplication::translate(
               "TakeoutReport",
               "%1 to import, %2 duplicates in the Takeout, %3 already in the library, %4 lower-quality copies, "
               "%5 in the trash (left out), %6 failed")
               .arg(count(Decision::Import))
               .arg(count(Decision::DuplicateInTakeout))
               .arg(count(Decision::AlreadyInLibrary))
               .arg(count(Decision::LowerQualityCopy))
               .arg(count(Decision::Trashed))
               .arg(count(Decision::Failed))
        << '\n';
    if (resumed > 0)
        out << QCoreApplication::translate("TakeoutReport", "%1 entries were finished by an earlier run").arg(resumed)
            << '\n';
    auto list = [&](const QString &title, const QStringList &entries) {
        if (entries.isEmpty())
            return;
        out << '\n' << title << '\n';
        for (const QString &e : entries)
            out << "  " << e << '\n';
    };
    QStringList problemLines;
    for (const TakeoutProblem &p : problems)
        problemLines << p.where + QStringLiteral(": ") + p.reason;
    list(QCoreApplication::translate("TakeoutReport", "Problems:"), problemLines);
    QStringList failed;
    for (const TakeoutItemResult &i : items) {
        if (i.decision == Decision::Failed)
            failed << i.entry + QStringLiteral(": ") + i.note;
    }
    list(QCoreApplication::translate("TakeoutReport", "Not imported (failed):"), failed);
    list(QCoreApplication::translate("TakeoutReport",
                                     "Media without a JSON sidecar (imported with their own metadata):"),
         mediaWithoutSidecar);
    list(QCoreApplication::translate("TakeoutReport", "JSON sidecars without media:"), sidecarsWithoutMedia);
    std::array<qint64, 5> bySource{};
    for (const TakeoutItemResult &i : items)
        if (i.decision == Decision::Import)
            ++bySource.at(std::size_t(i.dateSource));
    out << '\n'
        << QCoreApplication::translate(
               "TakeoutReport",
               "Dates: %1 from the files themselves, %2 from Google's JSON, %3 from file names, %4 from file times, "
               "%5 unknown")
               .arg(bySource.at(std::size_t(DateSource::File)))
               .arg(bySource.at(std::size_t(DateSource::GoogleJson)))
               .arg(bySource.at(std::size_t(DateSource::FileName)))
               .arg(bySource.at(std::size_t(DateSource::FileTime)))
               .arg(bySource.at(std::size_t(DateSource::None)))
        << '\n';
    QStringList itemLines;
    for (const TakeoutItemResult &i : items) {
        QString line = decisionName(i.decision) + QStringLiteral("  ") + i.entry;
        if (!i.destination.isEmpty())
            line += QStringLiteral("  →  ") + i.destination;
        if (i.dateSource != DateSource::None)
            line += QStringLiteral("  ") +
                    QCoreApplication::translate("TakeoutReport", "[date: %1]").arg(dateSourceName(i.dateSource));
        if (!i.note.isEmpty())
            line += QStringLiteral("  (") + i.note + QLatin1Char(')');
        itemLines << line;
    }
    list(QCoreApplication::translate("TakeoutReport", "Every file:"), itemLines);
    return text;
}

} // namespace tintype
