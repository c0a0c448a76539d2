package org.minecheck.regional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecheck.model.Region;
import org.minecheck.model.RegionLevel;

/** The regions sheet as a tree (county → city → province by parent code), for rolling figures up. */
public final class RegionTree {
    private final Map<String, Region> regions = new HashMap<>();

    public RegionTree(List<Region> regions) {
        for (Region r : regions) this.regions.put(r.code(), r);
    }

    /** The region itself, then its parent, grandparent ... (a code missing from the sheet stands alone). */
    public List<String> ancestors(String code) {
        Set<String> out = new LinkedHashSet<>();
        String c = code;
        while (c != null && !c.isBlank() && out.add(c)) {
            Region r = regions.get(c);
            c = r == null ? null : r.parentCode();
        }
        return new ArrayList<>(out);
    }

    /** True when {@code code} is {@code region} or lies under it. */
    public boolean within(String code, String region) {
        return ancestors(code).contains(region);
    }

    public Region region(String code) {
        return regions.get(code);
    }

    public String name(String code) {
        Region r = regions.get(code);
        return r == null ? code : r.name();
    }

    public RegionLevel level(String code) {
        Region r = regions.get(code);
        return r == null ? null : r.level();
    }
}
