package eu.cinema.workspace.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person changing their own password: the current one, and the new one typed twice. */
class PasswordChangeForm {

    @NotBlank
    @Size(max = 200)
    private String currentPassword;

    @NotBlank
    @Size(max = 200)
    private String newPassword;

    @Size(max = 200)
    private String confirmation;

    @AssertTrue
    public boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmation);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
