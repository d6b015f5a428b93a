package org.khabar.extract.date;

/** Maps Arabic-Indic (٠–٩) and Eastern Arabic/Persian (۰–۹) digits to ASCII so one set of date patterns fits all. */
public final class ArabicDigits {
    private ArabicDigits() {
    }

    public static String toAscii(String s) {
        if (s == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char mapped = c;
            if (c >= '\u0660' && c <= '\u0669') mapped = (char) ('0' + (c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') mapped = (char) ('0' + (c - '\u06F0'));
            if (mapped != c && sb == null) {
                sb = new StringBuilder(s);
            }
            if (sb != null) sb.setCharAt(i, mapped);
        }
        return sb == null ? s : sb.toString();
    }
}
