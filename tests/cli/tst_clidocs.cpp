// The man page and the shell completions installed with tintype-cli keep up
// with it: every command and option its --help (and `faces`' usage) prints is
// in tintype-cli.1, and every command is completed by bash and zsh.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
QString readSource(const char *relative)
{
    QFile file(QStringLiteral(TINTYPE_SOURCE_DIR "/") + QLatin1String(relative));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString cliOutput(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TINTYPE_CLI_PATH), args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// The first word of each entry of a usage text's command list ("  scan [--no-hash] ...").
QStringList commandsOf(const QString &usage)
{
    QStringList commands;
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z|-]*)"), QRegularExpression::MultilineOption);
    for (auto it = entry.globalMatch(usage); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!commands.contains(name))
            commands << name;
    }
    return commands;
}

QSet<QString> optionsOf(const QString &usage)
{
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    for (auto it = option.globalMatch(usage); it.hasNext();)
        options.insert(it.next().captured());
    return options;
}

// How troff writes a name on the page: each '-' as '\-'.
QString troff(QString name) { return name.replace(QLatin1Char('-'), QStringLiteral("\\-")); }
} // namespace

class TestCliDocs : public QObject {
    Q_OBJECT
    QString m_help, m_facesUsage, m_manPage;

private slots:
    void initTestCase()
    {
        m_help = cliOutput({QStringLiteral("--help")});
        m_facesUsage = cliOutput({QStringLiteral("faces"), QStringLiteral("--help")});
        m_manPage = readSource("app/cli/tintype-cli.1");
        QVERIFY(m_help.contains(QLatin1String("Commands:")));
        QVERIFY(m_facesUsage.contains(QLatin1String("tintype-cli faces COMMAND")));
        QVERIFY(!m_manPage.isEmpty());
        QVERIFY(commandsOf(m_help).size() > 20);
    }

    void manPageHasEveryCommand()
    {
        for (const QString &command : commandsOf(m_help.section(QLatin1String("Commands:"), 1)))
            QVERIFY2(m_manPage.contains(QRegularExpression(
                         QStringLiteral("^\\.BI? \"?%1\\b").arg(QRegularExpression::escape(troff(command))),
                         QRegularExpression::MultilineOption)),
                     qPrintable(command));
        const QString faces = m_manPage.section(QLatin1String(".SH FACES"), 1);
        for (const QString &command : commandsOf(m_facesUsage.section(QLatin1String("COMMAND"), 1)))
            for (const QString &alternative : command.split(QLatin1Char('|')))
                QVERIFY2(faces.contains(QLatin1String(".B ") + alternative) ||
                             faces.contains(QLatin1String("\\fB") + alternative),
                         qPrintable(alternative));
    }

    void manPageHasEveryOption()
    {
        for (const QString &option : optionsOf(m_help + m_facesUsage))
            QVERIFY2(m_manPage.contains(troff(option)), qPrintable(option));
    }

    void completionsHaveEveryCommand()
    {
        const QString bash = readSource("app/cli/completions/tintype-cli.bash");
        const QString zsh = readSource("app/cli/completions/_tintype-cli");
        const QString bashCommands = bash.section(QLatin1String("local commands=\""), 1).section(u'"', 0, 0);
        const QStringList bashWords = bashCommands.simplified().split(QLatin1Char(' '));
        for (const QString &command : commandsOf(m_help.section(QLatin1String("Commands:"), 1))) {
            QVERIFY2(bashWords.contains(command), qPrintable(command));
            QVERIFY2(zsh.contains(QStringLiteral("  '%1:").arg(command)), qPrintable(command));
        }
        for (const QString &option : optionsOf(m_help + m_facesUsage)) {
            QVERIFY2(bash.contains(option), qPrintable(option));
            QVERIFY2(zsh.contains(option), qPrintable(option));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
