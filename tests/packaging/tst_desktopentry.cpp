// The desktop integration files (resources/linux): "Open with Tintype" is
// offered for every photo, RAW and video type Tintype reads, the AppStream
// metadata names the same types, and both files pass their validators.
#include "metadata/MediaFormat.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace tintype;

namespace {
const QString kDesktopFile = QStringLiteral(TINTYPE_SOURCE_DIR "/resources/linux/org.tintype.Tintype.desktop");
const QString kMetainfo = QStringLiteral(TINTYPE_SOURCE_DIR "/resources/linux/org.tintype.Tintype.metainfo.xml");

// Formats the scanner knows by name but nothing in the package decodes on
// Debian 12 (Qt 6 has no JPEG XL, Photoshop or JPEG 2000 image plugin there):
// not offered, so "Open with" never leads to a grey tile.
const QSet<QString> kNotDecoded = {QStringLiteral("jxl"), QStringLiteral("psd"), QStringLiteral("jp2")};

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QSet<QString> desktopMimeTypes()
{
    const QString line = read(kDesktopFile).section(QLatin1String("\nMimeType="), 1).section(u'\n', 0, 0);
    const QStringList types = line.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return {types.begin(), types.end()};
}

QSet<QString> metainfoMediaTypes()
{
    QSet<QString> types;
    static const QRegularExpression mediatype(QStringLiteral("<mediatype>([^<]+)</mediatype>"));
    for (auto it = mediatype.globalMatch(read(kMetainfo)); it.hasNext();)
        types.insert(it.next().captured(1));
    return types;
}

// Runs a validator; false with its output when it fails.
bool validates(const QString &program, const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    *output = p.readAll();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class TestDesktopEntry : public QObject {
    Q_OBJECT

private slots:
    void offeredForEveryTypeTintypeReads()
    {
        const QSet<QString> offered = desktopMimeTypes();
        QVERIFY(offered.size() > 20);
        const QMimeDatabase mimes;
        int checked = 0;
        for (const QString &extension : MediaFormat::knownExtensions()) {
            const MediaKind kind = MediaFormat::kindForExtension(extension);
            if (kind == MediaKind::Sidecar || kNotDecoded.contains(extension))
                continue;
            const QMimeType type =
                mimes.mimeTypeForFile(QStringLiteral("x.") + extension, QMimeDatabase::MatchExtension);
            if (type.isDefault()) // the system has no type for it (.srw, .3fr, ...): nothing to associate
                continue;
            ++checked;
            QStringList names = type.aliases();
            names << type.name();
            const bool listed =
                std::any_of(names.begin(), names.end(), [&](const QString &n) { return offered.contains(n); });
            QVERIFY2(listed, qPrintable(extension + QLatin1String(" (") + type.name() + QLatin1Char(')')));
        }
        QVERIFY2(checked > 30, qPrintable(QString::number(checked))); // shared-mime-info knows most of them
    }

    void offersNothingElse()
    {
        for (const QString &offered : desktopMimeTypes())
            QVERIFY2(offered.startsWith(QLatin1String("image/")) || offered.startsWith(QLatin1String("video/")),
                     qPrintable(offered));
        QVERIFY(!desktopMimeTypes().contains(QStringLiteral("image/jxl")));
    }

    void metainfoNamesTheSameTypes() { QCOMPARE(metainfoMediaTypes(), desktopMimeTypes()); }

    void desktopFileValidates()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (packaging/install-deps.sh installs desktop-file-utils)");
        QByteArray output;
        QVERIFY2(validates(validator, {kDesktopFile}, &output), output.constData());
        QVERIFY2(output.trimmed().isEmpty(), output.constData()); // no hints either
    }

    void metainfoValidates()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (packaging/install-deps.sh installs appstream)");
        QByteArray output;
        QVERIFY2(validates(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), kMetainfo}, &output),
                 output.constData());
    }
};

QTEST_GUILESS_MAIN(TestDesktopEntry)
#include "tst_desktopentry.moc"
