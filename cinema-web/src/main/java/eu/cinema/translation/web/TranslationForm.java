package eu.cinema.translation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.cinema.translation.TranslationSheet;

/** The translations of one item into one language, a row per text, each with the translation the form showed. */
public class TranslationForm {

    @Valid
    @Size(max = 500)
    private List<Row> rows = new ArrayList<>();

    static TranslationForm of(TranslationSheet sheet) {
        TranslationForm form = new TranslationForm();
        for (TranslationSheet.Row row : sheet.rows()) {
            form.rows.add(new Row(row.original().field(), row.translation(), row.seen()));
        }
        return form;
    }

    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.forEach(row -> texts.put(row.getField(), row.getText() == null ? "" : row.getText()));
        return texts;
    }

    Map<String, String> seen() {
        Map<String, String> seen = new LinkedHashMap<>();
        rows.forEach(row -> seen.put(row.getField(), row.getSeen() == null ? "" : row.getSeen()));
        return seen;
    }

    /** After someone else saved: the form keeps what was typed and takes their translations as the ones seen. */
    void seeNow(TranslationSheet sheet) {
        Map<String, String> current = new LinkedHashMap<>();
        sheet.rows().forEach(row -> current.put(row.original().field(), row.seen()));
        rows.forEach(row -> row.setSeen(current.getOrDefault(row.getField(), "")));
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public static class Row {

        @NotNull
        @Size(max = 80)
        private String field;

        @Size(max = 20_000)
        private String text;

        @Size(max = 64)
        private String seen;

        public Row() {
        }

        Row(String field, String text, String seen) {
            this.field = field;
            this.text = text;
            this.seen = seen;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getSeen() {
            return seen;
        }

        public void setSeen(String seen) {
            this.seen = seen;
        }
    }
}
