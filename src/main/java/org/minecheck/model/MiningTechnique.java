package org.minecheck.model;

public enum MiningTechnique implements Coded {
    TOP_DOWN_SLICING(new Label("top-down-slicing", "自上而下水平分层", "Top-down horizontal slicing")),
    OTHER_OPEN_PIT(new Label("other-open-pit", "其他露天采矿法", "Other open-pit method")),
    BACKFILL(new Label("backfill", "充填法", "Backfill")),
    NO_SUBSIDENCE(new Label("no-subsidence", "不允许塌陷", "Subsidence not allowed")),
    SUBSIDENCE_ALLOWED(new Label("subsidence-allowed", "允许塌陷", "Subsidence allowed")),
    FLUID(new Label("fluid", "流体开采", "Fluid extraction"));

    private final Label label;

    MiningTechnique(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
