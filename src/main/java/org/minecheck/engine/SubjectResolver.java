package org.minecheck.engine;

import java.util.HashMap;
import java.util.Map;
import org.minecheck.finding.Subject;
import org.minecheck.geometry.PatchInLicence;
import org.minecheck.geometry.ShapeProblem;
import org.minecheck.geometry.SiteOutsideLicence;
import org.minecheck.geometry.ZoneOverlap;
import org.minecheck.model.*;

/** Names the subject of a finding from the fact a rule passes: its type, id, name and the enterprise that runs it. */
final class SubjectResolver {
    private final Map<String, Enterprise> enterprises = new HashMap<>();
    private final Map<String, Mine> mines = new HashMap<>();
    private final Map<String, WorkingSite> sites = new HashMap<>();
    private final Map<String, Licence> miningLicences = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, HistoricalMine> patches = new HashMap<>();

    SubjectResolver(Dataset d) {
        d.enterprises.forEach(e -> enterprises.put(e.id(), e));
        d.mines.forEach(m -> mines.put(m.id(), m));
        d.sites.forEach(s -> sites.put(s.id(), s));
        d.licences.stream().filter(l -> l.kind() == LicenceKind.MINING).forEach(l -> miningLicences.put(l.number(), l));
        d.regions.forEach(r -> regions.put(r.code(), r));
        d.historicalMines.forEach(h -> patches.put(h.id(), h));
    }

    Subject resolve(Object fact) {
        if (fact instanceof Mine m) return ofMine("mine", m.id(), m.name(), m.id());
        if (fact instanceof Licence l) {
            Subject s = ofMine("licence", l.number(), l.kind().zh(), l.mineId());
            return new Subject(s.type(), s.id(), s.name(), s.enterpriseId(), s.enterpriseName(), l.kind());
        }
        if (fact instanceof WorkingSite s) return ofMine("site", s.id(), s.name(), s.mineId());
        if (fact instanceof Enterprise e) return new Subject("enterprise", e.id(), e.name(), e.id(), e.name());
        if (fact instanceof Region r) return new Subject("region", r.code(), r.name(), null, null);
        if (fact instanceof HistoricalMine h) return new Subject("historical-mine", h.id(), h.name(), null, null);
        if (fact instanceof SiteOutsideLicence s) return resolve(sites.get(s.siteId()));
        if (fact instanceof ZoneOverlap z) {
            return z.subjectType() == ShapeOwner.SITE
                    ? resolve(sites.get(z.subjectId()))
                    : resolve(miningLicences.get(z.subjectId()));
        }
        if (fact instanceof PatchInLicence p) return resolve(patches.get(p.patchId()));
        if (fact instanceof ShapeProblem p) {
            return switch (p.ownerType()) {
                case LICENCE -> resolve(miningLicences.get(p.ownerId()));
                case SITE -> resolve(sites.get(p.ownerId()));
                case HISTORICAL -> resolve(patches.get(p.ownerId()));
                case ZONE -> new Subject("zone", p.ownerId(), p.ownerId(), null, null);
            };
        }
        if (fact instanceof String regionCode) {
            Region r = regions.get(regionCode);
            return new Subject("region", regionCode, r == null ? regionCode : r.name(), null, null);
        }
        throw new IllegalArgumentException("no subject for " + fact);
    }

    private Subject ofMine(String type, String id, String name, String mineId) {
        Mine m = mines.get(mineId);
        Enterprise e = m == null ? null : enterprises.get(m.operatorId());
        return new Subject(type, id, name, e == null ? null : e.id(), e == null ? null : e.name());
    }
}
