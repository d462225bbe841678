package eu.cinema.pilot.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * An update or an indicator value as a submission said it, copied so that later corrections of the progress leave the
 * submitted report as it was; the lead partner's comment on it is the only thing added afterwards.
 */
@Entity
public class ReportItem {

    /** What a frozen item was. */
    public enum Kind {
        UPDATE, VALUE
    }

    /** Separates the milestones and the evidence files a frozen update lists. */
    static final String LIST_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PeriodReport report;

    private int round;

    private int position;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long sourceId;

    private LocalDate happenedOn;

    private String text;

    private String textLang;

    private BigDecimal value;

    private String unit;

    private String milestones;

    private String evidence;

    private String comment;

    protected ReportItem() {
    }

    ReportItem(PeriodReport report, int position, Kind kind, long sourceId, LocalDate happenedOn, String text, String textLang,
            BigDecimal value, String unit, List<String> milestones, List<FrozenFile> evidence) {
        this.report = report;
        this.round = report.getRound();
        this.position = position;
        this.kind = kind;
        this.sourceId = sourceId;
        this.happenedOn = happenedOn;
        this.text = text;
        this.textLang = textLang;
        this.value = value;
        this.unit = unit;
        this.milestones = milestones.isEmpty() ? null : String.join(LIST_SEPARATOR, milestones);
        this.evidence = evidence.isEmpty() ? null : String.join(LIST_SEPARATOR, evidence.stream().map(FrozenFile::line).toList());
    }

    void comment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public int getRound() {
        return round;
    }

    public Kind getKind() {
        return kind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getText() {
        return text;
    }

    public String getTextLang() {
        return textLang;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public List<String> getMilestones() {
        return milestones == null ? List.of() : Arrays.asList(milestones.split(LIST_SEPARATOR));
    }

    /** The evidence files as they were when submitted: name, type and size. */
    public List<FrozenFile> getEvidence() {
        return evidence == null ? List.of() : Arrays.stream(evidence.split(LIST_SEPARATOR)).map(FrozenFile::parse).toList();
    }

    /** An evidence file as a submission listed it. */
    public record FrozenFile(String filename, String contentType, long sizeBytes) {

        private static final String FIELD_SEPARATOR = "\t";

        static FrozenFile parse(String line) {
            String[] fields = line.split(FIELD_SEPARATOR, 3);
            return new FrozenFile(fields[2], fields[0], Long.parseLong(fields[1]));
        }

        /** Type and size first: a file name may hold anything but a line break, which uploads never keep. */
        String line() {
            return String.join(FIELD_SEPARATOR, contentType, String.valueOf(sizeBytes), filename.replace(LIST_SEPARATOR, " "));
        }
    }

    public String getComment() {
        return comment;
    }
}
