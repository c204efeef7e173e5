#pragma once

#include "ServicesClient.h"

#include "takeout/TakeoutReport.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;

namespace tintype {

class AppServices;

// The Takeout wizard's model: choose parts → plan (a dry run) → import with
// progress and cancel → report. The importer runs on its own thread with its
// own catalog connection; the window only polls its progress.
class TakeoutImport : public ServicesClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList parts READ parts NOTIFY partsChanged)
    Q_PROPERTY(QString destination READ destination WRITE setDestination NOTIFY destinationChanged)
    Q_PROPERTY(QString pattern MEMBER m_pattern NOTIFY optionsChanged)
    Q_PROPERTY(bool sidecars MEMBER m_sidecars NOTIFY optionsChanged)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY stepChanged)
    Q_PROPERTY(QString error READ error NOTIFY stepChanged)
    Q_PROPERTY(QString reportPath READ reportPath NOTIFY stepChanged)
    Q_PROPERTY(int toImport READ toImport NOTIFY stepChanged)

public:
    enum class Step { Choose, Planning, Plan, Importing, Done };
    Q_ENUM(Step)

    explicit TakeoutImport(QObject *parent = nullptr);
    ~TakeoutImport() override;

    QStringList parts() const { return m_parts; }
    QString destination() const { return m_destination; }
    void setDestination(const QString &destination);
    Step step() const { return m_step; }
    double progress() const;
    QString progressText() const;
    QString summary() const { return m_summary; }
    QString error() const { return m_error; }
    QString reportPath() const { return m_reportPath; }
    int toImport() const { return m_toImport; }

    Q_INVOKABLE void addParts(const QList<QUrl> &urls); // zip/tgz files or one unpacked folder
    Q_INVOKABLE void removePart(int index);
    Q_INVOKABLE void setDestinationUrl(const QUrl &url);
    Q_INVOKABLE void plan();  // dry run
    Q_INVOKABLE void start(); // the import
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void reset(); // back to choosing
    void waitForJob();        // tests
    // The plan's or the finished import's outcome as short lines for the
    // wizard ("To import: 8", "Albums: 2 (Trip, Family)"); the file list is in the report.
    static QStringList summaryLines(const TakeoutReport &report);

signals:
    void partsChanged();
    void destinationChanged();
    void optionsChanged();
    void stepChanged();
    void progressChanged();

private:
    void servicesReplaced() override;
    void run(bool dryRun);
    void finished(bool dryRun, const QString &summary, const QString &error, int toImport, const QString &report);
    void setStep(Step step);

    QStringList m_parts;
    QString m_destination;
    QString m_pattern = QStringLiteral("YYYY/MM");
    bool m_sidecars = false;
    Step m_step = Step::Choose;
    QString m_summary, m_error, m_reportPath;
    int m_toImport = 0;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelRequested{false};
    std::atomic<int> m_phase{0};
    std::atomic<qint64> m_done{0}, m_total{0}, m_files{0};
    QTimer m_poll;
};

} // namespace tintype
