import QtQuick

Text { text: qsTr("Left open") }
