package eu.cinema.translation.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.cinema.translation.TranslationLanguages;
import eu.cinema.web.i18n.SupportedLanguages;

/** Content is translated into the portal's interface languages (cinema.languages). */
@Configuration(proxyBeanMethods = false)
class TranslationConfiguration {

    @Bean
    TranslationLanguages translationLanguages(SupportedLanguages languages) {
        List<String> codes = languages.all().stream().map(Locale::getLanguage).toList();
        return () -> codes;
    }
}
