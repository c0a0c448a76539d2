package org.minecheck.shell;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.minecheck.config.MinecheckProperties;
import org.minecheck.finding.Severity;
import org.minecheck.i18n.Texts;
import org.springframework.stereotype.Component;

/** How every command reads the options they share: language, dates, severities; and where errors are written. */
@Component
public class CommandLine {
    private final MinecheckProperties properties;

    public CommandLine(MinecheckProperties properties) {
        this.properties = properties;
    }

    /** The language of {@code --lang}, else the configured one; an unknown value falls back to it (told by check). */
    public Locale locale(String lang) {
        Locale l = Texts.parse(lang);
        return l != null ? l : properties.locale();
    }

    /** Refuses a {@code --lang} that is neither zh nor en. */
    public void requireLanguage(String lang, Locale locale) throws UsageException {
        if (lang != null && !lang.isBlank() && Texts.parse(lang) == null) {
            throw new UsageException(Texts.of(locale).format("usage.lang", lang));
        }
    }

    /** {@code --as-of}: a date, or today when none is given. */
    public LocalDate date(String asOf, Locale locale) throws UsageException {
        if (asOf == null || asOf.isBlank()) return LocalDate.now();
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(Texts.of(locale).format("usage.date", asOf));
        }
    }

    public Severity severity(String s, Locale locale) throws UsageException {
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException(Texts.of(locale).format("usage.failOn", s));
        }
    }

    /** Standard error, for messages that are not the requested output. */
    public PrintWriter errors() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }
}
