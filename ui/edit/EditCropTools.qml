import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The crop tool's panel: frame shape (free, original, 1:1, 4:3, 3:2, 16:9,
// landscape or portrait), rotate 90°, flip, straighten ±45° (auto-cropped).
ColumnLayout {
    id: tools
    required property EditSession session
    readonly property bool straightening: straighten.pressed
    spacing: 8

    readonly property size space: session.cropSpaceSize
    readonly property real originalBase: space.width > 0 && space.height > 0
                                         ? Math.max(space.width / space.height, space.height / space.width) : 1.5
    readonly property real aspect: session.cropAspect
    readonly property bool portrait: aspect > 0 ? aspect < 1 : space.height > space.width
    readonly property var shapes: [
        { name: qsTr("Free"), base: 0 }, { name: qsTr("Original"), base: originalBase },
        { name: "1:1", base: 1 }, { name: "4:3", base: 4 / 3 }, { name: "3:2", base: 3 / 2 }, { name: "16:9", base: 16 / 9 }
    ]
    readonly property int shapeIndex: {
        if (aspect <= 0) return 0
        const base = Math.max(aspect, 1 / aspect)
        for (let i = 1; i < shapes.length; ++i) if (Math.abs(shapes[i].base - base) < 0.005) return i
        return -1
    }
    function choose(base, portraitForm) {
        session.setCropAspect(base <= 0 ? 0 : (portraitForm && base !== 1 ? 1 / base : base))
    }

    EditSection {
        title: qsTr("Crop")
        changed: tools.session.cropRect.width < 1 || tools.session.cropRect.height < 1
                 || tools.session.values["rotate"] !== 0 || tools.session.values["straighten"] !== 0
                 || tools.session.values["flip.horizontal"] !== 0 || tools.session.values["flip.vertical"] !== 0
        onResetRequested: tools.session.reset(["crop", "rotate", "flip", "straighten"])

        Label { text: qsTr("Shape"); color: "#a8abb0"; font.pixelSize: 12 }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: tools.shapes
                delegate: EditButton {
                    required property var modelData
                    required property int index
                    objectName: "shape-" + index
                    text: modelData.name
                    checked: tools.shapeIndex === index
                    leftPadding: 12; rightPadding: 12
                    onClicked: tools.choose(modelData.base, tools.portrait)
                }
            }
        }
        RowLayout {
            visible: tools.aspect > 0 && Math.abs(tools.aspect - 1) > 0.005
            spacing: 6
            EditButton {
                text: qsTr("Landscape"); checked: !tools.portrait
                onClicked: if (tools.portrait) tools.session.setCropAspect(1 / tools.aspect)
            }
            EditButton {
                text: qsTr("Portrait"); checked: tools.portrait
                onClicked: if (!tools.portrait) tools.session.setCropAspect(1 / tools.aspect)
            }
        }
        RowLayout {
            Layout.topMargin: 4
            spacing: 4
            IconButton { white: true; iconName: "rotate-left"; tip: qsTr("Rotate left"); onClicked: tools.session.rotate(false) }
            IconButton { white: true; iconName: "rotate"; tip: qsTr("Rotate right"); onClicked: tools.session.rotate(true) }
            IconButton { white: true; iconName: "flip-horizontal"; tip: qsTr("Flip horizontally"); onClicked: tools.session.flip(true) }
            IconButton { white: true; iconName: "flip-vertical"; tip: qsTr("Flip vertically"); onClicked: tools.session.flip(false) }
        }
        EditSlider {
            id: straighten
            session: tools.session
            key: "straighten"
            label: qsTr("Straighten")
            from: -45; to: 45; stepSize: 0.1
            format: (v) => (v > 0 ? "+" : "") + v.toFixed(1) + "°"
        }
    }
}
