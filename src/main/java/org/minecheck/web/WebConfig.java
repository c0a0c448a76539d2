package org.minecheck.web;

import java.time.Duration;
import java.util.Locale;
import org.minecheck.i18n.Texts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese unless the visitor chose English ({@code ?lang=en}, kept in a cookie). */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver("minecheck-lang");
        r.setDefaultLocale(Texts.CHINESE);
        r.setCookieMaxAge(Duration.ofDays(365));
        return r;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale l = Texts.parse(value);
                return l == null ? Texts.CHINESE : l;
            }
        };
        lang.setParamName("lang");
        registry.addInterceptor(lang);
    }

    /** The language a page or report is in: Chinese or English, nothing else. */
    static Locale normalise(Locale requested) {
        return Texts.chinese(requested) ? Texts.CHINESE : Texts.ENGLISH;
    }
}
