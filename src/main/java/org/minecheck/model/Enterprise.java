package org.minecheck.model;

public record Enterprise(String id, String name, String creditCode, String regionCode, RowRef origin)
        implements Sourced {}
