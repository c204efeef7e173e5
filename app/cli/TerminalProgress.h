#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdint>

namespace tintype::cli {

// One redrawn line on stderr: "label [#####.....] done/total  rate/s  ETA m:ss".
// Draws only when stderr is a terminal, at most ten times a second.
class TerminalProgress {
public:
    explicit TerminalProgress(QString unit);
    void update(const QString &label, std::int64_t done, std::int64_t total);
    void finish(); // clears the line

private:
    QString m_unit;
    bool m_enabled;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceDraw;
    QString m_label;
    std::int64_t m_labelStartDone = 0;
    qint64 m_labelStartMs = 0;
};

} // namespace tintype::cli
