package eu.cinema.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A holder whose export is one query with an {@code :email} parameter (the address in lower case). */
public abstract class SqlPersonalData implements PersonalDataHolder {

    /** What an erased person is called where a record must keep a name. */
    public static final String ERASED = "erased person";

    protected final JdbcClient jdbc;
    private final String kind;
    private final String exportQuery;

    protected SqlPersonalData(String kind, JdbcClient jdbc, String exportQuery) {
        this.kind = kind;
        this.jdbc = jdbc;
        this.exportQuery = exportQuery;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(exportQuery).param("email", email).query().listOfRows();
    }
}
