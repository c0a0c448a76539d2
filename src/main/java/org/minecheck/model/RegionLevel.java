package org.minecheck.model;

public enum RegionLevel implements Coded {
    PROVINCE(new Label("province", "省", "Province")),
    CITY(new Label("city", "市", "City")),
    COUNTY(new Label("county", "县", "County"));

    private final Label label;

    RegionLevel(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
