#include "TakeoutImport.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "takeout/TakeoutImporter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

namespace tintype {

namespace {
QString summaryOf(const TakeoutReport &report) { return TakeoutImport::summaryLines(report).join(u'\n'); }
} // namespace

QStringList TakeoutImport::summaryLines(const TakeoutReport &report)
{
    QStringList lines;
    const auto add = [&](const QString &label, qint64 n) {
        if (n > 0)
            lines << label.arg(n);
    };
    add(report.dryRun ? tr("To import: %1") : tr("Imported: %1"), report.count(Decision::Import));
    add(tr("Already in your library, left out: %1"), report.count(Decision::AlreadyInLibrary));
    add(tr("Copies inside the Takeout, left out: %1"), report.count(Decision::DuplicateInTakeout));
    add(tr("Smaller copies of the same photo, left out: %1"), report.count(Decision::LowerQualityCopy));
    add(tr("In Google Photos' trash, left out: %1"), report.count(Decision::Trashed));
    add(report.dryRun ? tr("Cannot be read: %1") : tr("Failed: %1"), report.count(Decision::Failed));
    if (!report.albums.empty()) {
        QStringList titles;
        for (const auto &album : report.albums)
            titles << album.title;
        const QString shown =
            titles.mid(0, 5).join(QStringLiteral(", ")) + (titles.size() > 5 ? QStringLiteral(", …") : QString());
        lines << tr("Albums: %1 (%2)").arg(report.albums.size()).arg(shown);
    }
    add(tr("Photos and videos without their JSON file (their own dates are kept): %1"),
        qint64(report.mediaWithoutSidecar.size()));
    add(tr("Problems: %1 (see the full report)"), qint64(report.problems.size()));
    add(tr("Finished by an earlier run: %1"), report.resumed);
    if (report.cancelled)
        lines << tr("Stopped: start the import again to go on where it stopped.");
    if (lines.isEmpty())
        lines << tr("No photos or videos were found in these files.");
    return lines;
}

TakeoutImport::TakeoutImport(QObject *parent) : ServicesClient(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &TakeoutImport::progressChanged);
}

TakeoutImport::~TakeoutImport()
{
    m_cancelRequested = true;
    waitForJob();
}

void TakeoutImport::servicesReplaced()
{
    if (!m_destination.isEmpty() || !services())
        return;
    // Default: "Google Photos" in the first library folder, read on the catalog worker.
    services()->catalog().read<QString>(
        [](Catalog &catalog) {
            const std::vector<RootRecord> roots = RootRepository(catalog).all();
            return roots.empty() ? QString() : nativepath::display(roots.front().path);
        },
        this,
        [this](Result<QString> firstRoot) {
            if (firstRoot && !firstRoot.value().isEmpty() && m_destination.isEmpty())
                setDestination(QDir(firstRoot.value()).filePath(QStringLiteral("Google Photos")));
        });
}

void TakeoutImport::setDestination(const QString &destination)
{
    if (m_destination == destination)
        return;
    m_destination = destination;
    emit destinationChanged();
}

void TakeoutImport::setDestinationUrl(const QUrl &url) { setDestination(url.toLocalFile()); }

double TakeoutImport::progress() const
{
    const qint64 total = m_total.load();
    return total > 0 ? double(m_done.load()) / double(total) : 0.0;
}

QString TakeoutImport::progressText() const
{
    // Sizes in the UI language's format, not hand-made "MB".
    const QLocale locale;
    const QString done = locale.formattedDataSize(m_done.load());
    const QString total = locale.formattedDataSize(m_total.load());
    const int files = int(m_files.load());
    switch (TakeoutProgress::Phase(m_phase.load())) {
    case TakeoutProgress::Phase::Reading: return tr("Reading names and JSON files… %1 of %2").arg(done, total);
    case TakeoutProgress::Phase::Copying:
        return (m_step == Step::Planning ? tr("Checking %n photo(s)… %1 of %2", nullptr, files)
                                         : tr("Copying %n photo(s)… %1 of %2", nullptr, files))
            .arg(done, total);
    case TakeoutProgress::Phase::Cataloguing: return tr("Adding the photos and albums to the library…");
    }
    return QString();
}

