package org.minecheck.model;

public record ForbiddenZone(String id, String name, ZoneType type, String level, String authority, RowRef origin)
        implements Sourced {}
