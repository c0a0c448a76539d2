package org.minecheck.fund;

import java.math.BigDecimal;
import org.minecheck.model.RegionLevel;

/**
 * Provisioning and use of the restoration fund for one enterprise, or one region (its counties' mines summed), in one
 * year. {@code provisioningRate} = provisioned ÷ required over the mines whose requirement could be computed;
 * {@code useRate} = used ÷ provisioned. Both in percent, two decimals, null when the divisor is zero.
 *
 * @param kind {@code enterprise} or {@code region}
 */
public record FundRate(
        String kind,
        String id,
        String name,
        RegionLevel level,
        int year,
        int mines,
        int minesWithoutRequirement,
        BigDecimal required,
        BigDecimal provisioned,
        BigDecimal used,
        BigDecimal provisioningRate,
        BigDecimal useRate) {}
