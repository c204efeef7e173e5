#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

class QQmlEngine;

namespace tintype {

// The language of the user interface, switchable while the app runs: installs
// the translation (<directory>/tintype_<lang>.qm, embedded at :/i18n), makes
// its locale the default one (dates, numbers) and re-evaluates the QML
// engine's qsTr() bindings, so the open window changes language at once.
class UiLanguage {
public:
    explicit UiLanguage(QString directory = QStringLiteral(":/i18n"));
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // language: "" = the system's, else a locale name ("fr", "pt_BR"). False
    // when there is no translation for it: the strings stay in English (with
    // English plural forms, tintype_en).
    bool apply(const QString &language, QQmlEngine *engine = nullptr);
    static QLocale localeFor(const QString &language);

private:
    QString m_directory;
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace tintype
