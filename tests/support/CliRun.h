#pragma once

#include <QString>
#include <QStringList>

namespace tintype::test {

// What one tintype-cli run printed and returned (-1: it crashed or hung).
struct CliRun {
    int code;
    QString out, err;
};

// Runs `cli` with a library of its own under `home`: --catalog home/catalog.sqlite,
// XDG_CACHE_HOME and XDG_DATA_HOME inside `home`, so nothing reaches the user's folders.
CliRun runCli(const QString &cli, const QString &home, const QStringList &args);

} // namespace tintype::test
