package org.minecheck.model;

public enum ShapeOwner implements Coded {
    LICENCE(new Label("licence", "采矿许可证", "Mining licence")),
    SITE(new Label("site", "作业点", "Working site")),
    ZONE(new Label("zone", "禁止开采区", "Forbidden zone")),
    HISTORICAL(new Label("historical", "历史遗留矿山", "Historical mine"));

    private final Label label;

    ShapeOwner(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
