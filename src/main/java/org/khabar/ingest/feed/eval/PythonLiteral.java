package org.khabar.ingest.feed.eval;

/** Decodes a Python string literal ('...' or "...", optional u prefix) as used in feedparser's Expect lines. */
final class PythonLiteral {

    private PythonLiteral() {
    }

    static String decode(String literal) {
        String s = literal.strip();
        if (s.startsWith("u") || s.startsWith("U")) s = s.substring(1);
        char q = s.charAt(0);
        if (s.length() < 2 || s.charAt(s.length() - 1) != q) throw new IllegalArgumentException("not a literal: " + literal);
        s = s.substring(1, s.length() - 1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = i;
                    while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') end++;
                    out.append((char) Integer.parseInt(s.substring(i, end), 8));
                    i = end - 1;
                }
                case 'x' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                case '\n' -> { } // line continuation
                default -> out.append(n); // \\ \' \" and unknown escapes
            }
        }
        return out.toString();
    }
}
