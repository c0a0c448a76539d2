package org.minecheck.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.minecheck.ingest.IngestLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of minecheck in one place, bound from {@code minecheck.*} (application.properties, environment
 * variables such as {@code MINECHECK_RULES}, or {@code -Dminecheck.rules=…}). Regulatory numbers are not here: they
 * live in the rule pack's tables under {@code rules/}.
 *
 * @param rules            a provincial or edited rule pack laid over the bundled national one when a command names
 *                         none with {@code --rules} (e.g. {@code rules-ordos}); empty: the national pack alone
 * @param locale           the language of reports and messages when a command names none with {@code --lang}
 *                         ({@code zh} or {@code en})
 * @param ruleThreads      threads for the rules of a large check; 0 means one per core, at most four
 * @param checkTimeLimit   longest a check may run before it is stopped and the runaway rule named
 * @param precompiledRules the bundled pack compiled by the build ({@code bin/minecheck} names it); used only when its
 *                         digest matches the DRL about to be compiled
 * @param ingest           bounds that keep a hostile workbook from costing unbounded time or memory
 * @param dataDir          the folder of the workspace's embedded database (H2 file {@code minecheck.mv.db}), created
 *                         by the first store command; default {@code ~/.minecheck/data}. Not used when
 *                         {@code spring.datasource.url} names another database (PostgreSQL); docs/store.md
 */
@ConfigurationProperties("minecheck")
public record MinecheckProperties(
        @DefaultValue("") String rules,
        @DefaultValue("zh") Locale locale,
        @DefaultValue("0") int ruleThreads,
        @DefaultValue("120s") Duration checkTimeLimit,
        Path precompiledRules,
        @DefaultValue Ingest ingest,
        Path dataDir) {

    /** The settings a test or a tool starts from when no Spring context is around. */
    public static MinecheckProperties defaults() {
        return new MinecheckProperties(
                "",
                Locale.CHINESE,
                0,
                Duration.ofSeconds(120),
                null,
                Ingest.DEFAULTS,
                Path.of(System.getProperty("user.home"), ".minecheck", "data"));
    }

    /**
     * @param maxUnpackedMegabytes everything inside an .xlsx, unpacked, added up
     * @param maxPackingRatio      unpacked : packed size of one part above which it is a compression bomb
     * @param maxParts             entries in an .xlsx archive
     * @param maxSharedStrings     entries in a workbook's shared-string table
     * @param maxXlsMegabytes      size of a legacy .xls file (read whole)
     */
    public record Ingest(
            @DefaultValue("512") long maxUnpackedMegabytes,
            @DefaultValue("200") int maxPackingRatio,
            @DefaultValue("10000") int maxParts,
            @DefaultValue("5000000") int maxSharedStrings,
            @DefaultValue("100") long maxXlsMegabytes) {

        static final Ingest DEFAULTS = new Ingest(512, 200, 10_000, 5_000_000, 100);

        public IngestLimits limits() {
            IngestLimits d = IngestLimits.DEFAULT;
            return new IngestLimits(
                    maxUnpackedMegabytes << 20,
                    maxPackingRatio,
                    d.ratioGraceBytes(),
                    maxParts,
                    d.maxRow(),
                    d.maxColumns(),
                    d.maxCellChars(),
                    maxSharedStrings,
                    maxXlsMegabytes << 20);
        }
    }

    /** Threads for the rules: as set, or one per core up to four. */
    public int effectiveRuleThreads() {
        return ruleThreads > 0 ? ruleThreads : Math.min(4, Runtime.getRuntime().availableProcessors());
    }
}
