package org.minecheck.web;

import java.util.Locale;
import org.minecheck.i18n.Texts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's template gets: the texts of its language ({@code t}), the language, and who is signed in. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    @ModelAttribute("t")
    Texts texts(Locale locale) {
        return Texts.of(WebConfig.normalise(locale));
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return Texts.chinese(locale) ? "zh" : "en";
    }

    /** Times as people in China read them: {@code fmt.time(t)} → "2026-12-01 09:30". */
    public static final class Format {
        private static final java.time.format.DateTimeFormatter TIME =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        public String time(java.time.OffsetDateTime t) {
            return t == null ? "" : t.atZoneSameInstant(RunPages.CHINA).format(TIME);
        }
    }

    private static final Format FORMAT = new Format();

    @ModelAttribute("fmt")
    Format format() {
        return FORMAT;
    }

    @ModelAttribute("me")
    WebUser me() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof WebUser u ? u : null;
    }
}
