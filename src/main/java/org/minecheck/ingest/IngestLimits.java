package org.minecheck.ingest;

/**
 * Bounds that keep a hostile or broken workbook from costing unbounded time or memory. The defaults are far above any
 * real submission (a province is tens of MB unpacked) and are listed in the README; tests pass smaller ones.
 *
 * @param maxUnpackedBytes   everything inside an .xlsx, unpacked, added up (refused before anything is parsed)
 * @param maxPackingRatio    unpacked : packed size of one part above which it is a compression bomb
 * @param ratioGraceBytes    parts smaller than this unpacked are never judged by their ratio
 * @param maxParts           entries in the .xlsx archive
 * @param maxRow             last row number a sheet may use (Excel's own grid: 1,048,576)
 * @param maxColumns         columns a row may use (Excel's own grid: 16,384, A to XFD)
 * @param maxCellChars       characters in one cell or shared string (Excel's own limit: 32,767)
 * @param maxSharedStrings   entries in the shared-string table
 * @param maxXlsBytes        size of a legacy .xls file (POI holds it whole; the format caps a sheet at 65,536 rows)
 */
public record IngestLimits(
        long maxUnpackedBytes,
        int maxPackingRatio,
        long ratioGraceBytes,
        int maxParts,
        int maxRow,
        int maxColumns,
        int maxCellChars,
        int maxSharedStrings,
        long maxXlsBytes) {

    public static final IngestLimits DEFAULT =
            new IngestLimits(512L << 20, 200, 1L << 20, 10_000, 1_048_576, 16_384, 32_767, 5_000_000, 100L << 20);

    public IngestLimits withMaxUnpackedBytes(long bytes) {
        return new IngestLimits(
                bytes,
                maxPackingRatio,
                ratioGraceBytes,
                maxParts,
                maxRow,
                maxColumns,
                maxCellChars,
                maxSharedStrings,
                maxXlsBytes);
    }

    public IngestLimits withMaxRow(int row) {
        return new IngestLimits(
                maxUnpackedBytes,
                maxPackingRatio,
                ratioGraceBytes,
                maxParts,
                row,
                maxColumns,
                maxCellChars,
                maxSharedStrings,
                maxXlsBytes);
    }
}
