package org.minecheck.regional;

import java.math.BigDecimal;
import java.util.List;
import org.minecheck.model.RegionLevel;

/**
 * Producing mines of a scale group in a region (its counties included) and how many of them are listed as green
 * mines on the check date. {@code scaleGroup} is {@code large}, {@code medium} or {@code large|medium}. {@code share}
 * is green ÷ producing in percent, kept to ten decimals for the comparison; the rule judges it against the target.
 */
public record GreenMineTally(
        String regionCode,
        RegionLevel level,
        List<String> ancestors,
        String scaleGroup,
        int producing,
        int green,
        BigDecimal share) {
    public BigDecimal sharePercent() {
        return share.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
