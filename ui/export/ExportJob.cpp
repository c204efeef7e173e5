#include "ExportJob.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "catalog/EditRepository.h"
#include "common/NativePath.h"
#include "edit/EditExporter.h"
#include "edit/EditStack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include <algorithm>

namespace tintype {

namespace {
struct Photo {
    EditRepository::Source source;
    std::optional<QByteArray> stack; // JSON; nullopt: shown unedited
};

Result<Photo> lookUp(Catalog &catalog, std::int64_t assetId)
{
    std::optional<Photo> photo;
    const Status read = catalog.read([&] {
        EditRepository edits(catalog);
        if (auto source = edits.source(assetId))
            photo = Photo{std::move(*source), edits.current(assetId)};
    });
    if (!read)
        return Result<Photo>::failure(read.error());
    if (!photo)
        return Result<Photo>::failure(QCoreApplication::translate("ExportJob", "no such photo in the library"));
    return std::move(*photo);
}

// One photo written into `folder`: the path written, or why not.
Result<QString> exportOne(Catalog &catalog, std::int64_t assetId, const std::filesystem::path &folder,
                          const EditExporter::Options &options, QString *name)
{
    auto photo = lookUp(catalog, assetId);
    if (!photo)
        return Result<QString>::failure(photo.error());
    *name = nativepath::display(photo->source.path.filename());
    if (!photo->source.available)
        return Result<QString>::failure(
            QCoreApplication::translate("ExportJob", "the file is missing or its folder is offline"));
    auto stack = photo->stack ? EditStack::fromJson(*photo->stack) : Result<EditStack>(EditStack());
    if (!stack)
        return Result<QString>::failure(
            QCoreApplication::translate("ExportJob", "its edit cannot be read (%1)").arg(stack.error()));
    auto outcome =
        EditExporter::exportFile(photo->source.path, photo->source.userQuarterTurns, stack.value(), folder, options);
    if (!outcome)
        return Result<QString>::failure(outcome.error());
    return nativepath::display(outcome->path);
}
} // namespace

ExportJob::ExportJob(QObject *parent) : ServicesClient(parent)
{
    m_pool.setMaxThreadCount(1);
    // Pictures when there is one, else home: never a folder made without asking.
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    m_folder = QUrl::fromLocalFile(QFileInfo(pictures).isDir() ? pictures : QDir::homePath());
}

ExportJob::~ExportJob()
{
    *m_cancel = true;
    m_pool.waitForDone();
}

void ExportJob::setFormat(Format format)
{
    if (m_format != format) {
        m_format = format;
        emit optionsChanged();
    }
}

void ExportJob::setQuality(int quality)
{
    quality = std::clamp(quality, 1, 100);
    if (m_quality != quality) {
        m_quality = quality;
        emit optionsChanged();
    }
}

void ExportJob::setLongEdge(int pixels)
{
    pixels = std::max(0, pixels);
    if (m_longEdge != pixels) {
        m_longEdge = pixels;
        emit optionsChanged();
    }
}

void ExportJob::setDropLocation(bool drop)
{
    if (m_dropLocation != drop) {
        m_dropLocation = drop;
        emit optionsChanged();
    }
}

void ExportJob::setFolder(const QUrl &folder)
{
    if (m_folder != folder) {
        m_folder = folder;
        emit optionsChanged();
    }
}

void ExportJob::prepare(const QList<qint64> &assetIds)
{
    if (m_running)
        return;
    m_done = m_total = 0;
    m_written.clear();
    m_errors.clear();
    m_cancelled = false;
    emit progressChanged();
    if (!services() || assetIds.isEmpty())
        return;
    const std::int64_t first = assetIds.first();
    services()->catalog().read<std::optional<EditRepository::Source>>(
        [first](Catalog &c) { return EditRepository(c).source(first); }, this,
        [this](Result<std::optional<EditRepository::Source>> source) {
            m_originalFolder = source && source.value()
                                   ? QUrl::fromLocalFile(nativepath::display(source.value()->path.parent_path()))
                                   : QUrl();
            emit originalFolderChanged();
        });
}

bool ExportJob::start(const QList<qint64> &assetIds)
{
    const QString target = m_folder.isLocalFile() ? m_folder.toLocalFile() : m_folder.toString();
    if (m_running || !services() || assetIds.isEmpty() || target.isEmpty())
        return false;
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_total = int(assetIds.size());
    m_written.clear();
    m_errors.clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    emit progressChanged();

    EditExporter::Options options;
    options.format = m_format == Format::Png      ? EditExporter::Format::Png
                     : m_format == Format::Tiff16 ? EditExporter::Format::Tiff16
                                                  : EditExporter::Format::Jpeg;
    options.quality = m_quality;
    options.longEdge = m_longEdge;
    options.dropLocation = m_dropLocation;
    QPointer<ExportJob> self(this);
    m_pool.start([self, ids = assetIds, options, target, cancel = m_cancel,
                  catalogPath = services()->catalog().catalogPath()] {
        auto report = [&](const QString &written, const QString &error) {
            QMetaObject::invokeMethod(
                self, [self, written, error] { self->fileDone(written, error); }, Qt::QueuedConnection);
        };
        auto opened = Catalog::open(catalogPath);
        if (!opened)
            report({}, opened.error());
        else if (!QFileInfo(target).isDir())
            report(
                {},
                QCoreApplication::translate("ExportJob", "the folder %1 does not exist: choose another").arg(target));
        for (std::size_t i = 0; opened && QDir(target).exists() && i < std::size_t(ids.size()) && !*cancel; ++i) {
            QString name = QStringLiteral("#%1").arg(ids[qsizetype(i)]);
            auto written = exportOne(*opened.value(), ids[qsizetype(i)], nativepath::fromUser(target), options, &name);
            report(written ? written.value() : QString(),
                   written ? QString() : QStringLiteral("%1: %2").arg(name, written.error()));
        }
        QMetaObject::invokeMethod(
            self, [self] { self->runDone(); }, Qt::QueuedConnection);
    });
    return true;
}

void ExportJob::cancel()
{
    if (m_running)
        *m_cancel = true;
}

void ExportJob::fileDone(const QString &written, const QString &error)
{
    if (!written.isEmpty()) {
        ++m_done;
        m_written << written;
    }
    if (!error.isEmpty()) {
        ++m_done;
        m_errors << error;
    }
    emit progressChanged();
}

void ExportJob::runDone()
{
    m_running = false;
    m_cancelled = *m_cancel && m_done < m_total;
    emit progressChanged();
    emit finished();
}

} // namespace tintype
