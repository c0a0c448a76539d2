package org.minecheck.engine.pack;

import java.util.List;
import java.util.Locale;

/**
 * What an overlay pack does to the national rules, for the user to see: a file that replaces a national file and so
 * drops national rules, or rules that replace national rules of the same id.
 *
 * @param kind         what happened
 * @param file         the overlay's file, as problems name it ({@code rules-ordos/fund/fund-ordos.drl})
 * @param nationalFile the national file concerned ({@code fund/fund.drl})
 * @param ruleIds      the national rule ids dropped or replaced, sorted
 */
public record PackNotice(Kind kind, String file, String nationalFile, List<String> ruleIds) {
    public enum Kind {
        /** {@code file} is at the same path as {@code nationalFile} and has none of the rules {@code ruleIds}. */
        DROPS,
        /** Rules of {@code file} replace the national rules with these ids (found in {@code nationalFile}). */
        REPLACES
    }

    public PackNotice {
        ruleIds = List.copyOf(ruleIds);
    }

    /** The notice in Chinese for a Chinese locale, otherwise in English. */
    public String text(Locale locale) {
        String ids = String.join(", ", ruleIds);
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        return switch (kind) {
            case DROPS ->
                zh
                        ? file + " 替换了国家规则文件 " + nationalFile + "，去掉了规则 " + ids
                        : file + " replaces the national " + nationalFile + " and drops rules " + ids;
            case REPLACES ->
                zh
                        ? file + " 以同一编号替换了国家规则 " + ids + "（" + nationalFile + "）"
                        : file + " replaces the national rules " + ids + " (" + nationalFile + ")";
        };
    }
}
