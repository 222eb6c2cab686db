package org.gdlab.report.html;

import java.util.List;

/** The few HTML pieces gdlab's pages are made of; every text is escaped. */
public final class Html {
    private Html() {
    }

    /**
     * {@code text} with {@code & < > "} escaped.
     *
     * @param text any text, not null
     * @return the text safe inside an HTML element or a double-quoted attribute
     */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** A paragraph. */
    static String p(String text) {
        return "<p>" + escape(text) + "</p>\n";
    }

    /** A bulleted list. */
    static String ul(List<String> items) {
        StringBuilder s = new StringBuilder("<ul>\n");
        items.forEach(i -> s.append("<li>").append(escape(i)).append("</li>\n"));
        return s.append("</ul>\n").toString();
    }
}
