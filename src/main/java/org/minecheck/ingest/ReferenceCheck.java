package org.minecheck.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minecheck.model.*;

/**
 * Checks that span rows and sheets once every file is read: duplicate keys, references to unknown ids, date ranges that
 * run backwards and corner-point rings that cannot close. Each problem points at the cell that holds the wrong value.
 */
final class ReferenceCheck {
    private final Dataset d;
    private final RejectedRows rejected;
    private final List<InputProblem> problems = new ArrayList<>();

    ReferenceCheck(Dataset d) {
        this(d, new RejectedRows());
    }

    ReferenceCheck(Dataset d, RejectedRows rejected) {
        this.d = d;
        this.rejected = rejected;
    }

    List<InputProblem> run() {
        unique(d.enterprises, Enterprise::id, "id", Enterprise::id);
        unique(d.mines, Mine::id, "id", Mine::id);
        unique(d.licences, l -> l.kind().code() + "|" + l.number(), "number", Licence::number);
        unique(d.blocks, b -> b.licenceNumber() + "|" + b.blockNo(), "blockNo", LicenceBlock::blockNo);
        unique(
                d.cornerPoints,
                p -> p.ownerType() + "|" + p.ownerId() + "|" + p.ringNo() + "|" + p.pointNo(),
                "pointNo",
                CornerPoint::pointNo);
        unique(d.sites, WorkingSite::id, "id", WorkingSite::id);
        unique(d.zones, ForbiddenZone::id, "id", ForbiddenZone::id);
        unique(d.production, p -> p.mineId() + "|" + p.year(), "year", Production::year);
        unique(d.funds, p -> p.mineId() + "|" + p.year(), "year", FundRecord::year);
        unique(d.progress, p -> p.mineId() + "|" + p.year(), "year", RestorationProgress::year);
        unique(d.historicalMines, HistoricalMine::id, "id", HistoricalMine::id);
        unique(d.regions, Region::code, "code", Region::code);

        Set<String> enterprises = ids(d.enterprises, Enterprise::id);
        Set<String> mines = ids(d.mines, Mine::id);
        Set<String> miningLicences = d.licences.stream()
                .filter(l -> l.kind() == LicenceKind.MINING)
                .map(Licence::number)
                .collect(Collectors.toSet());
        for (Mine m : d.mines)
            known(enterprises, ENTERPRISE, m, m.operatorId(), "operatorId", "ingest.unknownEnterprise");
        for (Licence l : d.licences) {
            known(mines, MINE, l, l.mineId(), "mineId", "ingest.unknownMine");
            known(enterprises, ENTERPRISE, l, l.holderId(), "holderId", "ingest.unknownEnterprise");
            if (l.kind() == LicenceKind.MINING && l.minerals().isEmpty()) {
                problems.add(InputProblem.at(l.cell("minerals"), null, "ingest.miningLicenceNeedsMinerals"));
            }
            if (l.validFrom() != null
                    && l.validUntil() != null
                    && l.validUntil().isBefore(l.validFrom())) {
                problems.add(InputProblem.at(
                        l.cell("validUntil"),
                        l.validUntil().toString(),
                        "ingest.endBeforeStart",
                        l.validFrom().toString()));
            }
        }
        Set<String> licenceKeys = ids(d.licences, l -> l.kind().code() + "|" + l.number());
        for (LicenceEvent e : d.licenceEvents) {
            known(
                    licenceKeys,
                    LICENCE,
                    e,
                    e.kind() == null ? null : e.kind().code() + "|" + e.licenceNumber(),
                    "licenceNumber",
                    "ingest.unknownLicence");
        }
        for (LicenceBlock b : d.blocks) {
            known(miningLicences, LICENCE, b, b.licenceNumber(), "licenceNumber", "ingest.unknownMiningLicence");
            if (b.bottomElevation().compareTo(b.topElevation()) > 0) {
                problems.add(InputProblem.at(
                        b.cell("bottomElevation"),
                        b.bottomElevation().toPlainString(),
                        "ingest.bottomAboveTop",
                        b.topElevation().toPlainString()));
            }
        }
        for (WorkingSite s : d.sites) {
            known(mines, MINE, s, s.mineId(), "mineId", "ingest.unknownMine");
            if ((s.x() == null) != (s.y() == null)) {
                problems.add(InputProblem.at(s.cell(s.x() == null ? "x" : "y"), null, "ingest.coordinatePair"));
            }
        }
        for (Production p : d.production) known(mines, MINE, p, p.mineId(), "mineId", "ingest.unknownMine");
        for (FundRecord f : d.funds) known(mines, MINE, f, f.mineId(), "mineId", "ingest.unknownMine");
        for (Approval a : d.approvals) known(mines, MINE, a, a.mineId(), "mineId", "ingest.unknownMine");
        for (RestorationProgress p : d.progress) known(mines, MINE, p, p.mineId(), "mineId", "ingest.unknownMine");
        regions();
        corners(miningLicences);
        return problems;
    }

