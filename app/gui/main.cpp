// tintype: the desktop app. Builds the shared objects, registers the image
// provider and loads the QML module (Qt 6.4: by its qrc path).
#include "AppSession.h"
#include "AppStart.h"

#include <QApplication>
#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

int main(int argc, char *argv[])
{
    if (const auto exitCode = appstart::answerWithoutWindow(argc, argv))
        return *exitCode;
    appstart::prepare();
    QApplication app(argc, argv); // widgets for the file dialogs (FilePicker)
    appstart::describe();
    AppSession::Options options;
    if (const auto exitCode = appstart::parseArguments(app.arguments().mid(1), options))
        return *exitCode;
    AppSession session(options);
    if (!session.start())
        return 1;
    return QApplication::exec();
}
