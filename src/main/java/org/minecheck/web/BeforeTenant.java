package org.minecheck.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository method that runs without a tenant, each for a stated reason: reading an account before anyone is
 * signed in, or store-wide upkeep (retention). The tenancy architecture test allows exactly these; every other public
 * repository method must take a {@link Tenant} as its first parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforeTenant {}
