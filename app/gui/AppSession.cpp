#include "AppSession.h"

#include "AppServices.h"
#include "BackgroundWork.h"
#include "FaceCropProvider.h"
#include "LibrarySettings.h"
#include "LooseImageProvider.h"
#include "QmlImports.h"
#include "ThumbnailProvider.h"

#include "common/WorkerProcess.h"
#include "faces/FaceCropCache.h"
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "thumbs/ThumbnailCache.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QQuickWindow>
#include <QTextStream>

namespace tintype {

AppSession::AppSession(Options options) : m_options(std::move(options)) {}

AppSession::~AppSession()
{
    m_engine.reset();
    m_services.reset();
}

bool AppSession::start()
{
    MetadataReader::initialize();
    // Full-size pictures, the editor's sources, the face and object stages' inputs
    // are decoded in tintype-worker processes too: a crashing decoder costs a file.
    ImageDecoder::decodeInWorkers(WorkerProcess::findWorker());
    m_services =
        std::make_unique<AppServices>(m_options.catalogPath, ThumbnailCache::defaultDirectory(m_options.catalogPath),
                                      nullptr, FaceCropCache::defaultDirectory(m_options.catalogPath));
    LibrarySettings *settings = m_services->settings();
    m_language.apply(settings->language());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QObject::connect(settings, &LibrarySettings::languageChanged, m_engine.get(),
                     [this, settings] { m_language.apply(settings->language(), m_engine.get()); });
    m_engine->addImageProvider(
        QStringLiteral("thumb"),
        new ThumbnailProvider(m_options.catalogPath, m_services->cache(), m_services->scheduler()));
    m_engine->addImageProvider(QStringLiteral("face"), new FaceCropProvider(m_services->faceCropDirectory()));
    m_engine->addImageProvider(QStringLiteral("loose"), new LooseImageProvider);
    if (const QStringList absent = qmlimports::missing(*m_engine); !absent.isEmpty()) {
        QStringList packages;
        for (const QString &module : absent)
            packages << qmlimports::debianPackage(module);
        const QString message =
            QCoreApplication::translate("main", "Tintype cannot start: these Qt Quick modules are not installed: %1.\n"
                                                "On Debian or Ubuntu, install them with:\nsudo apt install %2")
                .arg(absent.join(QStringLiteral(", ")), packages.join(QLatin1Char(' ')));
        QTextStream(stderr) << message << "\n";
        QMessageBox::critical(nullptr, QStringLiteral("Tintype"), message);
        return false;
    }
    m_engine->setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(m_services.get())},
                                    {QStringLiteral("demoLibrary"), m_options.demo},
                                    {QStringLiteral("openPaths"), m_options.openPaths}});
    m_engine->load(QUrl(QStringLiteral("qrc:/Tintype/Main.qml")));
    if (m_engine->rootObjects().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("main", "The window could not be created.\n");
        return false;
    }
    if (!m_options.folder.isEmpty())
        m_services->settings()->addFolder(QUrl::fromLocalFile(m_options.folder)); // then scans
    else if (m_options.scanOnStart)
        m_services->work()->start(); // only new or changed files are read
    return true;
}

QQuickWindow *AppSession::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace tintype
