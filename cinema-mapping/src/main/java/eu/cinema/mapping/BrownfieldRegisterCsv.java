package eu.cinema.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.common.CsvCells;
import eu.cinema.site.BrownfieldRegister;
import eu.cinema.site.Ownership;

/**
 * The sites in the brownfield land register's columns, for tools that read registers: every column of the standard
 * in its order, empty where the portal keeps nothing of the kind (planning permissions, dwellings), then the town.
 * Made from the same rows as the portal's own CSV, so the two cannot disagree.
 */
final class BrownfieldRegisterCsv {

    /** The register's columns the portal fills, with the site property each comes from. */
    private static final Map<String, String> FROM_PROPERTY = Map.of("OrganisationLabel", "keptUpBy",
            "SiteReference", "reference", "SiteNameAddress", "name", "Hectares", "landAreaHa",
            "SiteInformation", "description", "FirstAddedDate", "firstAdded", "LastUpdatedDate", "lastUpdated",
            BrownfieldRegister.CITY, "city");

    private BrownfieldRegisterCsv() {
    }

    /** @param siteBase the portal's public address, which each site's page address is written after */
    static void write(List<CsvExport.Row> sites, String siteBase, Writer out) {
        List<String> header = new ArrayList<>(BrownfieldRegister.COLUMNS);
        header.add(BrownfieldRegister.CITY);
        try {
            out.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (CsvExport.Row site : sites) {
                    JsonNode properties = JsonMapper.shared().readTree(site.propertiesJson());
                    List<Object> cells = new ArrayList<>(header.size());
                    for (String column : header) {
                        cells.add(cell(column, site, properties, siteBase));
                    }
                    printer.printRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(String column, CsvExport.Row site, JsonNode properties, String siteBase) {
        return switch (column) {
            case "SiteplanURL" -> siteBase + properties.path("path").asString();
            case "CoordinateReferenceSystem" -> BrownfieldRegister.WGS84;
            case "GeoX" -> site.longitude();
            case "GeoY" -> site.latitude();
            case "OwnershipStatus" -> BrownfieldRegister.words(Ownership.valueOf(properties.path("ownership").asString()));
            default -> {
                JsonNode value = properties.path(FROM_PROPERTY.getOrDefault(column, ""));
                yield value.isMissingNode() || value.isNull() ? null
                        : value.isNumber() ? value.asString() : CsvCells.inert(value.asString());
            }
        };
    }
}
