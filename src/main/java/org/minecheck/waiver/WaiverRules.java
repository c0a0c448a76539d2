package org.minecheck.waiver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.minecheck.store.WaiverSet;

/**
 * What a waiver may be and when it counts, with no database: a reason and an expiry are required; the expiry is 00:00
 * China time (Asia/Shanghai) on its date; the requester may not approve; a waiver waives a finding of a run whose as-of
 * date is before its expiry date, once approved; on or after that date the finding is open again, naming the waiver.
 */
public final class WaiverRules {
    /** Waiver expiries are China time, wherever the shell runs. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private WaiverRules() {}

    /** Why a request or an approval is refused: a text key of the workspace bundle and its arguments. */
    public record Refusal(String key, Object... args) {}

    /** The moment a waiver ends: 00:00 China time on its expiry date. */
    public static Instant expiresAt(LocalDate expiresOn) {
        return expiresOn.atStartOfDay(CHINA).toInstant();
    }

    /** Today's date in China. */
    public static LocalDate today(Instant now) {
        return now.atZone(CHINA).toLocalDate();
    }

    /** A request needs a reason and an expiry date after today (China time). */
    public static Optional<Refusal> checkRequest(String reason, LocalDate expiresOn, Instant now) {
        if (reason == null || reason.isBlank()) return Optional.of(new Refusal("waiver.reasonRequired"));
        if (expiresOn == null) return Optional.of(new Refusal("waiver.untilRequired"));
        if (!now.isBefore(expiresAt(expiresOn)))
            return Optional.of(new Refusal("waiver.untilPast", expiresOn, today(now)));
        return Optional.empty();
    }

    /** Another user approves a waiver still waiting and not yet expired. */
    public static Optional<Refusal> checkApproval(Waiver w, String approver, Instant now) {
        if (w.approved()) return Optional.of(new Refusal("waiver.alreadyApproved", id(w), w.approvedBy()));
        if (w.requestedBy().equals(approver)) return Optional.of(new Refusal("waiver.sameUser", id(w), approver));
        if (!now.isBefore(expiresAt(w.expiresOn())))
            return Optional.of(new Refusal("waiver.expiredBeforeApproval", id(w), w.expiresOn()));
        return Optional.empty();
    }

    /** Whether an approved waiver waives its finding in a run as of {@code asOf}: the day starts before the expiry. */
    public static boolean inForceOn(Waiver w, LocalDate asOf) {
        return w.approved() && asOf.isBefore(w.expiresOn());
    }

    public enum Status {
        REQUESTED,
        IN_FORCE,
        LAPSED
    }

    /** Where a waiver stands at {@code now}: waiting for approval, in force, or ended (expired). */
    public static Status status(Waiver w, Instant now) {
        if (!now.isBefore(expiresAt(w.expiresOn()))) return Status.LAPSED;
        return w.approved() ? Status.IN_FORCE : Status.REQUESTED;
    }

    /**
     * The waiver set of a run as of {@code asOf}: per finding key the approved waiver in force (the one that lasts
     * longest), and for a key with none in force, the approved waiver that expired last (its finding is open again).
     */
    public static WaiverSet setFor(Collection<Waiver> waivers, LocalDate asOf) {
        Map<String, Waiver> inForce = new HashMap<>();
        Map<String, Waiver> lapsed = new HashMap<>();
        Comparator<Waiver> later = Comparator.comparing(Waiver::expiresOn).thenComparing(Waiver::id);
        for (Waiver w : waivers) {
            if (!w.approved()) continue;
            Map<String, Waiver> into = inForceOn(w, asOf) ? inForce : lapsed;
            into.merge(w.findingKey(), w, (a, b) -> later.compare(a, b) >= 0 ? a : b);
        }
        inForce.keySet().forEach(lapsed::remove);
        Map<String, Long> in = new HashMap<>();
        Map<String, Long> out = new HashMap<>();
        inForce.forEach((k, w) -> in.put(k, w.id()));
        lapsed.forEach((k, w) -> out.put(k, w.id()));
        return new WaiverSet(in, out);
    }

    /** A waiver's id as users see it: W and the number. */
    public static String id(Waiver w) {
        return id(w.id());
    }

    public static String id(long id) {
        return "W" + id;
    }

    /** The number in "W12" or "12"; -1 when it is neither. */
    public static long parseId(String text) {
        if (text == null) return -1;
        String t = text.strip();
        if (t.startsWith("W") || t.startsWith("w")) t = t.substring(1);
        try {
            long id = Long.parseLong(t);
            return id > 0 ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
