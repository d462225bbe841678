package eu.cinema.web.i18n;

import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.MessageFormat;

/**
 * The message bundles, formatted by ICU instead of the JDK so that plural forms follow each
 * language's rules: {@code {0,plural,one{# plan} few{# plany} other{# plánov}}} in Slovak, with
 * Slovenian's dual and Serbian's "few" for 22 as well as for 2. ICU reads the JDK's syntax too
 * ({@code choice}, numbers, quotes), so existing messages keep working.
 */
@Configuration(proxyBeanMethods = false)
class IcuMessages {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        source.setDefaultEncoding(properties.getEncoding().name());
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** Reads the bundles as Spring does, and formats a message with arguments with ICU. */
    static final class IcuMessageSource extends ResourceBundleMessageSource {

        /**
         * Parsed once per pattern and language, as Spring keeps its own formats: parsing cost more than a page's
         * queries. The patterns come from the bundles and the languages are the portal's, so a few thousand at most
         * (bounded all the same); an ICU format is not thread-safe, so each is used by one thread at a time.
         */
        private final Cache<FormatKey, MessageFormat> formats = Caffeine.newBuilder().maximumSize(20_000).build();

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code == null || ObjectUtils.isEmpty(args)) {
                return super.getMessageInternal(code, args, locale);
            }
            Locale language = locale == null ? Locale.getDefault() : locale;
            String pattern = resolveCodeWithoutArguments(code, language);
            if (pattern == null) {
                return super.getMessageInternal(code, args, locale);
            }
            MessageFormat format = formats.get(new FormatKey(pattern, language), key -> new MessageFormat(pattern, language));
            Object[] arguments = resolveArguments(args, language);
            synchronized (format) {
                return format.format(arguments);
            }
        }

        private record FormatKey(String pattern, Locale language) {
        }
    }
}
