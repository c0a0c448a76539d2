package org.minecheck.shell;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleInfo;
import org.minecheck.finding.Basis;
import org.minecheck.report.FindingText;

/** The `rules` listing: one block per rule with its basis as in force on the date. */
final class RulesListing {
    private RulesListing() {}

    static void print(RuleBook book, FindingText text, LocalDate date, PrintWriter w) {
        boolean zh = text.chinese();
        java.util.Locale locale = text.locale();
        w.println((zh ? "规则包：" : "Rule pack: ") + book.packName() + (zh ? "，依据版本日期：" : ", basis as of ") + date);
        String last = null;
        for (RuleInfo r : book.rules()) {
            if (r.id().equals(last)) continue;
            last = r.id();
            w.println();
            w.println(r.id() + "  " + text.title(r.id()));
            w.println("    " + (zh ? "领域 " : "area ") + r.area().replace("minecheck.", "") + " | "
                    + r.severity().text(locale) + " | " + r.department().text(locale));
            for (RuleInfo variant : book.rules()) {
                if (!variant.id().equals(r.id())) continue;
                if (!variant.department().equals(r.department())) {
                    w.println("    " + (zh ? "另：" : "also: ")
                            + variant.department().text(locale) + " (" + variant.name() + ")");
                }
            }
            // every variant's basis, once each: a rule's variants may cite more than its first one
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            for (RuleInfo variant : book.rules()) if (variant.id().equals(r.id())) keys.addAll(variant.basis());
            for (String key : keys) {
                Basis b = book.citations().resolve(key, date, locale).orElse(null);
                if (b == null) {
                    w.println("    - " + key + (zh ? "（检查日不在施行期内）" : " (not in force on the date)"));
                } else {
                    w.println("    - " + b.title() + " " + b.article()
                            + (b.verified() ? "" : " " + text.ui("basis.unverified")));
                }
            }
        }
        w.flush();
    }
}
