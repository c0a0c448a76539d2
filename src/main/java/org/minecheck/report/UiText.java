package org.minecheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/** The product's own texts (headers, input-problem messages) in Chinese and English, from i18n/ui_*.properties. */
public final class UiText {
    private static final Properties ZH = load("zh");
    private static final Properties EN = load("en");

    private UiText() {}

    private static Properties load(String lang) {
        Properties p = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream("/i18n/ui_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static String get(String key, boolean chinese) {
        String v = (chinese ? ZH : EN).getProperty(key);
        return v == null ? key : v;
    }

    public static String format(String key, boolean chinese, Object... args) {
        return MessageFormat.format(get(key, chinese).replace("'", "''"), args);
    }

    static Properties all(boolean chinese) {
        return chinese ? ZH : EN;
    }
}
