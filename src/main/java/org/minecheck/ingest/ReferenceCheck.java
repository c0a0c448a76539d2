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
    private final List<InputProblem> problems = new ArrayList<>();

    ReferenceCheck(Dataset d) {
        this.d = d;
    }

    List<InputProblem> run() {
        unique(d.enterprises, Enterprise::id, "id");
        unique(d.mines, Mine::id, "id");
        unique(d.licences, l -> l.kind().code() + "|" + l.number(), "number");
        unique(d.blocks, b -> b.licenceNumber() + "|" + b.blockNo(), "blockNo");
        unique(d.cornerPoints, p -> p.ownerType() + "|" + p.ownerId() + "|" + p.ringNo() + "|" + p.pointNo(), "pointNo");
        unique(d.sites, WorkingSite::id, "id");
        unique(d.zones, ForbiddenZone::id, "id");
        unique(d.production, p -> p.mineId() + "|" + p.year(), "year");
        unique(d.funds, p -> p.mineId() + "|" + p.year(), "year");
        unique(d.progress, p -> p.mineId() + "|" + p.year(), "year");
        unique(d.historicalMines, HistoricalMine::id, "id");
        unique(d.regions, Region::code, "code");

        Set<String> enterprises = ids(d.enterprises, Enterprise::id);
        Set<String> mines = ids(d.mines, Mine::id);
        Set<String> miningLicences = d.licences.stream().filter(l -> l.kind() == LicenceKind.MINING)
                .map(Licence::number).collect(Collectors.toSet());
        for (Mine m : d.mines) known(enterprises, m, m.operatorId(), "operatorId", "ingest.unknownEnterprise");
        for (Licence l : d.licences) {
            known(mines, l, l.mineId(), "mineId", "ingest.unknownMine");
            known(enterprises, l, l.holderId(), "holderId", "ingest.unknownEnterprise");
            if (l.kind() == LicenceKind.MINING && l.minerals().isEmpty()) {
                problems.add(InputProblem.at(l.cell("minerals"), null, "ingest.miningLicenceNeedsMinerals"));
            }
            if (l.validFrom() != null && l.validUntil() != null && l.validUntil().isBefore(l.validFrom())) {
                problems.add(InputProblem.at(l.cell("validUntil"), l.validUntil().toString(), "ingest.endBeforeStart",
                        l.validFrom().toString()));
            }
        }
        for (LicenceBlock b : d.blocks) {
            known(miningLicences, b, b.licenceNumber(), "licenceNumber", "ingest.unknownMiningLicence");
            if (b.bottomElevation().compareTo(b.topElevation()) > 0) {
                problems.add(InputProblem.at(b.cell("bottomElevation"), b.bottomElevation().toPlainString(),
                        "ingest.bottomAboveTop", b.topElevation().toPlainString()));
            }
        }
        for (WorkingSite s : d.sites) {
            known(mines, s, s.mineId(), "mineId", "ingest.unknownMine");
            if ((s.x() == null) != (s.y() == null)) {
                problems.add(InputProblem.at(s.cell(s.x() == null ? "x" : "y"), null, "ingest.coordinatePair"));
            }
        }
        for (Production p : d.production) known(mines, p, p.mineId(), "mineId", "ingest.unknownMine");
        for (FundRecord f : d.funds) known(mines, f, f.mineId(), "mineId", "ingest.unknownMine");
        for (Approval a : d.approvals) known(mines, a, a.mineId(), "mineId", "ingest.unknownMine");
        for (RestorationProgress p : d.progress) known(mines, p, p.mineId(), "mineId", "ingest.unknownMine");
        corners(miningLicences);
        return problems;
    }

    private void corners(Set<String> miningLicences) {
        Map<ShapeOwner, Set<String>> owners = Map.of(
                ShapeOwner.LICENCE, miningLicences,
                ShapeOwner.SITE, ids(d.sites, WorkingSite::id),
                ShapeOwner.ZONE, ids(d.zones, ForbiddenZone::id),
                ShapeOwner.HISTORICAL, ids(d.historicalMines, HistoricalMine::id));
        Set<String> blocks = ids(d.blocks, b -> b.licenceNumber() + "|" + b.blockNo());
        Map<String, List<CornerPoint>> rings = new HashMap<>();
        for (CornerPoint p : d.cornerPoints) {
            if (!known(owners.get(p.ownerType()), p, p.ownerId(), "ownerId", "ingest.unknownShapeOwner")) continue;
            if (p.ownerType() == ShapeOwner.LICENCE && !blocks.contains(p.ownerId() + "|" + p.ringNo())) {
                problems.add(InputProblem.at(p.cell("ringNo"), String.valueOf(p.ringNo()), "ingest.unknownBlock", p.ownerId()));
            }
            rings.computeIfAbsent(p.ownerType() + "|" + p.ownerId() + "|" + p.ringNo(), k -> new ArrayList<>()).add(p);
        }
        for (List<CornerPoint> ring : rings.values()) {
            ring.sort(Comparator.comparingInt(CornerPoint::pointNo));
            for (int i = 0; i < ring.size(); i++) {
                if (ring.get(i).pointNo() != i + 1) {
                    problems.add(InputProblem.at(ring.get(i).cell("pointNo"), String.valueOf(ring.get(i).pointNo()),
                            "ingest.pointGap", i + 1));
                    break;
                }
            }
            Set<String> distinct = new HashSet<>();
            for (CornerPoint p : ring) distinct.add(p.x() + "," + p.y());
            if (distinct.size() < 3) {
                CornerPoint last = ring.get(ring.size() - 1);
                problems.add(InputProblem.at(last.cell("pointNo"), String.valueOf(last.pointNo()), "ingest.ringTooSmall",
                        last.ownerId(), distinct.size()));
            }
        }
    }

    private <T extends Sourced> void unique(List<T> rows, Function<T, String> key, String field) {
        Map<String, T> first = new HashMap<>();
        for (T row : rows) {
            T earlier = first.putIfAbsent(key.apply(row), row);
            if (earlier != null) {
                problems.add(InputProblem.at(row.cell(field), key.apply(row).replace('|', ' '), "ingest.duplicateKey",
                        String.valueOf(earlier.cell(field))));
            }
        }
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }

    private boolean known(Set<String> ids, Sourced row, String id, String field, String key) {
        if (id != null && ids.contains(id)) return true;
        problems.add(InputProblem.at(row.cell(field), id, key));
        return false;
    }
}
