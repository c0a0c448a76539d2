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

    /** The dates a check may be made as of: the People's Republic's records start in 1949; 2100 is far enough. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1949, 1, 1);

    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    /**
     * {@code --as-of}: a date from 1949 to 2100, or today when the option is not given. Given empty (a script's unset
     * variable) it is a usage mistake, not today: a check as of the wrong day can call an expired licence valid.
     */
    public LocalDate date(String asOf, Locale locale) throws UsageException {
        if (asOf == null) return LocalDate.now();
        Texts t = Texts.of(locale);
        if (asOf.isBlank()) throw new UsageException(t.get("usage.dateEmpty"));
        LocalDate date;
        try {
            date = LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(t.format("usage.date", asOf));
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new UsageException(
                    t.format("usage.dateRange", asOf.strip(), FIRST_DATE.toString(), LAST_DATE.toString()));
        }
        return date;
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
