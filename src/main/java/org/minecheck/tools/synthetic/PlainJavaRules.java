package org.minecheck.tools.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minecheck.engine.RuleBook;
import org.minecheck.geometry.DerivedFacts;
import org.minecheck.geometry.SiteInBlock;
import org.minecheck.model.*;

/**
 * The floor for the rule engine: a hand-written Java version of rules of every area — LIC-001, LIC-002, LIC-003,
 * LIC-005 (licences), BND-002 (boundaries), ENV-002 (assessment), FND-003 (fund), TGT-003 (targets), HIS-004
 * (historical mines), DATA-001 (data) — over the same facts, settings and tables the DRL sees. The benchmark times it next to Drools running the same
 * rules and checks that both find the same (rule, subject) pairs. It builds only a rule id and subject id per finding,
 * which is part of why it is faster: Drools' findings carry metadata, evidence and a resolved subject.
 */
public final class PlainJavaRules {
    public static final Set<String> RULE_IDS = Set.of(
            "LIC-001",
            "LIC-002",
            "LIC-003",
            "LIC-005",
            "BND-002",
            "ENV-002",
            "FND-003",
            "TGT-003",
            "HIS-004",
            "DATA-001");

    /** What the floor reports: enough to compare with the engine finding for finding. */
    public record Hit(String ruleId, String subjectId) implements Comparable<Hit> {
        @Override
        public int compareTo(Hit o) {
            int c = ruleId.compareTo(o.ruleId);
            return c != 0 ? c : subjectId.compareTo(o.subjectId);
        }

        @Override
        public String toString() {
            return ruleId + " " + subjectId;
        }
    }

    private final int warningDays;
    private final BigDecimal depthTolerance;

    private final BigDecimal minCompletion;
    private final BigDecimal idleUseRate;
    private final BigDecimal minCover;
    private final int graceYears;
    private final LocalDate newMineFrom;

    public PlainJavaRules(RuleBook book) {
        this.warningDays = book.setting("licence.expiry-warning-days").intValue();
        this.depthTolerance = book.setting("boundary.depth-tolerance-m").value();
        this.minCompletion = book.setting("restoration.min-completion-percent").value();
        this.idleUseRate = book.setting("fund.idle-use-rate-percent").value();
        this.minCover =
                book.setting("historical.acceptance-vegetation-cover-percent").value();
        this.graceYears = book.setting("green.new-mine-grace-years").intValue();
        this.newMineFrom = book.paramRows().stream()
                .filter(r -> r.table().equals("policy-dates") && r.is("key", "green.new-mine-from"))
                .map(r -> r.date("date"))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(BigDecimal.valueOf(100));
    }

