package org.minecheck.model;

public enum TreatmentStatus implements Coded {
    UNTREATED(new Label("untreated", "未治理", "Untreated")),
    IN_PROGRESS(new Label("in-progress", "治理中", "In progress")),
    TREATED(new Label("treated", "已治理", "Treated")),
    NATURAL_RECOVERY(new Label("natural-recovery", "自然恢复", "Natural recovery"));

    private final Label label;

    TreatmentStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
