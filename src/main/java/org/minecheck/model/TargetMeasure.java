package org.minecheck.model;

public enum TargetMeasure implements Coded {
    COUNT(new Label("count", "数量", "By count")),
    AREA(new Label("area", "面积", "By area"));

    private final Label label;

    TargetMeasure(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
