package org.minecheck.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The tenant of the signed-in principal: the only place a controller gets one from. */
final class CurrentTenant {
    private CurrentTenant() {}

    static WebUser user() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof WebUser u) return u;
        throw new org.springframework.security.access.AccessDeniedException("not signed in");
    }

    static Tenant get() {
        return user().tenant();
    }
}
