package eu.cinema.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.cinema.common.CsvCells;

/** A layer's selection as CSV, with cells that a spreadsheet would run as a formula made inert. */
public final class CsvExport {

    static final List<String> HEADER = List.of("layer", "id", "name", "kind", "status", "city", "country", "longitude",
            "latitude", "path");

    private CsvExport() {
    }

    public static void write(List<MapFeature> features, Writer out) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (MapFeature f : features) {
                printer.printRecord(f.layer().id(), f.id(), CsvCells.inert(f.name()), CsvCells.inert(f.kind()), CsvCells.inert(f.status()),
                        CsvCells.inert(f.cityName()), f.countryCode(), f.longitude(), f.latitude(), f.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
