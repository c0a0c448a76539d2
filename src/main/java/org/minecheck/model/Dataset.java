package org.minecheck.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything read from one or more workbooks. Mutable only while ingest fills it. */
public final class Dataset {
    public final List<Enterprise> enterprises = new ArrayList<>();
    public final List<Mine> mines = new ArrayList<>();
    public final List<Licence> licences = new ArrayList<>();
    public final List<LicenceEvent> licenceEvents = new ArrayList<>();
    public final List<LicenceBlock> blocks = new ArrayList<>();
    public final List<CornerPoint> cornerPoints = new ArrayList<>();
    public final List<WorkingSite> sites = new ArrayList<>();
    public final List<ForbiddenZone> zones = new ArrayList<>();
    public final List<Production> production = new ArrayList<>();
    public final List<FundRecord> funds = new ArrayList<>();
    public final List<Approval> approvals = new ArrayList<>();
    public final List<RestorationProgress> progress = new ArrayList<>();
    public final List<HistoricalMine> historicalMines = new ArrayList<>();
    public final List<Region> regions = new ArrayList<>();
    public final List<RegionalTarget> targets = new ArrayList<>();

    /** Once ingest is done: the lists give back their spare room (a province's dataset is held for the whole check). */
    public void trimToSize() {
        for (List<?> rows : List.of(
                enterprises,
                mines,
                licences,
                licenceEvents,
                blocks,
                cornerPoints,
                sites,
                zones,
                production,
                funds,
                approvals,
                progress,
                historicalMines,
                regions,
                targets)) {
            if (rows instanceof ArrayList<?> list) list.trimToSize();
        }
    }

    public int rowCount() {
        return enterprises.size()
                + mines.size()
                + licences.size()
                + licenceEvents.size()
                + blocks.size()
                + cornerPoints.size()
                + sites.size()
                + zones.size()
                + production.size()
                + funds.size()
                + approvals.size()
                + progress.size()
                + historicalMines.size()
                + regions.size()
                + targets.size();
    }

    /**
     * The dataset as a check sees it: each licence joined with its dated events (by licence type and number). The
     * rows themselves stay as read; without events this is the dataset itself.
     */
    public Dataset withLicenceEvents() {
        if (licenceEvents.isEmpty()) return this;
        Map<String, List<LicenceEvent>> byLicence = new HashMap<>();
        for (LicenceEvent e : licenceEvents) {
            byLicence
                    .computeIfAbsent(e.kind().code() + "|" + e.licenceNumber(), k -> new ArrayList<>())
                    .add(e);
        }
        Dataset out = new Dataset();
        out.enterprises.addAll(enterprises);
        out.mines.addAll(mines);
        for (Licence l : licences) {
            List<LicenceEvent> events = byLicence.get(l.kind().code() + "|" + l.number());
            out.licences.add(events == null ? l : l.withEvents(events));
        }
        out.licenceEvents.addAll(licenceEvents);
        out.blocks.addAll(blocks);
        out.cornerPoints.addAll(cornerPoints);
        out.sites.addAll(sites);
        out.zones.addAll(zones);
        out.production.addAll(production);
        out.funds.addAll(funds);
        out.approvals.addAll(approvals);
        out.progress.addAll(progress);
        out.historicalMines.addAll(historicalMines);
        out.regions.addAll(regions);
        out.targets.addAll(targets);
        return out;
    }
}
