import QtQuick
import QtTest
import Tintype

// The navigation rail groups People, Places and Things under an "Explore"
// heading (issue #18, as Google Photos does), the tidying views after a divider;
// its entries still open their pages.
Item {
    id: root
    width: 300
    height: 900

    Component {
        id: railComponent
        NavigationRail { width: 260; height: 900 }
    }

    TestCase {
        name: "NavigationRail"
        when: windowShown

        function entry(rail, name) { return findChild(rail, "railEntry_" + name) }
        function yOf(item) { return item.mapToItem(root, 0, 0).y }

        function test_exploreHeadingAbovePeoplePlacesAndThings() {
            const rail = createTemporaryObject(railComponent, root)
            waitForRendering(rail)
            const heading = findChild(rail, "railHeading_explore")
            verify(heading, "no Explore heading")
            verify(heading.visible)
            compare(heading.text, "Explore")
            const recent = entry(rail, "recent"), people = entry(rail, "people")
            const places = entry(rail, "places"), things = entry(rail, "things")
            const duplicates = entry(rail, "duplicates")
            verify(recent && people && places && things && duplicates)
            // Recently added, then the heading, then People, Places and Things, then the rest.
            verify(yOf(recent) + recent.height <= yOf(heading))
            verify(yOf(heading) + heading.height <= yOf(people))
            verify(yOf(people) < yOf(places) && yOf(places) < yOf(things))
            verify(yOf(things) + things.height < yOf(duplicates))
            // One heading only: the other sections have none.
            const untitled = findChild(rail, "railHeading_")
            verify(!untitled || !untitled.visible)
            const tidy = findChild(rail, "railHeading_tidy")
            verify(tidy && !tidy.visible)
        }

        function test_entriesUnderTheHeadingOpenTheirPages() {
            const rail = createTemporaryObject(railComponent, root)
            waitForRendering(rail)
            const opened = []
            rail.activated.connect((name) => opened.push(name))
            for (const name of ["people", "places", "things"]) {
                const e = entry(rail, name)
                mouseClick(e, e.width / 2, e.height / 2)
            }
            compare(opened, ["people", "places", "things"])
            rail.current = "things"
            verify(entry(rail, "things").highlighted)
        }
    }
}
