package org.minecheck.model;

public enum LicenceKind implements Coded {
    MINING(new Label("mining", "采矿许可证", "Mining licence")),
    SAFETY(new Label("safety", "安全生产许可证", "Safety production licence")),
    POLLUTANT_DISCHARGE(new Label("pollutant-discharge", "排污许可证", "Pollutant discharge permit")),
    WATER_ABSTRACTION(new Label("water-abstraction", "取水许可证", "Water abstraction permit")),
    FOREST_LAND(new Label("forest-land", "使用林地审核同意书", "Forest-land use approval"));

    private final Label label;

    LicenceKind(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
