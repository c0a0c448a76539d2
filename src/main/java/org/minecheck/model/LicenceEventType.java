package org.minecheck.model;

/**
 * What happened to a licence on a date. Status events change whether the licence is in force from that day; a renewal
 * application changes nothing by itself but decides whether an expiring mining licence lapses (LIC-002).
 */
public enum LicenceEventType implements Coded {
    SUSPENDED(new Label("suspended", "暂扣", "Suspended"), LicenceStatus.SUSPENDED),
    RESUMED(new Label("resumed", "恢复（发还）", "Resumed"), LicenceStatus.VALID),
    REVOKED(new Label("revoked", "吊销", "Revoked"), LicenceStatus.REVOKED),
    WITHDRAWN(new Label("withdrawn", "撤销", "Withdrawn"), LicenceStatus.REVOKED),
    CANCELLED(new Label("cancelled", "注销", "Cancelled"), LicenceStatus.CANCELLED),
    RENEWAL_APPLIED(new Label("renewal-applied", "申请延续", "Renewal applied for"), null);

    private final Label label;
    private final LicenceStatus resulting;

    LicenceEventType(Label label, LicenceStatus resulting) {
        this.label = label;
        this.resulting = resulting;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The licence's status from the event's day on, or null for an event that leaves the status as it is. */
    public LicenceStatus resultingStatus() {
        return resulting;
    }
}
