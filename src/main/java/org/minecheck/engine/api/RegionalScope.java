package org.minecheck.engine.api;

/**
 * Present only in the regional bundle. Rules about the regulator's own reference data (historical patches, regional
 * targets) match it, because a historical patch lying in a licence is also put in the licence holder's bundle.
 */
public record RegionalScope() {}