void TakeoutImport::addParts(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        if (!path.isEmpty() && !m_parts.contains(path))
            m_parts << path;
    }
    m_parts.sort();
    emit partsChanged();
}

void TakeoutImport::removePart(int index)
{
    if (index < 0 || index >= m_parts.size())
        return;
    m_parts.removeAt(index);
    emit partsChanged();
}

void TakeoutImport::plan() { run(true); }
void TakeoutImport::start() { run(false); }

void TakeoutImport::cancel() { m_cancelRequested = true; }

void TakeoutImport::reset()
{
    if (m_thread)
        return;
    m_summary.clear();
    m_error.clear();
    setStep(Step::Choose);
}

void TakeoutImport::waitForJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void TakeoutImport::setStep(Step step)
{
    m_step = step;
    emit stepChanged();
    emit progressChanged();
}

void TakeoutImport::run(bool dryRun)
{
    if (m_thread || !services() || m_parts.isEmpty() || m_destination.isEmpty())
        return;
    m_cancelRequested = false;
    m_done = m_total = m_files = 0;
    m_phase = 0;
    m_error.clear();
    setStep(dryRun ? Step::Planning : Step::Importing);

    TakeoutImportOptions options;
    options.inputs = m_parts;
    options.destination = nativepath::fromUser(m_destination);
    options.pattern = m_pattern;
    options.sidecars = m_sidecars;
    options.dryRun = dryRun;
    const QString catalogPath = services()->catalog().catalogPath();
    const QString reportFolder = QFileInfo(catalogPath).dir().filePath(QStringLiteral("takeout-reports"));
    m_thread = QThread::create([this, options, catalogPath, reportFolder, dryRun] {
        auto catalog = Catalog::open(catalogPath);
        if (!catalog) {
            const QString error = catalog.error();
            QMetaObject::invokeMethod(this, [=, this] { finished(dryRun, QString(), error, 0, QString()); });
            return;
        }
        TakeoutImporter importer(*catalog.value(), options);
        const TakeoutReport report = importer.run([&](const TakeoutProgress &p) {
            if (m_cancelRequested)
                importer.cancel();
            m_phase = int(p.phase);
            m_done = p.done;
            m_total = p.total;
            m_files = p.files;
        });
        QString reportPath;
        QDir().mkpath(reportFolder);
        const QString base =
            QDir(reportFolder)
                .filePath(QStringLiteral("takeout-%1%2")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                   dryRun ? QStringLiteral("-plan") : QString()));
        QFile text(base + QStringLiteral(".txt")), json(base + QStringLiteral(".json"));
        if (text.open(QIODevice::WriteOnly) && json.open(QIODevice::WriteOnly)) {
            text.write(report.toText().toUtf8());
            json.write(report.toJson());
            reportPath = text.fileName();
        }
        QString error = report.error;
        if (report.cancelled)
            error = tr("Stopped. Start the import again to go on where it stopped.");
        const QString summary = summaryOf(report);
        const int toImport = int(report.count(Decision::Import));
        QMetaObject::invokeMethod(this, [=, this] { finished(dryRun, summary, error, toImport, reportPath); });
    });
    m_thread->start();
    m_poll.start();
}

void TakeoutImport::finished(bool dryRun, const QString &summary, const QString &error, int toImport,
                             const QString &report)
{
    waitForJob();
    m_poll.stop();
    m_summary = summary;
    m_error = error;
    m_toImport = toImport;
    m_reportPath = report;
    if (!dryRun && services())
        emit services()->libraryChanged();
    setStep(dryRun ? (error.isEmpty() ? Step::Plan : Step::Choose) : Step::Done);
}

} // namespace tintype
