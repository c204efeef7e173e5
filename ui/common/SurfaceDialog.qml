import QtQuick
import QtQuick.Controls
import Tintype

// A dialog in the theme's colours without Material's elevation layer (which
// the software renderer does not draw): the same in every renderer, light and dark.
Dialog {
    id: dialog
    modal: true
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.divider }
    header: Label {
        text: dialog.title
        color: Theme.text
        font.pixelSize: 20
        padding: 24
        bottomPadding: 8
        elide: Text.ElideRight
    }
    footer: DialogButtonBox { background: Item {} }
    // Dims the window behind with a dark scrim in both themes (Material's dim
    // colour is a light wash in dark mode).
    Overlay.modal: Rectangle { color: Theme.scrim }
}
