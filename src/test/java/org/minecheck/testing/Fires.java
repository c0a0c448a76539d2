package org.minecheck.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that makes the named rules fire and asserts it (the finding is there, on the subject the scenario is
 * about). {@code RuleCatalogueCoverageTest} requires one such test for every rule of every pack, and one marked
 * {@link Quiet}. Put it only on a test that really asserts the finding: the catalogue trusts it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Fires.List.class)
public @interface Fires {
    /** Rule ids, as in {@code @id(...)} of the DRL. */
    String[] value();

    /** The pack the rules are tested in: {@code rules} (national) or a provincial pack's directory, e.g. rules-ordos. */
    String pack() default "rules";

    /** Several {@link Fires} on one test, one per pack. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Fires[] value();
    }
}
