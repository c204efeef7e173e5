#include "ReelExportJob.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "catalog/TimelineQueries.h"
#include "stories/ReelExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace tintype {

ReelExportJob::ReelExportJob(QObject *parent) : ServicesClient(parent) {}

ReelExportJob::~ReelExportJob() { cancel(); }

QString ReelExportJob::freeFileName(const QString &folder, const QString &title)
{
    QString base = title.trimmed();
    base.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral("-"));
    if (base.isEmpty())
        base = tr("Highlights");
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".mp4"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1 (%2).mp4").arg(base).arg(n));
    return path;
}

void ReelExportJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ReelExportJob::finish(bool ok, const QString &outcome)
{
    m_running = false;
    m_outcome = outcome;
    m_cancel.reset();
    emit runningChanged();
    emit finished(ok);
}

void ReelExportJob::start(const QVariantList &assetIds, const QString &title, const QUrl &folder)
{
    if (m_running || !services() || assetIds.isEmpty())
        return;
    std::vector<std::int64_t> ids;
    for (const QVariant &id : assetIds)
        ids.push_back(id.toLongLong());
    m_running = true;
    m_progress = 0;
    m_outputPath = freeFileName(folder.toLocalFile(), title);
    m_outcome.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    emit runningChanged();
    emit progressChanged();
    const auto cancel = m_cancel;
    const QString out = m_outputPath;
    using Sources = std::vector<ReelExporter::Source>;
    services()->catalog().read<Sources>(
        [ids](Catalog &catalog) {
            Sources paths;
            TimelineQueries queries(catalog);
            for (std::int64_t id : ids)
                if (const auto detail = queries.detail(id); detail && detail->available)
                    paths.push_back({detail->path, detail->metadata.kind == MediaKind::Video});
            return paths;
        },
        this,
        [this, cancel, out](Result<Sources> paths) {
            if (!paths || paths.value().empty())
                return finish(false, paths ? tr("None of these photos is available.") : paths.error());
            QPointer<ReelExportJob> self(this);
            (void)QtConcurrent::run([self, cancel, out, photos = std::move(paths.value())] {
                const Result<ReelExporter::Outcome> result = ReelExporter::run(
                    photos, out.toStdString(), {},
                    [self](double done) {
                        QMetaObject::invokeMethod(
                            self.data(),
                            [self, done] {
                                if (self) {
                                    self->m_progress = done;
                                    emit self->progressChanged();
                                }
                            },
                            Qt::QueuedConnection);
                    },
                    cancel.get());
                const bool ok = bool(result);
                const QString outcome =
                    ok ? tr("Saved %1 (%2 s)").arg(QFileInfo(out).fileName()).arg(result.value().seconds, 0, 'f', 0)
                       : result.error();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, ok, outcome] {
                        if (self)
                            self->finish(ok, outcome);
                    },
                    Qt::QueuedConnection);
            });
        });
}

} // namespace tintype
