package eu.cinema.catalog.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

import eu.cinema.catalog.CatalogRdf;
import eu.cinema.catalog.CatalogRdf.Format;
import eu.cinema.catalog.OpenDataCatalog;
import eu.cinema.common.NotFoundException;
import eu.cinema.web.PublicUrl;

/**
 * The open-data catalogue for harvesters ({@code /catalog}, DCAT-AP 3.0 by content negotiation, or by extension:
 * {@code .jsonld}, {@code .ttl}, {@code .rdf}) and the same for people ({@code /open-data}).
 */
@Controller
class CatalogController {

    private static final Map<String, Format> EXTENSIONS = Map.of("jsonld", Format.JSON_LD, "ttl", Format.TURTLE,
            "rdf", Format.RDF_XML);

    private final CatalogRdf rdf;
    private final OpenDataCatalog catalog;
    private final PublicUrl publicUrl;

    CatalogController(CatalogRdf rdf, OpenDataCatalog catalog, PublicUrl publicUrl) {
        this.rdf = rdf;
        this.catalog = catalog;
        this.publicUrl = publicUrl;
    }

    /** The format the Accept header prefers most; Turtle for a client that names none of them. */
    @GetMapping("/catalog")
    @ResponseBody
    ResponseEntity<byte[]> catalog(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<MediaType> wanted = accept == null ? List.of() : MediaType.parseMediaTypes(accept);
        Format chosen = Arrays.stream(Format.values())
                .filter(format -> quality(wanted, format) > 0)
                .max(Comparator.comparingDouble(format -> quality(wanted, format)))
                .orElse(Format.TURTLE);
        return answer(chosen, true);
    }

    @GetMapping("/catalog.{extension}")
    @ResponseBody
    ResponseEntity<byte[]> catalogFile(@PathVariable String extension) {
        Format format = EXTENSIONS.get(extension);
        if (format == null) {
            throw new NotFoundException("catalog", extension);
        }
        return answer(format, false);
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("catalog", catalog.describe());
        model.addAttribute("base", publicUrl.base());
        model.addAttribute("formats", Map.of("jsonld", Format.JSON_LD.mediaType(), "ttl", Format.TURTLE.mediaType(),
                "rdf", Format.RDF_XML.mediaType()));
        return "catalog/open-data";
    }

    /** How much the client wants this format by name; wildcards name none. */
    private static double quality(List<MediaType> wanted, Format format) {
        MediaType type = MediaType.parseMediaType(format.mediaType());
        return wanted.stream().filter(candidate -> !candidate.isWildcardType() && !candidate.isWildcardSubtype()
                && candidate.isCompatibleWith(type)).mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }

    private ResponseEntity<byte[]> answer(Format format, boolean negotiated) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType() + (format == Format.RDF_XML ? "" : ";charset=UTF-8")));
        if (negotiated) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return response.body(rdf.write(format));
    }
}
