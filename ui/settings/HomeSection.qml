import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Settings: where home was (found from where most nights' photos were taken,
// period by period, HomeSettings), with the town's name. "Change…" picks
// another town of the library's nights, "I have no fixed home" (no trips
// then) or the home found again; trips are found again from it at once.
ColumnLayout {
    id: section
    property AppServices services: null
    property alias home: homeSettings
    spacing: 6
    Layout.fillWidth: true

    HomeSettings {
        id: homeSettings
        services: section.services
    }

    Label {
        text: qsTr("Home")
        font.pixelSize: 16
        font.weight: Font.Medium
        color: Theme.text
        Layout.topMargin: 16
    }
    Label {
        text: homeSettings.periods.length > 0
              ? qsTr("Found from where most nights' photos were taken. Trips are the days more than 50 km away from it.")
              : qsTr("Tintype finds your home from where your photos are taken at night; none of them has a position yet.")
        color: Theme.subtext
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: homeSettings.periods
        delegate: Rectangle {
            id: periodRow
            required property var modelData
            required property int index
            objectName: "homePeriod"
            Layout.fillWidth: true
            height: 56
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 8
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "homePlace"
                        text: periodRow.modelData.noHome ? qsTr("No fixed home")
                              : periodRow.modelData.place !== "" ? periodRow.modelData.place
                              : qsTr("A place without a name")
                        color: Theme.text
                        font.weight: Font.Medium
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: periodRow.modelData.dates
                              + (periodRow.modelData.corrected ? "  ·  " + qsTr("set by you") : "")
                        color: Theme.subtext
                        font.pixelSize: 12
                        Layout.fillWidth: true
                    }
                }
                Button {
                    text: qsTr("Change…")
                    flat: true
                    enabled: !homeSettings.loading
                    onClicked: choices.popup()
                }
            }
            Menu {
                id: choices
                width: 320
                Instantiator {
                    model: homeSettings.places
                    delegate: MenuItem {
                        required property var modelData
                        required property int index
                        text: qsTr("%1 (%n night(s))", "", modelData.nights).arg(modelData.name)
                        onTriggered: homeSettings.choosePlace(periodRow.modelData.firstDay, index)
                    }
                    onObjectAdded: (index, object) => choices.insertItem(index, object)
                    onObjectRemoved: (index, object) => choices.removeItem(object)
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("I have no fixed home")
                    onTriggered: homeSettings.chooseNoHome(periodRow.modelData.firstDay)
                }
                MenuItem {
                    text: qsTr("Use the home found")
                    enabled: periodRow.modelData.corrected
                    onTriggered: homeSettings.reset(periodRow.modelData.firstDay)
                }
            }
        }
    }
}
