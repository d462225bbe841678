package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import eu.cinema.mapping.LayerService;
import eu.cinema.web.PortalSettings;
import eu.cinema.web.PublicUrl;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The layer API's own handling of bad queries, as an MVC slice without the database: each is refused with 400 and a
 * problem detail that names the parameter in the visitor's language, before any query reaches the layers.
 */
@WebMvcTest(LayerApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties(PortalSettings.class)
// The page cache's filter is part of every MVC slice; it counts its hits in a registry.
@Import({SimpleMeterRegistry.class, PublicUrl.class, OpenDataCaching.class})
@ActiveProfiles("test")
class LayerApiControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    LayerService layers;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bbox=1,2,3                    | bbox  | four numbers",
        "bbox=0,0,190,1                | bbox  | ",
        "bbox=0,10,1,5                 | bbox  | ",
        "limit=0                       | limit | ",
        "limit=10001                   | limit | ",
        "offset=-1                     | offset| ",
        "limit=many                    | limit | "})
    void aBadQueryIsRefusedAsAProblemNamingTheParameter(String query, String parameter, String words) {
        MvcTestResult result = mvc.get().uri("/api/layers/sites?" + query).header("Accept-Language", "en").exchange();

        assertThat(result).hasStatus(400).contentType().isCompatibleWith("application/problem+json");
        assertThat(result).bodyText().contains(parameter.strip());
        if (words != null) {
            assertThat(result).bodyText().contains(words);
        }
        Mockito.verifyNoInteractions(layers);
    }

    @ParameterizedTest
    @CsvSource({"/api/layers/nope", "/api/layers/nope.csv"})
    void anUnknownLayerIsNotFound(String path) {
        assertThat(mvc.get().uri(path).exchange()).hasStatus(404).contentType().isCompatibleWith("application/problem+json");
        Mockito.verifyNoInteractions(layers);
    }
}
