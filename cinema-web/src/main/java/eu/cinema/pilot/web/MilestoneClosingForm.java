package eu.cinema.pilot.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.cinema.pilot.progress.Withdrawal;

/** Why a milestone will not be reached, and the version the editor saw; on the page that also withdraws it. */
class MilestoneClosingForm {

    @NotBlank
    @Size(max = Withdrawal.MAX_REASON_LENGTH)
    private String closingReason;

    private long version;

    static MilestoneClosingForm of(long version) {
        MilestoneClosingForm form = new MilestoneClosingForm();
        form.version = version;
        return form;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public void setClosingReason(String closingReason) {
        this.closingReason = closingReason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
