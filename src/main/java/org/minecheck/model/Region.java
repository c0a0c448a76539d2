package org.minecheck.model;

public record Region(String code, String name, RegionLevel level, String parentCode, RowRef origin)
        implements Sourced {}
