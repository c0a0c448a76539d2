package org.minecheck.model;

public enum MineScale implements Coded {
    LARGE(new Label("large", "大型", "Large")),
    MEDIUM(new Label("medium", "中型", "Medium")),
    SMALL(new Label("small", "小型", "Small"));

    private final Label label;

    MineScale(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
