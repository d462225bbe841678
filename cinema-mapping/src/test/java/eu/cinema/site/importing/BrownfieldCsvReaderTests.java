package eu.cinema.site.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import eu.cinema.site.Ownership;

/** Brownfield-register CSV as the UK data standard writes it: every row read or every problem named with its row and column. */
class BrownfieldCsvReaderTests {

    private static final String HEADER = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares,OwnershipStatus\n";

    @Test
    void readsTheStandardColumnsInAnyCaseWithAByteOrderMark() {
        BrownfieldCsvReader.ParsedFile file = read("\uFEFFsitereference, SITENAMEADDRESS ,CoordinateReferenceSystem,GeoX,GeoY,Hectares,"
                + "OwnershipStatus,Colour\nKE-1,\"Tobacco factory, Košice\",WGS84,21.25,48.71,1.5,owned by a public authority,blue\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.ignoredColumns()).containsExactly("Colour");
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo("KE-1");
            assertThat(row.name()).isEqualTo("Tobacco factory, Košice");
            assertThat(row.srid()).isEqualTo(4326);
            assertThat(row.x()).isEqualTo(21.25);
            assertThat(row.y()).isEqualTo(48.71);
            assertThat(row.landAreaHa()).isEqualByComparingTo(new BigDecimal("1.5"));
            assertThat(row.ownership()).isEqualTo(Ownership.PUBLIC);
            assertThat(row.cityName()).isEqualTo("Košice");
        });
    }

    @Test
    void projectedCoordinatesKeepTheirCodeForPostgisToTransform() {
        BrownfieldCsvReader.ParsedFile file = read(HEADER + "RS-1,Mill,EPSG:3844,330000,480000,,\n");

        assertThat(file.rows()).singleElement().satisfies(row -> assertThat(row.srid()).isEqualTo(3844));
    }

    @Test
    void everyProblemIsNamedWithItsRowAndColumn() {
        BrownfieldCsvReader.ParsedFile file = read(HEADER
                + "A,Mill,WGS84,21.2,48.7,1,\n"
                + "B,,WGS84,21.2,48.7,,\n"
                + "C,Hall,Mercator please,21.2,48.7,,\n"
                + "A,Duplicate,WGS84,21.2,48.7,,\n"
                + "D,Depot,WGS84,east,48.7,,maybe\n"
                + "E,Field,WGS84,21.2,48.7,-1,\n");

        assertThat(file.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey).containsExactly(
                tuple(2, "SiteNameAddress", "import.error.required"),
                tuple(3, "CoordinateReferenceSystem", "import.error.crs"),
                tuple(4, "SiteReference", "import.error.duplicateReference"),
                tuple(5, "GeoX", "import.error.number"),
                tuple(5, "OwnershipStatus", "import.error.ownership"),
                tuple(6, "Hectares", "import.error.negative"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
        BrownfieldCsvReader.ParsedFile file = read("SiteReference,SiteNameAddress\nA,Mill\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(ImportProblem::column)
                .containsExactly("CoordinateReferenceSystem", "GeoX", "GeoY");
    }

    @Test
    void aFileThatIsNotUtf8OrHasNoRowsIsRefusedAsAWhole() {
        assertThat(BrownfieldCsvReader.read(new byte[] {(byte) 0xC3, (byte) 0x28}, "Košice").problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.encoding");
        assertThat(read(HEADER).problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.noRows");
    }

    private static BrownfieldCsvReader.ParsedFile read(String csv) {
        return BrownfieldCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), "Košice");
    }
}
