package eu.cinema.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.cinema.common.DomainException;

/** A consultation's period and words, and a comment's, as plain rules: no database, no portal. */
class ConsultationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aPeriodStartsTodayOrLaterEndsAfterItStartsAndLastsAtMost120Days() {
        assertThat(refusals(details(TODAY, TODAY, "Ask"))).isEmpty();
        assertThat(refusals(details(TODAY, TODAY.plusDays(119), "Ask"))).isEmpty();
        assertThat(refusals(details(TODAY, TODAY.plusDays(120), "Ask"))).containsExactly("consultation.error.tooLong");
        assertThat(refusals(details(TODAY.minusDays(1), TODAY.minusDays(2), " "))).containsExactly(
                "consultation.error.opensPast", "consultation.error.closesPast", "consultation.error.closesBeforeOpens",
                "consultation.error.introductionRequired");
        assertThat(refusals(details(null, null, "x".repeat(4001)))).containsExactly("consultation.error.opensRequired",
                "consultation.error.closesRequired", "consultation.error.introductionLength");
    }

    @Test
    void anOpenConsultationKeepsItsFirstDayAndClosesWithYesterday() {
        Consultation consultation = new Consultation(null, details(TODAY, TODAY.plusDays(9), "Ask"), TODAY);
        LocalDate later = TODAY.plusDays(3);

        assertThat(consultation.isOpen(later)).isTrue();
        assertThat(consultation.daysLeft(later)).isEqualTo(7);
        assertThatThrownBy(() -> consultation.change(details(later, TODAY.plusDays(20), "Ask"), later))
                .hasMessageContaining("consultation.error.opensFixed");
        consultation.change(details(TODAY, TODAY.plusDays(20), "Ask again"), later);
        assertThat(consultation.getClosesOn()).isEqualTo(TODAY.plusDays(20));

        consultation.closeNow(later);
        assertThat(consultation.hasEnded(later)).isTrue();
        assertThat(consultation.daysLeft(later)).isZero();
        assertThatThrownBy(() -> consultation.closeNow(later)).hasMessageContaining("consultation.error.notOpen");
        assertThatThrownBy(() -> consultation.change(details(TODAY, TODAY.plusDays(30), "Ask"), later))
                .hasMessageContaining("consultation.error.ended");
    }

    @Test
    void aConsultationClosedOnItsFirstDayEndsTheDayBefore() {
        Consultation consultation = new Consultation(null, details(TODAY, TODAY.plusDays(9), "Ask"), TODAY);

        consultation.closeNow(TODAY);

        assertThat(consultation.getOpensOn()).isEqualTo(consultation.getClosesOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(consultation.isOpen(TODAY)).isFalse();
    }

    @Test
    void aCommentIsPlainTextOfAtMost2000Characters() {
        ConsultationService.check(new CommentDraft("plan", "Ana", null, "a < b, and 3 > 2", "en"));
        assertThat(commentRefusals(new CommentDraft("plan", null, null, "<b>bold</b>", "en"))).containsExactly("consultation.error.markup");
        assertThat(commentRefusals(new CommentDraft("plan", "<img src=x>", null, "Fine", "en"))).containsExactly("consultation.error.markup");
        assertThat(commentRefusals(new CommentDraft("plan", "n".repeat(101), null, " ", "en")))
                .containsExactly("consultation.error.textRequired", "consultation.error.nameLength");
        assertThat(commentRefusals(new CommentDraft("plan", null, null, "x".repeat(2001), "en"))).containsExactly("consultation.error.textLength");
    }

    private static ConsultationDetails details(LocalDate opens, LocalDate closes, String introduction) {
        return new ConsultationDetails(opens, closes, introduction, false, false);
    }

    private static List<String> refusals(ConsultationDetails details) {
        try {
            Consultation.check(details, TODAY, null);
            return List.of();
        } catch (DomainException refused) {
            return refused.all().stream().map(DomainException::getMessageKey).toList();
        }
    }

    private static List<String> commentRefusals(CommentDraft draft) {
        try {
            ConsultationService.check(draft);
            return List.of();
        } catch (DomainException refused) {
            return refused.all().stream().map(DomainException::getMessageKey).toList();
        }
    }
}
