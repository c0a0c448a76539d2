package org.minecheck.finding;

/** What a finding is about: its type (mine, licence, site, enterprise, region, historical-mine), id, name and enterprise. */
public record Subject(String type, String id, String name, String enterpriseId, String enterpriseName) {}
