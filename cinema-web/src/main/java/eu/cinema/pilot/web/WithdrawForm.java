package eu.cinema.pilot.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.cinema.pilot.progress.Withdrawal;

/** Why an entry of a pilot's progress is withdrawn, and the version the editor saw. */
class WithdrawForm {

    @NotBlank
    @Size(max = Withdrawal.MAX_REASON_LENGTH)
    private String reason;

    private long version;

    static WithdrawForm of(long version) {
        WithdrawForm form = new WithdrawForm();
        form.version = version;
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
