package org.minecheck.model;

public enum MineStatus implements Coded {
    PRODUCING(new Label("producing", "生产", "Producing")),
    CONSTRUCTION(new Label("construction", "基建", "Under construction")),
    SUSPENDED(new Label("suspended", "停产", "Suspended")),
    CLOSED(new Label("closed", "关闭", "Closed"));

    private final Label label;

    MineStatus(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
