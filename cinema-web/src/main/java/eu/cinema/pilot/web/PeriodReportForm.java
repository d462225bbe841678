package eu.cinema.pilot.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.pilot.reporting.ReportView;

/** What a pilot's editors write and pick for a period report; {@code submitReport} sends it to the lead partner. */
class PeriodReportForm {

    @Size(max = PeriodReportService.MAX_SUMMARY_LENGTH)
    private String summary;

    private String summaryLang;

    private Set<Long> updateIds = new HashSet<>();

    private boolean submitReport;

    private long version;

    static PeriodReportForm of(ReportView view, String interfaceLanguage) {
        PeriodReportForm form = new PeriodReportForm();
        form.summary = view.report().map(r -> r.getSummary()).orElse(null);
        form.summaryLang = view.report().map(r -> r.getSummaryLang()).orElse(interfaceLanguage);
        form.updateIds = new HashSet<>(view.picked());
        form.version = view.version();
        return form;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSummaryLang() {
        return summaryLang;
    }

    public void setSummaryLang(String summaryLang) {
        this.summaryLang = summaryLang;
    }

    public Set<Long> getUpdateIds() {
        return updateIds;
    }

    public void setUpdateIds(Set<Long> updateIds) {
        this.updateIds = updateIds == null ? new HashSet<>() : updateIds;
    }

    public boolean isSubmitReport() {
        return submitReport;
    }

    public void setSubmitReport(boolean submitReport) {
        this.submitReport = submitReport;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
