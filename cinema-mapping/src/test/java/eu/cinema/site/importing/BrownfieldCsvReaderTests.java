package eu.cinema.site.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.cinema.site.Ownership;

/** Brownfield-register CSV as the UK data standard writes it: every row read or every problem named with its row and column. */
class BrownfieldCsvReaderTests {

    private static final String HEADER = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares,OwnershipStatus\n";

    @Test
    void readsTheStandardColumnsInAnyCaseWithAByteOrderMark() {
        ReadFile file = read("\uFEFFsitereference, SITENAMEADDRESS ,CoordinateReferenceSystem,GeoX,GeoY,Hectares,"
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
        ReadFile file = read(HEADER + "RS-1,Mill,EPSG:3844,330000,480000,,\n");

        assertThat(file.rows()).singleElement().satisfies(row -> assertThat(row.srid()).isEqualTo(3844));
    }

    @Test
    void everyProblemIsNamedWithItsRowAndColumn() {
        ReadFile file = read(HEADER
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
        ReadFile file = read("SiteReference,SiteNameAddress\nA,Mill\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(ImportProblem::column)
                .containsExactly("CoordinateReferenceSystem", "GeoX", "GeoY");
    }

    @Test
    void aFileThatIsNotUtf8OrHasNoRowsIsRefusedAsAWhole() {
        assertThat(ReadFile.read(ImportFormat.BROWNFIELD_CSV, ReadFile.LIMITS, new byte[] {(byte) 0xC3, (byte) 0x28}, "Košice").problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.encoding");
        assertThat(read(HEADER).problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.noRows");
    }

    @Test
    void valuesTheTableCannotHoldAreRefusedWithTheColumnsOwnLimit() {
        ReadFile file = read(HEADER.replace("\n", ",City\n")
                + "R".repeat(150) + ",Mill,WGS84,21.2,48.7,,,\n"
                + "B,Hall,WGS84,21.2,48.7,,," + "C".repeat(250) + "\n"
                + "C,Yard,WGS84,21.2,48.7,1e12,,\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey,
                ImportProblem::arguments).containsExactly(
                tuple(1, "SiteReference", "import.error.tooLong", List.of("SiteReference", 100)),
                tuple(2, "City", "import.error.tooLong", List.of("City", 200)),
                tuple(3, "Hectares", "import.error.digits", List.of("1000000000000", 8, 4)));
    }

    @Test
    void aDuplicateIsFoundEvenWhenItsFirstRowHasOtherProblems() {
        ReadFile file = read(HEADER + "A,Mill,WGS84,east,48.7,,\nA,Hall,WGS84,21.2,48.7,,\n");

        assertThat(file.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                tuple(1, "import.error.number"), tuple(2, "import.error.duplicateReference"));
        assertThat(file.problems().get(1).arguments()).containsExactly("A", 1);
    }

    @Test
    void aHeaderOfMillionsOfColumnsIsRefusedBeforeItIsHeld() {
        byte[] header = ",a".repeat(3_000_000).getBytes(StandardCharsets.UTF_8);

        ReadFile file = ReadFile.read(ImportFormat.BROWNFIELD_CSV, ReadFile.LIMITS, header, "Košice");

        assertThat(file.problems()).extracting(ImportProblem::row, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple(0, "import.error.recordTooLong", List.of(65_536)));
        assertThat(file.ignoredColumns()).isEmpty();
    }

    @Test
    void columnsRowsAndRowLengthAreEachBoundedWithTheLimitNamed() {
        ImportLimits small = new ImportLimits(ReadFile.LIMITS.maxFileSize(), 2, 9, 100, 32, 1000, ReadFile.LIMITS.uploadsKeptFor());

        assertThat(csv(small, HEADER.replace("\n", ",X1,X2,X3\n")).problems()).extracting(ImportProblem::messageKey,
                ImportProblem::arguments).containsExactly(tuple("import.error.tooManyColumns", List.of(10, 9)));
        assertThat(csv(small, HEADER + "A,Mill,WGS84,21.2,48.7,,\nB,Mill,WGS84,21.2,48.7,,\nC,Mill,WGS84,21.2,48.7,,\n")
                .problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(tuple(3, "import.error.tooManyRows"));
        ReadFile longRow = csv(small, HEADER + "A," + "M".repeat(120) + ",WGS84,21.2,48.7,,\nB,Mill,WGS84,21.2,48.7,,\n");
        assertThat(longRow.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(1, "import.error.recordTooLong"));
        assertThat(longRow.rows()).extracting(ImportRow::reference).containsExactly("B");
        assertThat(csv(small, HEADER + "A,\"" + "M".repeat(5000) + "\",WGS84,21.2,48.7,,\n").problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(tuple(1, "import.error.recordTooLong"));
    }

    private static ReadFile csv(ImportLimits limits, String csv) {
        return ReadFile.read(ImportFormat.BROWNFIELD_CSV, limits, csv.getBytes(StandardCharsets.UTF_8), "Košice");
    }

    private static ReadFile read(String csv) {
        return ReadFile.read(ImportFormat.BROWNFIELD_CSV, csv, "Košice");
    }
}
