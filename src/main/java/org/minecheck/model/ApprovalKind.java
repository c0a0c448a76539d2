package org.minecheck.model;

public enum ApprovalKind implements Coded {
    EIA(new Label("eia", "环评批复", "EIA approval")),
    EIA_ACCEPTANCE(new Label("eia-acceptance", "竣工环保验收", "Completion environmental acceptance")),
    SOIL_WATER_PLAN(new Label("soil-water-plan", "水土保持方案", "Soil and water conservation plan")),
    RECLAMATION_PLAN(
            new Label("reclamation-plan", "矿山地质环境保护与土地复垦方案", "Geo-environment protection and reclamation plan")),
    GREEN_MINE(new Label("green-mine", "绿色矿山", "Green mine listing"));

    private final Label label;

    ApprovalKind(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
