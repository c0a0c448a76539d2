package org.minecheck.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * The published record of a draw (JSON): the seed, what was frozen (the dataset version that is the enterprise
 * directory, the run its risk signals come from, the inspector directory with its conflicts — each by SHA-256), the
 * parameters (the files themselves and their digest), the plan, the sampling frame with each enterprise's risk
 * features, and the outcome (every enterprise's probabilities and uniform numbers, the targets, the teams and who was
 * skipped and why). {@code inspection verify} recomputes the frame and the outcome from it.
 */
public record DrawRecord(
        String format,
        long drawId,
        String seed,
        String drawDate,
        int year,
        long planId,
        List<String> items,
        Map<String, Double> ratios,
        List<String> departments,
        boolean riskWeighted,
        Frozen dataset,
        Frozen run,
        Frozen directory,
        Parameters parameters,
        List<Drawing.FrameUnit> frame,
        Drawing.Outcome outcome) {

    public static final String FORMAT = "minecheck-inspection-draw/1";

    /** Something frozen for the draw: its id in the store, its SHA-256 and a short description. */
    public record Frozen(long id, String sha256, String about) {}

    public record Parameters(String digest, Map<String, String> files) {}

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public String json() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a draw record */
    public static DrawRecord parse(String json) {
        try {
            DrawRecord r = JSON.readValue(json, DrawRecord.class);
            if (r == null || !FORMAT.equals(r.format()) || r.outcome() == null || r.frame() == null)
                throw new IllegalArgumentException("not a " + FORMAT + " record");
            return r;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a draw record: " + e.getOriginalMessage());
        }
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    static String sha256(String text) {
        return org.minecheck.model.Sha256.hex(text);
    }
}
