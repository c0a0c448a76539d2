package org.minecheck.model;

import java.math.BigDecimal;

/** A mine's output and three rates for one year. Rates are percentages (85 means 85 %). */
public record Production(String mineId, int year, BigDecimal output, BigDecimal miningRecovery,
                         BigDecimal beneficiationRecovery, BigDecimal utilisation, BigDecimal revenue,
                         RowRef origin) implements Sourced {}