    /**
     * Where the Regions sheet is given, every county or region code must be one of its codes: an enterprise, mine,
     * patch or target under an unknown code would silently drop out of every regional tally. Without a Regions sheet
     * (an enterprise's own submission) there is nothing to compare with and codes are taken as given. A region's parent
     * may lie outside the sheet (a county's data names its city without listing it) and is not checked.
     */
    private void regions() {
        if (d.regions.isEmpty() && !rejected.hasSheet("regions")) return;
        Set<String> codes = ids(d.regions, Region::code);
        String key = "ingest.unknownRegion";
        for (Enterprise e : d.enterprises) known(codes, REGION, e, e.regionCode(), "regionCode", key);
        for (Mine m : d.mines) known(codes, REGION, m, m.regionCode(), "regionCode", key);
        for (HistoricalMine h : d.historicalMines) known(codes, REGION, h, h.regionCode(), "regionCode", key);
        for (RegionalTarget t : d.targets) known(codes, REGION, t, t.regionCode(), "regionCode", key);
    }

    private void corners(Set<String> miningLicences) {
        Map<ShapeOwner, Set<String>> owners = Map.of(
                ShapeOwner.LICENCE, miningLicences,
                ShapeOwner.SITE, ids(d.sites, WorkingSite::id),
                ShapeOwner.ZONE, ids(d.zones, ForbiddenZone::id),
                ShapeOwner.HISTORICAL, ids(d.historicalMines, HistoricalMine::id));
        Map<ShapeOwner, String[]> ownerKeys = Map.of(
                ShapeOwner.LICENCE,
                LICENCE,
                ShapeOwner.SITE,
                new String[] {"sites", "id"},
                ShapeOwner.ZONE,
                new String[] {"zones", "id"},
                ShapeOwner.HISTORICAL,
                new String[] {"historical", "id"});
        Set<String> blocks = ids(d.blocks, b -> b.licenceNumber() + "|" + b.blockNo());
        Map<String, List<CornerPoint>> rings = new HashMap<>();
        for (CornerPoint p : d.cornerPoints) {
            if (!known(
                    owners.get(p.ownerType()),
                    ownerKeys.get(p.ownerType()),
                    p,
                    p.ownerId(),
                    "ownerId",
                    "ingest.unknownShapeOwner")) continue;
            if (p.ownerType() == ShapeOwner.LICENCE
                    && !blocks.contains(p.ownerId() + "|" + p.ringNo())
                    && !rejected.has("blocks", "licenceNumber", p.ownerId())) {
                problems.add(InputProblem.at(
                        p.cell("ringNo"), String.valueOf(p.ringNo()), "ingest.unknownBlock", p.ownerId()));
            }
            rings.computeIfAbsent(p.ownerType() + "|" + p.ownerId() + "|" + p.ringNo(), k -> new ArrayList<>())
                    .add(p);
        }
        for (List<CornerPoint> ring : rings.values()) {
            // a refused point of this owner would show up here as a gap or a ring too small: it is reported already
            if (rejected.has("cornerPoints", "ownerId", ring.get(0).ownerId())) continue;
            ring.sort(Comparator.comparingInt(CornerPoint::pointNo));
            for (int i = 0; i < ring.size(); i++) {
                if (ring.get(i).pointNo() != i + 1) {
                    problems.add(InputProblem.at(
                            ring.get(i).cell("pointNo"),
                            String.valueOf(ring.get(i).pointNo()),
                            "ingest.pointGap",
                            i + 1));
                    break;
                }
            }
            Set<String> distinct = new HashSet<>();
            for (CornerPoint p : ring) distinct.add(p.x() + "," + p.y());
            if (distinct.size() < 3) {
                CornerPoint last = ring.get(ring.size() - 1);
                problems.add(InputProblem.at(
                        last.cell("pointNo"),
                        String.valueOf(last.pointNo()),
                        "ingest.ringTooSmall",
                        last.ownerId(),
                        distinct.size()));
            }
        }
    }

    /** Reports the second and later rows with the same key, at the cell that holds {@code field}, naming the first. */
    private <T extends Sourced> void unique(
            List<T> rows, Function<T, String> key, String field, Function<T, Object> value) {
        Map<String, T> first = new HashMap<>();
        for (T row : rows) {
            T earlier = first.putIfAbsent(key.apply(row), row);
            if (earlier != null) {
                CellRef here = row.cell(field);
                CellRef there = earlier.cell(field);
                String where = here != null && there != null && !here.file().equals(there.file())
                        ? there.file() + " " + there
                        : String.valueOf(there);
                problems.add(InputProblem.at(here, String.valueOf(value.apply(row)), "ingest.duplicateKey", where));
            }
        }
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }

    private static final String[] ENTERPRISE = {"enterprises", "id"};
    private static final String[] MINE = {"mines", "id"};
    private static final String[] LICENCE = {"licences", "number"};
    private static final String[] REGION = {"regions", "code"};

    /**
     * Whether {@code id} names a row of the referenced sheet ({@code target}: sheet key and column key). An id whose own
     * row was refused is not reported again here.
     */
    private boolean known(Set<String> ids, String[] target, Sourced row, String id, String field, String key) {
        if (id != null && ids.contains(id)) return true;
        if (!rejected.has(target[0], target[1], id)) problems.add(InputProblem.at(row.cell(field), id, key));
        return false;
    }
}
