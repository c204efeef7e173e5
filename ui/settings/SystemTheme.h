#pragma once

#include <QObject>

class QPalette;

namespace tintype {

// Whether the desktop uses a dark colour scheme, for the "System" theme. Qt
// 6.4 has no QStyleHints::colorScheme (6.5+), so this reads the platform
// palette (dark when the window is darker than its text) and follows it when
// the desktop switches (QEvent::ApplicationPaletteChange).
class SystemTheme : public QObject {
    Q_OBJECT

public:
    explicit SystemTheme(QObject *parent = nullptr);
    bool dark() const { return m_dark; }
    static bool isDark(const QPalette &palette);

signals:
    void darkChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    bool m_dark = false;
};

} // namespace tintype
