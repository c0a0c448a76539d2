package org.minecheck.model;

import java.math.BigDecimal;

/** Restoration fund of a mine for one year, in yuan. */
public record FundRecord(String mineId, int year, String accountNo, Boolean planFiled, BigDecimal provisioned,
                         BigDecimal used, BigDecimal balance, RowRef origin) implements Sourced {}
