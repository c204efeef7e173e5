import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Tintype

// The edit mode's side panel: Crop (frame, rotate, flip, straighten),
// Adjust (auto-enhance, light, colour, detail, vignette) and Looks.
Rectangle {
    id: panel
    required property EditSession session
    property alias tab: tabs.currentIndex            // 0 crop, 1 adjust, 2 looks
    readonly property bool straightening: cropTools.straightening
    color: "#1e1f20"
    implicitWidth: 320

    function changed(keys) {
        for (const k of keys) if (session.values[k] !== 0) return true
        return false
    }

    component Setting: EditSlider { session: panel.session }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        TabBar {
            id: tabs
            Layout.fillWidth: true
            currentIndex: 1
            background: Rectangle { color: "#1e1f20" }
            TabButton { text: qsTr("Crop"); objectName: "tab-crop" }
            TabButton { text: qsTr("Adjust"); objectName: "tab-adjust" }
            TabButton { text: qsTr("Looks"); objectName: "tab-looks" }
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            ColumnLayout {
                // One tab's tools at a time; hidden ones take no room.
                width: scroll.availableWidth
                EditCropTools {
                    id: cropTools
                    session: panel.session
                    visible: tabs.currentIndex === 0
                    Layout.margins: 16
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    visible: tabs.currentIndex === 1
                    Layout.margins: 16
                    Layout.fillWidth: true
                    spacing: 8
                    EditButton {
                        objectName: "autoEnhance"
                        text: qsTr("Auto-enhance")
                        iconName: "auto"
                        primary: true
                        Layout.fillWidth: true
                        enabled: panel.session.state === EditSession.Ready
                        onClicked: panel.session.autoEnhance()
                    }
                    EditSection {
                        readonly property var keys: ["exposure", "contrast", "highlights", "shadows", "whites", "blacks"]
                        title: qsTr("Light")
                        changed: panel.changed(keys)
                        onResetRequested: panel.session.reset(keys)
                        Setting { key: "exposure"; label: qsTr("Exposure"); from: -4; to: 4; format: (v) => (v > 0 ? "+" : "") + v.toFixed(2) }
                        Setting { key: "contrast"; label: qsTr("Contrast") }
                        Setting { key: "highlights"; label: qsTr("Highlights") }
                        Setting { key: "shadows"; label: qsTr("Shadows") }
                        Setting { key: "whites"; label: qsTr("Whites") }
                        Setting { key: "blacks"; label: qsTr("Blacks") }
                    }
                    EditSection {
                        readonly property var keys: ["saturation", "vibrance", "warmth", "tint"]
                        title: qsTr("Colour")
                        changed: panel.changed(keys)
                        onResetRequested: panel.session.reset(keys)
                        Setting { key: "saturation"; label: qsTr("Saturation") }
                        Setting { key: "vibrance"; label: qsTr("Vibrance") }
                        Setting { key: "warmth"; label: qsTr("Warmth") }
                        Setting { key: "tint"; label: qsTr("Tint") }
                    }
                    EditSection {
                        readonly property var keys: ["sharpen", "noise-reduction"]
                        title: qsTr("Detail")
                        changed: panel.changed(keys)
                        onResetRequested: panel.session.reset(keys)
                        Setting { key: "sharpen"; label: qsTr("Sharpen"); from: 0 }
                        Setting { key: "noise-reduction"; label: qsTr("Noise reduction"); from: 0 }
                    }
                    EditSection {
                        title: qsTr("Vignette")
                        changed: panel.changed(["vignette"])
                        onResetRequested: panel.session.reset(["vignette"])
                        Setting { key: "vignette"; label: qsTr("Amount") }
                        Setting {
                            key: "vignette.midpoint"; label: qsTr("Midpoint"); from: 0; neutral: 0.5
                            enabled: panel.session.values["vignette"] !== 0
                            format: (v) => Math.round(v * 100)
                        }
                    }
                }
                EditLooksGrid {
                    session: panel.session
                    tileWidth: (scroll.availableWidth - 32 - columnSpacing) / 2
                    visible: tabs.currentIndex === 2
                    Layout.margins: 16
                    Layout.fillWidth: true
                }
            }
        }
    }
}
