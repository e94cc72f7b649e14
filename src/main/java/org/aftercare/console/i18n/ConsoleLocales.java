package org.aftercare.console.i18n;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console speaks English and Simplified Chinese. A viewer picks one with {@code ?lang=en} or
 * {@code ?lang=zh-CN}, remembered in a cookie; before that, the browser's Accept-Language decides,
 * and anything we do not speak falls back to English.
 */
@Configuration
class ConsoleLocales implements WebMvcConfigurer {

    static final String COOKIE = "aftercare-lang";
    static final String PARAM = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedOnly(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> bestFor(Collections.list(request.getLocales())));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The first requested locale we support, by language (any Chinese reads Simplified); else English. */
    static Locale bestFor(List<Locale> requested) {
        return requested.stream()
                .map(ConsoleLocales::supported)
                .filter(l -> l != null)
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream()
                .filter(s -> s.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(null);
    }

    /** Never stores a language we have no bundle for, whatever {@code ?lang=} says. */
    private static final class SupportedOnly extends CookieLocaleResolver {

        SupportedOnly(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : bestFor(List.of(locale)));
        }
    }
}
