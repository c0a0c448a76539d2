package org.minecheck.finding;

/**
 * What a finding is about: its type (mine, licence, site, enterprise, region, historical-mine), id, name and
 * enterprise. A subject named by a label rather than by the workbook (a licence is named by its kind) carries the
 * label, so that reports name it in their own language.
 */
public record Subject(
        String type,
        String id,
        String name,
        String enterpriseId,
        String enterpriseName,
        org.minecheck.model.Coded label) {

    public Subject(String type, String id, String name, String enterpriseId, String enterpriseName) {
        this(type, id, name, enterpriseId, enterpriseName, null);
    }

    /** The name to show in {@code locale}: the label's when there is one, else the name from the workbook. */
    public String name(java.util.Locale locale) {
        return label != null ? label.text(locale) : name;
    }
}
