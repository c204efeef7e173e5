#include "UiLanguage.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace tintype {

UiLanguage::UiLanguage(QString directory) : m_directory(std::move(directory)) {}

UiLanguage::~UiLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QLocale UiLanguage::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool UiLanguage::apply(const QString &language, QQmlEngine *engine)
{
    const QLocale locale = localeFor(language);
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    const bool found = m_translator.load(locale, QStringLiteral("tintype"), QStringLiteral("_"), m_directory);
    // Without a translation the English source shows, with the English plural
    // forms ("1 photo", "5 photos" for "%n photo(s)") from tintype_en.
    if (found || m_translator.load(QStringLiteral("tintype_en"), m_directory))
        m_installed = QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(locale);
    // Worker processes started from now on give their reasons in it (app/worker).
    qputenv("TINTYPE_LANGUAGE", language.toUtf8());
    if (engine) {
        engine->setUiLanguage(locale.name());
        engine->retranslate();
    }
    return found;
}

} // namespace tintype
