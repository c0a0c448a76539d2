package org.minecheck.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule texts from rules/messages_zh.properties and messages_en.properties (read as UTF-8): {@code <ID>.title},
 * {@code <ID>.message} with {name} placeholders filled from the finding's evidence, {@code <ID>.fix}.
 */
public final class MessageCatalogue {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    private final Map<String, String> zh;
    private final Map<String, String> en;

    MessageCatalogue(Map<String, String> zh, Map<String, String> en) {
        this.zh = zh;
        this.en = en;
    }

    static Map<String, String> load(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }

    public Map<String, String> messages(java.util.Locale locale) {
        return org.minecheck.i18n.Texts.chinese(locale) ? zh : en;
    }

    public String get(String key, java.util.Locale locale) {
        return messages(locale).get(key);
    }

    /** The text for {@code key} with each {name} replaced by {@code values.get(name)}; unknown names stay visible. */
    public String format(String key, java.util.Locale locale, Map<String, String> values) {
        String template = get(key, locale);
        if (template == null) return key;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
