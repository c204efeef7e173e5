#pragma once

#include <vector>

namespace tintype {

// Google-Photos-like justified rows: items keep their aspect ratio, each row
// is scaled to fill the width exactly, at a height near the target. The last
// row keeps the target height (not stretched). Pure, for any number of items.
struct JustifiedLayout {
    struct Row {
        int first = 0; // index of the row's first item
        int count = 0;
        double height = 0;
        std::vector<double> x, width; // per item, relative to the row's left edge
    };
    // `aspects`: width / height of each item (<= 0 or absurd values are read as 1).
    static std::vector<Row> rows(const std::vector<double> &aspects, double width, double targetHeight, double spacing);
};

} // namespace tintype
