package org.minecheck.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that asserts the named rules stay quiet on a case they must leave alone: a near miss, a value at the
 * boundary, a mine the rule does not concern. {@code RuleCatalogueCoverageTest} requires one such test for every rule
 * of every pack, and one marked {@link Fires}. Put it only on a test that really asserts that no finding of the rule
 * comes: the catalogue trusts it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Quiet.List.class)
public @interface Quiet {
    /** Rule ids, as in {@code @id(...)} of the DRL. */
    String[] value();

    /** The pack the rules are tested in: {@code rules} (national) or a provincial pack's directory, e.g. rules-ordos. */
    String pack() default "rules";

    /** Several {@link Quiet} on one test, one per pack. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Quiet[] value();
    }
}
