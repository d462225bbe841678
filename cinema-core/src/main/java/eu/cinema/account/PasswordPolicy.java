package eu.cinema.account;

import java.nio.charset.StandardCharsets;

/** Long passphrases beat complexity rules; BCrypt reads at most 72 bytes, so longer is refused. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRuleException("account.error.passwordTooShort", field, MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRuleException("account.error.passwordTooLong", field, MAX_BYTES);
        }
    }
}
