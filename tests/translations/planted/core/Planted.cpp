#include <QCoreApplication>

QString planted() { return QCoreApplication::translate("Planted", "Not in the translation yet"); }
