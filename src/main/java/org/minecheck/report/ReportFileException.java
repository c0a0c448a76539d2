package org.minecheck.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.minecheck.i18n.Texts;

/**
 * A report, template or workbook could not be written: what could not be done and why, as a message key of
 * i18n/ui_*.properties with its arguments (the first is always the file as the user named it). Nothing was replaced:
 * any earlier file of that name is as it was.
 */
public final class ReportFileException extends IOException {
    private final String what;
    private final String key;
    private final List<Object> args;

    ReportFileException(String what, String key, Object... args) {
        super(key);
        this.what = what;
        this.key = key;
        this.args = List.of(args);
    }

    ReportFileException(String what, String key, Throwable cause, Object... args) {
        this(what, key, args);
        initCause(cause);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** "cannot write the report to r.xlsx: folder out does not exist", in the language asked for. */
    public String message(Locale locale) {
        Texts t = Texts.of(locale);
        return t.format(what, args.get(0)) + (t.chinese() ? "：" : ": ") + t.format(key, args.toArray());
    }

    @Override
    public String getMessage() {
        return message(Texts.ENGLISH);
    }
}
