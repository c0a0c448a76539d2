package org.minecheck.model;

public enum LicenceStatus implements Coded {
    VALID(new Label("valid", "有效", "Valid")),
    SUSPENDED(new Label("suspended", "暂扣", "Suspended")),
    REVOKED(new Label("revoked", "吊销", "Revoked")),
    CANCELLED(new Label("cancelled", "注销", "Cancelled"));

    private final Label label;

    LicenceStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