    public List<Hit> run(Dataset d, DerivedFacts derived, LocalDate date) {
        Map<String, List<Licence>> mining = new HashMap<>();
        Map<String, List<Licence>> safety = new HashMap<>();
        for (Licence l : d.licences) {
            if (l.kind() == LicenceKind.MINING)
                mining.computeIfAbsent(l.mineId(), k -> new ArrayList<>(2)).add(l);
            else if (l.kind() == LicenceKind.SAFETY)
                safety.computeIfAbsent(l.mineId(), k -> new ArrayList<>(2)).add(l);
        }
        List<Hit> out = new ArrayList<>();
        Map<String, Mine> mines = new HashMap<>();
        for (Mine m : d.mines) {
            mines.put(m.id(), m);
            List<Licence> own = mining.getOrDefault(m.id(), List.of());
            boolean producing = m.status() == MineStatus.PRODUCING;
            if (producing) {
                if (own.isEmpty()) {
                    out.add(new Hit("LIC-001", m.id()));
                } else if (own.stream().noneMatch(l -> l.validOn(date))) {
                    out.add(new Hit("LIC-001", m.id()));
                }
                if (safety.getOrDefault(m.id(), List.of()).stream().noneMatch(l -> l.validOn(date))) {
                    out.add(new Hit("LIC-005", m.id()));
                }
            }
            if (producing || m.status() == MineStatus.CONSTRUCTION) {
                for (Licence l : own) {
                    if (l.validOn(date) && !l.holderId().equals(m.operatorId())) out.add(new Hit("LIC-003", m.id()));
                }
            }
        }
        for (Licence l : d.licences) {
            if (l.kind() != LicenceKind.MINING || !l.validOn(date)) continue;
            Mine m = mines.get(l.mineId());
            if (m != null
                    && m.status() != MineStatus.CLOSED
                    && ChronoUnit.DAYS.between(date, l.validUntil()) <= warningDays) {
                out.add(new Hit("LIC-002", l.number()));
            }
        }
        Map<String, WorkingSite> sites = new HashMap<>();
        for (WorkingSite s : d.sites) sites.put(s.id(), s);
        for (SiteInBlock b : derived.sitesInBlocks) {
            WorkingSite s = sites.get(b.siteId());
            if (s != null
                    && s.lowestElevation() != null
                    && s.lowestElevation().add(depthTolerance).compareTo(b.bottomElevation()) < 0) {
                out.add(new Hit("BND-002", s.id()));
            }
            if (s != null
                    && s.highestElevation() != null
                    && s.highestElevation().subtract(depthTolerance).compareTo(b.topElevation()) > 0) {
                out.add(new Hit("BND-002", s.id()));
            }
        }
        Map<String, List<Approval>> approvals = new HashMap<>();
        for (Approval a : d.approvals)
            approvals.computeIfAbsent(a.mineId(), k -> new ArrayList<>(4)).add(a);
        for (Mine m : d.mines) {
            if (m.statusOn(date) != MineStatus.PRODUCING) continue;
            List<Approval> own = approvals.getOrDefault(m.id(), List.of());
            // ENV-002: no completion environmental acceptance approved by the check date
            if (own.stream().noneMatch(a -> a.kind() == ApprovalKind.EIA_ACCEPTANCE && approvedBy(a, date)))
                out.add(new Hit("ENV-002", m.id()));
            // TGT-003: a new mine past its grace years and not listed green on the check date
            LocalDate start = m.productionStart();
            if (start != null
                    && !start.isBefore(newMineFrom)
                    && start.plusYears(graceYears).isBefore(date)
                    && own.stream()
                            .noneMatch(a -> a.kind() == ApprovalKind.GREEN_MINE
                                    && approvedBy(a, date)
                                    && (a.validUntil() == null
                                            || !a.validUntil().isBefore(date)))) {
                out.add(new Hit("TGT-003", m.id()));
            }
        }
        // DATA-001: a working site without a usable location
        for (var p : derived.shapeProblems) {
            if (p.ownerType() == ShapeOwner.SITE) out.add(new Hit("DATA-001", p.ownerId()));
        }
        // FND-003: restoration behind the plan in a year that has ended while the fund's money sat unused
        Map<String, FundRecord> fundByYear = new HashMap<>();
        for (FundRecord f : d.funds) fundByYear.put(f.mineId() + "/" + f.year(), f);
        for (RestorationProgress p : d.progress) {
            if (date.isBefore(LocalDate.of(p.year(), 12, 31))
                    || p.plannedArea() == null
                    || p.plannedArea().signum() <= 0
                    || p.completedArea() == null
                    || p.completedArea().compareTo(percentOf(p.plannedArea(), minCompletion)) >= 0) continue;
            FundRecord f = fundByYear.get(p.mineId() + "/" + p.year());
            if (f == null
                    || !mines.containsKey(f.mineId())
                    || f.balance() == null
                    || f.balance().signum() <= 0
                    || f.provisioned() == null
                    || f.provisioned().signum() <= 0) continue;
            if (f.used() == null || f.used().compareTo(percentOf(f.provisioned(), idleUseRate)) < 0)
                out.add(new Hit("FND-003", f.mineId()));
        }
        // HIS-004: a patch reported treated that failed acceptance or is below the vegetation cover
        for (HistoricalMine h : d.historicalMines) {
            if (h.status() != TreatmentStatus.TREATED && h.status() != TreatmentStatus.NATURAL_RECOVERY) continue;
            if (Boolean.FALSE.equals(h.accepted())) out.add(new Hit("HIS-004", h.id()));
            else if (h.vegetationCover() != null && h.vegetationCover().compareTo(minCover) < 0)
                out.add(new Hit("HIS-004", h.id()));
        }
        out.sort(null);
        return out;
    }

    private static boolean approvedBy(Approval a, LocalDate date) {
        return a.approvedOn() != null && !a.approvedOn().isAfter(date);
    }
}
