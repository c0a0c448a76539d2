package org.minecheck.web;

import java.util.Objects;

/**
 * Whose rows a request may see: an enterprise (its unified social credit code) or a regulator (its region code). It
 * comes only from the signed-in principal ({@link CurrentTenant}), never from a request parameter; every repository
 * query that reads or writes a tenant-owned row takes one (ArchitectureTest / WebTenancyArchitectureTest).
 *
 * @param id         an enterprise's credit code, or {@code region:<code>} for a regulator
 * @param role       ENTERPRISE or REGULATOR
 * @param regionCode the administrative region code (GB/T 2260) the enterprise lies in or the regulator oversees
 */
public record Tenant(String id, Role role, String regionCode) {
    public enum Role {
        ENTERPRISE,
        REGULATOR
    }

    public Tenant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(role);
        Objects.requireNonNull(regionCode);
    }

    public boolean regulator() {
        return role == Role.REGULATOR;
    }

    /**
     * The prefix of the region codes within this regulator's region: a province's 2 digits, a city's 4, a county's 6
     * (the trailing "00" pairs of a GB/T 2260 code mark the levels above).
     */
    public String regionPrefix() {
        String p = regionCode;
        while (p.length() > 2 && p.endsWith("00")) p = p.substring(0, p.length() - 2);
        return p;
    }
}
