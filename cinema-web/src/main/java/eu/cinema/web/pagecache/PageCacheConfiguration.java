package eu.cinema.web.pagecache;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the anonymous page cache learn which requests were changes by signed-in people. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(AnonymousPageCache.MARK_CHANGES);
    }
}
