package org.minecheck.model;

import java.util.ArrayList;
import java.util.List;

/** Everything read from one or more workbooks. Mutable only while ingest fills it. */
public final class Dataset {
    public final List<Enterprise> enterprises = new ArrayList<>();
    public final List<Mine> mines = new ArrayList<>();
    public final List<Licence> licences = new ArrayList<>();
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

    public int rowCount() {
        return enterprises.size() + mines.size() + licences.size() + blocks.size() + cornerPoints.size()
                + sites.size() + zones.size() + production.size() + funds.size() + approvals.size()
                + progress.size() + historicalMines.size() + regions.size() + targets.size();
    }
}
