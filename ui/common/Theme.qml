pragma Singleton
import QtQuick

// Colours and sizes of the app, light and dark (Google Photos-like).
QtObject {
    property bool dark: false

    readonly property color background: dark ? "#131314" : "#ffffff"
    readonly property color surface: dark ? "#1e1f20" : "#f8fafd"
    readonly property color surfaceHigh: dark ? "#282a2c" : "#e9eef6"
    readonly property color text: dark ? "#e3e3e3" : "#1f1f1f"
    readonly property color subtext: dark ? "#a8abb0" : "#5f6368"
    readonly property color error: dark ? "#f2b8b5" : "#b3261e"
    readonly property color scrim: dark ? "#b3000000" : "#66000000" // behind modal dialogs
    readonly property color accent: dark ? "#a8c7fa" : "#0b57d0"
    readonly property color textOnAccent: dark ? "#062e6f" : "#ffffff"
    readonly property color accentSoft: dark ? "#004a77" : "#d3e3fd"
    readonly property color placeholder: dark ? "#2a2c2e" : "#eceff3"
    readonly property color divider: dark ? "#3c4043" : "#e0e3e7"
    readonly property color danger: dark ? "#f2b8b5" : "#b3261e"
    readonly property color viewerBackground: "#000000"

    readonly property string iconSuffix: dark ? "-dark" : ""
    function icon(name) { return "qrc:/icons/" + name + iconSuffix + ".svg" }
    function whiteIcon(name) { return "qrc:/icons/" + name + "-white.svg" }

    readonly property int railWidth: 232
    readonly property int topBarHeight: 64
    readonly property int radius: 12
}
