package org.minecheck.model;

public enum SiteType implements Coded {
    PIT(new Label("pit", "采场", "Open pit / stope")),
    SHAFT(new Label("shaft", "井口", "Shaft or adit")),
    DUMP(new Label("dump", "排土场", "Waste dump")),
    TAILINGS(new Label("tailings", "尾矿库", "Tailings pond")),
    PLANT(new Label("plant", "选矿厂", "Processing plant")),
    DISTURBED_PATCH(new Label("disturbed-patch", "卫片图斑", "Disturbed patch (satellite)"));

    private final Label label;

    SiteType(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
