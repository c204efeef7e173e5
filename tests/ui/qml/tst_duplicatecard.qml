import QtQuick
import QtTest
import Tintype

// A duplicate card: a click keeps it (its number), not when it is kept
// already or the group is decided; values that differ from the kept copy are
// marked, the others not.
Item {
    id: root
    width: 800
    height: 600

    Component {
        id: cardComponent
        DuplicateCopyCard {
            number: 2
            source: ""
            keep: false
            proposed: false
            available: true
            fileName: "small.jpg"
            facts: [{ label: "Resolution", value: "400 × 300", differs: true }, { label: "Format", value: "JPEG", differs: false }]
            differences: ["smaller: 400×300"]
            badges: []
        }
    }

    TestCase {
        name: "DuplicateCopyCard"
        when: windowShown

        function test_clickChoosesThisCopy() {
            const card = createTemporaryObject(cardComponent, root)
            let chosen = -1
            card.chosen.connect((n) => chosen = n)
            mouseClick(card, card.width / 2, 100)
            compare(chosen, 2)
        }
        function test_noChoiceOnceKeptOrDecided() {
            const card = createTemporaryObject(cardComponent, root, { keep: true })
            let clicks = 0
            card.chosen.connect(() => clicks++)
            mouseClick(card, card.width / 2, 100)
            card.keep = false
            card.decided = true
            mouseClick(card, card.width / 2, 100)
            compare(clicks, 0)
        }
        function test_differencesAreMarked() {
            const card = createTemporaryObject(cardComponent, root)
            const marked = []
            const find = (item) => {
                if (item.text !== undefined && item.background !== undefined && item.background !== null
                        && (item.text === "400 × 300" || item.text === "JPEG"))
                    marked.push([item.text, item.background.visible])
                for (let i = 0; i < item.children.length; ++i) find(item.children[i])
            }
            find(card)
            marked.sort()
            compare(marked, [["400 × 300", true], ["JPEG", false]])
        }
    }
}
