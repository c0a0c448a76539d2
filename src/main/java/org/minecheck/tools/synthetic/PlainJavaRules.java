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
 * The floor for the rule engine: a hand-written Java version of five rules (LIC-001, LIC-002, LIC-003, LIC-005,
 * BND-002) over the same facts and settings the DRL sees. The benchmark times it next to Drools running the same
 * rules and checks that both find the same (rule, subject) pairs. It builds only a rule id and subject id per finding,
 * which is part of why it is faster: Drools' findings carry metadata, evidence and a resolved subject.
 */
public final class PlainJavaRules {
    public static final Set<String> RULE_IDS = Set.of("LIC-001", "LIC-002", "LIC-003", "LIC-005", "BND-002");

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

    public PlainJavaRules(RuleBook book) {
        this.warningDays = book.setting("licence.expiry-warning-days").intValue();
        this.depthTolerance = book.setting("boundary.depth-tolerance-m").value();
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
        out.sort(null);
        return out;
    }
}
