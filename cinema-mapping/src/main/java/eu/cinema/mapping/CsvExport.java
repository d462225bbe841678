package eu.cinema.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.common.CsvCells;

/**
 * A layer's selection as CSV: the same properties as its GeoJSON, in the same order, then the position in WGS 84.
 * A byte-order mark first, so that a spreadsheet on Windows reads the file as UTF-8 ("Košice", not "KoĹˇice"); text
 * cells that a spreadsheet would run as a formula made inert; a list as its items separated by "; ".
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** One feature: its id, position and properties as the database wrote them (a JSON object). */
    public record Row(String id, double longitude, double latitude, String propertiesJson) {
    }

    public static void write(MapLayer layer, List<String> properties, List<Row> rows, Writer out) {
        List<String> header = new ArrayList<>(List.of("layer", "id"));
        header.addAll(properties);
        header.addAll(List.of("longitude", "latitude"));
        try {
            out.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (Row row : rows) {
                    List<Object> cells = new ArrayList<>(List.of(layer.id(), row.id()));
                    JsonNode values = JsonMapper.shared().readTree(row.propertiesJson());
                    for (String property : properties) {
                        cells.add(cell(values.path(property)));
                    }
                    cells.add(row.longitude());
                    cells.add(row.latitude());
                    printer.printRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return CsvCells.inert(value.valueStream().map(JsonNode::asString).collect(Collectors.joining("; ")));
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        return CsvCells.inert(value.asString());
    }
}
