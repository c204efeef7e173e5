import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// A burst opened in the viewer (issue 24): every frame as taken along the
// bottom, the one shown outlined, the one that stands for the burst in the
// grid starred. Click a frame to look at it; "Show in the grid" makes it the
// burst's photo; "Keep only this" sends the other frames to the trash (Undo in
// the toast).
Rectangle {
    id: strip
    required property AppServices services
    property alias burstAssetId: framesModel.assetId // any frame of the burst; 0: none
    property var shownAssetId: 0                 // the frame the viewer shows
    readonly property alias frames: framesModel
    signal frameChosen(var frameEntry)           // clicked: show it

    objectName: "burstStrip"
    implicitHeight: column.implicitHeight + 16
    color: "#c0000000"
    visible: framesModel.count > 1

    BurstFramesModel {
        id: framesModel
        services: strip.services
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Burst: %n photo(s)", "", framesModel.count)
                color: "white"
                font.pixelSize: 14
                Layout.fillWidth: true
            }
            Button {
                objectName: "burstChoose"
                text: qsTr("Show in the grid")
                flat: true
                focusPolicy: Qt.NoFocus // the viewer keeps the keys (arrows, Esc, I)
                enabled: strip.shownAssetId !== framesModel.topAssetId && framesModel.count > 1 && framesModel.rowOfAsset(strip.shownAssetId) >= 0
                ToolTip.visible: hovered
                ToolTip.text: qsTr("This photo stands for the burst in the timeline")
                onClicked: framesModel.choose(strip.shownAssetId)
            }
            Button {
                objectName: "burstKeepOnly"
                text: qsTr("Keep only this")
                flat: true
                focusPolicy: Qt.NoFocus // the viewer keeps the keys (arrows, Esc, I)
                enabled: framesModel.count > 1 && framesModel.rowOfAsset(strip.shownAssetId) >= 0
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Move the burst's other photos to the trash")
                onClicked: framesModel.keepOnly(strip.shownAssetId)
            }
        }
        ListView {
            id: list
            objectName: "burstFrames"
            Layout.fillWidth: true
            Layout.preferredHeight: 72
            orientation: ListView.Horizontal
            spacing: 4
            clip: true
            model: framesModel
            delegate: Item {
                required property int index
                required property var assetId
                required property string source
                required property bool isTop
                required property bool damaged
                width: 72
                height: 72
                Image {
                    anchors.fill: parent
                    anchors.margins: 3
                    source: parent.source
                    asynchronous: true
                    fillMode: Image.PreserveAspectCrop
                    sourceSize.width: 144
                    sourceSize.height: 144
                }
                Rectangle {
                    anchors.fill: parent
                    color: "transparent"
                    border.width: 3
                    border.color: parent.assetId === strip.shownAssetId ? "#a8c7fa" : "transparent"
                    radius: 4
                }
                Image {
                    // The frame that stands for the burst in the grid.
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.margins: 6
                    width: 16
                    height: 16
                    visible: parent.isTop
                    source: Theme.whiteIcon("star-filled")
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: strip.frameChosen(framesModel.entry(parent.index))
                }
                Accessible.name: qsTr("Photo %1 of the burst").arg(index + 1)
            }
        }
    }
}
