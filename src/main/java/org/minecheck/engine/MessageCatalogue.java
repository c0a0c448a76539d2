package org.minecheck.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
        Template template = template(key, locale);
        return template == null ? key : template.fill(values::get);
    }

    /** The text for {@code key} split into its literal parts and {name} slots, or null when there is no such text. */
    public Template template(String key, java.util.Locale locale) {
        boolean chinese = org.minecheck.i18n.Texts.chinese(locale);
        Map<String, Template> compiled = chinese ? zhTemplates : enTemplates;
        Template known = compiled.get(key);
        if (known != null) return known;
        String text = get(key, locale);
        if (text == null) return null;
        Template template = Template.of(text);
        compiled.put(key, template);
        return template;
    }

    // Each rule text is split once: a province's report fills the same few dozen texts for every finding.
    private final Map<String, Template> zhTemplates = new ConcurrentHashMap<>();
    private final Map<String, Template> enTemplates = new ConcurrentHashMap<>();

    /**
     * A rule text as literal parts around {name} slots ({@code literals} has one more entry than {@code slots}).
     */
    public record Template(String[] literals, String[] slots) {
        static Template of(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            List<String> literals = new ArrayList<>();
            List<String> slots = new ArrayList<>();
            int from = 0;
            while (m.find()) {
                literals.add(text.substring(from, m.start()));
                slots.add(m.group(1));
                from = m.end();
            }
            literals.add(text.substring(from));
            return new Template(literals.toArray(String[]::new), slots.toArray(String[]::new));
        }

        /** The text with each slot filled by {@code values}; a slot it has no value for (null) stays visible. */
        public String fill(Function<String, String> values) {
            if (slots.length == 0) return literals[0];
            StringBuilder out = new StringBuilder(literals[0].length() + 16 * slots.length + 32);
            out.append(literals[0]);
            for (int i = 0; i < slots.length; i++) {
                String value = values.apply(slots[i]);
                if (value == null) out.append('{').append(slots[i]).append('}');
                else out.append(value);
                out.append(literals[i + 1]);
            }
            return out.toString();
        }
    }
}
