import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The current duplicate group: where it is in the list, how alike its copies
// are, the proposal's explanation, the copies side by side, what applying it
// does, and the buttons for what the keys also do.
ColumnLayout {
    id: view
    required property DuplicateReview review
    readonly property bool decided: review.currentState === DuplicateReview.Applied
                                    || review.currentState === DuplicateReview.Dismissed
    spacing: 12

    component Action: Button {
        focusPolicy: Qt.NoFocus
        enabled: view.review.state === DuplicateReview.Ready && !view.decided
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        IconButton {
            iconName: "chevron-left"
            tip: qsTr("Previous group (Left)")
            focusPolicy: Qt.NoFocus
            enabled: view.review.currentIndex > 0
            onClicked: view.review.previous()
        }
        Label {
            text: qsTr("Group %1 of %2").arg(view.review.currentIndex + 1).arg(view.review.groupCount)
            color: Theme.text
            font.pixelSize: 18
        }
        IconButton {
            iconName: "chevron-right"
            tip: qsTr("Next group (Right)")
            focusPolicy: Qt.NoFocus
            enabled: view.review.currentIndex < view.review.groupCount - 1
            onClicked: view.review.next()
        }
        Label {
            Layout.leftMargin: 8
            text: view.review.currentExact ? qsTr("Identical files")
                                           : qsTr("Near copies · %1 % alike").arg(Math.round(view.review.currentSimilarity * 100))
            color: Theme.subtext
            font.pixelSize: 14
        }
        Rectangle {
            visible: view.review.currentState !== DuplicateReview.Pending
            Layout.leftMargin: 8
            height: 24
            width: status.implicitWidth + 20
            radius: 12
            color: view.review.currentState === DuplicateReview.Applied ? Theme.accentSoft : Theme.surfaceHigh
            Label {
                id: status
                anchors.centerIn: parent
                color: Theme.text
                font.pixelSize: 12
                text: view.review.currentState === DuplicateReview.Applied ? qsTr("Applied")
                      : view.review.currentState === DuplicateReview.Skipped ? qsTr("Skipped")
                      : qsTr("Not duplicates")
            }
        }
        Item { Layout.fillWidth: true }
    }

    ColumnLayout {
        // The proposal as a short list: what is kept, then each kind of copy trashed.
        objectName: "explanation"
        Layout.fillWidth: true
        spacing: 2
        Repeater {
            model: view.review.explanationLines
            delegate: Label {
                required property string modelData
                required property int index
                Layout.fillWidth: true
                text: "•  " + modelData
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: index === 0 ? Theme.text : Theme.subtext
                font.pixelSize: 14
                font.weight: index === 0 ? Font.Medium : Font.Normal
            }
        }
    }

    RowLayout {
        spacing: 8
        PrimaryButton {
            focusPolicy: Qt.NoFocus // the page keeps the keys
            text: qsTr("Keep the marked copy, trash the others")
            enabled: view.review.state === DuplicateReview.Ready && !view.decided
            onClicked: view.review.accept()
        }
        Action {
            text: qsTr("Skip")
            flat: true
            onClicked: view.review.skip()
        }
        Action {
            text: qsTr("Not duplicates")
            flat: true
            onClicked: view.review.dismiss()
        }
    }

    Flow {
        // The copies as cards that share the page's width, wrapping onto more
        // rows on a narrow window (the page scrolls).
        id: cards
        objectName: "cards"
        Layout.fillWidth: true
        spacing: 16
        readonly property int columns: Math.max(1, Math.min(Math.max(1, copiesRepeater.count),
                                                            Math.floor((width + spacing) / (220 + spacing))))
        readonly property real cardWidth: Math.min(320, (width - spacing * (columns - 1)) / columns)
        Repeater {
            id: copiesRepeater
            model: view.review.copies
            delegate: DuplicateCopyCard {
                width: cards.cardWidth
                decided: view.decided
                onChosen: (number) => view.review.keep(number)
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: !view.decided && view.review.plan.length > 0
        text: qsTr("Applying this group will: %1").arg(view.review.plan.join("; "))
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        color: Theme.subtext
        font.pixelSize: 12
    }

}
