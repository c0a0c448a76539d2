package org.minecheck.model;

public enum MiningMethod implements Coded {
    OPEN_PIT(new Label("open-pit", "露天开采", "Open pit")),
    UNDERGROUND(new Label("underground", "地下开采", "Underground")),
    IN_SITU_LEACH(new Label("in-situ-leach", "原地浸矿", "In-situ leaching")),
    HEAP_LEACH(new Label("heap-leach", "堆浸", "Heap leaching")),
    FLUID(new Label("fluid", "流体开采", "Fluid extraction"));

    private final Label label;

    MiningMethod(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
