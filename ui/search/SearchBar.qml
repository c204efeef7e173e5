import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The search field on top of Photos: as you type, suggestions grouped by kind
// (People, Places, Albums, Dates, Cameras, Kinds) with photo counts; Enter or a
// suggestion shows the matches as the timeline, each understood term a chip
// with ×; Enter on the start of a name searches for the top suggestion ("tok":
// Tokyo); Esc clears and the timeline shows every photo again. Focused with
// nothing typed: the recent searches, when the user keeps them (Settings).
Rectangle {
    id: bar
    required property AppServices services
    required property TimelineModel timeline
    property alias search: model
    property alias field: field
    readonly property bool active: model.active
    property int highlighted: -1 // the suggestion Up/Down moved to
    implicitHeight: column.implicitHeight + 12
    color: Theme.background

    function focusField() { field.forceActiveFocus(); field.selectAll() }
    function submitTyped() {
        const list = model.suggestions
        if (highlighted >= 0 && highlighted < list.length) model.submit(list[highlighted].query)
        else if (field.text.trim().length > 0) model.submitTyped(field.text)
        highlighted = -1
    }
    function clear() { model.clear(); highlighted = -1; field.focus = false }

    SearchModel {
        id: model
        objectName: "searchModel"
        services: bar.services
        onResultsChanged: {
            if (active) {
                bar.timeline.keepOrder = bestFirst
                bar.timeline.searchIds = assetIds
                bar.timeline.scope = TimelineModel.Search
            } else if (bar.timeline.scope === TimelineModel.Search) {
                bar.timeline.scope = TimelineModel.All
            }
        }
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 16; topMargin: 8 }
        spacing: 6
        RowLayout {
            spacing: 8
            TextField {
                id: field
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.maximumWidth: 720
                placeholderText: qsTr("Search people, places, dates, cameras, words… (Ctrl+F)")
                leftPadding: 40
                selectByMouse: true
                Image {
                    source: Theme.icon("zoom")
                    width: 20; height: 20
                    sourceSize: Qt.size(20, 20)
                    anchors { left: parent.left; leftMargin: 12; verticalCenter: parent.verticalCenter }
                }
                onTextEdited: { model.text = text; bar.highlighted = -1 }
                Keys.onReturnPressed: bar.submitTyped()
                Keys.onEnterPressed: bar.submitTyped()
                Keys.onEscapePressed: bar.clear()
                Keys.onDownPressed: bar.highlighted = Math.min(bar.highlighted + 1, model.suggestions.length - 1)
                Keys.onUpPressed: bar.highlighted = Math.max(bar.highlighted - 1, -1)
                Accessible.name: qsTr("Search")
                // Not restored when it lets go (Qt 6's default): focused again after Esc, the
                // field kept showing the words typed before the search, over the recent searches.
                Binding on text {
                    value: model.text
                    when: !field.activeFocus || model.active
                    restoreMode: Binding.RestoreNone
                }
            }
            IconButton {
                visible: field.text.length > 0 || model.active
                iconName: "close"
                tip: qsTr("Clear the search (Esc)")
                onClicked: bar.clear()
            }
            Item { Layout.fillWidth: true }
            Switch {
                objectName: "bestFirst"
                visible: model.active
                text: qsTr("Best matches first")
                checked: model.bestFirst
                onToggled: model.bestFirst = checked
            }
        }
        Flow {
            objectName: "chips"
            visible: model.active
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: bar.search.chips
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    objectName: "chip" + index
                    height: 30
                    width: chipRow.implicitWidth + 20
                    radius: 15
                    color: modelData.didYouMean ? Theme.placeholder : Theme.accentSoft
                    RowLayout {
                        id: chipRow
                        anchors { left: parent.left; leftMargin: 12; verticalCenter: parent.verticalCenter }
                        spacing: 2
                        Label {
                            text: modelData.didYouMean ? qsTr("Did you mean %1?").arg(modelData.label) : modelData.label
                            color: Theme.text
                            font.pixelSize: 13
                        }
                        ToolButton {
                            objectName: "chipRemove" + index
                            text: "×"
                            implicitWidth: 24
                            implicitHeight: 24
                            padding: 0
                            font.pixelSize: 16
                            onClicked: bar.search.removeChip(index)
                            Accessible.name: qsTr("Remove %1").arg(modelData.label)
                        }
                    }
                }
            }
            Label {
                visible: bar.search.busy
                height: 30
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Searching…")
                color: Theme.subtext
                leftPadding: 6
            }
        }
    }

    Popup {
        id: popup
        objectName: "suggestions"
        y: column.y + field.y + field.height + 4
        x: column.x
        width: Math.min(field.width, 560)
        padding: 4
        readonly property bool history: model.suggestions.length > 0 && model.suggestions[0].kind === "history"
        visible: field.activeFocus && model.suggestions.length > 0
                 && (field.text !== model.query || (history && field.text.length === 0))
        closePolicy: Popup.NoAutoClose
        background: Rectangle { color: Theme.surface; radius: 8; border.color: Theme.divider }
        contentItem: ListView {
            id: list
            implicitHeight: Math.min(contentHeight, 420)
            clip: true
            model: bar.search.suggestions
            // The group's name above its first suggestion (the list is a plain array: no sections).
            delegate: Column {
                required property var modelData
                required property int index
                width: ListView.view.width
                Label {
                    visible: index === 0 || bar.search.suggestions[index - 1].group !== modelData.group
                    text: modelData.group
                    color: Theme.subtext
                    font.pixelSize: 12
                    font.bold: true
                    topPadding: 8
                    leftPadding: 10
                    bottomPadding: 2
                }
                ItemDelegate {
                    objectName: "suggestion" + index
                    width: parent.width
                    height: 36
                    highlighted: index === bar.highlighted
                    onClicked: { bar.search.submit(modelData.query); bar.highlighted = -1 }
                    contentItem: RowLayout {
                        Image {
                            visible: modelData.kind === "history"
                            source: Theme.icon("restore") // a clock turned back
                            sourceSize: Qt.size(18, 18)
                        }
                        Label { text: modelData.label; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                        Label {
                            visible: modelData.count >= 0
                            text: Number(modelData.count).toLocaleString(Qt.locale(), "f", 0)
                            color: Theme.subtext
                        }
                    }
                }
            }
            footer: ItemDelegate {
                objectName: "clearHistory"
                visible: popup.history
                width: ListView.view.width
                height: visible ? 36 : 0
                text: qsTr("Clear history")
                font.pixelSize: 13
                onClicked: bar.services.searchHistory.clear()
            }
        }
    }
}
