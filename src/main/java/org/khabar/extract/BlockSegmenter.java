package org.khabar.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a tree into {@link TextBlock}s in document order. Text directly inside a {@code <div>} (separated by
 * {@code <br>}s, as many Arabic CMSs write it) becomes blocks just like {@code <p>} text, which is readability's
 * "div to p" step without mutating the tree.
 */
final class BlockSegmenter {
    private final List<TextBlock> blocks = new ArrayList<>();

    static List<TextBlock> segment(Element root) {
        BlockSegmenter s = new BlockSegmenter();
        s.walk(root);
        return s.blocks;
    }

    private void walk(Element block) {
        boolean mixed = Html.hasBlockChild(block);
        Run run = new Run();
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode t) {
                run.text(t.getWholeText(), false);
            } else if (child instanceof Element e) {
                if (Html.isBlockLike(e)) {
                    flush(block, mixed, run);
                    run = new Run();
                    walk(e);
                } else {
                    run.inline(e, false);
                }
            }
        }
        flush(block, mixed, run);
    }

    private void flush(Element container, boolean mixed, Run run) {
        String text = run.finish();
        if (text.isEmpty()) return;
        Element scoreParent = mixed || container.parent() == null ? container : container.parent();
        blocks.add(new TextBlock(container, scoreParent, text, run.chars, run.linkChars, run.commas));
    }

    /** Accumulates one run of inline content. */
    private static final class Run {
        /** Marks a {@code <br>}; raw newlines in the HTML source are just whitespace. */
        private static final char BREAK = '\u2029';

        private final StringBuilder sb = new StringBuilder();
        int chars;
        int linkChars;
        int commas;

        void inline(Element e, boolean inLink) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                sb.append(BREAK);
                return;
            }
            boolean link = inLink || tag.equals("a");
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) text(t.getWholeText(), link);
                else if (n instanceof Element c) inline(c, link);
            }
        }

        void text(String s, boolean inLink) {
            int[] c = LinkDensity.count(s);
            chars += c[0];
            commas += c[1];
            if (inLink) linkChars += c[0];
            sb.append(s);
        }

        String finish() {
            if (chars == 0) return "";
            // normalise spaces within lines, keep <br> line breaks
            String all = sb.toString();
            String[] lines = all.indexOf(BREAK) < 0 ? new String[]{all} : all.split(String.valueOf(BREAK));
            StringBuilder out = new StringBuilder();
            for (String line : lines) {
                String norm = collapseSpaces(line);
                if (norm.isEmpty()) continue;
                if (out.length() > 0) out.append('\n');
                out.append(norm);
            }
            return out.toString();
        }
    }

    /**
     * Runs of spaces (any Unicode space, no-break spaces included) become one space, ends trimmed. Unlike jsoup's
     * {@code normaliseWhitespace} this keeps invisible characters such as the zero-width space and the soft
     * hyphen: they are part of the text as published (and as an import of the same article keeps it), and
     * dropping them silently glues or splits words differently from the source.
     */
    static String collapseSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && out.length() > 0) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
