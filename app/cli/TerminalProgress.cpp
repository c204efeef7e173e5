#include "TerminalProgress.h"

#include "Output.h"

namespace tintype::cli {

TerminalProgress::TerminalProgress(QString unit) : m_unit(std::move(unit)), m_enabled(stderrIsTerminal())
{
    m_sinceStart.start();
}

void TerminalProgress::update(const QString &label, std::int64_t done, std::int64_t total)
{
    if (!m_enabled)
        return;
    if (label != m_label) {
        m_label = label;
        m_labelStartDone = done;
        m_labelStartMs = m_sinceStart.elapsed();
    } else if (m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100 && done < total) {
        return;
    }
    m_sinceDraw.start();
    const double seconds = double(m_sinceStart.elapsed() - m_labelStartMs) / 1000.0;
    const double rate = seconds > 0.2 ? double(done - m_labelStartDone) / seconds : 0.0;
    QString line = label;
    if (total > 0) {
        constexpr int width = 24;
        const int filled = int(width * qBound<std::int64_t>(0, done, total) / total);
        line += QStringLiteral(" [%1%2] %3/%4")
                    .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                    .arg(done)
                    .arg(total);
        if (rate > 0) {
            const auto eta = std::int64_t(double(total - done) / rate);
            line += QStringLiteral("  %1 %2/s  ETA %3:%4")
                        .arg(qRound(rate))
                        .arg(m_unit)
                        .arg(eta / 60)
                        .arg(eta % 60, 2, 10, QLatin1Char('0'));
        }
    } else {
        line += QStringLiteral(" %1 %2").arg(done).arg(m_unit);
    }
    err() << "\r\033[K" << line;
    err().flush();
}

void TerminalProgress::finish()
{
    if (!m_enabled)
        return;
    err() << "\r\033[K";
    err().flush();
}

} // namespace tintype::cli
