package org.khabar.extract;

import org.jsoup.nodes.Element;

/**
 * A paragraph as a reader sees it: a run of inline content (text, links, emphasis) between block boundaries.
 *
 * @param container   the block element holding the run
 * @param scoreParent the element that receives the paragraph's score: the container's parent when the run is the
 *                    container's whole content (a {@code <p>}, or a {@code <div>} used as one), else the container
 * @param text        whitespace-normalised text; {@code <br>} becomes '\n'
 * @param chars       non-whitespace characters
 * @param linkChars   non-whitespace characters inside links
 * @param commas      Latin/Arabic commas, a sign of running prose
 */
record TextBlock(Element container, Element scoreParent, String text, int chars, int linkChars, int commas) {
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    String tag() {
        return container.normalName();
    }

    boolean isHeading() {
        return Html.HEADINGS.contains(tag());
    }
}
