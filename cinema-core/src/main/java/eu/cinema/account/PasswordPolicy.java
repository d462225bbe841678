package eu.cinema.account;

import java.nio.charset.StandardCharsets;
import java.util.List;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Long passphrases beat complexity rules: a password needs {@value #MIN_LENGTH} characters and enough entropy as
 * nbvcxz estimates it (lists of common passwords, words and names, repeats, sequences, keyboard rows, dates), and the
 * person is told which of those it fell for. BCrypt reads at most {@value #MAX_BYTES} bytes, so longer is refused.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String password, String field) {
        checkLength(password, field);
        Result strength = Estimator.INSTANCE.estimate(password);
        if (!strength.isMinimumEntropyMet()) {
            throw new AccountRuleException("account.error.passwordWeak." + weakness(strength.getMatches()), field);
        }
    }

    /** Length alone: for the demo accounts, whose password the README publishes, so that judging it would be theatre. */
    static void checkLength(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRuleException("account.error.passwordTooShort", field, MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRuleException("account.error.passwordTooLong", field, MAX_BYTES);
        }
    }

    /** What makes a weak password guessable, most telling first: common, a pattern, or words and names. */
    private static String weakness(List<Match> matches) {
        if (matches.stream().anyMatch(m -> m instanceof DictionaryMatch word && "passwords".equals(word.getDictionaryName()))) {
            return "common";
        }
        if (matches.stream().anyMatch(m -> m instanceof RepeatMatch || m instanceof SequenceMatch || m instanceof SpacialMatch
                || m instanceof DateMatch || m instanceof YearMatch)) {
            return "pattern";
        }
        return matches.stream().anyMatch(DictionaryMatch.class::isInstance) ? "words" : "guessable";
    }

    /** Loaded on the first check (about 19 MB of word lists), not at startup. */
    private static final class Estimator {

        static final Nbvcxz INSTANCE = new Nbvcxz();
    }
}
