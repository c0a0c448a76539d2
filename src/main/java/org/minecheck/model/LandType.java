package org.minecheck.model;

public enum LandType implements Coded {
    FARMLAND(new Label("farmland", "耕地", "Farmland")),
    FOREST(new Label("forest", "林地", "Forest land")),
    GRASSLAND(new Label("grassland", "草地", "Grassland")),
    OTHER(new Label("other", "其他", "Other"));

    private final Label label;

    LandType(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
