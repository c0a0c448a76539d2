package org.minecheck.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * minecheck's own texts (headers, messages, enum labels, help) in one language, from the UTF-8 bundles
 * {@code i18n/<feature>_zh.properties} and {@code i18n/<feature>_en.properties} ({@link #BUNDLES}). Rule texts (title, message, fix) come from the rule
 * pack's message files instead. Chinese is the default; any other language than Chinese is English.
 */
public final class Texts {
    public static final Locale CHINESE = Locale.CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * The bundles, one per feature so that each feature keeps its own texts: {@code ui} (the core and the command
     * line) must exist, the others are read when present. A key defined in two bundles is a mistake and fails loudly.
     */
    static final java.util.List<String> BUNDLES = java.util.List.of("ui", "workspace", "web", "inspection", "report");

    private static final Texts ZH = new Texts(CHINESE, load("zh"));
    private static final Texts EN = new Texts(ENGLISH, load("en"));

    private final Locale locale;
    private final Map<String, String> texts;

    private Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    public static Texts of(Locale locale) {
        return chinese(locale) ? ZH : EN;
    }

    /** Whether texts for {@code locale} are the Chinese ones (for records that carry both names, zh and en). */
    public static boolean chinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    /** The locale for a {@code --lang} value, {@code zh} or {@code en}; null for anything else. */
    public static Locale parse(String lang) {
        if (lang == null) return null;
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn", "cn", "chinese", "中文" -> CHINESE;
            case "en", "en-us", "en_us", "en-gb", "english" -> ENGLISH;
            default -> null;
        };
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return this == ZH;
    }

    /** The text for {@code key}, or the key itself when there is none (so a missing text shows, never a blank). */
    public String get(String key) {
        String v = texts.get(key);
        return v == null ? key : v;
    }

    /** The text for {@code key}, or null. */
    public String find(String key) {
        return texts.get(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), locale).format(args);
    }

    /** {@code key.one} or {@code key.other} by {@code count}, formatted with the count as {0}. */
    public String plural(String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        String k = key + (count == 1 && find(key + ".one") != null ? ".one" : ".other");
        return format(find(k) != null ? k : key, args);
    }

    /** Every text of this language, for tests that check the bundles. */
    public Map<String, String> all() {
        return texts;
    }

    private static Map<String, String> load(String lang) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String bundle : BUNDLES) {
            String name = "/i18n/" + bundle + "_" + lang + ".properties";
            Properties p = new Properties();
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in == null) {
                    if (bundle.equals("ui")) throw new IllegalStateException("missing text bundle " + name);
                    continue;
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.forEach((k, v) -> {
                if (out.put(k.toString(), v.toString()) != null) {
                    throw new IllegalStateException("text " + k + " is defined twice (again in " + name + ")");
                }
            });
        }
        return Map.copyOf(out);
    }
}
