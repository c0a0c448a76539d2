package org.minecheck.model;

public enum EiaForm implements Coded {
    REPORT(new Label("report", "报告书", "Report (报告书)")),
    FORM(new Label("form", "报告表", "Form (报告表)")),
    REGISTRATION(new Label("registration", "登记表", "Registration (登记表)"));

    private final Label label;

    EiaForm(Label label) {
        this.label = label;
    }

    @Override
    public Label label() {
        return label;
    }
}
