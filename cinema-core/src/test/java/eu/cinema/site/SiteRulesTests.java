package eu.cinema.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.cinema.testsupport.PostgisDataJpaTest;

/**
 * The site's rules, which the forms and the import readers apply, say what the table says: a value they accept is
 * a value PostgreSQL stores. Read from the database's own catalog, so a migration that changes a column without the
 * entity (or the other way round) fails here.
 */
@PostgisDataJpaTest
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
@Import(SiteRules.class)
class SiteRulesTests {

    @Autowired
    Validator validator;

    @Autowired
    SiteRules rules;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRuleOfTheEntityIsTheRuleOfItsColumn() {
        List<String> disagreements = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (PropertyDescriptor property : validator.getConstraintsForClass(Site.class).getConstrainedProperties()) {
            Map<String, Object> column = jdbc.queryForMap("""
                    SELECT data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable
                    FROM information_schema.columns WHERE table_name = 'site' AND column_name = ?""", column(property));
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                String name = constraint.getAnnotation().annotationType().getSimpleName();
                Map<String, Object> limits = constraint.getAttributes();
                checked.add(property.getPropertyName() + "." + name);
                String disagreement = switch (name) {
                    case "Size" -> "text".equals(column.get("data_type")) || limits.get("max").equals(column.get("character_maximum_length"))
                            ? null : "length " + limits.get("max") + " but column " + column.get("character_maximum_length");
                    case "Digits" -> (int) limits.get("integer") + (int) limits.get("fraction") == (int) column.get("numeric_precision")
                            && limits.get("fraction").equals(column.get("numeric_scale"))
                            ? null : "digits " + limits + " but column numeric(" + column.get("numeric_precision") + ", "
                                    + column.get("numeric_scale") + ")";
                    case "NotBlank", "NotNull" -> "NO".equals(column.get("is_nullable")) ? null : "required but column nullable";
                    case "DecimalMin", "Min", "Max" -> checkedInDatabase(column(property), name, limits) ? null
                            : name + " " + limits.get("value") + " without the same CHECK in the table";
                    default -> "a rule this test does not know: " + name;
                };
                if (disagreement != null) {
                    disagreements.add(property.getPropertyName() + ": " + disagreement);
                }
            }
        }
        assertThat(checked).as("the rules read from the entity").contains("reference.Size", "cityName.NotBlank",
                "landAreaHa.Digits", "landAreaHa.DecimalMin", "vacantSince.Min");
        assertThat(disagreements).isEmpty();
    }

    @Test
    void valuesAreCheckedAgainstTheEntitysRulesWithTheirLimits() {
        assertThat(rules.check("reference", "R".repeat(101))).singleElement().satisfies(breach -> {
            assertThat(breach.constraint()).isEqualTo("Size");
            assertThat(breach.limit("max")).isEqualTo(100);
        });
        assertThat(rules.check("landAreaHa", new BigDecimal("1e12"))).extracting(SiteRules.Breach::constraint)
                .containsExactly("Digits");
        assertThat(rules.check("landAreaHa", new BigDecimal("-5"))).extracting(SiteRules.Breach::constraint)
                .containsExactly("DecimalMin");
        assertThat(rules.check("cityName", "Reșița")).isEmpty();
    }

    /** The table's CHECK constraint for a lower or upper bound, as PostgreSQL prints it. */
    private boolean checkedInDatabase(String column, String constraint, Map<String, Object> limits) {
        String bound = String.valueOf(limits.get("value"));
        List<String> checks = jdbc.queryForList("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE conrelid = 'site'::regclass AND contype = 'c'", String.class);
        return checks.stream().anyMatch(check -> check.contains(column) && (switch (constraint) {
            case "DecimalMin" -> check.contains(">= (" + bound) || check.contains(">= " + bound);
            case "Min" -> check.contains(">= " + bound) || check.contains("BETWEEN " + bound);
            default -> check.contains("<= " + bound) || check.contains("AND " + bound);
        }));
    }

    private static String column(PropertyDescriptor property) {
        return property.getPropertyName().replaceAll("([A-Z0-9]+)", "_$1").toLowerCase(Locale.ROOT);
    }
}
