// A planted source tree for translations/check.sh (tests/CMakeLists.txt): its one
// language has a string left open and lacks one that lupdate would add.
import QtQuick

Text { text: qsTr("Translated") }
