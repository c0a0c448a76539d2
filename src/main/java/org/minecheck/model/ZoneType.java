package org.minecheck.model;

public enum ZoneType implements Coded {
    RED_LINE(new Label("red-line", "生态保护红线", "Ecological red line")),
    NATURE_RESERVE(new Label("nature-reserve", "自然保护区", "Nature reserve")),
    WATER_SOURCE(new Label("water-source", "饮用水水源保护区", "Drinking-water protection zone"));

    private final Label label;

    ZoneType(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
