package eu.cinema.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator setting a new password for someone who lost theirs. */
class PasswordResetForm {

    @NotBlank
    @Size(max = 200)
    private String newPassword;

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
