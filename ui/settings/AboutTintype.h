#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace tintype {

// What the About box says: the version, Tintype's own licence (the first line
// of the source's LICENSE file; empty when the source has none) and the parts
// Tintype is built on or ships, each with what it does here and its licence.
class AboutTintype : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString licence READ licence CONSTANT)
    Q_PROPERTY(QVariantList components READ components NOTIFY languageChanged)

public:
    explicit AboutTintype(QObject *parent = nullptr);

    static QString version();
    static QString licence();
    // {name, use, licence} maps; `use` in the UI language, `licence` an SPDX expression.
    QVariantList components() const;

signals:
    void languageChanged(); // Settings > Language switched: `use` is read again

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace tintype
