package org.minecheck.finding;

import org.minecheck.model.Coded;

/** The value of an evidence line whose workbook cell is blank: the finding names the cell that must be filled. */
public enum EmptyCell implements Coded {
    EMPTY;

    private static final Label LABEL = new Label("empty", "空白", "blank");

    @Override
    public Label label() {
        return LABEL;
    }
}
