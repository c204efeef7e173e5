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

    Label {
        Layout.fillWidth: true
        text: view.review.explanation
        wrapMode: Text.Wrap
        maximumLineCount: 4
        elide: Text.ElideRight
        color: Theme.text
        font.pixelSize: 14
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

    Flickable {
        // A group has a few copies: a row of cards, scrolled sideways when wider than the page.
        id: cards
        Layout.fillWidth: true
        Layout.preferredHeight: row.implicitHeight + 14
        contentWidth: row.implicitWidth
        contentHeight: row.implicitHeight
        flickableDirection: Flickable.HorizontalFlick
        interactive: contentWidth > width
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.horizontal: ScrollBar { policy: cards.contentWidth > cards.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
        Row {
            id: row
            spacing: 16
            Repeater {
                model: view.review.copies
                delegate: DuplicateCopyCard {
                    decided: view.decided
                    onChosen: (number) => view.review.keep(number)
                }
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
