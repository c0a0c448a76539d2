package org.minecheck.geometry;

import java.util.ArrayList;
import java.util.List;

/** Everything the geometry pass adds for the rules to judge. */
public final class DerivedFacts {
    public final List<ShapeProblem> shapeProblems = new ArrayList<>();
    public final List<SiteOutsideLicence> sitesOutside = new ArrayList<>();
    public final List<SiteInBlock> sitesInBlocks = new ArrayList<>();
    public final List<ZoneOverlap> zoneOverlaps = new ArrayList<>();
    public final List<PatchInLicence> patchesInLicences = new ArrayList<>();
}
