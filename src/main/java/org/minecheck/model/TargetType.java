package org.minecheck.model;

public enum TargetType implements Coded {
    HISTORICAL_TREATMENT(new Label("historical-treatment", "历史遗留矿山治理", "Historical-mine treatment")),
    GREEN_MINE(new Label("green-mine", "绿色矿山", "Green mines"));

    private final Label label;

    TargetType(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
